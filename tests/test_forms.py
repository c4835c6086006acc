"""Issue 16, points 1 and 2: the canned queries read like a newsroom's forms, and every result
list says how long it is and links to the rest.

A database of 300 generated news articles, ingested by the real `claims ingest`: Mayor Marta
Kovalenko is quoted in most of them (more quotes than a page shows), and each article claims a
number of homes evacuated (more figures than a page shows). A journalist opens the database page
and the questions in real Chromium (Debian's, through Playwright); the Datasette test client
checks the rest. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_datasette import CONFIG, html_of, make_datasette

CLAIMS = str(Path(sys.executable).parent / "claims")
ARTICLES = 300
TOWNS = ["Drevna", "Holtsek", "Kestria", "Northbank", "Meridian", "Valtor"]
OTHERS = ["Ana Ruiz", "Bogdan Moretti", "Chiara Petrenko", "Dmytro Novak", "Elena Haddad", "Farid Lind"]


def newsroom_rows(n: int = ARTICLES) -> list[dict]:
    """n dated articles; the mayor is quoted in all but every fifth, every one claims homes evacuated."""
    rows = []
    for i in range(n):
        town, other = TOWNS[i % len(TOWNS)], OTHERS[i % len(OTHERS)]
        homes, deaths = 100 + 7 * i, 2 + i % 40
        if i % 5:
            first = (f"“We have evacuated {homes:,} homes in {town} and the reservoir is holding,” "
                     f"Mayor Marta Kovalenko said on Tuesday.")
        else:
            first = f"Officials said {homes:,} homes had been evacuated in {town}."
        rows.append({"id": f"news-{i}", "title": f"{town}: flood update {i}", "outlet": "The Test Wire",
                     "published": f"2026-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}",
                     "text": f"{first}\n\nAt least {deaths} people died, {other} said."})
    return rows


@pytest.fixture(scope="module")
def newsroom_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("newsroom")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in newsroom_rows()) + "\n", encoding="utf-8")
    db = folder / "claims.db"
    done = subprocess.run([CLAIMS, "ingest", str(corpus), "--db", str(db), "-q"], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return db


pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="module")
async def ds(newsroom_db, anyio_backend):
    datasette = make_datasette(newsroom_db)
    await datasette.invoke_startup()
    return datasette


def links(html: str, kind: str) -> list[int]:
    """The ids of the quote or claim pages a page links to, in order, once each."""
    found = [int(i) for i in re.findall(rf'href="/claims/-/{kind}/(\d+)"', html)]
    return list(dict.fromkeys(found))


def next_link(html: str) -> str | None:
    found = re.search(r'<a class="claims-next" href="([^"]+)"', html)
    return found.group(1).replace("&amp;", "&") if found else None


async def every_page(ds, path: str, kind: str, per_page: int) -> tuple[list[int], list[str]]:
    """Follow the "next page" links from `path`: the ids listed on all the pages, and their counts."""
    ids, counts, seen = [], [], set()
    while path:
        assert path not in seen, f"{path} links to itself"
        seen.add(path)
        html = await html_of(ds, path)
        page = links(html, kind)
        assert 0 < len(page) <= per_page, (path, len(page))
        ids += page
        counts.append(re.search(r'<span class="claims-count">([^<]+)</span>', html).group(1))
        path = next_link(html)
    return ids, counts


# --- point 1: forms, not a SQL console -------------------------------------------------------------

async def test_a_canned_query_reads_like_a_form(ds):
    html = await html_of(ds, "/claims/what_did_they_say")
    assert "<title>What did this person say? · claims</title>" in html
    assert '<label for="claims-speaker">Name, any spelling</label>' in html
    assert '<label for="claims-q">Words to look for</label>' in html
    assert '<button type="submit">Find quotes</button>' in html
    # Nothing asked yet: no table, no "0 results", no SQL, no parameter names as labels.
    for absent in ("Run SQL", "<table class=\"rows-and-columns\"", "0 results", "zero-results", 'id="sql-query"', ">speaker<", ">q<",
                   "name=\"page\"", "Custom SQL query"):
        assert absent not in html, absent
    # The SQL is one click away.
    assert '<a href="/claims/what_did_they_say?_show_sql=1">Show the SQL</a>' in html
    shown = await html_of(ds, "/claims/what_did_they_say?_show_sql=1")
    assert 'id="sql-query"' in shown and "normalize_name(:speaker)" in shown and "Hide the SQL" in shown


@pytest.mark.parametrize("path", ["/claims/what_did_they_say?speaker=&q=", "/claims/search_quotes?q=++",
                                  "/claims/figures?q=&min=&max=", "/claims/figure_over_time?object=&claimant="])
async def test_an_empty_form_asks_instead_of_dumping_rows(ds, path):
    html = await html_of(ds, path)
    assert '<p class="claims-ask">' in html
    assert "<table class=\"rows-and-columns\"" not in html and "0 results" not in html
    name = path.split("?")[0]
    rows = (await ds.client.get(f"{name}.json?{path.split('?')[1]}&_shape=array")).json()
    assert rows == []


async def test_figures_with_nothing_asked_lists_nothing(ds):
    # Issue 16: "Figures about a subject opened with empty fields dumps 1,000 rows (1.1 MB)".
    html = await html_of(ds, "/claims/figures")
    assert "<table class=\"rows-and-columns\"" not in html and "claims-ask" not in html
    assert len(html) < 30_000
    assert '<label for="claims-min">Smallest value</label>' in html


async def test_the_database_page_asks_the_most_used_questions_first(ds):
    html = await html_of(ds, "/claims")
    questions = html.index("Ask the archive")
    assert questions < html.index("Quotes per speaker over time") < html.index('id="queries"')
    titles = re.findall(r'<li><a href="/claims/(\w+)">', html[questions:])
    forms = list(CONFIG["plugins"]["claims"]["forms"])
    assert titles[:len(forms)] == forms
    assert titles[0] == "what_did_they_say"


async def test_the_forms_follow_a_database_of_another_name(newsroom_db, tmp_path):
    news = tmp_path / "news.db"
    news.write_bytes(newsroom_db.read_bytes())
    datasette = make_datasette(news)
    await datasette.invoke_startup()
    html = await html_of(datasette, "/news/what_did_they_say?speaker=Marta+Kovalenko")
    assert "Name, any spelling" in html and "240 quotes in all" in html
    assert 'href="/news/what_did_they_say?speaker=Marta+Kovalenko&amp;page=2"' in html


async def test_sql_of_ones_own_is_still_datasettes_console(ds):
    html = await html_of(ds, "/claims/-/query?sql=select+1+as+one")
    assert "Run SQL" in html and "claims-form" not in html


# --- point 2: every list counted and paged --------------------------------------------------------

async def test_what_did_they_say_counts_and_pages_every_quote(ds, newsroom_db):
    ids, counts = await every_page(ds, "/claims/what_did_they_say?speaker=Marta+Kovalenko&q=", "quote", 50)
    with sqlite3.connect(newsroom_db) as conn:
        expected = {r[0] for r in conn.execute(
            "select quotes.id from quotes join speakers on speakers.id = quotes.speaker_id "
            "where speakers.name = 'Marta Kovalenko'")}
    assert len(expected) == 240
    assert len(ids) == len(set(ids)) == 240 and set(ids) == expected
    assert counts == ["240 quotes in all"] * 5
    # The same in JSON: the list's length and the page to ask for next.
    rows = (await ds.client.get("/claims/what_did_they_say.json?speaker=Marta+Kovalenko&q=&page=4&_shape=array")).json()
    assert len(rows) == 50 and rows[0]["in_all"] == 240 and rows[0]["next_page"] == 5 and rows[0]["more"] == 0
    rows = (await ds.client.get("/claims/what_did_they_say.json?speaker=Marta+Kovalenko&q=&page=5&_shape=array")).json()
    assert len(rows) == 40 and rows[0]["next_page"] is None


@pytest.mark.parametrize("spelling", ["Kovalenko", "kovalenko", "Mayor Kovalenko", "Marta Kowalenko"])
async def test_a_surname_alone_or_another_spelling_finds_the_person(ds, spelling):
    # The ingested archive knows her only as "Marta Kovalenko": no alias is the surname alone.
    rows = (await ds.client.get(f"/claims/what_did_they_say.json?speaker={spelling}&q=&_shape=array")).json()
    assert {r["speaker"] for r in rows} == {"Marta Kovalenko"} and rows[0]["in_all"] == 240


async def test_words_inside_a_persons_quotes_are_counted_too(ds):
    html = await html_of(ds, "/claims/what_did_they_say?speaker=Marta+Kovalenko&q=reservoir")
    assert "240 quotes in all" in html and "1–50 shown" in html
    assert next_link(html) == "/claims/what_did_they_say?speaker=Marta+Kovalenko&q=reservoir&page=2"


async def test_figures_count_and_page_every_claim(ds):
    ids, counts = await every_page(ds, "/claims/figures?q=evacuated&min=&max=", "claim", 50)
    assert len(ids) == len(set(ids)) == 300 and counts == ["300 figures in all"] * 6
    ids, counts = await every_page(ds, "/claims/figures?q=&min=1000&max=", "claim", 50)
    assert len(ids) == len(set(ids)) == int(counts[0].split()[0])


async def test_a_search_says_there_are_more_than_it_ranks(ds):
    html = await html_of(ds, "/claims/search_quotes?q=reservoir")
    assert "More than 200 quotes: the newest 200 are listed" in html and "1–20 shown" in html
    ids, counts = await every_page(ds, "/claims/search_quotes?q=reservoir", "quote", 20)
    assert len(ids) == len(set(ids)) == 200


@pytest.mark.parametrize("path, kind, per_page", [
    ("/claims/figure_over_time?object=homes&claimant=", "claim", 100),
    ("/claims/disputed_claims", "claim", 50),
    ("/claims/same_quote_across_outlets", "quote", 50),
])
async def test_the_other_questions_count_and_page_too(ds, path, kind, per_page):
    ids, counts = await every_page(ds, path, kind, per_page)
    assert len(ids) == len(set(ids)) and len(set(counts)) == 1
    assert re.match(rf"{len(ids):,} .+ in all", counts[0]), counts[0]


async def test_the_speaker_page_counts_and_pages_the_quotes(ds):
    html = await html_of(ds, "/claims")
    speaker = re.search(r'href="/claims/-/speaker/(\d+)">Marta Kovalenko', html).group(1)
    ids, counts = await every_page(ds, f"/claims/-/speaker/{speaker}", "quote", 50)
    assert len(ids) == len(set(ids)) == 240 and counts == ["240 quotes in all"] * 5


async def test_the_figure_page_counts_and_pages_its_table(ds):
    ids, counts = await every_page(ds, "/claims/-/figure?object=homes", "claim", 100)
    assert len(ids) == len(set(ids)) == 300 and counts == ["300 figures in all"] * 3


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1e999", "99999999999999999999", "nan", "2.5"])
async def test_any_page_parameter_is_a_page(ds, page):
    response = await ds.client.get(f"/claims/what_did_they_say.json?speaker=Marta+Kovalenko&q=&page={page}")
    assert response.status_code == 200 and response.json()["ok"] is True
    assert (await ds.client.get(f"/claims/-/speaker/1?page={page}")).status_code == 200


async def test_figures_say_when_the_newest_were_all_that_was_searched(newsroom_db, tmp_path):
    """1,200 claims with "evacuated": the newest 1,000 are listed; with a minimum, those among them."""
    many = tmp_path / "claims.db"
    many.write_bytes(newsroom_db.read_bytes())
    columns = ("article_id, quote_id, claimant_id, claimant_text, text, number_text, value, lower, upper, qualifier, "
               'unit, object, start, "end", confidence')
    with sqlite3.connect(many) as conn:
        for _ in range(3):  # the FTS index follows through the table's triggers
            conn.execute(f"INSERT INTO claims ({columns}) SELECT {columns} FROM claims WHERE object = 'homes' "
                         "AND id IN (SELECT id FROM claims WHERE object = 'homes' ORDER BY id LIMIT 300)")
    datasette = make_datasette(many)
    await datasette.invoke_startup()
    html = await html_of(datasette, "/claims/figures?q=evacuated&min=&max=")
    assert "More than 1,000 figures: the newest 1,000 are listed</span> · 1–50 shown" in html
    html = await html_of(datasette, "/claims/figures?q=evacuated&min=2000&max=")
    assert re.search(r"[\d,]+ figures among the newest 1,000 searched; older ones were not searched", html)
    html = await html_of(datasette, "/claims/figures?q=&min=2000&max=")
    assert "More than" not in html and "searched" not in html.split('claims-count">')[1][:80]
