"""Storage: recorded migrations, idempotent ingest, corrected articles replace, FTS in step, views."""

import sqlite3

import pytest
from sqlalchemy import text

from claims.extract.records import Claim, Extraction, Quote, Speaker
from claims.sources import Article
from claims.ingest import save_article
from claims.store import connect


def extraction(quote_text="the bridge would reopen", speaker="Ana Ruiz"):
    return Extraction(
        title="Bridge", outlet="The Ledger", published="2026-03-04",
        quotes=[Quote(kind="indirect", text=quote_text, start=0, end=len(quote_text), speaker=speaker,
                      speaker_text=speaker.split()[-1], cue="said")],
        claims=[Claim(text="It cost $3 million.", number_text="$3 million", start=0, end=10, value=3e6,
                      unit="USD", object="bridge", claimant=speaker, quote_index=0)],
        speakers=[Speaker(name=speaker, aliases=[speaker, speaker.split()[-1]], role="Mayor")],
    )


def store(engine, article, result):
    with engine.begin() as conn:
        return save_article(conn, article, result)


def rows(path, sql):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_migrations_are_recorded_and_run_once(db_path):
    connect(db_path).dispose()
    first = rows(db_path, "SELECT name FROM _migrations ORDER BY name")
    connect(db_path).dispose()
    assert rows(db_path, "SELECT name FROM _migrations ORDER BY name") == first
    assert ("m001_create_tables",) in first
    tables = {r[0] for r in rows(db_path, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {"articles", "speakers", "speaker_aliases", "quotes", "claims", "reviews", "quotes_fts", "claims_fts",
            "articles_fts", "quotes_view", "claims_view", "speakers_view"} <= tables


def test_same_article_twice_is_stored_once(db_path):
    engine = connect(db_path)
    article = Article(text="Mayor Ana Ruiz said the bridge would reopen.", source="a.txt", url="https://x.test/a")
    assert store(engine, article, extraction()).status == "new"
    assert store(engine, article, extraction()).status == "unchanged"
    assert rows(db_path, "SELECT count(*) FROM articles") == [(1,)]
    assert rows(db_path, "SELECT count(*) FROM quotes") == [(1,)]
    assert rows(db_path, "SELECT count(*) FROM claims") == [(1,)]


def test_corrected_article_replaces_its_rows_and_keeps_reviews(db_path):
    engine = connect(db_path)
    first = Article(text="Mayor Ana Ruiz said the bridge would reopen.", source="a.txt", url="https://x.test/a")
    saved = store(engine, first, extraction())
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO reviews (claim_id, verdict, reviewed_at) VALUES (1, 'false', '2026-03-05')"))
    fixed = Article(text="Mayor Ana Ruiz said the bridge would reopen in May.", source="a.txt", url="https://x.test/a")
    again = store(engine, fixed, extraction("the bridge would reopen in May"))
    assert again.status == "replaced" and again.article_id == saved.article_id
    assert rows(db_path, "SELECT text FROM quotes") == [("the bridge would reopen in May",)]
    assert rows(db_path, "SELECT count(*) FROM claims") == [(1,)]
    assert rows(db_path, "SELECT verdict FROM reviews") == [("false",)]


def test_full_text_indexes_follow_inserts_updates_and_deletes(db_path):
    engine = connect(db_path)
    store(engine, Article(text="x", source="a", url="u1"), extraction("the bridge would reopen"))
    assert rows(db_path, "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'bridge'") == [(1,)]
    store(engine, Article(text="y", source="a", url="u1"), extraction("the tunnel would close"))
    assert rows(db_path, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'bridge'") == [(0,)]
    assert rows(db_path, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'tunnel'") == [(1,)]
    for table in ("quotes", "claims", "articles"):
        rows(db_path, f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")


def test_views_show_names_titles_and_dates(db_path):
    engine = connect(db_path)
    store(engine, Article(text="x", source="a"), extraction())
    [(speaker, title, outlet, published)] = rows(db_path, "SELECT speaker, article, outlet, published FROM quotes_view")
    assert (speaker, title, outlet, published) == ("Ana Ruiz", "Bridge", "The Ledger", "2026-03-04")
    [(claimant, value, unit)] = rows(db_path, "SELECT claimant, value, unit FROM claims_view")
    assert (claimant, value, unit) == ("Ana Ruiz", 3e6, "USD")


def test_spellings_across_articles_link_to_one_speaker(db_path):
    engine = connect(db_path)
    store(engine, Article(text="a", source="a"), extraction(speaker="Dmitry Peskov"))
    store(engine, Article(text="b", source="b"), extraction(speaker="Dmitri Peskov"))
    store(engine, Article(text="c", source="c"), extraction(speaker="Volodymyr Zelenskyy"))
    store(engine, Article(text="d", source="d"), extraction(speaker="Volodymyr Zelensky"))
    names = rows(db_path, "SELECT name FROM speakers ORDER BY id")
    assert names == [("Dmitry Peskov",), ("Volodymyr Zelenskyy",)]
    aliases = {a for (a,) in rows(db_path, "SELECT alias FROM speaker_aliases WHERE speaker_id = 1")}
    assert {"Dmitry Peskov", "Dmitri Peskov", "Peskov"} <= aliases


def test_unwritable_database_is_a_clear_error(tmp_path):
    from claims.errors import DatabaseError

    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("this is not sqlite " * 100)
    with pytest.raises(DatabaseError, match="notes.db"):
        connect(not_a_db)


def test_the_outlet_as_claimant_is_an_organization(db_path):
    engine = connect(db_path)
    result = extraction()
    result.claims[0].claimant, result.claims[0].quote_index = "The Ledger", None
    store(engine, Article(text="x", source="a"), result)
    assert rows(db_path, "SELECT kind FROM speakers WHERE name = 'The Ledger'") == [("organization",)]


def schema(path) -> dict:
    """Every table's columns (name, type, not null, key), foreign keys and indexed columns, by table."""
    conn = sqlite3.connect(path)
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE '%_fts%' AND name != '_migrations'")]
    out = {}
    for table in tables:
        columns = sorted((r[1], r[2], r[3], r[5]) for r in conn.execute(f"PRAGMA table_info({table})"))
        keys = sorted((r[2], r[3], r[4], r[6]) for r in conn.execute(f"PRAGMA foreign_key_list({table})"))
        indexes = sorted(tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{i[1]}')"))
                         for i in conn.execute(f"PRAGMA index_list({table})"))
        out[table] = (columns, keys, indexes)
    conn.close()
    return out


def test_the_migrations_build_what_the_models_describe(tmp_path):
    from sqlalchemy import create_engine
    from sqlmodel import SQLModel

    from claims.store import models  # noqa: F401

    connect(tmp_path / "migrated.db").dispose()
    engine = create_engine(f"sqlite:///{tmp_path / 'models.db'}")
    SQLModel.metadata.create_all(engine)
    engine.dispose()
    migrated, described = schema(tmp_path / "migrated.db"), schema(tmp_path / "models.db")
    assert {t: migrated[t] for t in described} == described
    assert set(migrated) - set(described) == {"unresolved_evidence"}  # no primary key: no SQLModel class


def test_an_old_database_migrates_to_the_schema_of_a_new_one(tmp_path):
    from sqlalchemy import create_engine

    from claims.store.migrations import MIGRATIONS

    # A database the first release wrote: its three migrations only.
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"))
        for fn in MIGRATIONS[:3]:
            fn(conn)
            conn.execute(text("INSERT INTO _migrations VALUES (:n, 'then')"), {"n": fn.__name__})
    engine.dispose()
    connect(tmp_path / "old.db").dispose()
    connect(tmp_path / "new.db").dispose()
    assert schema(tmp_path / "old.db") == schema(tmp_path / "new.db")


def test_speakers_view_gives_the_last_date_of_a_much_quoted_speaker(db_path):
    """Quoted more than 500 times, a speaker's last date is read newest article first; the same date."""
    connect(db_path).dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO speakers (id, name, kind) VALUES (1, 'Ana Ruiz', 'person'), (2, 'Tom Hale', 'person')")
    for i in range(1, 701):
        published = None if i % 7 == 0 else f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
        conn.execute("INSERT INTO articles (id, published, content_hash, text, ingested_at) VALUES (?, ?, ?, '', '')",
                     (i, published, f"h{i}"))
        speaker = 1 if i != 350 else 2  # Tom Hale's one quote is in a mid-year article
        conn.execute("INSERT INTO quotes (article_id, speaker_id, kind, text, start, \"end\", confidence) "
                     "VALUES (?, ?, 'direct', '', 0, 0, 1)", (i, speaker))
    conn.commit()
    rows = conn.execute("SELECT id, quotes, last_quoted FROM speakers_view ORDER BY id").fetchall()
    expected = conn.execute("SELECT q.speaker_id, max(a.published) FROM quotes q JOIN articles a "
                            "ON a.id = q.article_id GROUP BY q.speaker_id ORDER BY q.speaker_id").fetchall()
    conn.close()
    assert [(i, last) for i, _, last in rows] == expected
    assert rows[0][1] == 699 and rows[0][2] == "2025-12-28"


def test_a_single_corrected_article_keeps_its_verdicts_on_the_same_words(db_path):
    """save_article() is the writer of `claims ingest` with a batch of one, so a correction saved
    alone treats reviews as test_review's ingest test shows: the same figure and quotation keep
    their verdicts on their new rows, and a verdict on words the correction removed points at no
    row at all, its old id never given to a new quote or claim."""
    from claims.batch import extract_article
    from claims.review import add_review

    first = ("Dockers walked out on Monday. Union leader Ana Ruiz said 400 jobs were at risk. Port director "
             "Tom Hale said the port had lost 2 million euros. \u201cWe will not give in,\u201d Ms Ruiz said.")
    second = first.replace("Port director Tom Hale said the port had lost 2 million euros. ", "").replace(
        "Ms Ruiz said.", "Ms Ruiz said. Talks resume on Friday, the union said.")
    engine = connect(db_path)
    article = Article(text=first, source="port.txt", url="https://news.example/port", title="Port strike")
    saved = store(engine, article, extract_article(article))
    conn = sqlite3.connect(db_path)
    [(jobs,)] = conn.execute("SELECT id FROM claims WHERE number_text = '400'").fetchall()
    [(euros,)] = conn.execute("SELECT id FROM claims WHERE number_text LIKE '2 million%'").fetchall()
    [(give_in,)] = conn.execute("SELECT id FROM quotes WHERE text LIKE '%give in%'").fetchall()
    [(lost,)] = conn.execute("SELECT id FROM quotes WHERE text LIKE '%lost%'").fetchall()
    for kwargs in ({"claim_id": jobs}, {"claim_id": euros}, {"quote_id": give_in}, {"quote_id": lost}):
        add_review(conn, verdict="true", **kwargs)
    conn.commit()
    conn.close()

    article.text = second
    again = store(engine, article, extract_article(article))
    engine.dispose()
    assert (again.status, again.article_id) == ("replaced", saved.article_id)
    judged = rows(db_path, "SELECT r.claim_id, c.number_text, r.quote_id, q.text FROM reviews r "
                           "LEFT JOIN claims c ON c.id = r.claim_id LEFT JOIN quotes q ON q.id = r.quote_id ORDER BY r.id")
    assert judged[0][1] == "400" and judged[2][3] == "\u201cWe will not give in,\u201d"
    assert judged[1][1] is None and judged[3][3] is None
    assert (judged[1][0], judged[3][2]) == (euros, lost)
    assert rows(db_path, f"SELECT count(*) FROM claims WHERE id = {euros}") == [(0,)]
    assert rows(db_path, f"SELECT count(*) FROM quotes WHERE id = {lost}") == [(0,)]
    assert again.quote_ids == [q for (q,) in rows(db_path, "SELECT id FROM quotes ORDER BY start")]


def test_storage_imports_nothing_of_the_stages_after_it():
    """read -> clean -> extract -> link -> store: claims.store is given the linking, never imports it
    (nor what orchestrates or serves)."""
    import ast
    from pathlib import Path

    import claims.store

    later = ("link", "ingest", "parquet", "relink", "api", "web", "cli")
    found = []
    for path in Path(claims.store.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                name = "." * node.level + (node.module or "")
                if node.level == 2 or name.startswith("claims."):
                    stage = name.lstrip(".").removeprefix("claims.").split(".")[0]
                    names = [alias.name for alias in node.names] if not stage else [stage]
                    found += [(path.name, n) for n in names if n in later]
            elif isinstance(node, ast.Import):
                found += [(path.name, a.name) for a in node.names if a.name.split(".")[1:2] and
                          a.name.split(".")[1] in later]
    assert found == []
