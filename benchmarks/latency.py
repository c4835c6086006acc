"""Query latency on a large claims database: ranked full-text search, the speaker canned query,
Datasette search pages, and the pages a reader browses (the tables' and views' first pages, the
speaker, article, quote and claim pages), p50 and p95, all through HTTP against `claims serve`
(HTML pages, as a reader gets them).

Search terms are drawn from the database itself, by frequency band: very common words (in more
than a tenth of all quotes), common, middling and rare ones, and two-word searches, so the numbers
cover what readers type and not only the easy cases. Build the database with benchmarks/bigdb.py;
run `claims publish --db DB` first to measure with the settings it writes (then pass --immutable).

Example:

    python benchmarks/latency.py --db /tmp/big10m/claims.db --immutable
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# benchmarks/numbers.py would shadow the standard library's `numbers`.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
import urllib.error  # noqa: E402
import urllib.parse  # noqa: E402
import urllib.request  # noqa: E402

CLAIMS = str(Path(sys.executable).parent / "claims")

# For comparison with what the pages do (--sqlite): FTS5's own ranking of every match, in SQLite
# directly. bm25() counts every row containing each word, so a common word costs seconds.
RANKED_FULL = """select quotes.id, quotes.text, quotes_fts.rank from quotes_fts join quotes on quotes.id = quotes_fts.rowid
where quotes_fts match :q order by quotes_fts.rank limit 20"""


def percentiles(samples: list[float]) -> dict:
    samples = sorted(samples)
    p = lambda q: samples[min(len(samples) - 1, int(q * len(samples)))]  # noqa: E731
    return {"n": len(samples), "p50_ms": round(p(0.5) * 1000, 1), "p95_ms": round(p(0.95) * 1000, 1),
            "max_ms": round(samples[-1] * 1000, 1)}


def terms(db: Path, rng: random.Random, per_band: int) -> dict[str, list[str]]:
    """Search terms by how many quotes contain them, read from the FTS index's vocabulary."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'quotes_fts', 'row')")
    total = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    rows = conn.execute("SELECT term, doc FROM temp.vocab WHERE term GLOB '[a-z]*' ORDER BY doc DESC").fetchall()
    conn.close()
    bands = {
        "very common (>10%)": [t for t, d in rows if d > total / 10],
        "common (1-10%)": [t for t, d in rows if total / 100 < d <= total / 10],
        "middling (0.01-1%)": [t for t, d in rows if total / 10_000 < d <= total / 100],
        "rare (<0.01%)": [t for t, d in rows if d <= total / 10_000],
    }
    picked = {band: rng.sample(words, min(per_band, len(words))) for band, words in bands.items() if words}
    middling = bands["middling (0.01-1%)"] or [t for t, _ in rows]
    common = bands["common (1-10%)"] or [t for t, _ in rows]
    picked["two words"] = [f"{rng.choice(common)} {rng.choice(middling)}" for _ in range(per_band)]
    return picked


def time_sql(db: Path, sql: str, queries: list[str], repeat: int) -> list[float]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out = []
    for _ in range(repeat):
        for q in queries:
            started = time.perf_counter()
            conn.execute(sql, {"q": q}).fetchall()
            out.append(time.perf_counter() - started)
    conn.close()
    return out


def get(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return time.perf_counter() - started, status


def browse_pages(db: Path, base: str, rng: random.Random) -> dict[str, list[str]]:
    """The pages a reader browses besides searches: the database page, the first page of every
    table and view, and the pages of a speaker, an article, a quote and a claim (random ones, and
    the most quoted speakers, whose pages are the heaviest)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)

    def ids(sql: str) -> list[int]:
        return [r[0] for r in conn.execute(sql)]

    pages = {
        "database page and tables' first pages (HTTP)": [base] + [f"{base}/{t}" for t in (
            "quotes_view", "claims_view", "speakers_view", "articles", "quotes", "claims", "speakers")],
        "speaker pages: most quoted and random (HTTP)": [f"{base}/-/speaker/{i}" for i in ids(
            "SELECT speaker_id FROM quotes WHERE rowid > (SELECT max(rowid) - 100000 FROM quotes) "
            "AND speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY count(*) DESC LIMIT 5")
            + ids("SELECT id FROM speakers ORDER BY random() LIMIT 5")],
        "article, quote and claim pages, random (HTTP)": [f"{base}/-/{kind}/{i}" for kind, table in (
            ("article", "articles"), ("quote", "quotes"), ("claim", "claims"))
            for i in ids(f"SELECT id FROM {table} ORDER BY random() LIMIT 5")],
    }
    conn.close()
    rng.shuffle(pages["article, quote and claim pages, random (HTTP)"])
    return pages


def serve(db: Path, port: int, immutable: bool) -> subprocess.Popen:
    cmd = [CLAIMS, "serve", "--db", str(db), "--port", str(port)]
    if immutable:
        cmd.append("--immutable")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=5).read()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"claims serve exited: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(1)
    proc.kill()
    raise SystemExit("claims serve did not start in 5 minutes")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--per-band", type=int, default=10, help="search terms per frequency band")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--immutable", action="store_true", help="serve as `claims publish` prepared it")
    parser.add_argument("--sqlite", action="store_true",
                        help="also time FTS5's full bm25 ranking in SQLite directly (slow: minutes at 10M)")
    parser.add_argument("--results", type=Path, default=HERE / "results" / "latency.jsonl")
    args = parser.parse_args()
    rng = random.Random(5)
    bands = terms(args.db, rng, args.per_band)
    name = args.db.stem
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    newest = conn.execute("SELECT max(rowid) FROM quotes").fetchone()[0]
    # Speakers to look up: the most quoted (in the newest 100,000 quotes: counting all ten million
    # would take longer than the benchmark), and people from the long tail, by surname and in
    # capitals too. Every one is a spelling the database knows; misspelt names are timed apart.
    top = [r[0] for r in conn.execute(
        "SELECT s.name FROM speakers s JOIN (SELECT speaker_id, count(*) n FROM quotes WHERE rowid > ? "
        "GROUP BY speaker_id ORDER BY n DESC LIMIT 10) q ON q.speaker_id = s.id", (newest - 100_000,))]
    tail = [r[0] for r in conn.execute("SELECT name FROM speakers ORDER BY random() LIMIT 10")]
    conn.close()
    speakers = top + tail + [n.split()[-1] for n in top[:5]] + [n.upper() for n in tail[:5]]
    misspelt = [n[:-1] + "x" + n[-1] for n in top[:3] + tail[:2]]
    results = {"db": str(args.db), "quotes": quotes, "db_bytes": args.db.stat().st_size, "rows": []}

    def record(what: str, band: str, samples: list[float], **extra):
        row = {"what": what, "band": band, **percentiles(samples), **extra}
        results["rows"].append(row)
        errors = f" | {extra['errors']}" if "errors" in extra else " | "
        print(f"| {what} | {band} | {row['n']} | {row['p50_ms']} | {row['p95_ms']} | {row['max_ms']}{errors} |",
              flush=True)

    print(f"{quotes:,} quotes, {args.db.stat().st_size / 2**30:.1f} GiB\n")
    print("| query | terms | n | p50 ms | p95 ms | max ms | errors |\n|---|---|---:|---:|---:|---:|---:|")
    if args.sqlite:
        for band, queries in bands.items():
            record("FTS5 bm25 over every match, top 20 (SQLite, not served)", band,
                   time_sql(args.db, RANKED_FULL, queries, args.repeat))
    proc = serve(args.db, args.port, args.immutable)
    base = f"http://127.0.0.1:{args.port}/{name}"

    def timed(what: str, band: str, urls: list[str]):
        samples, statuses = [], []
        for _ in range(args.repeat):
            for url in urls:
                t, status = get(url)
                samples.append(t)
                statuses.append(status)
        record(what, band, samples, errors=sum(s != 200 for s in statuses))

    try:
        for warm in ("/quotes_view?_search=water", "/search_quotes?q=water", "/what_did_they_say?speaker=x&q="):
            get(base + warm)  # Datasette's templates and the first pages of the indexes
        for band, queries in bands.items():
            timed("ranked search: Search quotes canned query (HTTP)", band,
                  [f"{base}/search_quotes?" + urllib.parse.urlencode({"q": q}) for q in queries])
            timed("Datasette search page /quotes_view?_search= (HTTP)", band,
                  [f"{base}/quotes_view?" + urllib.parse.urlencode({"_search": q}) for q in queries])
            timed("Datasette search page /quotes?_search= (HTTP)", band,
                  [f"{base}/quotes?" + urllib.parse.urlencode({"_search": q}) for q in queries])
        timed("speaker canned query What did this person say? (HTTP)", "names: top, tail, surname, capitals",
              [f"{base}/what_did_they_say?" + urllib.parse.urlencode({"speaker": s, "q": ""}) for s in speakers])
        words = bands.get("common (1-10%)") or next(iter(bands.values()))
        timed("same, with a word to search among their quotes (HTTP)", "names as above, a common word",
              [f"{base}/what_did_they_say?" + urllib.parse.urlencode({"speaker": s, "q": rng.choice(words)})
               for s in speakers])
        timed("same, a misspelt name (fuzzy-matched against the aliases of its blocks) (HTTP)", "misspelt names",
              [f"{base}/what_did_they_say?" + urllib.parse.urlencode({"speaker": s, "q": ""}) for s in misspelt])
        for what, urls in browse_pages(args.db, base, rng).items():
            timed(what, "browsing", urls)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    with open(args.results, "a") as out:
        out.write(json.dumps({**results, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}) + "\n")


if __name__ == "__main__":
    main()
