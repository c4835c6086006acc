"""Schema changes as ordered, recorded functions.

Each migration runs once per database, in order, inside a transaction; its name is recorded in
`_migrations`. Never edit a migration that has shipped: add a new one. Migrations write their
tables and columns out as SQL, so what one does never changes with the SQLModel classes; the
classes stay the schema's one description, and tests/test_store.py checks that the migrations
build what they describe.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from ..timestamps import now

MIGRATIONS = []


def migration(fn):
    MIGRATIONS.append(fn)
    return fn


def _run(conn: Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(text(statement))


@migration
def m001_create_tables(conn: Connection):
    """The tables of the first release, written out: later columns come with later migrations."""
    _run(conn, """
    CREATE TABLE articles (id INTEGER NOT NULL, url VARCHAR, external_id VARCHAR, title VARCHAR, outlet VARCHAR,
        author VARCHAR, published VARCHAR, content_hash VARCHAR NOT NULL, text VARCHAR NOT NULL, source VARCHAR,
        ingested_at VARCHAR NOT NULL, PRIMARY KEY (id), UNIQUE (content_hash));
    CREATE INDEX ix_articles_external_id ON articles (external_id);
    CREATE INDEX ix_articles_outlet ON articles (outlet);
    CREATE INDEX ix_articles_published ON articles (published);
    CREATE INDEX ix_articles_url ON articles (url);
    CREATE TABLE speakers (id INTEGER NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, role VARCHAR,
        description VARCHAR, PRIMARY KEY (id));
    CREATE INDEX ix_speakers_name ON speakers (name);
    CREATE TABLE speaker_aliases (id INTEGER NOT NULL, speaker_id INTEGER NOT NULL, alias VARCHAR NOT NULL,
        normalized VARCHAR NOT NULL, origin VARCHAR NOT NULL, score FLOAT, PRIMARY KEY (id),
        FOREIGN KEY(speaker_id) REFERENCES speakers (id));
    CREATE INDEX ix_speaker_aliases_normalized ON speaker_aliases (normalized);
    CREATE INDEX ix_speaker_aliases_speaker_id ON speaker_aliases (speaker_id);
    CREATE TABLE quotes (id INTEGER NOT NULL, article_id INTEGER NOT NULL, speaker_id INTEGER, speaker_text VARCHAR,
        role VARCHAR, kind VARCHAR NOT NULL, text VARCHAR NOT NULL, cue VARCHAR, said_on VARCHAR,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, confidence FLOAT NOT NULL, PRIMARY KEY (id),
        FOREIGN KEY(article_id) REFERENCES articles (id), FOREIGN KEY(speaker_id) REFERENCES speakers (id));
    CREATE INDEX ix_quotes_article_id ON quotes (article_id);
    CREATE INDEX ix_quotes_kind ON quotes (kind);
    CREATE INDEX ix_quotes_said_on ON quotes (said_on);
    CREATE INDEX ix_quotes_speaker_id ON quotes (speaker_id);
    CREATE TABLE claims (id INTEGER NOT NULL, article_id INTEGER NOT NULL, quote_id INTEGER, claimant_id INTEGER,
        claimant_text VARCHAR, text VARCHAR NOT NULL, number_text VARCHAR NOT NULL, value FLOAT, lower FLOAT,
        upper FLOAT, qualifier VARCHAR, unit VARCHAR, object VARCHAR, time_scope VARCHAR, trend VARCHAR,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, disputed_by VARCHAR, confidence FLOAT NOT NULL,
        PRIMARY KEY (id), FOREIGN KEY(article_id) REFERENCES articles (id),
        FOREIGN KEY(quote_id) REFERENCES quotes (id), FOREIGN KEY(claimant_id) REFERENCES speakers (id));
    CREATE INDEX ix_claims_article_id ON claims (article_id);
    CREATE INDEX ix_claims_claimant_id ON claims (claimant_id);
    CREATE INDEX ix_claims_object ON claims (object);
    CREATE INDEX ix_claims_quote_id ON claims (quote_id);
    CREATE INDEX ix_claims_unit ON claims (unit);
    CREATE TABLE reviews (id INTEGER NOT NULL, claim_id INTEGER, quote_id INTEGER, verdict VARCHAR NOT NULL,
        note VARCHAR, url VARCHAR, reviewer VARCHAR, reviewed_at VARCHAR NOT NULL, PRIMARY KEY (id));
    CREATE INDEX ix_reviews_claim_id ON reviews (claim_id);
    CREATE INDEX ix_reviews_quote_id ON reviews (quote_id)
    """)


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
                     {"n": fn.__name__, "t": now()})
        applied.append(fn.__name__)
    return applied


@migration
def m004_speaker_keys_and_decisions(conn: Connection):
    """Lookup keys for linking at scale, the log of human decisions, external ids.

    The keys are the linker's to compute: claims.link.keys.ensure_keys fills an empty
    `speaker_keys` (and normalises the aliases again) before it next links.
    """
    _run(conn, """
    CREATE TABLE speaker_keys (id INTEGER NOT NULL, alias_id INTEGER NOT NULL, "key" VARCHAR NOT NULL,
        PRIMARY KEY (id), FOREIGN KEY(alias_id) REFERENCES speaker_aliases (id) ON DELETE CASCADE);
    CREATE INDEX ix_speaker_keys_alias_id ON speaker_keys (alias_id);
    CREATE INDEX ix_speaker_keys_key ON speaker_keys ("key");
    CREATE TABLE speaker_decisions (id INTEGER NOT NULL, action VARCHAR NOT NULL, speaker_id INTEGER,
        other_id INTEGER, speaker_name VARCHAR, other_name VARCHAR, alias VARCHAR, value VARCHAR,
        external_id VARCHAR, who VARCHAR, why VARCHAR, decided_at VARCHAR NOT NULL, PRIMARY KEY (id));
    CREATE INDEX ix_speaker_decisions_action ON speaker_decisions (action);
    CREATE INDEX ix_speaker_decisions_speaker_id ON speaker_decisions (speaker_id);
    CREATE TABLE speaker_external_ids (id INTEGER NOT NULL, speaker_id INTEGER NOT NULL, scheme VARCHAR NOT NULL,
        value VARCHAR NOT NULL, PRIMARY KEY (id),
        FOREIGN KEY(speaker_id) REFERENCES speakers (id) ON DELETE CASCADE, UNIQUE (value));
    CREATE INDEX ix_speaker_external_ids_speaker_id ON speaker_external_ids (speaker_id)
    """)


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

    A database made while m004 built speaker_decisions from the model of the day has them already.
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


@migration
def m010_speakers_view_last_quoted(conn: Connection):
    """speakers_view's `last_quoted` read the date of every article of a speaker: 1.2 s for the
    first page of a million quotes, whose most quoted speakers have 100,000 quotes each. For a
    speaker quoted more than 500 times it now walks the articles newest first (the published
    index) to the first one that quotes them; the same dates, in 45 ms."""
    conn.execute(text("DROP VIEW IF EXISTS speakers_view"))
    conn.execute(text("""CREATE VIEW speakers_view AS
        SELECT speakers.id, speakers.name, speakers.kind, speakers.role,
               (SELECT group_concat(alias, ' | ') FROM speaker_aliases a WHERE a.speaker_id = speakers.id) AS aliases,
               (SELECT count(*) FROM quotes q WHERE q.speaker_id = speakers.id) AS quotes,
               (SELECT count(*) FROM claims c WHERE c.claimant_id = speakers.id) AS claims,
               CASE WHEN (SELECT count(*) FROM quotes q WHERE q.speaker_id = speakers.id) > 500
                    THEN (SELECT articles.published FROM articles WHERE articles.published IS NOT NULL
                          AND EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = articles.id
                                      AND q.speaker_id = speakers.id)
                          ORDER BY articles.published DESC LIMIT 1)
                    ELSE (SELECT max(articles.published) FROM quotes q JOIN articles ON articles.id = q.article_id
                          WHERE q.speaker_id = speakers.id) END AS last_quoted
        FROM speakers"""))


_STATS_TRIGGERS = {
    # A quote comes, goes or changes speaker: counts move; a date that may have been the last marks
    # the row stale.
    "speaker_stats_quote_in": """AFTER INSERT ON quotes WHEN new.speaker_id IS NOT NULL BEGIN {quote_in} END""",
    "speaker_stats_quote_out": """AFTER DELETE ON quotes WHEN old.speaker_id IS NOT NULL BEGIN {quote_out} END""",
    "speaker_stats_quote_moved": """AFTER UPDATE OF speaker_id ON quotes
        WHEN old.speaker_id IS NOT new.speaker_id BEGIN {quote_out} {quote_in} END""",
    "speaker_stats_claim_in": """AFTER INSERT ON claims WHEN new.claimant_id IS NOT NULL BEGIN {claim_in} END""",
    "speaker_stats_claim_out": """AFTER DELETE ON claims WHEN old.claimant_id IS NOT NULL BEGIN {claim_out} END""",
    "speaker_stats_claim_moved": """AFTER UPDATE OF claimant_id ON claims
        WHEN old.claimant_id IS NOT new.claimant_id BEGIN {claim_out} {claim_in} END""",
    "speaker_stats_redated": """AFTER UPDATE OF published ON articles WHEN old.published IS NOT new.published BEGIN
        UPDATE speaker_stats SET stale = 1
        WHERE speaker_id IN (SELECT speaker_id FROM quotes WHERE article_id = new.id); END""",
    "speaker_stats_speaker_gone": """AFTER DELETE ON speakers BEGIN
        DELETE FROM speaker_stats WHERE speaker_id = old.id; END""",
}
_STATS_STATEMENTS = {
    "quote_in": """INSERT INTO speaker_stats (speaker_id, quotes, last_quoted)
        SELECT new.speaker_id, 1, (SELECT published FROM articles WHERE id = new.article_id)
        WHERE new.speaker_id IS NOT NULL
        ON CONFLICT (speaker_id) DO UPDATE SET quotes = quotes + 1,
            last_quoted = CASE WHEN last_quoted IS NULL OR excluded.last_quoted > last_quoted
                               THEN excluded.last_quoted ELSE last_quoted END;""",
    "quote_out": """UPDATE speaker_stats SET quotes = quotes - 1,
        stale = stale OR (last_quoted IS NOT NULL
                          AND coalesce((SELECT published FROM articles WHERE id = old.article_id) >= last_quoted, 1))
        WHERE speaker_id = old.speaker_id;""",
    "claim_in": """INSERT INTO speaker_stats (speaker_id, claims) SELECT new.claimant_id, 1
        WHERE new.claimant_id IS NOT NULL ON CONFLICT (speaker_id) DO UPDATE SET claims = claims + 1;""",
    "claim_out": """UPDATE speaker_stats SET claims = claims - 1 WHERE speaker_id = old.claimant_id;""",
}


@migration
def m011_speaker_stats(conn: Connection):
    """speakers_view computed every speaker's counts and last date from the quotes, and Datasette
    counts a view's rows by reading all its columns: 0.97 s for each first page of the view at a
    million quotes. speaker_stats keeps them, written by triggers; the view reads them (a few ms)."""
    conn.execute(text("""CREATE TABLE speaker_stats (speaker_id INTEGER NOT NULL, quotes INTEGER NOT NULL DEFAULT 0,
        claims INTEGER NOT NULL DEFAULT 0, last_quoted VARCHAR, stale BOOLEAN NOT NULL DEFAULT 0,
        PRIMARY KEY (speaker_id), FOREIGN KEY(speaker_id) REFERENCES speakers (id) ON DELETE CASCADE)"""))
    conn.execute(text("""INSERT INTO speaker_stats (speaker_id, quotes, claims, last_quoted, stale)
        SELECT q.speaker_id, count(*), 0, max(a.published), 0 FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_id IS NOT NULL GROUP BY q.speaker_id"""))
    conn.execute(text("""INSERT INTO speaker_stats (speaker_id, quotes, claims, last_quoted, stale)
        SELECT id, 0, n, NULL, 0 FROM (SELECT claimant_id AS id, count(*) AS n FROM claims
                                       WHERE claimant_id IS NOT NULL GROUP BY claimant_id)
        WHERE true ON CONFLICT (speaker_id) DO UPDATE SET claims = excluded.claims"""))
    for name, body in _STATS_TRIGGERS.items():
        conn.execute(text(f"CREATE TRIGGER {name} " + body.format(**_STATS_STATEMENTS)))
    conn.execute(text("DROP VIEW IF EXISTS speakers_view"))
    conn.execute(text("""CREATE VIEW speakers_view AS
        SELECT speakers.id, speakers.name, speakers.kind, speakers.role,
               (SELECT group_concat(alias, ' | ') FROM speaker_aliases a WHERE a.speaker_id = speakers.id) AS aliases,
               coalesce(s.quotes, 0) AS quotes, coalesce(s.claims, 0) AS claims,
               CASE WHEN s.stale THEN
                   CASE WHEN s.quotes > 500
                   THEN (SELECT articles.published FROM articles WHERE articles.published IS NOT NULL
                         AND EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = articles.id
                                     AND q.speaker_id = speakers.id)
                         ORDER BY articles.published DESC LIMIT 1)
                   ELSE (SELECT max(articles.published) FROM quotes q JOIN articles ON articles.id = q.article_id
                         WHERE q.speaker_id = speakers.id) END
               ELSE s.last_quoted END AS last_quoted
        FROM speakers LEFT JOIN speaker_stats s ON s.speaker_id = speakers.id"""))


# The judged item's newest verdict and its date, for a row of repeats.
_NEWEST_REVIEW = """coalesce(
    (SELECT r.{column} FROM reviews r WHERE repeats.judged_kind = 'claim' AND r.claim_id = repeats.judged_id
     ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1),
    (SELECT r.{column} FROM reviews r WHERE repeats.judged_kind = 'quote' AND r.quote_id = repeats.judged_id
     ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1))"""


@migration
def m012_repeats(conn: Connection):
    """Repeats of checked claims (claims.repeats): which new claim or quote repeats which judged one,
    the fact-checkers' dismissals of wrong matches, and repeats_view with the words, speaker, date,
    outlet and the judged item's newest verdict of each."""
    _run(conn, """
    CREATE TABLE repeats (id INTEGER NOT NULL, kind VARCHAR NOT NULL, item_id INTEGER NOT NULL,
        judged_kind VARCHAR NOT NULL, judged_id INTEGER NOT NULL, score FLOAT NOT NULL, reason VARCHAR NOT NULL,
        found_at VARCHAR NOT NULL, PRIMARY KEY (id));
    CREATE INDEX ix_repeats_item ON repeats (kind, item_id);
    CREATE INDEX ix_repeats_judged ON repeats (judged_kind, judged_id);
    CREATE TABLE repeat_dismissals (id INTEGER NOT NULL, kind VARCHAR NOT NULL, item_id INTEGER NOT NULL,
        article_id INTEGER, text VARCHAR NOT NULL, judged_kind VARCHAR NOT NULL, judged_id INTEGER NOT NULL,
        who VARCHAR, dismissed_at VARCHAR NOT NULL, PRIMARY KEY (id));
    CREATE INDEX ix_repeat_dismissals_judged ON repeat_dismissals (judged_kind, judged_id)
    """)
    conn.execute(text(f"""CREATE VIEW repeats_view AS
        SELECT repeats.id AS repeat_id, repeats.kind, repeats.item_id AS id,
               coalesce(claims.text, quotes.text) AS text,
               coalesce(claimant.name, claims.claimant_text, speaker.name, quotes.speaker_text) AS speaker,
               articles.published, articles.outlet, articles.title AS article, articles.id AS article_id,
               repeats.judged_kind, repeats.judged_id AS repeats,
               {_NEWEST_REVIEW.format(column="verdict")} AS verdict,
               {_NEWEST_REVIEW.format(column="reviewed_at")} AS reviewed_at,
               repeats.score, repeats.reason
        FROM repeats
        LEFT JOIN claims ON repeats.kind = 'claim' AND claims.id = repeats.item_id
        LEFT JOIN quotes ON repeats.kind = 'quote' AND quotes.id = repeats.item_id
        LEFT JOIN speakers claimant ON claimant.id = claims.claimant_id
        LEFT JOIN speakers speaker ON speaker.id = quotes.speaker_id
        JOIN articles ON articles.id = coalesce(claims.article_id, quotes.article_id)"""))


@migration
def m013_feeds(conn: Connection):
    """`claims watch` keeps what it knows of each feed (ETag, Last-Modified, how its last fetch went)
    and of each item it read, so a restarted watch goes on where it stopped. Independent of m012."""
    conn.execute(text("""CREATE TABLE feeds (url VARCHAR NOT NULL, title VARCHAR, etag VARCHAR, last_modified VARCHAR,
        checked_at VARCHAR, status VARCHAR, error VARCHAR, failures INTEGER NOT NULL, PRIMARY KEY (url))"""))
    conn.execute(text("""CREATE TABLE feed_items (url VARCHAR NOT NULL, feed VARCHAR NOT NULL, version VARCHAR,
        status VARCHAR NOT NULL, attempts INTEGER NOT NULL, article_id INTEGER, error VARCHAR,
        first_seen VARCHAR NOT NULL, checked_at VARCHAR NOT NULL, PRIMARY KEY (url))"""))
    conn.execute(text("CREATE INDEX ix_feed_items_feed ON feed_items (feed)"))
    conn.execute(text("CREATE INDEX ix_feed_items_status ON feed_items (status)"))
