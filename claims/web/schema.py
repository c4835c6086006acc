"""Schema introspection answered once per immutable database instead of on every request.

Datasette asks the database about its schema many times a page: the columns, primary keys,
foreign keys and full-text table of each table, whether a name is a table or a view, the
CREATE statement shown under a table. Each question is a trip to a worker thread and back, and
a canned query page asks them for every table of the database (for the SQL editor's
completions): about forty trips, 15 ms of a 50 ms page on a loaded two-core machine. The schema
of a file served immutable (`claims serve --immutable`, after `claims publish`) cannot change
while it is served, so the first answer to each question is kept. Databases opened for writing
are left alone: their schema can change under Datasette.
"""

from __future__ import annotations

import copy
import functools

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
