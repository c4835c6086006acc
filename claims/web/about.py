"""What an instance says about itself, from the archive being served, and whether it has dates.

metadata.yml describes the tables and columns, which are the same in every claims database. What
differs from one archive to the next (its title, a description, where the articles come from,
under which licence they may be reused) is given when serving it: `claims serve --title ...
--source ... --licence ...`, or a small YAML file the user edits, `claims serve --about
about.yml` (the demo's is demo-about.yml). `claims serve` passes them to Datasette as
the plugin setting `plugins.claims.about`; at startup they are written to the instance, to every
claims database and to each of its tables (Datasette 1.0 does not pass a licence or a source
down from the instance). Nothing given, nothing claimed: no licence, and the source says only
that the articles were read with claims ingest.

An archive whose articles have no dates (an export without them) cannot be charted over time or
sorted by date: `undated()` tells the pages, which then say how to give the dates instead of
drawing nothing, and the tables sorted by `published` are sorted by id instead.
"""

from __future__ import annotations

# The keys an archive may describe itself with, as Datasette's metadata spells them.
KEYS = ("title", "description", "source", "source_url", "license", "license_url")
DEFAULT_SOURCE = "News articles read with claims ingest"
TABLE_KEYS = ("source", "source_url", "license", "license_url")
# How to give an undated archive its dates, said wherever dates are missing.
HOW_TO_DATE = ("Give them with `claims ingest --published YYYY-MM-DD` (one date for the articles of a run), "
               "or with a `published` field or column in the JSONL or CSV export, and ingest again.")


def settings(datasette) -> dict:
    """The archive's title, description, source and licence given to `claims serve`."""
    given = (datasette.plugin_config("claims") or {}).get("about") or {}
    about = {key: str(given[key]).strip() for key in KEYS if given.get(key) not in (None, "")}
    about.setdefault("source", DEFAULT_SOURCE)
    return about


async def apply(datasette, claims_databases: list[str], tables: dict[str, list[str]]) -> None:
    """Write the archive's description to the instance, its claims databases and their tables."""
    about = settings(datasette)
    for key, value in about.items():
        await datasette.set_instance_metadata(key, value)
    for name in claims_databases:
        for key in TABLE_KEYS:
            if key in about:
                await datasette.set_database_metadata(name, key, about[key])
        for table in tables.get(name, []):
            # A table with a source of its own (the verdicts: "recorded by fact-checkers") keeps it.
            own = await datasette.get_resource_metadata(name, table)
            for key in TABLE_KEYS:
                if key in about and not (key.startswith("source") and own.get("source")):
                    await datasette.set_resource_metadata(name, table, key, about[key])
        if "description" in about:
            await datasette.set_database_metadata(name, "description", about["description"])


# Tables datasette.yaml sorts by the articles' date; an undated archive's are sorted by id.
SORTED_BY_DATE = ("articles", "quotes_view", "claims_view")


def sort_undated_by_id(datasette, name: str) -> None:
    """Sort the tables of database `name` by id, not by an empty `published` column.

    Done at startup: an archive that gets its dates while served keeps the order by id (newest
    read first) until the server restarts.
    """
    tables = ((datasette.config or {}).get("databases", {}).get(name) or {}).get("tables") or {}
    for table in SORTED_BY_DATE:
        if (tables.get(table) or {}).get("sort_desc") == "published":
            tables[table]["sort_desc"] = "id"


_undated: dict[str, bool] = {}


async def undated(db) -> bool:
    """Whether no article of `db` has a date (an index lookup; remembered for an immutable file)."""
    if db.name in _undated:
        return _undated[db.name]
    if not await db.table_exists("articles"):
        return False
    found = (await db.execute(
        "SELECT 1 FROM articles WHERE published > '' LIMIT 1")).rows
    if not db.is_mutable:
        _undated[db.name] = not found
    return not found


# The spellings a user may write in an --about file or on the command line.
SPELLINGS = {"licence": "license", "licence_url": "license_url", "license": "license", "license_url": "license_url",
             **{key: key for key in KEYS}}


def read_about(path: str) -> dict:
    """The archive's description from a small YAML file the user edits (keys of SPELLINGS).

    Raises AboutError when the file cannot be read, is not a mapping, or has a key that is not
    one of them (a misspelt key would silently describe nothing).
    """
    import yaml

    from ..errors import AboutError

    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise AboutError(f"{path}: cannot be read: {error}") from error
    if not isinstance(data, dict):
        raise AboutError(f"{path}: expected keys such as title, source and licence, one a line")
    unknown = sorted(str(key) for key in data if key not in SPELLINGS)
    if unknown:
        raise AboutError(f"{path}: unknown key {', '.join(unknown)} (known: {', '.join(sorted(SPELLINGS))})")
    return {SPELLINGS[key]: str(value) for key, value in data.items() if value not in (None, "")}
