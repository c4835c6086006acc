"""What a reader types, as an FTS5 query of the full-text indexes (the one escaper of the API and
the web pages).

Every word must appear; words in "double quotes" stay a phrase. Each word is quoted, so FTS5 syntax
(AND, NEAR, *, ^, column:, unbalanced quotes) is searched as plain words and no input is a syntax
error. Whole words only: a prefix ("evacu*") makes FTS5 merge the lists of every word it begins
before it can return the newest match, and "t*" in ten million quotes takes seconds.
"""

from __future__ import annotations

import re

WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(q: str | None) -> str:
    """`q` as an FTS5 query, or "" when it has no words."""
    q = q or ""
    if q.count('"') % 2:
        q += '"'
    terms = []
    for phrase, rest in re.findall(r'"([^"]*)"|([^"]+)', q):
        if phrase:
            words = WORD.findall(phrase)
            if words:
                terms.append('"' + " ".join(words) + '"')
        else:
            terms.extend(f'"{w}"' for w in WORD.findall(rest))
    return " ".join(terms)
