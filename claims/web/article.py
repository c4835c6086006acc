"""The article page, /DB/-/article/ID: an article to read, with every quote and figure in it
highlighted and linked to its page.

Its title, outlet, date, byline and a link to the source; then the text, paragraph by paragraph,
each quote and each figure marked where it stands (a figure inside a quote is marked as a figure
within the quote). The text is passed to the template as plain strings, never marked safe, so an
article containing <script> is shown as text.

What the page never shows: the file the article was read from on the server (`articles.source`)
and the hash it is stored under (`articles.content_hash`). `hide_server_columns` makes SQLite
read both as NULL on Datasette's connections, so no table, row, JSON, CSV or SQL of one's own
shows them to a visitor either; the plugin's own code that needs the hash (the review queue of
speakers, which names an article without url or id by its hash) runs inside `all_columns`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from datasette.utils.asgi import NotFound

from .pages import claims_database, locate, render, safe_href

# Columns of the articles table that are the server's business: a path on its disk, a hash.
SERVER_COLUMNS = {("articles", "source"), ("articles", "content_hash")}


def _authorizer(action, table, column, database, trigger):
    if action == sqlite3.SQLITE_READ and (table, column) in SERVER_COLUMNS:
        return sqlite3.SQLITE_IGNORE  # read as NULL
    return sqlite3.SQLITE_OK


def hide_server_columns(conn: sqlite3.Connection) -> None:
    """Make `conn` read articles.source and articles.content_hash as NULL, in any statement."""
    conn.set_authorizer(_authorizer)


def all_columns(conn: sqlite3.Connection, fn):
    """fn(conn) with every column readable (for the plugin's own code, never a visitor's SQL)."""
    conn.set_authorizer(None)
    try:
        return fn(conn)
    finally:
        conn.set_authorizer(_authorizer)


@dataclass(frozen=True)
class Span:
    """A quote or a figure in the text: where it is, what it is and the page it links to."""

    start: int
    end: int
    kind: str  # "quote" | "figure"
    href: str
    label: str


def pieces(text: str, spans: list[Span]) -> list[list[dict]]:
    """The paragraphs of `text`, each a list of pieces {text, span}: `span` is the innermost quote
    or figure covering the piece (a figure within a quote wins), or None for plain text."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    paragraphs: list[list[dict]] = [[]]
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        span = min(covering, key=lambda s: (s.kind != "figure", s.end - s.start), default=None)
        inside_quote = any(s.kind == "quote" for s in covering)
        for n, line in enumerate(text[a:b].split("\n")):
            if n:
                paragraphs.append([])
            if line:
                last = paragraphs[-1][-1] if paragraphs[-1] else None
                if last and last["span"] is span and last["in_quote"] == inside_quote:
                    last["text"] += line
                else:
                    paragraphs[-1].append({"text": line, "span": span, "in_quote": inside_quote})
    return [p for p in paragraphs if any(piece["text"].strip() for piece in p)]


async def article_page(datasette, request):
    """GET /DB/-/article/ID: the article with its quotes and figures highlighted."""
    db = await claims_database(datasette, request, "articles")
    article_id = int(request.url_vars["id"])
    rows = (await db.execute("SELECT id, title, outlet, author, published, url, text FROM articles WHERE id = :id",
                             {"id": article_id})).dicts()
    if not rows:
        raise NotFound(f"No article {article_id}")
    article = rows[0]
    text = article["text"] or ""
    base = f"/{db.route}/-/"
    quotes = (await db.execute("""
        SELECT quotes.id, quotes.start, quotes."end", quotes.text, quotes.kind,
               coalesce(speakers.name, quotes.speaker_text) AS speaker
        FROM quotes LEFT JOIN speakers ON speakers.id = quotes.speaker_id
        WHERE quotes.article_id = :id ORDER BY quotes.start""", {"id": article_id})).dicts()
    claims = (await db.execute("""
        SELECT id, start, "end", number_text, object FROM claims WHERE article_id = :id ORDER BY start""",
                               {"id": article_id})).dicts()
    spans = []
    for q in quotes:
        found = locate(text, q["start"], q["end"], q["text"])
        if found:
            who = f"{q['speaker']}" if q["speaker"] else "an unnamed speaker"
            spans.append(Span(*found, "quote", datasette.urls.path(f"{base}quote/{q['id']}"),
                              f"{'Quote' if q['kind'] == 'direct' else 'Reported speech'} of {who}"))
    for c in claims:
        found = locate(text, c["start"], c["end"], c["number_text"])
        if found:
            spans.append(Span(*found, "figure", datasette.urls.path(f"{base}claim/{c['id']}"),
                              f"Figure: {c['number_text']}" + (f" ({c['object']})" if c["object"] else "")))
    return await render(datasette, request, "claims_article.html", {
        "db": db.route, "article": article, "source_href": safe_href(article["url"]),
        "paragraphs": pieces(text, spans), "quotes": len(quotes), "figures": len(claims),
        "marked_quotes": sum(s.kind == "quote" for s in spans), "marked_figures": sum(s.kind == "figure" for s in spans),
    })


ROUTES = [
    (r"/(?P<database>[^/]+)/-/article/(?P<id>\d+)$", article_page),
]
