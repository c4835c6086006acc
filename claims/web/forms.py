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
# What a reader reads first, in this order: the words said, who said them, when. The other
# columns follow in the query's order.
LEAD_COLUMNS = ("quote", "sentence", "speaker", "claimant", "said_on", "published")
# Ids that only carry a link for another column (the speaker's name links to the speaker page,
# the article's title to the article page).
LINK_ONLY_COLUMNS = ("speaker_id", "claimant_id", "article_id")


def layout(columns: list[str], display_rows: list) -> list[tuple[int, str]]:
    """The (index, name) of the result columns to show, in the order a reader wants them.

    The quote or sentence comes first, then the speaker and the date, then the rest; the
    columns describing the list (LIST_COLUMNS), the ids that only carry a link, and the columns
    empty in every row of this page are left out (a figures page without ranges shows no
    `lower` and `upper`). `display_rows` are the cells as Datasette renders them, an empty
    value as "&nbsp;".
    """
    def empty(index: int) -> bool:
        return all(str(row[index]).strip() in ("", "&nbsp;") for row in display_rows)

    shown = [(i, c) for i, c in enumerate(columns)
             if c not in LIST_COLUMNS and c not in LINK_ONLY_COLUMNS and not empty(i)]
    rank = {name: n for n, name in enumerate(LEAD_COLUMNS)}
    return sorted(shown, key=lambda item: (rank.get(item[1], len(rank)), item[0]))


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
        "layout": layout,
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
