"""The review queue page: signed-in fact-checkers say who unresolved mentions are.

GET /DB/-/speakers/review lists the queue (claims.link.queue): each mention an article leaves
unresolved ("Mr Brown"), its quotes, and the known people it could be with the evidence for and
against each, with one button per candidate and one for "someone else". A POST to the same
address records the decision (claims.link.assign) and returns to the queue.

The same rules as the verdict form (claims.web.pages): reading the quotes needs view-table on
them; the queue and its buttons need the review-claims action, which datasette.yaml gives to
the fact-checker role; a database published read-only takes no decision. Datasette's own
cross-origin protection refuses POSTs from other sites.
"""

from __future__ import annotations

from datasette.utils.asgi import Forbidden, Response

from ..errors import ClaimsError
from ..link import assign, queue
from .article import all_columns
from .pages import REVIEW_ACTION, claims_database, may_review, quotes_count, render

PAGE_ITEMS = 30  # queue items shown on the page


async def has_queue(db) -> bool:
    """Whether the database has the decision columns of the queue (migration m007)."""
    if not await db.table_exists("speaker_decisions"):
        return False
    columns = {row[1] for row in (await db.execute("PRAGMA table_info(speaker_decisions)")).rows}
    return {"article", "mention"} <= columns


async def review_page(datasette, request):
    """The queue (GET), or record one decision and come back to it (POST)."""
    db = await claims_database(datasette, request, "quotes")
    if request.method == "POST":
        return await decide(datasette, request, db)
    context = {"db": db.route, "items": [], "may_review": await may_review(datasette, request),
               "writable": db.is_mutable, "ready": await has_queue(db)}
    if not context["may_review"]:
        # Anonymous visitors and other roles: the sign-in prompt, no names of candidates.
        return await render(datasette, request, "claims_speaker_review.html", context, status=403)
    if context["ready"]:
        # The queue names an article without url or id by its hash, which visitors' SQL reads as NULL.
        context["items"] = await db.execute_fn(
            lambda conn: all_columns(conn, lambda c: queue.review_queue(c, limit=PAGE_ITEMS)))
    return await render(datasette, request, "claims_speaker_review.html", context)


async def decide(datasette, request, db):
    """Record the decision the form posted: `speaker` is a candidate's id, or `none`."""
    # Refuse before reading anything: anonymous visitors and other roles write nothing.
    if not await may_review(datasette, request):
        raise Forbidden("Only signed-in fact-checkers may decide who a speaker is")
    if not db.is_mutable:
        raise Forbidden("This database is published read-only: decide on the working copy")
    form = await request.post_vars()
    back = f"/{db.route}/-/speakers/review"
    article_id, mention, choice = form.get("article_id", ""), form.get("mention", ""), form.get("speaker", "")
    if not article_id.isdigit() or not mention or not (choice.isdigit() or choice == "none"):
        return Response.text("article_id, mention and speaker (an id or none) are required", status=400)
    actor = request.actor or {}
    speaker_id = int(choice) if choice.isdigit() else None
    try:
        done = await db.execute_write_fn(lambda conn: all_columns(conn, lambda c: assign.decide(
            c, int(article_id), mention, speaker_id, who=actor.get("display") or actor.get("id"),
            why=(form.get("why") or "").strip() or None)))
    except ClaimsError as error:
        datasette.add_message(request, f"Not recorded: {error}", datasette.ERROR)
        return Response.redirect(back, status=303)
    whom = done.speaker_name if done.speaker_id else "someone else"
    datasette.add_message(request, f"Recorded: “{mention}” is {whom} ({quotes_count(done.quotes)})", datasette.INFO)
    return Response.redirect(back, status=303)


async def menu_links(datasette, actor) -> list[dict]:
    """For fact-checkers: a link to the queue of each writable claims database."""
    if not actor or not await datasette.allowed(action=REVIEW_ACTION, actor=actor):
        return []
    found = []
    for db in datasette.databases.values():
        if not db.is_memory and db.is_mutable and await db.table_exists("quotes") and await has_queue(db):
            found.append(db.route)
    return [{"href": datasette.urls.path(f"/{route}/-/speakers/review"),
             "label": "Speakers to review" + (f" in {route}" if len(found) > 1 else "")} for route in found]


ROUTES = [
    (r"/(?P<database>[^/]+)/-/speakers/review$", review_page),
]
