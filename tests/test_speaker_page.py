"""Issue 16, point 6: a speaker page a journalist can cite from.

Each quote with the title of its article (linked to the article page), the outlet, the date and
its kind, between one pair of quotation marks; the roles the articles gave over time; every
spelling; and, where articles quote "Mr Brown" without saying which Brown, a link to the review
queue of speakers. On generated archives with and without dates (tests/conftest.py), through the
Datasette test client and in Chromium (tests/artifacts/16-6-*.png).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from claims.web.speaker import bare_quote
from test_datasette import make_datasette
from test_article_page import anyio_backend, ds  # noqa: F401 (fixtures: a Datasette on both archives)
from test_browser import browser, playwright_api, serve, shot, visitor  # noqa: F401 (fixtures)


def speaker_id(db: Path, name: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()[0]
    finally:
        conn.close()


def test_a_direct_quote_is_shown_between_one_pair_of_marks():
    assert bare_quote("“We will rebuild every bridge,”") == "We will rebuild every bridge"
    assert bare_quote('"Not true."') == "Not true."
    assert bare_quote("We will rebuild") == "We will rebuild"
    assert bare_quote("“") == "“"  # nothing but a mark: kept as it is


@pytest.mark.anyio
async def test_each_quote_names_its_article_outlet_date_and_kind(ds, dated_archive):
    mayor = speaker_id(dated_archive, "Marta Kovalenko")
    html = (await ds.client.get(f"/dated/-/speaker/{mayor}")).text
    items = re.findall(r"<li>\s*<p class=\"claims-words\">(.*?)</p>\s*<p class=\"claims-cite\">(.*?)</p>", html, re.S)
    assert len(items) == 50
    conn = sqlite3.connect(dated_archive)
    titles = dict(conn.execute("SELECT id, title FROM articles"))
    for words, cite in items:
        assert words.startswith("“We will rebuild every bridge in ") and words.endswith(" before winter”"), words
        assert "““" not in words and "””" not in words and ",”" not in words
        article_id, title = re.search(r'href="/dated/-/article/(\d+)">([^<]+)</a>', cite).groups()
        assert titles[int(article_id)] == title
        assert re.search(r'<span class="claims-outlet">(The Test Wire|Valley Herald|the test wire|valley herald)</span>',
                         cite)
        assert re.search(r'<span class="claims-date">2026-\d\d-\d\d</span>', cite)
        assert '<span class="claims-kind">direct quote</span>' in cite
    assert "Who is who is not settled" not in html  # nobody else could be her


@pytest.mark.anyio
async def test_roles_over_time_in_the_order_they_were_given(ds, dated_archive, undated_archive):
    mayor = speaker_id(dated_archive, "Marta Kovalenko")
    html = (await ds.client.get(f"/dated/-/speaker/{mayor}")).text
    table = html[html.index('<table class="claims-roles">'):html.index("</table>")]
    rows = re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td><td>([^<]+)</td><td>(\d+)</td></tr>", table)
    assert [(role, quotes) for role, _, _, quotes in rows] == [("Mayor", "100"), ("Governor", "100")]
    (_, _, mayor_last, _), (_, governor_first, _, _) = rows
    assert mayor_last <= governor_first
    undated = (await ds.client.get(f"/undated/-/speaker/{speaker_id(undated_archive, 'Marta Kovalenko')}")).text
    assert "<td>Mayor</td><td>undated</td><td>undated</td><td>50</td>" in undated


@pytest.mark.anyio
async def test_an_uncertain_person_links_to_the_review_queue(ds, dated_archive):
    brown = speaker_id(dated_archive, "Gordon Brown")
    html = (await ds.client.get(f"/dated/-/speaker/{brown}")).text
    assert "Articles quote “Mr Brown” (20 quotes) without saying whether it is Gordon Brown" in html
    assert '<a class="claims-review-link" href="/dated/-/speakers/review">review queue of speakers</a>' in html
    assert "Gordon Brown" in html.split("Also written")[1]


@pytest.mark.anyio
async def test_a_mention_decided_is_no_longer_uncertain(dated_archive, tmp_path):
    """Once a fact-checker says an article's "Mr Brown" is someone else, the page counts it no more."""
    import shutil

    from claims.link import assign

    db = tmp_path / "decided.db"
    shutil.copy(dated_archive, db)
    conn = sqlite3.connect(db)
    [(article_id,)] = conn.execute("SELECT article_id FROM quotes WHERE speaker_text = 'Mr Brown' LIMIT 1")
    with conn:
        assign.decide(conn, article_id, "Mr Brown", None, who="test", why="a different Brown")
    conn.close()
    datasette = make_datasette(db)
    await datasette.invoke_startup()
    html = (await datasette.client.get(f"/decided/-/speaker/{speaker_id(db, 'Gordon Brown')}")).text
    assert "Articles quote “Mr Brown” (19 quotes)" in html


def test_a_journalist_cites_a_speaker(dated_archive, undated_archive, visitor):
    """Point 6 in Chromium: the speaker page, from a quote to its article, and to the review queue."""
    expect = playwright_api.expect
    page = visitor
    with serve(dated_archive, undated_archive) as url:
        page.goto(f"{url}/dated")
        page.locator("section.claims-overview a", has_text="Marta Kovalenko").click()
        page.wait_for_load_state()
        expect(page.locator("h1")).to_have_text("Marta Kovalenko")
        expect(page.locator("table.claims-roles tbody tr")).to_have_count(2)
        expect(page.locator("table.claims-roles tbody tr").first).to_contain_text("Mayor")
        first = page.locator("ul.claims-citable li").first
        expect(first.locator(".claims-words")).to_have_text(re.compile(r"^“We will rebuild every bridge in \w+ before winter”$"))
        expect(first.locator(".claims-kind")).to_have_text("direct quote")
        expect(page.locator("ul.claims-citable")).not_to_contain_text("““")
        shot(page, "16-6-speaker-page")
        title = first.locator("a.claims-article-link").inner_text()
        first.locator("a.claims-article-link").click()
        page.wait_for_load_state()
        expect(page.locator("h1")).to_have_text(title)

        page.goto(f"{url}/dated/-/speaker/{speaker_id(dated_archive, 'Gordon Brown')}")
        expect(page.locator(".claims-uncertain")).to_contain_text("“Mr Brown” (20 quotes)")
        shot(page, "16-6-speaker-uncertain")
        page.locator("a.claims-review-link").click()
        page.wait_for_load_state()
        assert page.url.endswith("/dated/-/speakers/review")
        expect(page.locator("body")).to_contain_text("Sign in")  # the queue is for fact-checkers

        page.goto(f"{url}/undated/-/speaker/{speaker_id(undated_archive, 'Marta Kovalenko')}")
        expect(page.locator("table.claims-roles")).to_contain_text("undated")
        expect(page.locator("p.claims-undated")).to_be_visible()
        shot(page, "16-6-speaker-undated")
