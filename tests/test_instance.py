"""Issue 16, point 4: an archive that is not the demo is not served as if it were.

What the instance says about itself (title, description, source, licence) comes from `claims
serve` (--title, --source, --licence, --about FILE), never from the demo's words; no link points
to a database the instance does not have; an undated archive says that its dates are missing and
how to give them where a chart or an order by date would be. On generated archives with and
without dates (tests/conftest.py), through the Datasette test client and in Chromium
(tests/artifacts/16-4-*.png).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from datasette.app import Datasette

from claims.cli import cli
from test_browser import browser, playwright_api, serve, shot, visitor  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parent.parent
CONFIG = yaml.safe_load((ROOT / "datasette.yaml").read_text())
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())
ABOUT = {"title": "Valley news archive", "source": "The Valley Herald, 2026", "license": "All rights reserved"}
DEMO_WORDS = ("invented", "sample corpus", "CC BY")


@pytest.fixture(scope="module")
def anyio_backend():
    return "asyncio"


async def started(dbs: list[Path], about: dict | None = None) -> Datasette:
    """Datasette as `claims serve` starts it: the project's files, and `about` as --title etc. give it."""
    config = json.loads(json.dumps(CONFIG))
    if about:
        config["plugins"]["claims"]["about"] = about
    datasette = Datasette([str(db) for db in dbs], config=config, metadata=METADATA)
    await datasette.invoke_startup()
    return datasette


@pytest.mark.anyio
async def test_the_archive_describes_itself_as_served(dated_archive, undated_archive):
    ds = await started([dated_archive, undated_archive], ABOUT)
    for path in ("/", "/dated", "/undated/quotes_view", "/dated/articles", "/dated/what_did_they_say"):
        html = (await ds.client.get(path)).text
        if "what_did_they_say" not in path:  # (a query page's footer shows the query's own metadata)
            assert "The Valley Herald, 2026" in html and "All rights reserved" in html, path
        assert not [word for word in DEMO_WORDS if word in html], path
    assert "<title>Valley news archive: dated, undated</title>" in (await ds.client.get("/")).text


@pytest.mark.anyio
async def test_nothing_given_nothing_claimed(undated_archive):
    ds = await started([undated_archive])
    html = (await ds.client.get("/undated/quotes")).text
    assert "Data source: News articles read with claims ingest" in " ".join(html.split())
    assert "license" not in html.lower() and not [word for word in DEMO_WORDS if word in html]


@pytest.mark.anyio
async def test_no_link_leads_to_a_database_the_instance_does_not_have(undated_archive):
    """Every link of the pages a reader starts from stays on this instance's one database, and answers."""
    ds = await started([undated_archive])
    links = set()
    for page in ("/", "/undated", "/undated/quotes_view", "/undated/claims_view", "/undated/search_quotes",
                 "/undated/figure_over_time", "/undated/-/speaker/1", "/undated/-/figure"):
        html = (await ds.client.get(page)).text
        links |= {href.replace("&amp;", "&") for href in re.findall(r'href="(/[^"#]*)', html)}
    elsewhere = [href for href in links if href.strip("/").split("/")[0].split("?")[0] not in ("", "-", "undated")]
    assert not elsewhere
    pages = sorted(href for href in links if not href.startswith("/-/static"))
    assert len(pages) > 20
    missing = [href for href in pages if (await ds.client.get(href)).status_code == 404]
    assert not missing


@pytest.mark.anyio
async def test_an_undated_archive_says_its_dates_are_missing_and_how_to_give_them(undated_archive, dated_archive):
    ds = await started([dated_archive, undated_archive])
    database = (await ds.client.get("/undated")).text
    assert "Quotes per speaker over time" in database
    assert "cannot be shown: the articles of this archive have no dates" in database
    assert "claims ingest --published" in database and "claims-chart" not in database
    for table in ("articles", "quotes_view", "claims_view"):
        html = (await ds.client.get(f"/undated/{table}")).text
        assert "sorted by published" not in html and "sorted by id descending" in html, table
        assert "the articles of this archive have no dates" in html, table
    speaker = (await ds.client.get("/undated/-/speaker/1")).text
    assert "A timeline of these quotes cannot be shown" in speaker and "claims ingest --published" in speaker
    figure = (await ds.client.get("/undated/-/figure?object=homes")).text
    assert "A chart of these figures over time cannot be shown" in figure
    # The dated archive beside it keeps its charts and its order by date.
    dated = (await ds.client.get("/dated")).text
    assert "claims-chart" in dated and "no dates" not in dated
    assert "sorted by published descending" in (await ds.client.get("/dated/quotes_view")).text


def test_about_file_and_options(undated_archive, tmp_path):
    """`claims serve --about` reads the user's file; a misspelt key is refused with a message."""
    from claims.web.about import read_about

    about = tmp_path / "about.yml"
    about.write_text("title: Valley news\nsource: The Valley Herald\nlicence: All rights reserved\n", encoding="utf-8")
    assert read_about(str(about)) == {"title": "Valley news", "source": "The Valley Herald",
                                      "license": "All rights reserved"}
    about.write_text("titel: Valley news\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--db", str(undated_archive), "--about", str(about)])
    assert result.exit_code == 1 and "unknown key titel" in result.output
    help_text = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "--licence" in help_text and "--about" in help_text and "claims serve --db news.db --about about.yml" in help_text


def test_a_reader_sees_the_archive_as_served_and_undated_pages_say_why(dated_archive, undated_archive, visitor):
    """Point 4 in Chromium: `claims serve --title --source --licence` on both archives."""
    expect = playwright_api.expect
    page = visitor
    options = ("--title", ABOUT["title"], "--source", ABOUT["source"], "--licence", ABOUT["license"])
    with serve(dated_archive, undated_archive, options=options) as url:
        page.goto(url)
        assert page.title().startswith(ABOUT["title"])
        expect(page.locator("h1")).to_have_text(ABOUT["title"])
        footer = page.locator("footer")
        expect(footer).to_contain_text("Data source: The Valley Herald, 2026")
        expect(footer).to_contain_text("Data license: All rights reserved")
        for word in DEMO_WORDS:
            expect(page.locator("body")).not_to_contain_text(word)
        shot(page, "16-4-instance-home")

        page.goto(f"{url}/undated")
        notice = page.locator("section.claims-overview p.claims-undated")
        expect(notice).to_contain_text("the articles of this archive have no dates")
        expect(notice).to_contain_text("claims ingest --published")
        expect(page.locator("section.claims-overview svg.claims-chart")).to_have_count(0)
        shot(page, "16-4-undated-database")

        page.goto(f"{url}/undated/quotes_view")
        expect(page.locator("h3.table-summary")).to_contain_text("sorted by id descending")
        expect(page.locator("body")).not_to_contain_text("sorted by published")
        expect(page.locator("p.claims-undated")).to_be_visible()
        shot(page, "16-4-undated-table")

        page.goto(f"{url}/undated")
        page.locator("section.claims-overview a", has_text="Marta Kovalenko").click()
        page.wait_for_load_state()
        expect(page.locator("p.claims-undated")).to_contain_text("A timeline of these quotes cannot be shown")
        shot(page, "16-4-undated-speaker")
