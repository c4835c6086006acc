"""The repeats table: claims.repeats' matches kept, found again when articles or verdicts arrive.

- `find_in_articles()`: after an ingest, the claims and quotes of the articles it stored (new or
  replaced) against every judged claim and quote;
- `recheck()`: after a verdict, the whole archive against the newly judged item (its older repeats
  too), through its unit and value (claims) or its words (quotes_fts), not every row;
- `dismiss()`: a fact-checker's word that a match is wrong, kept so it is never found again;
- `listing()`: the repeats with their words, speaker, date, outlet and verdict (repeats_view).

Every function takes a sqlite3 cursor inside the caller's transaction.
"""

from __future__ import annotations

from ..errors import ClaimsError
from ..repeats import Index, Item, Match, match, worth_comparing
from ..timestamps import now

ITEM_SQL = {
    "claim": """SELECT 'claim' AS kind, c.id, c.text, c.article_id, a.published, c.claimant_id AS speaker_id,
                       coalesce(s.name, c.claimant_text) AS speaker, q.text AS said, c.number_text, c.value,
                       c.lower, c.upper, c.qualifier, c.unit, c.object, c.time_scope, c.trend
                FROM claims c JOIN articles a ON a.id = c.article_id
                LEFT JOIN speakers s ON s.id = c.claimant_id LEFT JOIN quotes q ON q.id = c.quote_id""",
    "quote": """SELECT 'quote' AS kind, q.id, q.text, q.article_id, coalesce(q.said_on, a.published) AS published,
                       q.speaker_id, coalesce(s.name, q.speaker_text) AS speaker
                FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id""",
}
ALIAS = {"claim": "c", "quote": "q"}
REVIEW_COLUMN = {"claim": "claim_id", "quote": "quote_id"}
TABLE = {"claim": "claims", "quote": "quotes"}
QUOTE_CANDIDATES = 2_000  # a newly judged quote is compared with the archive's best FTS matches only,
QUOTE_WORDS = 8  # found by this many of its words


class RepeatError(ClaimsError):
    """A repeat that cannot be dismissed: there is no such repeat."""


def _items(cur, kind: str, where: str = "", params=()) -> list[Item]:
    cursor = cur.execute(ITEM_SQL[kind] + (" WHERE " + where if where else ""), params)
    names = [d[0] for d in cursor.description]
    return [Item(**dict(zip(names, row))) for row in cursor.fetchall()]


def judged_items(cur) -> list[Item]:
    """Every claim and quote a review names."""
    return [item for kind in ITEM_SQL for item in _items(
        cur, kind, f"{ALIAS[kind]}.id IN (SELECT {REVIEW_COLUMN[kind]} FROM reviews)")]


def _dismissed(cur) -> set[tuple]:
    """(judged kind, judged id, item kind, item id) and (judged kind, judged id, article, words) of
    every dismissal: a match is dismissed by either."""
    found = set()
    for kind, item_id, article_id, text, judged_kind, judged_id in cur.execute(
            "SELECT kind, item_id, article_id, text, judged_kind, judged_id FROM repeat_dismissals"):
        found.add((judged_kind, judged_id, kind, item_id))
        found.add((judged_kind, judged_id, article_id, text))
    return found


def _is_dismissed(found: Match, dismissed: set[tuple]) -> bool:
    judged = (found.judged.kind, found.judged.id)
    return (*judged, found.item.kind, found.item.id) in dismissed or \
        (*judged, found.item.article_id, _words(found.item)) in dismissed


def _words(item: Item) -> str:
    """What makes a claim or quote the same one in a corrected version of its article (as the
    writer pairs them, claims.store.writer.MATCHED_ON): a claim's figure, a quote's words."""
    return item.number_text if item.kind == "claim" else item.text


def _save(cur, matches: list[Match]) -> int:
    at = now()
    cur.executemany("INSERT INTO repeats (kind, item_id, judged_kind, judged_id, score, reason, found_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(m.item.kind, m.item.id, m.judged.kind, m.judged.id, m.score, m.reason, at) for m in matches])
    return len(matches)


def forget_stale(cur) -> None:
    """Repeats whose item is gone, or whose judged item has no verdict any more (a replaced
    article's verdict followed its claim to a new row)."""
    for kind in ITEM_SQL:
        cur.execute(f"DELETE FROM repeats WHERE kind = ? AND item_id NOT IN (SELECT id FROM {TABLE[kind]})", (kind,))
        cur.execute(f"DELETE FROM repeats WHERE judged_kind = ? AND judged_id NOT IN "
                    f"(SELECT {REVIEW_COLUMN[kind]} FROM reviews WHERE {REVIEW_COLUMN[kind]} IS NOT NULL)", (kind,))


def find_in_articles(cur, article_ids: list[int]) -> int:
    """Find the repeats among the claims and quotes of these (just stored) articles; how many."""
    forget_stale(cur)
    article_ids = sorted(set(article_ids))
    judged = judged_items(cur)
    if not article_ids or not judged:
        return 0
    index, dismissed, found = Index(judged), _dismissed(cur), []
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for kind in ITEM_SQL:
            cur.execute(f"DELETE FROM repeats WHERE kind = ? AND item_id IN "
                        f"(SELECT id FROM {TABLE[kind]} WHERE article_id IN ({marks}))", (kind, *chunk))
            for item in _items(cur, kind, f"{ALIAS[kind]}.article_id IN ({marks})", chunk):
                found += [m for m in index.find(item) if not _is_dismissed(m, dismissed)]
    count = _save(cur, found)
    # A replaced article's verdicts have moved to its new rows: their older repeats are looked for again.
    touched = set(article_ids)
    for item in judged:
        if item.article_id in touched:
            count += recheck(cur, item.kind, item.id)
    return count


def _candidates(cur, judged: Item) -> list[Item]:
    """The archive's claims or quotes that may repeat `judged`: the same unit and a value near
    it, or the quotes sharing most of its words (quotes_fts, best first)."""
    if judged.kind == "claim":
        if judged.value is None:
            return []
        # Values within rounding differ by 5% at most (claims.repeats.same_value).
        low, high = sorted((judged.value * 0.945, judged.value * 1.055))
        unit = "c.unit = ?" if judged.unit is not None else "c.unit IS NULL"
        return _items(cur, "claim", f"{unit} AND c.value BETWEEN ? AND ?",
                      (*([judged.unit] if judged.unit is not None else []), low, high))
    # Its longest words (the rarest, mostly): quotes_fts ranks the quotes that have most of them first.
    words = sorted({w for w in judged.features.words if w.isalnum()}, key=lambda w: (-len(w), w))[:QUOTE_WORDS]
    if not words:
        return []
    query = " OR ".join(f'"{w}"' for w in words)
    return _items(cur, "quote", f"q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? "
                                f"ORDER BY rank LIMIT {QUOTE_CANDIDATES})", (query,))


def recheck(cur, kind: str, judged_id: int) -> int:
    """Find every repeat of the judged claim or quote in the archive, older ones too; how many."""
    [judged] = _items(cur, kind, f"{ALIAS[kind]}.id = ?", (judged_id,)) or [None]
    if judged is None:
        return 0
    cur.execute("DELETE FROM repeats WHERE judged_kind = ? AND judged_id = ?", (kind, judged_id))
    dismissed = _dismissed(cur)
    found = [m for m in (match(item, judged) for item in _candidates(cur, judged) if worth_comparing(item, judged))
             if m and not _is_dismissed(m, dismissed)]
    return _save(cur, found)


def dismiss(cur, repeat_id: int, who: str | None = None) -> None:
    """Record that the repeat `repeat_id` is no repeat, and take it away; it is never found again."""
    row = cur.execute("""SELECT r.kind, r.item_id, coalesce(c.article_id, q.article_id),
                                coalesce(c.number_text, q.text), r.judged_kind, r.judged_id
                         FROM repeats r LEFT JOIN claims c ON r.kind = 'claim' AND c.id = r.item_id
                         LEFT JOIN quotes q ON r.kind = 'quote' AND q.id = r.item_id
                         WHERE r.id = ?""", (repeat_id,)).fetchone()
    if row is None or row[3] is None:
        raise RepeatError(f"there is no repeat {repeat_id}")
    cur.execute("INSERT INTO repeat_dismissals (kind, item_id, article_id, text, judged_kind, judged_id, who, "
                "dismissed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (*row, who, now()))
    cur.execute("DELETE FROM repeats WHERE id = ?", (repeat_id,))


RECORD_COLUMNS = ("id", "kind", "text", "speaker", "published", "outlet", "repeats", "verdict", "score", "reason")


def listing(cur, since: str | None = None) -> list[dict]:
    """One record per repeat, newest first: RECORD_COLUMNS (`repeats`: the judged item's id, of
    the same kind)."""
    sql = f"SELECT {', '.join(RECORD_COLUMNS)} FROM repeats_view"
    params: tuple = ()
    if since:
        sql += " WHERE published >= ?"
        params = (since,)
    cursor = cur.execute(sql + " ORDER BY published DESC, repeat_id DESC", params)
    return [dict(zip(RECORD_COLUMNS, row)) for row in cursor.fetchall()]
