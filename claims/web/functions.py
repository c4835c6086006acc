"""SQL functions registered on every Datasette connection.

They make the canned queries safe on any input: each returns a value (or NULL) for
every argument, never raises, so a hostile or empty parameter gives an empty result and
not an error page.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..link import fold, normalize, surname

WORD = re.compile(r"\w+", re.UNICODE)
NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?$")


def fts_escape(query: str | None) -> str:
    """An FTS5 query matching rows that contain every word of `query`, the last as a prefix.

    Each word is wrapped in double quotes, so FTS5 syntax (AND, NEAR, *, ^, column:,
    unbalanced quotes) is searched as plain words. No words at all gives '""', which
    matches nothing instead of raising a syntax error.
    """
    words = WORD.findall(query or "")
    if not words:
        return '""'
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"  # search as you type: "evacu" finds "evacuated"
    return " ".join(quoted)


def to_number(text) -> float | None:
    """'7,000', '7 000', '1.5', 12 -> a float; anything else (empty, words) -> NULL."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text)
    cleaned = re.sub(r"[\s,_]", "", str(text))
    return float(cleaned) if NUMBER.match(cleaned) else None


def name_score(a, b) -> float:
    """0-100 similarity of two person names after normalisation (see claims.link.normalize)."""
    return fuzz.ratio(normalize(a or ""), normalize(b or ""))


def name_match(alias, query) -> float:
    """0-100: how well `query`, as a journalist would type it, names the person `alias`.

    A full name is compared with the full name, word order ignored ("Shevchuk Oleksandra");
    a single word is compared with the surname, so "Shevchuck" finds "Oleksandra Shevchuk".
    """
    a, q = normalize(alias or ""), normalize(query or "")
    if not a or not q:
        return 0.0
    if " " not in q:
        return max(fuzz.ratio(surname(a), q), fuzz.ratio(a, q))
    return max(fuzz.ratio(a, q), fuzz.token_sort_ratio(a, q))


def text_score(a, b) -> float:
    """0-100 similarity of two quote texts, ignoring case, punctuation and typography."""
    return fuzz.ratio(fold(a or ""), fold(b or ""))


FUNCTIONS = {
    # name: (number of arguments, function)
    "name_score": (2, name_score),
    "name_match": (2, name_match),
    "normalize_name": (1, lambda a: normalize(a or "")),
    "fts_escape": (1, fts_escape),
    "to_number": (1, to_number),
    "text_score": (2, text_score),
}


def register(conn) -> None:
    """Add the functions to a sqlite3 connection."""
    for name, (nargs, fn) in FUNCTIONS.items():
        conn.create_function(name, nargs, fn, deterministic=True)
