"""Order independence: ingest the same articles in two orders and compare the groupings of quotes.

usage: python benchmarks/ingest_order.py FILE_OR_DIR... [--seed 1] [--work /tmp/claims-order] [--workers 1]

Reads every article of the targets (JSONL, text, HTML, CSV, as `claims ingest` does), writes them
once in their own order and once shuffled, ingests each into a database of its own, and prints the
share of same-speaker quote pairs the two agree on (claims.link.grouping; 1.0 means the same
grouping). The target is 0.995 or more. For a corpus of realistic size:

    python benchmarks/corpus.py --articles 5000 --out /tmp/claims-corpus-5k
    python benchmarks/ingest_order.py /tmp/claims-corpus-5k benchmarks/realnews/articles.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from dataclasses import asdict
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)


def articles(targets: list[str]) -> list[dict]:
    from claims.sources import BadInput, read

    rows = []
    for a in read(targets):
        if isinstance(a, BadInput):
            continue
        row = {k: v for k, v in asdict(a).items() if v is not None and isinstance(v, (str, int, float))}
        row["url"] = row.get("url") or row.get("source")
        rows.append(row)
    return rows


def build(rows: list[dict], work: Path, name: str, workers: int) -> Path:
    from claims.ingest import ingest

    src = work / f"{name}.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    db = work / f"{name}.db"
    t0 = time.perf_counter()
    summary = ingest([str(src)], str(db), workers=workers)
    print(f"{name:>9}: {summary.line()} ({time.perf_counter() - t0:.1f} s)")
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="+")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/claims-order"))
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    from claims.link.grouping import agreement, quote_speakers

    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    rows = articles(args.targets)
    shuffled = rows[:]
    random.Random(args.seed).shuffle(shuffled)
    a = quote_speakers(build(rows, args.work, "in order", args.workers))
    b = quote_speakers(build(shuffled, args.work, "shuffled", args.workers))
    linked = sum(1 for v in a.values() if v is not None)
    print(f"{len(rows)} articles, {len(a)} quotes, {linked} with a speaker")
    print(f"agreement of the two groupings (same-speaker quote pairs): {agreement(a, b):.4f}  (target >= 0.995)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
