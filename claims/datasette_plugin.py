"""The Datasette plugin of claims (registered by the `datasette` entry point in pyproject.toml).

- SQL functions for the canned queries: name_score, name_match, normalize_name, fts_escape,
  to_number, text_score (claims.web.functions);
- result cells a reader can read: figures with their unit ("$2.7 billion", claims.web.cells), the
  quote or sentence of a query result linked to its page; facets that count "Analysts" and
  "analysts" as one (`{folded: column}` in datasette.yaml, claims.web.facets);
- pages: /DB/-/quote/ID, /DB/-/claim/ID, /DB/-/figure and the review form's POST
  /DB/-/review (claims.web.pages), the repeats of checked claims on those pages and their
  dismissal, POST /DB/-/repeats/dismiss (claims.web.repeats), the speaker to cite, /DB/-/speaker/ID (claims.web.speaker), the article to read with its quotes and
  figures highlighted, /DB/-/article/ID (claims.web.article), with templates from claims/templates;
- articles.source (a path on the server) and articles.content_hash read as NULL on Datasette's
  connections, so no visitor sees them in a table, row, JSON or SQL of their own;
- the fact-checkers' queue of unresolved speaker mentions, /DB/-/speakers/review, linked from
  their menu (claims.web.speaker_review);
- `?_search=` on the tables and views datasette.yaml names, over the newest matches only, so a
  search page costs the same in ten million quotes as in ten thousand (claims.web.search);
- the `review-claims` action, granted in datasette.yaml to actors with the fact-checker role;
- fact-checker sign-in at /-/login is datasette-auth-passwords', throttled, timed alike for every
  name and given a session end by an ASGI wrapper (claims.web.signin), which also turns away HTTP
  Basic credentials and the plugin's /-/password-tool; our template password_login.html;
- links from tables and query results to those pages;
- the canned queries as forms in the reader's words, each result list counted and paged
  (claims.web.forms, claims/templates/query.html), the questions first on the database page;
- datasette.yaml's configuration for the database `claims` applied to any claims database,
  whatever its file is called (`claims serve --db news.db` gets the same facets and queries);
- speed-ups inside Datasette, on the version they were written for only (claims.web.speedups):
  the schema of an immutable database read once, Datasette's own small queries read without a
  trip to a SQL thread, its URL strings without a list of str methods per call;
- what Datasette built at startup moved out of the garbage collector's way (`gc.freeze()`).
"""

from __future__ import annotations

import copy
import gc
from pathlib import Path

from datasette import hookimpl
from datasette.permissions import Action
from datasette.utils.asgi import asgi_static
from jinja2 import FileSystemLoader
from markupsafe import Markup, escape

from .web import (about, article, cells, charts, facets, forms, functions, pages, repeats, search, signin,
                  speaker, speaker_review, speedups)

PACKAGE = Path(__file__).resolve().parent
CONFIGURED_NAME = "claims"  # the database name datasette.yaml and metadata.yml are written for
CLAIMS_TABLES = ("articles", "quotes", "claims", "speakers")


@hookimpl
def prepare_connection(conn):
    functions.register(conn)
    # No page, JSON or SQL of a visitor's shows the server's file paths or hashes (claims.web.article).
    article.hide_server_columns(conn)


@hookimpl(trylast=True)
def filters_from_request(request, database, table, datasette):
    # trylast: Datasette's own search handler has run and found no fts_table for these tables.
    async def inner():
        return await search.filters(request, database, table, datasette)

    return inner


@hookimpl
def prepare_jinja2_environment(env):
    # Our templates have names of their own (claims_*.html), so they go first without hiding
    # Datasette's. The entry point is a module, not a package, so Datasette does not find
    # claims/templates by itself.
    env.loader.loaders.insert(0, FileSystemLoader(str(PACKAGE / "templates")))
    env.filters["claims_number"] = charts.number
    env.globals["claims_how_to_date"] = about.HOW_TO_DATE
    env.filters["claims_empty_columns"] = cells.empty_columns


@hookimpl
def register_facet_classes():
    return [facets.FoldedFacet]


@hookimpl
def register_actions():
    return [Action(name=pages.REVIEW_ACTION, abbr="rc",
                   description="Record verdicts on claims and quotes")]


@hookimpl
def register_routes():
    return pages.ROUTES + article.ROUTES + speaker.ROUTES + speaker_review.ROUTES + repeats.ROUTES + [
        (r"^/-/static-plugins/claims/(?P<path>.*)$", asgi_static(PACKAGE / "static")),
    ]


@hookimpl
def asgi_wrapper(datasette):
    # datasette-auth-passwords' /-/login, throttled and timing-safe (claims.web.signin).
    return lambda app: signin.guard(datasette, app)


@hookimpl
def startup(datasette):
    async def inner():
        await apply_config_to_other_names(datasette)
        await describe_archive(datasette)
        speedups.install(datasette)
        freeze_startup_objects()

    return inner


_frozen = False


def freeze_startup_objects() -> None:
    """Keep the objects made so far out of the collector's full collections, once per process.

    Datasette's startup leaves some 130,000 objects that live as long as the server (modules,
    plugins, configuration, templates). Every hundred pages or so a full collection walked all of
    them: a 130-150 ms pause in the middle of a page. Frozen, they are never walked again (nor
    collected: they are not garbage), and a full collection takes 5-20 ms.
    """
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()


async def apply_config_to_other_names(datasette) -> None:
    """Give every claims database that datasette.yaml does not name the `claims` configuration.

    Table options (facets, sorts, search) are read from datasette.config on each request, so
    copying them is enough; canned queries and descriptions are stored in Datasette's internal
    database at startup, so they are added through its API.
    """
    config = datasette.config or {}
    template = (config.get("databases") or {}).get(CONFIGURED_NAME)
    if not template:
        return
    metadata = (getattr(datasette, "_metadata_local", None) or {}).get("databases", {}).get(CONFIGURED_NAME, {})
    for name, db in datasette.databases.items():
        if name == CONFIGURED_NAME or name in config["databases"] or db.is_memory:
            continue
        tables = set(await db.table_names())
        if not set(CLAIMS_TABLES) <= tables:
            continue
        config["databases"][name] = copy.deepcopy(template)
        for query_name, query in (template.get("queries") or {}).items():
            await datasette.add_query(
                name, query_name, query["sql"], title=query.get("title"), description=query.get("description"),
                parameters=query.get("params"), hide_sql=bool(query.get("hide_sql")), is_trusted=True,
                source="config")
        for key, value in metadata.items():
            if key != "tables" and isinstance(value, str):
                await datasette.set_database_metadata(name, key, value)
        for table, table_meta in (metadata.get("tables") or {}).items():
            for key, value in table_meta.items():
                if key != "columns" and isinstance(value, str):
                    await datasette.set_resource_metadata(name, table, key, value)
            for column, description in (table_meta.get("columns") or {}).items():
                await datasette.set_column_metadata(name, table, column, "description", description)


async def describe_archive(datasette) -> None:
    """The served archive's title, source and licence on every page (claims.web.about); the
    tables of an undated archive sorted by id rather than by an empty date column."""
    names, tables = [], {}
    for name, db in datasette.databases.items():
        if db.is_memory or not set(CLAIMS_TABLES) <= set(await db.table_names()):
            continue
        names.append(name)
        tables[name] = [*await db.table_names(), *await db.view_names()]
        if await about.undated(db):
            about.sort_undated_by_id(datasette, name)
    await about.apply(datasette, names, tables)


# Columns that hold the id of a quote or claim, in tables, views and query results.
LINKED = {
    "quote_id": "quote", "claim_id": "claim", "speaker_id": "speaker",
    "checked_quote_id": "quote", "checked_claim_id": "claim",
    ("quotes", "id"): "quote", ("quotes_view", "id"): "quote",
    ("claims", "id"): "claim", ("claims_view", "id"): "claim",
    ("speakers", "id"): "speaker", ("speakers_view", "id"): "speaker",
    ("articles", "id"): "article",
}


FIGURE_COLUMNS = ("value", "lower", "upper", "change")
FIGURE_TABLES = (None, "claims", "claims_view")
# Text read first in query results, linked to its page by the id the row carries.
TEXT_LINKS = {"quote": ("quote_id", "quote"), "sentence": ("claim_id", "claim")}
# The article's title, in query results and the views, links to the article page.
TITLE_TABLES = (None, "quotes_view", "claims_view")


def row_value(row, key: str):
    return row[key] if key in row.keys() else None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    # A figure with the unit of its row ("$2.7 billion"), in claims, claims_view and query results.
    if column in FIGURE_COLUMNS and table in FIGURE_TABLES and "unit" in row.keys():
        written = cells.figure(value, row["unit"])
        if written is not None:
            return ("+" + written) if column == "change" and value > 0 else written
    # The quote or sentence of a query result links to its page.
    if table is None and column in TEXT_LINKS and isinstance(value, str):
        key, kind = TEXT_LINKS[column]
        if isinstance(row_value(row, key), int):
            href = datasette.urls.path(f"/{database}/-/{kind}/{row[key]}")
            return Markup(f'<a class="claims-text-link" href="{escape(href)}">{escape(value)}</a>')
    if column == "article" and table in TITLE_TABLES and isinstance(value, str):
        if isinstance(row_value(row, "article_id"), int):
            href = datasette.urls.path(f"/{database}/-/article/{row['article_id']}")
            return Markup(f'<a class="claims-article-link" href="{escape(href)}">{escape(value)}</a>')
    # quote_id / claim_id in canned query results (table is None) and in reviews (which has no
    # foreign keys) link to the pages; ids of the main tables and views link there too.
    kind = LINKED.get((table, column))
    if kind is None and column in ("quote_id", "claim_id", "speaker_id", "checked_quote_id", "checked_claim_id") \
            and table in (None, "reviews"):
        kind = LINKED[column]
    if table is None and column in ("speaker", "claimant") and isinstance(value, str):
        # A name in query results links to the speaker page when the row carries the id.
        key = "speaker_id" if column == "speaker" else "claimant_id"
        speaker_id = row[key] if key in row.keys() else None
        if isinstance(speaker_id, int):
            href = datasette.urls.path(f"/{database}/-/speaker/{speaker_id}")
            return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
        return None
    if kind is None or not isinstance(value, int):
        return None
    href = datasette.urls.path(f"/{database}/-/{kind}/{value}")
    return Markup(f'<a href="{escape(href)}">{value}</a>')


@hookimpl
def row_actions(datasette, database, table, row):
    kind = {"articles": "article", "quotes": "quote", "quotes_view": "quote", "claims": "claim", "claims_view": "claim",
            "speakers": "speaker", "speakers_view": "speaker"}.get(table)
    if not kind:
        return None
    label = {"quote": "Show in its paragraph", "claim": "Show in its paragraph", "speaker": "Speaker page",
             "article": "Read the article"}[kind]
    return [{"href": datasette.urls.path(f"/{database}/-/{kind}/{row['id']}"), "label": label}]


@hookimpl
def top_database(datasette, request, database):
    # The questions a newsroom asks first (datasette.yaml's plugins.claims.forms, in its order),
    # then who is quoted over time.
    async def inner():
        questions = await forms.questions(datasette, request, database)
        html = await datasette.render_template("_claims_questions.html", {
            "database": database, "questions": questions}, request=request) if questions else ""
        overview = await pages.overview(datasette, request, database)
        return Markup(html + (overview or "")) or None

    return inner


@hookimpl
def extra_template_vars(template, request, datasette):
    # A canned query with a form in datasette.yaml is shown as that form (claims/templates/query.html).
    if request is None:
        return None
    if template.startswith("query"):
        return {"claims_form": forms.form_context(datasette, request, request.url_vars.get("table"))}
    if template == "password_login.html":
        # Whether a fact-checker's hash is set (claims/templates/password_login.html).
        return {"claims_configured": bool(signin.accounts(datasette))}
    if template == "table.html":
        # A table of an undated archive says so (claims/templates/table.html).
        async def inner():
            try:
                db = datasette.get_database(route=request.url_vars.get("database"))
            except KeyError:
                return {}
            return {"claims_undated": await about.undated(db), "claims_how_to_date": about.HOW_TO_DATE}

        return inner
    return None


@hookimpl
def menu_links(datasette, actor):
    if actor:
        # Fact-checkers: the review queue of speakers (claims.web.speaker_review).
        async def inner():
            return await speaker_review.menu_links(datasette, actor)

        return inner
    return None  # datasette-auth-passwords links /-/login
