"""Load on `claims serve` with a 1,000,000-quote database (issue 9, part 6).

Generates a database of N quotes (articles, speakers with aliases, quotes, claims; the
FTS indexes kept by the store's own triggers), starts the real `claims serve` on loopback and
runs wrk (Debian package `wrk`) against two pages, each with C connections for D seconds:

- the search page: /claims/quotes_view?_search=<word>, a different word per request (from the
  database's own vocabulary when --db is given: common, middling and rare words);
- the speaker canned query: /claims/what_did_they_say?speaker=<name>&q=, a different
  speaker (in a different spelling) per request.

    .venv/bin/python benchmarks/load.py --quotes 1000000 --connections 50 --seconds 30

or on a database built by benchmarks/bigdb.py and prepared by `claims publish`:

    .venv/bin/python benchmarks/bigdb.py --direct --quotes 1000000 --db /tmp/big1m/claims.db
    .venv/bin/claims publish --db /tmp/big1m/claims.db
    .venv/bin/python benchmarks/load.py --db /tmp/big1m/claims.db --immutable

Prints one JSON line per page: requests served, errors (connect, read, write, timeout,
non-2xx), requests per second, p50 / p90 / p99 latency. Loopback only; the server is stopped
at the end and the database kept (--keep) or deleted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]
CLAIMS = str(Path(sys.executable).parent / "claims")

FIRST = ["Ana", "Bogdan", "Chiara", "Dmytro", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas", "Katya", "Lev",
         "Maria", "Nikolai", "Olena", "Pavel", "Quinn", "Rosa", "Sergei", "Tamar", "Uma", "Viktor", "Wen", "Yusuf"]
LAST = ["Ruiz", "Kovalenko", "Moretti", "Petrenko", "Novak", "Haddad", "Lind", "Marchetti", "Sokolova", "Berg",
        "Okafor", "Tanaka", "Schmidt", "Dubois", "Silva", "Horvat", "Nowak", "Ivanova", "Costa", "Jensen"]
WORDS = ("flood dam river bridge homes evacuated water rescue shelter aid government minister council budget "
         "repairs damage warning sirens engineers levee rain storm village town families money million people "
         "dead missing hospital schools roads power electricity farms crops insurance contractor report inquiry "
         "commission safety inspection failure warning evacuation order relief fund donations volunteers army").split()
ROLES = ["Mayor", "Governor", "Minister", "spokesperson", "engineer", "commissioner", "senator", "director"]
OUTLETS = ["Drevna Courier", "Kestria Today", "Northbank Post", "Meridian Wire", "Valtor Herald"]
SEARCH_WORDS = ["evacuated", "flood", "bridge", "minister", "shelter", "repairs", "warning", "levee", "donations",
                "hospital", "inquiry", "volunteers", "electricity", "insurance", "sirens"]


def columns(conn, table):
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def insert(conn, table, rows):
    rows = list(rows)
    if not rows:
        return
    names = list(rows[0])
    conn.executemany(f"INSERT INTO {table} ({', '.join(f'[{n}]' for n in names)}) VALUES "
                     f"({', '.join('?' for _ in names)})", [tuple(r[n] for n in names) for r in rows])


def generate(db: Path, quotes: int, seed: int = 6) -> dict:
    """A claims database of `quotes` quotes, 20 per article, made through the store's schema and triggers."""
    from claims.link import normalize
    from claims.store import connect

    connect(db).dispose()
    rng = random.Random(seed)
    articles = max(1, quotes // 20)
    n_speakers = max(10, min(20_000, quotes // 200))
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    speakers = []
    for i in range(n_speakers):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        speakers.append((i + 1, f"{first} {last}" + (f" {i}" if i >= len(FIRST) * len(LAST) else ""),
                         rng.choice(ROLES)))
    with conn:
        insert(conn, "speakers", ({"id": i, "name": name, "kind": "person", "role": role} for i, name, role in speakers))
        aliases = []
        for i, name, role in speakers:
            for alias in dict.fromkeys([name, name.split()[1], f"{role} {name}"]):
                aliases.append({"speaker_id": i, "alias": alias, "normalized": normalize(alias), "origin": "auto",
                                "score": None})
        insert(conn, "speaker_aliases", aliases)
    sentence = lambda n: " ".join(rng.choice(WORDS) for _ in range(n))  # noqa: E731
    chunk = 1000
    for first in range(0, articles, chunk):
        with conn:
            article_rows, quote_rows, claim_rows = [], [], []
            for a in range(first + 1, min(articles, first + chunk) + 1):
                text = f"{sentence(12).capitalize()}. " * 8
                article_rows.append({"id": a, "url": f"https://news.example/{a}", "title": sentence(6).capitalize(),
                                     "outlet": rng.choice(OUTLETS), "author": None,
                                     "published": f"20{rng.randint(18, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                     "content_hash": f"{a:064x}", "text": text, "source": "generated",
                                     "ingested_at": "2026-11-27T00:00:00+00:00"})
                for k in range(20):
                    s = rng.choice(speakers)
                    q = sentence(rng.randint(6, 20))
                    quote_rows.append({"article_id": a, "speaker_id": s[0], "speaker_text": s[1], "role": s[2],
                                       "kind": rng.choice(("direct", "indirect")), "text": q, "cue": "said",
                                       "said_on": None, "start": k * 10, "end": k * 10 + len(q), "confidence": 0.8})
                for k in range(4):
                    value = rng.randint(1, 100_000)
                    claim_rows.append({"article_id": a, "quote_id": None, "claimant_id": rng.choice(speakers)[0],
                                       "claimant_text": None, "text": f"{value:,} {sentence(8)}",
                                       "number_text": f"{value:,}", "value": float(value), "lower": None, "upper": None,
                                       "qualifier": None, "unit": rng.choice(("people", "homes", "dollars")),
                                       "object": rng.choice(("dead", "evacuated", "missing", "damage")),
                                       "time_scope": None, "trend": None, "start": 0, "end": len(f"{value:,}"),
                                       "disputed_by": None, "confidence": 0.7})
            insert(conn, "articles", article_rows)
            insert(conn, "quotes", quote_rows)
            insert(conn, "claims", claim_rows)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "speakers", "quotes",
                                                                                     "claims")}
    conn.close()
    return {**counts, "generate_seconds": round(time.perf_counter() - started, 1),
            "megabytes": round(db.stat().st_size / 2**20), "speaker_names": [s[1] for s in speakers[:200]]}


def search_words(db: Path, rng: random.Random) -> list[str]:
    """Fifteen words of the database's own vocabulary: five in more than a tenth of the quotes,
    five in 1-10%, five rarer."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'quotes_fts', 'row')")
    total = conn.execute("SELECT max(rowid) FROM quotes").fetchone()[0] or 1
    rows = conn.execute("SELECT term, doc FROM temp.vocab WHERE term GLOB '[a-z]*'").fetchall()
    conn.close()
    bands = [[t for t, d in rows if d > total / 10], [t for t, d in rows if total / 100 < d <= total / 10],
             [t for t, d in rows if total / 100_000 < d <= total / 100]]
    return [w for band in bands for w in rng.sample(band, min(5, len(band)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wrk_script(paths: list[str], folder: Path) -> Path:
    script = folder / "paths.lua"
    items = ", ".join(json.dumps(p) for p in paths)
    script.write_text(f"""local paths = {{{items}}}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
""")
    return script


def seconds(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1, "m": 60}[unit]


def run_wrk(base: str, paths: list[str], connections: int, duration: int, threads: int, folder: Path) -> dict:
    script = wrk_script(paths, folder)
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "30s",
                          "--latency", "-s", str(script), base], capture_output=True, text=True,
                         timeout=duration + 120).stdout
    result = {"raw": out}
    found = re.search(r"(\d+) requests in ([\d.]+\w+)", out)
    result["requests"] = int(found.group(1)) if found else 0
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    result["socket_errors"] = dict(zip(("connect", "read", "write", "timeout"), map(int, errors.groups()))) \
        if errors else {}
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result["non_2xx"] = int(non2xx.group(1)) if non2xx else 0
    result["errors"] = result["non_2xx"] + sum(result["socket_errors"].values())
    for pct in ("50", "90", "99"):
        found = re.search(rf"^\s+{pct}(?:\.000)?%\s+([\d.]+\w+)", out, re.M)
        result[f"p{pct}_ms"] = round(seconds(found.group(1)) * 1000, 1) if found else None
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    result["requests_per_second"] = float(rps.group(1)) if rps else None
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--db", help="use (or create) this database instead of a temporary one")
    parser.add_argument("--keep", action="store_true", help="keep the generated database")
    parser.add_argument("--immutable", action="store_true",
                        help="serve --db as `claims publish` prepared it (claims serve --immutable)")
    parser.add_argument("--misspelt", action="store_true",
                        help="speaker spellings the database has never seen too (fuzzy-matched)")
    parser.add_argument("--narrow", action="store_true",
                        help="narrower requests: two-word searches, speakers by full name only")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk)")
    folder = Path(tempfile.mkdtemp(prefix="claims-load-"))
    db = Path(options.db) if options.db else folder / "claims.db"
    if db.exists():
        with sqlite3.connect(db) as conn:
            names = [n for (n,) in conn.execute("SELECT name FROM speakers ORDER BY id LIMIT 200")]
            info = {"quotes": conn.execute("SELECT count(*) FROM quotes").fetchone()[0], "speaker_names": names}
    else:
        info = generate(db, options.quotes)
    print(json.dumps({"database": str(db), **{k: v for k, v in info.items() if k != "speaker_names"}}), flush=True)
    name = db.stem
    rng = random.Random(1)
    spellings = []
    for full in info["speaker_names"]:
        first, last = full.split()[:2]
        # Spellings the database knows (an index lookup), in any case; --misspelt adds unseen ones,
        # which are fuzzy-matched against every alias (slow in a large database, see README).
        spellings += [full, last, full.lower(), full.upper()]
        if options.misspelt:
            spellings += [f"{first[0]}. {last}", f"{first} {last[:-1]}"]
    rng.shuffle(spellings)
    words = search_words(db, rng) if options.db else SEARCH_WORDS
    print(json.dumps({"search_words": words}), flush=True)
    pages = {
        "search": [f"/{name}/quotes_view?_search={urllib.parse.quote(w)}" for w in words],
        "speaker_query": [f"/{name}/what_did_they_say?speaker={urllib.parse.quote(s)}&q=" for s in spellings[:100]],
    }
    if options.narrow:
        pairs = [f"{a} {b}" for a, b in zip(SEARCH_WORDS, SEARCH_WORDS[3:] + SEARCH_WORDS[:3])]
        pages = {
            "search (two words)": [f"/{name}/quotes_view?_search={urllib.parse.quote(w)}" for w in pairs],
            "speaker_query (full names)": [f"/{name}/what_did_they_say?speaker={urllib.parse.quote(s)}&q="
                                           for s in info["speaker_names"][:100]],
        }
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(folder / "serve.log", "w")
    command = [CLAIMS, "serve", "--db", str(db), "--port", str(port)] + (["--immutable"] if options.immutable else [])
    server = subprocess.Popen(command, stdout=log, stderr=log, cwd=ROOT)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"claims serve did not start: see {folder / 'serve.log'}")
                time.sleep(0.5)
        for page, paths in pages.items():
            try:  # warm the page cache
                urllib.request.urlopen(base + paths[0], timeout=120).close()
            except OSError:
                pass
            result = run_wrk(base, paths, options.connections, options.seconds, options.threads, folder)
            raw = result.pop("raw")
            print(json.dumps({"page": page, "example": paths[0], "connections": options.connections,
                              "seconds": options.seconds, **result}), flush=True)
            (folder / f"wrk-{page}.txt").write_text(raw)
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        if not options.keep and not options.db:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
