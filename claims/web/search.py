"""Full-text search on table and view pages (`?_search=`) whose cost does not grow with the archive.

Datasette's own search (a table's `fts_table` option) keeps every row that matches: for a common
word in ten million quotes that is millions of rows to collect, count, facet and sort, seconds
per page. Tables that datasette.yaml gives a `search` option under `plugins: claims:` are
searched here instead, and only the newest matches are kept (`newest`, 200 unless set): FTS5
reads its index newest first and stops there, so a page costs the same for "the" as for a rare
name, and the row count, facets and sort work on at most that many rows. "Newest" is the order
rows were stored in (the FTS rowid), which for a newsroom's archive is the order of publication.

    tables:
      quotes_view:
        plugins:
          claims:
            search: {fts: quotes_fts, newest: 200}

`_search=` matches every word (each is quoted, so FTS5 operators are plain words);
`_searchmode=raw` passes FTS5 syntax through; `_search_COLUMN=` searches one indexed column.
"""

from __future__ import annotations

import json
import sqlite3

from datasette.database import QueryInterrupted
from datasette.filters import FilterArguments
from datasette.resources import TableResource
from datasette.utils import escape_sqlite
from datasette.utils.asgi import BadRequest

NEWEST = 200


def search_config(datasette, database: str, table: str) -> dict | None:
    config = datasette.plugin_config("claims", database=database, table=table, fallback=False) or {}
    search = config.get("search")
    return search if isinstance(search, dict) and search.get("fts") else None


async def filters(request, database: str, table: str, datasette) -> FilterArguments | None:
    config = search_config(datasette, database, table)
    if config is None:
        return None
    fts = config["fts"]
    newest = int(config.get("newest", NEWEST))
    # Datasette's own handler saw no fts_table and said the page cannot be searched: this runs
    # after it (trylast) and puts the search box back.
    extra = {"supports_search": True}
    wanted = [(key, request.args.get(key)) for key in request.args
              if key.startswith("_search") and key != "_searchmode"]
    wanted = [(key, value) for key, value in wanted if value and value.strip()]
    if not wanted:
        return FilterArguments([], extra_context=extra)
    await datasette.ensure_permission(action="view-table", resource=TableResource(database=database, table=fts),
                                      actor=request.actor)
    raw = (request.args.get("_searchmode") or config.get("searchmode")) == "raw"
    db = datasette.get_database(database)
    matches, params, described = [], {}, []
    for i, (key, value) in enumerate(wanted):
        column = key[len("_search_"):] if key.startswith("_search_") else None
        if column is not None and column not in await db.table_columns(fts):
            raise BadRequest("Cannot search by that column")
        name = f"claims_search_{i}"
        target = escape_sqlite(column) if column else escape_sqlite(fts)
        matches.append(f"{target} match " + (f":{name}" if raw else f"fts_escape(:{name})"))
        params[name] = value
        described.append(f'search {f"column {column} " if column else ""}matches "{value}"')
        extra["search"] = value
    # One FTS5 query for all the terms, so "newest" counts rows matching all of them, run once
    # here: the page's rows, count and every facet then look the ids up instead of searching
    # again (five searches a page otherwise).
    search = (f"select rowid from {escape_sqlite(fts)} where {' and '.join(matches)} "
              f"order by rowid desc limit {newest}")
    try:
        ids = [row[0] for row in await db.execute(search, params)]
    except QueryInterrupted:
        raise
    except sqlite3.Error as error:  # FTS5 syntax in raw mode
        raise BadRequest(f"Cannot search for that: {error}") from None
    clause = f"{escape_sqlite(config.get('pk', 'id'))} in (select value from json_each(:claims_search_ids))"
    described[-1] += f" (the newest {newest:,} matches at most)"
    return FilterArguments([clause], {"claims_search_ids": json.dumps(ids)}, described, extra)
