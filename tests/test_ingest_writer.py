"""The batch writer of `claims ingest` (claims.ingest.store_batch: claims.store.writer with claims.link): lookups
cached across batches give the rows per-batch lookups give, a decision made by someone else between
two batches is seen by the next one, and multi-row inserts respect SQLite's limit on parameters.
Real SQLite databases throughout."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from claims.batch import articles_frame, extract_batch
from claims.ingest import Summary, batches, store_batch
from claims.link import manual, names
from claims.sources import read
from claims.store import connect
from claims.link import LinkCache


def extracted(targets: list[str], size: int) -> list:
    return [extract_batch(articles_frame(chunk)) for chunk in batches(read(targets), size, Summary(), None)]


def write_all(db: Path, parts: list, cache: LinkCache | None, limit: int | None = None) -> None:
    engine = connect(db)
    try:
        for batch in parts:
            with engine.begin() as conn:
                if limit:
                    conn.connection.driver_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
                store_batch(conn, batch, cache)
    finally:
        engine.dispose()


def jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


@pytest.fixture(scope="module")
def sample_batches(samples_dir) -> list:
    return extracted([str(samples_dir)], 3)


def test_a_cache_kept_across_batches_writes_what_fresh_lookups_write(sample_batches, tmp_path, dump):
    write_all(tmp_path / "fresh.db", sample_batches, cache=None)
    write_all(tmp_path / "cached.db", sample_batches, cache=LinkCache())
    assert dump(tmp_path / "cached.db") == dump(tmp_path / "fresh.db")


def test_a_full_cache_starts_over_and_still_writes_the_same(sample_batches, tmp_path, dump):
    write_all(tmp_path / "fresh.db", sample_batches, cache=None)
    write_all(tmp_path / "small.db", sample_batches, cache=LinkCache(limit=5))
    assert dump(tmp_path / "small.db") == dump(tmp_path / "fresh.db")


def test_a_cache_past_its_limit_empties_the_name_caches_too(tmp_path):
    engine = connect(tmp_path / "c.db")
    names.Name.of(names.normalize("President Anna Varga"))
    try:
        with engine.begin() as conn:
            cur = conn.connection.driver_connection.cursor()
            LinkCache().check(cur)
            assert names.cached_entries() > 0  # under the default limit: kept
            LinkCache(limit=1).check(cur)
            assert names.cached_entries() == 0
            cur.close()
    finally:
        engine.dispose()


def test_multi_row_inserts_stay_under_the_parameter_limit(sample_batches, tmp_path, dump):
    write_all(tmp_path / "fresh.db", sample_batches, cache=None)
    # 40 parameters: two quote rows, one article row per statement.
    write_all(tmp_path / "limited.db", sample_batches, cache=None, limit=40)
    assert dump(tmp_path / "limited.db") == dump(tmp_path / "fresh.db")


def test_a_merge_made_between_two_batches_is_seen_by_the_next(tmp_path):
    first = jsonl(tmp_path / "first.jsonl", [
        {"id": "a", "published": "2026-03-02", "text": '"The dam will hold," Mayor Anna Kral said on Monday.'},
        {"id": "b", "published": "2026-03-02", "text": '"We need more pumps," said Boris Lind, an engineer.'},
    ])
    second = jsonl(tmp_path / "second.jsonl", [
        {"id": "c", "published": "2026-03-03", "text": '"The water is falling," Boris Lind said on Tuesday.'},
    ])
    db = tmp_path / "claims.db"
    engine = connect(db)
    cache = LinkCache()
    with engine.begin() as conn:
        store_batch(conn, extracted([first], 100)[0], cache)
    # A fact-checker, in another process, decides the two are one person.
    other = connect(db)
    with other.begin() as conn:
        kept = manual.merge(conn, "Anna Kral", "Boris Lind", who="test")
    other.dispose()
    with engine.begin() as conn:
        store_batch(conn, extracted([second], 100)[0], cache)
        speaker = conn.execute(text(
            "SELECT q.speaker_id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.external_id = 'c'"
        )).scalar()
    engine.dispose()
    assert speaker == kept.id


def test_after_saving_and_ingesting_the_database_file_is_whole_on_its_own(samples_dir, tmp_path, dump):
    """Closing the engine checkpoints the WAL: a copy of the .db file alone has every row (the
    test fixtures and `cp claims.db` rely on it). A statement left alive by the writer would keep
    the connection open past dispose(), and the rows in the -wal file."""
    import gc
    import shutil

    from claims.batch import extract_article
    from claims.ingest import ingest, save_article

    gc.disable()  # the writer's reference cycles must not need the collector
    try:
        ingest([str(samples_dir)], str(tmp_path / "claims.db"), batch_size=4)
        engine = connect(tmp_path / "claims.db")
        for article in read([str(samples_dir)]):
            article.url = f"https://again.example/{article.source}"  # a new text: stored again
            article.text += "\n\nUpdated."
            with engine.begin() as conn:
                save_article(conn, article, extract_article(article))
        engine.dispose()
        shutil.copy(tmp_path / "claims.db", tmp_path / "copy.db")
    finally:
        gc.enable()
    assert dump(tmp_path / "copy.db") == dump(tmp_path / "claims.db")
    assert dump(tmp_path / "copy.db")["quotes"]
