"""claims.open(): the database to pandas, with joins, dtypes and filters, never writing to the file;
`claims migrate` for a database an older version wrote."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import claims
from claims.api import fts_query
from claims.cli import cli
from claims.errors import ClaimsError, DatabaseError

from conftest import KNOWN_OUTLET


@pytest.fixture
def db(claims_db):
    with claims.open(claims_db) as database:
        yield database


def count(path, sql, *params):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def test_package_exports_open_and_extract():
    assert "open" in claims.__all__ and "extract" in claims.__all__
    result = claims.extract("“No,” Mayor Ana Ruiz said Tuesday.", published="2025-07-23")
    assert hasattr(result, "quotes") and hasattr(result, "claims")


@pytest.mark.parametrize("table", ["quotes", "claims", "speakers", "articles"])
def test_every_row_of_every_table_on_the_sample_database(sample_db, table):
    with claims.open(sample_db) as db:
        df = getattr(db, table)()
    assert len(df) == count(sample_db, f"SELECT count(*) FROM {table}")
    assert df["id"].dtype == "Int64"
    assert df["id"].is_monotonic_increasing


def test_quotes_have_joins_and_dtypes(db):
    df = db.quotes()
    known = df[df["outlet"] == KNOWN_OUTLET]
    assert len(known) == 5
    row = known[known["text"] == "The governor’s number is simply not true"].iloc[0]
    assert row["speaker"] == "Oleksandra Shevchuk"
    assert row["article"] == "Governor and aid group clash over evacuation figure"
    assert row["kind"] == "direct" and row["cue"] == "said"
    assert row["published"] == pd.Timestamp("2026-04-01")
    assert pd.api.types.is_datetime64_any_dtype(df["published"])
    assert pd.api.types.is_datetime64_any_dtype(df["said_on"])
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
    for column in ("article_id", "speaker_id", "start", "end"):
        assert df[column].dtype == "Int64", column
    assert df["confidence"].dtype == "float64"
    assert pd.api.types.is_string_dtype(df["text"])


def test_quote_date_is_said_on_else_published(db):
    df = db.quotes(outlet=KNOWN_OUTLET).set_index("text")
    assert df.loc["more than 1,200 people were evacuated", "date"] == pd.Timestamp("2026-03-31")
    assert df.loc["about 900 people were evacuated", "date"] == pd.Timestamp("2026-04-08")
    assert pd.isna(df.loc["about 900 people were evacuated", "said_on"])


@pytest.mark.parametrize("spelling", ["Oleksandra Shevchuk", "Shevchuk", "shevchuk, oleksandra", "SHEVCHUK, Oleksandra",
                                      "Director Oleksandra Shevchuk", "Olexandra Shevchuk", "Oleksandra Shevchuk's"])
def test_speaker_in_any_spelling(db, spelling):
    df = db.quotes(speaker=spelling, outlet=KNOWN_OUTLET)
    assert len(df) == 3
    assert set(df["speaker"]) == {"Oleksandra Shevchuk"}
    # The comma spelling of the second article was linked to the same speaker at ingest.
    assert set(df["speaker_text"]) == {"Oleksandra Shevchuk", "Shevchuk", "Shevchuk, Oleksandra"}
    # Across the whole database too: every quote of that speakers.id, whatever the extractors found.
    (speaker_id,) = set(df["speaker_id"])
    everything = db.quotes(speaker=spelling)
    assert len(everything) == count(db.path, "SELECT count(*) FROM quotes WHERE speaker_id = ?", int(speaker_id))


def test_speaker_by_id_and_list(db):
    varga = db.speakers(speaker="Governor Varga")
    assert list(varga["name"]) == ["Ilona Varga"]
    by_id = db.quotes(speaker=int(varga["id"].iloc[0]), outlet=KNOWN_OUTLET)
    assert len(by_id) == 2
    both = db.quotes(speaker=["Varga", "Shevchuk"], outlet=KNOWN_OUTLET)
    assert len(both) == 5


def test_unknown_speaker_gives_an_empty_frame_with_the_columns(db):
    df = db.quotes(speaker="Nobody Atall")
    assert df.empty
    assert list(df.columns) == list(db.quotes().columns)
    assert df["published"].dtype == db.quotes()["published"].dtype


def test_organization_speaker(db):
    df = db.speakers(speaker="valley aid network")
    assert list(df["kind"]) == ["organization"]


def test_since_and_until_are_inclusive(db):
    dates = lambda df: sorted(df["date"].dt.strftime("%Y-%m-%d"))  # noqa: E731
    assert dates(db.quotes(outlet=KNOWN_OUTLET, since="2026-04-07")) == ["2026-04-07", "2026-04-08"]
    assert dates(db.quotes(outlet=KNOWN_OUTLET, until="2026-03-31")) == ["2026-03-31"]
    from datetime import date

    assert dates(db.quotes(outlet=KNOWN_OUTLET, since=date(2026, 4, 1), until=pd.Timestamp("2026-04-01"))) == \
        ["2026-04-01", "2026-04-01"]
    articles = db.articles(since="2026-03-05", until="2026-03-10")
    assert articles["published"].between("2026-03-05", "2026-03-10").all()
    assert len(articles) == count(db.path, "SELECT count(*) FROM articles WHERE published BETWEEN ? AND ?",
                                  "2026-03-05", "2026-03-10")


def test_bad_date_is_a_claims_error(db):
    with pytest.raises(ClaimsError, match="since='last week' is not a date"):
        db.quotes(since="last week")


def test_outlet_any_case_and_lists(db):
    assert len(db.quotes(outlet="test gazette")) == 5
    outlets = db.articles(outlet=["kestria today", "Meridian Wire"])["outlet"]
    assert set(outlets) == {"Kestria Today", "Meridian Wire"}
    assert len(outlets) == count(db.path, "SELECT count(*) FROM articles WHERE outlet IN ('Kestria Today', 'Meridian Wire')")


def test_full_text_search(db):
    mine = dict(outlet=KNOWN_OUTLET)
    assert list(db.quotes(q="simply true", **mine)["text"]) == ["The governor’s number is simply not true"]
    assert list(db.quotes(q='"not true"', **mine)["text"]) == ["The governor’s number is simply not true"]
    assert db.quotes(q='"true not"', **mine).empty
    assert len(db.quotes(q="simply true")) == count(
        db.path, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'simply true'")
    assert len(db.claims(q="evacuated", outlet=KNOWN_OUTLET)) == 3
    titles = db.articles(q="toll")["title"]
    assert len(titles) >= 2 and titles.str.contains("toll", case=False).any()


@pytest.mark.parametrize("q", ['"', 'AND', 'NEAR(', 'text:', '*', '-', 'a OR', '"unbalanced', "(", "^", "governor's"])
def test_full_text_syntax_never_raises(db, q):
    db.quotes(q=q)
    db.articles(q=q)


def test_fts_query_escapes():
    assert fts_query('flood AND toll') == '"flood" "AND" "toll"'
    assert fts_query('"death toll" rises') == '"death toll" "rises"'
    assert fts_query('say "hi') == '"say" "hi"'


def test_claims_values_bounds_and_claimant(db):
    df = db.claims(speaker="Ilona Varga", outlet=KNOWN_OUTLET)
    assert list(df["number_text"]) == ["more than 1,200", "about 900"]
    assert df["value"].dtype == "float64" and df["lower"].dtype == "float64" and df["upper"].dtype == "float64"
    assert list(df["lower"]) == [1200.0, 850.0]
    assert df["upper"].isna().tolist() == [True, False]
    assert df.iloc[0]["disputed_by"] == "Oleksandra Shevchuk"
    assert df["claimant_id"].dtype == "Int64"
    assert pd.isna(df.iloc[1]["disputed_by"])


def test_speakers_aliases_and_counts(db):
    df = db.speakers(speaker="Shevchuk").iloc[0]
    assert df["quotes"] == count(db.path, "SELECT count(*) FROM quotes WHERE speaker_id = ?", int(df["id"]))
    assert df["claims"] == count(db.path, "SELECT count(*) FROM claims WHERE claimant_id = ?", int(df["id"]))
    assert "Shevchuk, Oleksandra" in df["aliases"]
    assert df["last_quoted"] == pd.Timestamp("2026-04-08")
    assert list(db.speakers(q="shev")["name"]) == ["Oleksandra Shevchuk"]


def test_articles_by_speaker_with_counts(db):
    df = db.articles(speaker="Shevchuk", outlet=KNOWN_OUTLET)
    assert len(df) == 2
    assert list(df["quotes"]) == [3, 2] and list(df["claims"]) == [2, 1]
    assert pd.api.types.is_datetime64_any_dtype(df["ingested_at"])


def test_limit_and_sql(db):
    assert len(db.articles(limit=3)) == 3
    df = db.sql("SELECT id, published FROM articles WHERE outlet = ? ORDER BY id", [KNOWN_OUTLET])
    assert df["id"].dtype == "Int64" and pd.api.types.is_datetime64_any_dtype(df["published"])


def test_stray_values_do_not_stop_a_read(claims_db):
    # SQLite lets any value into any column; a bad one becomes a missing value, not an exception.
    conn = sqlite3.connect(claims_db)
    conn.execute("UPDATE claims SET value = 'n/a', lower = '' WHERE id = (SELECT min(claims.id) FROM claims "
                 "JOIN articles ON articles.id = claims.article_id WHERE articles.outlet = ?)", [KNOWN_OUTLET])
    conn.execute("UPDATE articles SET published = 'sometime' WHERE outlet = ?", [KNOWN_OUTLET])
    conn.commit()
    conn.close()
    with claims.open(claims_db) as db:
        df = db.claims(outlet=KNOWN_OUTLET)
    assert pd.isna(df.iloc[0]["value"]) and pd.isna(df.iloc[0]["lower"]) and df.iloc[1]["value"] == 500.0
    assert df["published"].isna().all()


def test_missing_file_and_foreign_file(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        claims.open(tmp_path / "nope.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(DatabaseError, match="not a claims database"):
        claims.open(other)


def test_unknown_table(db):
    with pytest.raises(ClaimsError, match="no table 'reviewz'"):
        db.query("reviewz")


@pytest.mark.parametrize("table", ["quotes", "claims", "speakers", "articles"])
def test_fast_and_plain_readers_agree(db, table, monkeypatch):
    # The ADBC reader is the fast path; the sqlite3 one is the fallback and must give the same frame.
    pytest.importorskip("adbc_driver_sqlite")
    from claims.api import read_only
    from claims.frames import arrow_adbc, arrow_schema

    query = db.query(table)
    schema = arrow_schema(db.execute(f"SELECT * FROM ({query.sql}) LIMIT 0", query.params))
    assert arrow_adbc(read_only(db.path), query.sql, query.params, schema).num_rows == len(getattr(db, table)())
    fast = getattr(db, table)()
    monkeypatch.setattr("claims.frames.adbc_sqlite", None)
    plain = getattr(db, table)()
    pd.testing.assert_frame_equal(fast, plain)


def test_a_column_null_in_its_first_rows_keeps_its_type(claims_db):
    # The fast reader guesses types from the first rows; a text column NULL there must stay text.
    conn = sqlite3.connect(claims_db)
    conn.execute("UPDATE quotes SET role = NULL")
    conn.execute("UPDATE quotes SET role = 'governor', confidence = 1 WHERE id = (SELECT max(id) FROM quotes)")
    conn.commit()
    conn.close()
    with claims.open(claims_db) as db:
        df = db.quotes()
    assert df["role"].iloc[-1] == "governor" and df["role"].iloc[:-1].isna().all()
    assert pd.api.types.is_string_dtype(df["role"]) and df["confidence"].dtype == "float64"


def test_speaker_ids_from_pandas_and_like_wildcards(db):
    speakers = db.speakers(q="shev")
    assert len(db.quotes(speaker=speakers["id"].iloc[0], outlet=KNOWN_OUTLET)) == 3  # a numpy integer
    assert len(db.quotes(speaker=speakers["name"], outlet=KNOWN_OUTLET)) == 3  # a Series of names
    assert db.speakers(q="%").empty and db.speakers(q="_").empty  # LIKE wildcards are literal


def test_filters_a_table_does_not_have(db):
    with pytest.raises(ClaimsError, match="speakers cannot be filtered by outlet, since"):
        db.query("speakers", since="2026-03-01", outlet="Kestria Today")


def test_a_surname_two_speakers_share_matches_both(claims_db):
    from claims.extract.records import Extraction, Quote, Speaker
    from claims.sources import Article
    from claims.ingest import save_article
    from claims.store import connect

    text = "“We were never told,” said Petra Varga, a teacher in Brenova."
    engine = connect(claims_db)
    with engine.begin() as conn:
        save_article(conn, Article(text=text, source="petra.txt", url="https://test-gazette.example/petra",
                           outlet=KNOWN_OUTLET, published="2026-04-09"),
             Extraction(outlet=KNOWN_OUTLET, published="2026-04-09",
                        speakers=[Speaker(name="Petra Varga", role="teacher")],
                        quotes=[Quote(kind="direct", text="We were never told", start=1, end=19,
                                      speaker="Petra Varga", speaker_text="Petra Varga", cue="said")]))
    engine.dispose()
    with claims.open(claims_db) as db:
        assert set(db.quotes(speaker="Varga", outlet=KNOWN_OUTLET)["speaker"]) == {"Ilona Varga", "Petra Varga"}
        assert set(db.quotes(speaker="Petra Varga")["speaker"]) == {"Petra Varga"}
        assert set(db.quotes(speaker="Governor Ilona Varga", outlet=KNOWN_OUTLET)["speaker"]) == {"Ilona Varga"}


def test_an_odd_file_name(claims_db, tmp_path):
    import shutil

    from claims.api import read_only
    from claims.frames import arrow_adbc, arrow_schema

    odd = tmp_path / "a dir #1" / "my claims?.db"
    odd.parent.mkdir()
    shutil.copy(claims_db, odd)
    with claims.open(odd) as db:
        assert len(db.quotes(speaker="Shevchuk", outlet=KNOWN_OUTLET)) == 3
        pytest.importorskip("adbc_driver_sqlite")
        query = db.query("articles")
        schema = arrow_schema(db.execute(f"SELECT * FROM ({query.sql}) LIMIT 0", query.params))
        assert arrow_adbc(read_only(db.path), query.sql, query.params, schema).num_rows == len(db.articles())
    assert sorted(p.name for p in odd.parent.iterdir() if p.suffix == ".db") == ["my claims?.db"]


def file_digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_open_never_writes_to_the_file(claims_db):
    before = file_digest(claims_db)
    with claims.open(claims_db) as db:
        assert len(db.quotes()) > 0 and len(db.speakers()) > 0
        db.claims(q="per cent")
    assert file_digest(claims_db) == before


def test_an_older_database_is_left_alone_and_claims_migrate_updates_it(claims_db):
    conn = sqlite3.connect(claims_db)
    conn.execute("DELETE FROM _migrations WHERE name = 'm009_claims_change_role'")  # as version 0.9 left it
    conn.commit()
    conn.close()
    before = file_digest(claims_db)
    with pytest.raises(DatabaseError, match=r"older version of claims .*claims migrate --db"):
        claims.open(claims_db)
    assert file_digest(claims_db) == before
    result = CliRunner().invoke(cli, ["migrate", "--db", str(claims_db)])
    assert result.exit_code == 0, result.output
    assert "1 schema change(s) applied: m009_claims_change_role" in result.output
    with claims.open(claims_db) as db:
        assert len(db.quotes()) > 0
    again = CliRunner().invoke(cli, ["migrate", "--db", str(claims_db)])
    assert again.exit_code == 0 and "is up to date" in again.output


def test_migrate_needs_an_existing_database(tmp_path):
    result = CliRunner().invoke(cli, ["migrate", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1 and "does not exist" in result.output
    assert not (tmp_path / "nope.db").exists()
