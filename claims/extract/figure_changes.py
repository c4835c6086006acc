"""Changes: which figure of a sentence is the change, which the new level, which the earlier level.

News writes a change in a few shapes, each handled by one rule below:

- "grew from 40 to 1,796 cinemas": earlier level A (40), new level B (1,796) with the trend of A to B;
- "boost net income by 400m euros to 2.5bn euros", "rose 5% to £3.2bn", "down 3 points at 210":
  the change C (400m euros, trend from its verb), then the new level B with the same trend;
- "3.9 million headsets, up from 2.4 million": the new level B first, then "up/down from" A;
- "turnout was 67.3%, down 1.5 points": the new level B, then the change C with its trend;
- "rose to 1,796 from 40": the new level after "to", and A after "from".

Each figure keeps its own value; `change_role` says which part it is ("change", "new level",
"earlier level"), `trend` is set on the change and the new level, never on the earlier level.
"""

from __future__ import annotations

import re

from .figure_words import _DOWN_WORDS, _UP_WORDS
from .records import Claim
from .units import MAGNITUDES

# Verbs that move a level without saying which way: "went from 40 to 60", "changed from".
_MOVE_WORDS = {"went", "gone", "go", "goes", "moved", "changed", "grown", "shrunk", "cut", "raised", "lowered",
               "boosted", "slashed", "increase", "increases", "rise", "rises", "fall", "falls", "jump", "drop"}
_CHANGE_WORDS = _UP_WORDS | _DOWN_WORDS | _MOVE_WORDS

_TO_LEVEL = re.compile(r"\s*,?\s*(?:(?:to\s+(?:fall|rise|close|finish|end|trade|stand|reach)\s+)?(?:to|at)|"
                       r"(?:to\s+)?(?:a\s+)?(?:new\s+)?(?:total|level|high|low)\s+of|to\s+(?:a\s+)?(?:record|"
                       r"high|low)\s+of)\s*$", re.I)
# A period between a change and the "from" of its earlier level: "by 2.3 points in the same period from".
PERIOD_BEFORE_FROM = r"(?:in|over|during)\s+(?:the\s+)?(?:same\s+)?[a-z\-]+"
# Between the change and its earlier level: "by 12,131, from", "by 2.3 points in the same period from".
_COMMA_FROM = re.compile(r"\s*(?:,|\s+" + PERIOD_BEFORE_FROM + r",?)\s*from\s*$", re.I)
_FROM_TO = re.compile(r"\s*(?:to|and)\s*$", re.I)
_UP_DOWN_FROM = re.compile(r"\s*,?\s*(?:(?P<up>up|higher|rising|increasing|climbing)|(?P<down>down|lower|falling|"
                           r"dropping|declining))\s+from\s*$|\s*,?\s*(?:compared\s+(?:with|to)|against|from)\s*$",
                           re.I)
_UP_DOWN_BY = re.compile(r"\s*,\s*(?:(?P<up>up)|(?P<down>down))\s+(?:by\s+)?$", re.I)
_LEVEL_AFTER_VERB = re.compile(r"(?:^|\s)(?P<verb>[a-z]+)\s+(?:(?:to|at)\s+)(?:(?:about|around|nearly|almost|some|"
                               r"roughly|just|more\s+than|less\s+than|over|under)\s+)?$", re.I)


def is_change_from(tail: list[str]) -> bool:
    """Whether "from" at the end of `tail` opens an earlier level ("grew from", "cut sharply from",
    "taking the number of dead from") rather than a range ("ranging from", "prices from")."""
    return any(w in _CHANGE_WORDS for w in tail[:-1]) or any(w in _COUNTS_KEPT for w in tail[:-1]) \
        and not any(w.startswith(("rang", "vari", "vary")) for w in tail[:-1])


# A count that is kept and moved, whatever the verb: "taking the number of dead from 125 to 149".
_COUNTS_KEPT = {"number", "total", "toll", "tally", "count"}


def mark_changes(s: str, claims: list[Claim]) -> None:
    """Set `change_role` and the new level's trend on the figures of one sentence, in reading order."""
    for n, c in enumerate(claims):
        prev = claims[n - 1] if n else None
        gap = s[prev.end:c.start] if prev else ""
        if prev and prev.change_role is None and c.change_role == "earlier level" and prev.trend \
                and _COMMA_FROM.match(gap):
            prev.change_role = "change"  # "has gone up by 12,131, from 282,422 to 294,553"
        if prev and prev.change_role == "earlier level" and _FROM_TO.match(gap):
            _new_level(c, prev, "up" if c.value > prev.value else "down" if c.value < prev.value else None)
        elif prev and prev.change_role is None and _TO_LEVEL.match(gap) and (prev.trend or _verb_by(s, prev)):
            prev.trend = prev.trend or _verb_by(s, prev)
            prev.change_role = "change"
            _new_level(c, prev, prev.trend)
        elif prev and prev.change_role == "new level" and prev.unit == "percent" and c.unit not in (None, "percent") \
                and _TO_LEVEL.match(gap):
            # "exports grew at 3.0% to £251.9bn": the rate of the change, then the level it reached.
            prev.change_role = "change"
            _new_level(c, prev, prev.trend)
        elif prev and prev.change_role is None and (um := _UP_DOWN_BY.match(gap)):
            # "Turnout was 67.3%, down 1.5 points": the level, then its change.
            c.change_role, c.trend = "change", "up" if um.group("up") else "down"
            prev.change_role, prev.trend = "new level", c.trend
        elif prev and _UP_DOWN_FROM.match(gap):
            fm = _UP_DOWN_FROM.match(gap)
            if fm.group("up") or fm.group("down") or prev.change_role == "new level":
                _earlier_level(prev, c, fm)
        elif c.change_role is None and c.trend is None:
            vm = _LEVEL_AFTER_VERB.search(s[max(0, c.start - 40):c.start])
            verb = vm.group("verb").lower() if vm else ""
            if verb in _UP_WORDS or verb in _DOWN_WORDS:
                c.change_role, c.trend = "new level", "up" if verb in _UP_WORDS else "down"


_BY_BEFORE = re.compile(r"((?:[A-Za-z'’-]+\s+){1,5})by\s+(?:(?:about|around|nearly|almost|some|roughly|just|"
                        r"more\s+than|less\s+than|over|under|an?\s+estimated|another)\s+)?$", re.I)


def _verb_by(s: str, c: Claim) -> str | None:
    """The trend of a verb of change a few words before "by" and the figure: "boost net income by 400m"."""
    bm = _BY_BEFORE.search(s[max(0, c.start - 60):c.start])
    for w in reversed(bm.group(1).lower().split()) if bm else ():
        if w in _UP_WORDS:
            return "up"
        if w in _DOWN_WORDS:
            return "down"
    return None


_MAGNITUDE_WRITTEN = re.compile(r"\d\s*-?\s*(million|billion|trillion|bn|m|tn)\b", re.I)


def _new_level(c: Claim, before: Claim, trend: str | None) -> None:
    """c is the level reached after `before` (an earlier level or a change): it takes the trend, and
    the earlier level takes c's unit and counted thing when written only once ("from 40 to 1,796 cinemas")."""
    c.change_role = "new level"
    c.trend = trend or c.trend
    if before.change_role != "earlier level":
        return
    if before.unit is None and c.unit:
        before.unit, before.object = c.unit, before.object or c.object
    mm = _MAGNITUDE_WRITTEN.search(c.number_text)
    if mm and not _MAGNITUDE_WRITTEN.search(before.number_text) and before.value * MAGNITUDES[mm.group(1).lower()] \
            <= c.value * 10:
        before.value *= MAGNITUDES[mm.group(1).lower()]  # "from 24.2 to 33bn": 24.2bn


def _earlier_level(new: Claim, c: Claim, fm: re.Match) -> None:
    """ "3.9 million headsets, up from 2.4 million": c is the earlier level of `new`."""
    c.change_role = "earlier level"
    c.trend = None
    if c.unit is None and new.unit:
        c.unit = new.unit
    if new.change_role is None and (fm.group("up") or fm.group("down")):
        new.change_role = "new level"
        new.trend = new.trend or ("up" if fm.group("up") else "down")
