"""The product in a real browser: `claims serve` driven by Playwright in Debian's headless Chromium.

A journalist searches a speaker by a misspelt name and sees her quotes, opens a quote and
sees it highlighted in its paragraph; on an archive of 300 articles the questions read like a
newsroom's forms and every list says how long it is and pages on (issue 16); a fact-checker signs in, records a verdict, and sees
it shown; a fact-checker says who "Mr Brown" is from the review queue of speakers. Screenshots go to tests/artifacts/ (not committed).

Needs /usr/bin/chromium (`apt-get install chromium`, done by `make test` and .ci/run) and the
playwright Python package (test extras); no browser is downloaded. Without them the browser tests
skip, or fail when CI=true. The modules of issue 16's later points (test_readable, test_instance,
test_article_page, test_speaker_page) use this module's `browser`, `visitor`, `serve` and `shot`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from datasette_auth_passwords.utils import hash_password
from test_datasette import PASSWORD, build_database
from test_forms import newsroom_db  # noqa: F401 (a fixture: 300 generated articles, ingested)
from test_speaker_review import build_queue_database

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]

# A browser test is skipped on a laptop without a browser; in CI (CI=true) a missing browser is a
# failure, so the browser tests can never pass there by not running. Checked by the fixtures that
# launch Chromium, so the modules importing these helpers run their other tests either way.
IN_CI = os.environ.get("CI", "").lower() == "true"
try:
    import playwright.sync_api as playwright_api
except ImportError:
    playwright_api = None


def require_browser() -> None:
    """Skip the test when Chromium or Playwright is missing, or fail it when CI=true."""
    if CHROMIUM is None:
        missing = "Chromium is not installed (apt-get install chromium; `make test` does it)"
    elif playwright_api is None:
        missing = "playwright is not installed (pip install -e '.[test]')"
    else:
        return
    if IN_CI:
        pytest.fail(f"CI=true but {missing}: the browser tests must run in CI", pytrace=False)
    pytest.skip(missing)


@pytest.fixture(autouse=True, scope="module")
def _browser_needed():
    """Every test of this module drives Chromium: checked before its server is started."""
    require_browser()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(*dbs: Path, options: tuple[str, ...] = ()):
    """`claims serve` of `dbs` (and `options`) on a free port, with a fact-checker account and a
    signing secret."""
    port = free_port()
    env = dict(os.environ, CLAIMS_FACTCHECKER_HASH=hash_password(PASSWORD, iterations=1000),
               DATASETTE_SECRET="browser-test-secret")
    claims = Path(sys.executable).parent / "claims"
    args = [str(claims), "serve", *[arg for db in dbs for arg in ("--db", str(db))], "--port", str(port), *options]
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"claims serve exited: {process.stdout.read().decode()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("claims serve did not start within 60 seconds")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(build_database(tmp_path_factory.mktemp("browser") / "claims.db")) as url:
        yield url


@pytest.fixture(scope="module")
def queue_server(tmp_path_factory):
    """A database with mentions waiting for review ("Mr Brown": Gordon or Alan Brown?)."""
    with serve(build_queue_database(tmp_path_factory.mktemp("queue"))) as url:
        yield url


@pytest.fixture(scope="module")
def page(server):
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        context = browser.new_context(viewport={"width": 1100, "height": 900})
        page = context.new_page()
        page.set_default_timeout(15_000)
        yield page
        browser.close()


@pytest.fixture
def browser():
    """Chromium, for the modules of issue 16's later points (they serve databases of their own).

    One per test: Playwright's synchronous API keeps an event loop running while it is open, and
    the async tests of those modules must not run under it."""
    require_browser()
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def visitor(browser):
    """A page of an anonymous visitor of its own, 1100 pixels wide."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_a_misspelt_speaker_and_open_a_quote(server, page):
    page.goto(f"{server}/claims/what_did_they_say")
    page.fill("input[name=speaker]", "Olexandra Shevchuck")  # two spellings wrong
    page.locator("form.claims-form button[type=submit]").click()
    page.wait_for_load_state()
    table = page.locator("table.rows-and-columns")
    expect = playwright_api.expect
    expect(table).to_contain_text("Oleksandra Shevchuk")
    expect(table).to_contain_text("The governor’s number is simply not true")
    expect(table).to_contain_text("fewer than 500 people were evacuated")
    expect(table).not_to_contain_text("Ilona Varga")
    # The quote containing <script> is shown as text, and no script ran.
    expect(table).to_contain_text("<script>alert(1)</script>")
    shot(page, "01-search-misspelt-speaker")

    page.locator("table.rows-and-columns a", has_text="4").first.click()  # quote 4: the governor's number
    page.wait_for_load_state()
    mark = page.locator("mark#quote")
    expect(mark).to_have_text("The governor’s number is simply not true")
    expect(page.locator(".claims-context")).to_contain_text("Shevchuk said.")
    expect(page.locator("a", has_text="Aid group disputes governor’s evacuation figure")).to_have_attribute(
        "href", "https://kestria-today.example/aid-group-disputes")
    background = mark.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    shot(page, "02-quote-highlighted")


def test_fact_checker_records_a_verdict(server, page):
    expect = playwright_api.expect
    page.goto(f"{server}/claims/-/claim/1")
    expect(page.locator("form.claims-review-form")).to_have_count(0)
    page.click("text=Sign in as a fact-checker")
    page.fill("input[name=username]", "factchecker")
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{server}/claims/-/claim/1")
    page.select_option("select[name=verdict]", "misleading")
    page.fill("textarea[name=note]", "The aid network counted fewer than 500 people moved by officials.")
    page.fill("input[name=url]", "https://factcheck.example/varga-1200")
    page.click("input[value='Record verdict']")
    page.wait_for_url(f"{server}/claims/-/claim/1#reviews")
    reviews = page.locator("#reviews + ul")
    expect(reviews).to_contain_text("misleading")
    expect(reviews).to_contain_text("The aid network counted fewer than 500 people moved by officials.")
    expect(reviews).to_contain_text("by factchecker")
    expect(page.locator(".message-info")).to_contain_text("Verdict recorded")
    shot(page, "03-verdict-recorded")


def test_speaker_page_and_figure_chart(server, page):
    expect = playwright_api.expect
    page.goto(f"{server}/claims/-/speaker/1")
    expect(page.locator("h1")).to_have_text("Ilona Varga")
    expect(page.locator("dl.claims-meta")).to_contain_text("Governor Ilona Varga")
    expect(page.locator("svg.claims-chart rect")).to_have_count(2)  # quotes on two dates
    shot(page, "04-speaker-timeline")
    page.goto(f"{server}/claims/-/figure?object=dead")
    expect(page.locator("svg.claims-chart circle")).to_have_count(2)
    shot(page, "05-figure-over-time")


def test_fact_checker_picks_a_speaker_from_the_review_queue(queue_server, page):
    expect = playwright_api.expect
    # A context of its own: cookies of 127.0.0.1 do not depend on the port, and the verdict test
    # signed in already.
    context = page.context.browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{queue_server}/claims/-/speakers/review")
    expect(page.locator("button", has_text="This is Gordon Brown")).to_have_count(0)
    page.click("text=Sign in as a fact-checker")
    page.fill("input[name=username]", "factchecker")
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{queue_server}/claims/-/speakers/review")
    brown = page.locator("section.claims-queue-item", has_text="“Mr Brown”")
    expect(brown).to_contain_text("also quoted in The Paper")
    shot(page, "06-speaker-review-queue")
    brown.locator("input[name=why]").fill("the chancellor, as the article's context says")
    brown.locator("button", has_text="This is Gordon Brown").click()
    page.wait_for_load_state()
    expect(page.locator(".message-info")).to_contain_text("Recorded: “Mr Brown” is Gordon Brown (2 quotes)")
    expect(page.locator("section.claims-queue-item", has_text="“Mr Brown”")).to_have_count(0)
    expect(page.locator("section.claims-queue-item", has_text="“Sir Alan”")).to_have_count(1)
    page.goto(f"{queue_server}/claims/-/speaker/1")
    expect(page.locator("h1")).to_have_text("Gordon Brown")
    expect(page.locator("ul.claims-quotes")).to_contain_text("300 jobs would go")
    context.close()


# --- issue 16, points 1 and 2: forms, not a SQL console; every list counted and paged ----------------

@pytest.fixture(scope="module")
def newsroom_server(newsroom_db):  # noqa: F811
    with serve(newsroom_db) as url:
        yield url


@pytest.fixture
def reader(page):
    """A visitor of their own, not signed in (the verdict test signs its page in)."""
    context = page.context.browser.new_context(viewport={"width": 1100, "height": 900})
    visitor = context.new_page()
    visitor.set_default_timeout(15_000)
    yield visitor
    context.close()


def rows_shown(page) -> list[str]:
    return page.locator("table.rows-and-columns tbody tr td.col-quote_id, "
                        "table.rows-and-columns tbody tr td.col-claim_id").all_inner_texts()


def test_a_journalist_asks_what_the_mayor_said(newsroom_server, reader):
    page = reader
    """Point 1: the database page asks the most used question first, and it reads like a form."""
    expect = playwright_api.expect
    page.goto(f"{newsroom_server}/claims")
    questions = page.locator("section.claims-questions")
    expect(questions.locator("h2")).to_have_text("Ask the archive")
    expect(questions.locator("li").first).to_have_text("What did this person say?")
    # Above the chart and Datasette's own list of queries.
    top = questions.evaluate("el => el.getBoundingClientRect().top")
    assert top < page.locator("section.claims-overview").evaluate("el => el.getBoundingClientRect().top")
    assert top < 900  # on the first screen
    shot(page, "16-01-database-page-questions-first")

    questions.locator("a", has_text="What did this person say?").click()
    page.wait_for_load_state()
    assert page.title() == "What did this person say? · claims"
    expect(page.locator("h1")).to_have_text("What did this person say?")
    expect(page.locator("label[for=claims-speaker]")).to_have_text("Name, any spelling")
    expect(page.locator("label[for=claims-q]")).to_have_text("Words to look for")
    button = page.locator("form.claims-form button[type=submit]")
    expect(button).to_have_text("Find quotes")
    expect(page.locator("input[type=submit][value='Run SQL']")).to_have_count(0)
    expect(page.locator("input[name=page]")).to_have_count(0)
    # Nothing asked: no table, no "0 results", no SQL.
    expect(page.locator("table.rows-and-columns")).to_have_count(0)
    expect(page.get_by_text("0 results")).to_have_count(0)
    expect(page.locator("#sql-query")).to_have_count(0)
    shot(page, "16-02-form-before-asking")

    button.click()  # sent empty: the page asks instead of listing
    page.wait_for_load_state()
    expect(page.locator("p.claims-ask")).to_have_text("Type a name, in any spelling, to see what that person said.")
    expect(page.locator("table.rows-and-columns")).to_have_count(0)
    shot(page, "16-03-empty-form-asks")

    page.fill("input[name=speaker]", "Marta Kovalenko")
    page.locator("form.claims-form button[type=submit]").click()
    page.wait_for_load_state()
    expect(page.locator("span.claims-count").first).to_have_text("240 quotes in all")
    expect(page.locator("table.rows-and-columns tbody tr")).to_have_count(50)
    expect(page.locator("table.rows-and-columns th", has_text="in_all")).to_have_count(0)
    shot(page, "16-04-what-did-the-mayor-say")

    page.click("text=Show the SQL")  # one click away
    expect(page.locator("pre#sql-query")).to_contain_text("normalize_name(:speaker)")
    expect(page.locator("table.rows-and-columns tbody tr")).to_have_count(50)


def test_figures_with_empty_fields_ask_instead_of_dumping_rows(newsroom_server, reader):
    page = reader
    expect = playwright_api.expect
    page.goto(f"{newsroom_server}/claims/figures")
    assert page.title() == "Figures about a subject · claims"
    expect(page.locator("label[for=claims-q]")).to_have_text("Words to look for")
    expect(page.locator("label[for=claims-min]")).to_have_text("Smallest value")
    page.locator("form.claims-form button[type=submit]").click()
    page.wait_for_load_state()
    expect(page.locator("p.claims-ask")).to_be_visible()
    expect(page.locator("table.rows-and-columns")).to_have_count(0)
    assert page.evaluate("document.body.scrollHeight") < 2000  # issue 16: it was 183,000 pixels tall
    shot(page, "16-05-figures-empty-form-asks")


def test_every_list_says_how_long_it_is_and_pages_on(newsroom_server, reader):
    page = reader
    """Point 2: the count of the whole list, and a working link to its next page."""
    expect = playwright_api.expect
    page.goto(f"{newsroom_server}/claims/what_did_they_say?speaker=Marta+Kovalenko&q=")
    first = rows_shown(page)
    assert len(first) == 50
    expect(page.locator("p.claims-pager").first).to_contain_text("240 quotes in all · 1–50 shown")
    page.locator("a.claims-next").first.click()
    page.wait_for_load_state()
    assert "page=2" in page.url
    expect(page.locator("p.claims-pager").first).to_contain_text("240 quotes in all · 51–100 shown")
    second = rows_shown(page)
    assert len(second) == 50 and not set(first) & set(second)
    shot(page, "16-06-what-did-they-say-page-2")
    page.goto(f"{newsroom_server}/claims/what_did_they_say?speaker=Marta+Kovalenko&q=&page=5")
    expect(page.locator("p.claims-pager").first).to_contain_text("201–240 shown")
    expect(page.locator("a.claims-next")).to_have_count(0)  # the last page
    assert len(rows_shown(page)) == 40

    page.goto(f"{newsroom_server}/claims/figures")
    page.fill("input[name=q]", "evacuated")
    page.locator("form.claims-form button[type=submit]").click()
    page.wait_for_load_state()
    expect(page.locator("span.claims-count").first).to_have_text("300 figures in all")
    page.locator("a.claims-next").first.click()
    page.wait_for_load_state()
    assert "page=2" in page.url and "q=evacuated" in page.url
    expect(page.locator("p.claims-pager").first).to_contain_text("51–100 shown")
    shot(page, "16-07-figures-page-2")

    page.goto(f"{newsroom_server}/claims/search_quotes?q=reservoir")
    expect(page.locator("span.claims-count").first).to_have_text("More than 200 quotes: the newest 200 are listed")
    expect(page.locator("a.claims-next").first).to_have_attribute("href", "/claims/search_quotes?q=reservoir&page=2")
    shot(page, "16-08-search-more-than")

    # The plugin's own pages: the speaker page and the figure page.
    page.goto(f"{newsroom_server}/claims")
    page.locator("section.claims-overview a", has_text="Marta Kovalenko").first.click()
    page.wait_for_load_state()
    expect(page.locator("p.claims-pager").first).to_contain_text("240 quotes in all · 1–50 shown")
    expect(page.locator("ul.claims-quotes li")).to_have_count(50)
    page.locator("a.claims-next").first.click()
    page.wait_for_load_state()
    assert "page=2" in page.url
    expect(page.locator("p.claims-pager").first).to_contain_text("51–100 shown")
    expect(page.locator("ul.claims-quotes li")).to_have_count(50)
    shot(page, "16-09-speaker-page-2")
    page.goto(f"{newsroom_server}/claims/-/figure?object=homes")
    expect(page.locator("p.claims-pager").first).to_contain_text("300 figures in all · 1–100 shown")
    page.locator("a.claims-next").first.click()
    page.wait_for_load_state()
    assert "page=2" in page.url
    expect(page.locator("p.claims-pager").first).to_contain_text("101–200 shown")
    shot(page, "16-10-figure-page-2")
