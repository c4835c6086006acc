"""Verdicts: the library, the fact-checker sign-in and review form, what anonymous visitors may
not do, ClaimReview JSON-LD, `claims review` and `claims publish`."""

from __future__ import annotations

import base64
import json
import sqlite3
import time

import pytest
from click.testing import CliRunner

from claims.cli import cli
from claims.review import ReviewError, add_review, claimreview, reviews_for
from datasette_auth_passwords.utils import hash_password, verify_password
from test_datasette import PASSWORD, build_database, make_datasette

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def db_file(tmp_path):
    return build_database(tmp_path / "claims.db")


@pytest.fixture
def fact_checker_env(monkeypatch):
    # A cheap hash (few iterations) keeps the tests fast; the format is the production one.
    monkeypatch.setenv("CLAIMS_FACTCHECKER_HASH", hash_password(PASSWORD, iterations=1000))


@pytest.fixture
async def ds(db_file, fact_checker_env):
    from claims.web import signin

    signin._failures.clear()  # sign-in throttling is per process: each test starts afresh
    datasette = make_datasette(db_file)
    await datasette.invoke_startup()
    return datasette


def review_rows(db_file) -> list[tuple]:
    conn = sqlite3.connect(db_file)
    rows = conn.execute("SELECT claim_id, quote_id, verdict, note, url, reviewer FROM reviews ORDER BY id").fetchall()
    conn.close()
    return rows


# --- the library -------------------------------------------------------------------------------

def test_passwords():
    assert hash_password("s3cret").startswith("pbkdf2_sha256$480000$")
    hashed = hash_password("s3cret", iterations=1000)
    assert hashed.startswith("pbkdf2_sha256$1000$") and "s3cret" not in hashed
    assert verify_password("s3cret", hashed)
    assert not verify_password("s3cret!", hashed)
    assert not verify_password("s3cret", None) and not verify_password("s3cret", "garbage$x")


def test_add_review_and_reviews_for(db_file):
    conn = sqlite3.connect(db_file)
    review_id = add_review(conn, claim_id=1, verdict=" Misleading ", note="Counted twice", url="https://x.example/1",
                           reviewer="ana")
    conn.commit()
    [review] = reviews_for(conn, claim_id=1)
    assert review["id"] == review_id and review["verdict"] == "misleading" and review["reviewer"] == "ana"
    assert reviews_for(conn, quote_id=1) == []


@pytest.mark.parametrize("kwargs, message", [
    ({"claim_id": 1, "verdict": "pants on fire"}, "verdict must be one of"),
    ({"verdict": "false"}, "exactly one"),
    ({"claim_id": 1, "quote_id": 1, "verdict": "false"}, "exactly one"),
    ({"claim_id": 999, "verdict": "false"}, "no claim 999"),
    ({"quote_id": "x", "verdict": "false"}, "must be a number"),
    ({"claim_id": 1, "verdict": "false", "url": "javascript:alert(1)"}, "http"),
])
def test_add_review_refuses(db_file, kwargs, message):
    conn = sqlite3.connect(db_file)
    with pytest.raises(ReviewError, match=message):
        add_review(conn, **kwargs)
    assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_claimreview_json_ld(db_file):
    conn = sqlite3.connect(db_file)
    add_review(conn, claim_id=1, verdict="false", note="Shelters counted fewer than 500", url="https://x.example/1",
               reviewer="Ana Petrik")
    add_review(conn, quote_id=4, verdict="unproven")
    conn.commit()
    first, second = claimreview(conn)
    json.dumps(first)  # serialisable as it is
    assert first["@context"] == "https://schema.org" and first["@type"] == "ClaimReview"
    assert first["claimReviewed"].startswith("BRENOVA — Governor Ilona Varga said on Tuesday that more than 1,200")
    assert first["reviewRating"] == {"@type": "Rating", "alternateName": "False", "ratingValue": 1, "bestRating": 5,
                                     "worstRating": 1}
    assert first["author"] == {"@type": "Person", "name": "Ana Petrik"}
    assert first["url"] == "https://x.example/1" and first["reviewBody"] == "Shelters counted fewer than 500"
    item = first["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"] == {"@type": "Person", "name": "Ilona Varga"}
    assert item["appearance"]["url"] == "https://drevna-courier.example/2026/03/03/evacuation"
    assert item["appearance"]["publisher"] == {"@type": "Organization", "name": "The Drevna Courier"}
    assert item["datePublished"] == "2026-03-03"
    # A quote is a claim by its speaker; "unproven" has a name and no place on the scale.
    assert second["claimReviewed"] == "The governor’s number is simply not true"
    assert second["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}
    assert "url" not in second and "reviewBody" not in second


# --- in Datasette --------------------------------------------------------------------------------

ANONYMOUS_WRITES = [
    ("/claims/-/review", {"form": {"target": "claim", "id": "1", "verdict": "false"}}),
    ("/claims/reviews/-/insert", {"json": {"row": {"claim_id": 1, "verdict": "false", "reviewed_at": "x"}}}),
    ("/claims/reviews/-/upsert", {"json": {"rows": [{"id": 1, "verdict": "false", "reviewed_at": "x"}]}}),
    ("/claims/quotes/1/-/update", {"json": {"update": {"text": "rewritten"}}}),
    ("/claims/quotes/1/-/delete", {"json": {}}),
    ("/claims/quotes/-/drop", {"json": {"confirm": True}}),
    ("/claims/quotes/-/alter", {"json": {"alter": []}}),
    ("/claims/-/create", {"json": {"table": "mine", "columns": [{"name": "a"}]}}),
    ("/claims/-/execute-write", {"json": {"sql": "DELETE FROM quotes"}}),
    ("/claims/-/queries/store", {"json": {"name": "mine", "sql": "select 1"}}),
    ("/claims/what_did_they_say/-/update", {"json": {"sql": "select 1"}}),
    ("/claims/what_did_they_say/-/delete", {"json": {}}),
    ("/-/create-token", {"json": {}}),
]


async def post(ds, path, body, cookies=None):
    if "form" in body:
        return await ds.client.post(path, data=body["form"], cookies=cookies or {})
    return await ds.client.post(path, json=body["json"], cookies=cookies or {})


async def sign_in(ds, password=PASSWORD, next_path="/claims/-/claim/1"):
    return await ds.client.post("/-/login", data={"username": "factchecker", "password": password,
                                                  "next": next_path})


@pytest.mark.parametrize("path, body", ANONYMOUS_WRITES)
async def test_anonymous_visitors_write_nothing(ds, db_file, path, body):
    before = sqlite3.connect(db_file).execute("SELECT (SELECT count(*) FROM quotes), (SELECT count(*) FROM reviews)"
                                              ).fetchone()
    response = await post(ds, path, body)
    assert response.status_code == 403, response.text[:300]
    after = sqlite3.connect(db_file).execute("SELECT (SELECT count(*) FROM quotes), (SELECT count(*) FROM reviews)"
                                             ).fetchone()
    assert before == after


async def test_anonymous_visitors_read_everything_and_see_no_form(ds):
    for path in ("/claims/-/claim/1", "/claims/-/quote/1", "/claims/reviews", "/claims/what_did_they_say?speaker=Varga"):
        assert (await ds.client.get(path)).status_code == 200
    html = (await ds.client.get("/claims/-/claim/1")).text
    assert "Record verdict" not in html and "Sign in as a fact-checker" in html


async def test_the_password_hash_is_not_shown(ds):
    import os

    hashed = os.environ["CLAIMS_FACTCHECKER_HASH"]
    for path in ("/-/config.json", "/-/plugins.json", "/-/settings.json", "/-/login"):
        assert hashed.split("$")[-1] not in (await ds.client.get(path)).text, path


async def test_wrong_password_is_refused(ds):
    for password in ("wrong", ""):
        response = await sign_in(ds, password)
        assert response.status_code == 401 and "Invalid username or password" in response.text
        assert "ds_actor" not in response.cookies
    response = await ds.client.post("/-/login", data={"username": "someone", "password": PASSWORD})
    assert response.status_code == 401


async def test_repeated_wrong_passwords_are_throttled(ds):
    from claims.web import signin

    signin._failures.clear()
    try:
        for _ in range(signin.MAX_FAILURES):
            assert (await sign_in(ds, "guess")).status_code == 401
        # Even the right password is refused for a while after that.
        response = await sign_in(ds)
        assert response.status_code == 429 and "ds_actor" not in response.cookies
    finally:
        signin._failures.clear()


async def test_sign_in_redirects_only_on_this_site(ds):
    response = await sign_in(ds, next_path="https://evil.example/")
    assert response.status_code == 303 and response.headers["location"] == "/"
    response = await sign_in(ds, next_path="//evil.example/")
    assert response.headers["location"] == "/"


async def test_the_session_ends(ds):
    cookie = (await sign_in(ds)).cookies["ds_actor"]
    signed = ds.unsign(cookie, "actor")
    assert signed["a"]["id"] == "factchecker" and "e" in signed  # Datasette refuses it after the expiry


async def test_throttled_under_a_base_url_too(db_file, fact_checker_env):
    from claims.web import signin

    signin._failures.clear()
    datasette = make_datasette(db_file, settings={"base_url": "/news/"})
    try:
        for _ in range(signin.MAX_FAILURES):
            # The test client puts the base_url in front: this is /news/-/login.
            response = await datasette.client.post("/-/login", data={"username": "factchecker", "password": "x"})
            assert response.status_code == 401 and str(response.url).endswith("/news/-/login")
        response = await datasette.client.post("/-/login", data={"username": "factchecker", "password": PASSWORD})
        assert response.status_code == 429 and "ds_actor" not in response.cookies
    finally:
        signin._failures.clear()


def basic(credentials: str) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(credentials.encode()).decode()}


async def test_http_basic_credentials_sign_nobody_in(ds, db_file):
    # They would bypass the form's throttle and timing: fact-checkers sign in with the form only.
    assert (await ds.client.get("/-/actor.json", headers=basic(f"factchecker:{PASSWORD}"))).json()["actor"] is None
    response = await ds.client.post("/claims/-/review", headers=basic(f"factchecker:{PASSWORD}"),
                                    data={"target": "claim", "id": "1", "verdict": "false"})
    assert response.status_code == 403 and review_rows(db_file) == []
    for header in ({"Authorization": "Basic !!!not-base64"}, basic("fé:x")):
        assert (await ds.client.get("/", headers=header)).status_code == 200


async def test_the_password_tool_is_not_served(ds):
    # Anybody could make the server hash passwords at 0.3 s of CPU each.
    assert (await ds.client.get("/-/password-tool")).status_code == 404
    assert (await ds.client.post("/-/password-tool", data={"password": "x"})).status_code == 404


async def test_an_unknown_name_takes_as_long_as_a_wrong_password(db_file, monkeypatch):
    from claims.web import signin

    monkeypatch.setenv("CLAIMS_FACTCHECKER_HASH", hash_password(PASSWORD))  # the production cost
    datasette = make_datasette(db_file)
    signin._failures.clear()
    signin.dummy_hash()  # made once per process, not on the first unknown name

    async def seconds(username):
        start = time.perf_counter()
        response = await datasette.client.post("/-/login", data={"username": username, "password": "guess"})
        assert response.status_code == 401
        return time.perf_counter() - start

    try:
        known = min([await seconds("factchecker") for _ in range(3)])
        unknown = min([await seconds(f"nobody{n}") for n in range(3)])
    finally:
        signin._failures.clear()
    # Without the dummy check an unknown name answered some 30 times faster.
    assert unknown > known / 2, (known, unknown)


async def test_no_account_configured_means_no_sign_in(db_file, monkeypatch):
    monkeypatch.delenv("CLAIMS_FACTCHECKER_HASH", raising=False)
    datasette = make_datasette(db_file)
    assert "No fact-checker account is configured" in (await datasette.client.get("/-/login")).text
    response = await datasette.client.post("/-/login", data={"username": "factchecker", "password": ""})
    assert response.status_code == 401


async def test_fact_checker_records_a_verdict(ds, db_file):
    response = await sign_in(ds)
    assert response.status_code == 303 and response.headers["location"] == "/claims/-/claim/1"
    cookies = {"ds_actor": response.cookies["ds_actor"]}
    actor = (await ds.client.get("/-/actor.json", cookies=cookies)).json()["actor"]
    assert actor["id"] == "factchecker" and actor["roles"] == ["fact-checker"]
    page = await ds.client.get("/claims/-/claim/1", cookies=cookies)
    assert "Record verdict" in page.text
    response = await ds.client.post("/claims/-/review", cookies=cookies, data={
        "target": "claim", "id": "1", "verdict": "misleading", "note": "Shelters counted <b>fewer</b> than 500",
        "url": "https://factcheck.example/varga-1200"})
    assert response.status_code == 303 and response.headers["location"] == "/claims/-/claim/1#reviews"
    assert review_rows(db_file) == [(1, None, "misleading", "Shelters counted <b>fewer</b> than 500",
                                     "https://factcheck.example/varga-1200", "factchecker")]
    # It shows, escaped, to everybody.
    html = (await ds.client.get("/claims/-/claim/1")).text
    assert "misleading" in html and "Shelters counted &lt;b&gt;fewer&lt;/b&gt; than 500" in html
    assert 'href="https://factcheck.example/varga-1200"' in html
    # A quote too.
    response = await ds.client.post("/claims/-/review", cookies=cookies,
                                    data={"target": "quote", "id": "4", "verdict": "false"})
    assert response.status_code == 303
    assert review_rows(db_file)[-1][:3] == (None, 4, "false")


async def test_fact_checker_bad_review_is_refused_with_a_message(ds, db_file):
    cookies = {"ds_actor": (await sign_in(ds)).cookies["ds_actor"]}
    for data in ({"target": "claim", "id": "1", "verdict": "pants on fire"},
                 {"target": "claim", "id": "999", "verdict": "false"},
                 {"target": "claim", "id": "1", "verdict": "false", "url": "javascript:alert(1)"}):
        response = await ds.client.post("/claims/-/review", cookies=cookies, data=data)
        assert response.status_code == 303 and "ds_messages" in response.cookies
    assert (await ds.client.post("/claims/-/review", cookies=cookies, data={"target": "table"})).status_code == 400
    assert review_rows(db_file) == []


async def test_fact_checker_cannot_write_anything_else(ds, db_file):
    cookies = {"ds_actor": (await sign_in(ds)).cookies["ds_actor"]}
    for path, body in ANONYMOUS_WRITES[1:-1]:
        assert (await post(ds, path, body, cookies)).status_code == 403, path


async def test_forged_cookie_is_not_an_actor(ds):
    # A fact-checker cookie signed with another secret than the server's is ignored.
    forged = make_datasette(ds.files[0], secret="not the server's secret").sign(
        {"a": {"id": "factchecker", "roles": ["fact-checker"]}}, "actor")
    assert ds.unsign(ds.sign({"a": {"id": "x"}}, "actor"), "actor")  # the real one would do
    result = await ds.client.post("/claims/-/review", cookies={"ds_actor": forged},
                                  data={"target": "claim", "id": "1", "verdict": "false"})
    assert result.status_code == 403


# --- the command line ----------------------------------------------------------------------------

def test_claims_review_command(db_file):
    runner = CliRunner()
    result = runner.invoke(cli, ["review", "1", "--db", str(db_file), "--verdict", "mostly true", "--note", "close",
                                 "--url", "https://x.example/1", "--reviewer", "ana"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["review", "4", "--quote", "--db", str(db_file), "--verdict", "false"])
    assert result.exit_code == 0, result.output
    assert review_rows(db_file)[0] == (1, None, "mostly true", "close", "https://x.example/1", "ana")
    assert review_rows(db_file)[1][:3] == (None, 4, "false")
    for args in (["99", "--verdict", "false"], ["1", "--verdict", "wrong"], ["1", "--verdict", "false", "--url", "ftp://x"]):
        result = runner.invoke(cli, ["review", *args, "--db", str(db_file)])
        assert result.exit_code == 1 and "Error:" in result.output
    assert len(review_rows(db_file)) == 2


async def test_claims_publish_then_serve_immutable(db_file, tmp_path):
    result = CliRunner().invoke(cli, ["publish", "--db", str(db_file)])
    assert result.exit_code == 0, result.output
    assert "--immutable" in result.output and "--inspect-file" in result.output
    inspect_file = db_file.with_suffix(".inspect.json")
    inspect_data = json.loads(inspect_file.read_text())
    assert inspect_data["claims"]["tables"]["quotes"]["count"] == 6
    conn = sqlite3.connect(db_file)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    indexed = {row[0] for row in conn.execute("SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'index'")}
    assert any(name.startswith("reviews.idx_reviews_verdict") for name in indexed)
    conn.close()
    # Every facet and join column now leads an index, so publishing again adds none.
    from claims.web.publish import indexed_first_columns, wanted_indexes
    from test_datasette import CONFIG as config

    conn = sqlite3.connect(db_file)
    for table, columns in wanted_indexes(conn, config).items():
        assert set(columns) <= indexed_first_columns(conn, table), table
    conn.close()
    # Served immutable: everything reads, and the review form is gone even for a fact-checker.
    from test_datasette import CONFIG, METADATA

    datasette = type(make_datasette(db_file))([], immutables=[str(db_file)], inspect_data=inspect_data,
                                               config=json.loads(json.dumps(CONFIG)), metadata=METADATA)
    await datasette.invoke_startup()
    assert (await datasette.client.get("/claims/what_did_they_say.json?speaker=Varga&q=")).json()["ok"]
    assert (await datasette.client.get("/claims/-/quote/1")).status_code == 200
    assert (await datasette.client.get("/claims/search_quotes?q=Varga")).status_code == 200


def _ingest(path, db):
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db), "-w", "1"])
    assert result.exit_code == 0, result.output
    return result.output


def test_verdicts_follow_their_words_when_a_corrected_article_replaces_the_old(tmp_path):
    db = tmp_path / "claims.db"
    first = ('{"url": "https://news.example/port", "title": "Port strike", "text": "Dockers walked out on Monday. '
             'Union leader Ana Ruiz said 400 jobs were at risk. Port director Tom Hale said the port had lost '
             '2 million euros. \\"We will not give in,\\" Ms Ruiz said."}\n')
    # The correction drops the director's sentence and adds one at the end.
    second = first.replace("Port director Tom Hale said the port had lost 2 million euros. ", "").replace(
        'Ms Ruiz said."}', 'Ms Ruiz said. Talks resume on Friday, the union said."}')
    (tmp_path / "a.jsonl").write_text(first)
    (tmp_path / "b.jsonl").write_text(second)
    _ingest(tmp_path / "a.jsonl", db)
    conn = sqlite3.connect(db)
    rows = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
    [(jobs,)] = rows("SELECT id FROM claims WHERE number_text = '400'")
    [(euros,)] = rows("SELECT id FROM claims WHERE number_text LIKE '2 million%'")
    [(give_in,)] = rows("SELECT id FROM quotes WHERE text LIKE '%give in%'")
    [(lost,)] = rows("SELECT id FROM quotes WHERE text LIKE '%lost%'")
    for kwargs in ({"claim_id": jobs}, {"claim_id": euros}, {"quote_id": give_in}, {"quote_id": lost}):
        add_review(conn, verdict="true", **kwargs)
    conn.commit()

    assert "1 replaced" in _ingest(tmp_path / "b.jsonl", db)
    judged = rows("SELECT r.claim_id, c.number_text, r.quote_id, q.text FROM reviews r "
                  "LEFT JOIN claims c ON c.id = r.claim_id LEFT JOIN quotes q ON q.id = r.quote_id ORDER BY r.id")
    # The same figure and the same quotation keep their verdicts on their new rows...
    assert judged[0][1] == "400" and judged[2][3] == '"We will not give in,"'
    # ...and the verdicts on words the correction removed point at no row at all, never another one.
    assert judged[1][1] is None and judged[3][3] is None
    assert (judged[1][0], judged[3][2]) == (euros, lost)
    assert rows(f"SELECT count(*) FROM claims WHERE id = {euros}") == [(0,)]
    assert rows(f"SELECT count(*) FROM quotes WHERE id = {lost}") == [(0,)]
    conn.close()
