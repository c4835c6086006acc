"""Re-derive a database under the current rules, keeping every human decision and every verdict.

Why: extraction and linking rules change (titles out of names, generic descriptions no longer
speakers, surnames linked only on evidence), and a database keeps the mistakes of the rules it was
built under. Articles keep their full text, so everything automatic can be derived again; what
people did cannot, and is kept:

- a speaker someone touched (a manual alias from a merge, split, rename or import, a row of
  `speaker_decisions`, the review queue's picks among them, an external id) keeps its id, name,
  kind, role, description and manual aliases, and the automatic alias spelling its name, so
  linking still finds a speaker whose only decision was a set-role. Every other alias and speaker
  is rebuilt by linking; a speaker left with no quote, no claim and no human decision is removed.
  The review queue's decisions (who "Mr Brown" in one article is: claims.link.assign) are applied
  again once the articles are relinked;
- a quote or claim that comes back (same article, same span, same text; for a claim the same number
  at the same place; failing that, the one row of its article whose span overlaps it and whose text
  holds the other's) keeps its id, so verdicts (`reviews`), pages and links stay on it. A review
  whose quote or claim does not come back keeps its row and is reported. New rows get ids above
  any ever used or reviewed, so a review never lands on another quote by accident.

How: one transaction (BEGIN IMMEDIATE): readers keep the old database until it commits, a crash
leaves it untouched, and running it again starts over. The old quotes and claims are copied to temp
tables and deleted; then the articles go through the ingest path batch by batch (extract_batch in
worker processes, `claims.ingest.store_batch` linking and writing here) in one fixed order,
publication date then content hash, whatever order they were ingested in; after each batch the rows
it wrote take back the ids of the rows they replace. A new speaker takes the id of the removed
automatic speaker it continues (the same name, else the most quotes in common), so pages and links
keep working and running relink twice changes nothing.

`RULES_VERSION` is the version of the rules a database was derived under, kept in SQLite's
`PRAGMA user_version`: `claims ingest` sets it on a database it fills from empty, relink sets it,
and `outdated()` tells the commands to point at `claims speakers relink`.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from .errors import ClaimsError, DatabaseError, RelinkError
from .store.writer import MATCHED_ON, pair
from .sources import Article, content_hash

# Raise when extraction or linking rules change what ingest would store for an article already
# stored. 1: the within-article resolver, names without titles, no speaker rows for descriptions,
# surnames linked across articles only on evidence (issue 14). 2: figures as news writes them (issue 15):
# "nearly"/"within" bounds, counted nouns past adjectives, objects of money and of sizes, reports as claimants.
# 3: figures on real news (issue 15): "one" that picks from a group, how often ("once a year") and halving,
# "a year and a half", slashed years, numbers to call, pounds of money, "five of those".
RULES_VERSION = 3

TEMP_TABLES = ("relink_quotes", "relink_claims", "relink_speakers", "relink_kept", "relink_doomed", "relink_map")

# Speakers a person has touched: their rows, names and manual aliases are kept.
KEPT_SQL = """
INSERT INTO temp.relink_kept (id) SELECT id FROM speakers WHERE id IN (
    SELECT speaker_id FROM speaker_aliases WHERE origin = 'manual'
    UNION SELECT speaker_id FROM speaker_external_ids
    UNION SELECT speaker_id FROM speaker_decisions WHERE speaker_id IS NOT NULL
    UNION SELECT other_id FROM speaker_decisions WHERE other_id IS NOT NULL)
"""
# Automatic aliases go, except the one spelling a kept speaker's own name.
AUTO_ALIASES_SQL = """
DELETE FROM speaker_aliases WHERE origin != 'manual' AND NOT (
    speaker_id IN (SELECT id FROM temp.relink_kept)
    AND alias = (SELECT name FROM speakers WHERE speakers.id = speaker_aliases.speaker_id))
"""
DOOMED_SQL = """
CREATE TEMP TABLE relink_doomed AS SELECT id, name, kind FROM speakers
WHERE id NOT IN (SELECT id FROM temp.relink_kept)
  AND NOT EXISTS (SELECT 1 FROM quotes WHERE quotes.speaker_id = speakers.id)
  AND NOT EXISTS (SELECT 1 FROM claims WHERE claims.claimant_id = speakers.id)
"""
DANGLING_SQL = """
SELECT id FROM reviews
WHERE (claim_id IS NOT NULL AND claim_id NOT IN (SELECT id FROM claims))
   OR (quote_id IS NOT NULL AND quote_id NOT IN (SELECT id FROM quotes))
ORDER BY id
"""
# The columns a quote or claim is recognised by, besides its article and span.
# Where each table's ids are referred to (reviews are not: the rows they judged keep their ids).
REFS = {
    "articles": (("quotes", "article_id"), ("claims", "article_id")),
    "quotes": (("claims", "quote_id"), ("unresolved_mentions", "quote_id"), ("unresolved_evidence", "quote_id")),
    "claims": (),
    "speakers": (("quotes", "speaker_id"), ("claims", "claimant_id"), ("speaker_aliases", "speaker_id"),
                 ("speaker_external_ids", "speaker_id")),
}
ARTICLE_SQL = ("SELECT id, text, source, external_id, title, url, outlet, author, published, ingested_at "
               "FROM articles WHERE id IN ({})")


@dataclass
class Relinked:
    """What a relink did (or, with dry_run, would do): counts before -> after and the verdicts kept."""

    articles: int = 0
    quotes: tuple[int, int] = (0, 0)
    claims: tuple[int, int] = (0, 0)
    speakers: tuple[int, int] = (0, 0)
    kept_speakers: int = 0  # speakers kept for a human decision
    new_speakers: int = 0
    removed_speakers: int = 0
    same_quotes: int = 0  # quotes that came back (and kept their id)
    moved_quotes: int = 0  # of those, quotes whose speaker changed
    unattributed: int = 0  # of those, quotes that lost their speaker
    reviews: int = 0
    unmatched_reviews: list[int] = field(default_factory=list)  # reviews whose claim or quote is gone
    unmatched_before: int = 0  # of those, reviews already without one before
    queue_decisions: int = 0  # review-queue decisions (claims.link.assign) applied again
    queue_quotes: int = 0  # quotes they gave back the speaker people chose
    queue_missing: int = 0  # decisions whose article or speaker is gone
    failed: list[int] = field(default_factory=list)  # articles extraction could not handle: kept as they were
    dry_run: bool = False
    seconds: float = 0.0

    def lines(self) -> list[str]:
        """The summary `claims speakers relink` prints."""
        head = "dry run, nothing written: would relink" if self.dry_run else "relinked"
        out = [f"{head} {self.articles} articles in {self.seconds:.1f}s",
               f"quotes {self.quotes[0]} -> {self.quotes[1]} ({self.same_quotes} kept their id; {self.moved_quotes} "
               f"changed speaker, {self.unattributed} of them to none)",
               f"claims {self.claims[0]} -> {self.claims[1]}",
               f"speakers {self.speakers[0]} -> {self.speakers[1]} ({self.kept_speakers} kept for human decisions, "
               f"{self.removed_speakers} removed, {self.new_speakers} new)",
               f"reviews: {self.reviews - len(self.unmatched_reviews)} kept on their claim or quote, "
               f"{len(self.unmatched_reviews)} unmatched (kept, not deleted)"]
        if self.unmatched_reviews:
            more = ", ..." if len(self.unmatched_reviews) > 20 else ""
            ids = ", ".join(map(str, self.unmatched_reviews[:20])) + more
            before = f"; {self.unmatched_before} already unmatched before" if self.unmatched_before else ""
            out.append(f"  unmatched reviews: {ids}{before}")
        if self.queue_decisions:
            out.append(f"review-queue decisions: {self.queue_decisions} applied again ({self.queue_quotes} quotes), "
                       f"{self.queue_missing} whose article or speaker is gone")
        if self.failed:
            out.append(f"{len(self.failed)} articles could not be extracted and keep their old rows: "
                       + ", ".join(map(str, self.failed[:20])))
        return out


@dataclass
class _Run:
    """The state of one relink: counts before, the next fresh id of each table, articles in flight."""

    before: dict[str, int]
    speakers_top: int  # the largest speaker id before: speakers above it were made by this relink
    fresh: dict[str, int]  # table -> next id never used nor referred to
    unmatched_before: int
    triggers: list[tuple[str, str]]
    originals: dict[str, tuple[int, str | None, str]] = field(default_factory=dict)  # hash -> id, source, ingested_at
    failed: list[int] = field(default_factory=list)

    def fresh_id(self, table: str) -> int:
        self.fresh[table] += 1
        return self.fresh[table] - 1


def relink(db: str | Path, *, dry_run: bool = False, workers: int = 1, batch_size: int | None = None,
           on_batch: Callable[[int, int], None] | None = None) -> Relinked:
    """Re-extract every article of `db` and re-link every speaker under the current rules.

    One transaction; with `dry_run` it is rolled back after counting. `on_batch(done, total)` is
    called after each batch of articles. Example:

        relink("db/claims.db", dry_run=True).lines()
    """
    from .ingest import BATCH_SIZE
    from .store import connect

    started = time.perf_counter()
    engine = connect(db)
    try:
        with engine.connect() as conn, conn.begin() as transaction:
            cur = conn.connection.driver_connection.cursor()
            try:
                result = _relink(conn, cur, workers, batch_size or BATCH_SIZE, on_batch)
            finally:
                cur.close()  # a live statement would keep the connection open (see claims.store.writer.write_rows)
            if dry_run:
                transaction.rollback()
    except ClaimsError:
        raise
    except (sqlite3.Error, SQLAlchemyError) as error:
        raise DatabaseError(f"cannot relink {db}: {error}") from None
    finally:
        engine.dispose()
    result.dry_run = dry_run
    result.seconds = time.perf_counter() - started
    return result


def _relink(conn: Connection, cur, workers: int, batch_size: int,
            on_batch: Callable[[int, int], None] | None) -> Relinked:
    from .ingest import Runner, extract_batch
    from .link import assign

    run = _begin(cur)
    order = [row[0] for row in cur.execute(
        "SELECT id FROM articles ORDER BY coalesce(published, ''), content_hash").fetchall()]
    done = 0
    with Runner(workers) as runner:
        for chunk, batch in runner.map(extract_batch, _chunks(conn, order, batch_size, run)):
            _rewrite(conn, cur, chunk, batch, run)
            done += len(chunk)
            if on_batch:
                on_batch(done, len(order))
    decided = assign.reapply(conn)  # who people said a mention is wins over linking, as on ingest
    _finish_speakers(cur, run)
    result = _finish(cur, run, len(order))
    result.queue_decisions, result.queue_quotes = decided.decisions, decided.quotes
    result.queue_missing = decided.missing
    return result


def _begin(cur) -> _Run:
    """Count, copy the old quotes and claims aside, mark the kept speakers, clear what is rebuilt."""
    cur.execute("PRAGMA defer_foreign_keys = ON")  # ids are moved in steps; checked at commit
    before = {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "quotes", "claims", "speakers")}
    unmatched_before = len(cur.execute(DANGLING_SQL).fetchall())
    for table in TEMP_TABLES:
        cur.execute(f"DROP TABLE IF EXISTS temp.{table}")
    for table in ("quotes", "claims"):
        cur.execute(f"CREATE TEMP TABLE relink_{table} AS SELECT * FROM {table}")
        cur.execute(f"CREATE INDEX temp.relink_{table}_article ON relink_{table} (article_id)")
    cur.execute("CREATE TEMP TABLE relink_speakers AS SELECT id FROM speakers")
    cur.execute("CREATE TEMP TABLE relink_kept (id INTEGER PRIMARY KEY)")
    cur.execute("CREATE TEMP TABLE relink_map (tmp INTEGER PRIMARY KEY, final INTEGER NOT NULL)")
    cur.execute(KEPT_SQL)
    top = lambda sql: cur.execute(f"SELECT coalesce(max(v), 0) FROM ({sql})").fetchone()[0]  # noqa: E731
    fresh = {
        "quotes": top("SELECT max(id) AS v FROM quotes UNION ALL SELECT max(quote_id) FROM reviews") + 1,
        "claims": top("SELECT max(id) AS v FROM claims UNION ALL SELECT max(claim_id) FROM reviews") + 1,
        "speakers": top("SELECT max(id) AS v FROM speakers UNION ALL SELECT max(speaker_id) FROM speaker_decisions "
                        "UNION ALL SELECT max(other_id) FROM speaker_decisions") + 1,
    }
    run = _Run(before, top("SELECT max(id) AS v FROM speakers"), fresh, unmatched_before, _drop_triggers(cur))
    cur.execute("DELETE FROM claims")
    cur.execute("DELETE FROM quotes")
    cur.execute(AUTO_ALIASES_SQL)  # their speaker_keys go with them (ON DELETE CASCADE)
    return run


def _drop_triggers(cur) -> list[tuple[str, str]]:
    """Drop the full-text triggers for the transaction (the indexes are rebuilt once at the end)."""
    triggers = cur.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND tbl_name IN ('quotes', 'claims', 'articles')").fetchall()
    for name, _ in triggers:
        cur.execute(f"DROP TRIGGER [{name}]")
    return triggers


def _chunks(conn: Connection, order: list[int], size: int, run: _Run) -> Iterator[list[Article]]:
    """The stored articles in `order`, as read from a source, `size` at a time."""
    raw = conn.connection.driver_connection
    for i in range(0, len(order), size):
        ids = order[i:i + size]
        rows = {row[0]: row for row in raw.execute(ARTICLE_SQL.format(",".join("?" * len(ids))), ids).fetchall()}
        chunk = []
        for article_id in ids:
            _, text, source, external_id, title, url, outlet, author, published, ingested_at = rows[article_id]
            run.originals[content_hash(text)] = (article_id, source, ingested_at)
            chunk.append(Article(text=text, source=source or f"article {article_id}", id=external_id, title=title,
                                 url=url, outlet=outlet, author=author, published=published))
        yield chunk


def _rewrite(conn: Connection, cur, chunk: list[Article], batch, run: _Run) -> None:
    """Write one extracted batch in place of its articles' old rows, with their ids."""
    from .ingest import store_batch

    keys = [content_hash(a.text) for a in chunk]
    originals = {key: run.originals.pop(key) for key in keys}
    extracted = set(batch.articles["content_hash"])
    failed = [originals[key][0] for key in keys if key not in extracted]
    if failed:  # extraction gave up on them (text too deeply nested): their old rows stay
        run.failed += failed
        for table in ("quotes", "claims"):
            cur.execute(f"INSERT INTO {table} SELECT * FROM temp.relink_{table} "
                        f"WHERE article_id IN ({','.join('?' * len(failed))})", failed)
    ids = [originals[key][0] for key in keys if key in extracted]
    if not ids:
        return
    cur.execute(f"DELETE FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
    tops = {t: cur.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
            for t in ("articles", "quotes", "claims")}
    written = store_batch(conn, batch)
    if written.new != len(ids):
        raise RelinkError(f"articles {ids[0]}..{ids[-1]} did not come back one for one ({written.new} new, "
                          f"{written.replaced} replaced, {written.unchanged} unchanged): two stored articles "
                          "share a url or id")
    back = cur.execute("SELECT id, content_hash FROM articles WHERE id > ?", (tops["articles"],)).fetchall()
    _renumber(cur, "articles", {new: originals[key][0] for new, key in back})
    written_ids = set(ids)
    cur.executemany("UPDATE articles SET source = ?, ingested_at = ? WHERE id = ?",
                    [(source, ingested_at, article_id) for article_id, source, ingested_at in originals.values()
                     if article_id in written_ids])
    for table in ("quotes", "claims"):
        _take_back_ids(cur, table, tops[table], ids, run)


def _take_back_ids(cur, table: str, top: int, article_ids: list[int], run: _Run) -> None:
    """Give each row written above `top` the id of the old row it matches, else a fresh one."""
    column = MATCHED_ON[table]
    new = cur.execute(f'SELECT id, article_id, start, "end", [{column}] FROM {table} WHERE id > ? ORDER BY id',
                      (top,)).fetchall()
    old = cur.execute(f'SELECT id, article_id, start, "end", [{column}] FROM temp.relink_{table} '
                      f"WHERE article_id IN ({','.join('?' * len(article_ids))}) ORDER BY id", article_ids).fetchall()
    twins = pair(new, old)
    _renumber(cur, table, {row[0]: twins.get(row[0]) or run.fresh_id(table) for row in new})


def _renumber(cur, table: str, mapping: dict[int, int]) -> None:
    """Move rows of `table` from id tmp to id final, and every reference to them (REFS).

    Through negative ids, so a row never lands on an id another moving row still holds.
    """
    moves = [(tmp, final) for tmp, final in mapping.items() if tmp != final]
    if not moves:
        return
    cur.execute("DELETE FROM temp.relink_map")
    cur.executemany("INSERT INTO temp.relink_map (tmp, final) VALUES (?, ?)", moves)
    columns = ((table, "id"), *REFS[table])
    for name, column in columns:
        cur.execute(f"UPDATE {name} SET [{column}] = -[{column}] WHERE [{column}] IN (SELECT tmp FROM temp.relink_map)")
    for name, column in columns:
        cur.execute(f"UPDATE {name} SET [{column}] = "
                    f"(SELECT final FROM temp.relink_map WHERE tmp = -{name}.[{column}]) WHERE [{column}] < 0")


def _finish_speakers(cur, run: _Run) -> None:
    """Remove the speakers left with nothing; give each new speaker the id of a removed one it
    continues (so pages and links stay, and a second relink changes nothing), else a fresh id."""
    cur.execute(DOOMED_SQL)
    cur.execute("DELETE FROM speaker_aliases WHERE speaker_id IN (SELECT id FROM temp.relink_doomed)")
    cur.execute("DELETE FROM speakers WHERE id IN (SELECT id FROM temp.relink_doomed)")
    heirs = _heirs(cur, run.speakers_top)
    new = [row[0] for row in cur.execute("SELECT id FROM speakers WHERE id > ? ORDER BY id", (run.speakers_top,))]
    _renumber(cur, "speakers", {i: heirs.get(i) or run.fresh_id("speakers") for i in new})


def _heirs(cur, top: int) -> dict[int, int]:
    """New speaker -> the removed automatic speaker whose id it takes, one to one.

    Candidates are the removed speakers of the same kind that have the same name or had some of
    its quotes and claims; the same name goes first, then the most rows shared, then the lowest ids.
    """
    shared: dict[tuple[int, int], int] = {}
    for table, column in (("quotes", "speaker_id"), ("claims", "claimant_id")):
        for new, old, n in cur.execute(
                f"SELECT n.[{column}], o.[{column}], count(*) FROM {table} n JOIN temp.relink_{table} o ON o.id = n.id "
                f"WHERE n.[{column}] > ? AND o.[{column}] IN (SELECT id FROM temp.relink_doomed WHERE id <= ?) "
                "GROUP BY 1, 2", (top, top)):
            shared[(new, old)] = shared.get((new, old), 0) + n
    new_rows = {i: (name, kind) for i, name, kind in cur.execute(
        "SELECT id, name, kind FROM speakers WHERE id > ?", (top,))}
    old_rows = {i: (name, kind) for i, name, kind in cur.execute(
        "SELECT id, name, kind FROM temp.relink_doomed WHERE id <= ?", (top,))}
    by_name: dict[tuple[str, str], list[int]] = {}
    for old, key in old_rows.items():
        by_name.setdefault(key, []).append(old)
    pairs = set(shared) | {(new, old) for new, key in new_rows.items() for old in by_name.get(key, ())}
    ranked = sorted((pair for pair in pairs if new_rows[pair[0]][1] == old_rows[pair[1]][1]),
                    key=lambda p: (new_rows[p[0]] != old_rows[p[1]], -shared.get(p, 0), p))
    heirs: dict[int, int] = {}
    taken: set[int] = set()
    for new, old in ranked:
        if new not in heirs and old not in taken:
            heirs[new] = old
            taken.add(old)
    return heirs


def _finish(cur, run: _Run, articles: int) -> Relinked:
    """Rebuild the full-text indexes, the speakers' counts and the repeats of checked claims, check the
    references, stamp the rules version, count."""
    from .store import repeats, stats
    from .store.writer import fts_update

    for _, sql in run.triggers:
        cur.execute(sql)
    fts_update(cur, {}, full=True)
    stats.rebuild(cur)
    # The repeats of checked claims among the rows derived again (dismissals kept).
    repeats.find_in_articles(cur, [row[0] for row in cur.execute("SELECT id FROM articles")])
    broken = cur.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RelinkError(f"relinking would leave {len(broken)} broken references (first: {broken[0]}); "
                          "nothing was written")
    cur.execute(f"PRAGMA user_version = {RULES_VERSION}")
    one = lambda sql: cur.execute(sql).fetchone()[0]  # noqa: E731
    moved = cur.execute("SELECT count(*), coalesce(sum(q.speaker_id IS NULL), 0) FROM quotes q "
                        "JOIN temp.relink_quotes o ON o.id = q.id WHERE q.speaker_id IS NOT o.speaker_id").fetchone()
    result = Relinked(
        articles=articles,
        quotes=(run.before["quotes"], one("SELECT count(*) FROM quotes")),
        claims=(run.before["claims"], one("SELECT count(*) FROM claims")),
        speakers=(run.before["speakers"], one("SELECT count(*) FROM speakers")),
        kept_speakers=one("SELECT count(*) FROM temp.relink_kept"),
        new_speakers=one("SELECT count(*) FROM speakers WHERE id NOT IN (SELECT id FROM temp.relink_speakers)"),
        removed_speakers=one("SELECT count(*) FROM temp.relink_speakers WHERE id NOT IN (SELECT id FROM speakers)"),
        same_quotes=one("SELECT count(*) FROM quotes WHERE id IN (SELECT id FROM temp.relink_quotes)"),
        moved_quotes=moved[0], unattributed=moved[1],
        reviews=one("SELECT count(*) FROM reviews"),
        unmatched_reviews=[row[0] for row in cur.execute(DANGLING_SQL).fetchall()],
        unmatched_before=run.unmatched_before, failed=run.failed)
    for table in TEMP_TABLES:
        cur.execute(f"DROP TABLE IF EXISTS temp.{table}")
    return result


# -- the rules version ---------------------------------------------------------------------------

def stamp_if_empty(engine: Engine) -> None:
    """Mark a database with no articles yet as built under the current rules (ingest calls this)."""
    with engine.begin() as conn:
        if conn.exec_driver_sql("SELECT NOT EXISTS (SELECT 1 FROM articles)").scalar():
            conn.exec_driver_sql(f"PRAGMA user_version = {RULES_VERSION}")


def outdated(db: str | Path) -> bool:
    """True when `db` holds articles derived under older rules than these: time for a relink.

    Read-only, and False for anything that is not a claims database, so any command may ask.
    """
    try:
        conn = sqlite3.connect(f"file:{Path(db)}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        return version < RULES_VERSION and bool(conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0])
    except sqlite3.Error:
        return False
    finally:
        conn.close()
