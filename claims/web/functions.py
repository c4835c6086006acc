"""SQL functions registered on every Datasette connection.

They make the canned queries safe on any input: each returns a value (or NULL) for
every argument, never raises, so a hostile or empty parameter gives an empty result and
not an error page.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from ..link import fold, normalize, surname
from ..store.fts import fts_query

WORD = re.compile(r"\w+", re.UNICODE)
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # unicode61: letters and digits; "_" separates
NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?$")


def fts_escape(query: str | None) -> str:
    """The reader's words as an FTS5 query (claims.store.fts); '""', which matches nothing, for none."""
    return fts_query(query) or '""'


def fts_words(text: str | None) -> list[str]:
    """The words of `text` as the FTS indexes see them (unicode61, diacritics removed)."""
    text = text or ""
    if not text.isascii():  # (most news text is: the slow part is for the rest)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return TOKEN.findall(text.casefold())


@lru_cache(maxsize=256)
def _query_words(query: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(fts_words(query)))  # (once per search, not once per row)


@lru_cache(maxsize=256)
def _ascii_words(query: str | None) -> tuple[tuple[str, re.Pattern], ...]:
    """Each word of `query` with a pattern finding it as a whole word of a lower-case ASCII text
    (not inside a longer run of letters and digits)."""
    return tuple((w, re.compile(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])")) for w in _query_words(query))


def match_score(query, *columns) -> float | None:
    """How well a row's text columns match `query`: NULL unless every word of it is there,
    else a BM25 weight of how often the words occur for the length of the text (higher is better).

    FTS5's own bm25() counts, for every search, all the rows containing each word (millions for
    a common one); the canned queries rank only the newest matches with this instead. It has no
    inverse document frequency: every row it ranks contains every word.
    """
    wanted = _query_words(query if isinstance(query, str) else None)
    if not wanted:
        return None
    texts = [column for column in columns if isinstance(column, str)]
    joined = "\n".join(texts)
    if joined.isascii():
        # In ASCII text a word is a run of letters and digits, so one search per word turns away
        # a quote that lacks it before the quote is split into words (What did this person say?
        # scores 1,000 quotes, most of which lack a common word: 25 ms otherwise).
        lowered = joined.lower()
        if any(w not in lowered or not pattern.search(lowered) for w, pattern in _ascii_words(query)):
            return None
        words = TOKEN.findall(lowered)  # (what fts_words gives, column by column)
    else:
        words = [w for column in texts for w in fts_words(column)]
    counts = Counter(words)
    if any(w not in counts for w in wanted):
        return None
    k1, b, average = 1.2, 0.75, 20.0  # the usual BM25 constants; a quote is about twenty words
    norm = k1 * (1 - b + b * len(words) / average)
    return round(sum(counts[w] * (k1 + 1) / (counts[w] + norm) for w in wanted), 6)


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


def name_blocks(query) -> str:
    """A JSON list of the first two letters of each word of `query`, normalised as aliases are.

    What did this person say? fuzzy-matches an unseen spelling only against the aliases that
    begin with one of these (an index range each), not against every alias: a misspelling
    rarely changes the first two letters of both first name and surname. (A surname alone is
    looked up by the linker's surname keys before any fuzzy matching.)
    """
    words = normalize(query if isinstance(query, str) else "").split()
    return json.dumps(sorted({w[:2] for w in words if len(w) >= 2}))


def text_score(a, b) -> float:
    """0-100 similarity of two quote texts, ignoring case, punctuation and typography."""
    return fuzz.ratio(fold(a or ""), fold(b or ""))


MAX_PAGE = 100_000


def page_number(page) -> int:
    """The page a `page` parameter asks for: 1 when it is empty, not a number or below 1, at
    most MAX_PAGE (so `(page_number(:page) - 1) * 50` is always a valid OFFSET)."""
    number = to_number(page)
    if number is None or number != number or number < 1:  # NaN, empty, words, zero, negative
        return 1
    return int(min(number, MAX_PAGE))


FUNCTIONS = {
    # name: (number of arguments, function)
    "name_score": (2, name_score),
    "name_match": (2, name_match),
    "normalize_name": (1, lambda a: normalize(a or "")),
    "fts_escape": (1, fts_escape),
    "to_number": (1, to_number),
    "text_score": (2, text_score),
    "name_blocks": (1, name_blocks),
    "match_score": (-1, match_score),
    "page_number": (1, page_number),
}


def register(conn) -> None:
    """Add the functions to a sqlite3 connection."""
    for name, (nargs, fn) in FUNCTIONS.items():
        conn.create_function(name, nargs, fn, deterministic=True)
