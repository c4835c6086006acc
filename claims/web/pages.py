"""The plugin's own pages: a quote or claim in its paragraph, a figure over time and the review
form's endpoint (the speaker page is claims.web.speaker, the article page claims.web.article,
sign-in claims.web.signin).

Every page is a Jinja template of claims/templates with Datasette's autoescaping: text
from articles is passed as plain strings, never marked safe, so a quote containing
<script> is shown as text. Reading needs Datasette's view-table permission on the table
a page shows; recording a verdict needs the review-claims action (datasette.yaml gives it
to the fact-checker role).
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from datasette.resources import TableResource
from datasette.utils import path_with_replaced_args
from datasette.utils.asgi import Forbidden, NotFound, Response

from ..review import VERDICTS, ReviewError, add_review, reviews_for
from . import charts
from .functions import page_number

REVIEW_ACTION = "review-claims"
CONTEXT_CHARS = 700  # around the quote, when its paragraph is longer than a screenful


# --- helpers -------------------------------------------------------------------------------

async def claims_database(datasette, request, table: str):
    """The database of the URL, after checking the actor may read `table` in it."""
    route = request.url_vars["database"]
    try:
        db = datasette.get_database(route=route)
    except KeyError:
        raise NotFound(f"Database not found: {route}")
    if not await db.table_exists(table):
        raise NotFound(f"{route} is not a claims database (no {table} table)")
    if not await datasette.allowed(action="view-table", resource=TableResource(db.name, table), actor=request.actor):
        raise Forbidden(f"You may not view {table}")
    return db


async def one(db, sql: str, params: dict) -> dict | None:
    rows = (await db.execute(sql, params)).dicts()
    return rows[0] if rows else None


def locate(text: str, start: int | None, end: int | None, needle: str | None) -> tuple[int, int] | None:
    """The span of the highlighted words in the article text: the stored offsets when they
    point at the stored words, else the first place those words occur, else None."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        if not needle or text[start:end] == needle:
            return start, end
    if needle:
        found = text.find(needle)
        if found >= 0:
            return found, found + len(needle)
    return None


def in_paragraph(text: str, span: tuple[int, int] | None) -> dict | None:
    """The paragraph around `span` cut into before / highlighted / after, as plain strings."""
    if not span:
        return None
    start, end = span
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    before, after = text[para_start:start], text[end:para_end]
    if len(before) > CONTEXT_CHARS:
        before = "…" + before[-CONTEXT_CHARS:].split(" ", 1)[-1]
    if len(after) > CONTEXT_CHARS:
        after = after[:CONTEXT_CHARS].rsplit(" ", 1)[0] + "…"
    return {"before": before, "mark": text[start:end], "after": after}


def safe_href(url: str | None) -> str | None:
    """`url` when it is an http(s) address (it becomes a link), else None."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


async def may_review(datasette, request, db=None) -> bool:
    """Whether the form is shown: a fact-checker, on a database that is not published read-only."""
    if db is not None and not db.is_mutable:
        return False
    return await datasette.allowed(action=REVIEW_ACTION, actor=request.actor)


async def render(datasette, request, template: str, context: dict, status: int = 200) -> Response:
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


ARTICLE_COLUMNS = "articles.id AS article_id, articles.title, articles.outlet, articles.published, " \
                  "articles.url AS article_url, articles.text AS article_text"


# --- quote and claim pages -------------------------------------------------------------------

async def quote_page(datasette, request):
    db = await claims_database(datasette, request, "quotes")
    quote_id = int(request.url_vars["id"])
    quote = await one(db, f"""
        SELECT quotes.*, speakers.name AS speaker, {ARTICLE_COLUMNS}
        FROM quotes JOIN articles ON articles.id = quotes.article_id
        LEFT JOIN speakers ON speakers.id = quotes.speaker_id WHERE quotes.id = :id""", {"id": quote_id})
    if not quote:
        raise NotFound(f"No quote {quote_id}")
    context = in_paragraph(quote["article_text"], locate(quote["article_text"], quote["start"], quote["end"],
                                                         quote["text"]))
    claims = (await db.execute(
        "SELECT id, number_text, object, unit FROM claims WHERE quote_id = :id ORDER BY start", {"id": quote_id})).dicts()
    reviews = await db.execute_fn(lambda conn: reviews_for(conn, quote_id=quote_id))
    return await render(datasette, request, "claims_quote.html", {
        "db": db.route, "quote": quote, "context": context, "claims": claims, "reviews": reviews,
        "repeats": await repeats_context(db, "quote", quote_id, quote["said_on"] or quote["published"]),
        "source_href": safe_href(quote["article_url"]), "target": "quote", "target_id": quote_id,
        "verdicts": VERDICTS, "may_review": await may_review(datasette, request, db),
    })


async def claim_page(datasette, request):
    db = await claims_database(datasette, request, "claims")
    claim_id = int(request.url_vars["id"])
    claim = await one(db, f"""
        SELECT claims.*, speakers.name AS claimant, {ARTICLE_COLUMNS}
        FROM claims JOIN articles ON articles.id = claims.article_id
        LEFT JOIN speakers ON speakers.id = claims.claimant_id WHERE claims.id = :id""", {"id": claim_id})
    if not claim:
        raise NotFound(f"No claim {claim_id}")
    context = in_paragraph(claim["article_text"], locate(claim["article_text"], claim["start"], claim["end"],
                                                         claim["number_text"]))
    reviews = await db.execute_fn(lambda conn: reviews_for(conn, claim_id=claim_id))
    return await render(datasette, request, "claims_claim.html", {
        "db": db.route, "claim": claim, "context": context, "reviews": reviews,
        "repeats": await repeats_context(db, "claim", claim_id, claim["published"]),
        "source_href": safe_href(claim["article_url"]), "target": "claim", "target_id": claim_id,
        "figure_href": f"/{db.route}/-/figure?" + urlencode({"object": claim["object"]}) if claim["object"] else None,
        "verdicts": VERDICTS, "may_review": await may_review(datasette, request, db),
    })


# --- repeats of checked claims (claims.store.repeats; dismissed in claims.web.repeats) -------------

SHOWN = 50  # repeats listed on a judged item's page


async def repeats_context(db, kind: str, item_id: int, published: str | None) -> dict:
    """What the page of a claim or quote shows of its repeats: which judged items it repeats
    (`checked`), and, judged itself, how often it was repeated since its own date (`repeated`)."""
    checked = (await db.execute("""
        SELECT repeat_id, judged_kind, repeats AS judged_id, verdict, substr(reviewed_at, 1, 10) AS checked_on,
               reason, score FROM repeats_view WHERE kind = :kind AND id = :id
        ORDER BY score DESC, repeat_id""", {"kind": kind, "id": item_id})).dicts()
    repeated = (await db.execute("""
        SELECT repeat_id, kind, id, published, outlet, speaker, reason FROM repeats_view
        WHERE judged_kind = :kind AND repeats = :id ORDER BY published DESC, repeat_id DESC""",
                                 {"kind": kind, "id": item_id})).dicts()
    since = [r for r in repeated if not published or not r["published"] or r["published"] >= published]
    return {"checked": checked, "repeated": since[:SHOWN], "repeated_count": len(since),
            "repeated_before": len(repeated) - len(since), "judged_on": published}


# --- speaker and figure pages ----------------------------------------------------------------

def page_url(request, number: int) -> str:
    """This page's URL asking for page `number` of its list (no `page` for the first)."""
    return path_with_replaced_args(request, {"page": str(number) if number > 1 else None})


async def figure_page(datasette, request):
    db = await claims_database(datasette, request, "claims")
    wanted = (request.args.get("object") or "").strip()
    rows = []
    if wanted:
        # The newest FIGURE_ROWS claims about it (one more, to tell whether there are older ones),
        # in date order.
        rows = (await db.execute("""
            WITH newest AS MATERIALIZED (SELECT id FROM claims WHERE object LIKE '%' || :object || '%'
                                         ORDER BY id DESC LIMIT :newest + 1)
            SELECT claims.id, articles.published, claims.number_text, claims.value, claims.lower, claims.upper,
                   claims.unit, claims.object, coalesce(speakers.name, claims.claimant_text) AS claimant,
                   articles.outlet, claims.disputed_by
            FROM newest JOIN claims ON claims.id = newest.id JOIN articles ON articles.id = claims.article_id
            LEFT JOIN speakers ON speakers.id = claims.claimant_id
            ORDER BY claims.id DESC""", {"object": wanted, "newest": FIGURE_ROWS})).dicts()
    more = len(rows) > FIGURE_ROWS
    rows = sorted(rows[:FIGURE_ROWS], key=lambda r: (r["published"] or "", r["id"]))
    page = page_number(request.args.get("page"))
    chart = charts.values_over_time(
        [{"published": r["published"], "value": r["value"], "lower": r["lower"], "upper": r["upper"],
          "series": r["claimant"] or r["outlet"], "label": r["number_text"]} for r in rows],
        f"Claimed values of “{wanted}” over time")
    objects = [r["object"] for r in (await db.execute(
        "SELECT object, count(*) AS n FROM claims WHERE object IS NOT NULL GROUP BY object "
        "ORDER BY n DESC, object LIMIT 30")).dicts()]
    return await render(datasette, request, "claims_figure.html", {
        "db": db.route, "object": wanted, "rows": rows[(page - 1) * PAGE_FIGURES:page * PAGE_FIGURES],
        "chart": chart, "objects": objects, "in_all": len(rows), "more": more, "page": page,
        "first": (page - 1) * PAGE_FIGURES + 1,
        "previous_url": page_url(request, page - 1) if page > 1 else None,
        "next_url": page_url(request, page + 1) if page * PAGE_FIGURES < len(rows) else None,
    })


OVERVIEW_QUOTES = 20_000  # the database page charts the newest this many quotes
FIGURE_ROWS = 1_000  # the figure page charts the newest this many claims about a thing
PAGE_FIGURES = 100  # rows a page of its table


async def overview(datasette, request, database: str) -> str | None:
    """At the top of the database page: quotes per speaker over time for the most quoted speakers."""
    db = datasette.get_database(database)
    if not await db.table_exists("quotes") or not await db.table_exists("speakers"):
        return None
    if not await datasette.allowed(action="view-table", resource=TableResource(db.name, "quotes"), actor=request.actor):
        return None
    # The newest quotes only: counting every quote of an archive of millions on each visit of the
    # database page would take seconds.
    rows = (await db.execute("""
        WITH recent AS MATERIALIZED (SELECT id, speaker_id, said_on, article_id FROM quotes
                                     ORDER BY id DESC LIMIT :window),
        top AS (SELECT speaker_id, count(*) AS n FROM recent WHERE speaker_id IS NOT NULL
                GROUP BY speaker_id ORDER BY n DESC LIMIT 6)
        SELECT speakers.id, speakers.name, top.n AS total, coalesce(recent.said_on, articles.published) AS day,
               count(*) AS n
        FROM recent JOIN top ON top.speaker_id = recent.speaker_id
        JOIN speakers ON speakers.id = recent.speaker_id JOIN articles ON articles.id = recent.article_id
        GROUP BY speakers.id, day ORDER BY top.n DESC, day""", {"window": OVERVIEW_QUOTES})).dicts()
    if not rows:
        return None
    chart = charts.values_over_time(
        [{"published": r["day"], "value": r["n"], "series": r["name"], "label": quotes_count(r["n"])} for r in rows],
        "Quotes per speaker over time", overall=False)
    speakers = list({r["id"]: {"id": r["id"], "name": r["name"], "total": r["total"]} for r in rows}.values())
    return await datasette.render_template("_claims_overview.html", {
        "db": db.route, "chart": chart, "speakers": speakers, "window": OVERVIEW_QUOTES}, request=request)


# --- verdicts ----------------------------------------------------------------------------------

async def review_endpoint(datasette, request):
    """POST a verdict from the review form of a quote or claim page."""
    if request.method != "POST":
        return Response.text("Method not allowed: POST a review", status=405)
    route = request.url_vars["database"]
    # Refuse before reading anything: anonymous visitors and other roles write nothing.
    if not await may_review(datasette, request):
        raise Forbidden("Only signed-in fact-checkers may record verdicts")
    db = await claims_database(datasette, request, "reviews")
    if not db.is_mutable:
        raise Forbidden("This database is published read-only: record verdicts on the working copy")
    form = await request.post_vars()
    target = form.get("target")
    if target not in ("claim", "quote"):
        return Response.text("target must be claim or quote", status=400)
    target_id = form.get("id") or ""
    back = f"/{route}/-/{target}/{target_id}" if target_id.isdigit() else f"/{route}"
    actor = request.actor or {}
    try:
        await db.execute_write_fn(lambda conn: add_review(
            conn, verdict=form.get("verdict", ""), note=form.get("note"), url=form.get("url"),
            reviewer=actor.get("display") or actor.get("id"),
            **{f"{target}_id": target_id}))
    except ReviewError as error:
        datasette.add_message(request, f"Verdict not recorded: {error}", datasette.ERROR)
        return Response.redirect(back, status=303)
    datasette.add_message(request, f"Verdict recorded: {form.get('verdict', '').strip().lower()}", datasette.INFO)
    return Response.redirect(back + "#reviews", status=303)


DB = r"/(?P<database>[^/]+)"
ROUTES = [
    (DB + r"/-/quote/(?P<id>\d+)$", quote_page),
    (DB + r"/-/claim/(?P<id>\d+)$", claim_page),
    (DB + r"/-/figure$", figure_page),
    (DB + r"/-/review$", review_endpoint),
]


def quotes_count(n: int) -> str:
    """ "1 quote", "2 quotes": a count as a reader writes it."""
    return f"{n:,} quote" if n == 1 else f"{n:,} quotes"
