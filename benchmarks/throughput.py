"""Throughput of `claims ingest`: articles per second and peak memory, one process vs a pool vs Dask.

Runs the real command line on a synthetic corpus (benchmarks/corpus.py, generated here if missing)
into a fresh database per run, and samples the resident memory of the whole process tree (the
parent, pool workers, Dask scheduler, nannies and workers) every 0.2 s; the peak of that sum is
what the machine had to give. Prints a Markdown table and appends the rows to --results as JSON.

Example (on a shared machine, one timed run at a time):

    flock /tmp/claims-bench.lock python benchmarks/throughput.py --articles 20000 --modes single workers2 dask2
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# benchmarks/numbers.py would shadow the standard library's `numbers`.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import psutil  # noqa: E402
CLAIMS = str(Path(sys.executable).parent / "claims")
MODES = {
    "single": ["--workers", "1"],
    "workers2": ["--workers", "2"],
    "dask2": ["--dask", "local", "--workers", "2"],
}


def tree_rss(proc: psutil.Process) -> tuple[int, int]:
    """Resident memory of the ingest process itself, and of all its descendants together."""
    own = rest = 0
    for p in [proc] + proc.children(recursive=True):
        try:
            rss = p.memory_info().rss
        except psutil.Error:
            continue
        if p.pid == proc.pid:
            own = rss
        else:
            rest += rss
    return own, rest


def run(corpus: Path, mode: str, work: Path, extra: list[str]) -> dict:
    db = work / f"{mode}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cmd = [CLAIMS, "ingest", str(corpus), "--db", str(db), "-q", *MODES[mode], *extra]
    load_before = os.getloadavg()[0]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    peak, samples, parent, parent_cpu = 0, [], [], 0.0
    while proc.poll() is None:
        own, rest = tree_rss(ps)
        peak = max(peak, own + rest)
        samples.append(own + rest)
        parent.append(own)
        try:
            # The ingest process's own CPU (reading, linking, writing): the part no worker can share.
            times = ps.cpu_times()
            parent_cpu = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    out, err = proc.communicate()
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU of the whole tree (children reaped by their parents count): what the run cost whatever
    # else the machine was doing, which the wall clock does not show on a shared machine.
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    (work / f"{mode}.err").write_text(err)
    summary = [line for line in err.splitlines() if re.match(r"^\d+ articles", line)]
    if proc.returncode not in (0, 1) or not summary:
        raise SystemExit(f"{' '.join(cmd)} failed (exit {proc.returncode}):\n{err[-3000:]}")
    articles = int(summary[-1].split()[0])
    half = samples[len(samples) // 2:] or [0]
    # Peak memory of each fifth of the run: flat if streaming works, rising if something accumulates.
    def fifths(values):
        return [round(max(values[i * len(values) // 5:(i + 1) * len(values) // 5] or [0]) / 2**20) for i in range(5)]

    return {"mode": mode, "articles": articles, "seconds": round(seconds, 1),
            "articles_per_s": round(articles / seconds, 1), "cpu_s": round(cpu, 1), "ingest_process_cpu_s": round(parent_cpu, 1),
            "peak_mb": round(peak / 2**20), "median_mb_second_half": round(sorted(half)[len(half) // 2] / 2**20),
            "peak_mb_by_fifth": fifths(samples),
            "parent_peak_mb_by_fifth": fifths(parent), "db_mb": round(db.stat().st_size / 2**20), "summary": summary[-1],
            "cpus": os.cpu_count(), "load_before": load_before, "load_after": os.getloadavg()[0]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: /tmp/claims-corpus-N, generated)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/claims-throughput"))
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=list(MODES))
    parser.add_argument("--results", type=Path, default=HERE / "results" / "throughput.jsonl")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    args = parser.parse_args()
    corpus = args.corpus or Path(f"/tmp/claims-corpus-{args.articles}")
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "corpus.py"), "--articles", str(args.articles), "--out",
                        str(corpus)], check=True)
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    print("| mode | articles | seconds | articles/s | speed-up | CPU s | peak MB (all processes) | peak MB by fifth "
          "| the ingest process alone, by fifth | its CPU s | load before/after |")
    print("|---|---:|---:|---:|---:|---:|---:|---|---|---:|---|")
    for mode in args.modes:
        row = run(corpus, mode, args.work, [])
        rows.append(row)
        base = next((r for r in rows if r["mode"] == "single"), None)
        speedup = f"{row['articles_per_s'] / base['articles_per_s']:.2f}x" if base else ""
        row["speedup"] = speedup
        print(f"| {mode} | {row['articles']:,} | {row['seconds']} | {row['articles_per_s']} | {speedup} | "
              f"{row['cpu_s']} | {row['peak_mb']} | {' '.join(map(str, row['peak_mb_by_fifth']))} | "
              f"{' '.join(map(str, row['parent_peak_mb_by_fifth']))} | {row['ingest_process_cpu_s']} | "
              f"{row['load_before']:.2f} / {row['load_after']:.2f} |", flush=True)
        args.results.parent.mkdir(parents=True, exist_ok=True)
        with open(args.results, "a") as out:
            out.write(json.dumps({**row, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}) + "\n")
    if not args.keep:
        shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
