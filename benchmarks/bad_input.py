"""Bad input at full size (issue 9, part 1): peak memory of 200 MB one-line files, 20,000 files.

Each case is one run of the real `claims ingest` in a subprocess, measured by a wrapper whose
only child it is (peak RSS from getrusage(RUSAGE_CHILDREN)):

- a 200 MB file of one line as .txt, .html, .jsonl and .csv (refused, or the line skipped in
  chunks, with the good lines around it stored);
- a directory of 20,000 small articles, every one a real article to extract and store;
- the baseline: one small article (what the process needs anyway).

    .venv/bin/python benchmarks/bad_input.py

Prints one JSON line per case: seconds, peak RSS in MB, exit status, articles stored, errors.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = str(Path(sys.executable).parent / "claims")
PEAK = ("import resource, subprocess, sys; status = subprocess.call(sys.argv[1:]); "
        "print('PEAK_RSS_KB', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
        "sys.exit(status)")
ARTICLE = "Mayor Ana Ruiz said on Tuesday that the bridge over the Drevna would reopen. “We are ready,” she said."


def big_file(path: Path, size: int) -> None:
    block = b"x" * (1 << 20)
    with open(path, "wb") as f:
        if path.suffix == ".jsonl":
            f.write(json.dumps({"text": "First. " + ARTICLE}).encode() + b"\n" + b'{"text": "')
        elif path.suffix == ".csv":
            f.write(b"id,text\n1,First. " + ARTICLE.encode() + b"\n2,")
        elif path.suffix == ".html":
            f.write(b"<html><body><p>")
        for _ in range(size // len(block)):
            f.write(block)
        if path.suffix == ".jsonl":
            f.write(b'"}\n' + json.dumps({"text": "Last. " + ARTICLE}).encode() + b"\n")
        elif path.suffix == ".csv":
            f.write(b"\n3,Last. " + ARTICLE.encode() + b"\n")


def run(targets: list[str], db: Path) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, CLAIMS, "ingest", *targets, "--db", str(db), "-q"],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak = re.search(r"PEAK_RSS_KB (\d+)", done.stderr)
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    return {"seconds": round(seconds, 1), "peak_rss_mb": round(int(peak.group(1)) / 1024) if peak else None,
            "exit_status": done.returncode, "stored": stored, "errors": len(errors),
            "first_error": errors[0][:200] if errors else None, "traceback": "Traceback" in done.stderr}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--files", type=int, default=20_000)
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="claims-bad-"))
    try:
        small = folder / "one.txt"
        small.write_text(ARTICLE, encoding="utf-8")
        print(json.dumps({"case": "baseline: one small article", **run([str(small)], folder / "baseline.db")}),
              flush=True)
        for suffix in (".txt", ".html", ".jsonl", ".csv"):
            path = folder / f"big{suffix}"
            big_file(path, options.megabytes * 2**20)
            result = run([str(path), str(small)], folder / f"big{suffix}.db")
            print(json.dumps({"case": f"{options.megabytes} MB one-line {suffix} (+ one good file)",
                              "bytes": path.stat().st_size, **result}), flush=True)
            path.unlink()
        many = folder / "many"
        for shard in range(100):
            (many / f"{shard:02d}").mkdir(parents=True)
        for i in range(options.files):
            (many / f"{i % 100:02d}" / f"a{i:06d}.txt").write_text(f"Item {i}. {ARTICLE}", encoding="utf-8")
        result = run([str(many)], folder / "many.db")
        print(json.dumps({"case": f"a directory of {options.files:,} small articles", **result}), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
