"""The long fuzzing run of issue 9: 100,000 hypothesis examples of claims.extract.

Runs the properties of tests/test_fuzz.py (never raises, offsets inside the text, text[start:end]
equals the quote / number text, lower <= value <= upper, deterministic) on N examples, split over
P processes with different seeds, and counts the examples actually run.

    .venv/bin/python benchmarks/fuzz.py --examples 100000 --processes 2

Prints one JSON line: examples run, failures (with the smallest failing input), seconds. While it
runs, --progress (fuzz-progress.jsonl) gets the count of each process after every 1,000 examples.
Hypothesis runs in chunks of 1,000 examples with distinct seeds, so the examples differ throughout.
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


CHUNK = 1000  # examples per hypothesis run; progress is recorded after each


def run(args: tuple[int, int, int, str]) -> dict:
    part, examples, seed, progress = args
    from hypothesis import HealthCheck, given, seed as hseed, settings

    import test_fuzz

    count = {"n": 0}
    failures = []
    started = time.perf_counter()
    chunk = 0
    while count["n"] < examples and not failures:
        size = min(CHUNK, examples - count["n"])

        @hseed(seed * 100_000 + chunk)
        @settings(max_examples=size, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  report_multiple_bugs=False)
        @given(text=test_fuzz.article, published=test_fuzz.published)
        def prop(text, published):
            count["n"] += 1
            test_fuzz.check_extraction(text, published)

        try:
            prop()
        except Exception as error:  # the shrunk failing example is in the message hypothesis raises
            failures.append({"error": repr(error)[:2000], "traceback": traceback.format_exc()[-3000:]})
        chunk += 1
        with open(progress, "a") as f:
            f.write(json.dumps({"part": part, "examples": count["n"], "failures": len(failures),
                                "seconds": round(time.perf_counter() - started, 1)}) + "\n")
    return {"part": part, "examples": count["n"], "failures": failures, "seconds": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--progress", default="fuzz-progress.jsonl",
                        help="file that gets a line per 1,000 examples per process (the count so far)")
    options = parser.parse_args()
    share = -(-options.examples // options.processes)
    started = time.perf_counter()
    Path(options.progress).write_text("")
    jobs = [(i, share, options.seed * 1000 + i, options.progress) for i in range(options.processes)]
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
