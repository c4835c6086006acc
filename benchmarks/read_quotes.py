"""Time reading 1,000,000 quotes into a DataFrame: claims.open().quotes() beside pandas.read_sql.

    .venv/bin/python benchmarks/read_quotes.py [--db db/bench-1m.db] [--quotes 1000000]

The database is generated (articles, speakers with aliases, quotes with the FTS triggers firing)
through the project's own schema the first time and reused after, so export_memory.py can share
it. Both readers run the same SQL on the same rows; plain read_sql gets object columns and
string dates, claims.open() gets Int64, float, datetime, category and Arrow-backed text columns.
Run it once at a time: the two cores are shared.

Measured 2026-11-27 on the 2-core machine, shared (load average ~13, so wall time is ~3x CPU):

    claims.open(db).quotes()     20.78 s wall    6.25 s CPU    393 MiB
    pandas.read_sql(same SQL)    52.46 s wall   15.01 s CPU    425 MiB
    speed-up 2.5x wall, 2.4x CPU
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on sys.path and benchmarks/numbers.py would shadow
# the standard library's `numbers` (which numpy imports).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
import time  # noqa: E402
from datetime import date, timedelta  # noqa: E402

DEFAULT_DB = "db/bench-1m.db"
OUTLETS = ["The Drevna Courier", "Kestria Today", "Meridian Wire", "The Northbank Post", "Valley Herald"]
CUES = ["said", "told", "added", "warned", "claimed", "insisted", "announced", "admitted", "wrote", "according to"]
WORDS = ("the dam flood water governor ministry evacuation people shelters repairs spillway toll reservoir "
         "contractor warning residents town valley fund million crowns inquiry commission engineers rescue "
         "night sirens homes families buses report figure budget").split()


def make_database(path: str | Path, quotes: int = 1_000_000, seed: int = 7) -> Path:
    """A claims database with `quotes` generated quotes (and 1 article per 50, 1 speaker per 200).

    Reused when it already holds that many quotes.
    """
    from claims.store import connect

    path = Path(path)
    if path.exists():
        conn = sqlite3.connect(path)
        try:
            if conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == quotes:
                return path
        except sqlite3.Error:
            pass
        finally:
            conn.close()
        path.unlink()
    connect(path).dispose()  # the real schema: tables, FTS triggers, views
    rng = random.Random(seed)
    n_articles, n_speakers = max(quotes // 50, 1), max(quotes // 200, 1)
    start = date(2024, 1, 1)
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    with conn:
        conn.executemany(
            "INSERT INTO speakers (id, name, kind, role) VALUES (?, ?, ?, ?)",
            ((i, f"Speaker{i} Surname{i % 997}", "person" if i % 10 else "organization", "minister" if i % 7 == 0
              else None) for i in range(1, n_speakers + 1)))
        conn.executemany(
            "INSERT INTO speaker_aliases (speaker_id, alias, normalized, origin) VALUES (?, ?, ?, 'auto')",
            ((i, f"Speaker{i} Surname{i % 997}", f"speaker{i} surname{i % 997}") for i in range(1, n_speakers + 1)))
        conn.executemany(
            "INSERT INTO articles (id, url, title, outlet, author, published, content_hash, text, source, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((i, f"https://example.org/{i}", " ".join(rng.choices(WORDS, k=8)).capitalize(), OUTLETS[i % len(OUTLETS)],
              "Staff", (start + timedelta(days=i * 700 // n_articles)).isoformat(), f"hash{i}",
              " ".join(rng.choices(WORDS, k=60)), "generated", "2026-01-01T00:00:00+00:00")
             for i in range(1, n_articles + 1)))

        def rows():
            for i in range(1, quotes + 1):
                article = (i - 1) // 50 + 1
                said_on = (start + timedelta(days=article * 700 // n_articles - 1)).isoformat() if i % 3 == 0 else None
                text = " ".join(rng.choices(WORDS, k=rng.randint(6, 30)))
                speaker = rng.randint(1, n_speakers) if i % 9 else None
                yield (i, article, speaker, f"Surname{(speaker or 0) % 997}" if speaker else "officials",
                       "minister" if i % 11 == 0 else None, "direct" if i % 4 == 0 else "indirect", text,
                       CUES[i % len(CUES)], said_on, i % 1000, i % 1000 + len(text), round(rng.random(), 3))

        conn.executemany(
            'INSERT INTO quotes (id, article_id, speaker_id, speaker_text, role, kind, text, cue, said_on, start, "end", '
            "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
    conn.close()
    print(f"generated {quotes:,} quotes, {n_articles:,} articles, {n_speakers:,} speakers in {path} "
          f"({time.perf_counter() - started:.0f}s, {path.stat().st_size / 2**20:,.0f} MiB)", file=sys.stderr)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=DEFAULT_DB)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    args = parser.parse_args()
    path = make_database(args.db, args.quotes)

    import pandas as pd

    import claims

    db = claims.open(path)
    query = db.query("quotes")

    # Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure.
    started, cpu = time.perf_counter(), time.process_time()
    ours = db.quotes()
    ours_seconds, ours_cpu = time.perf_counter() - started, time.process_time() - cpu

    started, cpu = time.perf_counter(), time.process_time()
    with sqlite3.connect(path) as conn:
        plain = pd.read_sql(query.sql, conn, params=query.params)
    plain_seconds, plain_cpu = time.perf_counter() - started, time.process_time() - cpu

    assert len(ours) == len(plain) == args.quotes, (len(ours), len(plain))
    assert ours["id"].tolist()[:1000] == plain["id"].tolist()[:1000]
    print(f"{len(ours):,} quotes, {len(ours.columns)} columns (quotes_view joined to speakers and articles)")
    print(f"claims.open(db).quotes()    {ours_seconds:6.2f} s wall  {ours_cpu:6.2f} s CPU  "
          f"{ours.memory_usage(deep=True).sum() / 2**20:5,.0f} MiB   dates datetime64, ids Int64, kind category")
    print(f"pandas.read_sql(same SQL)   {plain_seconds:6.2f} s wall  {plain_cpu:6.2f} s CPU  "
          f"{plain.memory_usage(deep=True).sum() / 2**20:5,.0f} MiB   dates as text, ids with gaps as float")
    print(f"speed-up {plain_seconds / ours_seconds:.1f}x wall, {plain_cpu / ours_cpu:.1f}x CPU")


if __name__ == "__main__":
    main()
