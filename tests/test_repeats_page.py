"""Repeats of checked claims in Datasette (issue 18): "Already checked" on a repeat's page,
"Repeated N times since" on a judged one's, the canned query, a verdict recorded in the browser's
form finding older repeats, and a fact-checker's dismissal; through Datasette's test client and
in Chromium (screenshot tests/artifacts/18-repeat-claim-page.png)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from claims.cli import cli
from datasette_auth_passwords.utils import hash_password
from test_browser import browser, playwright_api, serve, shot, visitor  # noqa: F401 (fixtures)
from test_datasette import PASSWORD, make_datasette
from test_repeats import JUDGED_ARTICLE, OLDER_ARTICLE, REPEAT_ARTICLE


def read(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def archive(folder, *, judged: bool = True):
    """Three articles on Varno's evictions: an older report, the minister's claim and a repeat of it
    (and, when `judged`, the minister's figure judged false before the repeat came in)."""
    db = folder / "claims.db"
    runner = CliRunner()
    first = folder / "first.jsonl"
    first.write_text(json.dumps(OLDER_ARTICLE) + "\n" + json.dumps(JUDGED_ARTICLE) + "\n")
    assert runner.invoke(cli, ["ingest", str(first), "--db", str(db), "-q", "--workers", "1"]).exit_code == 0
    [(claim_id,)] = read(db, "SELECT claims.id FROM claims JOIN articles ON articles.id = article_id "
                             "WHERE external_id = 'a1'")
    if judged:
        result = runner.invoke(cli, ["review", str(claim_id), "--db", str(db), "--verdict", "false"])
        assert result.exit_code == 0, result.output
        read(db, "UPDATE reviews SET reviewed_at = '2026-03-05T09:00:00+00:00'")
    second = folder / "second.jsonl"
    second.write_text(json.dumps(REPEAT_ARTICLE) + "\n")
    assert runner.invoke(cli, ["ingest", str(second), "--db", str(db), "-q", "--workers", "1"]).exit_code == 0
    return db, claim_id


def repeat_of(db, claim_id):
    [(repeat_id, item_id)] = read(db, "SELECT id, item_id FROM repeats WHERE judged_id = ? AND item_id = "
                                      "(SELECT max(id) FROM claims)", (claim_id,))
    return repeat_id, item_id


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def fact_checker_env(monkeypatch):
    monkeypatch.setenv("CLAIMS_FACTCHECKER_HASH", hash_password(PASSWORD, iterations=1000))


async def started(db):
    from claims.web import signin

    signin._failures.clear()
    datasette = make_datasette(db)
    await datasette.invoke_startup()
    return datasette


async def signed_in(datasette) -> dict:
    login = await datasette.client.post("/-/login", data={"username": "factchecker", "password": PASSWORD,
                                                          "next": "/"})
    return {"ds_actor": login.cookies["ds_actor"]}


@pytest.mark.anyio
async def test_a_repeat_says_already_checked_and_the_judged_claim_how_often_it_was_repeated(tmp_path,
                                                                                            fact_checker_env):
    db, claim_id = archive(tmp_path)
    _, item_id = repeat_of(db, claim_id)
    datasette = await started(db)
    page = (await datasette.client.get(f"/claims/-/claim/{item_id}")).text
    assert "Already checked:" in page and ">FALSE</span>\n    on 2026-03-05</strong>" in page
    assert f'<a href="/claims/-/claim/{claim_id}">the claim checked</a>;\n    same figure, same speaker, score 1.00' \
        in page
    assert "Not a repeat: dismiss" not in page  # visitors see no dismiss button
    judged = (await datasette.client.get(f"/claims/-/claim/{claim_id}")).text
    # The repeat of 2026-03-20 came after the claim of 2026-03-02; the older report before it.
    assert "Repeated 1 time since 2026-03-02</h2>" in judged and "and 1 time before" in judged
    assert f'<a href="/claims/-/claim/{item_id}">2026-03-20, The Courier</a>: Demir' in judged
    older = (await datasette.client.get("/claims/-/claim/1")).text
    assert "Already checked:" in older and "Repeated" not in older

    rows = (await datasette.client.get("/claims/repeats_of_checked_claims.json?_shape=objects")).json()["rows"]
    assert [(r["published"], r["outlet"], r["verdict"], r["claim_id"], r["checked_claim_id"], r["reason"])
            for r in rows] == [("2026-03-20", "The Courier", "false", item_id, claim_id, "same figure, same speaker"),
                               ("2026-01-15", "The Post", "false", 1, claim_id, "same figure")]
    assert rows[0]["in_all"] == 2 and rows[0]["next_page"] is None
    only = (await datasette.client.get("/claims/repeats_of_checked_claims.json?_shape=objects&outlet=the+post"
                                       "&verdict=False")).json()["rows"]
    assert [r["claim_id"] for r in only] == [1]
    html = (await datasette.client.get("/claims/repeats_of_checked_claims")).text
    assert "Repeats of checked claims" in html and f'href="/claims/-/claim/{claim_id}"' in html


@pytest.mark.anyio
async def test_a_verdict_recorded_in_the_form_finds_the_repeats_already_in_the_archive(tmp_path, fact_checker_env):
    db, claim_id = archive(tmp_path, judged=False)
    assert read(db, "SELECT count(*) FROM repeats") == [(0,)]
    datasette = await started(db)
    response = await datasette.client.post("/claims/-/review", cookies=await signed_in(datasette),
                                           data={"target": "claim", "id": str(claim_id), "verdict": "misleading"})
    assert response.status_code == 303
    assert read(db, "SELECT item_id, judged_id, reason FROM repeats ORDER BY item_id") == [
        (1, claim_id, "same figure"), (repeat_of(db, claim_id)[1], claim_id, "same figure, same speaker")]
    assert "Repeated 1 time since 2026-03-02" in (await datasette.client.get(f"/claims/-/claim/{claim_id}")).text


@pytest.mark.anyio
async def test_only_a_fact_checker_dismisses_a_match_and_it_is_not_shown_again(tmp_path, fact_checker_env):
    db, claim_id = archive(tmp_path)
    repeat_id, item_id = repeat_of(db, claim_id)
    datasette = await started(db)
    anonymous = await datasette.client.post("/claims/-/repeats/dismiss", data={"repeat_id": str(repeat_id)})
    assert anonymous.status_code == 403 and read(db, "SELECT count(*) FROM repeat_dismissals") == [(0,)]
    cookies = await signed_in(datasette)
    page = (await datasette.client.get(f"/claims/-/claim/{item_id}", cookies=cookies)).text
    assert f'<input type="hidden" name="repeat_id" value="{repeat_id}">' in page
    response = await datasette.client.post("/claims/-/repeats/dismiss", cookies=cookies,
                                           data={"repeat_id": str(repeat_id)})
    assert response.status_code == 303 and response.headers["location"] == f"/claims/-/claim/{item_id}#repeats"
    assert read(db, "SELECT item_id, judged_id, who FROM repeat_dismissals") == [(item_id, claim_id, "factchecker")]
    assert "Already checked" not in (await datasette.client.get(f"/claims/-/claim/{item_id}")).text
    gone = await datasette.client.post("/claims/-/repeats/dismiss", cookies=cookies, data={"repeat_id": str(repeat_id)})
    assert gone.status_code == 404
    # Another verdict on the judged claim looks over the archive again: the dismissed match stays away.
    await datasette.client.post("/claims/-/review", cookies=cookies,
                                data={"target": "claim", "id": str(claim_id), "verdict": "false"})
    assert read(db, "SELECT item_id FROM repeats") == [(1,)]


def test_a_repeat_claim_page_in_chromium(tmp_path, visitor):
    expect = playwright_api.expect
    db, claim_id = archive(tmp_path)
    _, item_id = repeat_of(db, claim_id)
    with serve(db) as url:
        visitor.goto(f"{url}/claims/-/claim/{item_id}")
        checked = visitor.locator(".claims-already-checked")
        expect(checked).to_contain_text("Already checked: FALSE on 2026-03-05")
        shot(visitor, "18-repeat-claim-page")
        checked.locator("a", has_text="the claim checked").click()
        visitor.wait_for_load_state()
        expect(visitor.locator("#repeats h2")).to_have_text("Repeated 1 time since 2026-03-02")
        shot(visitor, "18-judged-claim-page")
