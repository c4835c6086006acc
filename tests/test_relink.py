"""`claims speakers relink`: a database built under older rules, re-derived under the current ones.

The database is built by the real `claims ingest` from articles written here, then given the damage
the old rules left (issue 14): a speaker row named by a title ("Ms Ruiz"), a description made a
speaker ("The company"), a quote credited to the wrong namesake, a claim the new rules no longer
extract. People worked on it: a merge, a set-role, a gazetteer import with an external id, verdicts
on a quote and on two claims, a pick in the review queue. Relink must repair the automatic part
and keep every human part.
"""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from claims.cli import cli
from claims.ingest import ingest
from claims.link import assign, manual
from claims.relink import RULES_VERSION, outdated, relink
from claims.review import add_review
from claims.store import connect

ARTICLES = [
    ("https://ledger.example/talks", "2026-03-02", "The Ledger",
     "Chancellor Ana Ruiz met the unions on Monday. “The talks have failed,” Ms Ruiz said. "
     "She said a new offer would come by 12 May. The company said profits would fall by 4%."),
    ("https://ledger.example/rents", "2026-03-03", "The Ledger",
     "Carlos Ruiz, a housing consultant, warned on Tuesday that rents rose by 8% last year. "
     "“Nobody can afford this,” Mr Ruiz said."),
    ("https://post.example/dam", "2026-03-04", "Northbank Post",
     "Lech Kowal, the poet, said the dam would hold. “We have built it twice,” Mr Kowal said."),
    ("https://post.example/flood", "2026-03-05", "Northbank Post",
     "Jan Kowalski said 1,200 people had left the valley. Governor Ilona Varga said the figure was nearer 900."),
    ("https://ledger.example/port", "2026-03-06", "The Ledger", "“The port will close,” Mr Ruiz said on Friday."),
]

# Who said what once relinked: the title form and the pronoun go to the person the article names,
# the description to nobody, each Ruiz keeps their own quotes, and Jan Kowalski's quote follows the
# merge a person made (a pen name of Lech Kowal). The "Mr Ruiz" no article resolves is the one
# a fact-checker picked in the review queue.
EXPECTED = {
    ("https://ledger.example/talks", "“The talks have failed,”"): "Ana Ruiz",
    ("https://ledger.example/talks", "a new offer would come by 12 May"): "Ana Ruiz",
    ("https://ledger.example/talks", "profits would fall by 4%"): None,
    ("https://ledger.example/rents", "that rents rose by 8% last year"): "Carlos Ruiz",
    ("https://ledger.example/rents", "“Nobody can afford this,”"): "Carlos Ruiz",
    ("https://post.example/dam", "the dam would hold"): "Lech Kowal",
    ("https://post.example/dam", "“We have built it twice,”"): "Lech Kowal",
    ("https://post.example/flood", "1,200 people had left the valley"): "Lech Kowal",
    ("https://post.example/flood", "the figure was nearer 900"): "Ilona Varga",
    ("https://ledger.example/port", "“The port will close,”"): "Carlos Ruiz",
}


def write_articles(path, articles):
    path.write_text("".join(json.dumps({"url": u, "published": p, "outlet": o, "text": t}, ensure_ascii=False) + "\n"
                            for u, p, o, t in articles), encoding="utf-8")
    return str(path)


def rows(db, sql, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()  # closed, not left to the collector: the last connection out folds the WAL in


def one(db, sql, *params):
    return rows(db, sql, *params)[0][0]


def speaker_id(db, name):
    return one(db, "SELECT id FROM speakers WHERE name = ?", name)


def quote_id(db, text):
    return one(db, "SELECT id FROM quotes WHERE text = ?", text)


def who_said_what(db) -> dict:
    return {(url, text): name for url, text, name in rows(
        db, "SELECT a.url, q.text, s.name FROM quotes q JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN speakers s ON s.id = q.speaker_id")}


def age(db) -> None:
    """Give a freshly ingested database the damage the old rules left, as an old database has it."""
    text = one(db, "SELECT text FROM articles WHERE url = 'https://ledger.example/talks'")
    conn = sqlite3.connect(db)
    try:
        conn.executescript(f"""
            PRAGMA user_version = 0;
            INSERT INTO speakers (id, name, kind) VALUES (90, 'Ms Ruiz', 'person'), (91, 'The company', 'person');
            INSERT INTO speaker_aliases (speaker_id, alias, normalized, origin) VALUES
                (90, 'Ms Ruiz', 'ruiz', 'auto'), (91, 'The company', 'company', 'auto'),
                ((SELECT id FROM speakers WHERE name = 'Ana Ruiz'), 'Mr Ruiz', 'ruiz', 'auto');
            UPDATE quotes SET speaker_id = 90 WHERE speaker_text = 'Ms Ruiz';
            UPDATE quotes SET speaker_id = 91 WHERE speaker_text = 'The company';
            UPDATE claims SET claimant_id = 91 WHERE claimant_text = 'The company';
            UPDATE quotes SET speaker_id = (SELECT id FROM speakers WHERE name = 'Ana Ruiz')
                WHERE text = '“Nobody can afford this,”';
            INSERT INTO claims (article_id, claimant_id, claimant_text, text, number_text, value, start, "end",
                                confidence)
                VALUES ((SELECT id FROM articles WHERE url = 'https://ledger.example/talks'), 90, 'Ms Ruiz',
                        'She said a new offer would come by 12 May.', '12', 12,
                        {text.index('12 May')}, {text.index('12 May') + 2}, 0.5);
        """)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def _old_db_master(tmp_path_factory):
    """The database of ARTICLES, aged, with a person's merge, set-role, import, queue pick and three verdicts."""
    folder = tmp_path_factory.mktemp("relink")
    db = folder / "claims.db"
    summary = ingest([write_articles(folder / "articles.jsonl", ARTICLES)], str(db))
    assert summary.articles == 5 and not summary.errors
    age(db)
    (folder / "people.csv").write_text("name,external_id,role\nIlona Varga,Q4115189,Governor of Northbank\n")
    engine = connect(db)
    with engine.begin() as conn:
        manual.merge(conn, "Lech Kowal", "Jan Kowalski", who="editor", why="Kowal is Kowalski's pen name")
        manual.set_role(conn, "Carlos Ruiz", "housing consultant", who="editor")
        manual.import_gazetteer(conn, folder / "people.csv", who="editor")
        port = one(db, "SELECT id FROM articles WHERE url = 'https://ledger.example/port'")
        assign.decide(conn, port, "Mr Ruiz", speaker_id(db, "Carlos Ruiz"), who="fc", why="the port story is his")
        add_review(conn, verdict="true", quote_id=quote_id(db, "“The talks have failed,”"), reviewer="fc")
        add_review(conn, verdict="mostly true", reviewer="fc",
                   claim_id=one(db, "SELECT id FROM claims WHERE number_text = '8%'"))
        add_review(conn, verdict="false", reviewer="fc",
                   claim_id=one(db, "SELECT id FROM claims WHERE number_text = '12'"))
    engine.dispose()
    return db


@pytest.fixture
def old_db(_old_db_master, tmp_path):
    path = tmp_path / "claims.db"
    shutil.copy(_old_db_master, path)
    return path


def state(db, dump) -> dict:
    """Every table a relink may touch, and the human ones it must not, plus the rules stamp."""
    out = dump(db)
    for table in ("reviews", "speaker_decisions", "speaker_external_ids"):
        out[table] = rows(db, f"SELECT * FROM {table} ORDER BY id")
    out["user_version"] = one(db, "PRAGMA user_version")
    return out


def test_relink_repairs_the_old_rules_damage_and_keeps_human_work(old_db):
    ids = {name: speaker_id(old_db, name) for name in ("Ana Ruiz", "Carlos Ruiz", "Lech Kowal", "Ilona Varga")}
    quotes_before = dict(rows(old_db, "SELECT text, id FROM quotes"))
    claims_before = dict(rows(old_db, "SELECT number_text, id FROM claims"))
    decisions = rows(old_db, "SELECT * FROM speaker_decisions ORDER BY id")
    pinned = "SELECT speaker_id, alias FROM speaker_aliases WHERE origin = 'manual' ORDER BY id"
    manual_aliases = rows(old_db, pinned)
    assert outdated(old_db)

    result = relink(old_db)

    assert who_said_what(old_db) == EXPECTED
    names = {name: (sid, kind, role)
             for sid, name, kind, role in rows(old_db, "SELECT id, name, kind, role FROM speakers")}
    assert names == {"Ana Ruiz": (ids["Ana Ruiz"], "person", "Chancellor"),
                     "Carlos Ruiz": (ids["Carlos Ruiz"], "person", "housing consultant"),
                     "Lech Kowal": (ids["Lech Kowal"], "person", "poet"),
                     "Ilona Varga": (ids["Ilona Varga"], "person", "Governor of Northbank")}
    assert rows(old_db, "SELECT speaker_id, value FROM speaker_external_ids") == [(ids["Ilona Varga"], "Q4115189")]
    assert rows(old_db, "SELECT * FROM speaker_decisions ORDER BY id") == decisions
    assert rows(old_db, pinned) == manual_aliases
    assert not rows(old_db, "SELECT * FROM speaker_aliases WHERE alias IN ('Ms Ruiz', 'Mr Ruiz', 'The company')")
    # Every quote came back with its id, every claim but the one the new rules do not read.
    assert dict(rows(old_db, "SELECT text, id FROM quotes")) == quotes_before
    del claims_before["12"]
    assert dict(rows(old_db, "SELECT number_text, id FROM claims")) == claims_before
    verdicts = rows(old_db, "SELECT r.verdict, q.text, c.number_text FROM reviews r LEFT JOIN quotes q "
                            "ON q.id = r.quote_id LEFT JOIN claims c ON c.id = r.claim_id ORDER BY r.id")
    assert verdicts == [("true", "“The talks have failed,”", None), ("mostly true", None, "8%"),
                        ("false", None, None)]
    assert result.unmatched_reviews == [3] and result.reviews == 3 and result.unmatched_before == 0
    assert (result.articles, result.quotes, result.claims, result.speakers) == (5, (10, 10), (6, 5), (6, 4))
    assert (result.kept_speakers, result.removed_speakers, result.new_speakers) == (3, 2, 0)
    # Linking alone leaves the port story's "Mr Ruiz" unresolved; the pick gives it back to Carlos Ruiz.
    assert (result.queue_decisions, result.queue_quotes, result.queue_missing) == (1, 1, 0)
    # "Ms Ruiz" to Ana Ruiz, "Mr Ruiz" from Ana to Carlos Ruiz, "The company" to nobody.
    assert (result.same_quotes, result.moved_quotes, result.unattributed) == (10, 3, 1)
    assert not outdated(old_db) and one(old_db, "PRAGMA user_version") == RULES_VERSION
    assert rows(old_db, "PRAGMA foreign_key_check") == []
    # The full-text indexes were rebuilt in step with the new rows.
    assert rows(old_db, "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'afford'") == \
        [(quotes_before["“Nobody can afford this,”"],)]


def test_relink_twice_changes_nothing(old_db, dump):
    relink(old_db)
    once = state(old_db, dump)
    again = relink(old_db)
    assert state(old_db, dump) == once
    assert (again.moved_quotes, again.new_speakers, again.removed_speakers) == (0, 0, 0)
    assert again.unmatched_reviews == [3] and again.unmatched_before == 1


def test_dry_run_writes_nothing_and_reports_what_would_change(old_db, dump):
    before = state(old_db, dump)
    result = relink(old_db, dry_run=True)
    assert state(old_db, dump) == before
    assert result.dry_run and result.speakers == (6, 4) and result.unmatched_reviews == [3]
    assert result.lines()[0].startswith("dry run, nothing written: would relink 5 articles")
    assert outdated(old_db)


def test_relink_is_what_a_fresh_ingest_gives(tmp_path, dump):
    """On a database the current rules built, in the order relink uses, it changes nothing but the stamp."""
    db = tmp_path / "fresh.db"
    ingest([write_articles(tmp_path / "a.jsonl", ARTICLES)], str(db))
    before = dump(db)
    result = relink(db)
    assert dump(db) == before
    assert (result.moved_quotes, result.new_speakers, result.removed_speakers, result.kept_speakers) == (0, 0, 0, 0)


def test_the_result_does_not_depend_on_the_order_of_ingest(tmp_path):
    groupings = []
    for name, articles in (("forward", ARTICLES), ("backward", ARTICLES[::-1])):
        db = tmp_path / f"{name}.db"
        ingest([write_articles(tmp_path / f"{name}.jsonl", articles)], str(db), batch_size=1)
        age(db)
        relink(db, batch_size=1)
        groupings.append(rows(db, "SELECT a.url, q.start, q.\"end\", s.name FROM quotes q JOIN articles a "
                                  "ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY 1, 2"))
    assert groupings[0] == groupings[1]


def test_a_reader_keeps_its_view_while_relink_writes(old_db):
    reader = sqlite3.connect(old_db, isolation_level=None)
    try:
        reader.execute("BEGIN")
        names = reader.execute("SELECT name FROM speakers ORDER BY id").fetchall()
        relink(old_db)
        assert reader.execute("SELECT name FROM speakers ORDER BY id").fetchall() == names  # its snapshot
        reader.execute("COMMIT")
        assert ("Ms Ruiz",) not in reader.execute("SELECT name FROM speakers").fetchall()
    finally:
        reader.close()


def test_cli_relink_shows_progress_and_summary(old_db):
    runner = CliRunner()
    dry = runner.invoke(cli, ["speakers", "relink", "--db", str(old_db), "--dry-run", "-w", "1"])
    assert dry.exit_code == 0, dry.output
    assert "dry run, nothing written: would relink 5 articles" in dry.output
    assert one(old_db, "SELECT count(*) FROM speakers WHERE name = 'Ms Ruiz'") == 1

    result = runner.invoke(cli, ["speakers", "relink", "--db", str(old_db), "-w", "1"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "relinking: 5/5 articles" in lines
    assert "relinked 5 articles" in result.output
    assert "quotes 10 -> 10 (10 kept their id; 3 changed speaker, 1 of them to none)" in lines
    assert "review-queue decisions: 1 applied again (1 quotes), 0 whose article or speaker is gone" in lines
    assert "speakers 6 -> 4 (3 kept for human decisions, 2 removed, 0 new)" in lines
    assert "reviews: 2 kept on their claim or quote, 1 unmatched (kept, not deleted)" in lines
    assert "  unmatched reviews: 3" in lines

    quiet = runner.invoke(cli, ["speakers", "relink", "--db", str(old_db), "-w", "1", "-q"])
    assert "relinking:" not in quiet.output and "relinked 5 articles" in quiet.output


def test_cli_relink_needs_a_database(tmp_path):
    result = CliRunner().invoke(cli, ["speakers", "relink", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "does not exist" in result.output


def test_ingest_says_once_when_the_database_is_older_than_the_rules(old_db, tmp_path):
    extra = write_articles(tmp_path / "more.jsonl", [("https://post.example/more", "2026-03-06", "Northbank Post",
                                                      "Ilona Varga said the road was open.")])
    result = CliRunner().invoke(cli, ["ingest", extra, "--db", str(old_db), "-w", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.count("claims speakers relink") == 1 and "older extraction and linking rules" in result.output
    relink(old_db)
    result = CliRunner().invoke(cli, ["ingest", extra, "--db", str(old_db), "-w", "1"])
    assert "claims speakers relink" not in result.output


def test_a_database_ingest_or_load_fills_from_empty_is_current(tmp_path):
    from claims.parquet import load

    source = write_articles(tmp_path / "a.jsonl", ARTICLES[:1])
    db = tmp_path / "new.db"
    ingest([source], str(db))
    assert one(db, "PRAGMA user_version") == RULES_VERSION and not outdated(db)
    ingest([source], None, parquet=str(tmp_path / "dataset"))
    load(tmp_path / "dataset", tmp_path / "loaded.db")
    assert one(tmp_path / "loaded.db", "PRAGMA user_version") == RULES_VERSION
    assert not outdated(tmp_path / "missing.db")


def test_serve_says_when_the_database_is_older_than_the_rules(old_db):
    from test_concurrency import serve

    with serve(old_db) as base:
        assert base
    log = next(old_db.parent.glob("claims.db.serve-*.log")).read_text()
    assert log.count("claims speakers relink") == 1
