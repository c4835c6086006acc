"""SQLite storage: open (and migrate) a database, write one article's extraction atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import create_engine, delete, event, insert, select, update
from sqlalchemy.engine import Connection, Engine

from ..errors import DatabaseError
from ..extract.records import Extraction
from ..sources import Article as SourceArticle, content_hash
from ..timestamps import now
from .migrations import migrate
from .models import Article, Claim, Quote, Review, Speaker, SpeakerAlias, VERDICTS

__all__ = ["connect", "migrate_file", "save", "Saved", "SpeakerIds", "next_id", "Article", "Claim", "Quote", "Review", "Speaker",
           "SpeakerAlias", "VERDICTS"]


def connect(path: str | Path, migrated: bool = True) -> Engine:
    """An engine on the SQLite database at `path`, created and (unless `migrated` is false) migrated if needed."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(f"cannot create {path.parent}: {error}") from None
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _):
        # Let SQLAlchemy's BEGIN below be the only transaction control, so writers take the
        # write lock up front (BEGIN IMMEDIATE) and wait for each other instead of failing.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 60000")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        # 64 MB of page cache instead of 2: the writer's index and FTS pages and the linker's lookups
        # stay in memory as the database grows past the default; a fixed size, so memory stays flat.
        cur.execute("PRAGMA cache_size = -65536")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    if migrated:
        _migrate(engine, path)
    return engine


def _migrate(engine: Engine, path) -> list[str]:
    try:
        with engine.begin() as conn:
            return migrate(conn)
    except Exception as error:
        raise DatabaseError(f"cannot open {path} as a claims database: {error}") from None


def migrate_file(path: str | Path) -> list[str]:
    """Apply the schema changes the claims database at `path` has not had; their names, in order."""
    engine = connect(path, migrated=False)
    try:
        return _migrate(engine, path)
    finally:
        engine.dispose()


@dataclass
class Saved:
    """What saving one article did."""

    status: str  # new | replaced | unchanged
    article_id: int
    quotes: int = 0
    claims: int = 0
    new_speakers: int = 0
    quote_ids: list[int] | None = None  # the stored quotes' ids, in the extraction's order


def next_id(cur, table: str) -> int:
    """The id SQLite gives the next row (max + 1: the tables have no AUTOINCREMENT)."""
    return (cur.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0) + 1


@dataclass
class SpeakerIds:
    """What linking gives storage (claims.link.Linked has the same fields): the speakers.id of each
    quote and each claim of an article, in the extraction's order (None: no speaker), and how many
    speakers were created for them."""

    quotes: list[int | None]
    claims: list[int | None]
    created: int = 0


# Called by save() once the article is to be stored and its old quotes are gone.
Linking = Callable[[Connection], SpeakerIds]


def save(conn: Connection, source: SourceArticle, extraction: Extraction, link: Linking | None = None) -> Saved:
    """Store one article with its quotes and claims, inside the caller's transaction.

    The same text twice is stored once; a new text under a known url or id replaces the old
    article's quotes and claims (reviews are kept: they name the claim they judged). Who said
    what is the caller's: `link(conn)` is called when the article is to be stored, after
    its old quotes are gone, and gives each quote's and claim's speaker id (claims.ingest.save_article
    passes claims.link's); without it, quotes and claims are stored without a speaker.
    """
    digest = content_hash(source.text)
    existing = conn.execute(select(Article.id).where(Article.content_hash == digest)).first()
    if existing:
        return Saved("unchanged", existing[0])
    row = {
        "url": source.url, "external_id": source.id, "title": extraction.title, "outlet": extraction.outlet,
        "author": extraction.author, "published": extraction.published, "content_hash": digest,
        "text": source.text, "source": source.source, "ingested_at": now(),
    }
    previous = None
    if source.url or source.id:
        match = (Article.url == source.url) if source.url else (Article.external_id == source.id)
        previous = conn.execute(select(Article.id).where(match)).first()
    if previous:
        article_id = previous[0]
        conn.execute(delete(Claim).where(Claim.article_id == article_id))
        conn.execute(delete(Quote).where(Quote.article_id == article_id))
        conn.execute(update(Article).where(Article.id == article_id).values(**row))
        status = "replaced"
    else:
        article_id = conn.execute(insert(Article).values(**row)).inserted_primary_key[0]
        status = "new"

    ids = link(conn) if link else SpeakerIds([None] * len(extraction.quotes),
                                                             [None] * len(extraction.claims))
    quote_rows = [{
        "article_id": article_id, "speaker_id": speaker_id, "speaker_text": q.speaker_text, "role": q.role,
        "kind": q.kind, "text": q.text, "cue": q.cue, "said_on": q.said_on, "start": q.start, "end": q.end,
        "confidence": q.confidence,
    } for q, speaker_id in zip(extraction.quotes, ids.quotes)]
    quote_ids = []
    if quote_rows:
        # RETURNING keeps the ids in insertion order, so claims can point at their quote.
        quote_ids = [r[0] for r in conn.execute(insert(Quote).returning(Quote.id, sort_by_parameter_order=True),
                                                quote_rows)]
    claim_rows = [{
        "article_id": article_id,
        "quote_id": quote_ids[c.quote_index] if c.quote_index is not None and c.quote_index < len(quote_ids) else None,
        "claimant_id": claimant_id, "claimant_text": c.claimant_text or c.claimant, "text": c.text,
        "number_text": c.number_text, "value": c.value, "lower": c.lower, "upper": c.upper, "qualifier": c.qualifier,
        "unit": c.unit, "object": c.object, "time_scope": c.time_scope, "trend": c.trend, "change_role": c.change_role,
        "start": c.start,
        "end": c.end, "disputed_by": c.disputed_by, "confidence": c.confidence,
    } for c, claimant_id in zip(extraction.claims, ids.claims)]
    if claim_rows:
        conn.execute(insert(Claim), claim_rows)
    return Saved(status, article_id, len(quote_rows), len(claim_rows), ids.created, quote_ids)
