"""Who held an office that news names by its title alone, on the day an article was published.

British news writes "the Prime Minister" and "the PM" for the British prime minister, and American
news "the President" for the American one, often without the name beside the title. The article
still shows who is meant when its date falls in one holder's term and it names that holder by
title and surname ("President Obama", "PM Brown"), or by surname with an honorific ("Mr Brown") or
where it places itself in the country ("Downing Street", "the White House"). Any sign of another
holder of the title (another "President X", "French President", "the Prime Minister of Samoa")
and the title stays unresolved; so does a surname the article gives a different first name.

The table is public record, written here as data: the day each holder took office.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Office:
    """An office, the words that name it, where an article shows it is in its country, and its holders."""

    words: frozenset[str]  # the role words of the title, as a role description is read
    titles: re.Pattern  # the title as written before a name or alone
    country: re.Pattern  # words that place an article in the office's country
    holders: tuple[tuple[str, str, str], ...]  # (took office, full name, "m" or "f")

    def holder_on(self, day: str) -> tuple[str, str] | None:
        """(full name, gender) of whoever held the office on day ("YYYY-MM-DD"), if the table reaches it."""
        i = bisect_right([h[0] for h in self.holders], day[:10]) - 1
        return (self.holders[i][1], self.holders[i][2]) if i >= 0 else None


OFFICES = (
    Office(
        words=frozenset({"prime", "minister"}),
        titles=re.compile(r"\b(?:Prime\s+Minister|PM)\b"),
        country=re.compile(r"\b(?:Downing\s+Street|No\.?\s?10|Number\s+10|Whitehall|Westminster|Britain|British|UK|"
                           r"U\.K\.|United\s+Kingdom|England|Scotland|Wales)\b"),
        holders=(("1979-05-04", "Margaret Thatcher", "f"), ("1990-11-28", "John Major", "m"),
                 ("1997-05-02", "Tony Blair", "m"), ("2007-06-27", "Gordon Brown", "m"),
                 ("2010-05-11", "David Cameron", "m"), ("2016-07-13", "Theresa May", "f"),
                 ("2019-07-24", "Boris Johnson", "m"), ("2022-09-06", "Liz Truss", "f"),
                 ("2022-10-25", "Rishi Sunak", "m"), ("2024-07-05", "Keir Starmer", "m")),
    ),
    Office(
        words=frozenset({"president"}),
        titles=re.compile(r"\bPresident\b"),
        country=re.compile(r"\b(?:White\s+House|Washington|U\.S\.|US|USA|United\s+States|America|American)\b"),
        holders=(("1977-01-20", "Jimmy Carter", "m"), ("1981-01-20", "Ronald Reagan", "m"),
                 ("1989-01-20", "George H. W. Bush", "m"), ("1993-01-20", "Bill Clinton", "m"),
                 ("2001-01-20", "George W. Bush", "m"), ("2009-01-20", "Barack Obama", "m"),
                 ("2017-01-20", "Donald Trump", "m"), ("2021-01-20", "Joe Biden", "m"),
                 ("2025-01-20", "Donald Trump", "m")),
    ),
)

# Another holder of the title in the article: "President Macron", "French President", "the Prime
# Minister of Samoa", "Australia's prime minister". A qualifier that places the holder at home
# ("US President", "British Prime Minister") is no other.
_FOREIGN_QUALIFIER = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)|[A-Z][\w.\-]*['’]s|(?:[A-Z]\.?){2,}")
_OWN_QUALIFIERS = {"US", "U.S.", "American", "UK", "U.K.", "British", "Britain's", "Britain’s", "America's",
                   "America’s", "USA", "Republican", "Democratic", "Democrat", "Conservative", "Labour", "Tory"}
_OWN_COUNTRIES = {"America", "United", "Britain", "UK"}


def holders_named(text: str, published: str | None) -> list[tuple[Office, str, str]]:
    """(office, full name, gender) for each office whose holder on the published day the article
    names by surname, in the office's country, with no other holder of the title in view."""
    if not published:
        return []
    found = []
    for office in OFFICES:
        held = office.holder_on(published)
        if held is None or not office.titles.search(text):
            continue
        name, gender = held
        surname = re.escape(name.split()[-1])
        titled = re.search(office.titles.pattern + rf"\s+(?:[A-Z][\w.]*\s+){{0,2}}{surname}\b", text)
        honorific = re.search(rf"\b(?:Mr|Mrs|Ms|Miss)\.?\s+{surname}\b", text)
        named = re.search(rf"\b{surname}\b", text) and (office.country.search(text) or honorific)
        if (titled or named) and not _another_holder(text, office, name.split()[-1]):
            found.append((office, name, gender))
    return found


def _another_holder(text: str, office: Office, surname: str) -> bool:
    """Whether the article names or qualifies a holder of the office's title other than the one
    whose surname is given."""
    title = office.titles.pattern
    named = re.finditer(title + r"((?:\s+[A-Z][\w’'.\-]*)+)", text)
    if any(re.sub(r"['’]s$", "", m.group(1).split()[-1]).rstrip(".") != surname for m in named):
        return True
    qualified = re.finditer(r"\b([A-Z][\w’'.\-]*)\s+(?i:" + title.removeprefix(r"\b") + ")", text)
    if any(_FOREIGN_QUALIFIER.fullmatch(m.group(1)) and m.group(1) not in _OWN_QUALIFIERS for m in qualified):
        return True
    held_of = re.finditer(title + r"\s+of\s+(?:the\s+)?([A-Z][\w’'\-]+)", text, re.I)
    return any(m.group(1) not in _OWN_COUNTRIES for m in held_of)
