"""Relative dates in news text, resolved against the article's publication date.

News writes the day of a statement relative to the day of publication: in an article of
Wednesday 2025-07-23, "said Tuesday" is 2025-07-22 and "said Monday" 2025-07-21. A bare weekday
always means the most recent such day on or before publication (a story does not report
speech from the future), "last Tuesday" the same, and "today"/"yesterday" what they say.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}

# One date expression: a weekday (optionally "last"/"on"), today/yesterday, or "July 21".
DATE_EXPR = re.compile(
    r"\b(?:(?P<last>last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
    r"|(?P<rel>today|yesterday|tonight)"
    r"|(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>\d{4}))?)"
)


def parse_iso(value: str | None) -> date | None:
    """A date from "YYYY-MM-DD", or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_weekday(weekday: str, published: date) -> date:
    """The most recent `weekday` on or before `published` ("Tuesday" in a Wednesday article is the day before)."""
    back = (published.weekday() - WEEKDAYS[weekday.lower()]) % 7
    return published - timedelta(days=back)


def resolve_date(expression: str, published: str | date | None) -> str | None:
    """ISO date of a relative or partial date expression, or None when it cannot be pinned down.

    >>> resolve_date("Tuesday", "2025-07-23")
    '2025-07-22'
    """
    m = DATE_EXPR.search(expression)
    return _resolve_match(m, published) if m else None


def find_date(text: str, start: int, end: int, published: str | date | None) -> str | None:
    """ISO date of the first date expression inside text[start:end], resolved against published."""
    if end <= start:
        return None
    m = DATE_EXPR.search(text, start, end)
    return _resolve_match(m, published) if m else None


def _resolve_match(m: re.Match, published: str | date | None) -> str | None:
    pub = published if isinstance(published, date) else parse_iso(published)
    if m.group("wd"):
        if pub is None:
            return None
        d = resolve_weekday(m.group("wd"), pub)
        if m.group("last") and d == pub:
            d -= timedelta(days=7)
        return d.isoformat()
    if rel := m.group("rel"):
        if pub is None:
            return None
        return (pub - timedelta(days=1) if rel.lower() == "yesterday" else pub).isoformat()
    month, day = MONTHS[m.group("mon")[:3].lower()], int(m.group("day"))
    if m.group("year"):
        year = int(m.group("year"))
    elif pub is not None:
        # A month and day without a year: the latest such day not after publication.
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
