"""Exports: a table with its joins to CSV, JSON Lines or Parquet, streamed; reviews as ClaimReview.

The rows are the ones the API returns (`claims.open(path).quotes()` and so on, same columns,
same filters), read from SQLite a batch at a time and written out before the next batch is read,
so memory stays flat however large the database is.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import IO

from .api import Database, TABLES
from .frames import arrow_schema, record_batches
from .errors import ClaimsError

__all__ = ["export", "FORMATS", "TABLES"]

FORMATS = ("csv", "jsonl", "parquet", "claimreview")
# Rows held as Python objects at once: small, since each costs ~20 objects; the peak memory
# of an export is start-up plus one batch.
BATCH = 5_000
# Rows per Parquet row group: Arrow batches are compact, and readers prefer large groups.
ROW_GROUP = 50_000


def export(db: Database | str | Path, fmt: str, table: str = "quotes", out: str | Path | IO | None = None,
           **filters) -> int:
    """Write one table of the database in `fmt`; return the number of rows (or reviews) written.

    `fmt` is csv, jsonl, parquet or claimreview (every review as schema.org ClaimReview JSON-LD,
    whatever `table` says). `out` is a path, an open file (binary for parquet) or None for
    standard output. `filters` are those of the API: speaker, since, until, outlet, q.
    A file is written under a temporary name and renamed when complete, so a failed export
    never leaves half a file behind.
    """
    if fmt not in FORMATS:
        raise ClaimsError(f"no export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    filters = {name: value for name, value in filters.items() if value is not None}
    database = db if isinstance(db, Database) else Database(db)
    try:
        if out is None or out == "-" or not isinstance(out, (str, Path)):
            if out is None or out == "-":
                out = sys.stdout.buffer if fmt == "parquet" else sys.stdout
            try:
                return WRITERS[fmt](database, table, out, filters)
            except BrokenPipeError:
                raise  # the reader went away (`| head`): not an error of ours to explain
            except OSError as error:
                raise ClaimsError(f"cannot write the export: {error}") from None
        path = Path(out)
        partial = path.with_name(path.name + ".partial")
        try:
            mode, options = ("wb", {}) if fmt == "parquet" else ("w", {"encoding": "utf-8", "newline": ""})
            with partial.open(mode, **options) as stream:
                written = WRITERS[fmt](database, table, stream, filters)
            os.replace(partial, path)
        except OSError as error:
            raise ClaimsError(f"cannot write {path}: {error}") from None
        finally:
            partial.unlink(missing_ok=True)
        return written
    finally:
        if database is not db:
            database.close()


def rows(database: Database, table: str, filters: dict):
    """The cursor of one table's query with filters, and its column names."""
    query = database.query(table, **filters)
    cursor = database.execute(query.sql, query.params)
    return cursor, [d[0] for d in cursor.description]


def write_csv(database: Database, table: str, stream: IO, filters: dict) -> int:
    cursor, names = rows(database, table, filters)
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(names)
    written = 0
    while batch := cursor.fetchmany(BATCH):
        writer.writerows(batch)
        written += len(batch)
    return written


def write_jsonl(database: Database, table: str, stream: IO, filters: dict) -> int:
    cursor, names = rows(database, table, filters)
    written = 0
    while batch := cursor.fetchmany(BATCH):
        stream.write("".join(json.dumps(dict(zip(names, row)), ensure_ascii=False, default=str) + "\n"
                             for row in batch))
        written += len(batch)
    return written


def write_parquet(database: Database, table: str, stream: IO, filters: dict) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cursor, _ = rows(database, table, filters)
    # Typed as in the API (Int64 ids, float values, date32 dates), one row group per batch.
    schema = arrow_schema(cursor)
    written, pending = 0, []
    with pq.ParquetWriter(stream, schema, compression="zstd") as writer:
        for batch in record_batches(cursor, schema, BATCH):
            pending.append(batch)
            written += batch.num_rows
            if sum(b.num_rows for b in pending) >= ROW_GROUP:
                writer.write_table(pa.Table.from_batches(pending, schema=schema))
                pending = []
        if pending:
            writer.write_table(pa.Table.from_batches(pending, schema=schema))
    return written


def write_claimreview(database: Database, table: str, stream: IO, filters: dict) -> int:
    try:
        from .review import claimreview
    except ImportError:
        raise ClaimsError("the claimreview format is not available yet (claims.review.claimreview is missing)") \
            from None
    if filters:
        raise ClaimsError("the claimreview format exports every review: it takes no filters")
    documents = claimreview(database.conn)
    stream.write(json.dumps(documents, ensure_ascii=False, indent=2) + "\n")
    return len(documents)


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet, "claimreview": write_claimreview}
