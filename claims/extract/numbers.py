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

Then each figure gets its context: the object it counts or measures, the time scope, the claimant
(the speaker of the quote it stands in, the subject of a claim verb, or else the outlet) and whoever
disputes it in a following clause.

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
- a range has `lower` and `upper` and `value` = its first figure, or the figure reached for
  "from 208 to 193"; a bound sets `qualifier` and the one bound it names; a plural order of
  magnitude is a lower bound of two ("billions" >= 2 billion, "dozens" >= 24).
"""

from __future__ import annotations

import re

from .records import Claim, Quote
from .sentences import split_sentences
from .units import (CURRENCY_PREFIX, CURRENCY_SUFFIX, FRACTIONS, LABEL_WORDS, MAGNITUDES, MONTHS, PER,
                    SCALES, SMALL, STREET_SUFFIXES, SYMBOLS, UNITS, VAGUE, WEEKDAYS)


def _alternation(words, flags_escape=True):
    """A regex alternation of words, longest first so "per cent" wins over "per"."""
    return "|".join(re.escape(w) if flags_escape else w for w in sorted(words, key=len, reverse=True))


_SMALL_WORDS = [w for w in SMALL if w != "dozen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_WORD = (rf"(?:(?:{'|'.join(_TENS)})-(?:{'|'.join(_ONES)})|{_alternation(_SMALL_WORDS)}|dozen|"
         rf"hundred|thousand|million|billion|trillion)")
_CODES = "\\$US|US\\$|RM|EUR|USD|GBP|JPY|CHF|AUD|CAD|HKD|NZD|INR|CNY|RMB|PS|Rs\\.?"

# Where a number starts. Digits may carry a currency code glued in front ("EUR50m", "RM23.50");
# otherwise they must not be glued to a word ("A380", "G7" are names, not quantities).
_NUMBER = re.compile(
    rf"(?:(?<![A-Za-z])(?P<code>(?-i:{_CODES}))\s?|(?<![\w.,]))(?P<d>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|\.\d+)"
    r"|(?P<v>\b(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions|trillions)\b)"
    r"|(?P<f>\b(?:(?:a|one|two|three|four|five|nine)[\s-]+)?"
    r"(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b)"
    rf"|(?P<w>\b(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?{_WORD}"
    rf"(?:(?:\s+and\s+|\s+|-){_WORD})*\b)",
    re.I,
)
_WORD_RE = re.compile(_WORD, re.I)
# Where a number may start: a cheap scan, so that _NUMBER is only tried at a few positions.
_STARTERS = list(SMALL) + list(SCALES) + [
    "an?", "half", "halves", "thirds?", "quarters?", "fifths?", "tenths?", "tens", "dozens", "scores", "hundreds",
    "thousands", "millions", "billions", "trillions"]
_CANDIDATE = re.compile(
    rf"(?<![A-Za-z])(?-i:{_CODES})\s?\d|\d|(?<![\w.,\d])\.\d|(?<![A-Za-z])(?=[aotfsenhdzbqm])"
    rf"(?:{'|'.join(sorted(_STARTERS, key=len, reverse=True))})\b",
    re.I,
)

# Things made of digits that are not quantities, matched where the number starts.
_NOT_QUANTITY = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?"  # ISO date and time
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"  # 7/23/2025
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"  # clock times
    r"|\d+\.\d+\.\d+"  # versions, addresses
    r"|\d{3}\)\s?\d{3}[-.\s]\d{4}\b"  # (555) 123-4567, the "(" before
    r"|(?:\+?\d{1,3}[\s.-])?\d{3}[-.]\d{3}[-.]\d{4}\b|\d{3}-\d{4}\b"  # 555-123-4567
    r"|0\d{2,4}\s\d{3,4}\s\d{3,4}\b"  # 020 7946 0958
    r"|24/7"
)

_MAG_AFTER = re.compile(
    r"(?:\s+|-)?(?P<mag>(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)"
    r"(?:[\s-]+(?:hundred|thousand|million|billion|trillion))*)\b"
    r"|(?P<abbr>mn|mln|bn|bln|tn|trn|m|b|k)\b(?!\.\w)|\s(?P<abbr2>mn|bn|tn)\b",
    re.I,
)
_AGE = re.compile(r"(?:\s|-)?(?P<u>year|month|week|day)s?(?:\s|-)old\b|\s+years\s+of\s+age\b", re.I)
_UNIT_WORD = re.compile(rf"(?:\s|-)?(?P<u>{_alternation(UNITS)})(?![\w])", re.I)
_UNIT_SYM = re.compile(rf"(?:\s|-)?(?P<u>{_alternation(SYMBOLS)})(?![\w/])")
_CUR_AFTER = re.compile(rf"\s+(?P<u>{_alternation(CURRENCY_SUFFIX)})\b", re.I)
_PER = re.compile(rf"(?:\s+(?:per|a|an|each)\s+|\s?/\s?)(?P<p>{_alternation(PER)})\b", re.I)
_US = re.compile(r"\s+U\.?S\.?(?=\W)")
_ATTACHED_LETTERS = re.compile(r"[A-Za-z]")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b|'?s\b|’s\b", re.I)
_TIME_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|BST\b|EST\b|EDT\b|PST\b|PDT\b|CET\b|UTC\b|ET\b|"
                         r"o'clock|o’clock)")
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?(?:{_alternation(MONTHS)})\b\.?", re.I)
_STREET_AFTER = re.compile(rf"\s+(?:[A-Z][a-z]+\s+){{1,3}}(?:{_alternation(STREET_SUFFIXES)})\b", re.I)
_ZIP_AFTER = re.compile(r"\s+(?:ZIP|zip code|postcode)\b", re.I)
_RANGE_SEP = re.compile(r"\s*(?P<sep>-|–|—|to|and|through)\s*|(?P<slash>/)(?=[$€£])", re.I)
_SLASH_CUR = re.compile(r"/(?=[$€£])")

# Left context: matched against the text before the number, anchored at its end.
_CUR_BEFORE = re.compile(rf"(?P<cur>{_alternation(k for k in CURRENCY_PREFIX if not k.isalpha())})\s?$")
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<sign>[-−–]|minus[\s-]|negative\s|\+|plus\s)$", re.I)
_GLUED_BEFORE = re.compile(r"[A-Za-z]-$|[A-Z]{2,}\s-$")
_PREFIX_BEFORE = re.compile(r"\b(?:minus|sub|over|under|now|nearly|almost|about|roughly|some|up|down)-$", re.I)
_SUB_BEFORE = re.compile(r"\bsub-$", re.I)
_BOUNDS = {
    "more than": "more than", "over": "more than", "at least": "more than", "upwards of": "more than",
    "in excess of": "more than", "above": "more than", "greater than": "more than", "no less than": "more than",
    "not less than": "more than", "north of": "more than", "just over": "more than", "well over": "more than",
    "a minimum of": "more than", "at minimum": "more than", "a record": None,
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "up to": "less than", "at most": "less than", "no more than": "less than", "not more than": "less than",
    "as many as": "less than", "as much as": "less than", "as high as": "less than", "a maximum of": "less than",
    "just under": "less than", "shy of": "less than", "short of": "less than", "as little as": "more than",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "approx.": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "nearly": "about", "almost": "about",
    "close to": "about", "circa": "about", "c.": "about", "~": "about", "averaged": "about",
    "averaging": "about", "an average of": "about", "on average": "about", "or so": "about",
    "approaching": "about", "some estimated": "about", "the equivalent of": None,
}
_UP = ("rose|rise|rises|rising|risen|up|gained|gain|gains|gaining|added|adding|climbed|climb|climbs|climbing|"
       "jumped|jump|jumps|jumping|surged|surge|surges|soared|soar|soars|increased|increase|increases|increasing|"
       "grew|grow|grows|growing|advanced|advancing|advances|rallied|spiked|boosted|raised|higher|improved")
_DOWN = ("fell|fall|falls|falling|fallen|down|lost|lose|loses|losing|dropped|drop|drops|dropping|declined|decline|"
         "declines|declining|slid|slide|slides|sliding|slipped|slip|slips|tumbled|tumble|tumbles|plunged|plunge|"
         "plunges|plummeted|sank|sink|shed|sheds|shedding|decreased|decrease|decreases|eased|eases|dipped|dip|dips|"
         "lower|cut|cuts|shrank|shrunk|shrinks|contracted|retreated|slumped|sagged|reduced")
_TREND_AFTER = re.compile(r"(?:\s+|-)(?:(?P<up>higher|up|more|increase)|(?P<down>lower|down|less|decrease|drop))\b",
                          re.I)
_UP_WORDS = frozenset(_UP.split("|"))
_DOWN_WORDS = frozenset(_DOWN.split("|"))
# Words that may stand between a verb of change and its figure: "rose by about 5%".
_CHANGE_FILLER = {"by", "about", "around", "roughly", "some", "nearly", "almost", "just", "only", "over", "another",
                  "approximately", "further", "a", "an", "estimated", "more", "than"}
_BOUND_KEYS = {tuple(k.split()): v for k, v in _BOUNDS.items()}


def _tail(left: str) -> list[str]:
    """The last few words of the text before a figure, lowercased, cut at the last punctuation."""
    words = left.lower().split()[-5:]
    for n in range(len(words) - 1, -1, -1):
        if words[n][-1] in ",;:.!?)\"”":
            words = words[n + 1:]
            break
    return [w.lstrip("(\"“‘'") for w in words]


def _bound_of(words: list[str]) -> tuple[str | None, int] | None:
    """The bound or hedge ending `words` ("more than", "about"): (qualifier, how many words) or None."""
    for skip in (0, 1):
        if skip and not (words and words[-1] in ("just", "only", "a", "an")):
            break
        ws = words[:len(words) - skip] if skip else words
        for n in (3, 2, 1):
            if len(ws) >= n and tuple(ws[-n:]) in _BOUND_KEYS:
                return _BOUND_KEYS[tuple(ws[-n:])], n + skip
    return None


def _trend_of(words: list[str]) -> str | None:
    """ "up" or "down" when a verb of change leads to the figure: "rose 5%", "fell by about 3"."""
    for w in reversed(words):
        if w in _UP_WORDS:
            return "up"
        if w in _DOWN_WORDS:
            return "down"
        if w not in _CHANGE_FILLER:
            return None
    return None


_NONSPACE = re.compile(r"\S+")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’&.]*)[\s]+$")
_APPOSITIVE_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s$")
_APPOSITIVE_AFTER = re.compile(r"\s?[,)]")

# Words that, capitalised, may still stand before a quantity ("About 300", "Some 40").
_NOT_NAMES = {
    "about", "around", "some", "over", "nearly", "almost", "roughly", "approximately", "more", "fewer", "less",
    "only", "just", "exactly", "at", "up", "under", "between", "from", "of", "in", "on", "by", "since", "to",
    "with", "for", "and", "but", "than", "after", "before", "all", "another", "those", "these", "the", "a", "an",
    "each", "every", "there", "it", "they", "we", "i", "he", "she", "you", "our", "their", "his", "her", "its",
    "my", "your", "this", "that", "estimated", "also", "while", "when", "if", "as", "plus", "minus", "down",
    "within", "including", "among", "then", "now", "today", "yesterday", "last", "still", "almost", "however",
    "roughly", "nearly", "another", "both", "paid", "costs", "cost", "said", "says", "per", "least", "most",
} | WEEKDAYS

# Words that end a noun phrase.
_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "nor", "that",
    "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "will", "would", "could", "should", "may", "might", "can", "must", "shall", "do", "does", "did", "not", "than",
    "as", "per", "each", "this", "these", "those", "it", "its", "their", "his", "her", "our", "your", "my", "up",
    "down", "over", "under", "into", "out", "about", "after", "before", "since", "while", "during", "between",
    "including", "according", "said", "says", "so", "if", "when", "where", "because", "there", "here", "than",
    "more", "less", "fewer", "most", "least", "ago", "last", "next", "this", "year", "years", "month", "months",
    "week", "weeks", "day", "days", "today", "yesterday", "tomorrow", "now", "then", "also", "all", "both",
    "either", "neither", "such", "some", "any", "no", "only", "just", "even", "still", "again", "away", "back",
    "off", "through", "toward", "towards", "against", "among", "within", "without", "across", "via", "like",
    "unlike", "despite", "amid", "what", "how", "why", "them", "they", "we", "he", "she", "you", "i", "me", "us",
    "him", "get", "got", "make", "made", "take", "took", "go", "went", "come", "came", "see", "saw", "say",
    "tell", "told", "higher", "lower", "nationwide", "worldwide", "apiece", "annually", "each", "every", "or",
    "yet", "too", "very", "much", "many", "own", "based", "compared", "above", "below", "around", "until",
    "however", "several", "few", "other", "another", "same", "meanwhile", "currently", "finally",
    # Adjectives and adverbs that follow a measure: "six kilometres downstream", "90 percent full".
    "long", "wide", "high", "tall", "deep", "thick", "old", "away", "apart", "ahead", "behind", "later", "earlier",
    "downstream", "upstream", "north", "south", "east", "west", "full", "complete", "empty", "ready", "short",
    "overnight", "abroad", "overseas", "online",
    "larger", "smaller", "bigger", "cheaper", "faster", "slower", "better", "worse", "overall", "total",
} | MONTHS | WEEKDAYS | (set(_UP.split("|")) | set(_DOWN.split("|"))) - {
    "advanced", "improved", "reduced", "raised", "increased", "decreased", "cut", "boosted", "contracted"}
_IRREGULAR_PLURALS = {"people", "men", "women", "children", "police", "staff", "cattle", "feet", "teeth", "mice",
                      "geese", "personnel", "troops", "livestock", "data", "media", "crew", "clergy", "youth"}
_NP_WORD = re.compile(r"\s+(?:(?:of\s+)?(?:the|his|her|their|its|our|your|these|those)\s+)?"
                      r"([A-Za-z][A-Za-z'’&-]*)")
_DETERMINER_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|this|these|those)\s", re.I)
_NEXT_NP_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'’&-]*)")
_PRENOMINAL = re.compile(r"[\s-]+([A-Za-z][A-Za-z-]+(?:\s+[a-z][a-z-]+){0,2})")
_OR_SO = re.compile(r"\s+or\s+so\b", re.I)
_SLASH_FRACTION = re.compile(r"[/⁄](\d+)(?![/\d])")
_NEXT_WORD = re.compile(r"[\s\"'“”‘’(]*([A-Za-z][A-Za-z'’&.-]*)")
_OF_NP = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<np>[^,;:()]+?)(?=\s+(?:who|which|that|was|were|is|are|has|have|"
                    r"had|will|would|could|can|to|in|on|at|by|for|from|with|since|during|after|before|and|or|but|"
                    r"according|said|says|against|versus|compared|[a-z]{3,}(?<!e)ed)\b|[,;:()]|\.?$)", re.I)

# Context of the whole sentence.
_TIME_SCOPE = re.compile(
    rf"\b(?:(?:since|in|during|by|until|till|through|before|after|for|over|from)\s+(?:the\s+)?"
    rf"(?:(?:first|second|third|fourth|last|past|next|previous|same|fiscal|calendar)\s+)*"
    rf"(?:(?:{_alternation(MONTHS)})\.?(?:\s+\d{{4}})?|(?:18|19|20)\d\d|quarter|year|month|week|decade|"
    rf"period|season|half|(?:{_alternation(WEEKDAYS)})))\b"
    rf"|\b(?:last|this|next|past|previous)\s+(?:year|month|week|quarter|decade|season|summer|winter|spring|autumn|"
    rf"fall|(?:{_alternation(WEEKDAYS)}))\b"
    rf"|\b(?:from\s+)?(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?|days?)\s+(?:ago|earlier|before)\b"
    rf"|\byear[\s-](?:over|on)[\s-]year\b|\b(?:in|within|over)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|"
    rf"ten|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\b"
    rf"|\bso\s+far\s+this\s+(?:year|month|week|season)\b|\b(?:annually|a\s+year|per\s+year|each\s+year)\b",
    re.I,
)
_CLAIM_VERB = re.compile(
    r"(?P<subj>(?:[A-Z][\w'’.-]*\s+)*?(?:[A-Z][\w'’.-]*|officials|authorities|police|experts|analysts|researchers))"
    r"(?:,[^,]{1,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:claims|claimed|says|said|estimates|estimated|reports|reported|announced|announces|stated|"
    r"insists?|insisted|argues?|argued|alleges?|alleged|asserts?|asserted|maintains?|maintained|told|"
    r"believes?|believed|predicts|predicted|forecasts|projected|boasts?|boasted|say|claim|estimate)\b"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?P<subj>[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*)*"
                        r"|(?:a|an|the)?\s*[a-z]+(?:\s+[a-z]+)?)")
_DISPUTE = re.compile(
    r"(?:\b(?:although|though|but|while|whereas|however)\b,?\s+)?(?P<who>(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)\s+(?:has\s+|have\s+|had\s+)?(?:since\s+|also\s+|publicly\s+|strongly\s+)?"
    r"(?:disputed|disputes|dispute|denied|denies|deny|rejected|rejects|contested|contests|questioned|questions|"
    r"challenged|challenges|refuted|refutes|rebutted|dismissed|dismisses)\b"
    r"|\b(?:disputed|denied|rejected|contested|questioned|challenged)\s+by\s+(?P<by>(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*)"
)
# "that much" and "that figure" point back; other uses of "that" open a clause.
_CLAUSE_BOUNDARY = re.compile(r"[,;:(—–]|\s-\s|\b(?:which|who|while|whilst|whereas|although|though|because|but|"
                              r"as|with|after|when|if|so)\b|\bthat\b(?!\s+(?:much|many|number|figure|amount))|"
                              r"\b(?:said|says|say|told|tells|estimated|estimates|"
                              r"claimed|claims|believes|believed|reported|reports|noted|argued|insisted|"
                              r"warned|announced)\b(?:\s+that\b)?", re.I)
_VERB_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|his|her|some|about|around|more|nearly|almost|over|up|"
                          r"down|[$€£]?\d)", re.I)
_SUBJECT_WORD = re.compile(r"\s*([A-Za-z0-9&][\w'’&.-]*)")
_VERBISH = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
    "might", "can", "must", "cost", "costs", "averaged", "paid", "pays", "reached", "reach", "reaches", "hit",
    "hits", "stood", "stands", "closed", "finished", "ended", "traded", "sold", "sells", "raised", "wants",
    "expects", "charge", "charges", "amounted", "totalled", "totaled", "totals", "came", "comes", "went",
    "says", "said", "told", "announced", "reported", "received", "got", "gets", "earned", "earns", "spent",
    "spends", "now", "also", "still", "only", "just", "however", "reportedly", "allegedly", "typically",
    "currently", "already", "again", "then", "has", "lists", "offers", "offered", "took", "takes", "made",
    "makes", "produced", "produces", "saw", "sees", "holds", "held", "collected", "delivered", "claims",
    "met", "gave", "left", "kept", "found", "became", "brought", "bought", "built", "won", "sent", "led", "ran",
    "put", "thought", "felt", "knew", "meant", "wrote", "spoke", "drove", "flew", "chose", "broke", "struck",
    "shot", "caught", "fought", "drew", "threw", "began", "fed", "fled", "sank", "grew", "fell", "rose",
    "claimed", "estimated", "estimates", "noted", "opened", "started", "began", "plans", "planned", "needs",
} | set(_UP.split("|")) | set(_DOWN.split("|"))
_LEADING = re.compile(r"^(?:the|a|an|its|their|his|her|our|this|that|these|those|in|on|at|for|of)\s+", re.I)

_COUNT_NOUN_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}


def find_claims(text: str, paragraphs: list[tuple[int, int]], quotes: list[Quote], published: str | None = None,
                outlet: str | None = None) -> list[Claim]:
    """Every numeric claim in the article body, in reading order.

    `paragraphs` are the (start, end) spans of the body paragraphs of `text`; `quotes` the
    article's quotes, whose speaker becomes the claimant of a figure standing inside one.
    Offsets index `text` exactly as given.
    """
    claims = []
    for p_start, p_end in paragraphs:
        for s_start, s_end in split_sentences(text, p_start, p_end):
            found = find_figures(text, s_start, s_end)
            if not found:
                continue
            sentence = text[s_start:s_end]
            cues = (list(_CLAIM_VERB.finditer(text, s_start, found[-1].start)), _ACCORDING.search(text, s_start, s_end),
                    list(_DISPUTE.finditer(text, found[0].end, s_end)))
            for claim in found:
                _attribute(claim, text, (s_start, s_end), cues, quotes, outlet)
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
        skip = _NOT_QUANTITY.match(s, i)
        if skip and skip.end() > m.end() - 1:
            pos = skip.end()
            continue
        fig = _read_figure(s, m, start)
        if fig is None:
            continue
        claim, kind, pos = fig
        if claim is None:
            continue
        out.append(claim)
        kinds.append(kind)
    if out:
        _share_units(s, out, kinds)
        _add_context(s, start, out, kinds)
    return out


_OR_NEXT = re.compile(r"\s*(?:,\s*)?(?:or|and|to|-|–)\s*$")
_INHERIT = re.compile(r"\s*,?\s*(?:[\w'’-]+,?\s+){0,4}?,?\s*(?:up\s+from|down\s+from|from|compared\s+(?:with|to)|"
                      r"against|versus|vs\.?|including|of\s+which)(?:\s+(?:the|a|an))?\s*$|\s*,?\s*(?:and|or)\s*$|"
                      r".*\bcompared\s+(?:with|to)\s*$", re.I)
_LEVEL_AFTER = re.compile(r"\s*,?\s*(?:(?:to\s+(?:fall|rise|close|finish|end)\s+)?(?:to|at))\s*$", re.I)
_CHANGE_NEXT = re.compile(r"\s+(?:up|down|higher|lower)\s*$", re.I)


def _share_units(s: str, claims: list[Claim], kinds: list[str]) -> None:
    """A bare figure takes its unit from its neighbours: "eight or nine euros", "3.9 million headsets,
    up from 2.4 million", "rose 41.20 points to 6,105.30", "(7,210.55 up 31.40 points)"."""
    for n, c in enumerate(claims):
        if c.unit is not None:
            continue
        nxt = claims[n + 1] if n + 1 < len(claims) else None
        prev = claims[n - 1] if n else None
        if nxt and nxt.unit and _OR_NEXT.match(s, c.end, nxt.start) and kinds[n + 1] == "measure":
            c.unit = nxt.unit
        elif nxt and nxt.unit in ("point",) and _CHANGE_NEXT.match(s, c.end, nxt.start):
            c.unit = "point"  # an index level before its change
        elif prev and prev.unit and _INHERIT.match(s, prev.end, c.start) and prev.unit != "percent":
            c.unit = prev.unit
            if kinds[n - 1] == "count" and c.object is None:
                c.object = prev.object
            kinds[n] = kinds[n - 1]
        elif prev and _LEVEL_AFTER.match(s, prev.end, c.start):
            # A level after a change: in points when the change was counted in points.
            if any(p.unit == "point" and p.trend for p in claims[:n]):
                c.unit = "point"


def _parse_words(words: str) -> float | None:
    """Value of number words: "twenty-eight thousand six hundred forty-two" -> 28642."""
    total, current, seen = 0.0, 0.0, False
    for w in _WORD_RE.findall(words):
        w = w.lower()
        if w in SCALES:
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        elif "-" in w:
            tens, ones = w.split("-")
            current += SMALL[tens] + SMALL[ones]
        else:
            current += SMALL[w]
        seen = True
    return total + current if seen else None


def _read_number(s: str, m: re.Match) -> tuple[float, int, bool] | None:
    """(value, end, is_integer_digits) of the number matched by _NUMBER, before magnitude words."""
    if m.group("d"):
        raw = m.group("d")
        value = float(raw.replace(",", ""))
        return value, m.end("d"), "." not in raw and "," not in raw
    if m.group("w"):
        value = _parse_words(m.group("w"))
        return (value, m.end(), False) if value is not None else None
    return None


_MEASURE_ADJECTIVES = {"long", "high", "tall", "deep", "wide", "away", "thick", "across", "apart", "below", "above"}


def _magnitude(s: str, j: int, has_currency: bool) -> tuple[float, int]:
    """The multiplier written after a number at s[j:] ("million", "bn", "m") and where it ends."""
    mm = _MAG_AFTER.match(s, j)
    if not mm:
        return 1.0, j
    if mm.group("mag"):
        factor = 1.0
        for w in re.split(r"[\s-]+", mm.group("mag").lower()):
            factor *= SCALES.get(w) or MAGNITUDES[w]
        return factor, mm.end()
    abbr = (mm.group("abbr") or mm.group("abbr2")).lower()
    if abbr in ("b", "k") and not has_currency:
        return 1.0, j  # "4G", "10k run": not money, not a magnitude
    if abbr == "m" and not has_currency:
        # "4.6m tonnes", "1.9m sales", "5m people" are millions; "25m (82ft)", "a 100m sprint",
        # "1.8m tall" are metres.
        nw = _NEXT_WORD.match(s, mm.end())
        word = nw.group(1).lower().rstrip(".") if nw and nw.start(1) == mm.end() + 1 else ""
        decimal = "." in s[max(0, j - 8):j]
        if word in _MEASURE_ADJECTIVES or not (_plural(word) or (decimal and word)):
            return 1.0, j
    return MAGNITUDES[abbr], mm.end()


def _unit(s: str, j: int) -> tuple[str | None, int]:
    """The unit or currency written after a number at s[j:], normalised, and where it ends."""
    am = _AGE.match(s, j)
    if am:
        return (am.group("u") or "year").lower() + " of age", am.end()
    best = None
    for rx, table, fold in ((_CUR_AFTER, CURRENCY_SUFFIX, True), (_UNIT_WORD, UNITS, True),
                            (_UNIT_SYM, SYMBOLS, False)):
        um = rx.match(s, j)
        if um and (best is None or um.end() > best[1]):
            u = um.group("u")
            if not fold and len(u) == 1 and u in "lLVF" and um.start("u") != j:
                continue  # "5 L" is too often a letter; "1.0l" is a litre
            best = (table[u.lower()] if fold else table[u], um.end())
    if best is None:
        return None, j
    unit, k = best
    pm = _PER.match(s, k)
    if pm and unit not in ("percent", "percentage point"):
        unit = f"{unit} per {PER[pm.group('p').lower()]}"
        k = pm.end()
    return unit, k


def _read_figure(s: str, m: re.Match, base: int):
    """Read one figure at match m of _NUMBER. Returns (Claim, kind, resume position) or None."""
    if m.group("v"):
        return _read_vague(s, m)
    if m.group("f"):
        return _read_fraction(s, m)
    i = m.start("d") if m.group("d") else m.start()
    code = m.group("code")
    left_base = max(0, (m.start() if code else i) - 40)
    left = s[left_base:m.start() if code else i]
    num = _read_number(s, m)
    if num is None:
        return None
    value, j, integer = num
    raw = m.group("d") or m.group("w")
    start = m.start() if code else i

    # A word number needs more care: "one" is as often a pronoun as a count.
    if m.group("w"):
        low = raw.lower()
        if low.split()[0].split("-")[0] in SCALES:
            return None  # "million" alone is the tail of a figure read elsewhere
        if low == "dozen":
            return None  # "a baker's dozen"
        if raw[0].isupper() and i > 0 and not re.search(r"(?:^|[.!?:\"“(])\s*$", s[:i][-4:] or "^"):
            return None  # "BBC One", "Formula One"
        if low == "one" and (re.search(r"\b(?:the|this|that|each|every|no|any|same|which|another|only|"
                                       r"a|one|someone|anyone|no)\s+$", left, re.I)
                             or re.match(r"\s+(?:another|day|time|point|way|thing|side|hand)\b", s[j:j + 12], re.I)
                             or re.match(r"[\s,.]*$|\s+(?:is|was|of\s+(?:us|them|you|those|these))\b",
                                         s[j:j + 20])):
            return None

    # "one in five children", "1 in 10 adults": a share.
    if integer or m.group("w"):
        rm_ = _ONE_IN.match(s, j)
        if rm_ and value < 100:
            d = rm_.group("d")
            den = float(d) if d.isdigit() else _parse_words(d)
            if den and den > value:
                obj, unit, _ = _counted(s, rm_.end(), 2)
                claim = Claim(text="", number_text=s[start:rm_.end()], start=start, end=rm_.end(), value=value / den,
                              object=obj, confidence=0.7)
                return claim, "fraction", rm_.end()
    currency = None
    cm = _CUR_BEFORE.search(left)
    if code:
        currency = CURRENCY_PREFIX.get(code.rstrip(".") if code.startswith("Rs") else code, None)
        currency = currency or CURRENCY_PREFIX.get(code)
    elif cm:
        currency = CURRENCY_PREFIX[cm.group("cur")] if cm.group("cur") in CURRENCY_PREFIX else CURRENCY_PREFIX.get(
            cm.group("cur").replace(" ", ""))
        start = i - len(cm.group())
        left = left[:len(left) - len(cm.group())]
    sign = 1.0
    # "COVID-19", "F-35", "V-6" are names; "minus-260", "sub-7", "now-18" are not.
    glued = bool(m.group("d") and _GLUED_BEFORE.search(left) and not _PREFIX_BEFORE.search(left))
    sm = _SIGN_BEFORE.search(left) if not left.lower().endswith(("plus or minus ", "+/- ", "± ")) else None
    if sm and not glued:
        if sm.group("sign").strip(" -").lower() in ("", "−", "–", "minus", "negative"):
            sign = -1.0
        start -= len(sm.group())
        left = left[:len(left) - len(sm.group())]
    tail = _tail(left)
    last = tail[-1] if tail else ""
    if m.group("d") and last in ("aged", "ages", "age") or (last == "between" and len(tail) > 1 and tail[-2] == "aged"):
        am = re.compile(r"\d+(?:\s*(?:to|-|–|and)\s*\d+)?").match(s, i)
        return None, "skip", am.end()  # "men aged 18 to 34" describes who, not how many

    # Fractions written with a slash: "1/2 pound", "1⁄32 of a US quart"; "$7/$9" is a range.
    if m.group("d") and j < len(s) and s[j] in "/⁄":
        fm = _SLASH_FRACTION.match(s[j:j + 6])
        if fm and integer and 1 < int(fm.group(1)) and value < int(fm.group(1)) and not _SLASH_CUR.match(s, j):
            value = value / int(fm.group(1))
            j += fm.end()
            integer = False
        elif not _SLASH_CUR.match(s, j):
            return None
    # Glued letters that are not a unit or magnitude make a name: "4G", "3D", "20th", "1970s".
    if m.group("d") and _ORDINAL.match(s, j):
        return None
    mag, j = _magnitude(s, j, currency is not None)
    value *= mag
    has_mag = mag != 1.0
    unit, k = _unit(s, j)
    if unit is None and currency is None and j < len(s) and _ATTACHED_LETTERS.match(s, j):
        return None
    if glued and (unit is None or left.endswith("-") and not left.endswith(" -")):
        return None
    if glued:
        sign = -1.0  # "Nikkei -0.8%"
    if m.group("w") and unit in _COUNT_NOUN_UNITS and s[j:j + 1] == "-" and re.match(r"\s+[a-z$€£]", s[k:k + 2]):
        return None  # "a five-year award", "a two-month contract": a modifier, not a claim
    if m.group("w") and s[m.end():m.end() + 1] == "-" and unit is None:
        return None  # "six-speed", "four-cylinder"
    if unit and unit in CURRENCY_SUFFIX.values() and unit not in ("cent", "pence", "sen"):
        currency, unit = unit, None
    if currency and _US.match(s, k):
        k = _US.match(s, k).end()
    if currency:
        pm = _PER.match(s, k)
        unit = f"{currency} per {PER[pm.group('p').lower()]}" if pm else currency
        if pm:
            k = pm.end()
    j_end = k if unit else j

    # Not quantities: dates, years, times, labels, street numbers, postal codes, appositive ages.
    if m.group("d") and not currency:
        skip = _not_a_quantity(s, raw, value, integer, unit, has_mag, sign, left, tail, j)
        if skip is not None:
            return None, "skip", skip

    lower = upper = None
    qualifier = None
    trend = None
    kind = "measure" if unit else "count"

    # A range: "3 to 5", "15-22 miles", "between 3 and 5", "$10 to $15 billion".
    rm = _RANGE_SEP.match(s, j_end)
    range_end = None
    if rm:
        sep = (rm.group("sep") or "-").lower()
        opener = last in ("between", "from")
        trending = _trend_of(tail)
        if (sep == "and" and last == "between") or sep in ("-", "–", "—", "through") \
                or (sep == "to" and (opener or not trending)):
            second = _read_second(s, rm.end(), currency)
            if second is not None:
                v2, mag2, unit2, end2, cur2 = second
                if not has_mag and mag2 != 1.0 and value * mag2 <= v2:
                    value *= mag2
                u1 = unit
                same = u1 is None or unit2 is None or u1 == unit2 or u1.split(" per ")[0] == unit2
                if same:
                    if sep in ("-", "–") and integer and v2 <= value and not (unit or unit2):
                        return None, "skip", end2  # a score, "2-0", "3-1"
                    if v2 != value:
                        lower, upper = min(value, v2), max(value, v2)
                        unit = u1 or unit2
                        range_end = end2
                        if last == "from":
                            trend = "up" if v2 > value else "down"
                            value = v2
                        kind = "measure" if unit else "count"
    if range_end is not None:
        j_end = range_end

    value *= sign
    if lower is not None:
        lower, upper = sorted((lower * sign, upper * sign))

    # Bounds and hedges before, "or so" after.
    bm = _bound_of(tail)
    if bm and tail[-1] == "over" and unit in _COUNT_NOUN_UNITS:
        bm = None  # "create 3,000 jobs over five years": a span of time, not a bound
    if bm:
        qualifier, n_words = bm
        if qualifier is not None:
            # Take the bound into number_text: back over its words in the text.
            ws = list(_NONSPACE.finditer(left))
            if len(ws) >= n_words:
                first = ws[-n_words]
                k = first.start() + len(first.group()) - len(first.group().lstrip("(\"“‘'"))
                start = min(start, left_base + k)
    elif _SUB_BEFORE.search(left):
        qualifier = "less than"
        start -= 4
    if lower is None and qualifier == "more than":
        lower = value
    elif lower is None and qualifier == "less than":
        upper = value
    if qualifier is None and lower is None and _OR_SO.match(s, j_end):
        qualifier = "about"

    # Change: "rose 60%", "down 58.06 points", "-1.3%", "34.4% higher".
    if trend is None:
        trend = _trend_of(tail)
        if trend:
            pass  # a verb of change said it
        elif sign < 0 and unit in ("percent", "point", "percentage point"):
            trend = "down"
        elif sm and sm.group("sign").strip() in ("+", "plus") and unit in ("percent", "point", "percentage point"):
            trend = "up"
        else:
            ta = _TREND_AFTER.match(s, j_end)
            if ta and unit in ("percent", "point", "percentage point", "basis point") or (
                    ta and currency and ta.group(0).strip().lower() in ("higher", "lower")):
                trend = "up" if ta.group("up") else "down"

    # The counted thing: "7,000 bodies", "3.9 million headsets", "one of the students".
    obj = None
    if unit is None:
        obj, unit_np, np_end = _counted(s, j_end, value)
        if unit_np:
            unit = unit_np
            kind = "count"
    if unit in _COUNT_NOUN_UNITS:
        kind = "count"

    # A bare year-like number with no unit and nothing counted is a year after all.
    if m.group("d") and integer and len(raw) == 4 and 1800 <= value <= 2100 and not currency and not unit \
            and not has_mag and qualifier is None:
        return None

    end_off = j_end
    number_text = s[start:end_off]
    claim = Claim(text="", number_text=number_text, start=start, end=end_off, value=value, lower=lower,
                  upper=upper, qualifier=qualifier, unit=unit, object=obj, trend=trend,
                  confidence=_confidence(m, qualifier, unit))
    return claim, kind, max(end_off, m.end())


_RANGE_TAIL = re.compile(r"(?:[-–]\d+|\s+to\s+\d+)\b(?![.,]?\d|\s*%)")
_NAME_WORDS = re.compile(r"\s+((?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?){1,4})([a-z][\w-]*)")


def _names_then_plural(s: str, j: int) -> bool:
    """Whether capitalised words after a number end in a counted plural: "300 Ford and Fiat vans"."""
    nm = _NAME_WORDS.match(s, j)
    return bool(nm and _plural(nm.group(2)) and nm.group(2) not in _STOP)


def _not_a_quantity(s: str, raw: str, value: float, integer: bool, unit: str | None, has_mag: bool, sign: float,
                    left: str, tail: list[str], j: int) -> int | None:
    """Where to resume reading when the digits `raw` ending at s[j] are a date, a year, a time, a label,
    a street number, a postal code or an appositive age rather than a quantity; None when they are one."""
    last = tail[-1] if tail else ""
    if raw.startswith("0") and len(raw) > 1 and raw[1].isdigit():
        return j  # "00726": postal codes and identifiers keep their leading zero
    if unit:
        return None
    if integer and 1 <= value <= 31 and (last.rstrip(".") in MONTHS or last == "the" and len(tail) > 1
                                         and tail[-2] in MONTHS or _MONTH_AFTER.match(s, j)):
        return j  # "May 20", "20 May"
    if _TIME_AFTER.match(s, j) or _ZIP_AFTER.match(s, j) or _STREET_AFTER.match(s, j):
        return j  # "8 pm", "90049 ZIP Code", "221 Baker Street"
    if last in LABEL_WORDS or left.rstrip().endswith(("#", "№")):
        return j  # "page 12", "No. 5"
    if integer and value <= 120 and _APPOSITIVE_BEFORE.search(left) and _APPOSITIVE_AFTER.match(s, j):
        return j  # "Maria Lund, 31, said"
    if not has_mag:
        wb = _WORD_BEFORE.search(left)
        if wb and any(c.isupper() for c in wb.group(1)) and wb.group(1).lower().rstrip(".") not in _NOT_NAMES \
                and sign > 0 and not re.search(r"\(\s*$", left):
            tail_m = _RANGE_TAIL.match(s, j)
            return tail_m.end() if tail_m else j  # "Section 427", "Apple Watch 5", "Nikkei 225", "Senate 68 to 32"
    year_like = integer and len(raw) == 4 and 1800 <= value <= 2100 and not has_mag
    if year_like:
        ym = _YEAR_PAIR.match(s, j)
        if ym:
            return ym.end()  # "2014-15", "2019/20"
        if _is_year(s, left, j):
            return j
    if integer and not has_mag:
        nw = _NEXT_WORD.match(s, j)
        if nw and nw.group(1)[0].isupper() and nw.start(1) - j <= 1 and nw.group(1).lower() not in _NOT_NAMES \
                and nw.group(1).lower() not in MONTHS and not _plural(nw.group(1)) and not _names_then_plural(s, j):
            return j  # "the 911 Carrera", "the 737 Max"
    return None


_YEAR_PAIR = re.compile(r"\s*[-–/]\s*\d{2}(?:\d{2})?\b(?!\s*(?:%|per))")


def _read_second(s: str, k: int, currency: str | None):
    """The second number of a range at s[k:]: (value, magnitude, unit, end, currency) or None."""
    cur2 = None
    cm = _CUR_START.match(s, k)
    if cm and cm.group("cur"):
        cur2 = CURRENCY_PREFIX.get(cm.group("cur").strip().replace(" ", "")) or CURRENCY_PREFIX.get(
            cm.group("cur").strip())
        k = cm.end()
    m2 = _SECOND.match(s, k)
    if m2 is None:
        return None
    if m2.group("d"):
        v2 = float(m2.group("d").replace(",", ""))
        j2 = m2.end()
        if _ORDINAL.match(s, j2) or _NOT_QUANTITY.match(s, k):
            return None
    else:
        v2 = _parse_words(m2.group("w"))
        if v2 is None:
            return None
        j2 = m2.end()
    cur = cur2 or currency
    mag2, j2 = _magnitude(s, j2, cur is not None)
    v2 *= mag2
    unit2, k2 = _unit(s, j2)
    if unit2 in CURRENCY_SUFFIX.values() and unit2 not in ("cent", "pence", "sen"):
        cur, unit2 = unit2, None
    if cur and unit2 is None:
        pm = _PER.match(s, j2)
        unit2 = f"{cur} per {PER[pm.group('p').lower()]}" if pm else cur
        if pm:
            k2 = pm.end()
    if m2.group("d") and 1800 <= v2 <= 2100 and not unit2 and mag2 == 1.0 and "." not in m2.group("d"):
        return None  # "from 2014 to 2017", "2014-15"
    return v2, mag2, unit2, (k2 if unit2 and k2 > j2 else j2), cur


_CUR_START = re.compile(rf"(?P<cur>{_alternation(k for k in CURRENCY_PREFIX if not k.isalpha())}|(?:{_CODES})\s?)?")
_SECOND = re.compile(rf"(?P<d>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?![\d/])|(?P<w>{_WORD}(?:(?:\s+and\s+|\s+|-)"
                     rf"{_WORD})*\b)", re.I)


def _is_year(s: str, left: str, j: int) -> bool:
    """A four-digit number from 1800 to 2100 is a year unless it counts something."""
    wb = _WORD_BEFORE.search(left)
    before = wb.group(1).lower() if wb else ""
    if before in ("in", "since", "by", "of", "from", "until", "till", "through", "to", "before", "after",
                  "during", "between", "and", "or", "the", "early", "late", "mid", "circa", "year", "fiscal",
                  "season", "spring", "summer", "autumn", "fall", "winter", "end", "start", "for") \
            or before in MONTHS or not left.strip() or left.rstrip().endswith((",", "(")):
        return True
    return False


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
    if not om and not (nm and nm.group(1).lower() not in _STOP):
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
    # The plural makes a lower bound of two: "billions" is at least two billion, "dozens" two dozen.
    low = 2 * base
    claim = Claim(text="", number_text=s[m.start():end], start=m.start(), end=end, value=low, lower=low,
                  upper=None, qualifier="more than", unit=unit, object=obj, confidence=0.6)
    return claim, kind, end


def _read_fraction(s: str, m: re.Match):
    """ "a third of those screened", "half the revenue", "two-thirds", "half a million", "a quarter of a
    percentage point"."""
    raw = m.group("f")
    words = re.split(r"[\s-]+", raw.lower())
    frac = FRACTIONS[words[-1]]
    if len(words) == 1:
        if words[0] not in ("half",):
            return None  # "third" alone is an ordinal
        # "half" counts only as a share of something: "half the revenue", "half of voters".
        if not re.match(r"\s+(?:of\b|the\b|an?\s|its\b|their\b|his\b|her\b)", s[m.end():m.end() + 16], re.I):
            return None
        num = 1.0
    else:
        num = 1.0 if words[0] in ("a", "one") else float(SMALL[words[0]])
        if words[0] in ("a", "one") and words[-1].endswith("s"):
            return None
    value = num * frac
    lb = s[max(0, m.start() - 12):m.start()]
    if re.search(r"\b(?:the|first|second|third|fourth)\s+$", lb, re.I) and len(words) == 1:
        return None
    end = m.end()
    unit = obj = None
    # "half a million", "a quarter of a percentage point", "half an hour".
    sm = _FRACTION_OF.match(s, end)
    if sm:
        if sm.group("scale"):
            value *= SCALES.get(sm.group("scale").lower()) or SMALL[sm.group("scale").lower()]
            end = sm.end()
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


_FRACTION_OF = re.compile(r"\s+(?:of\s+)?an?\s+(?:(?P<scale>hundred|thousand|million|billion|trillion|dozen)\b|(?=\w))",
                          re.I)
# "one in five children": a share, written as a ratio.
_ONE_IN = re.compile(rf"\s+in\s+(?:every\s+)?(?P<d>\d+|{_WORD})\b", re.I)


def _clean_np(np: str | None) -> str | None:
    if not np:
        return None
    np = _LEADING.sub("", np.strip())
    np = _LEADING.sub("", np).strip(" .,'\"")
    if not np or not np[0].isalpha():
        return None  # "280 million of the 1.5 billion shekels": another figure, not a concept
    return np if np and np.lower() not in _PRONOUNS and np.lower() not in ("them", "us", "those", "these") else None


def _past(w: str) -> bool:
    """A lowercase past tense or participle, by its ending: "delivered", "stolen" is missed, "speed" is not one."""
    return w.islower() and len(w) > 4 and w.endswith("ed") and not w.endswith("eed")


def _plural(w: str) -> bool:
    lw = w.lower()
    return lw in _IRREGULAR_PLURALS or (len(lw) > 2 and lw.endswith("s") and not lw.endswith(("ss", "us", "is")))


def _singular(phrase: str) -> str:
    words = phrase.split()
    w = words[-1]
    lw = w.lower()
    if lw in _IRREGULAR_PLURALS:
        pass
    elif lw.endswith("ies") and len(lw) > 4:
        w = w[:-3] + "y"
    elif lw.endswith(("ches", "shes", "sses", "xes", "zes")):
        w = w[:-2]
    elif lw.endswith("s") and not lw.endswith(("ss", "us", "is")):
        w = w[:-1]
    words[-1] = w
    return " ".join(words)


def _counted(s: str, j: int, value: float) -> tuple[str | None, str | None, int]:
    """The counted noun phrase after a number at s[j:]: (object, unit, end). "7,000 bodies" -> bodies."""
    words = []
    k = j
    first = True
    while len(words) < 5:
        nm = (_NP_WORD if first else _NEXT_NP_WORD).match(s, k)
        if nm is None:
            break
        w = nm.group(1)
        lw = w.lower()
        if lw == "and" and words and words[-1][0].isupper() and s[nm.end():nm.end() + 2].strip()[:1].isupper():
            words.append(w)
            k = nm.end()
            continue
        # A participle ends the phrase after its noun ("students enrolled") or before any ("35 killed"),
        # but may stand as an adjective before it ("advanced weapons").
        participle = _past(w) and (not words or _plural(words[-1]))
        verb = lw.endswith(("ing", "ed", "es")) and _DETERMINER_NEXT.match(s, nm.end())
        if lw in _STOP or (lw.endswith("ly") and len(lw) > 4) or participle or verb:
            break
        if first and nm.group(0).strip().lower().startswith("of") and value != 1:
            break
        words.append(w)
        k = nm.end()
        first = False
        if w.endswith("-"):
            break
    if not words:
        return None, None, j
    if value == 1:
        head = len(words) - 1
    else:
        head = next((n for n in range(len(words)) if _plural(words[n])), None)
        if head is None:
            if len(words) > 1 and words[0][0].isupper():
                return None, None, j
            head = 0
    np_words = words[:head + 1]
    if np_words[-1].lower() == "and":
        np_words = np_words[:-1]
    if not np_words:
        return None, None, j
    np = " ".join(np_words)
    obj = np
    om = _OF_NP.match(s, k if head == len(words) - 1 else j)
    if om and head == len(words) - 1 and _clean_np(om.group("np")):
        obj = f"{np} of {' '.join(_clean_np(om.group('np')).split()[:6])}"
    if np_words[-1][0].isupper() and len(np_words) == 1 and not _plural(np_words[-1]):
        return None, None, j
    return obj, _singular(np).lower() if not any(c.isupper() for c in np[1:]) else _singular(np), j


def _confidence(m: re.Match, qualifier: str | None, unit: str | None) -> float:
    c = 0.9 if m.group("d") else 0.7
    if unit is None:
        c -= 0.2
    return round(c, 2)


def _subject(s: str, a: int, b: int) -> str | None:
    """The subject noun phrase at the start of the clause s[a:b]: the words before the first verb."""
    words = []
    k = a
    pronoun = False
    while k < b and len(words) < 10:
        wm = _SUBJECT_WORD.match(s, k, b)
        if wm is None:
            break
        w = wm.group(1)
        lw = w.lower().strip(".")
        if not words and _function_word(w) and lw not in ("the", "a", "an") and lw not in _STOP_VERBS:
            pronoun = pronoun or lw in _PERSONAL_PRONOUNS
            k = wm.end()
            continue  # "until now Okafor has ...": leading adverbs and prepositions
        # A verb ends the subject ("those screened", "those surveyed" are people, not verbs), as does a
        # present tense before its object: "The firm employs 1,500", "Each building costs about $40 million".
        if lw in _VERBISH or _past(w) and not (words and words[-1].lower() in ("those", "these")) \
                or words and w.islower() and lw.endswith("s") and _VERB_OBJECT.match(s, wm.end()):
            if lw in _EXPECT_VERBS and words:
                em = _RAISED.match(s, wm.end(), b)
                if em and _phrase(em.group(1).split()):
                    return _phrase(em.group(1).split())  # "Acme expects its sales to rise 5%": its sales
            break
        if w[0].isdigit() and words and not any(ch.isupper() for ch in words[-1]):
            break
        if lw in ("the", "a", "an") and words and words[-1].lower() not in _PREPOSITIONS:
            words = []  # "... between wages and rents the cost of food": a new noun phrase starts
        words.append(w)
        k = wm.end()
    if pronoun and len(words) == 1 and words[0].islower():
        return None  # "It employs 500 people": the one word is the verb of a pronoun
    return _phrase(words)


def _function_word(w: str) -> bool:
    """A stop word, but not when written as an acronym ("US", "IT")."""
    return w.lower() in _STOP and not (len(w) > 1 and w.isupper())


def _phrase(words: list[str]) -> str | None:
    """Words as a concept: leading determiners and prepositions off; nothing if only function words remain."""
    while words and (_function_word(words[0]) or words[0][0].isdigit()):
        words = words[1:]
    while words and _function_word(words[-1]):
        words = words[:-1]
    if not words or words[0].lower() in _PRONOUNS and not words[0].isupper():
        return None
    return " ".join(words)


# "X expects Y to rise 5%": the figure is about Y.
_EXPECT_VERBS = {"expects", "expected", "forecasts", "forecast", "predicts", "predicted", "projects", "projected",
                 "wants", "wanted", "sees", "saw", "needs", "needed", "estimates", "estimated", "plans", "planned"}
_RAISED = re.compile(r"\s+((?:the|its|their|his|her|our|a|an)\s+(?:[A-Za-z][\w'’-]*\s+){0,5}?[A-Za-z][\w'’-]*)"
                     r"\s+to\s+[a-z]+\b")

# Verbs among the stop words: a clause that starts with one has no subject of its own.
_STOP_VERBS = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
               "should", "may", "might", "can", "must", "shall", "do", "does", "did", "said", "says", "get", "got",
               "make", "made", "take", "took", "go", "went", "come", "came", "see", "saw", "say", "tell", "told"}
_PREPOSITIONS = {"of", "in", "for", "on", "at", "by", "with", "from", "to", "between", "among", "about", "over",
                 "under", "into", "across", "during", "since"}
_PERSONAL_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "there", "this", "that", "which", "who", "what"}
_NAME_RUN = re.compile(r"(?<![\w])((?:[A-Z][\w&.'’-]*\s+)*[A-Z][\w&.'’-]*(?:\s+\d+)?)\s*\(?\s*[-+−–]?$")
_NOUN_FOR = re.compile(r"\b(?:a|an|the)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+for\s+(?:(?:about|around|more\s+than|"
                       r"less\s+than|up\s+to|nearly|almost|roughly|some|just|over|under|an?)\s+)*$")
_X_OF = re.compile(r"([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})\s+(?:of|at|to)\s+(?:(?:about|around|more\s+than|"
                   r"less\s+than|up\s+to|nearly|almost|roughly|some|just|over|under|an?|the)\s+)*$", re.I)
_HEDGES = {"about", "around", "more", "than", "less", "up", "nearly", "almost", "roughly", "some", "just", "over",
           "under", "a", "an", "the"}
# "closed at $5", "traded at 132.86": the figure is a level of the subject, not of the word before "at".
_LEVEL_VERBS = {"paid", "pay", "sold", "bought", "cost", "traded", "trade", "trades", "trading", "close", "closed",
                "closes", "stood", "stand", "stands", "priced", "valued", "pegged", "capped", "fixed", "was", "is",
                "were", "are", "reached", "hit", "finished", "ended", "opened", "set", "rose", "fell", "rise", "fall"}
_TIME_WORDS = {"year", "quarter", "month", "week", "day", "period", "half", "season", "decade", "time"}
_PAREN_OPEN = re.compile(r"(?<![\w])([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)\s*\([^()]*$")
_FOR_NP = re.compile(r"\s+(?:for\s+(?:(?:a|an|the|its|their|his|her)\s+)?|from\s+(?:the|its|their|his|her)\s+)"
                     r"(?:[\d.,]+\s*[A-Za-z]+\s+)?"
                     r"((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w-]*|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})")
_SKIP_PAREN = re.compile(r"(?:\)|\s*\([^()]{0,40}\))?")
_RELATIVE = re.compile(r"((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s*,?\s*(?:which|who)\s*$"
                       r"|\b(?:the|a|an)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+that\s*$")
# A figure joined to the one before it: "rose 3.2% to 210p", "lost 1.8%, to fall to 6,930.12".
_LINKED = re.compile(r"\s*,?\s*(?:(?:to\s+(?:fall|rise|close|finish|end|trade|stand)\s+)?(?:to|at)|"
                     r"up\s+from|down\s+from|compared\s+(?:with|to)|from|or|versus|vs\.?)(?:\s+the)?\s*$", re.I)


def _clause_start(s: str, lo: int, i: int, ends: list[int]) -> int:
    """Where the clause holding position i starts, at or after lo. "and" starts a clause only after a figure."""
    last = lo
    for cm in _CLAUSE_BOUNDARY.finditer(s, lo, i):
        last = cm.end()
    for e in ends:
        if last <= e < i:
            am = _AND_AFTER_FIGURE.match(s, e)
            if am and am.end() <= i:
                last = am.end()
    return last


_AND_AFTER_FIGURE = re.compile(r"[^\s,;]*\s*,?\s*(?:and|while|but|as|whereas)\s+", re.I)


def _add_context(s: str, base: int, claims: list[Claim], kinds: list[str]) -> None:
    """Object (the concept a measure describes) and time scope, from the rest of the sentence."""
    prev_obj = None
    ends = [c.end for c in claims]
    scopes = list(_TIME_SCOPE.finditer(s, base))
    for n, (c, kind) in enumerate(zip(claims, kinds)):
        if c.object is None and n and kinds[n - 1] != "count" and claims[n - 1].object \
                and _LINKED.match(s, claims[n - 1].end, c.start):
            c.object = claims[n - 1].object
        if c.object is None:
            c.object = _concept(s, base, c, prev_obj, ends)
            prev_obj = c.object or prev_obj
            c.concept = c.object
        elif kind != "count":
            prev_obj = c.object
            c.concept = c.object
        else:
            c.concept = _count_concept(s, base, c, ends) or c.object
        if n and kinds[n - 1] == "count" and kind != "count" and _OR_RESTATED.match(s, claims[n - 1].end, c.start) \
                and not _OF_NP.match(s, c.end) and not _FOR_NP.match(s, c.end):
            c.concept = claims[n - 1].concept  # "grew by 1,200 jobs, or 2.2 per cent": the same change restated
        c.time_scope = _time_scope(scopes, c)


_OR_RESTATED = re.compile(r"\s+[a-z][\w'’-]*\s*,?\s+or\s+(?:(?:about|around|roughly|nearly|almost|some|over|"
                          r"more\s+than|less\s+than|just)\s+)?$", re.I)


def _count_concept(s: str, base: int, c: Claim, ends: list[int]) -> str | None:
    """What a count is about when a verb leads to it: its clause's subject ("Dell plans to cut 6,650 jobs"
    -> Dell; "The firm employs 1,500 people" -> firm). A count that opens its clause is about itself."""
    bare = [w for w in _tail(s[max(base, c.start - 40):c.start]) if w not in _HEDGES]
    if bare and bare[-1] in _PLACE_PREPOSITIONS:
        return None  # "drill wells in 35 sections": an adjunct, about what it counts
    # A counted word that modifies the noun after it: "a three bedroom flat" is about the flat.
    mm = _MODIFIED.match(s, c.end)
    if mm and c.object and mm.group(1) == c.object and not _plural(mm.group(1)) and mm.group(2).lower() not in _STOP \
            and not _past(mm.group(2)) and not mm.group(2).endswith(("ly", "ing")):
        return mm.group(2)
    # "an increase of 60,600 jobs", "a survey of 900 firms": what the count is of.
    if bare and bare[-1] == "of":
        xm = _X_OF.search(s[max(base, c.start - 60):c.start])
        words = xm.group(1).split() if xm else []
        cut = [n for n, w in enumerate(words) if w.lower() in _DETERMINERS
               or (w.lower() in _VERBISH or _past(w)) and w.lower() not in _CHANGE_NOUNS]
        words = [w for w in words[cut[-1] + 1 if cut else 0:] if w.lower() not in _STOP or w.lower() in _CHANGE_NOUNS]
        if words and not any(w[0].isdigit() or w.lower() in SCALES for w in words) and not _past(words[-1]):
            return " ".join(words[-3:])
    cs = _clause_start(s, base, c.start, ends)
    subj = _subject(s, cs, c.start)
    relative = s[base:cs].rstrip().endswith(("which", "who", "that"))
    if relative and subj and " " not in subj and subj.islower():
        subj = None  # "which operates 48 tankers": the one word is the verb
    if subj is None and cs > base:
        # No subject of its own ("... announced plans to cut 300 jobs", "... said it would hire 40
        # nurses", "Acme, which has 9,000 staff"): the subject of the clause it depends on.
        left = s[base:cs].rstrip()
        if relative:
            rm = _RELATIVE.search(s[max(base, cs - 60):cs])
            subj = _phrase((rm.group(1) or rm.group(2)).split()) if rm else None
        elif left[-1:].isalpha():
            bw = base + len(left) - len(left.split()[-1])
            subj = _subject(s, _clause_start(s, base, bw, ends), bw)
    if subj and (subj[0].isdigit() or subj.split()[0].lower() in SMALL):
        return None  # "Seven bedrooms and 8.5 bathrooms": a list of counts, not a subject
    return subj


_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
_CHANGE_NOUNS = {"increase", "decrease", "rise", "fall", "drop", "gain", "loss", "cut", "decline", "jump"}
_MODIFIED = re.compile(r"[\s-]+([a-z]+)\s+([a-z][\w-]*)")
_PLACE_PREPOSITIONS = {"in", "into", "across", "among", "within", "on", "inside", "throughout"}


def _concept(s: str, base: int, c: Claim, prev_obj: str | None, ends: list[int]) -> str | None:
    """What a measure describes: "50mph winds" -> winds; "5% of its workforce" -> workforce;
    "a speed of 15-22 mph" -> speed; "Orvik jumped 8%" -> Orvik; "Nikkei -0.8%" -> Nikkei."""
    left = s[base:c.start]
    # Cheap looks at the words before the figure decide which of the patterns below can apply at all.
    last_words = left[-60:].split()
    last = last_words[-1] if last_words else ""
    bare = [w for w in _tail(left) if w not in _HEDGES]
    # A name right before the figure, as in market lists and box scores: "Nikkei -0.8%", "F Ana Silva (12.4 ppg)".
    nm = _NAME_RUN.search(left[-60:]) if any(ch.isupper() for ch in last) or last in ("(", "-", "+") else None
    if nm and nm.group(1).split()[0].lower() not in _NOT_NAMES and nm.group(1).lower() not in MONTHS:
        return nm.group(1)
    paren = left.rfind("(", -80)
    po = _PAREN_OPEN.search(left[-80:]) if paren >= 0 and ")" not in left[paren:] else None
    if po and po.group(1).split()[0].lower() not in _NOT_NAMES:
        return po.group(1)
    after = s[c.end:c.end + 80]
    # A dimension before its noun: "a 37m (121ft)-long hull of oak", "the 30-metre-high dam".
    dm = _DIMENSION.match(after)
    if dm:
        words = _np_words(dm.group(1).split())
        if words:
            k = c.end + dm.start(1) + len(" ".join(words))
            om = _OF_NP.match(s, k)
            np = _clean_np(om.group("np")) if om and len(om.group("np")) < 50 else None
            return " ".join(words) + (f" of {np}" if np else "")
    # Prenominal: "a 12 mm lens mount", "the 70mph gusts", "the 54-year-old Okafor".
    pm = _PRENOMINAL.match(after)
    if pm and not pm.group(1)[0].isupper() and (not pm.group(1).split()[0].endswith("ing")
                                                or _ing_compound(pm.group(1)) and bare[-1:] not in (["of"], ["at"], ["to"])) \
            or pm and c.unit and c.unit.endswith("of age"):
        words = _np_words(pm.group(1).split())
        if words and not (len(words) == 1 and (_past(words[0]) or words[0].endswith("ing"))):
            # With the place it stands in: "50mph winds in the valley", "a 5% stake in a brewer".
            k = c.end + pm.start(1) + len(" ".join(words))
            return " ".join(words) + _place_after(s, k)
    # A difference from a standard: "10mph less than the gusts on the coast" is about those gusts.
    cm = _THAN_AFTER.match(after)
    if cm:
        words = _np_words(cm.group(1).split())
        if words and not (len(words) == 1 and (_past(words[0]) or words[0].endswith("ing"))):
            return " ".join(words) + _place_after(s, c.end + cm.start(1) + len(" ".join(words)))
    # An acronym after a measure: "7 nm ICs", "a 270-hp V-6".
    am = _ACRONYM_AFTER.match(after)
    if am:
        return am.group(1)
    # "5% of its workforce", "8 miles (13 kilometers) of new tunnels".
    sp = _SKIP_PAREN.match(s, c.end)
    om = _OF_NP.match(s, sp.end())
    if om and len(om.group("np")) < 70:
        np = _clean_np(om.group("np"))
        if np:
            return np
    # "paid $12,400 for a 6 kW system", "a fine of $30,000 for each firm".
    if c.unit and (c.unit.split(" per ")[0].isupper() or c.unit == "percent"):
        fm = _FOR_NP.match(s, c.end)
        if fm and fm.group(1).split()[-1].lower() not in _TIME_WORDS:
            phrase = _phrase(fm.group(1).split())
            if phrase:
                return phrase
    # "a speed of 15-22 mph", "the federal guideline of 15 ppb", "a grounding for more than three months".
    xm = _X_OF.search(left[-60:]) if bare and bare[-1] in ("of", "at", "to") else None
    if xm:
        words = xm.group(1).split()
        # Only the words after a verb inside the phrase: "reported revenue of" -> revenue.
        verbs = [n_w for n_w, w in enumerate(words) if _past(w) or w.lower() in _VERBISH]
        if verbs:
            words = words[verbs[-1] + 1:]
        words = [w for w in words if w.lower() not in _STOP]
        before = xm.group(1).split()[-1].lower()
        if words and not any(w.lower() in SCALES for w in words) and before not in _LEVEL_VERBS \
                and not any(w[0].isdigit() for w in words) and not words[-1].endswith("ing"):
            return " ".join(words[-3:])
    fm = _NOUN_FOR.search(left[-50:]) if bare and bare[-1] == "for" else None
    if fm:
        return fm.group(1)
    # The subject of the clause the figure stands in; for a relative clause, what it hangs on.
    cs = _clause_start(s, base, c.start, ends)
    subj = _subject(s, cs, c.start)
    if subj:
        return subj
    rm = _RELATIVE.search(s[max(base, cs - 60):cs]) if s[base:cs].rstrip().endswith(("which", "who", "that")) \
        else None
    if rm:
        phrase = _phrase((rm.group(1) or rm.group(2)).split())
        if phrase:
            return phrase
    # An appositive between subject and verb: "Energy, last year's weakest sector, dropped 2.3%".
    if cs > base and s[cs - 1] == ",":
        prev = _clause_start(s, base, cs - 1, [])
        if prev > base and s[prev - 1] == ",":
            words = s[_clause_start(s, base, prev - 1, []):cs - 1].replace(",", " ").split()
            phrase = _phrase(words) if not any(w.replace(".", "").isdigit() for w in words) else None
            if phrase:
                return phrase
    if prev_obj:
        return prev_obj
    # Else the subject of the sentence's first clause.
    first_clause = _CLAUSE_BOUNDARY.search(s, base)
    return _subject(s, base, first_clause.start()) if first_clause else None


_DIMENSION = re.compile(r"(?:\s*\([^()]{0,30}\))?\)?-(?:long|high|wide|tall|deep|thick)\s+"
                        r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_THAN_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower|greater|smaller|faster|slower|bigger|cheaper|"
                         r"warmer|colder|longer|shorter)\s+than\s+(?:the\s+|its\s+|their\s+)?"
                         r"((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)")
_ACRONYM_AFTER = re.compile(r"[\s-]+([A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*s?|[A-Z]-[A-Z0-9]+)(?![\w'’-])"
                            r"(?!\s*[-+−–]?\s*[$€£]?\d)")
_PLACE_AFTER = re.compile(r"\s+(in|on|near|at)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                          r"((?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)")


def _ing_compound(phrase: str) -> bool:
    """Whether a phrase opening with an -ing word is a compound noun: "melting point", "operating profit"."""
    words = phrase.split()
    return len(words) > 1 and words[1].lower() not in _STOP and words[1].lower() not in _VERBISH \
        and not _past(words[1]) and not words[1].endswith(("ly", "ing"))


def _np_words(words: list[str]) -> list[str]:
    """The leading words of a noun phrase, up to a function word, an adverb, a verb or (after its noun) a
    participle."""
    out = []
    for w in words:
        if w.lower() in _STOP or (w.endswith("ly") and len(w) > 4) or w in _VERBISH \
                or (out and _past(w)):
            break
        out.append(w)
    return out


def _place_after(s: str, k: int) -> str:
    """" in the valley" after a noun at s[:k], up to three words of the place, else ""."""
    pm = _PLACE_AFTER.match(s, k)
    if not pm:
        return ""
    words = _np_words(pm.group(2).split())
    if not words or words[0][0].isdigit():
        return ""
    return f" {pm.group(1)} {' '.join(words)}"


def _time_scope(scopes: list[re.Match], c: Claim) -> str | None:
    """The time expression nearest after the figure in its sentence (within a few words), else before it."""
    before = None
    for tm in scopes:
        if tm.start() >= c.end:
            return tm.group(0) if tm.start() - c.end <= 60 else (before.group(0) if before else None)
        if tm.end() <= c.start:
            before = tm
    return before.group(0) if before else None


def _attribute(c: Claim, text: str, sentence: tuple[int, int], cues: tuple, quotes: list[Quote],
               outlet: str | None) -> None:
    """Claimant (quote speaker, claim-verb subject, or outlet) and who disputes the figure.

    `cues` are the sentence's claim verbs, "according to" and disputing clauses, found once per sentence.
    """
    verbs, according, disputes = cues
    for n, q in enumerate(quotes):
        if q.start <= c.start < q.end and (q.speaker or q.speaker_text):
            # An unresolved mention ("it", "a spokesman") is kept as written, never made a claimant.
            c.claimant = q.speaker
            c.claimant_text = q.speaker_text
            c.quote_index = n
            c.confidence = round(min(1.0, c.confidence + 0.05), 2)
            break
    if c.claimant is None and c.quote_index is None:
        found = None
        for vm in verbs:
            if vm.end() <= c.start and vm.group("subj").strip().lower() not in _PRONOUNS | {"the", "a", "an"}:
                found = vm
        if found:
            c.claimant = c.claimant_text = found.group("subj").strip()
        elif according:
            c.claimant = c.claimant_text = according.group("subj").strip().rstrip(".")
    if c.claimant is None and c.quote_index is None and outlet:
        c.claimant = outlet
    dm = next((d for d in disputes if d.start() >= c.end), None)
    if dm:
        who = (dm.group("who") or dm.group("by") or "").strip()
        who = re.sub(r"^the\s+", "", who, flags=re.I) if who.lower().startswith("the ") and who[4:5].islower() else who
        if who and who.split()[0].lower() not in ("it", "this", "that"):
            c.disputed_by = who
