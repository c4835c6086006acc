"""Schema changes as ordered, recorded functions.

Each migration runs once per database, in order, inside a transaction; its name is recorded in
`_migrations`. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from . import models  # noqa: F401  (registers the tables on SQLModel.metadata)

MIGRATIONS = []


def migration(fn):
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_create_tables(conn: Connection):
    tables = [SQLModel.metadata.tables[name] for name in
              ("articles", "speakers", "speaker_aliases", "quotes", "claims", "reviews")]
    SQLModel.metadata.create_all(conn, tables=tables)


# Full-text indexes are external-content FTS5 tables kept in step by triggers, so a row and its
# index entry are always written in the same transaction.
FTS = {
    "quotes": ["text", "speaker_text", "cue"],
    "claims": ["text", "number_text", "object", "claimant_text", "unit"],
    "articles": ["title", "text", "outlet", "author"],
}


@migration
def m002_full_text_search(conn: Connection):
    for table, columns in FTS.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        conn.execute(text(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"))
        conn.execute(text(f"""CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END"""))
        conn.execute(text(f"""CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
            INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END"""))
        conn.execute(text(f"""CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN
            INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});
            INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END"""))


@migration
def m003_browsing_views(conn: Connection):
    conn.execute(text("""CREATE VIEW quotes_view AS
        SELECT quotes.id, speakers.name AS speaker, quotes.speaker_text, quotes.role, quotes.kind, quotes.text,
               quotes.cue, quotes.said_on, articles.published, articles.outlet, articles.title AS article,
               articles.url, quotes.article_id, quotes.speaker_id, quotes.start, quotes."end", quotes.confidence
        FROM quotes JOIN articles ON articles.id = quotes.article_id
        LEFT JOIN speakers ON speakers.id = quotes.speaker_id"""))
    conn.execute(text("""CREATE VIEW claims_view AS
        SELECT claims.id, claims.number_text, claims.value, claims.lower, claims.upper, claims.qualifier,
               claims.unit, claims.object, claims.time_scope, claims.trend,
               speakers.name AS claimant, claims.claimant_text, claims.disputed_by, claims.text AS sentence,
               articles.published, articles.outlet, articles.title AS article, articles.url,
               claims.article_id, claims.quote_id, claims.claimant_id, claims.start, claims."end", claims.confidence
        FROM claims JOIN articles ON articles.id = claims.article_id
        LEFT JOIN speakers ON speakers.id = claims.claimant_id"""))
    conn.execute(text("""CREATE VIEW speakers_view AS
        SELECT speakers.id, speakers.name, speakers.kind, speakers.role,
               (SELECT group_concat(alias, ' | ') FROM speaker_aliases a WHERE a.speaker_id = speakers.id) AS aliases,
               (SELECT count(*) FROM quotes q WHERE q.speaker_id = speakers.id) AS quotes,
               (SELECT count(*) FROM claims c WHERE c.claimant_id = speakers.id) AS claims,
               (SELECT max(articles.published) FROM quotes q JOIN articles ON articles.id = q.article_id
                 WHERE q.speaker_id = speakers.id) AS last_quoted
        FROM speakers"""))


def migrate(conn: Connection) -> list[str]:
    """Apply the migrations this database has not had yet; return their names."""
    conn.execute(text("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"))
    done = {row[0] for row in conn.execute(text("SELECT name FROM _migrations"))}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        fn(conn)
        conn.execute(text("INSERT INTO _migrations (name, applied_at) VALUES (:n, :t)"),
                     {"n": fn.__name__, "t": datetime.now(timezone.utc).isoformat(timespec="seconds")})
        applied.append(fn.__name__)
    return applied


@migration
def m004_speaker_keys_and_decisions(conn: Connection):
    """Lookup keys for linking at scale, the log of human decisions, external ids.

    The keys are the linker's to compute: claims.link.keys.ensure_keys fills an empty
    `speaker_keys` (and normalises the aliases again) before it next links.
    """
    SQLModel.metadata.create_all(conn, tables=[SQLModel.metadata.tables[name] for name in
                                               ("speaker_keys", "speaker_decisions", "speaker_external_ids")])


@migration
def m005_speaker_keys_by_surname(conn: Connection):
    """Blocking keys by whole surname instead of its first letters: blocks of one surname stay
    small as the archive grows. The keys are emptied for the linker to compute again (see m004)."""
    conn.execute(text("DELETE FROM speaker_keys"))


@migration
def m006_speaker_keys_by_initial(conn: Connection):
    """Blocking keys by surname and given initial, and surname typos by the surname's ends and
    length: a common surname's block no longer holds everyone of that surname. The keys are
    emptied for the linker to compute again (see m004)."""
    conn.execute(text("DELETE FROM speaker_keys"))


@migration
def m007_review_decisions(conn: Connection):
    """Where a review-queue decision applies: the article's stable identity and the mention as
    written (speaker_decisions.article, .mention), indexed together for re-applying after ingest.

    m004 builds speaker_decisions from the current model, which has these columns: a database
    made since has them already, an older one gets them here.
    """
    have = {row[1] for row in conn.execute(text("PRAGMA table_info(speaker_decisions)"))}
    for column in ("article", "mention"):
        if column not in have:
            conn.execute(text(f"ALTER TABLE speaker_decisions ADD COLUMN {column} VARCHAR"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_speaker_decisions_article_mention "
                      "ON speaker_decisions (article, mention)"))


@migration
def m008_unresolved_mentions(conn: Connection):
    """Person mentions no one is known for yet, by surname, so later evidence can link them
    (claims.link.mentions). Written out, so this migration never changes with the model."""
    conn.execute(text(
        "CREATE TABLE IF NOT EXISTS unresolved_mentions (quote_id INTEGER NOT NULL PRIMARY KEY "
        "REFERENCES quotes (id) ON DELETE CASCADE, surname VARCHAR NOT NULL)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_unresolved_mentions_surname ON unresolved_mentions (surname)"))
    # What each mention's article says besides the name (a role word "r:...", a co-quoted speaker
    # "c:<id>"): a new namesake looks only at the mentions its own profile could agree with.
    conn.execute(text(
        "CREATE TABLE IF NOT EXISTS unresolved_evidence (quote_id INTEGER NOT NULL REFERENCES quotes (id) "
        "ON DELETE CASCADE, surname VARCHAR NOT NULL, key VARCHAR NOT NULL)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_unresolved_evidence_lookup ON unresolved_evidence (surname, key)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_unresolved_evidence_quote ON unresolved_evidence (quote_id)"))


@migration
def m009_claims_change_role(conn: Connection):
    """Which part of a change a figure is ("rose by C from A to B": change, earlier level, new
    level), on the table and in claims_view beside the trend."""
    have = {row[1] for row in conn.execute(text("PRAGMA table_info(claims)"))}
    if "change_role" not in have:
        conn.execute(text("ALTER TABLE claims ADD COLUMN change_role VARCHAR"))
    conn.execute(text("DROP VIEW IF EXISTS claims_view"))
    conn.execute(text("""CREATE VIEW claims_view AS
        SELECT claims.id, claims.number_text, claims.value, claims.lower, claims.upper, claims.qualifier,
               claims.unit, claims.object, claims.time_scope, claims.trend, claims.change_role,
               speakers.name AS claimant, claims.claimant_text, claims.disputed_by, claims.text AS sentence,
               articles.published, articles.outlet, articles.title AS article, articles.url,
               claims.article_id, claims.quote_id, claims.claimant_id, claims.start, claims."end", claims.confidence
        FROM claims JOIN articles ON articles.id = claims.article_id
        LEFT JOIN speakers ON speakers.id = claims.claimant_id"""))
