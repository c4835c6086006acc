"""Bulk writes: extracted batches into SQLite, and Parquet datasets in and out.

`write_batch()` stores a whole Batch (claims.batch) inside the caller's transaction with a few
multi-row inserts, the same rules as claims.store.save() applied article by article: the same text
twice is stored once, a new text under a known url or id replaces the old article's quotes and
claims. Speakers are linked article by article in input order (claims.link.link_article) over one
claims.link.SpeakerIndex per batch, in the writing process only: the one global step after extraction.

A Parquet dataset is what a cluster job leaves on shared storage, partitioned by publication month:

    DIR/articles/month=2026-03/part-<digest>.parquet
    DIR/quotes/month=2026-03/part-<digest>.parquet      (same part names in every table)
    DIR/claims/...   DIR/mentions/...

`load()` puts such a dataset into SQLite, or into one SQLite file per year (`shard_by="year"`),
with the full-text triggers off during the load and one FTS update at the end.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
from sqlalchemy.engine import Connection

from .batch import ARTICLE_COLUMNS, CLAIM_COLUMNS, ERROR_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, Batch, records
from .errors import ClaimsError, DatabaseError
from .extract.records import Claim, Quote, Speaker
from .link import (ArticleSpeakers, LinkCache, Linked, Linker, SpeakerIndex, link_article, settle_mentions,
                   settle_touched)
from .store import connect, next_id, stats
from .timestamps import now

TABLES = ("articles", "quotes", "claims", "mentions")


@dataclass
class Written:
    """What writing a batch did; `status` lists new | replaced | unchanged per article, in order."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    quotes: int = 0
    claims: int = 0
    new_speakers: int = 0
    first_ids: dict | None = None  # table -> first id this batch inserted, for incremental FTS

    def add(self, other: "Written") -> None:
        for name in ("new", "replaced", "unchanged", "quotes", "claims", "new_speakers"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _columns(cur, table: str) -> set[str]:
    return {row[1] for row in cur.execute(f"PRAGMA table_info({table})")}


def _lookup(cur, table: str, column: str, values: list) -> dict:
    found = {}
    values = [v for v in dict.fromkeys(values) if v is not None]
    for i in range(0, len(values), 500):
        chunk = values[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for value, id_ in cur.execute(f"SELECT {column}, id FROM {table} WHERE {column} IN ({marks})", chunk):
            found.setdefault(value, id_)
    return found


def _insert(cur, table: str, rows: list[dict], allowed: set[str]) -> None:
    """Insert rows with multi-row INSERT statements rather than one statement per row.

    FTS5 writes out the terms the triggers gave it at the end of every statement, so a statement
    per row costs three to ten times more (measured on quotes and claims) than one per few hundred rows.
    """
    if not rows:
        return
    cols = [c for c in rows[0] if c in allowed]
    per = max(1, min(cur.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), 30_000) // len(cols))
    head = f"INSERT INTO {table} ({', '.join(f'[{c}]' for c in cols)}) VALUES "
    one = "(" + ", ".join("?" * len(cols)) + ")"
    for i in range(0, len(rows), per):
        chunk = rows[i:i + per]
        cur.execute(head + ", ".join([one] * len(chunk)), [row[c] for row in chunk for c in cols])


def write_batch(conn: Connection, batch: Batch, linker: Linker | None = None, ingested_at: str | None = None,
                on_status: Callable[[dict, str], None] | None = None, cache: LinkCache | None = None) -> Written:
    """Store a batch's articles, quotes, claims and speakers inside the caller's transaction.

    The transaction must hold the write lock (connect() begins IMMEDIATE): ids are given out here.
    `linker` is accepted for callers of the older signature; speakers are looked up in the database,
    through `cache` when given (one LinkCache for all the batches of an ingest saves reading the same
    speakers again for every batch).
    """
    cur = conn.connection.driver_connection.cursor()
    try:
        return _write_batch(cur, batch, ingested_at, on_status, cache)
    finally:
        # The SpeakerIndex and its profiles refer to each other, so the cursor would otherwise
        # live until the garbage collector runs, and a connection closed with a live statement
        # stays open (sqlite3_close_v2): its WAL not checkpointed, the file not whole on its own.
        cur.close()


def _write_batch(cur, batch: Batch, ingested_at: str | None, on_status: Callable[[dict, str], None] | None,
                 cache: LinkCache | None) -> Written:
    written = Written(first_ids={})
    articles = records(batch.articles)
    allowed = {t: _columns(cur, t) for t in ("articles", "quotes", "claims")}
    reviewed = _Reviewed()
    stored = _store_articles(cur, articles, ingested_at or now(), on_status, cache, written, reviewed,
                             allowed["articles"])
    quotes = [q for q in records(batch.quotes) if q["content_hash"] in stored]
    claims = [c for c in records(batch.claims) if c["content_hash"] in stored]
    # Speakers are linked article by article, in input order, with each article's own context
    # (outlet, date, the people quoted beside them), exactly as claims.ingest.save_article does: the
    # one step that must see every article, so it runs here, in the one writing process. One
    # SpeakerIndex for the batch: its lookups are cached and its writes go in together.
    linked: dict[str, Linked] = {}
    index = None
    if stored:
        index = SpeakerIndex(cur, cache)
        for key, article in _to_link(articles, records(batch.mentions), quotes, claims, stored).items():
            linked[key] = link_article(index, article)
            written.new_speakers += linked[key].created
        index.flush()
    quote_ids, quote_rows = _store_quotes(cur, quotes, stored, linked, reviewed, written, allowed["quotes"])
    if cache is not None:
        cache.forget_speakers(row["speaker_id"] for row in quote_rows)
    if index is not None:
        settle_mentions(index, [(quote_ids[(key, n)], surname) for key, result in linked.items()
                                for n, surname in result.pending], (row["speaker_id"] for row in quote_rows))
    _store_claims(cur, claims, stored, linked, quote_ids, reviewed, written, allowed["claims"])
    return written


def _store_articles(cur, articles: list[dict], ingested_at: str, on_status, cache: LinkCache | None,
                    written: Written, reviewed: _Reviewed, allowed: set[str]) -> dict[str, int]:
    """Store the batch's articles, new or replacing an older version (same url, or id): content
    hash -> article id of those whose quotes and claims are to be written."""
    existing = _lookup(cur, "articles", "content_hash", [a["content_hash"] for a in articles])
    by_url = _lookup(cur, "articles", "url", [a["url"] for a in articles])
    by_external = _lookup(cur, "articles", "external_id", [a["external_id"] for a in articles if not a["url"]])
    next_article = next_id(cur, "articles")
    written.first_ids["articles"] = next_article
    stored: dict[str, int] = {}  # content_hash -> article id, for the articles whose rows we write
    pending: dict[int, dict] = {}  # id -> row of the new articles, inserted together after the loop
    for a in articles:
        key = a["content_hash"]
        if key in existing:
            written.unchanged += 1
            status = "unchanged"
        else:
            row = {"url": a["url"], "external_id": a["external_id"], "title": a["title"], "outlet": a["outlet"],
                   "author": a["author"], "published": a["published"], "content_hash": key, "text": a["text"],
                   "source": a["source"], "ingested_at": ingested_at}
            previous = by_url.get(a["url"]) if a["url"] else by_external.get(a["external_id"])
            if previous is not None:
                if previous in pending:  # new earlier in this batch: nothing of it is stored yet
                    pending[previous] = {"id": previous, **row}
                else:
                    if cache is not None:
                        cache.clear()  # the old version's quotes may have shaped profiles read before
                    _replace_article(cur, previous, row, reviewed)
                # The old text's hash is gone from the table now; a later copy of it is new again.
                existing = {k: v for k, v in existing.items() if v != previous}
                # A version stored earlier in this same batch is replaced whole: none of its rows go in.
                stored = {k: v for k, v in stored.items() if v != previous}
                stored[key] = previous
                written.replaced += 1
                status = "replaced"
            else:
                # Inserted after the loop, in one statement: a later article may still replace it.
                stored[key] = next_article
                pending[next_article] = {"id": next_article, **row}
                next_article += 1
                written.new += 1
                status = "new"
            existing[key] = stored[key]
            if a["url"]:
                by_url[a["url"]] = stored[key]
            elif a["external_id"]:
                by_external[a["external_id"]] = stored[key]
        if on_status:
            on_status(a, status)
    _insert(cur, "articles", list(pending.values()), allowed)
    return stored


def _replace_article(cur, article_id: int, row: dict, reviewed: _Reviewed) -> None:
    """A corrected version takes an article's row; its old quotes and claims go (their verdicts
    are kept by `reviewed`, to follow them to the new rows)."""
    reviewed.keep(cur, article_id)
    cur.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
    cur.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    sets = ", ".join(f"[{c}] = ?" for c in row)
    cur.execute(f"UPDATE articles SET {sets} WHERE id = ?", [*row.values(), article_id])


def _store_quotes(cur, quotes: list[dict], stored: dict[str, int], linked: dict[str, Linked],
                  reviewed: _Reviewed, written: Written, allowed: set[str]) -> tuple[dict, list[dict]]:
    """Insert the batch's quotes in article order: ((content hash, n) -> quote id, the rows)."""
    next_quote = reviewed.fresh_id(cur, "quotes")
    written.first_ids["quotes"] = next_quote
    order = {key: i for i, key in enumerate(stored)}
    quote_ids: dict[tuple[str, int], int] = {}
    quote_rows = []
    for q in sorted(quotes, key=lambda q: (order[q["content_hash"]], q["n"])):
        quote_ids[(q["content_hash"], q["n"])] = next_quote
        quote_rows.append({
            "id": next_quote, "article_id": stored[q["content_hash"]],
            "speaker_id": linked[q["content_hash"]].quotes[q["n"]], "speaker_text": q["speaker_text"],
            "role": q["role"], "kind": q["kind"], "text": q["text"], "cue": q["cue"], "said_on": q["said_on"],
            "start": q["start"], "end": q["end"], "confidence": q["confidence"]})
        next_quote += 1
    _insert(cur, "quotes", quote_rows, allowed)
    reviewed.follow(cur, "quotes", written.first_ids["quotes"])
    written.quotes = len(quote_rows)
    return quote_ids, quote_rows


def _store_claims(cur, claims: list[dict], stored: dict[str, int], linked: dict[str, Linked],
                  quote_ids: dict, reviewed: _Reviewed, written: Written, allowed: set[str]) -> None:
    """Insert the batch's claims in article order, each pointing at its quote and claimant."""
    written.first_ids["claims"] = next_claim = reviewed.fresh_id(cur, "claims")
    order = {key: i for i, key in enumerate(stored)}
    claim_rows = []
    for c in sorted(claims, key=lambda c: (order[c["content_hash"]], c["n"])):
        quote = c["quote_index"]
        claim_rows.append({
            "id": next_claim, "article_id": stored[c["content_hash"]],
            "quote_id": quote_ids.get((c["content_hash"], int(quote))) if quote is not None else None,
            "claimant_id": linked[c["content_hash"]].claims[c["n"]],
            "claimant_text": c["claimant_text"] or c["claimant"],
            "text": c["text"], "number_text": c["number_text"], "value": c["value"], "lower": c["lower"],
            "upper": c["upper"], "qualifier": c["qualifier"], "unit": c["unit"], "object": c["object"],
            "time_scope": c["time_scope"], "trend": c["trend"], "change_role": c.get("change_role"),
            "start": c["start"], "end": c["end"],
            "disputed_by": c["disputed_by"], "confidence": c["confidence"]})
        next_claim += 1
    _insert(cur, "claims", claim_rows, allowed)
    reviewed.follow(cur, "claims", written.first_ids["claims"])
    written.claims = len(claim_rows)


# What makes a new row the same quote or claim as an old one, beside its article and span.
MATCHED_ON = {"quotes": "text", "claims": "number_text"}


def pair(new: list[tuple], old: list[tuple]) -> dict[int, int]:
    """New id -> old id for rows (id, article_id, start, end, text) that are the same quote or claim.

    The same article, span and text first, in order; then, for what is left, the one old row of
    the article whose span overlaps and whose text holds the other's or is held by it (the same
    quote with its edges moved), or else whose text is the same (the same quote moved, when a
    correction added or removed words before it), when that is true of exactly one row on each side.
    """
    twins: dict[tuple, list[int]] = {}
    for row in old:
        twins.setdefault(tuple(row[1:]), []).append(row[0])
    found: dict[int, int] = {}
    rest = []
    for row in new:
        ids = twins.get(tuple(row[1:]))
        if ids:
            found[row[0]] = ids.pop(0)
        else:
            rest.append(row)
    taken = set(found.values())
    left: dict[int, list[tuple]] = {}
    for row in old:
        if row[0] not in taken:
            left.setdefault(row[1], []).append(row)
    for same in (_near, _same_text):
        for row in [r for r in rest if r[0] not in found]:
            near = [o for o in left.get(row[1], ()) if same(row, o)]
            if len(near) == 1 and sum(same(r, near[0]) for r in rest if r[0] not in found) == 1:
                found[row[0]] = near[0][0]
                left[row[1]].remove(near[0])
    return found


def _same_text(a: tuple, b: tuple) -> bool:
    return a[1] == b[1] and bool(a[4]) and a[4] == b[4]


def _near(a: tuple, b: tuple) -> bool:
    return a[1] == b[1] and a[2] < b[3] and b[2] < a[3] and bool(a[4]) and bool(b[4]) and (a[4] in b[4] or b[4] in a[4])


class _Reviewed:
    """The reviewed quotes and claims of the articles a batch replaces: their verdicts follow them
    to the new rows that are the same quote or claim (`pair`), and an id a review names
    is never given to another row, so no verdict lands on words it did not judge."""

    REVIEW_COLUMN = {"quotes": "quote_id", "claims": "claim_id"}

    def __init__(self):
        self.old: dict[str, list[tuple]] = {"quotes": [], "claims": []}

    def keep(self, cur, article_id: int) -> None:
        """Before an article's rows are deleted: those a review names."""
        for table, column in self.REVIEW_COLUMN.items():
            self.old[table] += cur.execute(
                f'SELECT id, article_id, start, "end", [{MATCHED_ON[table]}] FROM {table} WHERE article_id = ? '
                f"AND id IN (SELECT {column} FROM reviews WHERE {column} IS NOT NULL)", (article_id,)).fetchall()

    def fresh_id(self, cur, table: str) -> int:
        """The next id of `table` above every row and every id a review names."""
        column = self.REVIEW_COLUMN[table]
        named = cur.execute(f"SELECT max({column}) FROM reviews").fetchone()[0] or 0
        return max(next_id(cur, table), named + 1)

    def follow(self, cur, table: str, first_id: int) -> None:
        """Point the reviews of the deleted rows at the new rows (ids from `first_id`) that match them."""
        old = self.old[table]
        if not old:
            return
        articles = sorted({row[1] for row in old})
        new = cur.execute(f'SELECT id, article_id, start, "end", [{MATCHED_ON[table]}] FROM {table} '
                          f"WHERE id >= ? AND article_id IN ({','.join('?' * len(articles))}) ORDER BY id",
                          (first_id, *articles)).fetchall()
        column = self.REVIEW_COLUMN[table]
        cur.executemany(f"UPDATE reviews SET {column} = ? WHERE {column} = ?",
                        [(new_id, old_id) for new_id, old_id in pair(new, old).items()])


def _to_link(articles: list[dict], mentions: list[dict], quotes: list[dict], claims: list[dict],
             stored: dict[str, int]) -> dict[str, ArticleSpeakers]:
    """What linking needs of each stored article of a batch, in the order of `stored`."""
    meta = {}
    for a in articles:
        if a["content_hash"] in stored:
            meta[a["content_hash"]] = (a["outlet"], a["published"])
    found = {key: ArticleSpeakers(*meta[key], speakers=[]) for key in stored}
    by_n = lambda row: row["n"]  # noqa: E731
    for m in sorted(mentions, key=by_n):
        if m["content_hash"] in found:
            found[m["content_hash"]].speakers.append(Speaker(name=m["name"], kind=m["kind"] or "person", role=m["role"],
                                                            aliases=list(m["aliases"] or [])))
    for row in sorted(quotes, key=by_n):
        found[row["content_hash"]].quotes.append((row["speaker"], row["speaker_text"], row["role"]))
    for row in sorted(claims, key=by_n):
        found[row["content_hash"]].claims.append(row["claimant"])
    return found


# -- Parquet -----------------------------------------------------------------------------------

def _arrow_type(annotation: str):
    import pyarrow as pa

    annotation = str(annotation)
    if annotation.startswith("int"):
        return pa.int64()
    if annotation.startswith("float"):
        return pa.float64()
    if annotation.startswith("list"):
        return pa.list_(pa.string())
    return pa.string()


def schemas() -> dict:
    """The Arrow schema of each table of the dataset (explicit, so empty parts still agree)."""
    import pyarrow as pa

    quote_types = {f.name: _arrow_type(f.type) for f in fields(Quote)}
    claim_types = {f.name: _arrow_type(f.type) for f in fields(Claim)}
    key = [("content_hash", pa.string()), ("n", pa.int64())]
    return {
        "articles": pa.schema([(c, pa.string()) for c in ARTICLE_COLUMNS if c != "month"]),
        "quotes": pa.schema(key + [(c, quote_types[c]) for c in QUOTE_COLUMNS[2:]]),
        "claims": pa.schema(key + [(c, claim_types[c]) for c in CLAIM_COLUMNS[2:]]),
        "mentions": pa.schema(key + [("name", pa.string()), ("kind", pa.string()), ("role", pa.string()),
                                     ("aliases", pa.list_(pa.string()))]),
    }


def _require_pyarrow():
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise ClaimsError("Parquet needs pyarrow: pip install pyarrow") from None


def write_parquet(batch: Batch, directory: str | Path) -> list[Path]:
    """Write a batch into the dataset at `directory`, one part per publication month; return the parts.

    A part's name is a digest of its articles' content hashes, so writing the same batch again
    replaces the same files: a re-run after a crash leaves the dataset as one run would.
    """
    _require_pyarrow()
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory = Path(directory)
    written = []
    month_of_key = dict(zip(batch.articles["content_hash"], batch.articles["month"]))
    frames = {"articles": batch.articles, "quotes": batch.quotes, "claims": batch.claims,
              "mentions": batch.mentions}
    schema = schemas()
    for month in sorted(set(month_of_key.values())):
        keys = [k for k, m in month_of_key.items() if m == month]
        name = "part-" + hashlib.sha1("\n".join(keys).encode()).hexdigest()[:20] + ".parquet"
        # Articles last: a part whose articles file exists is complete.
        for table in ("quotes", "claims", "mentions", "articles"):
            frame = frames[table]
            rows = records(frame[frame["content_hash"].isin(keys)].drop(columns=["month"], errors="ignore"))
            path = directory / table / f"month={month}" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            pq.write_table(pa.Table.from_pylist(rows, schema=schema[table]), tmp)
            os.replace(tmp, path)  # atomic: a reader never sees half a file
            written.append(path)
    return written


def read_part(directory: Path, month: str, name: str) -> Batch:
    """One part of the dataset (all four tables) as a Batch."""
    import pyarrow.parquet as pq

    frames = {}
    columns = {"articles": ARTICLE_COLUMNS, "quotes": QUOTE_COLUMNS, "claims": CLAIM_COLUMNS,
               "mentions": MENTION_COLUMNS}
    for table in TABLES:
        path = directory / table / f"month={month}" / name
        if path.exists():
            frame = pd.DataFrame(pq.read_table(path).to_pylist())
        else:
            frame = pd.DataFrame(columns=columns[table])
        if table == "articles":
            frame["month"] = month
        frames[table] = frame.reindex(columns=columns[table])
    return Batch(**frames, errors=pd.DataFrame(columns=ERROR_COLUMNS))


def parts(directory: str | Path) -> Iterator[tuple[str, str]]:
    """(month, part name) of every complete part of a dataset, in order."""
    root = Path(directory) / "articles"
    if not root.is_dir():
        raise ClaimsError(f"{directory} is not a claims Parquet dataset (no articles/ folder)")
    for month_dir in sorted(root.glob("month=*")):
        for part in sorted(month_dir.glob("*.parquet")):
            yield month_dir.name.split("=", 1)[1], part.name


# -- loading into SQLite -----------------------------------------------------------------------

def _triggers(cur) -> list[tuple[str, str]]:
    return [(name, sql) for name, sql in cur.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('quotes', 'claims', 'articles')")]


def fts_update(cur, first_ids: dict[str, int], full: bool) -> None:
    """Bring the FTS indexes up to date after writes made with the triggers off."""
    from .store.migrations import FTS

    for table in FTS:
        cols = ", ".join(f"[{c}]" for c in FTS[table])
        if full:
            cur.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
        else:
            # Only appends happened: index the new id range, which is what 'rebuild' would add.
            cur.execute(f"INSERT INTO {table}_fts(rowid, {cols}) SELECT id, {cols} FROM {table} WHERE id >= ?",
                        (first_ids[table],))


@dataclass
class Loaded:
    """What `claims load` did, per database file."""

    databases: dict  # path -> Written

    def line(self) -> str:
        total = Written()
        for w in self.databases.values():
            total.add(w)
        return (f"{total.new} new articles, {total.replaced} replaced, {total.unchanged} unchanged, "
                f"{total.quotes} quotes, {total.claims} claims, {total.new_speakers} new speakers "
                f"into {len(self.databases)} database{'s' if len(self.databases) != 1 else ''}")


def shard_path(db: str | Path, key: str) -> Path:
    """db/claims.db with key 2025 is db/claims-2025.db."""
    db = Path(db)
    return db.with_name(f"{db.stem}-{key}{db.suffix or '.db'}")


def load(directory: str | Path, db: str | Path, shard_by: str | None = None,
         on_part: Callable[[str, str], None] | None = None) -> Loaded:
    """Load a Parquet dataset into the database `db` (or one database per year with shard_by='year').

    Each database is written in one transaction with its full-text triggers off; the FTS indexes are
    brought up to date once at the end (a 'rebuild' if any article was replaced). Loading the same
    dataset twice changes nothing. Sharded, the speakers table is carried from shard to shard in year
    order, so a speaker has the same id in every shard.
    """
    _require_pyarrow()
    directory = Path(directory)
    groups: dict[str, list[tuple[str, str]]] = {}
    for month, name in parts(directory):
        key = (month[:4] if month != "unknown" else "unknown") if shard_by == "year" else ""
        groups.setdefault(key, []).append((month, name))
    if shard_by not in (None, "year"):
        raise ClaimsError(f"cannot shard by {shard_by!r}: only by year")
    result = Loaded({})
    previous: Path | None = None
    paths = []
    for key in sorted(groups):
        path = shard_path(db, key) if shard_by else Path(db)
        paths.append(path)
        result.databases[str(path)] = _load_one(directory, groups[key], path, previous, on_part)
        previous = path
    if shard_by and len(paths) > 1:
        for path in paths[:-1]:  # every shard gets the speakers later shards added
            _copy_speakers(paths[-1], path)
    return result


def _copy_speakers(source: Path, target: Path) -> None:
    engine = connect(target)
    try:
        with engine.begin() as conn:
            cur = conn.connection.driver_connection.cursor()
            cur.execute("ATTACH DATABASE ? AS src", (str(source),))
            cur.execute("INSERT OR IGNORE INTO speakers SELECT * FROM src.speakers")
            cur.execute("INSERT OR IGNORE INTO speaker_aliases SELECT * FROM src.speaker_aliases")
        with engine.connect() as conn:
            conn.exec_driver_sql("DETACH DATABASE src")
    finally:
        engine.dispose()


def _load_one(directory: Path, group: list[tuple[str, str]], path: Path, previous: Path | None,
              on_part: Callable[[str, str], None] | None) -> Written:
    from .relink import stamp_if_empty

    if previous is not None:
        _copy_speakers(previous, path)
    engine = connect(path)
    stamp_if_empty(engine)  # loaded from empty, it is all under this version's rules
    total = Written()
    try:
        with engine.begin() as conn:
            cur = conn.connection.driver_connection.cursor()
            triggers = _triggers(cur)
            for name, _ in triggers:
                cur.execute(f"DROP TRIGGER {name}")
            cache = LinkCache()
            first_ids = None
            stamp = now()
            for month, name in group:
                written = write_batch(conn, read_part(directory, month, name), ingested_at=stamp, cache=cache)
                first_ids = first_ids or written.first_ids
                total.add(written)
                if on_part:
                    on_part(month, name)
            settle_touched(cur, cache)  # surname mentions judged once more, as `claims ingest` does
            if total.new or total.replaced:
                fts_update(cur, first_ids, full=bool(total.replaced))
            for _, sql in triggers:
                cur.execute(sql)
            stats.rebuild(cur)  # the speakers' counts, which the triggers keep, once for the whole load
    except ClaimsError:
        raise
    except Exception as error:
        raise DatabaseError(f"cannot load into {path}: {error}") from None
    finally:
        engine.dispose()
    return total


def speaker_everywhere_sql(names: list[str]) -> str:
    """A canned query for Datasette's _memory database (with --crossdb): a speaker's quotes in every shard.

    Each shard is searched on the indexed normalised alias, newest first; at most ten shards, the
    number of databases SQLite attaches to one connection.
    """
    parts = []
    for name in names[:10]:
        db = "[" + name.replace("]", "]]") + "]"
        label = name.replace("'", "''")
        parts.append(
            f"select '{label}' as database, q.id as quote_id, s.name as speaker, q.kind, q.text as quote, "
            f"coalesce(q.said_on, a.published) as said_on, a.outlet, a.title as article, a.url "
            f"from {db}.quotes q join {db}.speakers s on s.id = q.speaker_id "
            f"join {db}.articles a on a.id = q.article_id "
            f"where q.speaker_id in (select speaker_id from {db}.speaker_aliases "
            f"where normalized = normalize_name(:speaker))")
    return "select * from (\n" + "\nunion all\n".join(parts) + "\n) order by said_on desc limit 200"
