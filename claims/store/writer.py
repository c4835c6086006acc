"""The one write path: extracted articles into SQLite, a batch at a time, inside the caller's transaction.

`write_batch()` stores a Batch (claims.batch) with a few multi-row inserts; `write_rows()` the same
rows as plain dicts (claims.ingest.save_article writes one article that way). The same text twice
is stored once; a new text under a known url or id replaces the old article's quotes and claims,
and a review's verdict follows the quote or claim it judged to its new row (`pair`), its old id
never given to another row.

Who said what is not storage's to decide: the caller passes a `Linking` (claims.ingest.SpeakerLinking
is claims.link's), which links the batch's articles one by one, in input order, once their old
rows are gone, and hears which quote ids its pending mentions got. Storage imports nothing of
claims.link.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Callable, Protocol

from sqlalchemy.engine import Connection

from ..batch import Batch, records
from ..timestamps import now
from . import next_id
from .migrations import FTS

TABLES = ("articles", "quotes", "claims", "mentions")


@dataclass
class Written:
    """What writing a batch did; `articles` is (new | replaced | unchanged, article id) per input
    article, in order."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    quotes: int = 0
    claims: int = 0
    new_speakers: int = 0
    first_ids: dict | None = None  # table -> first id this batch inserted, for incremental FTS
    articles: list[tuple[str, int]] = field(default_factory=list)

    def add(self, other: "Written") -> None:
        for name in ("new", "replaced", "unchanged", "quotes", "claims", "new_speakers"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class SpeakerIds:
    """What linking gives storage for one article (claims.link.Linked has the same fields): the
    speakers.id of each quote and each claim, in the extraction's order (None: no speaker), how
    many speakers were created for them, and the quotes left with a person mention no one fits
    yet: (quote's position, surname)."""

    quotes: list[int | None]
    claims: list[int | None]
    created: int = 0
    pending: list[tuple[int, str]] = field(default_factory=list)


class Linking(Protocol):
    """Speaker linking as the writer asks for it, batch by batch, in the writer's transaction."""

    def replacing(self) -> None:
        """An article stored by an earlier transaction is being replaced: what was read of the
        speakers its old quotes named may be out of date."""

    def link(self, cur: sqlite3.Cursor, articles: dict[str, dict], mentions: list[dict], quotes: list[dict],
             claims: list[dict]) -> dict[str, SpeakerIds]:
        """The speaker ids of each article to store (content hash -> its row, in input order, linked
        in that order), from its rows of the batch (mentions: the speakers each article names)."""

    def stored(self, pending: list[tuple[int, str]], speaker_ids: list[int | None]) -> None:
        """The quotes are written: (quote id, surname) of every pending mention, and every written
        quote's speaker id."""


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


def write_batch(conn: Connection, batch: Batch, linking: Linking, ingested_at: str | None = None,
                on_status: Callable[[dict, str], None] | None = None) -> Written:
    """Store a batch's articles, quotes, claims and speakers inside the caller's transaction.

    The transaction must hold the write lock (claims.store.connect() begins IMMEDIATE): ids are
    given out here.
    """
    rows = {table: records(getattr(batch, table)) for table in TABLES}
    return write_rows(conn, rows, linking, ingested_at, on_status)


def write_rows(conn: Connection, rows: dict[str, list[dict]], linking: Linking, ingested_at: str | None = None,
               on_status: Callable[[dict, str], None] | None = None) -> Written:
    """write_batch() for rows given as dicts, table by table: the columns of claims.batch's frames
    (claims.batch.article_rows gives one article's)."""
    cur = conn.connection.driver_connection.cursor()
    try:
        return _write(cur, rows, linking, ingested_at, on_status)
    finally:
        # The SpeakerIndex and its profiles refer to each other, so the cursor would otherwise
        # live until the garbage collector runs, and a connection closed with a live statement
        # stays open (sqlite3_close_v2): its WAL not checkpointed, the file not whole on its own.
        cur.close()


def _write(cur, rows: dict[str, list[dict]], linking: Linking, ingested_at: str | None,
           on_status: Callable[[dict, str], None] | None) -> Written:
    written = Written(first_ids={})
    articles = rows["articles"]
    allowed = {t: _columns(cur, t) for t in ("articles", "quotes", "claims")}
    reviewed = _Reviewed()
    stored = _store_articles(cur, articles, ingested_at or now(), on_status, linking, written, reviewed,
                             allowed["articles"])
    quotes = [q for q in rows["quotes"] if q["content_hash"] in stored]
    claims = [c for c in rows["claims"] if c["content_hash"] in stored]
    # Speakers are linked article by article, in input order, each with its own context (outlet,
    # date, the people quoted beside it): the one step that must see every article, so it runs
    # here, in the one writing process.
    linked: dict[str, SpeakerIds] = {}
    if stored:
        by_key = {a["content_hash"]: a for a in articles if a["content_hash"] in stored}
        linked = linking.link(cur, {key: by_key[key] for key in stored}, rows["mentions"], quotes, claims)
        written.new_speakers += sum(result.created for result in linked.values())
    quote_ids, quote_rows = _store_quotes(cur, quotes, stored, linked, reviewed, written, allowed["quotes"])
    if stored:
        linking.stored([(quote_ids[(key, n)], surname) for key, result in linked.items()
                        for n, surname in result.pending], [row["speaker_id"] for row in quote_rows])
    _store_claims(cur, claims, stored, linked, quote_ids, reviewed, written, allowed["claims"])
    return written


def _store_articles(cur, articles: list[dict], ingested_at: str, on_status, linking: Linking,
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
            written.articles.append((status, existing[key]))
        else:
            row = {"url": a["url"], "external_id": a["external_id"], "title": a["title"], "outlet": a["outlet"],
                   "author": a["author"], "published": a["published"], "content_hash": key, "text": a["text"],
                   "source": a["source"], "ingested_at": ingested_at}
            previous = by_url.get(a["url"]) if a["url"] else by_external.get(a["external_id"])
            if previous is not None:
                if previous in pending:  # new earlier in this batch: nothing of it is stored yet
                    pending[previous] = {"id": previous, **row}
                else:
                    linking.replacing()  # the old version's quotes may have shaped profiles read before
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
            written.articles.append((status, stored[key]))
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


def _store_quotes(cur, quotes: list[dict], stored: dict[str, int], linked: dict[str, SpeakerIds],
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


def _store_claims(cur, claims: list[dict], stored: dict[str, int], linked: dict[str, SpeakerIds],
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
        moved = [(new_id, old_id) for new_id, old_id in pair(new, old).items()]
        cur.executemany(f"UPDATE reviews SET {column} = ? WHERE {column} = ?", moved)
        # A dismissed repeat of the judged row stays dismissed on its new row (claims.store.repeats).
        cur.executemany("UPDATE repeat_dismissals SET judged_id = ? WHERE judged_kind = ? AND judged_id = ?",
                        [(new_id, table[:-1], old_id) for new_id, old_id in moved])


def fts_update(cur, first_ids: dict[str, int], full: bool) -> None:
    """Bring the FTS indexes up to date after writes made with the triggers off."""
    for table in FTS:
        cols = ", ".join(f"[{c}]" for c in FTS[table])
        if full:
            cur.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
        else:
            # Only appends happened: index the new id range, which is what 'rebuild' would add.
            cur.execute(f"INSERT INTO {table}_fts(rowid, {cols}) SELECT id, {cols} FROM {table} WHERE id >= ?",
                        (first_ids[table],))
