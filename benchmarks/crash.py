"""kill -9 of `claims ingest` at random moments, many times (issue 9, part 2, the long run).

The same trial as tests/test_crash.py, on a bigger corpus (the sample corpus and N longer
generated articles, several batches) and with the re-run done by the real CLI too:

    .venv/bin/python benchmarks/crash.py --trials 100 --articles 400

Prints one JSON line: trials, kills that landed (and in which phase), trials that survived
(database sound after the kill and equal to an uninterrupted run after the re-run), problems.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]
sys.path.insert(0, str(ROOT / "tests"))

import test_crash  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=100, help="kills that must land")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=99)
    options = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        reference = test_crash.make_reference(folder, options.articles, long=True)
        results = test_crash.run_trials(reference, options.trials, options.seed, folder, rerun_in_process=False)
    survived = [r for r in results if not r["problems"]]
    killed = [r for r in results if not r["finished"]]
    report = {
        "benchmark": "kill -9 of claims ingest",
        "articles": len(reference["state"]["articles"]),
        "quotes": len(reference["state"]["quotes"]),
        "claims": len(reference["state"]["claims"]),
        "uninterrupted_seconds": round(reference["total"], 1),
        "trials": len(results),
        "killed": len(killed),
        "killed_by_phase": dict(Counter(r["phase"] for r in killed)),
        "killed_mid_corpus": sum(0 < r["articles_at_kill"] < len(reference["state"]["articles"]) for r in killed),
        "survived": len(survived),
        "problems": [r for r in results if r["problems"]][:10],
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(report))
    sys.exit(1 if report["problems"] else 0)


if __name__ == "__main__":
    main()
