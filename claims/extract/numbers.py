"""Numeric claims: every figure in an article, with its bounds, unit, object, time, trend and claimant.

By rule, no model. A figure is read in four steps, each a compiled regex anchored at the figure:

1. the number itself: digits ("7,000", "4,512.30", ".001", "1/2"), number words ("twenty-eight
   thousand six hundred forty-two", "a dozen", "a third", "half") or an order of magnitude
   ("tens of thousands", "billions");
2. what follows it: a magnitude ("7.5 million", "$3bn"), a unit or currency ("15 euros",
   "50mph", "per cent"), a second number making a range ("3 to 5", "33-35 billion"), or the
   counted thing ("7,000 bodies");
3. what precedes it: a currency sign, a sign, a bound or hedge ("more than", "up to", "about"),
   a verb of change ("rose", "down"), "between" or "from" opening a range;
4. what it is not: dates, years, clock times, phone numbers, postal codes, street numbers,
   labels ("Section 427", "Apple Watch 5", "COVID-19"), ordinals, scores and appositive ages.

Then each figure gets its context: its part in a change (`figure_changes`), the object it counts or
measures and the time scope of its clause (`figure_context`), the claimant (the speaker of the quote
it stands in, or who "said" it; none when the writer states it) and whoever disputes that figure
(`figure_claimant`). The readers by shape are in `figure_shapes`, the vocabulary in `figure_words`.

Conventions of the values:
- `unit` is a unit of measure ("kilometre", "mile per hour"), an ISO 4217 code ("USD", "EUR per
  month"), "percent", "percentage point", "point", or for a count the counted noun in the singular
  ("body" for "7,000 bodies"), so that a facet on unit groups like with like;
- `object` is the counted phrase as written for a count ("bodies", "sections of the northern
  field"), else the thing the figure measures ("Brent crude" in "Brent crude rose $1.20");
- `concept` is what the figure is about: for a measure, its object; for a count, the subject of
  the clause when a verb leads to it ("Dell plans to cut 6,650 jobs" -> Dell, object "jobs"), the
  noun it modifies ("a three bedroom flat" -> flat) or what it is of ("an increase of 600 jobs"),
  else the counted thing itself;
- a range has `lower` and `upper` and `value` = its first figure; "fell from 208 to 193" is no range
  but an earlier level and a new level (`change_role`); a bound sets `qualifier` and the one bound it names; a plural order of
  magnitude runs from its base to the next order ("thousands": 1,000 to 10,000; "dozens": 12 to 100).
"""

from __future__ import annotations

import re

from .records import Claim, Quote
from .sentences import split_sentences
from .figure_changes import mark_changes
from .figure_claimant import attribute, cues_of
from .figure_context import add_context
from .figure_shapes import read_elapsed_time, read_figure
from .figure_words import _CANDIDATE, _NOT_QUANTITY, _NUMBER, _OF_PRONOUN, _compound_end
from .units import MAGNITUDES


def find_claims(text: str, paragraphs: list[tuple[int, int]], quotes: list[Quote], published: str | None = None,
                outlet: str | None = None) -> list[Claim]:
    """Every numeric claim in the article body, in reading order.

    `paragraphs` are the (start, end) spans of the body paragraphs of `text`; `quotes` the
    article's quotes, whose speaker becomes the claimant of a figure standing inside one. `outlet`
    is accepted for callers of the older signature and not used: the outlet claims nothing by default.
    Offsets index `text` exactly as given.
    """
    claims = []
    for p_start, p_end in paragraphs:
        for s_start, s_end in split_sentences(text, p_start, p_end):
            found = find_figures(text, s_start, s_end)
            if not found:
                continue
            sentence = text[s_start:s_end]
            cues = cues_of(text, s_start, s_end, found[0].end)
            for claim in found:
                attribute(claim, text, cues, quotes)
                claim.text = sentence
            claims.extend(found)
    return claims


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Claim]:
    """The figures of one sentence text[start:end], without claimant: value, bounds, unit, object, trend, time."""
    end = len(text) if end is None else end
    s = text[:end]
    out: list[Claim] = []
    kinds: list[str] = []
    pos = start
    while True:
        c = _CANDIDATE.search(s, pos)
        if c is None:
            break
        m = _NUMBER.match(s, c.start())
        if m is None:
            pos = c.end()
            continue
        i = m.start("d") if m.group("d") else m.start()
        pos = m.end()
        if m.group("d") and (elapsed := read_elapsed_time(s, i)) is not None:
            out.append(elapsed[0])
            kinds.append(elapsed[1])
            pos = elapsed[2]
            continue
        skip = _NOT_QUANTITY.match(s, i)
        if skip and skip.end() > m.end() - 1:
            pos = skip.end()
            continue
        fig = read_figure(s, m, start)
        if fig is None:
            continue
        claim, kind, pos = fig
        if m.group("w") and (cut := m.start("w") + _compound_end(m.group("w"))) < m.end("w") \
                and s[cut:cut + 1] == " ":
            pos = min(pos, cut)  # "five eight-hour days": the next number word is a figure of its own
            # (not "two-three times", "nineteen-ninety-one", "One-Two-Go": one range, year or name)
        if claim is None:
            continue
        out.append(claim)
        kinds.append(kind)
    if out:
        _suspended_ranges(s, out, kinds)
        _suspended_compounds(s, out, kinds)
        _share_units(s, out, kinds)
        mark_changes(s, out)
        add_context(s, start, out, kinds)
        _money_of_neighbours(out)
    return out


# What a sum of money is: "a 107 million loss" is in the currency of the sums before it.
_MONEY_NOUNS = {"loss", "profit", "turnover", "revenue", "sale", "deal", "debt", "budget", "fine", "bill", "cost",
                "investment", "bonus", "payout", "payment", "fee", "fund", "loan", "bid", "takeover", "price",
                "deficit", "surplus", "income", "salary", "spending", "grant", "contract", "settlement"}
def _singular_word(w: str) -> str:
    w = w.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


_SCALE_WRITTEN = re.compile(r"\d\s*(?:million|billion|trillion|bn|m|tn)\b", re.I)


def _money_of_neighbours(claims: list[Claim]) -> None:
    """Pounds that measure a sum of money ("a 24 million pounds operating loss", "a 5,000 pound fine") are
    sterling, not weight; a sum written without its currency, a scale word before a money noun ("a 107
    million loss"), is in the currency of the last sum before it in the sentence."""
    currency = None
    for c in claims:
        if c.unit == "pound" and c.object and _singular_word(c.object.split()[-1]) in _MONEY_NOUNS:
            c.unit = "GBP"
        if c.unit and len(c.unit) == 3 and c.unit.isupper():
            currency = c.unit
        elif currency and c.unit in _MONEY_NOUNS and _SCALE_WRITTEN.search(c.number_text):
            c.unit = currency


def _a_group(c: Claim) -> bool:
    """Whether a figure counts or measures something a later "N of them" may be part of (not a share)."""
    return bool(c.unit) and c.unit not in ("percent", "percentage point") and c.unit.upper() != c.unit


# Number words in a series before the one that names the unit: "six, seven, eight years", "two, maybe three".
_WORD_SERIES = re.compile(r"(?:,\s*(?:maybe\s+|perhaps\s+|possibly\s+|even\s+)?[a-z]+)*,\s*(?:maybe\s+|perhaps\s+|possibly\s+|"
                          r"even\s+)?")
_OR_NEXT = re.compile(r"\s*(?:,\s*)?(?:or|and|to|-|–|out\s+of|by|x|×)\s*$")  # "17 out of 18 districts", "8 by 6 inches"
_INHERIT = re.compile(r"\s*,?\s*(?:[\w'’-]+,?\s+){0,4}?,?\s*(?:up\s+from|down\s+from|from|compared\s+(?:with|to)|"
                      r"against|versus|vs\.?|including|of\s+which)(?:\s+(?:the|a|an))?\s*$|\s*,?\s*(?:and|or)\s*$|"
                      r".*\bcompared\s+(?:with|to)\s*$", re.I)
_LEVEL_AFTER = re.compile(r"\s*,?\s*(?:(?:to\s+(?:fall|rise|close|finish|end)\s+)?(?:to|at))\s*$", re.I)
_CHANGE_NEXT = re.compile(r"\s+(?:up|down|higher|lower)\s*$", re.I)


# A compound left hanging for the one that ends a series: "two- and three-bedroom", "four-, five- or
# six-cylinder", "10- to 15-minute".
_SUSPENDED = re.compile(r"-\s*(?:,\s*)?(?:(?:and|or|to)\s+)?$")


# A number left hanging before the one that carries the magnitude: "two- to three million", "2- to 3bn".
_SUSPENDED_TO = re.compile(r"-\s*(?:to|or)\s+$")
_MAGNITUDE_WRITTEN = re.compile(r"(?<=[\d\s])(?:million|billion|trillion|thousand|bn|m|tn)\b", re.I)


def _suspended_ranges(s: str, claims: list[Claim], kinds: list[str]) -> None:
    """A bare number hyphened before "to" and a number with a magnitude is one range in that
    magnitude: "two- to three million children" is 2 to 3 million, not 2 and 3 million."""
    for n in range(len(claims) - 2, -1, -1):
        c, nxt = claims[n], claims[n + 1]
        if c.unit is None and c.upper is None and nxt.upper is None and c.value and nxt.value \
                and _SUSPENDED_TO.match(s, c.end, nxt.start) and (mag := _MAGNITUDE_WRITTEN.search(nxt.number_text)):
            scale = MAGNITUDES[mag.group().lower()]
            if c.value * scale >= nxt.value:
                continue
            c.lower, c.upper, c.value = c.value * scale, nxt.value, c.value * scale
            c.end, c.number_text = nxt.end, s[c.start:nxt.end]
            c.unit, c.object, c.qualifier = nxt.unit, nxt.object, c.qualifier or nxt.qualifier
            kinds[n] = kinds[n + 1]
            del claims[n + 1], kinds[n + 1]


def _suspended_compounds(s: str, claims: list[Claim], kinds: list[str]) -> None:
    """Each figure of a series of suspended compounds takes the unit (and what is counted) of the
    compound that completes it, read from the last back to the first."""
    for n in range(len(claims) - 2, -1, -1):
        c, nxt = claims[n], claims[n + 1]
        if c.unit is None and nxt.unit and s[c.end:c.end + 1] == "-" == s[nxt.end:nxt.end + 1] \
                and _SUSPENDED.match(s, c.end, nxt.start):
            c.unit, c.object, kinds[n] = nxt.unit, c.object or nxt.object, kinds[n + 1]


# A sentence opening with the group its counts are parts of: "Of the 207 glaciers in the study, 179 ...".
_OF_THE_GROUP = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)Of\s+(?:the|these|those|its|their)\s+$")


def _share_units(s: str, claims: list[Claim], kinds: list[str]) -> None:
    """A bare figure takes its unit from its neighbours: "eight or nine euros", "3.9 million headsets,
    up from 2.4 million", "rose 41.20 points to 6,105.30", "(7,210.55 up 31.40 points)", and a count
    after a group the sentence opens with: "Of the 207 glaciers, 179 retreated, 27 held steady"."""
    group = claims[0] if claims[0].unit and kinds[0] == "count" \
        and _OF_THE_GROUP.search(s, max(0, claims[0].start - 12), claims[0].start) else None
    for n, c in enumerate(claims):
        if c.unit is not None:
            continue
        if group is not None and n and c.value <= group.value and kinds[n] == "count" and c.lower is None:
            c.unit, c.object = group.unit, c.object or group.object
            continue
        nxt = claims[n + 1] if n + 1 < len(claims) else None
        prev = claims[n - 1] if n else None
        k, in_series = n + 1, False
        series = next((x for x in range(n + 1, len(claims)) if claims[x].unit), None) if c.number_text.isalpha() else None
        if series is not None and _WORD_SERIES.fullmatch(s, c.end, claims[series].start):
            k, nxt, in_series = series, claims[series], True  # "six, seven, eight years", "two, maybe three weeks"
        if nxt and nxt.unit and (in_series or _OR_NEXT.match(s, c.end, nxt.start)) \
                and not (nxt.unit == "percent" and c.value > 100) and kinds[n] != "fraction" \
                and (kinds[k] == "measure" or c.object is None):
            c.unit = nxt.unit  # "eight or nine euros", "two or three villages"; not "645,000 or 71%"
            if kinds[k] == "count":
                c.object, kinds[n] = nxt.object, "count"
        elif nxt and nxt.unit in ("point",) and _CHANGE_NEXT.match(s, c.end, nxt.start):
            c.unit = "point"  # an index level before its change
        elif _OF_PRONOUN.match(s, c.end) and any(_a_group(claims[p]) for p in range(n)):
            # "Six of the murders ..., and five of those", "40 points, 12 of them": a part of the last group
            # counted before it.
            p = max(p for p in range(n) if _a_group(claims[p]))
            c.unit, c.object, kinds[n] = claims[p].unit, claims[p].object, kinds[p]
        elif prev and prev.unit and _INHERIT.match(s, prev.end, c.start) and prev.unit != "percent":
            c.unit = prev.unit
            if kinds[n - 1] == "count" and c.object is None:
                c.object = prev.object
            kinds[n] = kinds[n - 1]
        elif prev and _LEVEL_AFTER.match(s, prev.end, c.start):
            # A level after a change: in points when the change was counted in points.
            if any(p.unit == "point" and p.trend for p in claims[:n]):
                c.unit = "point"

