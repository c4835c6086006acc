"""SQLite rows to typed Arrow tables and pandas DataFrames, fast (the reading half of claims.open()).

Rows go from SQLite to Arrow arrays and only then to pandas: through the ADBC SQLite driver (in C,
no Python object per value) when it is installed, else through sqlite3 in batches. Either way it is
several times faster than `pandas.read_sql`, and the columns come typed, by column name.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

BATCH = 50_000

# Column types by name, shared by every table: a column not named here is text.
INTEGER = {"id", "article_id", "speaker_id", "quote_id", "claimant_id", "claim_id", "start", "end", "quotes",
           "claims", "repeats"}
FLOAT = {"confidence", "value", "lower", "upper", "score"}
DATE = {"said_on", "published", "date", "last_quoted", "reviewed_at"}
TIMESTAMP = {"ingested_at"}
CATEGORY = {"kind"}

ARROW_TYPES = {**{c: pa.int64() for c in INTEGER}, **{c: pa.float64() for c in FLOAT}}
PLACEHOLDERS = {pa.int64(): "0", pa.float64(): "0.0"}  # and '' for text and dates

try:  # the fast reader; without it the plain sqlite3 one does the same work, slower
    import adbc_driver_sqlite.dbapi as adbc_sqlite
except ImportError:  # pragma: no cover
    adbc_sqlite = None


def arrow_table(execute, uri: str, sql: str, params: Iterable | dict = ()) -> pa.Table:
    """The rows of a query as one Arrow table, typed by column name. `execute` runs a query on
    the caller's read-only sqlite3 connection; `uri` opens the same file for the fast reader."""
    if adbc_sqlite is not None and isinstance(params, (list, tuple)):
        # The column names alone, without running the query.
        schema = arrow_schema(execute(f"SELECT * FROM ({sql}) LIMIT 0", params))
        try:
            return arrow_adbc(uri, sql, params, schema)
        except Exception:  # noqa: BLE001
            # Any surprise of the fast reader (a stray value of another type, a driver
            # limit) is handled by the plain reader below, which coerces value by value.
            pass
    cursor = execute(sql, params)
    schema = arrow_schema(cursor)
    return pa.Table.from_batches(record_batches(cursor, schema), schema=schema)


def arrow_adbc(uri: str, sql: str, params: Iterable, schema: pa.Schema) -> pa.Table:
    """The same table read by the ADBC SQLite driver: rows go to Arrow in C, without Python objects.

    The driver infers each column's type from its first rows and fails on a later value of
    another type; a column NULL in all its first rows would be guessed wrong. So the query
    is led by one row of typed placeholders (0, 0.0, '') that fixes every column's type,
    and that row is dropped.
    """
    lead = ", ".join(f"{PLACEHOLDERS.get(field.type, chr(39) * 2)} AS {quote(field.name)}" for field in schema)
    with adbc_sqlite.connect(uri) as conn:
        cursor = conn.cursor()
        try:
            cursor.execute(f"SELECT {lead} UNION ALL SELECT * FROM ({sql})", list(params))
            table = cursor.fetch_arrow_table().slice(1)
        finally:
            cursor.close()
    columns = []
    for column, field in zip(table.columns, schema):
        column = column.combine_chunks()
        if pa.types.is_date32(field.type) or pa.types.is_timestamp(field.type):
            columns.append(parse_dates(column.cast(pa.string()), field.type))
        else:
            columns.append(column.cast(field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def to_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as a DataFrame: Int64 ids and counts, floats, datetimes, text, categories."""
    df = table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get, date_as_object=False)
    for name in df.columns:
        if name in CATEGORY:
            df[name] = df[name].astype("category")
    return df


def record_batches(cursor: sqlite3.Cursor, schema: pa.Schema, size: int = BATCH) -> Iterator[pa.RecordBatch]:
    """The cursor's rows as Arrow record batches of at most `size` rows.

    Only one batch of rows is ever held as Python objects, so memory follows the batch size
    and not the number of rows.
    """
    while True:
        # Rows are millions of short-lived tuples, none in a reference cycle: the cyclic garbage
        # collector would only walk them again and again, so it pauses while a batch is built.
        with gc_paused():
            rows = cursor.fetchmany(size)
            if not rows:
                return
            columns = zip(*rows)
            batch = pa.RecordBatch.from_arrays([arrow_array(c, f.type) for c, f in zip(columns, schema)],
                                               schema=schema)
            del rows, columns
        yield batch


@contextmanager
def gc_paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def arrow_schema(cursor: sqlite3.Cursor) -> pa.Schema:
    """The Arrow types of a cursor's columns, by column name (text unless named in the sets above)."""
    fields = []
    for name in (d[0] for d in cursor.description):
        if name in DATE:
            type_ = pa.date32()
        elif name in TIMESTAMP:
            type_ = pa.timestamp("s", tz="UTC")
        else:
            type_ = ARROW_TYPES.get(name, pa.string())
        fields.append(pa.field(name, type_))
    return pa.schema(fields)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def parse_dates(text: pa.Array, type_: pa.DataType) -> pa.Array:
    """ISO dates (date32) or date-times (UTC timestamps) from text; anything else becomes null."""
    if pa.types.is_date32(type_):
        text = pc.utf8_slice_codeunits(text, 0, 10)
        return pc.cast(pc.strptime(text, format="%Y-%m-%d", unit="s", error_is_null=True), type_)
    text = pc.utf8_slice_codeunits(text, 0, 19)
    return pc.strptime(text, format="%Y-%m-%dT%H:%M:%S", unit="s", error_is_null=True).cast(type_)


def arrow_array(values: tuple, type_: pa.DataType) -> pa.Array:
    """One column of SQLite values as an Arrow array; a value of the wrong type becomes null."""
    if pa.types.is_date32(type_) or pa.types.is_timestamp(type_):
        return parse_dates(arrow_array(values, pa.string()), type_)
    try:
        return pa.array(values, type=type_)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        # SQLite columns are dynamically typed; a stray '' in a number column must not stop a read.
        return pa.array([coerce(v, type_) for v in values], type=type_)


def coerce(value, type_: pa.DataType):
    if value is None:
        return None
    if pa.types.is_string(type_):
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if pa.types.is_integer(type_):
        return int(number) if number.is_integer() else None
    return number
