"""The fact-checkers' dismissal of a wrong repeat of a checked claim (claims.store.repeats keeps it).

The claim and quote pages show the repeats (claims.web.pages.repeats_context): a repeat's page
says "Already checked: FALSE on 2026-03-05" with a link to the judged claim or quote; a judged
one's page says "Repeated N times since" its date, with the repeats listed. A
signed-in fact-checker (the review-claims action) dismisses a wrong match with POST
/DB/-/repeats/dismiss: recorded, and never shown again.
"""

from __future__ import annotations

from datasette.utils.asgi import Forbidden, Response

from ..store.repeats import RepeatError, dismiss
from .pages import claims_database, may_review


async def dismiss_endpoint(datasette, request):
    """POST repeat_id: a fact-checker says the match is wrong; back to the page it was on."""
    if request.method != "POST":
        return Response.text("Method not allowed: POST a dismissal", status=405)
    if not await may_review(datasette, request):
        raise Forbidden("Only signed-in fact-checkers may dismiss a match")
    db = await claims_database(datasette, request, "repeats")
    if not db.is_mutable:
        raise Forbidden("This database is published read-only: dismiss matches on the working copy")
    form = await request.post_vars()
    repeat_id = form.get("repeat_id") or ""
    row = (await db.execute("SELECT kind, item_id FROM repeats WHERE id = :id",
                            {"id": int(repeat_id) if repeat_id.isdigit() else -1})).first()
    if row is None:
        return Response.text(f"There is no repeat {repeat_id!r}", status=404)
    actor = request.actor or {}
    try:
        await db.execute_write_fn(lambda conn: dismiss(conn.cursor(), int(repeat_id),
                                                       who=actor.get("display") or actor.get("id")))
    except RepeatError as error:
        return Response.text(str(error), status=404)
    datasette.add_message(request, "Match dismissed: it will not be shown again", datasette.INFO)
    back = f"/{db.route}/-/{row['kind']}/{row['item_id']}"
    return Response.redirect(datasette.urls.path(back) + "#repeats", status=303)


ROUTES = [(r"/(?P<database>[^/]+)/-/repeats/dismiss$", dismiss_endpoint)]
