"""Peak memory of `claims export` on a database of 1,000,000 quotes, for each format.

    .venv/bin/python benchmarks/export_memory.py [--db db/bench-1m.db] [--quotes 1000000]

Each export runs as its own `claims export` process and its peak resident memory is the
kernel's count (ru_maxrss of that child), so nothing of this script is counted. Beside them:
the same command exporting no rows (the cost of starting Python, pandas and pyarrow), a tenth
of the rows (flat memory means the same peak for a tenth and for all), and reading all the
quotes into a DataFrame with claims.open() (what an export avoids holding).
The database is the one benchmarks/read_quotes.py generates, shared with it.

Measured 2026-11-27 on the 2-core machine, shared (load average ~12; times are inflated):

    csv, no rows (start-up)      peak    166 MiB    11.3 s   file      0 MiB
    csv, a tenth of the quotes   peak    165 MiB    14.3 s   file     33 MiB
    csv                          peak    165 MiB    76.5 s   file    328 MiB
    jsonl                        peak    173 MiB    97.0 s   file    546 MiB
    parquet                      peak    218 MiB    48.4 s   file     40 MiB
    (all in a DataFrame instead) peak   1179 MiB    24.9 s
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on sys.path and benchmarks/numbers.py would shadow
# the standard library's `numbers` (which numpy imports).
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import os  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

CLI = [sys.executable, "-c", "from claims.cli import cli; cli()"]


def load_read_quotes():
    spec = importlib.util.spec_from_file_location("read_quotes", HERE / "read_quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def peak(args: list[str]) -> tuple[float, float]:
    """Peak RSS in MiB and wall seconds of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if child.returncode:
        raise SystemExit(f"{' '.join(args)} failed: {child.stderr.read().decode()}")
    return usage.ru_maxrss / 1024, seconds  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=load_read_quotes().DEFAULT_DB)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    args = parser.parse_args()
    db = str(load_read_quotes().make_database(args.db, args.quotes))
    conn = sqlite3.connect(db)
    # The date before which a tenth of the quotes were said (dates rise with the article id).
    (tenth,) = conn.execute("SELECT published FROM articles WHERE id = (SELECT max(id) / 10 FROM articles)").fetchone()
    conn.close()

    with tempfile.TemporaryDirectory() as out:
        runs = [("csv, no rows (start-up)", ["--format", "csv", "--speaker", "Nobody At All"]),
                ("csv, a tenth of the quotes", ["--format", "csv", "--until", tenth]),
                ("csv", ["--format", "csv"]),
                ("jsonl", ["--format", "jsonl"]),
                ("parquet", ["--format", "parquet"])]
        print(f"claims export of {args.quotes:,} quotes from {db} (joined to speakers and articles)")
        for label, options in runs:
            target = Path(out) / "export.out"
            mib, seconds = peak(CLI + ["export", "--table", "quotes", "--db", db, "--out", str(target), *options])
            size = target.stat().st_size / 2**20 if target.exists() else 0
            print(f"  {label:28} peak {mib:6.0f} MiB   {seconds:5.1f} s   file {size:6.0f} MiB")
            target.unlink(missing_ok=True)
        code = f"import claims; df = claims.open({db!r}).quotes(); print(len(df))"
        mib, seconds = peak([sys.executable, "-c", code])
        print(f"  {'(all in a DataFrame instead)':28} peak {mib:6.0f} MiB   {seconds:5.1f} s")


if __name__ == "__main__":
    main()
