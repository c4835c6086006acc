"""The analysts' API: the database to pandas in one line, with the joins already made.

    import claims
    db = claims.open("db/claims.db")
    db.quotes(speaker="Zelenskiy", since="2026-03-01", q="evacuation")
    db.claims(outlet="Kestria Today")
    db.speakers()
    db.articles(until="2026-03-10")
    db.repeats(since="2026-03-01")

Rows come from the browsing views of claims/store/migrations.py (quotes_view, claims_view,
speakers_view), so a DataFrame, an export and a Datasette page show the same columns. This module
says which rows (the tables' queries and their filters); claims.frames reads them, fast and typed.
"""

from __future__ import annotations

import numbers
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from collections.abc import Iterable

import pandas as pd
import pyarrow as pa

from . import frames
from .errors import ClaimsError, DatabaseError
from .link import Linker, normalize
from .store.fts import fts_query

__all__ = ["open", "Database", "Query", "fts_query", "TABLES"]

DEFAULT_PATH = "db/claims.db"

# Each table: the SELECT the API and the exports share, and the column its date filters use.
TABLES = {
    "quotes": ("SELECT v.*, coalesce(v.said_on, v.published) AS date FROM quotes_view v",
               "coalesce(v.said_on, v.published)"),
    "claims": ("SELECT v.* FROM claims_view v", "v.published"),
    "speakers": ("SELECT v.* FROM speakers_view v", None),
    "articles": ("""SELECT v.id, v.title, v.outlet, v.author, v.published, v.url, v.external_id, v.source,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = v.id) AS quotes,
                   (SELECT count(*) FROM claims c WHERE c.article_id = v.id) AS claims,
                   v.text, v.content_hash, v.ingested_at
                   FROM articles v""", "v.published"),
}
FTS_TABLES = {"quotes": "quotes_fts", "claims": "claims_fts", "articles": "articles_fts"}
FILTERS = {
    "quotes": {"speaker", "since", "until", "outlet", "q", "kind"},
    "claims": {"speaker", "since", "until", "outlet", "q"},
    "speakers": {"speaker", "q", "kind"},
    "articles": {"speaker", "since", "until", "outlet", "q"},
}


def open(path: str | Path = DEFAULT_PATH) -> "Database":  # noqa: A001  (claims.open, like sqlite3.connect)
    """Open the claims database at `path` for reading into pandas.

    Raises DatabaseError if the file does not exist or is not a claims database.
    """
    return Database(path)


def as_date(value, name: str) -> date:
    """A date from 'YYYY-MM-DD', a date, a datetime or a pandas Timestamp."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ClaimsError(f"{name}={value!r} is not a date (use YYYY-MM-DD)") from None


def listed(value) -> list:
    """A filter's values: one value, or any iterable of them (a list, a Series of names or ids)."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return [value]
    return list(value)


@dataclass
class Query:
    """One table's SELECT with its filters: what `Database.query()` returns for the exports."""

    table: str
    sql: str
    params: list


class Database:
    """A claims database opened for analysis. Every method returns a pandas DataFrame.

    Filters are keyword arguments, all optional and combined with AND:

    - speaker: a name in any spelling ("Zelenskiy, Volodymyr", "President Zelensky"), a speakers.id,
      or a list of them. A surname alone shared by several speakers matches all of them.
    - since, until: dates, both inclusive ('2026-03-01', a date or a Timestamp).
    - outlet: an outlet name, any case, or a list of them.
    - q: full-text search; words all must appear, "quoted words" as a phrase.
    - limit: at most this many rows.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH):
        self.path = Path(path)
        if not self.path.is_file():
            raise DatabaseError(f"{self.path} does not exist: run `claims ingest` first")
        check_schema(self.path)
        try:
            self.conn = sqlite3.connect(read_only(self.path), uri=True, check_same_thread=False)
            self.conn.execute("PRAGMA busy_timeout = 60000")
        except sqlite3.Error as error:
            raise DatabaseError(f"cannot open {self.path}: {error}") from None

    def __repr__(self) -> str:
        return f"<claims.Database {self.path}>"

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    # The four tables ---------------------------------------------------------------------------

    def quotes(self, *, speaker=None, since=None, until=None, outlet=None, q=None, kind=None,
               limit: int | None = None) -> pd.DataFrame:
        """Quotes with speaker name, article title, outlet and dates, one row per quote.

        `date` is when it was said: `said_on` where the article gives it, else `published`;
        since/until filter on it. `kind` is 'direct' or 'indirect' (reported speech).
        """
        query = self.query("quotes", speaker=speaker, since=since, until=until, outlet=outlet, q=q, kind=kind,
                           limit=limit)
        return self.frame(query.sql, query.params)

    def claims(self, *, speaker=None, since=None, until=None, outlet=None, q=None,
               limit: int | None = None) -> pd.DataFrame:
        """Numeric claims with claimant name, article title, outlet and date, one row per figure.

        `value`, `lower` and `upper` are floats; `speaker=` matches the claimant; since/until
        filter on the article's publication date.
        """
        query = self.query("claims", speaker=speaker, since=since, until=until, outlet=outlet, q=q, limit=limit)
        return self.frame(query.sql, query.params)

    def speakers(self, *, speaker=None, q=None, kind=None, limit: int | None = None) -> pd.DataFrame:
        """Speakers with their aliases, counts of quotes and claims and the date last quoted.

        `q` here matches part of a name or alias (speakers have no full-text index).
        """
        query = self.query("speakers", speaker=speaker, q=q, kind=kind, limit=limit)
        return self.frame(query.sql, query.params)

    def articles(self, *, speaker=None, since=None, until=None, outlet=None, q=None,
                 limit: int | None = None) -> pd.DataFrame:
        """Articles with their counts of quotes and claims and their text.

        `speaker=` keeps the articles that quote the speaker or report a figure they claim.
        """
        query = self.query("articles", speaker=speaker, since=since, until=until, outlet=outlet, q=q, limit=limit)
        return self.frame(query.sql, query.params)

    def repeats(self, *, since=None, limit: int | None = None) -> pd.DataFrame:
        """Claims and quotes that repeat one a fact-checker judged, newest first, one row per repeat:
        id, kind ('claim' or 'quote'), text, speaker, published, outlet, repeats (the judged item's
        id, of the same kind), verdict, score (0-1) and reason. `since` filters on `published`."""
        from .store.repeats import RECORD_COLUMNS

        sql, params = f"SELECT {', '.join(RECORD_COLUMNS)} FROM repeats_view v", []
        if since is not None:
            sql += " WHERE v.published >= ?"
            params.append(as_date(since, "since").isoformat())
        sql += " ORDER BY v.published DESC, v.repeat_id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self.frame(sql, params)

    def sql(self, sql: str, params: Iterable | dict = ()) -> pd.DataFrame:
        """Any SELECT as a DataFrame, columns typed by name as in the other methods."""
        return self.frame(sql, params)

    # Building and running queries --------------------------------------------------------------

    def query(self, table: str, *, speaker=None, since=None, until=None, outlet=None, q=None, kind=None,
              limit: int | None = None) -> Query:
        """The SQL and parameters of one table with filters, for the methods above and the exports."""
        if table not in TABLES:
            raise ClaimsError(f"no table {table!r}: choose one of {', '.join(TABLES)}")
        select, date_column = TABLES[table]
        given = {name for name, value in (("speaker", speaker), ("since", since), ("until", until),
                                          ("outlet", outlet), ("q", q), ("kind", kind)) if value is not None}
        if given - FILTERS[table]:
            raise ClaimsError(f"{table} cannot be filtered by {', '.join(sorted(given - FILTERS[table]))}")
        where, params = [], []
        if speaker is not None:
            ids = self.speaker_ids(speaker)
            marks = ", ".join("?" * len(ids)) or "NULL"
            where.append({
                "quotes": f"v.speaker_id IN ({marks})",
                "claims": f"v.claimant_id IN ({marks})",
                "speakers": f"v.id IN ({marks})",
                "articles": f"(v.id IN (SELECT article_id FROM quotes WHERE speaker_id IN ({marks})) OR "
                            f"v.id IN (SELECT article_id FROM claims WHERE claimant_id IN ({marks})))",
            }[table])
            params += ids * (2 if table == "articles" else 1)
        if since is not None:
            where.append(f"{date_column} >= ?")
            params.append(as_date(since, "since").isoformat())
        if until is not None:
            # Before the next day, so a stored date with a time of day still counts as that day.
            where.append(f"{date_column} < ?")
            params.append((as_date(until, "until") + timedelta(days=1)).isoformat())
        if outlet is not None:
            outlets = [str(o).casefold() for o in listed(outlet)]
            where.append(f"lower(v.outlet) IN ({', '.join('?' * len(outlets))})")
            params += outlets
        if kind is not None:
            kinds = [str(k) for k in listed(kind)]
            where.append(f"v.kind IN ({', '.join('?' * len(kinds))})")
            params += kinds
        if q is not None and str(q).strip():
            if table == "speakers":
                where.append(r"(v.name LIKE ? ESCAPE '\' OR v.aliases LIKE ? ESCAPE '\')")
                params += ["%" + re.sub(r"([%_\\])", r"\\\1", str(q)) + "%"] * 2
            else:
                fts = FTS_TABLES[table]
                where.append(f"v.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
                params.append(fts_query(str(q)) or '""')  # no words: nothing matches
        sql = select + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY v.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return Query(table, sql, params)

    def speaker_ids(self, speaker) -> list[int]:
        """The speakers.id values `speaker` names: ids as given, names in any spelling.

        A name goes through the same Linker that ingest uses (normalised aliases, surnames,
        fuzzy matches within a block); a surname several speakers share matches them all.
        """
        ids: list[int] = []
        names = []
        for item in listed(speaker):
            if isinstance(item, numbers.Integral) and not isinstance(item, bool):
                ids.append(int(item))
            else:
                names.append(str(item))
        if names:
            from .link import SpeakerIndex

            # The ingest's own index, looking names up with indexed queries as it goes (nothing
            # preloaded, so it costs the same with ten aliases or a million), read-only.
            cur = self.conn.cursor()
            try:
                linker = SpeakerIndex(cur, read_only=True).linker
                for name in names:
                    ids += resolve(linker, name)
            except sqlite3.Error as error:
                raise DatabaseError(f"{self.path}: cannot look speakers up: {error}") from None
            finally:
                cur.close()
        return list(dict.fromkeys(ids))

    def execute(self, sql: str, params: Iterable | dict = ()) -> sqlite3.Cursor:
        """Run a query on the read-only connection; SQLite errors become DatabaseError."""
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as error:
            raise DatabaseError(f"{self.path}: {error}") from None

    def arrow(self, sql: str, params: Iterable | dict = ()) -> pa.Table:
        """The rows of a query as one Arrow table, typed by column name (claims.frames)."""
        return frames.arrow_table(self.execute, read_only(self.path), sql, params)

    def frame(self, sql: str, params: Iterable | dict = ()) -> pd.DataFrame:
        """The rows of a query as a DataFrame: Int64 ids and counts, floats, datetimes, text."""
        return frames.to_frame(self.arrow(sql, params))


def resolve(linker: Linker, name: str) -> list[int]:
    for kind in ("person", "organization", "group"):
        found, _ = linker.find(name, kind)
        if found is not None:
            return [found]
    # A surname alone that several people share: all of them (the linker, linking, picks none).
    key = normalize(name)
    with_surname = getattr(linker.index, "with_surname", None)
    if key and " " not in key and with_surname is not None:
        return sorted(with_surname(key))
    return []


def read_only(path: Path) -> str:
    """The SQLite URI that opens `path` read-only (a percent-encoded file: URI, whatever the name)."""
    return path.resolve().as_uri() + "?mode=ro"


def check_schema(path: Path) -> None:
    """Refuse a file that is not a claims database, or one an older version wrote, without writing
    to it: an analyst who opens a published or shared database must not change it."""
    from .store.migrations import MIGRATIONS

    try:
        conn = sqlite3.connect(read_only(path), uri=True)
        try:
            done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
        finally:
            conn.close()
    except sqlite3.Error:
        raise DatabaseError(f"{path} is not a claims database (no _migrations table)") from None
    missing = [fn.__name__ for fn in MIGRATIONS if fn.__name__ not in done]
    if missing:
        raise DatabaseError(f"{path} was written by an older version of claims ({len(missing)} schema "
                            f"change(s) missing, from {missing[0]}): run `claims migrate --db {path}` to bring it "
                            "up to date (or `claims ingest`, which does it too)")

