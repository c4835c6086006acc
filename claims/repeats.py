"""Repeats of checked claims: does a new figure or quote say again what a fact-checker has judged?

Pure functions over `Item`s (a stored claim or quote as plain values); claims.store.repeats reads
them from the database and keeps what they find. Two kinds of match:

- the same figure: a claim whose value agrees within the rounding of the less precise of the two
  ("7,000" and "7,040"; "1.2 million" and "1.23 million"), with the same kind of bound ("over" and
  "more than" alike; "nearly" is not "more than"), the same unit, no other year or month, no
  rise for a fall, and the same subject: most of the words around the number shared, or what it
  counts named alike in specific words ("the quake death toll" stands at or was revised to 310);
  no place or name that only one of them names, and not denied by one and asserted by the other.
  A figure that shares only the number, or only the subject, is not a repeat.
- the same words: a quote whose words, normalised (numbers read as numbers, "per cent" as "%",
  "over" as "more than", number words as digits), match after reordering or shortening, with the
  same numbers, years and names, and the same negation.

Whoever says it and however the speaker is spelled, it is a repeat; "same speaker" is added to
the reason when the speakers are the same. `Index` finds the judged items a new one may repeat
through blocking (figures by unit, rounded value and the words of their subject, quotes by their
rarest words), not by comparing every pair.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

__all__ = ["Item", "Match", "Index", "match", "normalise", "content_words", "worth_comparing"]

# --- the vocabulary -----------------------------------------------------------------------------

ONES = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if n > 1}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
MAGNITUDES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, **SCALES}
CURRENCIES = {"$": "usd", "£": "gbp", "€": "eur", "¥": "jpy"}
# Bounds written several ways, one way each.
BOUNDS = {"in excess of": "more than", "upwards of": "more than", "greater than": "more than",
          "well over": "more than", "just over": "more than", "over": "more than", "above": "more than",
          "at least": "more than", "fewer than": "less than", "below": "less than", "under": "less than",
          "as many as": "up to", "at most": "up to", "almost": "nearly", "approximately": "about",
          "roughly": "about", "around": "about", "some": "about"}
# What a figure's qualifier says of its value: a floor or a ceiling; any other qualifier (none, or a
# hedge as written: "about", "around", "some") is a point.
BOUND_KIND = {"more than": "floor", "less than": "ceiling"}


def _bound_kind(item) -> str:
    """floor, ceiling or point; a qualifier written as a verb ("topped", "exceeded") bounds by its lower."""
    if item.qualifier in BOUND_KIND:
        return BOUND_KIND[item.qualifier]
    if item.qualifier and item.lower is not None and item.upper is None:
        return "floor"
    return "point"
NEGATIONS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without"}
CONTRACTED = {"won't": "will not", "can't": "can not", "cannot": "can not", "n't": " not"}
MONTHS = {m: n for n, m in enumerate("january february march april may june july august september october "
                                     "november december".split(), 1)}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items()) if m != "may"})
# Words that say nothing of what a figure counts or what a quote claims.
STOP = set("""a an the and or but if then than that this these those there here of in on at to for from by with
as into onto about after before over under up down out off again further once is are was were be been being am
has have had having do does did doing will would shall should can could may might must it its it's they them
their theirs we us our ours you your yours he him his she her hers i me my mine who whom whose which what when
where why how all any both each few more most other some such only own same so too very just also now still yet
per cent percent nearly about less up according last this next year years month months week weeks day days today yesterday tomorrow
mr mrs ms dr sir lord lady said says say told tells tell added adds stated claimed reported announced insisted
warned noted explained argued according spokesman spokeswoman spokesperson minister officials official""".split())
NOT_NAMES = STOP | set(MONTHS)
SAY = re.compile(r"\b(?:said|says|say|told|tells|added|adds|stated|claimed|claims|reported|reports|announced|"
                 r"insisted|warned|noted|explained|argued|according to)\b", re.I)

NUMBER_WORDS = frozenset([*ONES, *TENS, *SCALES])
_NUMBER_WORD = "|".join(sorted([*ONES, *TENS, *SCALES, "a"], key=len, reverse=True))
_WORDS_NUMBER = re.compile(rf"\b(?:(?:{_NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?)?)*(?:{_NUMBER_WORD})\b", re.I)
_DIGITS = re.compile(
    r"(?P<cur>[$£€¥])?\s?(?P<num>(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?)"
    r"(?:(?P<mag>k|m|mn|bn|b|tn)\b|\s+(?P<scale>hundred|thousand|million|billion|trillion)\b)?"
    r"(?P<pct>\s?%|\s+per\s?cent\b|\s+percent\b)?", re.I)
_CONTRACTION = re.compile("|".join(map(re.escape, CONTRACTED)), re.I)
_BOUND = re.compile(r"\b(?:" + "|".join(sorted(BOUNDS, key=len, reverse=True)) + r")\b")
_WORDS_PERCENT = re.compile(r"#([^\s#]+?)(?<!pct)\s+(?:per\s?cent|percent)\b")
_RAW_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]")
_ANY_DIGIT = re.compile(r"\d")
_TOKEN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?")
_YEAR = re.compile(r"y\d{4}")
_TOKEN = re.compile(r"[#\w](?:[\w.'’#-]*[\w#])?")
_CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z’']+(?:[-’'][A-Z]?[a-z]+)*\b")


def _words_value(words: str) -> float | None:
    """ "seven thousand" 7000, "two hundred and forty" 240, "a million" 1e6; None if not a number."""
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word == "a":
            current = current or 1
        elif word in ONES:
            current += ONES[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current, seen = 0.0, True
    return total + current if seen else None


def _number_token(value: float, percent: bool = False, currency: str | None = None) -> str:
    """One token per number, so "7,000", "7000" and "seven thousand" read the same."""
    written = str(int(value)) if float(value).is_integer() and abs(value) < 1e18 \
        else f"{value:.6f}".rstrip("0").rstrip(".")
    return f"#{currency or ''}{written}{'pct' if percent else ''}"


def _replace_digits(m: re.Match) -> str:
    number = float(m["num"].replace(",", ""))
    magnitude = (m["mag"] or m["scale"] or "").lower()
    number *= MAGNITUDES.get(magnitude, 1)
    if not (m["cur"] or magnitude or m["pct"]) and "." not in m["num"] and "," not in m["num"] \
            and 1800 <= number <= 2099:
        return f" y{int(number)} "  # a year
    return f" {_number_token(number, bool(m['pct']), CURRENCIES.get(m['cur'] or ''))} "


def _replace_words(m: re.Match) -> str:
    text = m.group(0)
    if text.strip().lower() == "a":
        return text
    value = _words_value(text)
    if value is None:
        return text
    return f" {_number_token(value)} "


def normalise(text: str, published: str | None = None) -> str:
    """Lowercased words with numbers as tokens ("#7000", "#4.2pct", "#gbp2500000000"), years as "y2025"
    ("last year" read against `published`), bounds one way each and negations spelled out."""
    text = _CONTRACTION.sub(lambda m: CONTRACTED[m.group(0).lower()], text.replace("’", "'").replace("‘", "'"))
    if _ANY_DIGIT.search(text):
        text = _DIGITS.sub(_replace_digits, text)
    if not NUMBER_WORDS.isdisjoint(re.findall(r"[a-z]+", text.lower())):
        text = _WORDS_NUMBER.sub(_replace_words, text)
    if "cent" in text:
        text = _WORDS_PERCENT.sub(lambda m: f"#{m[1]}pct", text)
    text = text.lower()
    if published and published[:4].isdigit() and " year" in text:
        year = int(published[:4])
        text = re.sub(r"\b(last|this) year\b", lambda m: f"y{year - (m[1] == 'last')}", text)
    text = _BOUND.sub(lambda m: BOUNDS[m.group(0)], text)
    return " ".join(_TOKEN.findall(text))


def content_words(normalised: str) -> list[str]:
    """The words that carry meaning: no function words, no attribution, no numbers or years."""
    words = (w.strip("'.-") for w in normalised.split())
    return [w for w in words if w and w not in STOP and not w.startswith("#") and not _YEAR.fullmatch(w)]


SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ated", "ates", "ate", "ies", "ied",
            "ed", "ly", "s")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stem: "evacuated", "evacuation" and "evacuations" share "evacu", "nurses" is "nurse"."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def _without_attribution(text: str) -> str:
    """The claim without who said it: ", the minister said." and "Ms Ruiz said that" cut off."""
    if not SAY.search(text):
        return text
    clauses = re.split(r",\s+|\s+[-–—]\s+", text.strip().rstrip(".!?\"”'’"))
    while len(clauses) > 1 and SAY.search(clauses[-1]) and len(clauses[-1].split()) <= 9:
        clauses.pop()
    while len(clauses) > 1 and SAY.search(clauses[0]) and len(clauses[0].split()) <= 9:
        clauses.pop(0)
    text = ", ".join(clauses)
    head = re.match(r"^(?:[^,]{0,70}?)\b(?:said|says|told \w+|claimed|warned|insisted)\s+(?:that\s+)?", text, re.I)
    if head and len(head.group(0).split()) <= 9 and len(text) > head.end() + 10:
        text = text[head.end():]
    return text


# --- items and their features -------------------------------------------------------------------

@dataclass
class Item:
    """A stored claim or quote, as matching needs it. `said` is a claim's quote (what was reported
    without who reported it), when it was said in one."""

    kind: str  # claim | quote
    id: int
    text: str
    article_id: int | None = None
    published: str | None = None
    speaker_id: int | None = None
    speaker: str | None = None
    said: str | None = None
    number_text: str | None = None
    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    object: str | None = None
    time_scope: str | None = None
    trend: str | None = None  # up | down, when the sentence says the figure rose or fell

    @cached_property
    def features(self) -> "Features":
        return Features.of(self)


@dataclass
class Features:
    """What matching compares, computed once per item."""

    words: list[str]
    stems: frozenset[str]
    numbers: list[tuple[str, float]]  # (kind: "", "pct", "gbp"..., value), sorted
    years: frozenset[str]
    months: frozenset[int]
    negated: bool
    names: frozenset[str]
    joined: str = field(default="")  # the words, for rapidfuzz
    normalised: str = field(default="")

    @classmethod
    def of(cls, item: Item) -> "Features":
        text = item.said or item.text if item.kind == "claim" else item.text
        text = _without_attribution(text)
        normalised = normalise(text + (" " + item.time_scope if item.time_scope and item.time_scope.lower()
                                       not in text.lower() else ""), item.published)
        # The speaker's name, where the text names them ("Demir said"), is not what was said; the
        # words of "the tenants' union" may be.
        speaker = frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w'’-]*", item.speaker or ""))
        names = {w.lower() for w in _CAPITAL.findall(text)} - speaker - NOT_NAMES
        return cls.read(normalised, speaker, frozenset(stem(n) for n in names))

    @classmethod
    def read(cls, normalised: str, speaker: frozenset = frozenset(), names: frozenset = frozenset()) -> "Features":
        """The features of normalised text (of an item, or of a stretch of one)."""
        words, numbers, years, months, negated = [], [], set(), set(), False
        for token in normalised.split():
            if token[0] == "#":
                numbers.append(_token_number(token))
            elif token[0] == "y" and _YEAR.fullmatch(token):
                years.add(token)
            elif token in MONTHS:
                if token != "may":
                    months.add(MONTHS[token])
            else:
                negated = negated or token in NEGATIONS
                word = token.strip("'.-")
                if word and word not in STOP and word not in speaker:
                    words.append(word)
        return cls(words=words, stems=frozenset(map(stem, words)), numbers=sorted(numbers),
                   years=frozenset(years), months=frozenset(months), negated=negated, names=names,
                   joined=" ".join(words), normalised=normalised)


def _token_number(token: str) -> tuple[str, float]:
    """("pct", 4.2) of "#4.2pct", ("gbp", 2.5e9) of "#gbp2500000000": "£2bn" is not "$2bn"."""
    digits = _TOKEN_NUMBER.search(token)
    value = float(digits.group(0)) if digits else math.nan
    return _TOKEN_NUMBER.sub("", token[1:]), value


def _significant(number_text: str | None) -> int:
    """How many significant digits a figure was written with ("7,000": 1, "7,040": 3, "4.20": 3)."""
    digits = re.sub(r"[^\d.]", "", number_text or "")
    if not digits:
        return 1  # written in words: "seven thousand"
    if "." in digits:
        return max(1, len(digits.replace(".", "").lstrip("0")))
    return max(1, len(digits.lstrip("0").rstrip("0")))


def same_value(a: float, b: float, sig_a: int = 6, sig_b: int = 6) -> bool:
    """Whether two values agree within the rounding of the less precise (at least two significant
    digits: "7,000" is not "7,500")."""
    if a == b:
        return True
    if a is None or b is None or (a < 0) != (b < 0):
        return False
    sig = max(2, min(sig_a, sig_b))
    tolerance = 0.5 * 10 ** (math.floor(math.log10(max(abs(a), abs(b)))) - sig + 1)
    return abs(a - b) <= tolerance * (1 + 1e-9)


@dataclass
class Match:
    """A new item that repeats a judged one: how sure (0-1) and why."""

    item: Item
    judged: Item
    score: float
    reason: str


# --- matching -----------------------------------------------------------------------------------

def _conflict(a: Features, b: Features) -> bool:
    """Whether two texts cannot say the same thing: another year or month, a name or place only one
    of them has (on both sides), or one denies what the other says."""
    if a.years and b.years and not a.years & b.years:
        return True
    if a.months and b.months and not a.months & b.months:
        return True
    if a.negated != b.negated:
        return True
    return bool(a.names - b.stems - b.names) and bool(b.names - a.stems - a.names)


def _same_speaker(a: Item, b: Item) -> bool:
    if a.speaker_id is not None and a.speaker_id == b.speaker_id:
        return True
    surname = lambda s: (re.findall(r"[\w'-]+", s.lower()) or [""])[-1] if s else None  # noqa: E731
    return bool(a.speaker and b.speaker and surname(a.speaker) == surname(b.speaker))


def match_figure(new: Item, judged: Item) -> tuple[float, str] | None:
    """(score, "same figure") when the claim `new` states the judged claim's figure again."""
    if new.value is None or judged.value is None:
        return None
    if (new.unit or "").casefold() != (judged.unit or "").casefold():
        return None
    if _bound_kind(new) != _bound_kind(judged):
        return None
    sig_new, sig_judged = _significant(new.number_text), _significant(judged.number_text)
    if not same_value(new.value, judged.value, sig_new, sig_judged):
        return None
    ranged = lambda c: c.lower is not None and c.upper is not None  # noqa: E731  ("between 5 and 7")
    if ranged(new) != ranged(judged) or ranged(new) and not (
            same_value(new.lower, judged.lower, sig_new, sig_judged)
            and same_value(new.upper, judged.upper, sig_new, sig_judged)):
        return None
    a, b = new.features, judged.features
    if _conflict(a, b):
        return None
    if new.trend and judged.trend and new.trend != judged.trend:
        return None
    if _same_subject(a.stems, b.stems):
        if new.object and judged.object and not _objects_agree(new.object, judged.object, a, b):
            return None
    elif not _same_object(new, judged):
        return None
    return round(0.5 + 0.5 * len(a.stems & b.stems) / len(a.stems | b.stems), 2), "same figure"


def _same_subject(a: frozenset, b: frozenset) -> bool:
    """The words around two figures say the same thing: one's are all among the other's, with a few
    more ("unemployment" and "unemployment rose"), or nearly all are shared (three in four). One
    other word on each side is another claim: "evacuated" is not "died"."""
    shared = len(a & b)
    if not shared:
        return False
    if a <= b or b <= a:
        return len(a ^ b) <= max(3, shared)
    return shared / len(a | b) >= 0.75


# Objects that say what is counted in general words only: "7,000 people" may be evacuated or dead.
GENERIC_OBJECTS = {"people", "person", "persons", "number", "numbers", "figure", "total", "amount", "rate", "level",
                   "share", "cent", "percent", "times", "cases"}


def _object_stems(item: Item) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z'’-]*", (item.object or "").lower())
    unit = stem((item.unit or "").lower())
    return frozenset(stem(w) for w in words if w not in STOP and w not in GENERIC_OBJECTS) - {unit}


def _same_object(new: Item, judged: Item) -> bool:
    """Said in other words around it, a figure is the same one when what it counts is named the same
    way, in two specific words at least ("the death toll", "the flood's death toll"; not "people",
    not "the council", which may have spent or saved it): the sentences may differ ("stands at
    23", "was revised to 23")."""
    x, y = _object_stems(new), _object_stems(judged)
    return min(len(x), len(y)) >= 2 and (x <= y or y <= x)


def _objects_agree(x: str, y: str, a: Features, b: Features) -> bool:
    sx, sy = {stem(w) for w in x.lower().split()}, {stem(w) for w in y.lower().split()}
    return bool(sx & sy) or sx <= b.stems or sy <= a.stems


def _same_numbers(a: Features, b: Features) -> bool:
    return len(a.numbers) == len(b.numbers) and all(
        kind_x == kind_y and same_value(x, y) for (kind_x, x), (kind_y, y) in zip(a.numbers, b.numbers))


def match_quote(new: Item, judged: Item) -> tuple[float, str] | None:
    """(score, "same words") when the quote `new` says the judged quote's words again, reordered,
    shortened or with numbers written another way."""
    a, b = new.features, judged.features
    if not a.words or not b.words or len(a.stems & b.stems) < 0.6 * min(len(a.stems), len(b.stems)):
        return None
    if _same_numbers(a, b) and not _conflict(a, b) and not _swapped(a.stems, b.stems):
        ordered = fuzz.token_sort_ratio(a.joined, b.joined)
        if ordered >= 82 and _clauses_agree(a, b):
            return round(ordered / 100, 2), "same words"
    return _shortened(a, b) if len(a.words) <= len(b.words) else _shortened(b, a)


_CLAUSE_BREAK = re.compile(r"\b(?:and|but|while|whereas|or|so)\b")


def _clauses(f: Features) -> list[list[str]]:
    """The stems of each clause's words, in order (clauses split at "and", "but", "or" ...)."""
    clauses = ([stem(w) for w in part.split() if w not in STOP] for part in _CLAUSE_BREAK.split(f.normalised))
    return [c for c in clauses if c]


def _in_order(short: list[str], long: list[str]) -> bool:
    rest = iter(long)
    return all(word in rest for word in short)


def _clauses_agree(a: Features, b: Features) -> bool:
    """Clauses may come in another order, but each says the same in both, its words in order (one
    clause's words all found, in order, in a clause of the other): "taxes are lower and wages
    higher" is not "taxes are higher and wages lower"."""
    ca, cb = _clauses(a), _clauses(b)
    if len(ca) < 2 and len(cb) < 2:
        return True
    agree = lambda x, y: _in_order(x, y) or _in_order(y, x)  # noqa: E731
    return all(any(agree(x, y) for y in cb) for x in ca) and all(any(agree(x, y) for x in ca) for y in cb)


def _swapped(a: frozenset, b: frozenset) -> bool:
    """A word of one quote put in place of a word of the other ("fallen" for "risen", "schools" for
    "railways"): another claim in the same words, unless the quotes are long and only one word
    differs (a transcription's "kids" for "children")."""
    only_a, only_b = a - b, b - a
    if not only_a or not only_b:
        return False
    return len(a & b) < 8 or len(only_a) > 1 or len(only_b) > 1


def _shortened(short: Features, long: Features) -> tuple[float, str] | None:
    """A quote cut short: the shorter one's words found in order in the longer one, and the stretch
    of the longer one they match says the same numbers, years and negation."""
    if len(short.words) >= len(long.words):
        return None  # not cut short: the whole quotes were compared
    size = len(short.stems) + len(short.numbers)
    if size < 3 or size < 0.3 * (len(long.stems) + len(long.numbers)) or short.names - long.names - long.stems:
        return None
    found = fuzz.partial_ratio_alignment(short.normalised, long.normalised)
    if found is None or found.score < 88:
        return None
    start = long.normalised.rfind(" ", 0, found.dest_start) + 1
    end = long.normalised.find(" ", found.dest_end)
    stretch = Features.read(long.normalised[start:end if end >= 0 else None], names=short.names)
    if not _same_numbers(short, stretch) or _conflict(short, stretch) or short.years - long.years \
            or _swapped(short.stems, stretch.stems) or not _clauses_agree(short, stretch):
        return None
    return round(0.9 * found.score / 100, 2), "same words"


def match(new: Item, judged: Item) -> Match | None:
    """The match of a new item with a judged one of the same kind, or None. Never an item with
    itself or with an item of its own article."""
    if new.kind != judged.kind or (new.kind, new.id) == (judged.kind, judged.id):
        return None
    if new.article_id is not None and new.article_id == judged.article_id:
        return None
    found = (match_figure if new.kind == "claim" else match_quote)(new, judged)
    if found is None:
        return None
    score, reason = found
    if _same_speaker(new, judged):
        reason += ", same speaker"
    return Match(new, judged, score, reason)


# --- blocking -----------------------------------------------------------------------------------

def value_block(value: float) -> int:
    """Blocks of about 12% of a value (log scale): values within rounding are in the same block
    or the next one."""
    if value == 0:
        return 0
    return int(math.copysign(math.floor(math.log10(abs(value)) * 20) + 10_000, value))


RARE_WORDS = 5  # a new quote looks at the judged quotes sharing one of its rarest words,
COMMON_WORD = 200  # beyond the first two, only words fewer than this many judged quotes have


def _raw_stems(item: Item) -> frozenset[str]:
    """The stems of every word of an item: more than its features' (attribution and number words
    too), so blocking by them loses nothing, and ten times cheaper: the judged items' features are
    computed only for those a new item meets."""
    text = (item.said or item.text if item.kind == "claim" else item.text).lower()
    return frozenset(stem(w) for w in _RAW_WORD.findall(text) if w not in STOP)


def worth_comparing(item: Item, judged: Item) -> bool:
    """Whether `item` shares a word with the judged item's subject: a cheap test that passes every
    repeat, so that the archive's many figures of the same value are not all read closely."""
    return not _raw_stems(item).isdisjoint(judged.features.stems)


class Index:
    """The judged items, blocked for lookup: figures by unit, value block and each word of their
    subject but the unit's own ("people"; a figure that shares no word of its subject is no repeat,
    see _same_subject), quotes by word stem."""

    def __init__(self, judged: list[Item]):
        self.figures: dict[tuple, list[Item]] = {}
        self.by_stem: dict[str, list[Item]] = {}
        for item in judged:
            stems = _raw_stems(item)
            if item.kind == "claim":
                if item.value is not None:
                    unit, block = (item.unit or "").casefold(), value_block(item.value)
                    for s in stems - {stem(unit)} or stems:
                        self.figures.setdefault((unit, block, s), []).append(item)
            else:
                for s in stems:
                    self.by_stem.setdefault(s, []).append(item)

    def candidates(self, item: Item) -> list[Item]:
        if item.kind == "claim":
            if item.value is None:
                return []
            unit, block = (item.unit or "").casefold(), value_block(item.value)
            found = {(j.kind, j.id): j for b in (block - 1, block, block + 1) for s in item.features.stems
                     for j in self.figures.get((unit, b, s), ())}
            return list(found.values())
        known = sorted((len(self.by_stem[s]), s) for s in item.features.stems if s in self.by_stem)
        seen: dict[tuple, Item] = {}
        for taken, (count, s) in enumerate(known[:RARE_WORDS]):
            if taken >= 2 and count > COMMON_WORD:
                break
            for judged in self.by_stem[s]:
                seen[(judged.kind, judged.id)] = judged
        return list(seen.values())

    def find(self, item: Item) -> list[Match]:
        """Every judged item `item` repeats, best first."""
        found = [m for m in (match(item, judged) for judged in self.candidates(item)) if m]
        return sorted(found, key=lambda m: (-m.score, m.judged.id))
