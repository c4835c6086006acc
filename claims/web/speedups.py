"""Speed-ups that reach into Datasette's internals: all of them here, each measured, each written
against Datasette 1.0a41 and switched off on any other version (`install` says what it did).

Datasette's public hooks cannot do these. On a loaded two-core machine, where a search page takes
about 50 ms, they save:

1. the schema of an immutable database answered once: about 15 ms a page;
2. Datasette's own small queries read on the event loop: six to ten thread trips a page;
3. URL strings that do not build dir(str) at every method call: 6-9 ms a page.

On another version nothing is patched, and pages are as fast as Datasette makes them.
"""

from __future__ import annotations

import copy
import functools

import datasette as datasette_package
from datasette.utils import PrefixedUrlString

PATCHED_VERSION = "1.0a41"


def install(datasette) -> list[str]:
    """Apply the speed-ups to a running `datasette` if it is the version they were written for;
    the names of those applied now (none on another version, or when applied already)."""
    if getattr(datasette_package, "__version__", None) != PATCHED_VERSION:
        return []
    applied = []
    if [cache_schema(db) for db in datasette.databases.values()].count(True):
        applied.append("schema")
    if read_internal_inline(datasette):
        applied.append("internal")
    if fast_prefixed_urls():
        applied.append("urls")
    return applied


# -- 1. ------------------------------------------------------------------------------------------
# Schema introspection answered once per immutable database instead of on every request.
#
# Datasette asks the database about its schema many times a page: the columns, primary keys,
# foreign keys and full-text table of each table, whether a name is a table or a view, the
# CREATE statement shown under a table. Each question is a trip to a worker thread and back, and
# a canned query page asks them for every table of the database (for the SQL editor's
# completions): about forty trips, 15 ms of a 50 ms page on a loaded two-core machine. The schema
# of a file served immutable (`claims serve --immutable`, after `claims publish`) cannot change
# while it is served, so the first answer to each question is kept. Databases opened for writing
# are left alone: their schema can change under Datasette.

# Database methods whose answer depends only on the schema (and, for label_column_for_table,
# on datasette.yaml, which is read once at startup).
CACHED = (
    "table_names", "view_names", "table_exists", "view_exists",
    "table_columns", "table_column_details", "primary_keys", "fts_table",
    "label_column_for_table", "foreign_keys_for_table", "get_all_foreign_keys",
    "hidden_table_names", "get_table_definition", "derived_table_dependencies",
)


IMMUTABLE = (str, int, float, bool, type(None), tuple)  # (the tuples here are rows and namedtuples of str/int)


def _fresh(value):
    """A copy of a kept answer: callers may change the lists and dicts they get, as they could each query's."""
    if isinstance(value, IMMUTABLE):
        return value
    if isinstance(value, list) and all(isinstance(item, IMMUTABLE) for item in value):
        return list(value)
    return copy.deepcopy(value)


def cache_schema(db) -> bool:
    """Keep the answers to `db`'s schema questions if it is immutable; True if it now does."""
    if db.is_mutable or db.is_memory or getattr(db, "_claims_schema_cached", False):
        return False
    answers: dict = {}
    for name in CACHED:
        original = getattr(db, name, None)
        if original is None:
            continue

        @functools.wraps(original)
        async def cached(*args, _name=name, _original=original, **kwargs):
            key = (_name, args, tuple(sorted(kwargs.items())))
            try:
                value = answers[key]
            except KeyError:
                value = answers[key] = await _original(*args, **kwargs)
            return _fresh(value)

        setattr(db, name, cached)
    db._claims_schema_cached = True
    return True


# -- 2. ------------------------------------------------------------------------------------------
# Datasette's own small queries (permissions, metadata) read on the event loop, not in a thread.
#
# Every page asks Datasette's internal database who may see what and how it is described: six to
# ten queries of a fraction of a millisecond each on a search page. Datasette sends each to its
# pool of SQL threads and waits for the answer, and the trip to a thread and back costs more than
# the query (0.15 ms idle, and on a busy two-core machine the thread must wait to be scheduled
# each time). These queries are read straight on the event loop instead, as Datasette itself
# does for every query when it runs without threads (`num_sql_threads: 0`). The archive's own
# queries keep their threads: a slow one must not stop every other page.
#
# The internal database is small, is only written by Datasette itself, and is in WAL mode, so a
# read never waits for a write.

def read_internal_inline(datasette) -> bool:
    """Run reads of `datasette`'s internal database on the calling thread; True if it now does."""
    db = datasette.get_internal_database()
    if db is None or getattr(db, "_claims_inline", False):
        return False
    if not all(hasattr(db, name) for name in ("_execute_fn", "_read_connection", "_check_not_closed", "connect")):
        return False  # (a Datasette whose internals differ from 1.0a41's: leave it as it is)

    async def _execute_fn(fn):
        # Datasette's own code for running without threads (Database._execute_fn, 1.0a41).
        db._check_not_closed()
        if db._read_connection is None:
            db._read_connection = db.connect()
            datasette._prepare_connection(db._read_connection, db.name)
        return fn(db._read_connection)

    db._execute_fn = _execute_fn
    db._claims_inline = True
    return True


# -- 3. ------------------------------------------------------------------------------------------
# Datasette's URL strings without a list of every str method built at each method call.
#
# Datasette 1.0a41 returns paths as PrefixedUrlString, a str whose methods return the same type.
# To tell a str method from anything else, every attribute lookup on one (urljoin makes a dozen)
# builds `dir(str)`, a sorted list of 80 names: a search page with facets makes some 260 of them,
# the links of the facet values, 6-9 ms of a 50 ms page on a busy two-core machine. The same
# check against a set of those names, made once, gives the same answers.

STR_NAMES = frozenset(dir(str))


def __getattribute__(self, name):
    # PrefixedUrlString.__getattribute__ of Datasette 1.0a41, with STR_NAMES for dir(str).
    if not name.startswith("__") and name in STR_NAMES:

        def method(self, *args, **kwargs):
            value = getattr(super(PrefixedUrlString, self), name)(*args, **kwargs)
            if isinstance(value, str):
                return type(self)(value)
            elif isinstance(value, list):
                return [type(self)(i) for i in value]
            elif isinstance(value, tuple):
                return tuple(type(self)(i) for i in value)
            else:
                return value

        return method.__get__(self)
    return str.__getattribute__(self, name)


def fast_prefixed_urls() -> bool:
    """Use the set for Datasette's URL strings; True if they now do."""
    if PrefixedUrlString.__getattribute__ is __getattribute__:
        return False
    PrefixedUrlString.__getattribute__ = __getattribute__
    return True
