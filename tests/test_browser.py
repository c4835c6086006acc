"""The product in a real browser: `claims serve` driven by Playwright in Debian's headless Chromium.

A journalist searches a speaker by a misspelt name and sees her quotes, opens a quote and
sees it highlighted in its paragraph; a fact-checker signs in, records a verdict, and sees
it shown; a fact-checker says who "Mr Brown" is from the review queue of speakers. Screenshots go to tests/artifacts/ (not committed).

Needs /usr/bin/chromium (`apt-get install chromium`, done by `make test` and .ci/run) and the
playwright Python package (test extras); no browser is downloaded.
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

from claims.web.passwords import hash_password
from test_datasette import PASSWORD, build_database
from test_speaker_review import build_queue_database

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]

if CHROMIUM is None:
    pytest.skip("Chromium is not installed (apt-get install chromium; `make test` does it)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serve(db: Path):
    """`claims serve` of `db` on a free port, with a fact-checker account and a signing secret."""
    port = free_port()
    env = dict(os.environ, CLAIMS_FACTCHECKER_HASH=hash_password(PASSWORD, iterations=1000),
               DATASETTE_SECRET="browser-test-secret")
    claims = Path(sys.executable).parent / "claims"
    process = subprocess.Popen([str(claims), "serve", "--db", str(db), "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
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


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_a_misspelt_speaker_and_open_a_quote(server, page):
    page.goto(f"{server}/claims/what_did_they_say")
    page.fill("input[name=speaker]", "Olexandra Shevchuck")  # two spellings wrong
    page.locator("input[type=submit]").first.click()
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
