"""Search that costs the same in ten million quotes as in ten: the table and view search pages,
the Search quotes canned query and What did this person say?, through real Datasette on a real
claims database, with datasette.yaml as shipped.

The database is the one of tests/test_datasette.py plus 1,205 generated quotes of one speaker
that all contain "reservoir", more than the newest 200 matches a search page keeps and Search
quotes ranks.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from claims.web.functions import fts_escape, match_score
from test_datasette import anyio_backend, build_database, get_json, make_datasette, rows_of  # noqa: F401

pytestmark = pytest.mark.anyio

MANY = 1205


@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> Path:
    path = build_database(tmp_path_factory.mktemp("search") / "claims.db")
    conn = sqlite3.connect(path)
    with conn:
        speaker = conn.execute("INSERT INTO speakers (name, kind) VALUES ('Petro Lysenko', 'person') "
                               "RETURNING id").fetchone()[0]
        conn.execute("INSERT INTO speaker_aliases (speaker_id, alias, normalized, origin) "
                     "VALUES (?, 'Petro Lysenko', 'petro lysenko', 'auto')", (speaker,))
        article = conn.execute(
            "INSERT INTO articles (title, outlet, published, content_hash, text, source, ingested_at) "
            "VALUES ('Reservoir levels', 'Meridian Wire', '2026-03-20', 'many', 'x', 'generated', "
            "'2026-03-20T00:00:00+00:00') RETURNING id").fetchone()[0]
        # Through the table, so the store's triggers index each quote as an ingest would.
        conn.executemany(
            'INSERT INTO quotes (article_id, speaker_id, speaker_text, kind, text, cue, said_on, start, "end", '
            "confidence) VALUES (?, ?, 'Lysenko', 'direct', ?, 'said', '2026-03-20', 0, 1, 0.9)",
            [(article, speaker, f"The reservoir is at level {n}" + (" with the spillway open" if n == 0 else ""))
             for n in range(MANY)])
    conn.close()
    return path


@pytest.fixture(scope="module")
async def ds(db_file, anyio_backend):  # noqa: F811
    datasette = make_datasette(db_file)
    await datasette.invoke_startup()
    return datasette


def newest_ids(db_file: Path, word: str, n: int) -> list[int]:
    conn = sqlite3.connect(db_file)
    ids = [r[0] for r in conn.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC "
                                      "LIMIT ?", (f'"{word}"', n))]
    conn.close()
    return ids


# --- ?_search= on tables and views ------------------------------------------------------------------

@pytest.mark.parametrize("table", ["quotes", "quotes_view"])
async def test_search_page_keeps_the_newest_200_matches(ds, db_file, table):
    data = await get_json(ds, f"/claims/{table}.json?_search=reservoir&_extra=count,human_description_en"
                              "&_size=max&_shape=objects")
    assert data["count"] == 200
    assert "the newest 200 matches" in data["human_description_en"]
    assert sorted(r["id"] for r in data["rows"]) == sorted(newest_ids(db_file, "reservoir", 200))
    # The oldest of them (the only one with a spillway) is beyond the newest 200 ...
    assert all("spillway" not in r["text"] for r in data["rows"])
    # ... and found by a search that names it.
    rows = await rows_of(ds, f"/claims/{table}.json?_search=reservoir+spillway")
    assert [r["text"] for r in rows] == ["The reservoir is at level 0 with the spillway open"]


async def test_search_page_with_few_matches_finds_them_all(ds):
    found = await rows_of(ds, "/claims/quotes_view.json?_search=family")
    assert [(r["speaker"], r["outlet"]) for r in found] == [("Ilona Varga", "Kestria Today"),
                                                           ("Ilona Varga", "The Drevna Courier")]
    assert len(await rows_of(ds, "/claims/claims_view.json?_search=evacuated")) == 2
    assert len(await rows_of(ds, "/claims/articles.json?_search=dam")) == 1


async def test_search_page_facets_count_the_matches_kept(ds):
    data = await get_json(ds, "/claims/quotes_view.json?_search=reservoir&_extra=facet_results,suggested_facets")
    speakers = {f["value"]: f["count"] for f in data["facet_results"]["results"]["speaker"]["results"]}
    assert speakers == {"Petro Lysenko": 200}
    assert data["suggested_facets"] == []  # suggest_facets is off: one query per column saved


async def test_search_box_is_shown_with_the_words_searched(ds):
    html = (await ds.client.get("/claims/quotes_view?_search=family")).text
    assert 'name="_search"' in html and 'value="family"' in html
    assert "We moved every family" in html and "the newest 200 matches" in html
    plain = (await ds.client.get("/claims/quotes")).text
    assert 'name="_search"' in plain


async def test_empty_search_lists_every_row(ds):
    assert len(await rows_of(ds, "/claims/quotes.json?_search=&_size=max")) == 6 + MANY
    assert len(await rows_of(ds, "/claims/quotes.json?_search=+++&_size=max")) == 6 + MANY


async def test_search_one_column_and_raw_syntax(ds):
    assert len(await rows_of(ds, "/claims/quotes.json?_search_speaker_text=Varga")) == 3
    assert await rows_of(ds, "/claims/quotes.json?_search_text=Varga") == []
    rows = await rows_of(ds, "/claims/quotes.json?_search=family+OR+donation&_searchmode=raw")
    assert len(rows) == 3
    # Escaped (the default), OR is a word to find like any other.
    assert await rows_of(ds, "/claims/quotes.json?_search=family+OR+donation") == []
    response = await ds.client.get("/claims/quotes.json?_search_nosuchcolumn=x")
    assert response.status_code == 400
    # FTS5 syntax errors in raw mode are the reader's: a 400 that says so, not a server error.
    response = await ds.client.get("/claims/quotes_view?_search=family+AND&_searchmode=raw")
    assert response.status_code == 400 and "Cannot search for that" in response.text


@pytest.mark.parametrize("hostile", ['"', "'", "*", "NEAR(a b)", "a AND OR", "text:foo", "^", ")) --", "ü" * 300])
async def test_hostile_search_is_a_search_for_words(ds, hostile):
    from urllib.parse import quote

    response = await ds.client.get(f"/claims/quotes_view.json?_search={quote(hostile)}")
    assert response.status_code == 200, response.text[:300]


async def test_a_database_of_another_name_is_searched_the_same_way(db_file, tmp_path):
    other = tmp_path / "news.db"
    other.write_bytes(db_file.read_bytes())
    datasette = make_datasette(other)
    await datasette.invoke_startup()
    data = await get_json(datasette, "/news/quotes_view.json?_search=reservoir&_extra=count")
    assert data["count"] == 200


# --- canned queries ----------------------------------------------------------------------------------

async def test_search_quotes_ranks_the_best_match_first(ds, db_file):
    rows = await rows_of(ds, "/claims/search_quotes.json?q=family")
    assert {r["quote_id"] for r in rows} == {1, 5}
    rows = await rows_of(ds, "/claims/search_quotes.json?q=reservoir+spillway")
    assert [r["quote"] for r in rows] == ["The reservoir is at level 0 with the spillway open"]
    rows = await rows_of(ds, "/claims/search_quotes.json?q=reservoir")
    assert len(rows) == 20  # the twenty best of the newest 200
    assert {r["quote_id"] for r in rows} <= set(newest_ids(db_file, "reservoir", 200))
    # The shortest quotes use the word most densely: they come first.
    assert [len(r["quote"]) for r in rows] == sorted(len(r["quote"]) for r in rows)
    # Whole words: "evacu" is not "evacuated".
    assert await rows_of(ds, "/claims/search_quotes.json?q=evacu") == []
    assert len(await rows_of(ds, "/claims/search_quotes.json?q=evacuated")) == 1


async def test_search_quotes_links_to_quote_and_speaker(ds):
    html = (await ds.client.get("/claims/search_quotes?q=family")).text
    assert 'href="/claims/-/quote/1"' in html and '<a href="/claims/-/speaker/1">Ilona Varga</a>' in html


async def test_what_did_they_say_reads_a_much_quoted_speakers_newest_quotes(ds, db_file):
    rows = await rows_of(ds, "/claims/what_did_they_say.json?speaker=Petro+Lysenko&q=")
    assert len(rows) == 50
    assert [r["quote_id"] for r in rows] == sorted((r["quote_id"] for r in rows), reverse=True)
    assert rows[0]["quote_id"] == newest_ids(db_file, "reservoir", 1)[0]
    # Words are looked for among the speaker's newest 1,000 quotes: the oldest of the 1,205 (the
    # only one with a spillway) is beyond them, a newer one is found.
    rows = await rows_of(ds, "/claims/what_did_they_say.json?speaker=Lysenko+Petro&q=spillway")
    assert rows == []
    rows = await rows_of(ds, "/claims/what_did_they_say.json?speaker=Lysenko+Petro&q=1100")
    assert rows[0]["quote"] == "The reservoir is at level 1100"
    # The page says so: the list is cut at the newest 1,000, or only they were searched.
    rows = await rows_of(ds, "/claims/what_did_they_say.json?speaker=Petro+Lysenko&q=")
    assert (rows[0]["in_all"], rows[0]["more"], rows[0]["searched"], rows[0]["next_page"]) == (1000, 1, None, 2)
    html = (await ds.client.get("/claims/what_did_they_say?speaker=Petro+Lysenko&q=")).text
    assert "More than 1,000 quotes: the newest 1,000 are listed" in html
    rows = await rows_of(ds, "/claims/what_did_they_say.json?speaker=Petro+Lysenko&q=reservoir")
    assert (rows[0]["in_all"], rows[0]["more"], rows[0]["searched"]) == (1000, 0, 1000)
    html = (await ds.client.get("/claims/what_did_they_say?speaker=Petro+Lysenko&q=1100")).text
    assert "quotes among the newest 1,000 searched; older ones were not searched" in html


# --- the SQL functions ----------------------------------------------------------------------------

def test_fts_escape_quotes_whole_words():
    assert fts_escape("evacu") == '"evacu"'
    assert fts_escape('a "b" OR c*') == '"a" "b" "OR" "c"'
    assert fts_escape("  ") == '""'


def test_match_score():
    assert match_score("dam", "The dam held") > match_score("dam", "The dam held and held and held for weeks")
    assert match_score("dam dam", "the dam") == match_score("dam", "the dam")
    assert match_score("dam water", "The dam held") is None
    assert match_score("water", "The dam", "Water Minister") is not None  # any column
    assert match_score("Déjà", "deja vu") is not None and match_score("DEJA", "Déjà vu") is not None
    assert match_score("", "x") is None and match_score(None, "x") is None and match_score("x", None) is None
    assert match_score("x", 12) is None
    # Whole words only, as FTS5 splits them: letters and digits, "_" and punctuation separate.
    assert match_score("or", "for more work", "Orlov") is None and match_score("or", "x", "Or-Lov") is not None
    assert match_score("or", "this or that") == match_score("or", "THIS OR THAT")
    assert match_score("dam", "the dam2 and 2dam") is None and match_score("dam", "x_dam_y") is not None
    assert match_score("dam", "Dam\nwater") == match_score("dam", "Dam", "water")
    assert match_score("zurich", "Zürich said") is not None and match_score("zurich", "Zurichs") is None


async def test_pages_of_quotes_are_twenty_rows(ds):
    data = await get_json(ds, "/claims/quotes_view.json?_search=reservoir&_shape=objects")
    assert len(data["rows"]) == 20 and data["next"]
    assert len(await rows_of(ds, "/claims/quotes.json")) == 20


# --- our pages ------------------------------------------------------------------------------------

async def test_speaker_page_pages_the_newest_thousand_quotes(ds, db_file):
    conn = sqlite3.connect(db_file)
    speaker = conn.execute("SELECT id FROM speakers WHERE name = 'Petro Lysenko'").fetchone()[0]
    conn.close()
    html = (await ds.client.get(f"/claims/-/speaker/{speaker}")).text
    assert f"<dt>Quotes</dt><dd>{MANY}</dd>" in html
    # The newest 1,000, fifty a page, the list's length said and the next page linked.
    assert html.count("The reservoir is at level") == 50
    assert "More than 1,000 quotes: the newest 1,000 are listed</span> · 1–50 shown" in html
    assert f'<a class="claims-next" href="/claims/-/speaker/{speaker}?page=2">' in html
    last = (await ds.client.get(f"/claims/-/speaker/{speaker}?page=20")).text
    assert last.count("The reservoir is at level") == 50 and "951–1,000 shown" in last and "claims-next" not in last
    assert "The timeline above is of these newest 1,000 of 1,205 quotes" in html
    assert f'href="/claims/quotes?speaker_id={speaker}&amp;_sort_desc=id&amp;_nofacet=1">all of them</a>' in html
    assert len(await rows_of(ds, f"/claims/quotes.json?speaker_id={speaker}&_sort_desc=id&_size=max")) == MANY


async def test_database_page_counts_the_newest_quotes(ds):
    html = (await ds.client.get("/claims")).text
    assert "Most quoted in the newest 20,000 quotes" in html
    assert f">Petro Lysenko</a> ({MANY})" in html


def test_name_blocks_are_the_first_letters_of_each_normalised_word():
    import json

    from claims.web.functions import name_blocks

    assert json.loads(name_blocks("VARGA, Ilona")) == ["il", "va"]
    assert json.loads(name_blocks("Olexandra Schevchuk")) == ["al", "sh"]  # transliterated as aliases are
    assert json.loads(name_blocks("D. Kovalenko")) == ["ko"]
    assert json.loads(name_blocks("")) == [] and json.loads(name_blocks(None)) == []


async def test_a_misspelt_name_is_matched_within_its_blocks(ds):
    rows = await rows_of(ds, "/claims/what_did_they_say.json?speaker=Petro+Lisenko&q=")
    assert {r["speaker"] for r in rows} == {"Petro Lysenko"}
    # A misspelling of the first two letters of every word is not found.
    assert await rows_of(ds, "/claims/what_did_they_say.json?speaker=Ilona+Farga&q=") != []  # "il" still matches
    assert await rows_of(ds, "/claims/what_did_they_say.json?speaker=Farga&q=") == []


# --- an immutable database's schema is read once ---------------------------------------------------

async def test_immutable_database_schema_is_read_once_and_pages_are_unchanged(db_file, tmp_path):
    """`claims serve --immutable` keeps the answers about the schema; the pages are the same as without."""
    from datasette.app import Datasette

    from test_datasette import CONFIG, METADATA

    copy = tmp_path / "claims.db"
    copy.write_bytes(db_file.read_bytes())
    immutable = Datasette([], immutables=[str(copy)], config=json.loads(json.dumps(CONFIG)), metadata=METADATA)
    await immutable.invoke_startup()
    mutable = make_datasette(copy)
    await mutable.invoke_startup()
    assert immutable.get_database("claims")._claims_schema_cached
    assert not getattr(mutable.get_database("claims"), "_claims_schema_cached", False)

    db = immutable.get_database("claims")
    calls = []
    original = db.execute_fn.__func__.__get__(db)

    async def counting(fn):
        calls.append(fn)
        return await original(fn)

    db.execute_fn = counting
    paths = ["/claims/quotes_view.json?_search=reservoir&_extra=facet_results,count",
             "/claims/quotes.json?_search=reservoir&_extra=facet_results,count&_shape=objects",
             "/claims/search_quotes.json?q=reservoir", "/claims/what_did_they_say.json?speaker=Varga&q=",
             "/claims/speakers.json?_extra=facet_results"]
    for path in paths:
        assert (await get_json(immutable, path)) == (await get_json(mutable, path)), path
    for page in ("/claims/search_quotes?q=reservoir", "/claims/quotes?_search=reservoir", "/claims/quotes_view"):
        assert (await immutable.client.get(page)).status_code == 200
    asked = len(calls)
    for page in ("/claims/search_quotes?q=reservoir", "/claims/quotes?_search=reservoir", "/claims/quotes_view"):
        assert (await immutable.client.get(page)).status_code == 200
    assert len(calls) == asked  # the second time, nothing about the schema is asked again

    # A caller changing the list it got does not change the next answer.
    columns = await db.table_columns("quotes")
    columns.append("nonsense")
    assert "nonsense" not in await db.table_columns("quotes")
    keys = await db.foreign_keys_for_table("quotes")
    keys[0]["other_table"] = "nonsense"
    assert (await db.foreign_keys_for_table("quotes"))[0]["other_table"] != "nonsense"


async def test_datasettes_own_queries_are_read_without_a_thread(ds):
    from datasette.resources import TableResource

    assert ds.get_internal_database()._claims_inline
    # Permissions and descriptions still come from it.
    assert "Direct quotes and reported speech" in (await ds.client.get("/claims/quotes")).text
    assert await ds.allowed(action="view-table", resource=TableResource("claims", "quotes"), actor=None)
    assert not await ds.allowed(action="review-claims", actor=None)
    assert await ds.allowed(action="review-claims", actor={"id": "factchecker", "roles": ["fact-checker"]})


async def test_datasettes_url_strings_behave_as_before(ds):
    from datasette.utils import PrefixedUrlString

    from claims.web import speedups

    assert PrefixedUrlString.__getattribute__ is speedups.__getattribute__
    path = PrefixedUrlString("/claims/quotes?_search=dam")
    assert type(path.replace("dam", "water")) is PrefixedUrlString and path.replace("dam", "x").endswith("=x")
    assert all(type(part) is PrefixedUrlString for part in path.split("/"))
    assert all(type(part) is PrefixedUrlString for part in path.partition("?"))
    assert path.startswith("/claims") is True and path.find("?") == 14 and path.encode() == b"/claims/quotes?_search=dam"
    assert type(path + "&x=1") is PrefixedUrlString and str(path) == "/claims/quotes?_search=dam"

    class Request:
        url = "http://h/claims/quotes?a=1"

    assert ds.absolute_url(Request(), path) == "http://h/claims/quotes?_search=dam"


async def test_the_speed_ups_switch_off_on_another_datasette(db_file, monkeypatch):
    from claims.web import speedups

    monkeypatch.setattr(speedups, "PATCHED_VERSION", "0.64")  # as if the running Datasette were another
    other = make_datasette(db_file)
    await other.invoke_startup()
    assert not getattr(other.get_internal_database(), "_claims_inline", False)
    assert (await other.client.get("/claims/quotes")).status_code == 200
    monkeypatch.undo()
    same = make_datasette(db_file)
    await same.invoke_startup()
    assert getattr(same.get_internal_database(), "_claims_inline", False)
