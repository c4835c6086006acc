"""How alike two groupings of the same quotes by speaker are: the measure of order independence.

Two databases built from the same articles (in different orders, say) give each quote a speaker id
or none. Ids differ between the two, so what is compared is which quotes share a speaker: of the
pairs of quotes that share one in either database, the share that share one in both (1.0 when the
groupings are the same). Counted from the contingency table, never pair by pair, so a speaker with
100,000 quotes costs no more than one with ten.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

QUOTE_SPEAKERS = """
SELECT coalesce(a.url, a.source, a.content_hash), q.start, q."end", q.speaker_id
FROM quotes q JOIN articles a ON a.id = q.article_id
"""


def quote_speakers(path: str | Path) -> dict[tuple, int | None]:
    """Each quote of a database (by its article's url and its span) and its speaker id."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {(source, start, end): speaker for source, start, end, speaker in conn.execute(QUOTE_SPEAKERS)}
    finally:
        conn.close()


def _pairs(counts) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def agreement(a: dict[tuple, int | None], b: dict[tuple, int | None]) -> float:
    """Of the quote pairs sharing a speaker in a or in b, the share sharing one in both."""
    shared = a.keys() & b.keys()
    in_a = Counter(a[q] for q in shared if a[q] is not None)
    in_b = Counter(b[q] for q in shared if b[q] is not None)
    both = Counter((a[q], b[q]) for q in shared if a[q] is not None and b[q] is not None)
    same_a, same_b, same_both = _pairs(in_a.values()), _pairs(in_b.values()), _pairs(both.values())
    union = same_a + same_b - same_both
    return same_both / union if union else 1.0
