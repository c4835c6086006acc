"""Datasette's own small queries (permissions, metadata) read on the event loop, not in a thread.

Every page asks Datasette's internal database who may see what and how it is described: six to
ten queries of a fraction of a millisecond each on a search page. Datasette sends each to its
pool of SQL threads and waits for the answer, and the trip to a thread and back costs more than
the query (0.15 ms idle, and on a busy two-core machine the thread must wait to be scheduled
each time). These queries are read straight on the event loop instead, as Datasette itself
does for every query when it runs without threads (`num_sql_threads: 0`). The archive's own
queries keep their threads: a slow one must not stop every other page.

The internal database is small, is only written by Datasette itself, and is in WAL mode, so a
read never waits for a write.
"""

from __future__ import annotations


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
