"""Readers of one figure, one per shape of writing; `read_figure` picks the reader for a match.

Each reader gets the sentence `s` and the match of `figure_words._NUMBER` where a figure starts,
and returns (Claim, kind, resume position), or None when it is no figure. Kinds: "count" (a
counted noun), "measure" (a unit or currency), "fraction".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .cues import ONE_SPEAKER_VERBS, alternation
from .figure_changes import PERIOD_BEFORE_FROM, is_change_from
from .records import Claim
from .units import (MULTIPLIERS, CURRENCY_PREFIX, CURRENCY_SUFFIX, FRACTIONS, LABEL_WORDS, MONTHS, PER, SCALES, SMALL,
                    VAGUE)
from .figure_words import (COMPARATIVES, LOSING_BEFORE, _AGE, _UNIT_WORD, _ATTACHED_LETTERS, _COUNT_NOUN_UNITS,
                          _CUR_BEFORE, _GLUED_BEFORE, _NONSPACE, _NP_WORD, _OF_NP, _ORDINAL, _OR_BOUND, _OR_SO, _PER,
                          _PREFIX_BEFORE, _RANGE_SEP, _SIGN_BEFORE, _SLASH_CUR, _SLASH_FRACTION, _STOP, _SUB_BEFORE,
                          _TREND_AFTER, _US, _WORD, _WORD_RE, _bound_of, _clean_np, _confidence, _counted, _magnitude,
                          _not_a_quantity, _parse_words, _plural, _read_number, _read_second, _singular, _tail,
                          _trend_of, _unit, _UP, _DOWN)

# An elapsed time in hours, minutes and seconds: "completed the race in 2:14:04", "a record of 2:17:01.5".
# (Two parts are a clock time, "7:37 p.m."; three parts before "a.m." or a time zone are one too.)
_ELAPSED = re.compile(r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)(?![\d:])"
                      r"(?!\s?(?:[ap]\.?m\b|GMT|UTC|BST|EST|EDT|PST|PDT|CET|ET\b|local\b))", re.I)


def read_elapsed_time(s: str, i: int):
    """ "2:14:04" at s[i]: a duration in seconds (8044), or None when no such time starts there."""
    m = _ELAPSED.match(s, i)
    if m is None:
        return None
    value = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + float(m.group("s"))
    claim = Claim(text="", number_text=m.group(), start=i, end=m.end(), value=value, unit="second", confidence=0.8)
    return claim, "measure", m.end()


def read_figure(s: str, m: re.Match, base: int):
    """Read one figure at match m of _NUMBER with the reader for its shape."""
    if m.group("v"):
        return _read_vague(s, m)
    if m.group("f"):
        return _read_fraction(s, m)
    if m.group("x"):
        return _read_multiplier(s, m)
    if m.group("a") and not _bounded(s, m.start()):
        return None  # "a year ago", "twice a year": no figure; "at least a year", "within an hour": one
    return _read_amount(s, m)


def _bounded(s: str, i: int) -> bool:
    """Whether a bound or hedge ("at least", "within", "more than") ends the text before s[i]."""
    bm = _bound_of(_tail(s[max(0, i - 40):i]))
    return bool(bm and bm[0])


_MULTIPLIER_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|did|does|do|nearly|almost|"
                                     r"more\s+than|roughly|about|set\s+to|expected\s+to|plans?\s+to)\s+$", re.I)
_MULTIPLIER_OF = re.compile(r"\s+(?:the|that|what|its|their|his|her|our|as|in\s+(?:size|value|number))\b", re.I)
_HOW_OFTEN = re.compile(r"\s+(?:a|an|per|every|each)\s+(?:\w+\s+)?(?:year|month|week|fortnight|day|night|hour|minute|"
                        r"decade|season|term|lifetime|generation)s?\b", re.I)
# "twice interviewed", "twice elected", "was twice beaten": how often, before a past participle.
_PARTICIPLE_AFTER = re.compile(r"\s+(?:[a-z]{3,}(?<!e)ed|been|won|beaten|held|given|taken|shown|seen|struck|caught)\b")
_TIMES_AFTER = re.compile(r"\s*(?:[,.;:!?)]|\s+(?:in|a|per|over|since|last|this|before|after|and|or|but|"
                          r"during|as)\b|$)", re.I)


def _read_multiplier(s: str, m: re.Match):
    """ "double", "twice the size", "prices tripled", "fivefold": a multiplier, unit null; "twice" alone
    counts times.
    "a double murder", "double standards", "a triple jump" are adjectives, no figure."""
    word = m.group("x")
    low = word.lower()
    value = float(MULTIPLIERS[low])
    left = s[max(0, m.start() - 30):m.start()]
    unit = trend = None
    bm = _bound_of(_tail(left))
    if low == "once":
        if not (_HOW_OFTEN.match(s, m.end()) or bm and bm[0]):
            return None  # "once the deal is done", "the once-mighty club", "once again"
        unit = "time"  # "once a year", "more than once"
    elif low in ("twice", "thrice"):
        if not _MULTIPLIER_OF.match(s, m.end()):
            if not (_TIMES_AFTER.match(s, m.end()) or _HOW_OFTEN.match(s, m.end()) or _PARTICIPLE_AFTER.match(s, m.end())):
                return None
            unit = "time"  # "nominated twice", "he has been married twice", "twice interviewed"
    elif low.endswith(("ed", "es", "ing")):
        trend = "down" if value < 1 else "up"  # "sales doubled", "halving its staff": a change by a factor
    elif low.endswith("fold"):
        pass  # "exploded by fivefold", "a tenfold rise": always a factor
    elif not (_MULTIPLIER_OF.match(s, m.end()) or _MULTIPLIER_VERB_BEFORE.search(left)):
        return None
    qualifier = bm[0] if bm else None
    start = m.start()
    if qualifier:
        ws = list(_NONSPACE.finditer(left))  # the span takes the bound in: "nearly doubled", "more than twice"
        start = m.start() - len(left) + ws[-bm[1]].start()
    claim = Claim(text="", number_text=s[start:m.end()], start=start, end=m.end(), value=value, unit=unit, trend=trend,
                  qualifier=qualifier, lower=value if qualifier == "more than" else None,
                  upper=value if qualifier == "less than" else None, confidence=0.6)
    return claim, "count" if unit else "fraction", m.end()


@dataclass
class _Amount:
    """A figure in digits or number words while it is read, step by step, left to right."""

    m: re.Match
    start: int  # where number_text starts (moves left over a currency sign, a sign, a bound)
    left_base: int  # s[left_base:] is the text before the figure that `left` holds
    left: str
    value: float
    j: int  # where the number (then its magnitude, unit, range) ends
    integer: bool
    raw: str
    currency: str | None = None
    sign: float = 1.0
    sign_written: str = ""
    glued: bool = False
    has_mag: bool = False
    unit: str | None = None
    lower: float | None = None
    upper: float | None = None
    qualifier: str | None = None
    trend: str | None = None
    kind: str = "count"
    change_role: str | None = None
    score: bool = False
    obj: str | None = None  # the noun a size stands before: "tour" in "a four-day tour"
    age: bool = False  # a bare age ("aged 27", "over the age of 18"): "over" bounds it

    @property
    def digits(self) -> bool:
        return bool(self.m.group("d"))


_PLUS_MINUS = re.compile(r"\s?(?:±|\+/-|\+-)\s?(?P<e>\d+(?:\.\d+)?)")


def _read_amount(s: str, m: re.Match):
    """A figure in digits or words: "$3.5bn", "7,000 bodies", "more than 15%", "3 to 5 miles"."""
    a = _start_amount(s, m)
    if a is None:
        return None
    if a.integer or not a.digits:
        share = _read_share(s, a)
        if share:
            return share
    _currency_before(a)
    _sign_before(a)
    tail = _tail(a.left)
    decade = _age_decade(s, a)
    if decade:
        return decade
    if a.digits and (bracket := _AGE_BRACKET.match(s, a.j)) and ("aged" in tail[-2:] or "ages" in tail[-2:]) \
            and ("and" not in bracket.group() or "between" in tail[-2:] or "ages" in tail[-2:]):
        # "men aged 18 to 34", "between the ages of 13 and 16": ages from one to the other, unit year
        # ("aged 13 and 16", no "between": two ages).
        top = float(bracket.group("top"))
        if top <= a.value or top > 120:
            return None, "skip", bracket.end()
        claim = Claim(text="", number_text=s[a.start:bracket.end()], start=a.start, end=bracket.end(), value=a.value,
                      lower=a.value, upper=top, unit="year", confidence=0.7)
        return claim, "count", bracket.end()
    if not _slash_and_glued_letters(s, a):
        # "2019/20", "24/7", "4G": no figure, nor in what is joined to it ("the 2019/20 fiscal year").
        return None, "skip", _JOINED.match(s, a.j).end()
    if a.digits and (pm := _PLUS_MINUS.match(s, a.j)):
        # "1010 ± 195 light years", "5.0 ± 0.4 M☉": a measure and its uncertainty, one range.
        err = float(pm.group("e"))
        a.lower, a.upper, a.j = round(a.value - err, 12), round(a.value + err, 12), pm.end()
    if a.digits and _AIRLINER.fullmatch(a.raw) and _MODEL_BEFORE.search(a.left) \
            and (model := _MODEL_AFTER.match(s, a.m.end("d"))):
        return None, "skip", model.end("model")  # "the 747, which", "a Boeing 737-800 jet": an airliner
    k = _magnitude_and_unit(s, a)
    if k is None or _a_name(s, a):
        return None
    if _quake_magnitude(s, a):
        a.left = _MAGNITUDE_BEFORE.sub("", a.left)  # "over magnitude 4.5": the bound is before the word
        tail = _tail(a.left)
    if a.unit is None and a.currency is None and _an_age(s, a, tail):
        a.unit, k, a.age = "year", a.j, True
        if _AGE_OF.search(a.left):
            a.left = _AGE_OF.sub("", a.left)  # "under the age of 16": the bound is before the words
            tail = _tail(a.left)
    if a.digits and not a.currency and not (a.value < 30 and _SCORE.match(s, a.j)
                                            and not (tail and tail[-1].rstrip(".") in MONTHS)):
        # ("the September 25–27 poll": days of a month, no score.)
        skip = _not_a_quantity(s, a.raw, a.value, a.integer, a.unit, a.has_mag, a.sign, a.left, tail, a.j)
        if skip is not None:
            return None, "skip", skip
    a.j = k if a.unit else a.j
    a.kind = "measure" if a.unit else "count"
    skip = _read_range(s, a, tail)
    if skip is not None:
        return None, "skip", skip
    a.value *= a.sign
    if a.lower is not None:
        a.lower, a.upper = sorted((a.lower * a.sign, a.upper * a.sign))
    _bounds(s, a, tail)
    if a.trend is None and not (a.score and a.unit == "goal") and not _COMPARED_THAN.search(a.left):
        a.trend = _trend(s, a, tail)  # ("lost 1 – 2": a score, not a fall; "higher than 5%": a bound, no rise)
    return _finish_amount(s, a)


def _start_amount(s: str, m: re.Match) -> _Amount | None:
    """The number itself, or None when number words stand for no figure ("BBC One", "one of")."""
    i = m.start("d") if m.group("d") else m.start()
    code = m.group("code")
    start = m.start() if code else i
    num = _read_number(s, m)
    if num is None:
        return None
    value, j, integer = num
    left_base = max(0, start - 40)
    a = _Amount(m=m, start=start, left_base=left_base, left=s[left_base:start], value=value, j=j, integer=integer,
                raw=m.group("d") or m.group("w") or m.group(0))
    if m.group("w") and not _word_number_counts(s, a, i):
        return None
    if m.group("w") and float(a.value).is_integer() and (dm := _SPELLED_DECIMAL.match(s, a.j)):
        # "two-point-five percent", "three point nine": decimals spelled out, as radio scripts write them.
        digits = "".join(str(_DIGIT_WORDS.index(d.lower())) for d in re.split(r"[\s-]+", dm.group("digits")))
        a.value = float(f"{int(a.value)}.{digits}")
        a.j, a.integer = dm.end(), False
    hm = _AND_A_HALF.match(s, a.j)
    if hm:
        n = hm.group("n").lower()
        a.value += (1 if n in ("a", "an", "one") else SMALL[n]) * FRACTIONS[hm.group("f").lower()]
        a.j = hm.end()
        a.integer = False
    if code:
        a.currency = CURRENCY_PREFIX.get(code.rstrip(".") if code.startswith("Rs") else code) \
            or CURRENCY_PREFIX.get(code)
    return a


_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_SPELLED_DECIMAL = re.compile(r"[\s-]point[\s-](?P<digits>(?:" + "|".join(_DIGIT_WORDS) + r")(?:[\s-](?:"
                              + "|".join(_DIGIT_WORDS) + r"))*)\b(?!-(?:year|month|week|day)s?\b)", re.I)
# "two and a half years", "five-and-a-half years", "1 and a quarter", "one and two thirds": one figure.
_AND_A_HALF = re.compile(r"(?:\s+and\s+|-and-)(?P<n>an?|one|two|three)[\s-](?P<f>half|quarters?|thirds?)\b", re.I)
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:the|this|that|each|every|no|not|any|same|which|another|(?:the|an?)\s+only|"
                                 r"a|one|someone|anyone|according\s+to)(?:\s+|-)$", re.I)
# ("the one", "no one", "no-one", "the only one", "not one intact piece": none, no count; "according to
# one critic": a source, not a count;
# "recorded only one album" counts.)
# "one day", "on one occasion", "one that will drive growth" (a pronoun before a relative clause),
# "one step closer" (a manner of speaking).
_ONE_INDEFINITE_AFTER = re.compile(r"['’]s\b|\s+(?:another|day|time|point|way|thing|side|hand|occasion|instance|of\b|ever\b|"
                                   r"step\s+(?:closer|nearer|further|farther|ahead|forward|back|at\s+a\s+time)\b|"
                                   r"that\b|which\b|who\b|or\s+(?:more|other)\b|"
                                   r"(?:can|could|must|may|might|should|would|will)\b)", re.I)  # "one can imagine"
# Words before "one" that make it a count however it goes on: a bound, "only", "all but".
_ONE_COUNTED_BEFORE = re.compile(r"(?:\b(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|no\s+more\s+than|"
                                 r"exactly|all\s+but)|(?<!\bthe\s)(?<!\ban\s)\b(?:only|just))\s+$", re.I)
_ONE_PRONOUN_AFTER = re.compile(r"\s+(?:who|whom|that|which|of\s+(?:those|these|many|several|the\s+many)|[a-z]+ly)\b"
                                r"|\s*[,.;:!?)]", re.I)
_ONE_ALONE_AFTER = re.compile(r"[\s,.]*$|\s+(?:is|was|of\s+(?:us|them|you|those|these))\b")
# "the right one", "a tremendous one!", "a loved one throughout": "one" after a determiner and
# its adjectives, with no noun after it, stands for a noun said before.
_ONE_AFTER_ADJECTIVE = re.compile(r"\b(?:the|a|an|this|that|his|her|their|its|our|my|your)\s+"
                                  r"(?!(?:of|to|than|by|from|with|as|at)\s)[a-z][\w'’-]*\s+$", re.I)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|or|but|we|they|he|she|it|i|you|to|for|in|on|at|"
                            r"throughout|that|which|who|is|was|are|were|will|would|has|had|have|not|[a-z]+ly)\b")
_ONE_EACH = re.compile(r"\s+for\s", re.I)
_ONE_EACH_ANY = re.compile(r"\bone\s+for\s", re.I)
_DAY_ONE_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+of\b")
_PERCENT_AFTER = re.compile(r"\s*(?:percent|per\s+cent|%|percentage\s+points?)\b", re.I)
_RECIPROCAL_AFTER = re.compile(r"[-\s](?:on|to|by)[-\s]one\b", re.I)
_RECIPROCAL_BEFORE = re.compile(r"\bone[-\s](?:on|to|by)[-\s]$", re.I)
# "a one-pack limit", "a one-day strike"; not "a one-off", "the one-time champion", "a one-way street".
_HYPHENED_SIZE = re.compile(r"-(?!(?:off|time|way|sided|stop|liners?)\b)[a-z]{2,}\b(?!-)")
# (A mark after a letter is an apostrophe, no opening quote: "the NHS’ Five Year Forward View".)
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?:;\"“”(—–-]|(?<![^\W\d_])[‘’'])\s*$")  # (a paragraph, a list item)
# "One woman said", "One MP told", "One possible reason is": "one" that reads as "a" or "a certain":
# someone (any noun of up to three words) before a verb of saying, or an abstract noun; "One man was
# killed" still counts a person.
_ONE_INDEFINITE_SUBJECT = re.compile(
    r"\s+(?!(?:in|out|of|or|and|to|per)\b)(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*\s+"
    + alternation(ONE_SPEAKER_VERBS) + r"\b|"
    r"\s+(?:[a-z]+\s+){0,2}?(?:reason|explanation|theory|option|idea|possibility|problem|question|answer|solution|"
    r"concern|suggestion|example|factor)\s+(?:is|was|might|may|could|would|being)\b|\s+(?:possible|likely)\b"
    r"|\s+[a-z][\w-]*\s*,\s+(?-i:[A-Z])"  # "One activist, Nur Khan Liton, told ...": someone, then named
    r"|,\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+),"  # "One, Charles Campbell, said": one of them, named
    r"|\s+(?:cannot|can(?:not)?|must|should|would|could|may|might|needs?)\s+(?:not\s+)?(?:be|have|do|say|see|go|get)\b",
    re.I)  # "one cannot be killed without a conviction": anyone, a pronoun
# "one" that picks one of a group rather than counting it, as "a" or "a certain" does:
# - paired with "another", "the other(s)", "others" later: "one man sprayed him, others struck him"
# - one of a named group, "one faction of the party", "one example of that record" ("one of the");
# - a pronoun before a place or company, "several talks, including one at a conference";
# - beside "a"/"an": "One lorry and a car collided".
# ("one suspect ..., and two others" counts: a number before "others" contrasts two counts.)
_ONE_CORRELATIVE = re.compile(r"[^.;]*?(?P<before>\S+)\s+(?:another|the\s+others?|others)\b", re.I)
_ONE_OF_GROUP = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}?of\s+(?:the|that|this|these|those|its|his|her|their|our|your|"
                           r"many|several|numerous|a|an)\b")
_ONE_PRONOUN_PLACE = re.compile(r"\s+(?:at|on|near|inside|outside|with|where)\s", re.I)
_ONE_BESIDE_A = re.compile(r"\s+(?:[A-Za-z][\w'’-]*\s+){1,2}?and\s+an?\s", re.I)


_ORDINAL_WORD_AFTER = re.compile(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)
# A year said in words, as VOA Special English writes it: "nineteen ninety-seven", "eighteen sixty-five".
_CENTURIES = {"seventeen", "eighteen", "nineteen"}
_SPOKEN_YEAR_REST = re.compile(r"\s*(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                               r"nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|"
                               r"hundred|oh-[a-z]+)\b", re.I)
_SPOKEN_CENTURY_BEFORE = re.compile(r"\b(?:seventeen|eighteen|nineteen)\s+$", re.I)
_CAPITAL_AFTER_HYPHEN = re.compile(r"-[A-Z]")
_ZERO_POLICY = re.compile(r"\s+(?:emissions?|carbon|waste|tolerance|hunger|deforestation)\b", re.I)
_SPOKEN_YEAR_2000S = re.compile(r"two[\s-]+thousand(?:[\s-]+and)?[\s-]+[a-z]+(?:-[a-z]+)?")
_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|until|till|by|from|during|of|year)\s+$", re.I)
# An era after a year: "664 b.c.e.", "753 BC", "250 CE", "79 AD".
_ERA_AFTER = re.compile(r"\s*(?:BCE?|AD|CE|B\.C\.(?:E\.)?|A\.D\.|C\.E\.|b\.c\.(?:e\.)?|a\.d\.|c\.e\.)(?!\w)")


def _word_number_counts(s: str, a: _Amount, i: int) -> bool:
    """Whether number words count something: not the tail of a figure ("million"), a name ("BBC One"),
    "one" as a pronoun or an indefinite ("one of the poorest", "one day", "One woman said")."""
    low = a.raw.lower()
    if low.split()[0].split("-")[0] in SCALES or low == "dozen":
        return False  # "million" alone is the tail of a figure read elsewhere; "a baker's dozen"
    if a.raw[0].isupper() and i > 0 and not _SENTENCE_START.search(s[max(0, i - 4):i]):
        return False  # "BBC One", "Formula One"
    if len(a.raw) > 2 and a.raw.isupper() and _CAPITAL_AFTER_HYPHEN.match(s, a.j):
        return False  # "TEN-T", "ONE-X": letters of a name, not a number
    if low == "zero" and (a.left.endswith("-") or s[a.j:a.j + 1] == "-" or _ZERO_POLICY.match(s, a.j)
                          or a.left.rstrip().lower().endswith("net")):
        return False  # "net-zero", "zero-tolerance", "net zero", "zero emissions": a policy's name, not a figure
    if _ORDINAL_WORD_AFTER.match(s, a.j):
        return False  # "the twenty-sixth dynasty", "their twenty-first win": an ordinal
    if low.split()[0] in _CENTURIES and _SPOKEN_YEAR_REST.match(s, a.j) or _SPOKEN_CENTURY_BEFORE.search(a.left) \
            and _SPOKEN_YEAR_REST.match(low):
        return False  # "since nineteen ninety-seven", "in nineteen twelve": a year said in words
    if _SPOKEN_YEAR_2000S.fullmatch(low) and _YEAR_PREPOSITION.search(a.left) and not _NOUN_NEXT.match(s, a.j):
        return False  # "life sentences in two thousand one": a year said in words
    if (before := _tail(a.left)[-1:]) and before[0] in LABEL_WORDS and not a.left.endswith(("-", "- ")):
        return False  # "phase two", "our number one priority", "stage three": a label, as "page 12" is
    if low == "one" and _ONE_EACH.match(s, a.j) and len(_ONE_EACH_ANY.findall(s, max(0, a.j - 120), a.j + 120)) >= 2:
        return False  # "three officers, one for South East Wales, one for North Wales": each of them
    if low == "one" and a.left.lower().endswith("day ") and _DAY_ONE_AFTER.match(s, a.j):
        return False  # "from day one", "on day one of the trial": from the start, the first day
    if low == "one" and (_RECIPROCAL_AFTER.match(s, a.j) or _RECIPROCAL_BEFORE.search(a.left)):
        return False  # "one-on-one talks", "one-to-one tuition", "one by one": how, not how many
    if low != "one" or _HYPHENED_SIZE.match(s, a.j) and not a.left.endswith("-"):
        return True  # "one" before a hyphened noun is a size: "a one-pack limit", "a one-day strike"
    if _ONE_COUNTED_BEFORE.search(a.left) and not _ONE_PRONOUN_AFTER.match(s, a.j) or _PERCENT_AFTER.match(s, a.j):
        return True  # "at least one occasion", "only one day to test it", "all but one of the states", "a one
        # percent increase"
    return not (_ONE_PRONOUN_BEFORE.search(a.left) or _ONE_INDEFINITE_AFTER.match(s, a.j)
                or _ONE_AFTER_ADJECTIVE.search(a.left) and _NO_NOUN_AFTER.match(s, a.j)
                or _ONE_ALONE_AFTER.match(s[a.j:a.j + 20]) or _ONE_INDEFINITE_SUBJECT.match(s, a.j)
                or _one_picks(s, a.j) or _one_opens_as_a(s, a, i))


# What "One <noun>" opening a sentence still counts: a casualty ("One man was killed", "One child was
# among the dead").
_CASUALTY_AFTER = re.compile(r"[^.;]*?\b(?:killed|died|dead|injured|wounded|hurt|missing|hospitali[sz]ed|drowned|"
                             r"rescued|arrested|detained|charged|infected|confirmed)\b", re.I)
_NOUN_NEXT = re.compile(r"\s+(?!(?:in|out|of|or|and|to|per|is|was|has|had|more|less)\b)[A-Za-z]")


def _one_opens_as_a(s: str, a: _Amount, i: int) -> bool:
    """ "One study found", "One news site, Znak.com, claims", "One recent evening": "One" opening a
    sentence before a noun reads as "a" or "a certain", as "One woman said" does: not before a unit
    ("One year later"), a ratio ("One in five") or a casualty count ("One man was killed")."""
    return a.raw == "One" and bool(_SENTENCE_START.search(s[max(0, i - 4):i]) or i == 0) \
        and bool(_NOUN_NEXT.match(s, a.j)) and not (_UNIT_WORD.match(s, a.j) or _AGE.match(s, a.j)
                                                   or _CASUALTY_AFTER.match(s, a.j))


def _one_picks(s: str, j: int) -> bool:
    """Whether "one" before s[j:] picks one of a group ("one faction of the party", "one man ... others")
    rather than counting: never before a unit of measure or time ("one year of the contract")."""
    if _UNIT_WORD.match(s, j) or _AGE.match(s, j):
        return False
    cm = _ONE_CORRELATIVE.match(s, j)
    if cm and not (cm.group("before")[0].isdigit() or _WORD_RE.fullmatch(cm.group("before"))):
        return True
    return bool(_ONE_OF_GROUP.match(s, j) or _ONE_PRONOUN_PLACE.match(s, j) or _ONE_BESIDE_A.match(s, j))


def _read_share(s: str, a: _Amount):
    """ "one in five children", "1 in 10 adults": a share, written as a ratio."""
    rm = _ONE_IN.match(s, a.j)
    if not rm or a.value >= 20 or _YEAR_LIKE.fullmatch(rm.group("d")):
        return None
    d = rm.group("d")
    den = float(d) if d.isdigit() else _parse_words(d)
    if not den or den <= a.value or rm.group().split()[0].lower() == "out" and not (a.value == 1 or den <= 10
                                                                                 or den in (100, 1000)):
        return None  # "17 out of 18 districts", "7 out of 20 cases": a tally, two counts, no share
    obj, _, _ = _counted(s, rm.end(), 2)
    claim = Claim(text="", number_text=s[a.start:rm.end()], start=a.start, end=rm.end(), value=a.value / den,
                  object=obj, confidence=0.7)
    return claim, "fraction", rm.end()


def _currency_before(a: _Amount) -> None:
    """A currency sign before the figure: "$", "€", "US$"."""
    if a.currency:
        return
    cm = _CUR_BEFORE.search(a.left)
    if cm:
        cur = cm.group("cur")
        a.currency = CURRENCY_PREFIX[cur] if cur in CURRENCY_PREFIX else CURRENCY_PREFIX.get(cur.replace(" ", ""))
        a.start -= len(cm.group())
        a.left = a.left[:len(a.left) - len(cm.group())]


def _sign_before(a: _Amount) -> None:
    """A sign before the figure ("-3", "minus 260", "+2.1%"); a hyphen glued to a word is no sign ("COVID-19")."""
    a.glued = bool(a.digits and _GLUED_BEFORE.search(a.left) and not _PREFIX_BEFORE.search(a.left))
    if a.left.lower().endswith(("plus or minus ", "+/- ", "± ")):
        return
    sm = _SIGN_BEFORE.search(a.left)
    if sm and not a.glued:
        a.sign_written = sm.group("sign").strip()
        if sm.group("sign").strip(" -").lower() in ("", "−", "–", "minus", "negative"):
            a.sign = -1.0
        a.start -= len(sm.group())
        a.left = a.left[:len(a.left) - len(sm.group())]


_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")
_SCORE = re.compile(r"[-–]\d{1,2}\b(?![.,]?\d|\s*%)")
_AGE_BRACKET = re.compile(r"\s*(?:to|-|–|and)\s*(?P<top>\d+)\b")
_DECADE = re.compile(r"([1-9]0)s\b")
_DECADE_BEFORE = re.compile(r"\b(?:their|his|her|my|your|our|early|mid|late|mid-)\s*-?$", re.I)
_APPOSITIVE_AGE_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s$")
_APPOSITIVE_AGE_AFTER = re.compile(r",\s+(?:(?:who|from|of|and|a|an|the|has|had|was|is|said|says|told|"
                                   r"to|in|at|for|with|on|after|before|[a-z]+ed|"
                                   # ("Oyler, 38, set the fire": verbs that do not end in -ed)
                                   r"set|won|led|left|took|made|got|ran|hit|fled|fell|went|came|saw|gave|lost|kept|"
                                   r"paid|sold|spent|wrote|spoke|stood|sat|shot|stole|drove|became|began|broke|"
                                   r"lives|works|faces|remains|will|would|could|can|must|also)\b)|\)|,\s*$")


def _age_decade(s: str, a: _Amount):
    """ "in their 30s", "a man in his early 40s": an age between 30 and 39, unit year."""
    dm = _DECADE.match(s, a.m.start("d")) if a.digits and a.integer else None
    if not dm or not _DECADE_BEFORE.search(a.left):
        return None
    low = float(dm.group(1))
    claim = Claim(text="", number_text=dm.group(0), start=dm.start(), end=dm.end(), value=low, lower=low,
                  upper=low + 9, unit="year", confidence=0.7)
    return claim, "count", dm.end()


def _an_age(s: str, a: _Amount, tail: list[str]) -> bool:
    """A bare age: "died aged 27", "aged between 18 and 34", "Jane Doe, 56, said", "(56)" after a name."""
    if not (float(a.value).is_integer() and 0 < a.value <= 120):
        return False  # ("fifteen" is whole, though written in words)
    if tail and (tail[-1] in ("aged", "age", "ages") or tail[-2:] in (["aged", "between"], ["age", "of"])):
        return True  # "died aged 27", "at the age of 87"
    return bool(a.digits and _APPOSITIVE_AGE_BEFORE.search(a.left) and _APPOSITIVE_AGE_AFTER.match(s, a.j))


_AGE_OF = re.compile(r"\bthe\s+age\s+of\s+$", re.I)
# Programmes, titles and consoles written with figures: "a show called 100% Homegrown", "the PS3".
_NAMED_BEFORE = re.compile(r"\b(?:called|named|titled|entitled|dubbed|show|programme|program|album|single|"
                           r"film|series|band|brand)\s+[\"“‘']?$", re.I)
# A work named by its number alone: "his role in film 42", "the album 21".
_WORK_BEFORE = re.compile(r"\b(?:film|movie|album|song|single|novel)\s+$", re.I)
_CAPITALISED_NEXT = re.compile(r"[\s-]+[A-Z][a-z]")


# "net zero", "zero tolerance", "zero-sum", "zero-hours contracts": "zero" naming a policy, not a count.
_ZERO_PHRASE = re.compile(r"(?<=net\s)zero\b|zero(?=[\s-]+(?:tolerance|sum|hours?)\b)", re.I)


# Airliners named by number: "the 747", "Boeing 737 MAX", "the A300 and 747", "any 707s".
_AIRLINER = re.compile(r"7[0-8]7")
_MODEL_BEFORE = re.compile(r"\b(?:Boeing|the|a|an|and|any|its|their)\s+$")
_MODEL_AFTER = re.compile(r"(?P<model>(?:-\d+)?s?)(?:\s*[,.;:)\"”]|\s+(?:was|is|were|are|has|had|involved|jet|jets|"
                          r"jetliner|aircraft|airliner|airliners|plane|planes|freighter|jumbo|MAX|Max|Dreamliner|"
                          r"as|and|or|in|on|that|which)\b)")
_EVENT_AFTER = re.compile(r"\s*(?:hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay|steeplechase)\b",
                          re.I)


def _a_name(s: str, a: _Amount) -> bool:
    """Whether the figure is part of a name: a console "PS3" (ASCII-folded £ before one digit), or a
    figure right after "called"/"a show" and before a capitalised word ("100% Homegrown")."""
    if a.m.group("code") == "PS" and len(a.raw) == 1 and not a.has_mag:
        return True
    if a.raw.lower() == "zero" and _ZERO_PHRASE.match(s, a.start):
        return True
    end = a.m.end("d") if a.digits else a.m.end()
    if a.digits and _WORK_BEFORE.search(a.left) and not a.unit and not a.currency:
        return True
    if a.unit in ("metre", "kilometre", "mile", "yard") and _EVENT_AFTER.match(s, _unit(s, a.j)[1]):
        return True  # "won the 400 metres hurdles", "the 100m freestyle": the name of a race
    return bool(_NAMED_BEFORE.search(a.left) and (_CAPITALISED_NEXT.match(s, end) or a.unit and
                                                  _CAPITALISED_NEXT.match(s, _unit(s, a.j)[1])))


_COMPARED_THAN = re.compile(rf"\b(?:{'|'.join(COMPARATIVES)})\s+than\s+$", re.I)
_VULGAR_FRACTION = re.compile(r"[^\S\n]?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])")


def _slash_and_glued_letters(s: str, a: _Amount) -> bool:
    """A fraction written with a slash ("1/2 pound") read in; False for "24/7"-like slashes and for letters
    glued to digits that make a name or an ordinal ("4G", "20th", "1970s")."""
    j = a.j
    if a.digits and a.integer and (vm := _VULGAR_FRACTION.match(s, j)):
        a.value += unicodedata.numeric(vm.group(1))  # "1½ hours", "within 1 ½ seconds"
        a.j = vm.end()
        a.integer = False
        return True
    if a.digits and j < len(s) and s[j] in "/⁄":
        fm = _SLASH_FRACTION.match(s[j:j + 6])
        if fm and a.integer and 1 < int(fm.group(1)) and a.value < int(fm.group(1)) and not _SLASH_CUR.match(s, j):
            a.value /= int(fm.group(1))
            a.j += fm.end()
            a.integer = False
        elif not _SLASH_CUR.match(s, j):
            return False
    return not (a.digits and _ORDINAL.match(s, a.j))


# "two years ago", "nearly a decade ago": points in time, no figures ("six minutes later" the
# annotators count: a span between two events).
_AGO = re.compile(r"(?:\s+(?:decades?|centuries|century))?\s+ago\b", re.I)
# Words joined to a number that make an adjective of it: "one-time", "one-off", "two-legged".
_NUMBER_ADJECTIVE = re.compile(r"-(?:time|off|way|sided|legged|handed|eyed|horse|party|size|fits-all)\b", re.I)
# Earthquakes are measured by magnitude: "a magnitude 5.2 earthquake", "over magnitude 4.5", "a
# 4.7-magnitude quake", "a 6.4 quake" (a decimal under 10 before a quake is its magnitude).
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+(?:of\s+)?$|\b(?:earthquake|quake|tremor|temblor|aftershock)s?\s+"
                               r"(?:measuring|registering)\s+$", re.I)  # "a second earthquake measuring 5.6"
_QUAKE_WORDS = {"earthquake", "quake", "tremor", "temblor", "aftershock"}
_QUAKE_AFTER = re.compile(r"[\s-]+(?:magnitude[\s-]+)?(?:earthquake|quake|tremor|temblor|aftershock)\b", re.I)


def _quake_magnitude(s: str, a: _Amount) -> bool:
    """Whether the figure is an earthquake's magnitude; if so its unit becomes "magnitude"."""
    if a.currency or a.value >= 10 or a.unit not in _QUAKE_WORDS | {"magnitude", None}:
        return False
    if _MAGNITUDE_BEFORE.search(a.left) or a.unit == "magnitude" \
            or not a.integer and (a.unit in _QUAKE_WORDS or _QUAKE_AFTER.match(s, a.j)):
        a.unit = "magnitude"
        a.kind = "measure"
        return True
    return False
# The reporting periods of statistics ("GDP grew 0.6% in the three months to June", "compared with
# the previous three-month period") name a span of the calendar, as "the first half of 2004" does.
_PERIOD_UNITS = {"month", "week", "year", "quarter", "day"}
_REPORTING_PERIOD_BEFORE = re.compile(r"\bthe\s+(?:(?:previous|preceding|latest|same|comparable|past|last)\s+)?$",
                                      re.I)
_PERIOD_TO_MONTH = re.compile(r"\s+(?:to|ending|ended)\s+(?:(?:the\s+)?end\s+of\s+)?(?:" + alternation(MONTHS)
                              + r")\b", re.I)
_PERIOD_WORD = re.compile(r"(?:-(?:month|week|year|day|quarter))?[\s-]+period\b", re.I)
_JOINED = re.compile(r"[\w/⁄]*")
_AND_A_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b", re.I)
_HYPHENED_NOUN = re.compile(r"-([a-z][a-z]+)\b(?!-)")
_AGE_COMPOUND = re.compile(r"-\w+-old\b")
_WORD_AFTER = re.compile(r"\s+([a-z][a-z\-]+)\b")


_MORE_BEFORE_UNIT = re.compile(r"\s+(?:more|fewer|additional|extra|further)(?=\s)", re.I)
_OF_SCALE = re.compile(r"\s+of\s+(hundred|thousand|million|billion)\b", re.I)


def _magnitude_and_unit(s: str, a: _Amount) -> int | None:
    """Magnitude ("bn"), then unit or currency after the figure; where the unit ends, or None for no figure."""
    mag, a.j = _magnitude(s, a.j, a.currency is not None)
    a.value *= mag
    a.has_mag = mag != 1.0
    if a.m.group("c") and (scale := _OF_SCALE.match(s, a.j)):
        a.value *= SCALES[scale.group(1).lower()]  # "a couple of thousand metres": 2,000
        a.j, a.has_mag = scale.end(), True
    unit, k = _unit(s, a.j)
    if unit is None and (more := _MORE_BEFORE_UNIT.match(s, a.j)) and _unit(s, more.end())[0] is not None:
        unit, k = _unit(s, more.end())  # "thirteen more years", "two extra hours"
    if unit is None and a.m.group("c") and (of := _OF_WORD.match(s, a.j)):
        unit, k = _unit(s, of.end())  # "the past couple of years": two years
        unit = unit if unit in _COUNT_NOUN_UNITS else None
        k = k if unit else a.j
    hm = _AND_A_HALF_AFTER.match(s, k) if unit in _COUNT_NOUN_UNITS else None
    if hm:
        a.value, a.integer, k = a.value + 0.5, False, hm.end()  # "more than a year and a half"
    if unit is None and a.currency is None and a.j < len(s) and _ATTACHED_LETTERS.match(s, a.j):
        return None
    if a.glued and (unit is None or a.left.endswith("-") and not a.left.endswith(" -")):
        return None
    if a.glued:
        a.sign = -1.0  # "Nikkei -0.8%"
    if s[a.j:a.j + 1] == "-" and not a.has_mag and a.currency is None and not _AGE_COMPOUND.match(s, a.j):
        # "a four-day tour", "a 20-room hotel", "a three-judge court": a size, the number alone
        # is the figure and the noun after the hyphen its unit (the figures guideline's rule).
        hm = _HYPHENED_NOUN.match(s, a.j)
        if hm is not None and hm.group(1) == "strong" and (member := _WORD_AFTER.match(s, hm.end())):
            # "a 1,000-strong civilian pool", "a 200-strong crowd": members of what follows.
            a.unit = a.obj = _singular(member.group(1).lower())
            return a.j
        if hm is not None:
            a.unit = unit or hm.group(1).lower()
            # The thing measured is the noun after a unit of measure ("a four-day tour" -> tour); a
            # counted noun is itself the thing counted ("a four-pack limit" -> pack).
            measure = unit or a.unit in _COUNT_NOUN_UNITS
            a.obj = _counted(s, hm.end(), 1)[0] if measure else hm.group(1)
            return a.j
    if unit and unit in CURRENCY_SUFFIX.values() and unit not in ("cent", "pence", "sen"):
        a.currency, unit = unit, None
        if (cents := _AND_CENTS.match(s, k)) is not None and (n := _small_number(cents.group("n"))) is not None:
            a.value, a.integer, k = a.value + n / 100, False, cents.end()  # "five dollars and fifteen cents"
    if a.currency and _US.match(s, k):
        k = _US.match(s, k).end()
    if a.currency:
        pm = _PER.match(s, k)
        unit = f"{a.currency} per {PER[pm.group('p').lower()]}" if pm else a.currency
        if pm:
            k = pm.end()
    a.unit = unit
    return k


_AND_CENTS = re.compile(r"\s+and\s+(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(?:cents?|pence)\b", re.I)


def _small_number(word: str) -> int | None:
    """A number under 100 in digits or words ("15", "fifteen", "seventy-five"); None for anything else."""
    if word.isdigit():
        return int(word)
    parts = word.lower().split("-")
    if all(p in SMALL for p in parts) and sum(SMALL[p] for p in parts) < 100:
        return sum(SMALL[p] for p in parts)
    return None


# A chamber passing or throwing out a measure by a tally is a vote: "the Senate passed the bill 72 to 26".
_PASSED = r"passed|approved|rejected|adopted|confirmed|overrode|overturned"
_TALLY_BEFORE = re.compile(r"\b(?:vot\w*|rul\w*|count|tally|margin|split|won|beat|defeated|lost|" + _PASSED
                           + r")\b[^.;]*$", re.I)
_VOTE_BEFORE = re.compile(r"\b(?:vot\w*|rul\w*|decision|majority|margin|split|tally|" + _PASSED + r")\b[^.;]*$", re.I)


_SCALE_WORD_END = re.compile(r"\b(hundred|thousand|million|billion)\b(?!.*\b(?:hundred|thousand|million|billion)\b)",
                             re.I)


# The change between the verb and "from": "by 12,131, from", "by 2.3 percentage points in the same period
# from", "4%, from".
_BY_THEN_FROM = re.compile(r"\s+(?:by\s+)?\S*\d\S*(?:\s+[a-z%]+){0,2}(?:\s+" + PERIOD_BEFORE_FROM
                           + r")?,?\s*from\s*$")


def _read_range(s: str, a: _Amount, tail: list[str]) -> int | None:
    """A range: "3 to 5", "15-22 miles", "between 3 and 5", "$10 to $15 billion". Returns where to resume
    when the pair is a score ("2-0"). In "grew from 40 to 1,796" the first figure is the earlier level of a
    change, not a range: it stays alone and `figure_changes` links it to the new level."""
    rm = _RANGE_SEP.match(s, a.j)
    if not rm:
        return None
    sep = (rm.group("sep") or rm.group("or") or "-").lower()
    last = tail[-1] if tail else ""
    before = s[max(0, a.start - 90):a.start]
    if (by := _BY_THEN_FROM.search(before)) is not None:
        before = before[:by.start()] + " from"  # "has gone up by 12,131, from 282,422 to 294,553": a change too
    if sep == "to" and last == "from" and is_change_from(_tail(before, 8)):
        # "increasing the confirmed death toll from 14 to 31": the verb may stand eight words back
        a.change_role = "earlier level"
        return None
    if sep == "to" and last == "by":
        return None  # "by 400m euros to 2.5bn euros": a change and the new level, not a range
    if not ((sep == "and" and last == "between") or sep in ("-", "–", "—", "through", "or")
            or (sep == "to" and (last in ("between", "from") or not _trend_of(tail)))):
        return None
    second = _read_second(s, rm.end(), a.currency)
    if second is None:
        return None
    v2, mag2, unit2, end2, _ = second
    if sep == "or" and not (a.value < v2 <= a.value + max(2, a.value) and mag2 == 1.0 and not a.has_mag):
        return None  # "one or two points", "three or four vessels": a range; "5 or 50" is two figures
    if not (a.unit is None or unit2 is None or a.unit == unit2 or a.unit.split(" per ")[0] == unit2):
        return None  # "grew at 3.0% to £251.9bn": a rate and a level, no range (and no "bn" for the rate)
    if not a.has_mag and mag2 != 1.0 and a.value * mag2 <= v2:
        a.value *= mag2
    elif not a.has_mag and (scale := _SCALE_WORD_END.search(s, rm.end(), end2)) and not _SCALE_WORD_END.search(a.raw) \
            and a.value * SCALES[scale.group(1).lower()] <= v2 < a.value * SCALES[scale.group(1).lower()] * 10:
        a.value *= SCALES[scale.group(1).lower()]  # "two to three hundred vehicles": 200 to 300
    if sep in ("-", "–") and a.integer and (v2 <= a.value or LOSING_BEFORE.search(a.left)) and not (a.unit or unit2):
        # A score: "won 2-0", "ruled 5-4". One figure, the first number, counted in goals (or votes).
        a.j = end2
        a.unit = "vote" if _VOTE_BEFORE.search(a.left) else "goal"
        a.score = True
        return None
    if sep == "to" and v2 < a.value and last not in ("from", "between"):
        if a.integer and not (a.unit or unit2) and _TALLY_BEFORE.search(a.left):
            # A tally: "the Senate voted 70 to 20", "an electoral count of 362 to 176". One figure, the first.
            a.j = end2
            a.unit = "vote" if _VOTE_BEFORE.search(a.left) else None
            a.score = True
        return None  # else "Biden led 48.4 percent to 42.5 percent": two figures; a range runs upwards
    if v2 != a.value:
        a.lower, a.upper = min(a.value, v2), max(a.value, v2)
        a.unit = a.unit or unit2
        a.j = end2
        a.kind = "measure" if a.unit else "count"
    return None


def _bounds(s: str, a: _Amount, tail: list[str]) -> None:
    """Bounds and hedges before the figure ("more than", "up to", "about", "sub-"), "or so" and "or more" after."""
    bm = _bound_of(tail)
    if bm and tail[-1] == "over" and a.unit in _COUNT_NOUN_UNITS and not a.age \
            and not set(tail[-2:-1]) & {"for", "of", "to", "by", "at", "with", "just", "slightly", "well", "little",
                                        "in"}:  # ("the best in over 50 years": a bound)
        # "create 3,000 jobs over five years": a span of time, not a bound ("for over 30 hours",
        # "a sentence of over 75 years", "run just over 60 days" are bounds).
        bm = None
    if bm and tail[-2:] == ["up", "to"] and _BRING_UP.search(s, max(0, a.start - 120), a.start):
        bm = None  # "brings the total up to 224": a new level, not a bound
        a.trend = "up"
    if bm:
        a.qualifier, n_words = bm
        if a.qualifier is not None:
            # Take the bound into number_text: back over its words in the text.
            ws = list(_NONSPACE.finditer(a.left))
            if len(ws) >= n_words:
                first = ws[-n_words]
                k = first.start() + len(first.group()) - len(first.group().lstrip("(\"“‘'"))
                a.start = min(a.start, a.left_base + k)
    elif _SUB_BEFORE.search(a.left):
        a.qualifier = "less than"
        a.start -= 4
    elif tail and tail[-1] in _QUALIFIER_VERBS and a.lower is None \
            and tail[-2:-1] not in (["the"], ["its"], ["their"], ["his"], ["her"], ["our"]):  # ("the top five": a rank)
        if set(tail[-4:-1]) & {"not", "never", "n't", "cannot", "won't", "can't", "wouldn't", "didn't", "doesn't"}:
            a.qualifier, a.upper = "not " + tail[-1], a.value  # "would probably not exceed 2.7 degrees": a ceiling
        else:
            a.qualifier, a.lower = tail[-1], a.value  # "sales topped 2 million", "to exceed 90 percent": a floor
    if a.qualifier is None and a.lower is None and _PRICE_FROM.search(a.left) and not _RANGE_ON.match(s, a.j):
        a.qualifier, a.lower = "more than", a.value  # "a licence costs from £7.10": the lowest price, a floor
    if a.qualifier is None and a.lower is None and a.digits and s.startswith("+", a.j) \
            and not s[a.j + 1:a.j + 2].isalnum():
        a.qualifier, a.lower, a.j = "more than", a.value, a.j + 1  # "magnitude 2+ earthquakes", "18+"
        unit, end = _unit(s, a.j) if a.unit is None else (None, a.j)
        if unit is not None:
            a.unit, a.j, a.kind = unit, end, "measure"  # "18+ years"
    ob = _OR_BOUND.match(s, a.j) if a.qualifier is None and a.lower is None else None
    if ob:
        a.qualifier = "more than" if ob.group("more") else "less than"
        a.j = ob.end()
    if a.lower is None and a.qualifier == "more than":
        a.lower = a.value
    elif a.lower is None and a.qualifier == "less than":
        a.upper = a.value
    elif a.upper is not None and a.qualifier in ("more than", "less than"):
        a.qualifier = None  # "within three to six months", "up to 3-4 days": the range is its own bound
    if a.qualifier is None and a.lower is None and (so := _OR_SO.match(s, a.j)):
        a.qualifier = so.group().strip().lower()


# Verbs that put a figure as a floor, kept as written, outside the figure's words (the figures guideline).
_QUALIFIER_VERBS = {"exceed", "exceeds", "exceeded", "exceeding", "top", "tops", "topped", "topping", "surpass",
                    "surpasses", "surpassed", "surpassing", "eclipsed", "eclipsing", "passing"}
# A verb that raises a total to a new level, with "up to" after its object: "brings the total of
# deaths up to 224", "took the tally up to nine".
_BRING_UP = re.compile(r"\b(?:brings?|brought|bringing|takes?|took|taking|pushe[sd]?|pushing)\s+[^\s,;.][^,;.]{0,80}?"
                       r"\s+up\s+to\s*$", re.I)


_SIZE_UNITS = ("percent", "point", "percentage point", "basis point")


def _trend(s: str, a: _Amount, tail: list[str]) -> str | None:
    """Change: "rose 60%", "down 58.06 points", "-1.3%", "34.4% higher"."""
    trend = _trend_of(tail)
    if trend:
        return trend  # a verb of change said it
    if a.sign < 0 and a.unit in _SIZE_UNITS[:3]:
        return "down"
    if a.sign_written in ("+", "plus") and a.unit in _SIZE_UNITS[:3]:
        return "up"
    ta = _TREND_AFTER.match(s, a.j)
    if ta and (a.unit in _SIZE_UNITS or a.currency and ta.group(0).strip().lower() in ("higher", "lower")):
        return "up" if ta.group("up") else "down"
    return None


def _finish_amount(s: str, a: _Amount):
    """The counted thing ("7,000 bodies"), then the claim; a bare year-like number is a year after all."""
    obj = a.obj
    if a.unit is None:
        obj, unit_np, _ = _counted(s, a.j, a.value)
        pm = _PREDICATE_COUNT.match(s, a.j) if unit_np is None and a.value != 1 else None
        if pm:
            # "Of the dead, 11 were Brazilian peacekeepers": a plural noun after "were" is what is counted.
            p_obj, p_unit, _ = _counted(s, pm.end() - 1, a.value)
            if p_obj and _plural(p_obj.split()[-1]):
                obj, unit_np = p_obj, p_unit
        if unit_np:
            a.unit = unit_np
            a.kind = "count"
    resume = max(a.j, a.m.end())
    if a.currency is None and (base := _PER_BASE.match(s, a.j)):
        # "seven per 100,000 people", "four deaths per 100,000": a rate; its base is no figure.
        a.unit = " ".join(w for w in (a.unit, "per", base.group("n"), base.group("of")) if w)
        a.kind, resume = "measure", base.end()
    if a.unit in _COUNT_NOUN_UNITS:
        a.kind = "count"
    if a.unit == "fold":
        a.unit, obj, a.kind = None, None, "multiplier"  # "a 10-fold rise", "a thousand fold": a multiplier, no unit
    if a.digits and a.integer and len(a.raw) == 4 and 1800 <= a.value <= 2100 and not a.currency \
            and not a.has_mag and a.qualifier is None and (not a.unit or obj and not obj.endswith("s")):
        return None  # a year, alone or before one thing: "in a 1994 agreement", "the 2006 conference"
    if _AGO.match(s, a.j) or _NUMBER_ADJECTIVE.match(s, a.j):
        return None  # "two years ago": a point in time, not a figure (the figures guideline's rule)
    if a.digits and a.integer and not a.currency and _ERA_AFTER.match(s, a.m.end("d")):
        return None  # "from about 664 b.c.e. to 250 c.e.": years
    if a.unit in _PERIOD_UNITS and _REPORTING_PERIOD_BEFORE.search(s, max(0, a.start - 30), a.start) \
            and (_PERIOD_TO_MONTH.match(s, a.j) or _PERIOD_WORD.match(s, a.j)):
        return None  # "in the three months to June", "the previous three-month period": a calendar period
    claim = Claim(text="", number_text=s[a.start:a.j], start=a.start, end=a.j, value=a.value, lower=a.lower,
                  upper=a.upper, qualifier=a.qualifier, unit=a.unit, object=obj, trend=a.trend,
                  confidence=_confidence(a.m, a.qualifier, a.unit), change_role=a.change_role)
    return claim, a.kind, resume


# The base of a rate: "per 100,000 people", "per 1,000 live births", "per 100,000".
_PER_BASE = re.compile(r"(?:\s+[a-z][\w’'\-]*){0,3}?\s+per\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
                       r"(?:\s+(?P<of>(?:live\s+)?(?:people|population|men|women|children|[a-z]+s))\b)?")
_PREDICATE_COUNT = re.compile(r"\s+(?:were|are)\s+(?:all\s+)?(?=[A-Za-z])", re.I)


# A bare order of magnitude that is the subject of its verb counts the people doing it: "Thousands
# have protested", "hundreds were arrested".
_VAGUE_SUBJECT = re.compile(r"\s+(?:have|had|were|are|will|would|could|may|might)\s+(?:been\s+|also\s+|now\s+)?"
                            r"(?!(?:between|even|then|when|often|open|seven|ten)\b)[a-z]{2,}(?:ed|en|n)\b")


def _read_vague(s: str, m: re.Match):
    """ "tens of thousands", "billions of dollars", "dozens": an order of magnitude, as a lower bound."""
    raw = m.group("v").lower()
    words = raw.split()
    base = VAGUE[words[-1]]
    if words[0] == "tens":
        base *= 10
    elif words[0] == "hundreds" and len(words) > 1:
        base *= 100
    # A bare "hundreds" must count something: "hundreds of miles", "thousands of tests".
    after = s[m.end():m.end() + 60]
    om = re.match(r"\s+of\s+(?!(?:them|us|you|those|these|it)\b)", after)
    nm = _NP_WORD.match(s, m.end())
    if not om and not (nm and nm.group(1).lower() not in _STOP) and not _VAGUE_SUBJECT.match(s, m.end()):
        return None
    j = m.end() + (om.end() if om else 0)
    unit, k = _unit(s, j - 1 if om else j)
    if unit and unit in CURRENCY_SUFFIX.values() and unit not in ("cent", "pence", "sen"):
        pass
    obj = None
    end = m.end()
    if unit is None:
        obj, unit, _ = _counted(s, j - 1 if om else m.end(), 2)
        kind = "count"
    else:
        end = k
        kind = "measure"
        if re.match(r"\s+worth\s+of\s+", s[k:k + 12]):
            wm = re.match(r"\s+worth\s+of\s+", s[k:])
            obj, _, _ = _counted(s, k + wm.end() - 1, 2)
    # Between the base and the next order of magnitude: "thousands" is 1,000 to 10,000, "dozens" 12 to
    # 100; the value is the base, as both annotation guidelines it is measured with write it.
    claim = Claim(text="", number_text=s[m.start():end], start=m.start(), end=end, value=base, lower=base,
                  upper=base * 10 if base >= 100 else 100, unit=unit, object=obj, confidence=0.6)
    return claim, kind, end



def _read_fraction(s: str, m: re.Match):
    """ "a third of those screened", "half the revenue", "two-thirds", "half a million", "a quarter of a
    percentage point"."""
    raw = m.group("f")
    words = re.split(r"[\s-]+", raw.lower())
    frac = FRACTIONS[words[-1]]
    if words == ["a", "half"] and _UNIT_AND.search(s, max(0, m.start() - 20), m.start()):
        return _unit_and_a_half(s, m)
    # "fell by a third last year", "cut by half": the size of a change, a fraction whatever follows.
    changed_by = _CHANGED_BY.search(s, max(0, m.start() - 80), m.start()) is not None
    if len(words) == 1:
        if words[0] not in ("half",):
            return None  # "third" alone is an ordinal
        # "half" counts only as a share of something: "half the revenue", "half of voters".
        if not changed_by and not re.match(r"\s+(?:of\b|the\b|an?\s|its\b|their\b|his\b|her\b)|-an?-",
                                            s[m.end():m.end() + 16], re.I):
            return None
        num = 1.0
    else:
        num = 1.0 if words[0] in ("a", "one") else float(SMALL[words[0]])
        if words[0] in ("a", "one") and words[-1].endswith("s"):
            return None
    after = _ORDINAL_NEXT.match(s, m.end())
    if words[0] in ("a", "one") and after and after.group(1).lower() not in _FRACTION_NEXT \
            and not (changed_by and after.group(1).lower() in _AFTER_A_CHANGE):
        return None  # "a third success", "a fifth consecutive win", "cut by a third party": an ordinal
    value = round(num * frac, 12)  # "seven-tenths": 0.7, not 0.7000000000000001
    lb = s[max(0, m.start() - 12):m.start()]
    if re.search(r"\b(?:the|first|second|third|fourth)\s+$", lb, re.I) and len(words) == 1:
        return None
    end = m.end()
    unit = obj = None
    # "half a million", "a quarter of a percentage point", "half an hour".
    sm = _FRACTION_OF.match(s, end)
    if sm:
        if scale := sm.group("scale") or sm.group("bare"):
            value *= SCALES.get(scale.lower()) or SMALL[scale.lower()]
            end = sm.end()
        elif em := _CENTURY.match(s, sm.end()):
            # "half a century", "a quarter of a century": years.
            value, unit, end = value * (100 if em.group(1).lower() == "century" else 10), "year", em.end()
        else:
            u, k = _unit(s, sm.end() - 1)
            if u:
                unit, end = u, k
    if unit is None and end == m.end():
        om = _OF_NP.match(s, end)
        if om:
            obj = _clean_np(om.group("np"))
        else:
            nm = re.match(r"\s+(?:the|its|their|his|her)\s+([a-z]+(?:\s+[a-z]+){0,2})", s[end:end + 40], re.I)
            if nm:
                obj = " ".join(w for w in nm.group(1).split() if w.lower() not in _STOP) or None
    elif end > m.end() and unit is None:
        obj, unit, _ = _counted(s, end, 2)
    left = s[max(0, m.start() - 40):m.start()]
    tail = _tail(left)
    start = m.start()
    qualifier = None
    bm = _bound_of(tail)
    if bm and bm[0]:
        qualifier = bm[0]
        ws = list(_NONSPACE.finditer(left))
        start = max(0, m.start() - 40) + ws[-bm[1]].start()
    claim = Claim(text="", number_text=s[start:end], start=start, end=end, value=value, unit=unit,
                  object=obj, qualifier=qualifier, trend=_trend_of(tail), confidence=0.6,
                  lower=value if qualifier == "more than" else None, upper=value if qualifier == "less than" else None)
    return claim, "measure" if unit else "fraction", end



def _unit_and_a_half(s: str, m: re.Match):
    """ "the past year and a half", "an hour and a half": one and a half of the unit, one figure."""
    um = _UNIT_AND.search(s, max(0, m.start() - 20), m.start())
    unit = um.group("u").lower()  # each unit of time _UNIT_AND names is its own unit's name
    claim = Claim(text="", number_text=s[um.start():m.end()], start=um.start(), end=m.end(), value=1.5, unit=unit,
                  confidence=0.6)
    return claim, "count", m.end()


_ORDINAL_NEXT = re.compile(r"\s+([a-z][a-z-]*)\b(?!\s+of\b)")
# Words after the size of a change ("fell by a third last year", "by a quarter since 2010").
_AFTER_A_CHANGE = {"last", "since", "this", "over", "between", "after", "compared", "from", "in", "on", "during",
                   "within", "year", "years", "overall"}
_CHANGED_BY = re.compile(r"\b(?:" + _UP + "|" + _DOWN + r")\s+(?:[a-z]+\s+){0,2}?by\s+"
                         r"(?:(?:nearly|almost|about|around|roughly|more\s+than|over|some|just\s+over|just\s+under)\s+)?$",
                         re.I)
_UNIT_AND = re.compile(r"(?:\ban?\s+|\b)(?P<u>year|month|week|day|hour|minute|decade|century)\s+and\s+$", re.I)
# Words that may follow a fraction that is one: "a third more", "a quarter said", "half as much".
_FRACTION_NEXT = {"more", "less", "fewer", "higher", "lower", "as", "than", "off", "said", "say", "says", "were",
                  "was", "are", "is", "have", "had", "has", "will", "would", "could", "of", "the", "a", "an", "in",
                  "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "its", "their", "his", "her",
                  "percent", "per", "point", "century", "mile", "hour", "million", "billion", "thousand", "hundred",
                  "dozen", "cent"}
_PRICE_FROM = re.compile(r"\b(?:costs?|costing|priced|prices|fares|tickets|starts?|starting|rents?)\s+from\s+"
                         r"(?:just\s+|only\s+)?$", re.I)
_RANGE_ON = re.compile(r"\s*(?:to|-|–|and|up\s+to)\s*[£$€\d]", re.I)
_OF_WORD = re.compile(r"\s+of(?=\s)")
_CENTURY = re.compile(r"(century|decade)\b", re.I)
_FRACTION_OF = re.compile(r"(?:\s+|-)(?:(?:of\s+)?(?:an?|one)(?:\s+|-)"
                          r"(?:(?P<scale>hundred|thousand|million|billion|trillion|dozen)\b|(?=\w))"
                          r"|(?P<bare>hundred|thousand|million|billion|trillion)\b)", re.I)  # "a quarter million"
# "one in five children", "eight out of 10 adults": a share, written as a ratio.
_ONE_IN = re.compile(rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<d>\d+|{_WORD})\b", re.I)
