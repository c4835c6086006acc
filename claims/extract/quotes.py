"""Direct quotes and reported speech, with their speakers. (Being written: see issue 3.)"""

from __future__ import annotations

from .records import Quote, Speaker


def find_quotes(text: str, paragraphs: list[tuple[int, int]], published: str | None = None) -> tuple[list[Quote], list[Speaker]]:
    return [], []  # placeholder until issue 3 lands
