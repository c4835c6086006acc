"""Numeric claims. (Being written: see issue 4.)"""

from __future__ import annotations

from .records import Claim, Quote


def find_claims(text: str, paragraphs: list[tuple[int, int]], quotes: list[Quote], published: str | None = None,
                outlet: str | None = None) -> list[Claim]:
    return []  # placeholder until issue 4 lands
