"""The review queue of speakers: unresolved mentions ("Mr Brown") with their candidates and the
evidence, decisions that survive re-ingest, `claims speakers review`, and the fact-checkers' page.

The database is built by `claims ingest` from small real articles: two Browns and two Ruizes are
named in full in earlier articles, and a later one says only "Mr Brown", "Ms Ruiz", "Sir Alan"
(and "The firm", which names nobody).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.cli import cli
from claims.errors import SpeakerError
from claims.ingest import ingest
from claims.link import assign, queue
from claims.store import connect
from datasette_auth_passwords.utils import hash_password
from test_datasette import PASSWORD, make_datasette

TALKS_URL = "https://paper.example/talks"
ARTICLES = [
    {"id": "budget", "url": "https://paper.example/budget", "outlet": "The Paper", "published": "2026-03-02",
     "title": "Budget row", "text": "Chancellor Gordon Brown defended the budget on Monday. "
                                    "\"The numbers add up,\" Gordon Brown said."},
    {"id": "consultants", "url": "https://other.example/consultants", "outlet": "The Other",
     "published": "2026-03-03", "title": "Consultants warn",
     "text": "Alan Brown, a consultant at Deloitte, said the plan was risky. \"It will cost jobs,\" Alan Brown said."},
    {"id": "council", "url": "https://other.example/council", "outlet": "The Other", "published": "2026-03-04",
     "title": "Council vote", "text": "Mayor Ana Ruiz said the council would vote on Friday. \"We are ready,\" "
                                      "Ana Ruiz said. Luis Ruiz, a farmer, said the vote came too late."},
]
TALKS = {"id": "talks", "url": TALKS_URL, "outlet": "The Paper", "published": "2026-03-05", "title": "Talks fail",
         "text": "The talks ended without a deal on Thursday. \"We will try again next week,\" Mr Brown said. "
                 "Mr Brown said 300 jobs would go. \"It was a long night,\" Ms Ruiz said. "
                 "The firm said it would appeal. \"Nothing is settled,\" Sir Alan said."}
# The same article corrected: one more sentence, same url. Ingesting it replaces its quotes and claims.
TALKS_CORRECTED = {**TALKS, "text": TALKS["text"] + " The unions said they would strike."}


def write_corpus(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def build_queue_database(directory: Path) -> Path:
    """A claims database ingested from ARTICLES and TALKS (used by the browser test too)."""
    db = directory / "claims.db"
    summary = ingest([str(write_corpus(directory / "news.jsonl", [*ARTICLES, TALKS]))], str(db))
    assert summary.articles == 4 and not summary.errors, summary.line()
    return db


@pytest.fixture
def queue_db(tmp_path) -> Path:
    return build_queue_database(tmp_path)


def read(db: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def speaker_id(db: Path, name: str) -> int:
    return read(db, "SELECT id FROM speakers WHERE name = ?", (name,))[0][0]


def talks_speakers(db: Path) -> dict[str, set]:
    """speaker_text -> the speaker ids of its quotes in the Talks article."""
    out: dict[str, set] = {}
    for mention, sid in read(db, "SELECT q.speaker_text, q.speaker_id FROM quotes q JOIN articles a "
                                 "ON a.id = q.article_id WHERE a.url = ?", (TALKS_URL,)):
        out.setdefault(mention, set()).add(sid)
    return out


def the_queue(db: Path, **kwargs) -> list[queue.Mention]:
    engine = connect(db)
    try:
        with engine.begin() as conn:
            return queue.review_queue(conn, **kwargs)
    finally:
        engine.dispose()


def decide(db: Path, mention: str, name: str | None, **kwargs) -> assign.Decided:
    engine = connect(db)
    try:
        with engine.begin() as conn:
            [article_id] = [r[0] for r in conn.exec_driver_sql("SELECT id FROM articles WHERE url = ?", (TALKS_URL,))]
            return assign.decide(conn, article_id, mention, speaker_id(db, name) if name else None, **kwargs)
    finally:
        engine.dispose()


# --- the queue -----------------------------------------------------------------------------------

@pytest.mark.parametrize("mention, key, given, gender", [
    ("Mr Brown", "brovn", None, "m"),  # the key folds spellings: w -> v (claims.link.names)
    ("Ms. Ruiz", "ruiz", None, "f"),
    ("Ruiz", "ruiz", None, None),
    ("Sir Alan", "alan", "alan", "m"),
    ("Dame Judi", "yudy", "yudy", "f"),
    ("Mr Kilroy-Silk", "kilroy silk", None, "m"),
    ("The consultant, Mr Brown,", "brovn", None, "m"),
    ("Mr Brown, the chancellor,", "brovn", None, "m"),
])
def test_surname_and_honorific_forms_are_looked_up(mention, key, given, gender):
    assert queue.lookup(mention) == queue.Lookup(key, given, gender)


@pytest.mark.parametrize("mention", ["he", "She", "the firm", "The firm", "analysts", "Ana Ruiz", "the chancellor",
                                     "Chancellor", ""])
def test_pronouns_descriptions_and_full_names_are_not_queued(mention):
    assert queue.lookup(mention) is None


def test_the_queue_lists_mentions_with_candidates_and_evidence(queue_db):
    items = the_queue(queue_db)
    # Most quotes first; "The firm" names nobody; every item has at least one candidate.
    assert [(i.mention, len(i.quotes)) for i in items] == [("Mr Brown", 2), ("Ms Ruiz", 1), ("Sir Alan", 1)]
    brown, ruiz, alan = items
    assert (brown.title, brown.outlet, brown.published, brown.article) == (
        "Talks fail", "The Paper", "2026-03-05", "url:" + TALKS_URL)
    assert brown.id == brown.quotes[0]["id"]
    assert {q["text"] for q in brown.quotes} == {"\"We will try again next week,\"", "300 jobs would go"}
    gordon, alan_brown = brown.candidates  # the one with more evidence first
    assert (gordon.name, gordon.roles, gordon.quotes, gordon.first, gordon.outlets) == (
        "Gordon Brown", ["Chancellor"], 2, "2026-03-02", ["The Paper"])
    assert "also quoted in The Paper" in gordon.evidence_for
    assert alan_brown.name == "Alan Brown" and alan_brown.outlets == ["The Other"]
    assert not any("The Paper" in e for e in alan_brown.evidence_for)
    # "Ms Ruiz" could be either Ruiz, but the honorific speaks against Luis.
    assert [c.name for c in ruiz.candidates] == ["Ana Ruiz", "Luis Ruiz"]
    assert any("honorific agrees" in e for e in ruiz.candidates[0].evidence_for)
    assert any("says a woman" in e for e in ruiz.candidates[1].evidence_against)
    # "Sir Alan": the known people of that given name.
    assert [c.name for c in alan.candidates] == ["Alan Brown"]


def test_co_quoted_people_roles_and_dates_are_evidence(tmp_path):
    """Gordon Brown was quoted beside Ana Ruiz six years ago; the article quotes her too, and
    calls "Mr Brown" a consultant, as Alan Brown is called: evidence both ways, so the linker
    left it to a person, and the queue shows why."""
    before = {"id": "x", "url": "https://paper.example/x", "outlet": "The Ledger", "published": "2020-01-01",
              "title": "Old", "text": "Gordon Brown, the chancellor, said the fund was safe. "
                                      "Ana Ruiz, the mayor, said the fund was late."}
    later = {"id": "y", "url": "https://paper.example/y", "outlet": "The Ledger", "published": "2026-03-09",
             "title": "New", "text": "Ana Ruiz, the mayor, said the fund was late again. "
                                     "The consultant, Mr Brown, said the fund would be paid."}
    db = tmp_path / "claims.db"
    ingest([str(write_corpus(tmp_path / "n.jsonl", [ARTICLES[1], before, later]))], str(db))
    [item] = the_queue(db)
    assert item.mention == "The consultant, Mr Brown,"  # as written; looked up by its name part
    alan, gordon = item.candidates
    assert alan.name == "Alan Brown" and any(e.startswith("similar role") for e in alan.evidence_for)
    assert gordon.name == "Gordon Brown" and gordon.co_quoted == ["Ana Ruiz"]
    assert "quoted beside Ana Ruiz in other articles too" in gordon.evidence_for
    assert "also quoted in The Ledger" in gordon.evidence_for
    assert "other role: here The consultant, elsewhere chancellor" in gordon.evidence_against
    assert "quoted 2020-01-01, 6 year(s) from this article" in gordon.evidence_against


# --- deciding --------------------------------------------------------------------------------------

def test_picking_a_candidate_sets_the_speaker_and_records_the_decision(queue_db):
    done = decide(queue_db, "Mr Brown", "Gordon Brown", who="ana", why="the chancellor, from the context")
    gordon = speaker_id(queue_db, "Gordon Brown")
    assert (done.speaker_id, done.quotes, done.claims) == (gordon, 2, 1)
    assert talks_speakers(queue_db)["Mr Brown"] == {gordon}
    assert read(queue_db, "SELECT claimant_id FROM claims WHERE claimant_text = 'Mr Brown'") == [(gordon,)]
    assert read(queue_db, "SELECT action, speaker_id, speaker_name, article, mention, who, why FROM "
                          "speaker_decisions") == [
        ("assign", gordon, "Gordon Brown", "url:" + TALKS_URL, "Mr Brown", "ana", "the chancellor, from the context")]
    assert [i.mention for i in the_queue(queue_db)] == ["Ms Ruiz", "Sir Alan"]
    conn = sqlite3.connect(queue_db)
    assert assign.decided_speaker(conn, "url:" + TALKS_URL, "Mr Brown") == gordon
    assert assign.decided_speaker(conn, "url:" + TALKS_URL, "Ms Ruiz") is None


def test_someone_else_leaves_the_queue_and_no_speaker(queue_db):
    done = decide(queue_db, "Ms Ruiz", None, who="ana")
    assert done.speaker_id is None
    assert talks_speakers(queue_db)["Ms Ruiz"] == {None}
    [(action, value)] = read(queue_db, "SELECT action, value FROM speaker_decisions")
    assert action == "not-these" and "Ana Ruiz" in value and "Luis Ruiz" in value
    assert [i.mention for i in the_queue(queue_db)] == ["Mr Brown", "Sir Alan"]
    assert assign.decided_speaker(sqlite3.connect(queue_db), "url:" + TALKS_URL, "Ms Ruiz") == assign.NOBODY


def test_a_pick_must_be_a_candidate_and_is_taken_once(queue_db):
    with pytest.raises(SpeakerError, match="not a candidate"):
        decide(queue_db, "Sir Alan", "Gordon Brown")
    with pytest.raises(SpeakerError, match="not waiting"):
        decide(queue_db, "The firm", None)
    decide(queue_db, "Sir Alan", "Alan Brown")
    with pytest.raises(SpeakerError, match="not waiting"):
        decide(queue_db, "Sir Alan", None)
    assert read(queue_db, "SELECT count(*) FROM speaker_decisions") == [(1,)]


def test_decisions_survive_reingesting_a_corrected_article(queue_db, tmp_path):
    decide(queue_db, "Mr Brown", "Alan Brown")
    decide(queue_db, "Ms Ruiz", None)
    alan = speaker_id(queue_db, "Alan Brown")
    # The corrected article, through the real command: its quotes and claims are replaced.
    corrected = write_corpus(tmp_path / "corrected.jsonl", [TALKS_CORRECTED])
    result = CliRunner().invoke(cli, ["ingest", str(corrected), "--db", str(queue_db), "-w", "1"])
    assert result.exit_code == 0 and "1 replaced" in result.output, result.output
    assert "2 quotes kept their reviewed speaker" in result.output  # the ingest put the decisions back
    assert "The unions" in talks_speakers(queue_db)  # the new version's quotes
    engine = connect(queue_db)
    assert talks_speakers(queue_db)["Mr Brown"] == {alan}
    assert talks_speakers(queue_db)["Ms Ruiz"] == {None}
    assert read(queue_db, "SELECT claimant_id FROM claims WHERE claimant_text = 'Mr Brown'") == [(alan,)]
    with engine.begin() as conn:  # idempotent
        again = assign.reapply(conn)
    engine.dispose()
    assert (again.decisions, again.quotes, again.claims) == (2, 0, 0)
    assert [i.mention for i in the_queue(queue_db)] == ["Sir Alan"]


def test_a_decision_follows_its_speaker_through_a_merge(queue_db):
    from claims.link import manual

    decide(queue_db, "Ms Ruiz", "Ana Ruiz")
    engine = connect(queue_db)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO speakers (name, kind) VALUES ('Ana María Ruiz', 'person')")
        kept = manual.merge(conn, "Ana María Ruiz", "Ana Ruiz", who="ana").id
        conn.exec_driver_sql("UPDATE quotes SET speaker_id = NULL WHERE speaker_text = 'Ms Ruiz'")
        assert assign.decided_speaker(conn, "url:" + TALKS_URL, "Ms Ruiz") == kept
        assert assign.reapply(conn).quotes == 1
    engine.dispose()
    assert talks_speakers(queue_db)["Ms Ruiz"] == {kept}


def test_older_databases_get_the_decision_columns(queue_db):
    conn = sqlite3.connect(queue_db)
    with conn:
        conn.execute("DROP INDEX ix_speaker_decisions_article_mention")
        conn.execute("ALTER TABLE speaker_decisions DROP COLUMN article")
        conn.execute("ALTER TABLE speaker_decisions DROP COLUMN mention")
        conn.execute("DELETE FROM _migrations WHERE name = 'm007_review_decisions'")
    conn.close()
    connect(queue_db).dispose()
    columns = {r[1] for r in read(queue_db, "PRAGMA table_info(speaker_decisions)")}
    assert {"article", "mention"} <= columns
    assert [i.mention for i in the_queue(queue_db)] == ["Mr Brown", "Ms Ruiz", "Sir Alan"]


# --- claims speakers review ------------------------------------------------------------------------

def run(*args, input=None):
    result = CliRunner().invoke(cli, ["speakers", "review", *map(str, args)], input=input)
    return result.exit_code, result.output


def test_review_command_lists_the_queue(queue_db):
    code, out = run("--db", queue_db, "--list")
    assert code == 0, out
    assert "'Mr Brown': 2 quote(s) in “Talks fail” (The Paper, 2026-03-05" in out
    assert "1. Gordon Brown (speaker 1, Chancellor): 2 quotes" in out
    assert "+ also quoted in The Paper" in out and "- the honorific says a woman" in out
    assert "The firm" not in out
    code, out = run("--db", queue_db, "--list", "--limit", "1")
    assert "Mr Brown" in out and "Ms Ruiz" not in out


def test_review_command_asks_item_by_item(queue_db):
    # Mr Brown: a wrong answer is asked again, then 2 (Alan Brown); Ms Ruiz: skipped; Sir Alan: quit.
    code, out = run("--db", queue_db, "--who", "ana", input="7\n2\ns\nq\n")
    assert code == 0, out
    assert "'Mr Brown' in article 4 is Alan Brown (2): 2 quotes, 1 claims" in out
    assert talks_speakers(queue_db)["Mr Brown"] == {speaker_id(queue_db, "Alan Brown")}
    assert read(queue_db, "SELECT action, mention, who FROM speaker_decisions") == [("assign", "Mr Brown", "ana")]
    code, out = run("--db", queue_db, input="n\nq\n")  # Ms Ruiz: someone else
    assert "'Ms Ruiz' in article 4 is someone else" in out
    assert [i.mention for i in the_queue(queue_db)] == ["Sir Alan"]


def test_review_command_picks_without_asking(queue_db):
    brown, ruiz, alan = the_queue(queue_db)
    code, out = run("--db", queue_db, "--pick", brown.id, brown.candidates[0].speaker_id, "--why", "context")
    assert code == 0 and "is Gordon Brown" in out, out
    code, out = run("--db", queue_db, "--pick", ruiz.id, "n")
    assert code == 0 and "is someone else" in out, out
    for args, message in (([brown.id, 1], "no queue item"), ([999, 1], "no queue item"),
                          (["x", 1], "no queue item"), ([alan.id, "who"], "speaker id or n"),
                          ([alan.id, 1], "not a candidate")):
        code, out = run("--db", queue_db, "--pick", *args)
        assert code == 1 and message in out, (args, out)
    code, out = run("--db", queue_db.parent / "missing.db", "--list")
    assert code == 1 and "does not exist" in out


# --- the page for fact-checkers ----------------------------------------------------------------------

@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def ds(queue_db, monkeypatch):
    from claims.web import signin

    monkeypatch.setenv("CLAIMS_FACTCHECKER_HASH", hash_password(PASSWORD, iterations=1000))
    signin._failures.clear()
    datasette = make_datasette(queue_db)
    await datasette.invoke_startup()
    return datasette


async def signed_in(ds) -> dict:
    response = await ds.client.post("/-/login", data={"username": "factchecker", "password": PASSWORD, "next": "/"})
    return {"ds_actor": response.cookies["ds_actor"]}


def form(article_id: int, mention: str, speaker) -> dict:
    return {"article_id": str(article_id), "mention": mention, "speaker": str(speaker)}


@pytest.mark.anyio
async def test_anonymous_visitors_get_the_sign_in_prompt_and_decide_nothing(ds, queue_db):
    page = await ds.client.get("/claims/-/speakers/review")
    assert page.status_code == 403 and "Sign in as a fact-checker" in page.text and "Gordon Brown" not in page.text
    response = await ds.client.post("/claims/-/speakers/review", data=form(4, "Mr Brown", 1))
    assert response.status_code == 403
    assert read(queue_db, "SELECT count(*) FROM speaker_decisions") == [(0,)]
    assert "Speakers to review" not in (await ds.client.get("/")).text


@pytest.mark.anyio
async def test_fact_checker_picks_a_candidate_on_the_page(ds, queue_db):
    cookies = await signed_in(ds)
    assert 'href="/claims/-/speakers/review">Speakers to review' in (await ds.client.get("/", cookies=cookies)).text
    page = await ds.client.get("/claims/-/speakers/review", cookies=cookies)
    assert page.status_code == 200
    for text in ("“Mr Brown”", "Talks fail", "The Paper", "This is Gordon Brown", "This is Alan Brown",
                 "+ also quoted in The Paper", "Someone else", "“Sir Alan”"):
        assert text in page.text, text
    assert "The firm" not in page.text
    gordon = speaker_id(queue_db, "Gordon Brown")
    response = await ds.client.post("/claims/-/speakers/review", cookies=cookies,
                                    data={**form(4, "Mr Brown", gordon), "why": "the chancellor"})
    assert response.status_code == 303 and response.headers["location"] == "/claims/-/speakers/review"
    assert talks_speakers(queue_db)["Mr Brown"] == {gordon}
    assert read(queue_db, "SELECT action, mention, who, why FROM speaker_decisions") == [
        ("assign", "Mr Brown", "factchecker", "the chancellor")]
    response = await ds.client.post("/claims/-/speakers/review", cookies=cookies, data=form(4, "Ms Ruiz", "none"))
    assert response.status_code == 303
    page = await ds.client.get("/claims/-/speakers/review", cookies=cookies)
    assert "“Mr Brown”" not in page.text and "“Ms Ruiz”" not in page.text and "“Sir Alan”" in page.text


@pytest.mark.anyio
async def test_bad_and_cross_site_posts_are_refused(ds, queue_db):
    cookies = await signed_in(ds)
    # A stale or forged choice: a message, nothing recorded.
    response = await ds.client.post("/claims/-/speakers/review", cookies=cookies, data=form(4, "Mr Brown", 3))
    assert response.status_code == 303 and "ds_messages" in response.cookies
    response = await ds.client.post("/claims/-/speakers/review", cookies=cookies, data=form(4, "Mr Brown", "x"))
    assert response.status_code == 400
    # Datasette's cross-origin protection: a form on another site cannot decide for a fact-checker.
    response = await ds.client.post("/claims/-/speakers/review", cookies=cookies, data=form(4, "Mr Brown", 1),
                                    headers={"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"})
    assert response.status_code == 403
    assert read(queue_db, "SELECT count(*) FROM speaker_decisions") == [(0,)]
