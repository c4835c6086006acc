"""speaker_stats: each speaker's quotes, claims and last date, kept by triggers for speakers_view.

Every way the archive changes is followed by a check that the view says what the quotes say:
ingest, an article corrected with a new date, a merge, a relink, a Parquet load, a publish.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from claims.ingest import ingest
from claims.link import manual
from claims.parquet import load
from claims.relink import relink
from claims.store import connect
from claims.web.publish import prepare

ARTICLES = [
    ("https://ledger.example/talks", "2026-03-02",
     "Chancellor Ana Ruiz met the unions on Monday. “The talks have failed,” Ruiz said. "
     "She said a new offer would come by 12 May. Tom Hale said 4,000 jobs were at risk."),
    ("https://ledger.example/port", "2026-03-09",
     "“The port will close,” Ana Ruiz said on Friday. Tom Hale, the union leader, said 300 dockers would go."),
    ("https://post.example/dam", "2026-03-04",
     "Lech Kowal, the poet, said the dam would hold. “We have built it twice,” Kowal said."),
    ("https://post.example/undated", None, "Thomas Hale said the strike would go on."),
]

TRUTH = """SELECT s.id,
    (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id),
    (SELECT count(*) FROM claims c WHERE c.claimant_id = s.id),
    (SELECT max(a.published) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = s.id)
    FROM speakers s ORDER BY s.id"""


def write(path, articles):
    path.write_text("".join(json.dumps({"url": u, "published": p, "outlet": "Test", "text": t},
                                       ensure_ascii=False) + "\n" for u, p, t in articles), encoding="utf-8")
    return path


def view_and_truth(db):
    conn = sqlite3.connect(db)
    try:
        view = conn.execute("SELECT id, quotes, claims, last_quoted FROM speakers_view ORDER BY id").fetchall()
        return view, conn.execute(TRUTH).fetchall()
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "claims.db"
    ingest([str(write(tmp_path / "a.jsonl", ARTICLES))], str(path))
    return path


def test_ingest_fills_the_counts_and_dates(db):
    view, truth = view_and_truth(db)
    assert view == truth
    # Thomas Hale's undated quote is Tom Hale's: it counts, and leaves his date as it was.
    assert sorted(row[1:] for row in view) == [(2, 1, "2026-03-04"), (3, 0, "2026-03-09"), (3, 2, "2026-03-09")]


def test_a_corrected_article_with_an_earlier_date_moves_the_last_date_back(db, tmp_path):
    changed = [("https://ledger.example/port", "2026-03-01",
                "“The port will stay open,” Ana Ruiz said on Friday.")]
    summary = ingest([str(write(tmp_path / "b.jsonl", changed))], str(db))
    assert summary.replaced == 1
    view, truth = view_and_truth(db)
    assert view == truth
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT name, quotes, claims, last_quoted, stale FROM speaker_stats s JOIN speakers "
                        "ON speakers.id = s.speaker_id ORDER BY name").fetchall() == [
        ("Ana Ruiz", 3, 0, "2026-03-02", 0), ("Lech Kowal", 2, 1, "2026-03-04", 0), ("Tom Hale", 2, 1, "2026-03-02", 0)]
    conn.close()


def test_a_merge_moves_the_counts_and_the_date(db):
    engine = connect(db)
    with engine.begin() as conn:
        manual.merge(conn, "Lech Kowal", "Tom Hale")
    engine.dispose()
    view, truth = view_and_truth(db)
    assert view == truth
    assert sorted(row[1:] for row in view) == [(3, 0, "2026-03-09"), (5, 3, "2026-03-09")]


def test_stale_dates_are_read_from_the_quotes_until_written_back(db):
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET published = '2026-04-01' WHERE url = 'https://post.example/dam'")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM speaker_stats WHERE stale").fetchone() == (1,)
    conn.close()
    view, truth = view_and_truth(db)
    assert view == truth and "2026-04-01" in [row[3] for row in view]
    prepare(db)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM speaker_stats WHERE stale").fetchone() == (0,)
    conn.close()
    assert view_and_truth(db)[0] == view


def test_relink_and_parquet_load_rebuild_the_counts(db, tmp_path):
    relink(db)
    view, truth = view_and_truth(db)
    assert view == truth
    dataset = tmp_path / "parquet"
    ingest([str(write(tmp_path / "c.jsonl", ARTICLES))], None, parquet=str(dataset))
    loaded = tmp_path / "loaded.db"
    load(dataset, loaded)
    view, truth = view_and_truth(loaded)
    assert view == truth and sum(row[1] for row in view) == 8
