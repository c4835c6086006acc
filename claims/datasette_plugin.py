"""The Datasette plugin of claims: SQL functions, pages and templates (registered by entry point)."""

from datasette import hookimpl
from rapidfuzz import fuzz

from .link import normalize


@hookimpl
def prepare_connection(conn):
    # name_score(a, b): 0-100 similarity of two person names after normalisation.
    conn.create_function("name_score", 2, lambda a, b: fuzz.ratio(normalize(a or ""), normalize(b or "")),
                         deterministic=True)
    conn.create_function("normalize_name", 1, lambda a: normalize(a or ""), deterministic=True)
