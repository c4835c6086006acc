"""Datasette with the project's metadata.yml, datasette.yaml and plugin, through its own test client.

The database is built here, row by row, so the tests know exactly what is in it whatever
the extractors find in the sample corpus: two speakers under several spellings, a quote
carried by two outlets, a figure claimed and disputed, a death toll revised, and a quote
whose text contains <script>.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette

ROOT = Path(__file__).resolve().parent.parent
CONFIG = yaml.safe_load((ROOT / "datasette.yaml").read_text())
METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())
PASSWORD = "correct horse battery staple"

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def anyio_backend():
    return "asyncio"


ARTICLES = [
    # (outlet, published, title, url, paragraphs)
    ("The Drevna Courier", "2026-03-03", "Governor orders Brenova evacuated as dam weakens",
     "https://drevna-courier.example/2026/03/03/evacuation", [
         "BRENOVA — Governor Ilona Varga said on Tuesday that more than 1,200 people had been moved to "
         "safety before the Holtsek Dam failed.",
         "“We moved every family we could reach, and we will not stop until the last house is empty,” "
         "Varga told reporters in Korvel.",
         "She said 14 people had died."]),
    ("Kestria Today", "2026-03-05", "Aid group disputes governor’s evacuation figure",
     "https://kestria-today.example/aid-group-disputes", [
         "Oleksandra Shevchuk, director of the Valley Aid Network, said fewer than 500 people were "
         "evacuated by the authorities.",
         "“The governor’s number is simply not true,” Shevchuk said.",
         "Governor Ilona Varga repeated on Wednesday: “We moved every family we could reach, and we will "
         "not stop until the last house is empty.”"]),
    ("Northbank Post", "2026-03-10", "Death toll revised to 23",
     None, [
         "The death toll rose to 23, the regional emergency service said.",
         "Asked about the outage of the aid website, Olexandra Shevchuk said: “Someone posted "
         "<script>alert(1)</script> in our donation form.”"]),
]

SPEAKERS = [
    ("Ilona Varga", "person", "governor", ["Ilona Varga", "Governor Ilona Varga", "Varga"]),
    ("Oleksandra Shevchuk", "person", "director of the Valley Aid Network",
     ["Oleksandra Shevchuk", "Olexandra Shevchuk", "Shevchuk"]),
    ("regional emergency service", "organization", None, ["regional emergency service"]),
]

QUOTES = [
    # (article index, speaker, kind, text, cue, said_on)
    (0, "Ilona Varga", "direct",
     "We moved every family we could reach, and we will not stop until the last house is empty", "told", "2026-03-03"),
    (0, "Ilona Varga", "indirect",
     "more than 1,200 people had been moved to safety before the Holtsek Dam failed", "said", "2026-03-03"),
    (1, "Oleksandra Shevchuk", "indirect", "fewer than 500 people were evacuated by the authorities", "said",
     "2026-03-05"),
    (1, "Oleksandra Shevchuk", "direct", "The governor’s number is simply not true", "said", "2026-03-05"),
    (1, "Ilona Varga", "direct",
     "We moved every family we could reach, and we will not stop until the last house is empty.", "repeated",
     "2026-03-04"),
    (2, "Oleksandra Shevchuk", "direct", "Someone posted <script>alert(1)</script> in our donation form.", "said",
     "2026-03-10"),
]

CLAIMS = [
    # (article index, number_text, value, lower, upper, qualifier, object, claimant, quote index, disputed_by)
    (0, "more than 1,200", 1200, 1200, None, "more than", "evacuated", "Ilona Varga", 1, "Oleksandra Shevchuk"),
    (0, "14", 14, None, None, None, "dead", "Ilona Varga", None, None),
    (1, "fewer than 500", 500, None, 500, "less than", "evacuated", "Oleksandra Shevchuk", 2, None),
    (2, "23", 23, None, None, None, "dead", "regional emergency service", None, None),
]


def build_database(path: Path) -> Path:
    """A claims database at `path` with the rows above (schema from claims.store's migrations)."""
    from claims.link import normalize
    from claims.store import connect

    connect(path).dispose()
    conn = sqlite3.connect(path)
    with conn:
        article_ids, texts = [], []
        for i, (outlet, published, title, url, paragraphs) in enumerate(ARTICLES):
            text = "\n\n".join(paragraphs)
            texts.append(text)
            article_ids.append(conn.execute(
                "INSERT INTO articles (url, title, outlet, published, content_hash, text, source, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, '2026-03-20T00:00:00+00:00') RETURNING id",
                (url, title, outlet, published, f"hash{i}", text, f"fixture-{i}.txt")).fetchone()[0])
        speaker_ids = {}
        for name, kind, role, aliases in SPEAKERS:
            speaker_ids[name] = conn.execute("INSERT INTO speakers (name, kind, role) VALUES (?, ?, ?) RETURNING id",
                                             (name, kind, role)).fetchone()[0]
            for alias in aliases:
                conn.execute("INSERT INTO speaker_aliases (speaker_id, alias, normalized, origin) "
                             "VALUES (?, ?, ?, 'auto')", (speaker_ids[name], alias, normalize(alias)))
        quote_ids = []
        for article, speaker, kind, text, cue, said_on in QUOTES:
            start = texts[article].index(text)
            quote_ids.append(conn.execute(
                'INSERT INTO quotes (article_id, speaker_id, speaker_text, kind, text, cue, said_on, start, "end", '
                "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.9) RETURNING id",
                (article_ids[article], speaker_ids[speaker], speaker.split()[-1], kind, text, cue, said_on, start,
                 start + len(text))).fetchone()[0])
        for article, number, value, lower, upper, qualifier, obj, claimant, quote, disputed in CLAIMS:
            text = texts[article]
            start = text.index(number)
            sentence_start = text.rfind("\n", 0, start) + 1
            sentence_end = text.find("\n", start) if "\n" in text[start:] else len(text)
            conn.execute(
                "INSERT INTO claims (article_id, quote_id, claimant_id, claimant_text, text, number_text, value, "
                'lower, upper, qualifier, unit, object, start, "end", disputed_by, confidence) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'people', ?, ?, ?, ?, 0.8)",
                (article_ids[article], quote_ids[quote] if quote is not None else None, speaker_ids[claimant],
                 claimant, text[sentence_start:sentence_end], number, value, lower, upper, qualifier, obj, start,
                 start + len(number), disputed))
    conn.close()
    return path


@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> Path:
    """Read by the tests of this module and never written: the write tests build their own."""
    return build_database(tmp_path_factory.mktemp("datasette") / "claims.db")


def make_datasette(*db_files: Path, **kwargs) -> Datasette:
    """A Datasette on these databases with the project's datasette.yaml and metadata.yml."""
    return Datasette([str(f) for f in db_files], config=json.loads(json.dumps(CONFIG)), metadata=METADATA, **kwargs)


async def html_of(ds, path: str) -> str:
    """The HTML of a page that must answer 200."""
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.text


@pytest.fixture(scope="module")
async def ds(db_file, anyio_backend):
    datasette = make_datasette(db_file)
    await datasette.invoke_startup()
    return datasette


async def get_json(ds, path: str) -> dict:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


async def rows_of(ds, path: str) -> list[dict]:
    return (await get_json(ds, path + ("&" if "?" in path else "?") + "_shape=objects"))["rows"]


# --- pages, metadata, configuration ----------------------------------------------------------------

PAGES = ["/", "/claims", "/claims/articles", "/claims/speakers", "/claims/speaker_aliases", "/claims/quotes",
         "/claims/claims", "/claims/reviews", "/claims/quotes_view", "/claims/claims_view", "/claims/speakers_view",
         "/claims/quotes/1", "/claims/claims/1", "/claims/articles/1", "/claims/speakers/1"]


@pytest.mark.parametrize("path", PAGES)
async def test_pages_render(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text[:500]


async def test_instance_metadata_and_licence(db_file):
    """The licence and source are the archive's, as `claims serve --licence --source` gives them
    (the plugin setting plugins.claims.about), on the instance and on every table (tests/test_instance.py)."""
    config = json.loads(json.dumps(CONFIG))
    config["plugins"]["claims"]["about"] = {"license": "CC BY 4.0", "source": "The Drevna Courier"}
    ds = Datasette([str(db_file)], config=config, metadata=METADATA)
    await ds.invoke_startup()
    html = (await ds.client.get("/")).text
    assert "CC BY 4.0" in html and "attributed quotes" in html and "The Drevna Courier" in html
    table = (await ds.client.get("/claims/quotes")).text
    assert "Direct quotes and reported speech" in table and "CC BY 4.0" in table and "The Drevna Courier" in table


async def test_every_table_view_and_column_is_described(db_file):
    """metadata.yml documents every column of the tables of DESIGN.md and the browsing views (their
    source and licence are the archive's, given to `claims serve`: tests/test_instance.py)."""
    tables = METADATA["databases"]["claims"]["tables"]
    conn = sqlite3.connect(db_file)
    public = ["articles", "speakers", "speaker_aliases", "quotes", "claims", "reviews", "quotes_view",
              "claims_view", "speakers_view", "repeats", "repeat_dismissals", "repeats_view"]
    for name in public:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{name}])")]
        assert columns, name
        described = tables[name]
        assert described.get("description"), name
        missing = [c for c in columns if not described.get("columns", {}).get(c)]
        assert not missing, f"{name}: no description for {missing}"


async def test_speaker_names_instead_of_ids(ds):
    html = (await ds.client.get("/claims/quotes")).text
    assert "Ilona Varga" in html and "Oleksandra Shevchuk" in html


async def test_full_text_search_on_quotes_and_views(ds):
    found = await rows_of(ds, "/claims/quotes_view.json?_search=family")
    assert {r["outlet"] for r in found} == {"The Drevna Courier", "Kestria Today"}
    assert [r["speaker"] for r in found] == ["Ilona Varga", "Ilona Varga"]
    assert len(await rows_of(ds, "/claims/quotes.json?_search=governor")) == 1
    assert len(await rows_of(ds, "/claims/claims_view.json?_search=evacuated")) == 2
    assert len(await rows_of(ds, "/claims/articles.json?_search=dam")) == 1
    html = (await ds.client.get("/claims/quotes_view?_search=family")).text
    assert "We moved every family" in html


async def test_configured_facets(ds):
    data = await get_json(ds, "/claims/quotes_view.json?_extra=facet_results")
    facets = data["facet_results"]["results"]
    assert {"speaker", "outlet", "kind"} <= set(facets)
    speakers = {f["value"]: f["count"] for f in facets["speaker"]["results"]}
    assert speakers == {"Ilona Varga": 3, "Oleksandra Shevchuk": 3}
    data = await get_json(ds, "/claims/quotes.json?_extra=facet_results")
    labels = {f["label"] for f in data["facet_results"]["results"]["speaker_id"]["results"]}
    assert labels == {"Ilona Varga", "Oleksandra Shevchuk"}


async def test_sorted_newest_first(ds):
    rows = await rows_of(ds, "/claims/quotes_view.json")
    assert rows[0]["published"] == "2026-03-10"


async def test_settings(ds):
    assert ds.setting("sql_time_limit_ms") == 3000
    assert ds.setting("facet_time_limit_ms") == 60
    assert ds.setting("suggest_facets") is False


async def test_configuration_follows_a_database_of_another_name(tmp_path):
    """`claims serve --db news.db` gets the facets, search and canned queries written for `claims`."""
    datasette = make_datasette(build_database(tmp_path / "news.db"))
    await datasette.invoke_startup()
    data = await get_json(datasette, "/news/quotes_view.json?_extra=facet_results")
    assert {"speaker", "outlet", "kind"} <= set(data["facet_results"]["results"])
    rows = await rows_of(datasette, "/news/what_did_they_say.json?speaker=Varga&q=")
    assert len(rows) == 3
    assert "Direct quotes and reported speech" in (await datasette.client.get("/news/quotes")).text


# --- canned queries ------------------------------------------------------------------------------

HOSTILE = ['"', "'", "*", "NEAR(a b)", "a AND OR", "text:foo", "^", "')); DROP TABLE quotes; --", "%", "_",
           "ü" * 300, "\\", "0x", "-1e999", "<script>alert(1)</script>", "   "]

QUERIES = {  # every query is paged: `page` (hidden from the form) asks for the next page of its list
    "search_quotes": ["q", "page"],
    "what_did_they_say": ["speaker", "q", "page"],
    "figures": ["q", "min", "max", "page"],
    "figure_over_time": ["object", "claimant", "page"],
    "disputed_claims": ["page"],
    "same_quote_across_outlets": ["page"],
    "repeats_of_checked_claims": ["verdict", "outlet", "page"],
}


async def test_canned_queries_have_titles_and_descriptions(ds):
    # The database page shows five queries and links to the list of all of them.
    html = (await ds.client.get("/claims/-/queries")).text
    for name, query in CONFIG["databases"]["claims"]["queries"].items():
        assert query["title"] and query["description"], name
        assert query["title"] in html
        assert set(query.get("params", [])) == set(QUERIES[name])


@pytest.mark.parametrize("name", QUERIES)
async def test_canned_queries_with_empty_parameters(ds, name):
    # The form page, and the query with every parameter empty: no error, and no rows when a
    # required search term is missing.
    response = await ds.client.get(f"/claims/{name}")
    assert response.status_code == 200, response.text[:500]
    params = "&".join(f"{p}=" for p in QUERIES[name])
    rows = await rows_of(ds, f"/claims/{name}.json?{params}")
    if name in ("search_quotes", "what_did_they_say", "figure_over_time"):
        assert rows == []


@pytest.mark.parametrize("name", QUERIES)
@pytest.mark.parametrize("hostile", HOSTILE)
async def test_canned_queries_with_hostile_parameters(ds, name, hostile):
    from urllib.parse import urlencode

    query = urlencode({p: hostile for p in QUERIES[name]})
    response = await ds.client.get(f"/claims/{name}.json?{query}")
    assert response.status_code == 200, response.text[:500]
    assert response.json()["ok"] is True
    html = await ds.client.get(f"/claims/{name}?{query}")
    assert html.status_code == 200
    assert "<script>alert(1)</script>" not in html.text


@pytest.mark.parametrize("spelling", ["Varga", "Ilona Varga", "governor ilona varga", "Ilona Vargaa", "Ilona Warga",
                                      "VARGA, Ilona", "Varga Ilona"])
async def test_what_did_they_say_any_spelling(ds, spelling):
    rows = await rows_of(ds, f"/claims/what_did_they_say.json?speaker={spelling}&q=")
    assert {r["speaker"] for r in rows} == {"Ilona Varga"}
    assert len(rows) == 3
    assert [r["said_on"] for r in rows] == sorted((r["said_on"] for r in rows), reverse=True)


async def test_what_did_they_say_misspelt_surname_and_search(ds):
    rows = await rows_of(ds, "/claims/what_did_they_say.json?speaker=Shevchuck&q=")
    assert {r["speaker"] for r in rows} == {"Oleksandra Shevchuk"} and len(rows) == 3
    rows = await rows_of(ds, "/claims/what_did_they_say.json?speaker=Olexandra+Schevchuk&q=governor+number")
    assert [r["quote"] for r in rows] == ["The governor’s number is simply not true"]
    assert await rows_of(ds, "/claims/what_did_they_say.json?speaker=Nobody+Atall&q=") == []


async def test_what_did_they_say_links_to_the_quote_page(ds):
    html = (await ds.client.get("/claims/what_did_they_say?speaker=Varga&q=family")).text
    assert 'href="/claims/-/quote/1"' in html
    assert '<a href="/claims/-/speaker/1">Ilona Varga</a>' in html


async def test_figures_about_a_subject(ds):
    rows = await rows_of(ds, "/claims/figures.json?q=evacuated&min=&max=")
    assert [r["number_text"] for r in rows] == ["more than 1,200", "fewer than 500"]
    assert rows[0]["claimant"] == "Ilona Varga" and rows[0]["outlet"] == "The Drevna Courier"
    rows = await rows_of(ds, "/claims/figures.json?q=evacuated&min=1,000&max=")
    assert [r["number_text"] for r in rows] == ["more than 1,200"]
    rows = await rows_of(ds, "/claims/figures.json?q=&min=&max=20")
    # "fewer than 500" has no lower bound: it may or may not be under 20, so it is left out.
    assert [r["number_text"] for r in rows] == ["14"]


async def test_how_a_figure_changed(ds):
    rows = await rows_of(ds, "/claims/figure_over_time.json?object=dead&claimant=")
    assert [(r["published"], r["value"], r["change"]) for r in rows] == [("2026-03-03", 14, None),
                                                                         ("2026-03-10", 23, 9)]
    rows = await rows_of(ds, "/claims/figure_over_time.json?object=evacuated&claimant=Shevchuk")
    assert [r["number_text"] for r in rows] == ["fewer than 500"]


async def test_disputed_claims(ds):
    rows = await rows_of(ds, "/claims/disputed_claims.json")
    by_figure = {r["number_text"]: r for r in rows}
    assert set(by_figure) == {"more than 1,200", "fewer than 500"}
    assert by_figure["more than 1,200"]["disputed_by"] == "Oleksandra Shevchuk"
    assert "fewer than 500 (Oleksandra Shevchuk)" in by_figure["more than 1,200"]["other_figures"]


async def test_same_quote_across_outlets(ds):
    rows = await rows_of(ds, "/claims/same_quote_across_outlets.json")
    assert len(rows) == 1
    assert rows[0]["speaker"] == "Ilona Varga" and rows[0]["articles"] == 2
    assert set(rows[0]["outlets"].split(",")) == {"The Drevna Courier", "Kestria Today"}


# --- escaping -------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/claims/quotes", "/claims/quotes/6", "/claims/quotes_view?_search=donation",
                                  "/claims/-/quote/6", "/claims/-/speaker/2",
                                  "/claims/what_did_they_say?speaker=Shevchuk&q=donation"])
async def test_script_in_a_quote_is_inert(ds, path):
    html = (await ds.client.get(path)).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# --- the plugin's pages ---------------------------------------------------------------------------

async def test_quote_page_shows_the_quote_in_its_paragraph(ds):
    html = (await ds.client.get("/claims/-/quote/1")).text
    assert ('<p class="claims-context">“<mark id="quote">We moved every family we could reach, and we will not '
            "stop until the last house is empty</mark>,” Varga told reporters in Korvel.</p>") in html
    assert 'href="https://drevna-courier.example/2026/03/03/evacuation"' in html
    assert 'href="/claims/-/speaker/1"' in html and "Ilona Varga" in html
    # The other paragraphs of the article are not repeated.
    assert "She said 14 people had died" not in html


async def test_claim_page_highlights_the_figure(ds):
    html = (await ds.client.get("/claims/-/claim/1")).text
    assert "Governor Ilona Varga said on Tuesday that <mark id=\"quote\">more than 1,200</mark> people" in html
    assert "1,200 people (at least 1,200)" in html
    assert "Disputed by" in html and "Oleksandra Shevchuk" in html
    assert 'href="/claims/-/figure?object=evacuated"' in html and 'href="/claims/-/quote/2"' in html
    # An article without a URL links to its page to read instead (tests/test_article_page.py).
    html = (await ds.client.get("/claims/-/claim/4")).text
    assert 'href="/claims/-/article/3"' in html


async def test_speaker_page(ds):
    html = (await ds.client.get("/claims/-/speaker/2")).text
    assert "<h1>Oleksandra Shevchuk</h1>" in html
    assert "Olexandra Shevchuk" in html and "director of the Valley Aid Network" in html
    assert "<dt>Quotes</dt><dd>3</dd>" in html
    assert html.count("<rect") == 2 and "svg" in html  # the timeline: quotes on two dates
    listed = html.split("newest first")[1]
    assert listed.index("2026-03-10") < listed.index("2026-03-05")


async def test_figure_page_charts_values_over_time(ds):
    html = (await ds.client.get("/claims/-/figure?object=dead")).text
    assert html.count("<circle") == 2
    assert "2026-03-03: 14 (Ilona Varga)" in html and "2026-03-10: 23 (regional emergency service)" in html
    hostile = await ds.client.get("/claims/-/figure?object=%3Cscript%3Ealert(2)%3C/script%3E")
    assert hostile.status_code == 200 and "<script>alert(2)" not in hostile.text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in hostile.text


@pytest.mark.parametrize("path", ["/claims/-/quote/999", "/claims/-/claim/999", "/claims/-/speaker/999",
                                  "/nowhere/-/quote/1"])
async def test_missing_things_are_404(ds, path):
    assert (await ds.client.get(path)).status_code == 404


async def test_row_and_result_links_to_the_pages(ds):
    html = (await ds.client.get("/claims/quotes_view")).text
    assert 'href="/claims/-/quote/6"' in html
    html = (await ds.client.get("/claims/figures?q=evacuated&min=&max=")).text
    assert 'href="/claims/-/claim/1"' in html


async def test_database_page_charts_quotes_per_speaker(ds):
    html = (await ds.client.get("/claims")).text
    assert "Quotes per speaker over time" in html
    assert 'href="/claims/-/speaker/1">Ilona Varga</a> (3)' in html
    assert "2026-03-03: 2 quotes (Ilona Varga)" in html
