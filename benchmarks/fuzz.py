"""The long fuzzing run of issue 9: 100,000 hypothesis examples of claims.extract.

Runs the properties of tests/test_fuzz.py (never raises, offsets inside the text, text[start:end]
equals the quote / number text, lower <= value <= upper, deterministic) on N examples, split over
P processes with different seeds, and counts the examples actually run.

    .venv/bin/python benchmarks/fuzz.py --examples 100000 --processes 2

Prints one JSON line: examples run, failures (with the smallest failing input), seconds.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# benchmarks/ holds scripts named like standard modules (numbers.py): keep it off the import path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]
sys.path.insert(0, str(ROOT / "tests"))


def run(args: tuple[int, int, int]) -> dict:
    part, examples, seed = args
    from hypothesis import HealthCheck, given, seed as hseed, settings

    import test_fuzz

    count = {"n": 0}
    failures = []

    @hseed(seed)
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None,
              report_multiple_bugs=False)
    @given(text=test_fuzz.article, published=test_fuzz.published)
    def prop(text, published):
        count["n"] += 1
        test_fuzz.check_extraction(text, published)

    started = time.perf_counter()
    try:
        prop()
    except Exception as error:  # the shrunk failing example is in the message hypothesis raises
        failures.append({"error": repr(error)[:2000], "traceback": traceback.format_exc()[-3000:]})
    return {"part": part, "examples": count["n"], "failures": failures, "seconds": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--seed", type=int, default=9)
    options = parser.parse_args()
    share = -(-options.examples // options.processes)
    started = time.perf_counter()
    jobs = [(i, share, options.seed * 1000 + i) for i in range(options.processes)]
    with multiprocessing.get_context("spawn").Pool(options.processes) as pool:
        parts = pool.map(run, jobs)
    report = {
        "benchmark": "fuzz claims.extract",
        "examples_run": sum(p["examples"] for p in parts),
        "examples_asked": share * options.processes,
        "processes": options.processes,
        "failures": [f for p in parts for f in p["failures"]],
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(report, ensure_ascii=False))
    sys.exit(1 if report["failures"] else 0)


if __name__ == "__main__":
    main()
