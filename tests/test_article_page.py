"""Issue 16, point 5: a page to read an article, /DB/-/article/ID, and no server paths or hashes.

The article with its title, outlet, date, byline and source link, and its text with every quote
and figure highlighted and linked to its page. What the server knows of itself (the file an
article was read from, the hash it is stored under) is shown to nobody: not on the article page,
nor in the articles table, its rows, JSON, CSV, or a query of one's own. On generated archives
with and without dates (tests/conftest.py), through the Datasette test client and in Chromium
(tests/artifacts/16-5-*.png).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claims.web.article import Span, pieces
from test_datasette import make_datasette
from test_speaker_review import read
from test_browser import browser, playwright_api, serve, shot, visitor  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="module")
async def ds(dated_archive, undated_archive, anyio_backend):
    datasette = make_datasette(dated_archive, undated_archive)
    await datasette.invoke_startup()
    return datasette


def test_pieces_mark_figures_within_quotes_and_keep_paragraphs():
    text = "“We saved 1,200 homes,” she said.\n\nThe toll rose to 23."
    spans = [Span(0, 23, "quote", "/q/1", "Quote"), Span(10, 15, "figure", "/c/1", "Figure"),
             Span(52, 54, "figure", "/c/2", "Figure")]
    first, second = pieces(text, spans)
    assert [(p["text"], p["span"] and p["span"].href, p["in_quote"]) for p in first] == [
        ("“We saved ", "/q/1", True), ("1,200", "/c/1", True), (" homes,”", "/q/1", True), (" she said.", None, False)]
    assert [(p["text"], p["span"] and p["span"].href) for p in second] == [("The toll rose to ", None), ("23", "/c/2"),
                                                                          (".", None)]


@pytest.mark.anyio
async def test_the_article_page_shows_the_article_and_links_every_quote_and_figure(ds, dated_archive):
    [(article_id, title, url)] = read(dated_archive, "SELECT id, title, url FROM articles WHERE external_id = 'dated-10'")
    response = await ds.client.get(f"/dated/-/article/{article_id}")
    assert response.status_code == 200
    html = response.text
    assert f"<h1>{title}</h1>" in html and "Jo Reyes" in html and "2026-01-11" in html
    assert f'<a class="claims-source" href="{url}" rel="nofollow noopener">' in html
    quotes = {i for (i,) in read(dated_archive, "SELECT id FROM quotes WHERE article_id = ?", (article_id,))}
    figures = {i for (i,) in read(dated_archive, "SELECT id FROM claims WHERE article_id = ?", (article_id,))}
    assert len(quotes) >= 4 and len(figures) == 2
    assert {int(i) for i in re.findall(r'class="claims-quote" href="/dated/-/quote/(\d+)"', html)} == quotes
    assert {int(i) for i in re.findall(r'class="claims-figure[^"]*" href="/dated/-/claim/(\d+)"', html)} == figures
    assert 'title="Figure: $2.7 billion (repairs)">$2.7 billion</a>' in html
    assert "communiqué" in html
    # The text is the article's, paragraph by paragraph, with nothing added or lost.
    [(text,)] = read(dated_archive, "SELECT text FROM articles WHERE id = ?", (article_id,))
    shown = re.findall(r"<p>(.*?)</p>", html[html.index('class="claims-article-text"'):], re.S)
    assert [re.sub(r"<[^>]+>", "", p).replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")
            for p in shown] == [p for p in text.split("\n") if p.strip()]
    assert (await ds.client.get("/dated/-/article/999999")).status_code == 404


@pytest.mark.anyio
async def test_an_undated_article_says_so_and_quote_pages_lead_to_the_article(ds, undated_archive):
    html = (await ds.client.get("/undated/-/article/1")).text
    assert "no date given" in html
    [(quote_id,)] = read(undated_archive, "SELECT min(id) FROM quotes WHERE article_id = 1")
    quote = (await ds.client.get(f"/undated/-/quote/{quote_id}")).text
    assert 'href="/undated/-/article/1">read the article</a>' in quote
    listed = (await ds.client.get("/undated/quotes_view?_size=3")).text
    assert re.search(r'<a class="claims-article-link" href="/undated/-/article/\d+">', listed)


@pytest.mark.anyio
async def test_nobody_sees_server_paths_or_hashes(ds, dated_archive):
    [(article_id, source, digest)] = read(dated_archive, "SELECT id, source, content_hash FROM articles LIMIT 1")
    assert source and digest  # the archive has them; the web never shows them
    secrets = (source, digest, str(Path(source.split(":")[0]).parent))
    for path in (f"/dated/-/article/{article_id}", "/dated/articles", "/dated/articles.json", "/dated/articles.csv",
                 f"/dated/articles/{article_id}", f"/dated/articles/{article_id}.json",
                 "/dated/-/query.json?sql=select+source,+content_hash,+*+from+articles",
                 "/dated/-/query.json?sql=select+group_concat(source)+||+max(content_hash)+from+articles",
                 "/dated/articles?_search=Drevna"):
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        assert not [s for s in secrets if s in response.text], path
    table = (await ds.client.get("/dated/articles")).text
    assert ".rows-and-columns .col-content_hash, .rows-and-columns .col-source { display: none; }" in table


def test_a_reader_opens_an_article_from_a_quote(dated_archive, undated_archive, visitor):
    """Point 5 in Chromium: from a quote to its article, every quote and figure marked and linked."""
    expect = playwright_api.expect
    page = visitor
    [(quote_id,)] = read(dated_archive, "SELECT min(quotes.id) FROM quotes JOIN articles ON articles.id = article_id "
                                        "WHERE external_id = 'dated-10'")
    with serve(dated_archive, undated_archive) as url:
        page.goto(f"{url}/dated/-/quote/{quote_id}")
        page.locator("a", has_text="read the article").click()
        page.wait_for_load_state()
        expect(page.locator("h1")).to_have_text("Meridian approves repair budget (10)")
        meta = page.locator("article dl.claims-meta")
        for text in ("The Test Wire", "2026-01-11", "Jo Reyes", "https://wire.example/d/10"):
            expect(meta).to_contain_text(text)
        text = page.locator(".claims-article-text")
        expect(text.locator("a.claims-quote")).to_have_count(4)
        expect(text.locator("a.claims-figure")).to_have_count(2)
        expect(text).to_contain_text("The final communiqué of the summit")
        expect(page.locator("body")).not_to_contain_text("dated.jsonl")
        shot(page, "16-5-article-page")
        text.locator("a.claims-figure", has_text="$2.7 billion").click()
        page.wait_for_load_state()
        assert "/dated/-/claim/" in page.url
        expect(page.locator("mark")).to_have_text("$2.7 billion")

        page.goto(f"{url}/dated/articles")
        headings = page.locator("table.rows-and-columns th:visible").all_inner_texts()
        assert headings and not [h for h in headings if "source" in h or "content_hash" in h]
        expect(page.locator("body")).not_to_contain_text("dated.jsonl")
        shot(page, "16-5-articles-table")

        page.goto(f"{url}/undated/-/article/1")
        expect(page.locator("article dl.claims-meta")).to_contain_text("no date given")
        expect(page.locator(".claims-article-text a.claims-quote").first).to_be_visible()
        shot(page, "16-5-article-undated")


@pytest.mark.anyio
async def test_the_review_queue_still_names_an_article_by_its_hash(tmp_path, monkeypatch):
    """An article with neither url nor id is named by its hash in the speakers' queue: hidden from
    visitors' SQL, the hash must still reach the queue and the decision recorded from the page."""
    from claims.ingest import ingest
    from claims.web import signin
    from datasette_auth_passwords.utils import hash_password

    corpus = tmp_path / "news.jsonl"
    corpus.write_text("\n".join(json.dumps(row) for row in [
        {"title": "Port to reopen", "published": "2026-05-01", "outlet": "The Test Wire",
         "text": "Gordon Brown, the harbour master, said the port of Drevna would reopen in May."},
        {"title": "Cranes damaged", "published": "2026-05-02", "outlet": "The Test Wire",
         "text": "Mr Brown said the cranes at the harbour were badly damaged."}]) + "\n", encoding="utf-8")
    db = tmp_path / "claims.db"
    ingest([str(corpus)], str(db))
    [(article_id, digest)] = read(db, "SELECT articles.id, content_hash FROM articles JOIN quotes "
                                      "ON quotes.article_id = articles.id WHERE speaker_text = 'Mr Brown'")
    monkeypatch.setenv("CLAIMS_FACTCHECKER_HASH", hash_password("pw", iterations=1000))
    signin._failures.clear()
    datasette = make_datasette(db)
    await datasette.invoke_startup()
    login = await datasette.client.post("/-/login", data={"username": "factchecker", "password": "pw", "next": "/"})
    cookies = {"ds_actor": login.cookies["ds_actor"]}
    queue_page = (await datasette.client.get("/claims/-/speakers/review", cookies=cookies)).text
    assert "“Mr Brown”" in queue_page and "Cranes damaged" in queue_page
    assert "Articles quote “Mr Brown” (1 quote)" in (await datasette.client.get("/claims/-/speaker/1")).text
    response = await datasette.client.post("/claims/-/speakers/review", cookies=cookies, data={
        "article_id": str(article_id), "mention": "Mr Brown", "speaker": "none"})
    assert response.status_code == 303
    assert read(db, "SELECT action, article FROM speaker_decisions") == [("not-these", f"hash:{digest}")]
    assert "“Mr Brown”" not in (await datasette.client.get("/claims/-/speakers/review", cookies=cookies)).text
    assert "Who is who is not settled" not in (await datasette.client.get("/claims/-/speaker/1")).text
