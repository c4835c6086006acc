"""Issue 16, point 3: results a reader can read.

On an archive of 200 generated articles ingested by `claims ingest` (tests/conftest.py,
archive_rows): the quote or sentence comes first, then who and when; a figure reads "$2.7
billion", not 2700000000.0 (JSON and CSV keep the number); columns empty on the page are left
out; the column glossary of a table is folded away; facets count "The Test Wire" and "the test
wire" as one outlet; and the summit's "communiqu&#233;" is stored and shown as "communiqué".
The Datasette test client checks the pages; real Chromium shows them (tests/artifacts/16-3-*.png).
"""

from __future__ import annotations

import re
import sqlite3

import pytest

from test_datasette import html_of, make_datasette
from test_browser import browser, playwright_api, serve, shot, visitor  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="module")
async def ds(dated_archive, anyio_backend):
    datasette = make_datasette(dated_archive)
    await datasette.invoke_startup()
    return datasette


def headings(html: str) -> list[str]:
    """The column headings of the page's result table, in order."""
    table = html[html.index('<table class="rows-and-columns'):]
    return re.findall(r'<th class="col-[^"]*" scope="col"[^>]*>\s*(?:<a[^>]*>)?([^<&]+)', table)


@pytest.mark.anyio
async def test_figures_read_first_the_sentence_then_when_with_units(ds):
    html = await html_of(ds, "/dated/figures?q=repairs&min=&max=")
    columns = headings(html)
    assert columns[:2] == ["sentence", "published"], columns
    # Every claim has a value but none a range, a qualifier or a claimant: those columns are left out.
    assert {"lower", "upper", "qualifier", "claimant", "disputed_by"}.isdisjoint(columns)
    assert "value" in columns and "unit" in columns
    assert '<td class="col-value">$2.7 billion</td>' in html
    assert '<td class="col-value">100 homes</td>' in html
    assert "2700000000" not in html
    # The sentence links to the claim's page.
    assert re.search(r'<td class="col-sentence"><a class="claims-text-link" href="/dated/-/claim/\d+">The council', html)
    # JSON keeps the number as a number.
    data = (await ds.client.get("/dated/figures.json?q=repairs&min=&max=&_shape=objects")).json()
    assert {row["value"] for row in data["rows"] if row["unit"] == "USD"} == {2700000000.0}


@pytest.mark.anyio
async def test_quotes_read_first_the_quote_then_who_and_when(ds):
    html = await html_of(ds, "/dated/what_did_they_say?speaker=Kovalenko&q=")
    assert headings(html)[:3] == ["quote", "speaker", "said_on"]
    assert "speaker_id" not in headings(html)  # it only carries the link of the name


@pytest.mark.anyio
async def test_table_figures_have_units_and_the_glossary_is_folded(ds):
    html = await html_of(ds, "/dated/claims_view?unit=USD&_size=5")
    assert '<td class="col-value type-float">$2.7 billion</td>' in html
    glossary = html.index('<details class="claims-glossary">')
    assert html.count("column-descriptions") == 1 and html.index("column-descriptions") > glossary
    assert "<details class=\"claims-glossary\" open" not in html
    assert glossary < html.index('<table class="rows-and-columns')


@pytest.mark.anyio
async def test_facets_count_spellings_that_differ_in_case_as_one(ds, dated_archive):
    conn = sqlite3.connect(dated_archive)
    spellings = dict(conn.execute("SELECT outlet, count(*) FROM quotes_view GROUP BY outlet").fetchall())
    assert spellings["The Test Wire"] and spellings["the test wire"]  # the archive has both
    data = (await ds.client.get("/dated/quotes_view.json?_extra=facet_results&_size=0")).json()
    outlets = {f["value"]: f["count"] for f in data["facet_results"]["results"]["outlet"]["results"]}
    assert outlets == {"The Test Wire": spellings["The Test Wire"] + spellings["the test wire"],
                       "Valley Herald": spellings["Valley Herald"] + spellings.get("valley herald", 0)}
    # Choosing it keeps the rows of both spellings, and shows it chosen.
    [wire] = [f for f in data["facet_results"]["results"]["outlet"]["results"] if f["value"] == "The Test Wire"]
    chosen_url = wire["toggle_url"].split("http://localhost")[-1].replace(".json?", ".json?_extra=count&")
    assert "outlet__in=" in chosen_url
    chosen = (await ds.client.get(chosen_url)).json()
    assert chosen["count"] == outlets["The Test Wire"]
    facet = {f["value"]: f for f in chosen["facet_results"]["results"]["outlet"]["results"]}
    assert facet["The Test Wire"]["selected"] and list(facet) == ["The Test Wire"]


@pytest.mark.anyio
async def test_entities_are_decoded_in_what_readers_see(ds, dated_archive):
    conn = sqlite3.connect(dated_archive)
    assert conn.execute("SELECT count(*) FROM articles WHERE text LIKE '%&#233;%'").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM articles WHERE text LIKE '%communiqué%'").fetchone()[0] == 200
    html = await html_of(ds, "/dated/quotes_view?_search=communiqué&_size=5")
    assert "communiqué" in html and "&amp;#233;" not in html


def test_a_reader_sees_sentence_first_units_and_one_facet_per_outlet(dated_archive, visitor):
    """Point 3 in Chromium: the figures form and the quotes table as a reader sees them."""
    expect = playwright_api.expect
    page = visitor
    with serve(dated_archive) as url:
        page.goto(f"{url}/dated/figures")
        page.fill("input[name=q]", "repairs")
        page.locator("form.claims-form button[type=submit]").click()
        page.wait_for_load_state()
        table = page.locator("table.rows-and-columns")
        expect(table.locator("th").first).to_have_text("sentence")
        expect(table.locator("tbody tr").first.locator("td.col-value")).to_have_text(re.compile(r"\$2\.7 billion|\d+ homes"))
        expect(table).not_to_contain_text("2700000000")
        expect(table.locator("th", has_text="lower")).to_have_count(0)
        # The sentence is the widest column, and starts at the left edge of the table.
        sentence = table.locator("tbody tr td.col-sentence").first.bounding_box()
        assert sentence["width"] >= 300 and sentence["x"] < 40
        shot(page, "16-3-readable-figures")

        page.goto(f"{url}/dated/quotes_view")
        glossary = page.locator("details.claims-glossary")
        expect(glossary).to_be_visible()
        expect(glossary.locator("dl")).to_be_hidden()  # folded until asked for
        assert page.locator("table.rows-and-columns tbody tr").first.bounding_box()["y"] < 1300
        facet = page.locator(".facet-info[data-column=outlet] li")
        expect(facet).to_have_count(2)
        expect(page.locator(".facet-info[data-column=outlet]")).not_to_contain_text("the test wire")
        expect(page.locator("table.rows-and-columns")).to_contain_text("communiqué")
        # The quote first, then who said it and when, on the table pages too; each cell under its heading.
        headings = page.locator("table.rows-and-columns thead th")
        expect(headings.nth(0)).to_have_text("text")
        expect(headings.nth(1)).to_have_text("speaker")
        first_row = page.locator("table.rows-and-columns tbody tr").first.locator("td")
        assert first_row.nth(0).get_attribute("class").startswith("col-text")
        assert first_row.nth(1).get_attribute("class").startswith("col-speaker")
        shot(page, "16-3-readable-quotes-table")
        page.goto(f"{url}/dated/articles")  # other tables keep their own order
        expect(page.locator("table.rows-and-columns thead th").nth(0)).to_have_text("id")
        expect(page.locator("table.rows-and-columns thead th").nth(1)).to_have_text("url")
        glossary.locator("summary").click()
        expect(glossary.locator("dl")).to_be_visible()


@pytest.mark.parametrize("value, unit, written", [
    (2700000000.0, "USD", "$2.7 billion"), (1200.0, "people", "1,200 people"), (100.0, "home", "100 homes"),
    (1.0, "home", "1 home"), (12.5, "percent", "12.5%"), (3000000.0, "CHF", "3 million CHF"), (3000000.0, "INR", "₹3 million"),
    (80.0, "USD per barrel", "$80 per barrel"), (-2.0, "EUR", "−€2"), (250.0, "casualty", "250 casualties"),
    (7.25, None, "7.25"), (None, "USD", None), ("n/a", "USD", None)])
def test_a_figure_reads_as_news_writes_it(value, unit, written):
    from claims.web.cells import figure

    assert figure(value, unit) == written
