"""Verdicts: fact-checkers' reviews of claims and quotes, and their schema.org ClaimReview form.

Used by the Datasette plugin (the review form), by `claims review` and by
`claims export --format claimreview`. Every function takes an open connection: a
sqlite3.Connection (what Datasette hands its plugins) or a SQLAlchemy Connection or Engine
(what claims.store.connect returns).
"""

from __future__ import annotations

import sqlite3
from urllib.parse import urlsplit

from .errors import ClaimsError
from .store import repeats
from .store.models import VERDICTS
from .timestamps import now

__all__ = ["VERDICTS", "ReviewError", "add_review", "reviews_for", "claimreview"]

# schema.org Rating for each verdict, on the 1 (false) to 5 (true) scale fact-checkers use.
# "unproven" has no place on the scale: it carries only its name.
RATINGS = {"true": 5, "mostly true": 4, "misleading": 2, "false": 1, "unproven": None}


class ReviewError(ClaimsError):
    """A review that cannot be recorded: unknown verdict, claim or quote, or a bad URL."""


def _execute(conn, sql: str, params: tuple = ()) -> list[dict]:
    """Run `sql` on whichever kind of connection we were given; rows as dicts."""
    if isinstance(conn, sqlite3.Connection):
        cursor = conn.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
    if hasattr(conn, "begin") and not hasattr(conn, "exec_driver_sql"):  # a SQLAlchemy Engine
        with conn.begin() as connection:
            return _execute(connection, sql, params)
    result = conn.exec_driver_sql(sql, params)
    return [dict(row._mapping) for row in result] if result.returns_rows else []


def add_review(conn, *, verdict: str, claim_id: int | None = None, quote_id: int | None = None,
               note: str | None = None, url: str | None = None, reviewer: str | None = None) -> int:
    """Record a verdict on a claim or a quote (exactly one of them); return the review's id.

    `verdict` is one of VERDICTS (case and surrounding spaces ignored); `url`, when given, must
    be an http(s) address: it is shown as a link, so javascript: and the like are refused.
    The caller commits (Datasette's write connection and SQLAlchemy's begin() both do).
    """
    verdict = (verdict or "").strip().lower()
    if verdict not in VERDICTS:
        raise ReviewError(f"verdict must be one of: {', '.join(VERDICTS)} (not {verdict!r})")
    if (claim_id is None) == (quote_id is None):
        raise ReviewError("a review is of one claim or one quote: give exactly one of them")
    table, target = ("claims", claim_id) if claim_id is not None else ("quotes", quote_id)
    try:
        target = int(target)
    except (TypeError, ValueError):
        raise ReviewError(f"{table[:-1]} id must be a number, not {target!r}") from None
    if not _execute(conn, f"SELECT id FROM {table} WHERE id = ?", (target,)):
        raise ReviewError(f"there is no {table[:-1]} {target}")
    url = (url or "").strip() or None
    if url and (urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc):
        raise ReviewError(f"url must start with http:// or https:// (not {url!r})")
    note = (note or "").strip() or None
    reviewer = (reviewer or "").strip() or None
    params = (target if table == "claims" else None, target if table == "quotes" else None,
              verdict, note, url, reviewer, now())
    sql = ("INSERT INTO reviews (claim_id, quote_id, verdict, note, url, reviewer, reviewed_at) "
           "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
    review_id = _execute(conn, sql, params)[0]["id"]
    # Its repeats, older ones too, are looked for in the whole archive (claims.store.repeats).
    _with_cursor(conn, lambda cur: repeats.recheck(cur, table[:-1], target))
    return review_id


def _with_cursor(conn, fn):
    """fn(a DB-API cursor) on whichever kind of connection we were given, in its transaction."""
    if hasattr(conn, "begin") and not hasattr(conn, "exec_driver_sql"):  # a SQLAlchemy Engine
        with conn.begin() as connection:
            return _with_cursor(connection, fn)
    raw = conn if isinstance(conn, sqlite3.Connection) else conn.connection.driver_connection
    cur = raw.cursor()
    try:
        return fn(cur)
    finally:
        cur.close()


def reviews_for(conn, *, claim_id: int | None = None, quote_id: int | None = None) -> list[dict]:
    """The reviews of one claim or quote, newest first."""
    column, value = ("claim_id", claim_id) if claim_id is not None else ("quote_id", quote_id)
    return _execute(conn, f"SELECT * FROM reviews WHERE {column} = ? ORDER BY reviewed_at DESC, id DESC",
                    (value,))


REVIEWED = """
SELECT reviews.id, reviews.claim_id, reviews.quote_id, reviews.verdict, reviews.note, reviews.url, reviews.reviewer,
       reviews.reviewed_at,
       coalesce(claims.text, quotes.text) AS claim_reviewed,
       claims.number_text,
       coalesce(claimant.name, claims.claimant_text, speaker.name, quotes.speaker_text) AS author,
       coalesce(claimant.kind, speaker.kind, 'person') AS author_kind,
       articles.title, articles.url AS article_url, articles.outlet, articles.published
FROM reviews
LEFT JOIN claims ON claims.id = reviews.claim_id
LEFT JOIN quotes ON quotes.id = reviews.quote_id
LEFT JOIN speakers claimant ON claimant.id = claims.claimant_id
LEFT JOIN speakers speaker ON speaker.id = quotes.speaker_id
LEFT JOIN articles ON articles.id = coalesce(claims.article_id, quotes.article_id)
WHERE coalesce(claims.id, quotes.id) IS NOT NULL
ORDER BY reviews.reviewed_at, reviews.id
"""


# Where the judged claim or quote was said again (claims.store.repeats), oldest first.
REPEATED_IN = """
SELECT DISTINCT articles.title, articles.url AS article_url, articles.published, articles.outlet
FROM repeats_view JOIN articles ON articles.id = repeats_view.article_id
WHERE repeats_view.judged_kind = ? AND repeats_view.repeats = ?
ORDER BY articles.published, articles.id
"""


def _appearance(row: dict) -> dict:
    """A schema.org NewsArticle where a claim appeared, without empty keys."""
    found = {"@type": "NewsArticle", "headline": row["title"], "url": row["article_url"],
             "datePublished": row["published"], "publisher": _party(row["outlet"], "organization")}
    return {k: v for k, v in found.items() if v is not None}


def _party(name: str | None, kind: str | None) -> dict | None:
    if not name:
        return None
    return {"@type": "Person" if kind == "person" else "Organization", "name": name}


def claimreview(conn) -> list[dict]:
    """schema.org ClaimReview JSON-LD documents, one per review, oldest first.

    This is the format fact-checkers publish and search engines read
    (https://schema.org/ClaimReview): what was claimed (`claimReviewed`), by whom and where
    (`itemReviewed`, a Claim with its author and the article it appeared in), the verdict
    (`reviewRating`, 1 = false to 5 = true, its name in `alternateName`), the note
    (`reviewBody`), the reviewer (`author`) and the date. Reviews of quotes are included too:
    a quote is a claim by its speaker. Where the claim was said again (its repeats,
    claims.store.repeats), `appearance` is a list: the article reviewed first, then the repeats'
    articles, oldest first. Keys without a value are left out.
    """
    documents = []
    for row in _execute(conn, REVIEWED):
        appearance = _appearance(row)
        judged = ("claim", row["claim_id"]) if row["claim_id"] is not None else ("quote", row["quote_id"])
        repeated = [_appearance(r) for r in _execute(conn, REPEATED_IN, judged)]
        if repeated:
            appearance = [appearance, *[r for r in repeated if r != appearance]]
        rating = {"@type": "Rating", "alternateName": row["verdict"].capitalize()}
        if RATINGS[row["verdict"]] is not None:
            rating.update(ratingValue=RATINGS[row["verdict"]], bestRating=5, worstRating=1)
        document = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": row["url"],
            "datePublished": (row["reviewed_at"] or "")[:10] or None,
            "author": _party(row["reviewer"], "person") or {"@type": "Organization", "name": "claims"},
            "claimReviewed": row["claim_reviewed"],
            "itemReviewed": {
                "@type": "Claim",
                "author": _party(row["author"], row["author_kind"]),
                "datePublished": row["published"],
                "appearance": appearance,
            },
            "reviewRating": rating,
            "reviewBody": row["note"],
        }
        document["itemReviewed"] = {k: v for k, v in document["itemReviewed"].items() if v is not None}
        documents.append({k: v for k, v in document.items() if v is not None})
    return documents
