"""SQLite storage: open (and migrate) a database, write one article's extraction atomically."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, delete, event, insert, select, update
from sqlalchemy.engine import Connection, Engine

from ..errors import DatabaseError
from ..extract.records import Extraction
from ..link import Linker
from ..sources import Article as SourceArticle, content_hash
from .migrations import migrate
from .models import Article, Claim, Quote, Review, Speaker, SpeakerAlias, VERDICTS
from .writer import ArticleSpeakers, SpeakerWriter

__all__ = ["connect", "save", "load_linker", "Saved", "Article", "Claim", "Quote", "Review", "Speaker",
           "SpeakerAlias", "VERDICTS"]


def connect(path: str | Path) -> Engine:
    """An engine on the SQLite database at `path`, created and migrated if needed."""
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

    try:
        with engine.begin() as conn:
            migrate(conn)
    except Exception as error:
        raise DatabaseError(f"cannot open {path} as a claims database: {error}") from None
    return engine


def load_linker(conn: Connection) -> Linker:
    """A Linker that looks names up in this database as it goes.

    Nothing is preloaded: each lookup is an indexed query on `speaker_aliases.normalized` or
    `speaker_keys.key`, so starting an ingest costs the same with ten aliases or a million.
    `link_speakers` points the linker at each article's connection.
    """
    from ..link.keys import SqlIndex

    return Linker(SqlIndex(conn))


@dataclass
class Saved:
    """What saving one article did."""

    status: str  # new | replaced | unchanged
    article_id: int
    quotes: int = 0
    claims: int = 0
    new_speakers: int = 0


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def save(conn: Connection, source: SourceArticle, extraction: Extraction, linker: Linker | None = None) -> Saved:
    """Store one article with its quotes, claims and speakers, inside the caller's transaction.

    The same text twice is stored once; a new text under a known url or id replaces the old
    article's quotes and claims (reviews are kept: they name the claim they judged).
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

    ids, new_speakers = link_speakers(conn, extraction, linker)
    quote_rows = [{
        "article_id": article_id, "speaker_id": ids.get(q.speaker), "speaker_text": q.speaker_text, "role": q.role,
        "kind": q.kind, "text": q.text, "cue": q.cue, "said_on": q.said_on, "start": q.start, "end": q.end,
        "confidence": q.confidence,
    } for q in extraction.quotes]
    quote_ids = []
    if quote_rows:
        # RETURNING keeps the ids in insertion order, so claims can point at their quote.
        quote_ids = [r[0] for r in conn.execute(insert(Quote).returning(Quote.id, sort_by_parameter_order=True),
                                                quote_rows)]
    claim_rows = [{
        "article_id": article_id,
        "quote_id": quote_ids[c.quote_index] if c.quote_index is not None and c.quote_index < len(quote_ids) else None,
        "claimant_id": ids.get(c.claimant), "claimant_text": c.claimant_text or c.claimant, "text": c.text,
        "number_text": c.number_text, "value": c.value, "lower": c.lower, "upper": c.upper, "qualifier": c.qualifier,
        "unit": c.unit, "object": c.object, "time_scope": c.time_scope, "trend": c.trend, "start": c.start,
        "end": c.end, "disputed_by": c.disputed_by, "confidence": c.confidence,
    } for c in extraction.claims]
    if claim_rows:
        conn.execute(insert(Claim), claim_rows)
    return Saved(status, article_id, len(quote_rows), len(claim_rows), new_speakers)


def link_speakers(conn: Connection, extraction: Extraction, linker: Linker | None = None) -> tuple[dict[str, int], int]:
    """Map each speaker name of the extraction to a speakers.id, creating speakers as needed.

    The article's speakers are found together (`Linker.find_all`): full names first, so that the
    speakers they find are context (co-occurring speakers) for the surnames and initials. An alias a
    person has pinned to another speaker (a manual split or merge) is never added to this one:
    automatic linking does not undo human decisions. Names are looked up in the database of `conn`
    (`linker` is accepted for callers of the older signature; its index is not used). To link many
    articles in one transaction, use one `SpeakerWriter` for all of them, as claims.load.write_batch does.
    """
    cur = conn.connection.driver_connection.cursor()
    try:
        writer = SpeakerWriter(cur)
        ids, created = writer.link(ArticleSpeakers.of(extraction))
        writer.flush()
    finally:
        cur.close()  # see claims.load.write_batch: a live statement would keep the connection open
    return ids, created
