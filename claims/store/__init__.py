"""SQLite storage: open (and migrate) a database; claims.store.writer writes extracted articles into it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from ..errors import DatabaseError
from .migrations import migrate
from .models import Article, Claim, Quote, Review, Speaker, SpeakerAlias, VERDICTS

__all__ = ["connect", "migrate_file", "next_id", "Article", "Claim", "Quote", "Review", "Speaker", "SpeakerAlias",
           "VERDICTS"]


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


def next_id(cur, table: str) -> int:
    """The id SQLite gives the next row (max + 1: the tables have no AUTOINCREMENT)."""
    return (cur.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0) + 1
