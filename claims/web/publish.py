"""Prepare a claims database for read-heavy serving: indexes, statistics, one self-contained file.

`claims publish` calls prepare(); Datasette then opens the file immutable (no locking, no
change checks, counts precomputed by `datasette inspect`).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DatabaseError

# Columns the browsing views join on or facet by, beyond those datasette.yaml facets directly
# on tables (which prepare() reads from the configuration).
JOIN_AND_VIEW_COLUMNS = {
    "articles": ["outlet", "published", "author"],
    "quotes": ["article_id", "speaker_id", "kind", "said_on"],
    "claims": ["article_id", "claimant_id", "quote_id", "unit", "object"],
    "speakers": ["name", "kind", "role"],
    "speaker_aliases": ["speaker_id", "normalized", "origin"],
    "reviews": ["claim_id", "quote_id", "verdict", "reviewer"],
}


@dataclass
class Published:
    """What prepare() did."""

    db: Path
    inspect_file: Path
    indexes_created: list[str] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)


def indexed_first_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """Columns that already lead an index of `table` (an index on them is already usable)."""
    found = set()
    for index in conn.execute(f"PRAGMA index_list([{table}])"):
        columns = conn.execute(f"PRAGMA index_info([{index[1]}])").fetchall()
        if columns:
            found.add(columns[0][2])
    return found


def wanted_indexes(conn: sqlite3.Connection, config: dict | None) -> dict[str, list[str]]:
    """table -> columns to index: foreign keys, join columns and the facets of datasette.yaml."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    wanted = {table: list(columns) for table, columns in JOIN_AND_VIEW_COLUMNS.items() if table in tables}
    for db_config in ((config or {}).get("databases") or {}).values():
        for table, options in (db_config.get("tables") or {}).items():
            if table in tables:
                wanted.setdefault(table, []).extend(f for f in options.get("facets") or [] if isinstance(f, str))
    for table in tables:
        if table.startswith(("sqlite_", "_")) or "_fts" in table:
            continue
        for fk in conn.execute(f"PRAGMA foreign_key_list([{table}])"):
            wanted.setdefault(table, []).append(fk[3])
    result = {}
    for table, columns in wanted.items():
        existing = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
        result[table] = [c for c in dict.fromkeys(columns) if c in existing]
    return result


def prepare(db: str | Path, config: dict | None = None, inspect_file: str | Path | None = None) -> Published:
    """Index, analyse and checkpoint `db`, then write `datasette inspect` data beside it."""
    from ..store import connect, stats

    db = Path(db)
    if not db.exists():
        raise DatabaseError(f"{db} does not exist: run `claims ingest` first")
    connect(db).dispose()  # migrated to the current schema
    done = Published(db, Path(inspect_file) if inspect_file else db.with_suffix(".inspect.json"))
    conn = sqlite3.connect(db)
    try:
        for table, columns in wanted_indexes(conn, config).items():
            have = indexed_first_columns(conn, table)
            for column in columns:
                if column in have:
                    continue
                name = f"idx_{table}_{column}"
                conn.execute(f"CREATE INDEX IF NOT EXISTS [{name}] ON [{table}] ([{column}])")
                done.indexes_created.append(name)
        stats.refresh(conn)  # served read-only: no date left for the view to work out per page
        conn.commit()
        conn.execute("ANALYZE")  # statistics for the query planner
        # One self-contained file: the write-ahead log folded in and switched off, because an
        # immutable database is opened without it.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                                     "('articles', 'speakers', 'quotes', 'claims', 'reviews')").fetchall():
            done.tables[table] = conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    except sqlite3.Error as error:
        raise DatabaseError(f"cannot prepare {db}: {error}") from None
    finally:
        conn.close()
    result = subprocess.run([sys.executable, "-m", "datasette", "inspect", str(db), "--inspect-file",
                             str(done.inspect_file)], capture_output=True, text=True)
    if result.returncode != 0:
        raise DatabaseError(f"datasette inspect failed: {result.stderr.strip()[-500:]}")
    json.loads(done.inspect_file.read_text())  # it wrote valid JSON
    return done

