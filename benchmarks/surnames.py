"""How often a surname alone is linked to the wrong person, on a dense archive with the truth known.

    python benchmarks/surnames.py                       # 20,000 articles in one year
    python benchmarks/surnames.py --articles 5000 --years 1

benchmarks/corpus.py writes the articles and, here, who each one quotes. A fifth of its people are
quoted by surname alone and never named in full in their article ("“...,” Varga said."), and its
population of 250,000 shares a few hundred surnames, as real archives share Smith and Brown. Most
of those people are never quoted in full anywhere, so "the one namesake the archive knows" is
usually someone else. The corpus is ingested with `claims ingest` (what a user runs, ending with the
surname mentions judged once more), and every quote whose mention is a surname alone is scored:

- right: linked to the person the article quotes;
- wrong: linked to another person of that surname;
- unlinked: no speaker (the mention kept as written, for the review queue).

The peer is the rule the product had before it asked for evidence: a surname alone goes to the
first person of that surname the archive met (computed on the same database, over the people
named in full). The target is wrong <= 0.02 of the mentions linked.
"""

from __future__ import annotations

import sys
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import importlib.util
import shutil
import sqlite3
import subprocess
import time
from collections import Counter

HERE = Path(__file__).resolve().parent


def _corpus_module():
    spec = importlib.util.spec_from_file_location("benchmark_corpus", HERE / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def surname_quotes(db: Path) -> list[tuple[int, str, str | None]]:
    """(article number, mention, linked speaker's name or None) of every quote whose mention is a
    surname alone (claims.link.mentions.mention_name, the product's own test)."""
    from claims.link.mentions import mention_name

    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT a.external_id, q.speaker_text, s.name FROM quotes q JOIN articles a "
                        "ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
                        "WHERE q.speaker_text IS NOT NULL").fetchall()
    conn.close()
    return [(int(ext.rsplit("-", 1)[1]), text, name) for ext, text, name in rows if mention_name(text) is not None]


def score(quotes, casts, known_by_surname) -> dict[str, Counter]:
    """right / wrong / unlinked for the product and for the peer rule, over the same mentions."""
    from claims.link.names import Name, normalize

    def same(a: str, b: str) -> bool:
        return normalize(a) == normalize(b)

    out = {"claims": Counter(), "first namesake met (peer)": Counter()}
    for number, mention, linked in quotes:
        surname = Name.of(normalize(mention)).surname
        quoted = [p for p in casts[number] if Name.of(normalize(p)).surname == surname]
        if not quoted:
            continue  # a headline's surname of someone the body names otherwise: not scored
        known = known_by_surname.get(surname)
        peer = known[0] if known else None
        for name, counter in ((linked, out["claims"]), (peer, out["first namesake met (peer)"])):
            counter["unlinked" if name is None else "right" if any(same(name, p) for p in quoted) else "wrong"] += 1
    return out


def known_people(db: Path) -> dict[str, list[str]]:
    """surname -> the names of the speakers the database has who were named in full, first met first."""
    from claims.link.names import Name, normalize

    conn = sqlite3.connect(db)
    names = [n for (n,) in conn.execute("SELECT name FROM speakers WHERE kind = 'person' ORDER BY id")]
    conn.close()
    found: dict[str, list[str]] = {}
    for name in names:
        parsed = Name.of(normalize(name))
        if parsed.full:
            found.setdefault(parsed.surname, []).append(name)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--years", type=int, default=1, help="the span the articles are spread over")
    parser.add_argument("--work", type=Path, default=Path("/tmp/claims-surnames"))
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    casts: list[list[str]] = []
    files = _corpus_module().generate(args.articles, args.work / "corpus", years=args.years, casts=casts)
    db = args.work / "claims.db"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "claims.cli", "ingest", *map(str, files), "--db", str(db), "-q"], check=True)
    print(f"{args.articles:,} articles over {args.years} year(s) ingested in {time.perf_counter() - started:.0f} s")
    results = score(surname_quotes(db), casts, known_people(db))
    print("| rule | mentions | right | wrong | unlinked | wrong of linked |")
    print("|---|---:|---:|---:|---:|---:|")
    for rule, c in results.items():
        total, linked = sum(c.values()), c["right"] + c["wrong"]
        print(f"| {rule} | {total:,} | {c['right']:,} | {c['wrong']:,} | {c['unlinked']:,} | "
              f"{c['wrong'] / linked if linked else 0:.3f} |")


if __name__ == "__main__":
    main()
