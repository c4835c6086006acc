"""Two `claims ingest` on one database while `claims serve` answers searches (issue 9, part 3).

The real CLI in subprocesses: two ingest processes write overlapping corpora into the same
SQLite file while a client keeps searching through the real `claims serve`. Every article must
be stored exactly once, neither writer may fail with "database is locked", and every page the
server answers must be a 200 with no error in it.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from test_crash import corpus_rows

CLAIMS = str(Path(sys.executable).parent / "claims")
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(db: Path, env: dict | None = None, timeout: float = 120):
    """`claims serve` on a free loopback port; yields the base URL, stops the server after."""
    port = free_port()
    log = open(Path(str(db) + f".serve-{port}.log"), "w+")
    proc = subprocess.Popen([CLAIMS, "serve", "--db", str(db), "--port", str(port)], stdout=log, stderr=log,
                            cwd=ROOT, env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    try:
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise AssertionError(f"claims serve exited: {log.read()[-3000:]}")
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=5) as r:
                    if r.status == 200:
                        break
            except (OSError, urllib.error.URLError):
                pass
            if time.monotonic() > deadline:
                raise AssertionError("claims serve did not start")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def get(url: str, timeout: float = 60) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def searches(database: str) -> list[str]:
    q = urllib.parse.quote
    return [
        f"/{database}/quotes_view?_search=evacuated",
        f"/{database}/articles?_search=flood",
        f"/{database}/claims_view?_search=people",
        f"/{database}/quotes.json?_search=homes&_shape=array",
        f"/{database}/what_did_they_say?speaker={q('Ana Ruiz')}&q=",
        f"/{database}/what_did_they_say?speaker={q('ruiz')}&q={q('homes')}",
        f"/{database}/figures?q=died&min=&max=",
        f"/{database}/speakers_view",
        f"/{database}/-/quote/1",
        f"/{database}",
    ]


def write_jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def test_two_ingests_and_a_server_on_one_database(tmp_path):
    rows = corpus_rows(300, seed=33)
    first = write_jsonl(tmp_path / "first.jsonl", rows[:200])
    second = write_jsonl(tmp_path / "second.jsonl", rows[100:])  # 100 articles in both
    seed_rows = [{**r, "id": f"seed-{i}"} for i, r in enumerate(corpus_rows(5, seed=34))]
    seed = write_jsonl(tmp_path / "seed.jsonl", seed_rows)
    db = tmp_path / "claims.db"
    done = subprocess.run([CLAIMS, "ingest", seed, "--db", str(db), "-q"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr

    with serve(db) as base:
        stop = threading.Event()
        answers: list[tuple[str, int, str]] = []

        def client():
            paths = searches(db.stem)
            i = 0
            while not stop.is_set():
                path = paths[i % len(paths)]
                status, body = get(base + path)
                answers.append((path, status, body if status != 200 or "locked" in body.lower() else ""))
                i += 1

        reader = threading.Thread(target=client, daemon=True)
        reader.start()
        writers = [subprocess.Popen([CLAIMS, "ingest", target, "--db", str(db), "-q", "--workers", "1"],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for target in (first, second)]
        results = [w.communicate(timeout=600) for w in writers]
        time.sleep(0.5)  # a few more searches after the writes
        stop.set()
        reader.join(60)

    for writer, (out, err) in zip(writers, results):
        assert writer.returncode == 0, err[-3000:]
        assert "locked" not in err.lower() and "Traceback" not in err, err[-3000:]
    with sqlite3.connect(db) as conn:
        texts = [t for (t,) in conn.execute("SELECT text FROM articles")]
        assert len(texts) == len(set(texts)) == 305
        assert set(texts) == {r["text"] for r in rows + seed_rows}
        ids = [i for (i,) in conn.execute("SELECT external_id FROM articles")]
        assert len(ids) == len(set(ids))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("articles", "quotes", "claims"):
            conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
        orphans = conn.execute("SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)")
        assert orphans.fetchone()[0] == 0
    assert len(answers) >= 20, f"only {len(answers)} searches answered"
    bad = [(p, s, b[:300]) for p, s, b in answers if s != 200 or b]
    assert not bad, bad[:5]
