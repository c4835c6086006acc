"""The canned queries as a newsroom's forms, not a SQL console.

datasette.yaml's `plugins.claims.forms` gives each canned query the words a reader sees: a label
per field ("Name, any spelling" rather than `speaker`), the button, what the page asks for when
the form is sent empty, and what its rows are called ("quotes"). claims/templates/query.html
shows a query named there as such a form: titled with its question, no result table until
something is asked, the count of the whole list ("217 quotes in all") and a link to its next
page (the queries' `in_all`, `more`, `searched` and `next_page` columns, see datasette.yaml), and the SQL one
click away. The database page lists the questions first, in the order they are written there.
"""

from __future__ import annotations

from datasette.resources import QueryResource
from datasette.utils import path_with_replaced_args

from .functions import page_number

# Result columns that describe the list rather than a row: shown as words, not as columns.
LIST_COLUMNS = ("in_all", "more", "searched", "next_page")


def forms_config(datasette) -> dict:
    return (datasette.plugin_config("claims") or {}).get("forms") or {}


def form_context(datasette, request, query_name: str | None) -> dict | None:
    """What claims/templates/query.html needs to show `query_name` as a form, or None when
    datasette.yaml has no form for it (Datasette's own page is shown)."""
    config = forms_config(datasette).get(query_name) if query_name else None
    if config is None:
        return None
    fields = []
    for name, field in (config.get("fields") or {}).items():
        field = field or {}
        fields.append({"name": name, "label": field.get("label") or name, "hint": field.get("hint"),
                       "placeholder": field.get("placeholder"), "value": request.args.get(name) or ""})
    asked = not fields or any(f["value"].strip() for f in fields)
    sent = any(f["name"] in request.args for f in fields)
    page = page_number(request.args.get("page"))

    def page_url(number) -> str:
        return path_with_replaced_args(request, {"page": str(number) if number and int(number) > 1 else None})

    return {
        "fields": fields,
        "button": config.get("button") or "Search",
        "ask": config.get("ask") or "Fill in the form to ask.",
        "noun": config.get("noun") or "results",
        "asked": asked,
        "sent_empty": sent and not asked,
        "page": page,
        "page_url": page_url,
        "list_columns": LIST_COLUMNS,
    }


async def questions(datasette, request, database: str) -> list[dict]:
    """The forms' queries this visitor may open, in datasette.yaml's order, for the database page."""
    found = []
    for name in forms_config(datasette):
        query = await datasette.get_query(database, name)
        if query is None:
            continue
        if not await datasette.allowed(action="view-query", resource=QueryResource(database=database, query=name),
                                       actor=request.actor):
            continue
        found.append({"name": name, "title": query.title or name, "description": query.description})
    return found
