"""The vocabulary of figures: compiled patterns and the word-level readers every figure reader shares.

Number words and their values, magnitudes ("bn", "million"), units and currencies written after a
figure, bounds and hedges before it ("more than", "about"), verbs of change ("rose", "fell"), the
counted noun phrase after a count, and the tests for digits that are no quantity (dates, years,
labels, street numbers). The tables themselves are in `claims.extract.units`.
"""

from __future__ import annotations

import re

from .names import DEMONYMS, NATIONALITY_WORD
from .units import (MULTIPLIERS, CURRENCY_PREFIX, CURRENCY_SUFFIX, LABEL_WORDS, MAGNITUDES, MONTHS, PER, SCALES, SMALL,
                    STREET_SUFFIXES, SYMBOLS, UNITS, WEEKDAYS)

def _alternation(words, flags_escape=True):
    """A regex alternation of words, longest first so "per cent" wins over "per"."""
    return "|".join(re.escape(w) if flags_escape else w for w in sorted(words, key=len, reverse=True))



_SMALL_WORDS = [w for w in SMALL if w != "dozen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_WORD = (rf"(?:(?:{'|'.join(_TENS)})-(?:{'|'.join(_ONES)})|{_alternation(_SMALL_WORDS)}|dozen|"
         rf"hundred|thousand|million|billion|trillion)")
# "and" joins number words only after a scale: "four hundred and twenty", not "two and one" (a list).
_AND_AFTER_SCALE = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))\s+and\s+"
# (the codes of other currencies only with a space before the digits: "MGA 3,200", not "COP26")
_CODES = "\\$US|US\\$|RM|EUR|USD|GBP|JPY|CHF|AUD|CAD|HKD|NZD|INR|CNY|RMB|SEK|NOK|DKK|PS|Rs\\.?|" + "|".join(
    code + "(?=\\s)" for code in CURRENCY_PREFIX if len(code) == 3 and code.isalpha() and code.isupper()
    and code not in ("EUR", "USD", "GBP", "JPY", "CHF", "AUD", "CAD", "HKD", "NZD", "INR", "CNY", "RMB", "SEK", "NOK",
                     "DKK"))
# Where a number starts. Digits may carry a currency code glued in front ("EUR50m", "RM23.50");
# otherwise they must not be glued to a word ("A380", "G7" are names, not quantities).
_NUMBER = re.compile(
    # ("nearly 800, 000 homes": a stray space after the thousands comma, before round thousands)
    # ("25 700 road deaths": thousands set apart by a space, as European texts write them)
    rf"(?:(?<![A-Za-z])(?P<code>(?-i:{_CODES}))\s?|(?<![\w.,]))(?P<d>(?:\d{{1,3}}(?:,\d{{3}}|, 000(?!\d))+"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\w,.]|\s\d)|\d+)"
    r"(?:\.\d+)?|\.\d+)"
    r"|(?P<v>\b(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions|trillions)\b)"
    r"|(?P<f>\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b(?!-(?!an?-(?:hundred|thousand|million|billion)\b)[a-z]))"
    # ("a half-sister": no fraction; "half-a-million" is one)
    rf"|(?P<x>\b(?:{'|'.join(MULTIPLIERS)})\b)"
    rf"|(?P<w>\b(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?{_WORD}"
    rf"(?:(?:{_AND_AFTER_SCALE}|\s+|-){_WORD})*\b)"
    # "a couple of guns", "the past couple of years": two
    r"|(?P<c>(?:\ba\s+|(?<=past\s)|(?<=last\s)|(?<=next\s))couple(?=\s+of\s))"
    # "at least a year", "about a metre": one, if bounded
    r"|(?P<a>\ban?(?=\s+(?:year|month|week|day|hour|minute|decade|century|metre|meter|kilometre|kilometer|mile|"
    r"foot|inch|tonne|ton|kilogram|litre|liter|gallon|hectare|acre)\b))",
    re.I,
)
_WORD_RE = re.compile(_WORD, re.I)
# Where a number may start: a cheap scan, so that _NUMBER is only tried at a few positions.
_STARTERS = list(SMALL) + list(SCALES) + [
    "an?", "couple", "half", "halves", "thirds?", "quarters?", "fifths?", "tenths?", "tens", "dozens", "scores", "hundreds",
    "thousands", "millions", "billions", "trillions"] + list(MULTIPLIERS)
_CANDIDATE = re.compile(
    rf"(?<![A-Za-z])(?-i:{_CODES})\s?\d|\d|(?<![\w.,\d])\.\d|(?<![A-Za-z])(?=[aotfsenhdzbqmc])"
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
    r"|0\d{2,4}\s\d{3,4}\s\d{3,4}\b|0\d{3}\s\d{6}\b"  # 020 7946 0958, 0800 807060
    r"|\d{2,4}(?:\s\d{2,4}){2,3}\b(?![.,]\d)"  # bare digit groups in a row: "calling 13 25 23", "1300 655 506"
    r"|24/7|9/11\b"
    r"|1-8\d\d-[A-Z0-9][A-Z0-9-]*\b"  # a toll-free number spelled: "1-800-QUIT-NOW"
    # an emergency or service line: "911 call", "dial 999", "NHS 111", "111 online"
    r"|(?:911|999|111|112)(?=\s+(?:calls?|callers?|online|service|line|operators?|dispatchers?|centres?|centers?)\b)"
    r"|(?:(?<=\bcall\s)|(?<=\bdial\s)|(?<=\bring\s)|(?<=\bphone\s)|(?<=\bNHS\s))(?:911|999|111|112|101)\b"
    r"|\d+\([a-z]\)"  # a clause of a code that names a thing: "401(k)", "501(c)(3)"
    r"|(?<=UTC[+-])\d{1,2}\b|(?<=GMT[+-])\d{1,2}\b"  # a time zone
    r"|0\d+-\d+\b"  # a model: "Type 09-1"
    r"|(?<=\w\()\d+\)"  # a subsection: "Section 27(1)(a)"
    r"|(?<=\w\[)\d+\]"  # a reference mark: "a detailed map[3]"
    r"|(?<=[”\".]\s\()\d{1,2}\)"  # a note mark after a quotation or a sentence: '... the events. ” (1)'
    r"|\d+-(?:Series|Class)\b"  # a model: "the 1000-Series cars", "a 7-Series"
    r"|(?:19|20)\d\d/(?:19|20)?\d\d\b"  # a financial year: "in 2016/2017", "2013/14"
    r"|\d+-\d+(?:st|nd|rd|th)\b"  # a unit's designation: "the 2-345th Training Support Battalion"
    r"|(?<=[\s:;,]\()\d{1,2}\)(?=\s+[a-z])"  # an item of a list: "as he proposes: (1) a vote in ..."
    r"|(?<=[A-Za-z]\d-)\d+\b|(?<=[A-Za-z]\d\d-)\d+\b|(?<=[A-Za-z]\d\d\d-)\d+\b"  # a model: "x86-64", "A320-200"
    # A span of days in a month: "14-20 October", "between 14 and 20 October", "from 3 to 5 May".
    r"|\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and|until)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _alternation(
        [m.capitalize() for m in MONTHS], False) + r")\b"
)
_MAG_AFTER = re.compile(
    r"(?:\s+|-)?(?P<mag>(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen)"
    r"(?:[\s-]+(?:hundred|thousand|million|billion|trillion))*)\b"
    r"|(?P<abbr>mn|mln|bn|bln|tn|trn|m|b|k)\b(?!\.\w)|\s(?P<abbr2>mn|bn|tn)\b",
    re.I,
)
_AGE = re.compile(r"(?:\s|-)?(?P<u>year|month|week|day)s?(?:\s|-)old\b|\s+years\s+of\s+age\b", re.I)
_UNIT_WORD = re.compile(rf"(?:\s|-)?(?P<u>{_alternation(UNITS)})(?![\w])", re.I)
_UNIT_SYM = re.compile(rf"(?:\s|-)?(?P<u>{_alternation(SYMBOLS)})(?![\w/]|\.\s?m\b)")  # "2 p.m." is no pence
# A measure per a measure, written with a slash: "50 µg/L", "5 mg/kg", "95 g/km".
_MASSES = {"µg": "microgram", "μg": "microgram", "ng": "nanogram", "mg": "milligram", "g": "gram", "kg": "kilogram",
           "mmol": "millimole", "mol": "mole"}
_PER_MEASURE = {"L": "litre", "l": "litre", "ml": "millilitre", "mL": "millilitre", "dL": "decilitre",
                "dl": "decilitre", "kg": "kilogram", "g": "gram", "km": "kilometre", "m3": "cubic metre",
                "m³": "cubic metre", "day": "day", "d": "day"}
_SLASH_UNIT = re.compile(rf"(?:\s|-)?(?P<u>{_alternation(_MASSES)})/(?P<d>{_alternation(_PER_MEASURE)})(?![\w/])")
_CUR_AFTER = re.compile(rf"\s+(?P<u>{_alternation(CURRENCY_SUFFIX)})\b", re.I)
_PER = re.compile(rf"(?:\s+(?:per|a|an|each)\s+|\s?/\s?)(?P<p>{_alternation(PER)})\b", re.I)
_US = re.compile(r"\s+U\.?S\.?(?=\W)")
_ATTACHED_LETTERS = re.compile(r"[A-Za-z]")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b|'?s\b|’s\b", re.I)
_TIME_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|BST\b|EST\b|EDT\b|PST\b|PDT\b|CET\b|UTC\b|ET\b|"
                         r"o'clock|o’clock)")
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?(?:{_alternation(MONTHS)})\b\.?", re.I)
# Streets named after their word, as in French, Spanish, Italian and Portuguese addresses.
_STREET_NAMED_AFTER = re.compile(r"\s+(?:Rue|Quai|Boulevard|Place|Via|Viale|Piazza|Calle|Avenida|Rua|Plaza|Carrer)\s+"
                                 r"(?:(?:de|des|du|la|le|del|della|di|dos|das|do)\s+)?[A-Z]")
_STREET_AFTER = re.compile(rf"\s+(?:(?-i:[A-Z][a-z]+)\s+){{1,3}}(?:{_alternation(STREET_SUFFIXES)})\b", re.I)
_ZIP_AFTER = re.compile(r"\s+(?:ZIP|zip code|postcode)\b", re.I)
_RANGE_SEP = re.compile(r"\s*(?P<sep>-|–|—|to|and|through)\s*|\s+(?P<or>or)\s+|(?P<slash>/)(?=[$€£])", re.I)
_SLASH_CUR = re.compile(r"/(?=[$€£])")
# Left context: matched against the text before the number, anchored at its end.
_CUR_BEFORE = re.compile(rf"(?P<cur>{_alternation(k for k in CURRENCY_PREFIX if not k.isalpha())})\s?$")
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<sign>[-−–]|minus[\s-]|negative\s|\+|plus\s)$", re.I)
_TALLY_AFTER_MEASURE = re.compile(r"\s+to\s+\d")
# Later labels of a list or a stretch after a label word: "sections 499 (defamation), 500 and 505",
# "pages 3, 7 and 9", "between junctions 13 at Stafford to 15".
_LABEL_ITEM = r"\d[\w.\-]*(?:\s*\([^()]{0,60}\))?"
_LABELS = "|".join(sorted((re.escape(w) for w in LABEL_WORDS), key=len, reverse=True))
_LABEL_LIST_BEFORE = re.compile(r"\b(?:" + _LABELS + r"s?)\s+(?:" + _LABEL_ITEM + r"(?:\s*,\s*" + _LABEL_ITEM + r")*"
                                r"\s*,?\s*(?:and|or|&)?|\d+\s+(?:at|near)\s+(?:[A-Z][\w’'\-]*\s+){1,4}to)\s*$", re.I)
# "1125 more police staff": a count of more of something, no year.
_MORE_OF_THEM = re.compile(r"\s+(?:more|fewer|extra|additional|new)\s+[a-z]")
_GLUED_BEFORE = re.compile(r"[A-Za-z]-$|[A-Z]{2,}\s-$")
_PREFIX_BEFORE = re.compile(r"\b(?:minus|sub|over|under|now|nearly|almost|about|roughly|some|up|down)-$", re.I)
_SUB_BEFORE = re.compile(r"\bsub-$", re.I)
# Comparatives before "than" bound a figure ("higher than 5%": a floor, no rise).
COMPARATIVES = {"smaller": "less than", "lower": "less than", "shorter": "less than", "larger": "more than",
                "bigger": "more than", "higher": "more than", "longer": "more than"}
_BOUNDS = {
    "more than": "more than", "over": "more than", "at least": "more than", "upwards of": "more than",
    "in excess of": "more than", "above": "more than", "greater than": "more than", "no less than": "more than",
    "not less than": "more than", "north of": "more than", "just over": "more than", "well over": "more than",
    "a minimum of": "more than", "at minimum": "more than", "a record": None, "beyond": "more than",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "up to": "less than", "at most": "less than", "no more than": "less than", "not more than": "less than",
    "as many as": "less than", "as much as": "less than", "as high as": "less than", "a maximum of": "less than",
    "just under": "less than", "shy of": "less than", "short of": "less than", "as little as": "more than",
    "as long as": "less than", **{f"{word} than": bound for word, bound in COMPARATIVES.items()},
    # "nearly 12", "almost £2,000": just under the figure, so the figure is an upper bound (the figures
    # guideline's rule); "within nine months", "within 48 hours": no later than, an upper bound too.
    "nearly": "less than", "almost": "less than", "just short of": "less than", "within": "less than",
    "close to": "less than",  # "close to a billion dollars": as "nearly", just under
    "barely": "less than", "scarcely": "less than",  # "barely 50 teams": no more than, if that
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "approx.": "about",
    "some": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "c.": "about", "~": "about", "averaged": "about",
    "averaging": "about", "an average of": "about", "on average": "about", "or so": "about",
    "approaching": "about", "some estimated": "about", "the equivalent of": None,
}
_UP = ("rose|rise|rises|rising|risen|up|gained|gain|gains|gaining|added|adding|climbed|climb|climbs|climbing|"
       "jumped|jump|jumps|jumping|surged|surge|surges|soared|soar|soars|increased|increase|increases|increasing|"
       "grew|grow|grows|growing|grown|boost|boosts|boosting|lift|lifts|lifted|lifting|raise|raises|raising|advanced|advancing|advances|rallied|spiked|boosted|raised|higher|improved")
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


def _tail(left: str, n: int = 5) -> list[str]:
    """The last few words of the text before a figure, lowercased, cut at the last punctuation."""
    words = left.lower().split()[-n:]
    for n in range(len(words) - 1, -1, -1):
        if words[n][-1] in ",;:.!?)\"”":
            words = words[n + 1:]
            break
    return [w.lstrip("(\"“‘'") for w in words]



def _bound_of(words: list[str]) -> tuple[str | None, int] | None:
    """The bound or hedge ending `words` ("more than", "around"): (qualifier, how many words) or None."""
    for skip in (0, 1):
        if skip and not (words and words[-1] in ("just", "only", "a", "an")):
            break
        ws = words[:len(words) - skip] if skip else words
        for n in (3, 2, 1):
            if len(ws) >= n and tuple(ws[-n:]) in _BOUND_KEYS:
                if skip and words[-1] in ("a", "an") and ws[-n:] in (["over"], ["under"], ["within"]):
                    return None  # "over a 14 day period", "within a 100-year flood plain": a preposition, no bound
                qualifier = _BOUND_KEYS[tuple(ws[-n:])]
                # A hedge with no bound keeps its words ("around", "roughly", "an estimated"): the
                # writer's own hedge, as the figures guideline records it.
                return (" ".join(ws[-n:]) if qualifier == "about" else qualifier), n + skip
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
_OPENING = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n\s*)$")


def _no_name_before(left: str, wb: re.Match) -> bool:
    """Whether the capitalised word before a number is no name the number belongs to: it ends the
    sentence before ("... was Paul Fletcher. 22 candidates") or opens this one as a verb's "-ing"
    ("Finding 300 species")."""
    word = wb.group(1)
    if word.endswith(".") and len(word) > 5 and word[:-1].isalpha() and not word[:-1].isupper():
        return True
    return word.endswith("ing") and word[0].isupper() and _OPENING.search(left, 0, wb.start()) is not None


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
# Adverbs and adjectives that follow a figure but are not what it counts: "cut 128,000 instead",
# "£12bn fully", "five otherwise", "held 5% firm", "rose 3% year-on-year", "9,000 becomes".
_NOT_COUNTED = {"instead", "otherwise", "fully", "firm", "strong", "stronger", "weaker", "year-on-year",
                "month-on-month", "quarter-on-quarter", "respectively", "alone", "altogether", "becomes", "become",
                "became", "move", "moves", "already", "together", "apiece", "ahead", "earlier", "later", "since",
                "previously", "originally", "initially", "anyway", "though", "too", "less", "more", "extra",
                "aboard", "onboard", "inside", "outside", "nearby", "due", "apart", "away", "back", "behind",
                "enough", "short", "shy"}
# What befell people, standing for them after a number: "five dead", "30 injured", "12 missing".
_PEOPLE_STATES = {"dead", "injured", "wounded", "missing", "hurt", "homeless", "displaced", "unaccounted"}
_IRREGULAR_PLURALS = {"people", "men", "women", "children", "police", "staff", "cattle", "feet", "teeth", "mice",
                      "geese", "personnel", "troops", "livestock", "data", "media", "crew", "clergy", "youth",
                      "aircraft", "spacecraft", "sheep", "deer"}
# Nouns in -s that are no plurals: "measles cases", "news reports".
_SINGULAR_IN_S = {"measles", "mumps", "news", "series", "species", "diabetes", "physics", "economics", "politics",
                  "athletics", "means", "rabies", "herpes", "arthritis", "gas", "bias", "atlas", "canvas", "alias",
                  "lens", "chaos", "cosmos", "christmas"}
# Collective nouns that qualify a plural after them: "police officers", "crew members", "staff nurses".
_COLLECTIVE_MODIFIERS = {"police", "crew", "staff", "media", "youth", "clergy", "data", "personnel", "people"}
# Time units after the words that describe them, and the words that make one term with them.
_TIME_WORDS = {"year": "year", "years": "year", "month": "month", "months": "month", "week": "week", "weeks": "week",
               "day": "day", "days": "day", "hour": "hour", "hours": "hour"}
_TIME_TERMS = {"financial", "fiscal", "working", "business", "school", "academic", "calendar", "tax", "light",
               "trading", "sitting"}
# Words that describe what is counted without naming a kind of it: left out of the unit.
_DESCRIBING = {"small", "large", "big", "young", "old", "new", "newer", "latest", "possible", "current", "available",
               "armed", "suspected", "major", "minor", "senior", "junior", "former", "previous", "recent", "potential",
               "reported", "confirmed", "known", "estimated", "total", "unidentified", "separate", "other",
               "different", "remaining", "additional", "further", "individual", "various", "extra",
               "best", "worst", "top", "leading", "biggest", "largest", "smallest", "highest", "lowest", "oldest",
               "youngest", "single", "qualifying", "identical", "main", "key", "active", "existing", "critical",
               "serious", "violent", "illegal", "original", "peaceful", "modern", "vulnerable", "proposed",
               "planned", "vacant", "unsold",
               # Where the things are, by the compass: "three key northern cities", "11 western states"
               # (capitalised, it may begin a name: "two Southern California teams").
               "northern", "southern", "eastern", "western", "north-eastern", "north-western", "south-eastern",
               "south-western"}
# Adjective endings of words that describe a counted noun ("24 successful bids", "102,055 affordable
# homes", "seven harmless snakes"), and words that end so but name a kind ("vegetable farms",
# "eligible voters").
_DESCRIBING_ENDINGS = ("ful", "able", "ible", "less")
_KINDS_SO_ENDING = {"vegetable", "constable", "timetable", "variable", "cable", "table", "stable", "bible",
                    "eligible"}


def _describing(word: str) -> bool:
    """Whether a word before a counted noun only describes it: "three main parties" counts parties."""
    return word in _DESCRIBING or (word.isalpha() and word.islower() and len(word) > 5
                                   and word.endswith(_DESCRIBING_ENDINGS) and word not in _KINDS_SO_ENDING) \
        or word.endswith("-based")  # "two UK-based companies": company
# A word of a noun phrase; a dotted abbreviation ("U.S.", "U.N.") is one word. Letters are any
# script's ("złotys", "cafés", "Zürich"), digits and "_" are not.
_NP_TOKEN = r"((?:[A-Z]\.){2,}(?=\s)|[^\W\d_](?:[^\W\d_]|['’&\-\u2010\u2011])*)"
_NP_WORD = re.compile(r"\s+(?:(?:of\s+)?(?:the|his|her|their|its|our|your|these|those)\s+|"
                      r"of\s+(?:[A-Z][A-Za-z-]*['’]s\s+)?)?" + _NP_TOKEN)
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)
_OF_OWNER = re.compile(r"\s+of\s+(?:its|their|his|her|our|your)(?=\s)", re.I)
_DETERMINER_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|this|these|those)\s", re.I)
_NEXT_NP_WORD = re.compile(r"\s+" + _NP_TOKEN)
_PRENOMINAL = re.compile(r"[\s-]+([A-Za-z][A-Za-z-]+(?:\s+[a-z][a-z-]+){0,2})")
_OR_SO = re.compile(r"\s+or\s+so\b", re.I)
# A bound written after an amount: "107 or more", "ten or fewer". ("35 or above" names a threshold, not a bound.)
_OR_BOUND = re.compile(r"\s+or\s+(?:(?P<more>more|over|above|older)|(?P<less>less|fewer|under|below|younger))\b"
                       r"(?!\s+than)", re.I)
_SLASH_FRACTION = re.compile(r"[/⁄](\d+)(?![/\d])")
_NEXT_WORD = re.compile(r"[\s\"'“”‘’(]*([A-Za-z][A-Za-z'’&.-]*)")
_OF_NP = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<np>[^,;:()]+?)(?=\s+(?:who|which|that|was|were|is|are|has|have|"
                    r"had|will|would|could|can|to|in|on|at|by|for|from|with|since|during|after|before|and|or|but|"
                    r"according|said|says|against|versus|compared|today|yesterday|tomorrow|last|next|this|when|while|"
                    r"because|"
                    r"[a-z]{3,}(?<!e)ed)\b|[,;:()]|\.?$)", re.I)
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


def _parse_words(words: str) -> float | None:
    """Value of number words: "twenty-eight thousand six hundred forty-two" -> 28642; a scale right
    after a smaller one multiplies all before it ("thirty-thousand-million" -> 30,000,000,000)."""
    total, current, seen, last_scale = 0.0, 0.0, False, 0.0
    for w in _WORD_RE.findall(words):
        w = w.lower()
        if w in SCALES:
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            elif not current and total and scale > last_scale:
                total *= scale
            else:
                total += (current or 1) * scale
                current = 0
            last_scale = scale
        elif "-" in w:
            tens, ones = w.split("-")
            current += SMALL[tens] + SMALL[ones]
        else:
            current += SMALL[w]
        seen = True
    return total + current if seen else None



# Spoken decimals after number words: "-point-seventy-five", " point two five", " point oh three".
_POINT_WORDS = re.compile(rf"[\s-]point[\s-]((?:(?:{'|'.join(_TENS)})-(?:{'|'.join(_ONES)})|{'|'.join(_TENS)}|"
                          rf"{'|'.join(_ONES)}|zero|oh)(?:[\s-](?:{'|'.join(_ONES)}|zero|oh))*)\b", re.I)


_POINT_TOKEN = re.compile(rf"\b(?:(?:{'|'.join(_TENS)})-(?:{'|'.join(_ONES)})|{'|'.join(_TENS)}|"
                          rf"{'|'.join(_ONES)}|zero|oh)\b", re.I)


def _digits_of(word: str) -> str:
    """The digits a word after "point" stands for: "seventy-five" 75, "five" 5, "oh" 0."""
    word = word.lower()
    if word in ("zero", "oh"):
        return "0"
    if "-" in word:
        tens, ones = word.split("-")
        return str(SMALL[tens] + SMALL[ones])
    return str(SMALL[word])


def _compound_end(words: str) -> int:
    """Where number words stop making one number: "five one-kilogram bricks" is five bricks of one
    kilogram each, not six; a unit word after a unit word, or a tens word after a unit or tens
    word, starts another number ("twenty-one", "two hundred and five" are one)."""
    last = None
    for w in _WORD_RE.finditer(words):
        word = w.group().lower()
        kind = "scale" if word in SCALES else "tens" if word in _TENS else "ones"
        if last in ("ones", "tens") and (kind == "tens" or kind == "ones" and last == "ones"):
            return len(words[:w.start()].rstrip(" -"))
        last = kind
    return len(words)


# A scale word, then a number word that opens a compound adjective ("a hundred three-bedroom homes").
_SCALE_THEN_WORD = re.compile(r"\b(?:hundred|thousand|million|billion|dozen)\s+([a-z]+)$", re.I)
_ADJECTIVE_AFTER = re.compile(r"-[a-z]", re.I)


def _digits_value(raw: str) -> float:
    """The value of digits as _NUMBER matched them: thousands commas or spaces (a stray one too) dropped."""
    return float(re.sub(r"[,\s]", "", raw))


def _read_number(s: str, m: re.Match) -> tuple[float, int, bool] | None:
    """(value, end, is_integer_digits) of the number matched by _NUMBER, before magnitude words."""
    if m.group("d"):
        raw = m.group("d")
        value = _digits_value(raw)
        return value, m.end("d"), "." not in raw and "," not in raw
    if m.group("w"):
        words = m.group("w")[:_compound_end(m.group("w"))]
        end = m.start("w") + len(words)
        if (last := _SCALE_THEN_WORD.search(words)) and _ADJECTIVE_AFTER.match(s, end) \
                and last.group(1).lower() not in SCALES:
            words = words[:last.start(1)].rstrip()  # "a thousand two-year-olds": a thousand, of two years each
        value = _parse_words(words)
        if value is None:
            return None
        end = m.start("w") + len(words)
        if value == int(value) and (point := _POINT_WORDS.match(s, end)):
            value += float("0." + "".join(_digits_of(w) for w in _POINT_TOKEN.findall(point.group(1))))
            end = point.end()  # "three-point-seventy-five percent", as VOA's Special English writes 3.75%
        return value, end, False
    if m.group("c"):
        return 2.0, m.end(), False
    if m.group("a"):
        return 1.0, m.end(), False
    return None



_MEASURE_ADJECTIVES = {"long", "high", "tall", "deep", "wide", "away", "thick", "across", "apart", "below", "above"}
# Words of money right before a number: "a capital package for schools worth 75m".
_WORTH_BEFORE = re.compile(r"\b(?:worth|costing|valued\s+at|funding\s+of|budget\s+of|investment\s+of)\s+"
                           r"(?:about\s+|around\s+|over\s+|some\s+)?\d[\d.,]*$", re.I)


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
        nw = _NEXT_WORD.match(s, mm.end())
        if mm.group() == "K" and nw and nw.start(1) == mm.end() + 1 and _plural(nw.group(1).rstrip(".")):
            return MAGNITUDES["k"], mm.end()  # "261K followers": thousands
        return 1.0, j  # "4G", "10k run": not money, not a magnitude
    if abbr == "m" and not has_currency:
        # "4.6m tonnes", "1.9m sales", "5m people" are millions; "25m (82ft)", "a 100m sprint",
        # "1.8m tall" are metres.
        nw = _NEXT_WORD.match(s, mm.end())
        word = nw.group(1).lower().rstrip(".") if nw and nw.start(1) == mm.end() + 1 else ""
        decimal = "." in s[max(0, j - 8):j]
        if word in CURRENCY_SUFFIX or _WORTH_BEFORE.search(s, max(0, j - 40), j):
            return MAGNITUDES["m"], mm.end()  # "a 70m euro top-up", "a package worth 75m": millions
        if word in _MEASURE_ADJECTIVES or not (_plural(word) or (decimal and word)):
            return 1.0, j
    return MAGNITUDES[abbr], mm.end()



def _unit(s: str, j: int) -> tuple[str | None, int]:
    """The unit or currency written after a number at s[j:], normalised, and where it ends."""
    am = _AGE.match(s, j)
    if am:
        return (am.group("u") or "year").lower(), am.end()  # "a 74-year-old": an age, typed by its unit
    best = None
    for rx, table, fold in ((_CUR_AFTER, CURRENCY_SUFFIX, True), (_UNIT_WORD, UNITS, True),
                            (_UNIT_SYM, SYMBOLS, False)):
        um = rx.match(s, j)
        if um and (best is None or um.end() > best[1]):
            u = um.group("u")
            if not fold and len(u) == 1 and u in "lLVF" and um.start("u") != j:
                continue  # "5 L" is too often a letter; "1.0l" is a litre
            if u == "″" and s.rfind("“", max(0, j - 300), j) > s.rfind("”", max(0, j - 300), j):
                continue  # “... the institutions of 1945″: a double prime typed for the closing quote
            best = (table[u.lower()] if fold else table[u], um.end())
    if (sm := _SLASH_UNIT.match(s, j)) and (best is None or sm.end() > best[1]):
        best = (f"{_MASSES[sm.group('u')]} per {_PER_MEASURE[sm.group('d')]}", sm.end())
    if best is None:
        return None, j
    unit, k = best
    pm = _PER.match(s, k)
    if pm and unit not in ("percent", "percentage point"):
        unit = f"{unit} per {PER[pm.group('p').lower()]}"
        k = pm.end()
    elif (pm := _PER_AFTER_CONVERSION.match(s, k)) and unit not in ("percent", "percentage point"):
        unit = f"{unit} per {PER[pm.group('p').lower()]}"  # the rate's words are the converted figure's too
    return unit, k


# A rate's "per year" after a measure converted in brackets, for the measure and its conversion:
# "0.07 inches (0.18 centimeters) per year".
_PER_AFTER_CONVERSION = re.compile(r"(?:\s*\([^()\n]{1,40}\)|\))" + _PER.pattern, re.I)



# A score after a team's name: "Sweden 1 – 0 Korea Republic", "defeated Caboolture 43–5".
_SCORE_PAIR = re.compile(r"[^\S\n]?[-–][^\S\n]?(\d{1,3})\b(?![.,]?\d|\s*%|[^\S\n]*[-–])")


# A loser's score comes first: "Tunisia lost 1 – 2 to England".
LOSING_BEFORE = re.compile(r"\b(?:lost|loses|losing|trailed|trailing|trails|went\s+down)\b[^.;:\n]{0,40}$", re.I)


def _team_score(s: str, raw: str, value: float, left: str, j: int) -> bool:
    """Whether the number after a capitalised word is a team's score: a dash and a second score follow,
    no higher unless the team lost ("Genesis 1–3", "Windows 7–10" are names and their ranges)."""
    sm = _SCORE_PAIR.match(s, j)
    return bool(sm) and raw.isdigit() and value <= 150 and not _UNIT_WORD.match(s, sm.end()) \
        and (int(sm.group(1)) <= value or int(sm.group(1)) <= 150 and bool(LOSING_BEFORE.search(left)))


_RANGE_TAIL = re.compile(r"(?:[-–]\d+|\s+to\s+\d+)\b(?![.,]?\d|\s*%)")
_NAME_WORDS = re.compile(r"\s+((?:(?:[A-Z]\.){2,}\s+|[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?){1,4})([a-z][\w-]*)")


def _names_then_plural(s: str, j: int) -> bool:
    """Whether capitalised words after a number end in a counted plural: "300 Ford and Fiat vans", "16 U.N. staff",
    "33 Earth days", "all 28 Member States of the EU"."""
    nm = _NAME_WORDS.match(s, j)
    if nm is None:
        return False
    last = nm.group(1).split()[-1]
    if nm.group(2) in ("of", "in", "and", "to") and len(nm.group(1).split()) > 1 and _plural(last) \
            and last not in ("Series", "News", "Times"):
        return True  # "28 Member States of the EU": the capitalised plural is what is counted
    if _plural(nm.group(2)):
        return nm.group(2) not in _STOP or nm.group(2) in UNITS
    return nm.group(2) not in _STOP and _before_plural_noun(s, nm.start(2) - 1)  # "1100 UK service personnel"



_DAY_LIST_BEFORE = re.compile(rf"\b(?:{_alternation(MONTHS)})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|or|to|-|–)\s*$",
                              re.I)


def _not_a_quantity(s: str, raw: str, value: float, integer: bool, unit: str | None, has_mag: bool, sign: float,
                    left: str, tail: list[str], j: int) -> int | None:
    """Where to resume reading when the digits `raw` ending at s[j] are a date, a year, a time, a label,
    a street number, a postal code or an appositive age rather than a quantity; None when they are one."""
    last = tail[-1] if tail else ""
    if raw.startswith("0") and len(raw) > 1 and raw[1].isdigit():
        return j  # "00726": postal codes and identifiers keep their leading zero
    if left.endswith("[") and s.startswith("]", j):
        return j  # "reported [1] that", "[3][eng]": a footnote or link marker, as pages print them
    if integer and value < 100 and _LIST_MARK_AFTER.match(s, j) and (not left.strip(" \t") or left.endswith("\n")
                                                                     or left.rstrip(" \t").endswith("\n")):
        return j + 1  # "1. Papers with UK involvement ...": a numbered list's mark at a line's start
    if integer and _STREET_NAMED_AFTER.match(s, j):
        return j  # "36 Quai des Orfèvres", "12 Rue de Rivoli": the street's word before its name
    if integer and last in LABEL_WORDS and _CAPITAL_WORD_BEFORE.search(left) and not _PER.match(s, j):
        return j  # "the Region 7 Year in Review", "Chapter 11 Bankruptcy": a name's label, whatever follows
    if unit:
        return None
    if integer and 1 <= value <= 31 and (last.rstrip(".") in MONTHS or last == "the" and len(tail) > 1
                                         and tail[-2] in MONTHS or _MONTH_AFTER.match(s, j)
                                         or _DAY_LIST_BEFORE.search(left)):
        return j  # "May 20", "20 May", "November 14 and 15"
    if _TIME_AFTER.match(s, j) or _ZIP_AFTER.match(s, j) or _STREET_AFTER.match(s, j):
        return j  # "8 pm", "90049 ZIP Code", "221 Baker Street"
    if (last in LABEL_WORDS or left.rstrip().endswith(("#", "№"))
            or _LABEL_LIST_BEFORE.search(s, max(0, j - len(raw) - 160), j - len(raw))
            and not _before_plural_noun(s, j)) \
            and not (last in ("bill", "resolution", "act") and _TALLY_AFTER_MEASURE.match(s, j)):
        tail_m = _RANGE_TAIL.match(s, j)
        return tail_m.end() if tail_m else j  # "page 12", "No. 5", "pages 12 to 14"; "passed the bill 72 to 26" counts
    if integer and _RANK_BEFORE.search(left) and not _before_plural_noun(s, j):
        return j  # "from a rank of 145 in 2021 to 157", "ranked 12th": a place in a list, no amount
    if integer and _NUMBER_TO_CALL.search(left):
        return j  # "You know our number: 999", "the number is 111": a number to call
    if last in _PHONE_VERBS and integer and not (_before_plural_noun(s, j) or _OF_AFTER.match(s, j)):
        return j  # "phoned 911", "dial 999": a number to call; "called 12 witnesses" counts
    if integer and value <= 120 and _APPOSITIVE_BEFORE.search(left) and _APPOSITIVE_AFTER.match(s, j):
        return j  # "Maria Lund, 31, said"
    if not has_mag:
        wb = _WORD_BEFORE.search(left)
        if wb and any(c.isupper() for c in wb.group(1)) and wb.group(1).lower().rstrip(".") not in _NOT_NAMES \
                and not _no_name_before(left, wb) \
                and wb.group(1).lower() not in _BOUNDS \
                and not (wb.group(1).endswith(("'s", "’s"))  # "Sudan's 18 states"; "Obama's 2012 bundlers" a year
                         and not (integer and len(raw) == 4 and 1800 <= value <= 2100)) \
                and sign > 0 and not re.search(r"\(\s*$", left) and not _team_score(s, raw, value, left, j):
            tail_m = _RANGE_TAIL.match(s, j)
            return tail_m.end() if tail_m else j  # "Section 427", "Senate 68 to 32"; not "Barely 20", "Sudan's 18"
    year_like = integer and len(raw) == 4 and 1800 <= value <= 2100 and not has_mag
    if year_like:
        ym = _YEAR_PAIR.match(s, j)
        if ym:
            return ym.end()  # "2014-15", "2019/20"
        if _is_year(s, left, j):
            return j
    if integer and len(raw) == 4 and 1000 <= value < 1800 and not has_mag and not _before_plural_noun(s, j) \
            and not _MORE_OF_THEM.match(s, j) \
            and _UNIT_WORD.match(s, j) is None and _is_year(s, left, j):
        return j  # "legal theory in 1789", "the 1789 view": an earlier year, with nothing counted after it
    if integer and not has_mag and not _hedged_amount(tail, year_like):
        nw = _NEXT_WORD.match(s, j)
        if nw and nw.group(1)[0].isupper() and nw.start(1) - j <= 1 and nw.group(1).lower() not in _NOT_NAMES \
                and nw.group(1).lower() not in MONTHS and not _plural(nw.group(1).rstrip(".")) \
                and not _names_then_plural(s, j):
            return j  # "the 911 Carrera", "the 737 Max"; not "roughly 2000 Thai stores", a hedged count
    return None



_RANK_BEFORE = re.compile(r"\b(?:rank(?:ed)?|ranking|placed)\s+(?:of\s+|at\s+)?(?:no\.?\s+|number\s+)?"
                          r"(?:\d+(?:\s+in\s+\d{4})?\s+to\s+)?$", re.I)


# Hedges that are also prepositions: before a year they say what about, not how many ("About 2016 Presidency").
_PREPOSITION_HEDGES = {"about", "around", "over", "under", "above", "below", "within", "some"}


def _hedged_amount(tail: list[str], year_like: bool) -> bool:
    """Whether a bound or hedge before a number makes it an amount ("roughly 2000 Thai stores"), not a name."""
    bm = _bound_of(tail)
    if not (bm and bm[0]):
        return False
    return not (year_like and set(tail[-bm[1]:]) <= _PREPOSITION_HEDGES)


_OF_AFTER = re.compile(r"\s+of\b")
_PHONE_VERBS = {"call", "calls", "called", "calling", "dial", "dials", "dialled", "dialed", "dialling", "dialing",
                "phone", "phones", "phoned", "phoning", "ring", "rings", "rang", "ringing", "text", "texts", "texted",
                "texting"}
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
        v2 = _digits_value(m2.group("d"))
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
_SECOND = re.compile(rf"(?P<d>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?![\d/])"
                     rf"|(?P<w>{_WORD}(?:(?:{_AND_AFTER_SCALE}|\s+|-)"
                     rf"{_WORD})*\b)", re.I)


_HEDGE_WORDS = {"some", "about", "around", "roughly", "nearly", "almost", "over", "than", "approximately", "estimated",
                "only", "just", "least", "all"}


# Words after a year that say what year of it: the year names the thing ("2019 annual reports").
_YEAR_OF = {"annual", "fiscal", "financial", "calendar", "presidential", "general", "midterm", "parliamentary",
            "legislative", "municipal", "regional", "local", "federal", "national", "budget", "census", "levels"}


_NUMBER_TO_CALL = re.compile(r"\b(?:phone\s+|telephone\s+|our\s+|the\s+)?number\s*(?::|is)\s*$", re.I)
# (the sentence reader may end the sentence at its stop; "2 – Ensure compliance": a dash marks it too)
_LIST_MARK_AFTER = re.compile(r"(?:[.)]|\s?[–—-]\s?(?=[A-Z]))(?:\s*[A-Z“\"]|$)")
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\s+$")


# "fiscal year (FY) 2011 investments", "FY 2011": the year of an account, whatever follows.
_FISCAL_YEAR_BEFORE = re.compile(r"\b(?:FY|[Ff]iscal\s+[Yy]ear|[Ff]inancial\s+[Yy]ear)\)?\s*$")


def _is_year(s: str, left: str, j: int) -> bool:
    """A four-digit number from 1800 to 2100 is a year unless it counts something."""
    wb = _WORD_BEFORE.search(left)
    before = wb.group(1).lower() if wb else ""
    if before in ("in", "since", "by", "of", "from", "until", "till", "through", "to", "before", "after",
                  "during", "between", "and", "or", "the", "early", "late", "mid", "circa", "year", "fiscal",
                  "season", "spring", "summer", "autumn", "fall", "winter", "end", "start", "for") \
            or before in MONTHS or not left.strip() or left.rstrip().endswith((",", "(")) \
            or _FISCAL_YEAR_BEFORE.search(left):
        return True
    # A year naming the thing after it: "the upcoming 2020 census", "its 2021 budget"; a plural or a
    # unit after it is counted ("2020 residents", "1850 bus routes", "2000 acres"), as is a hedged
    # number ("some 1850 bus routes").
    nw = _NEXT_WORD.match(s, j)
    word = nw.group(1).rstrip(".") if nw and nw.start(1) - j <= 1 else ""
    if word in _YEAR_OF:
        return True  # "released 2019 annual reports", "the 2020 presidential election"
    return word.isalpha() and word.islower() and not _plural(word) and word not in UNITS and word not in SCALES \
        and before not in _HEDGE_WORDS and not _before_plural_noun(s, j)



def _clean_np(np: str | None) -> str | None:
    if not np:
        return None
    np = _LEADING.sub("", np.strip())
    np = _LEADING.sub("", np).strip(" .,'\"")
    if not np or not np[0].isalpha():
        return None  # "280 million of the 1.5 billion shekels": another figure, not a concept
    first = np.split()[0].lower()
    return np if first not in _PRONOUNS and first not in ("them", "us", "those", "these") else None



def _past(w: str) -> bool:
    """A lowercase past tense or participle, by its ending ("delivered"; "speed" is not one) or one of the
    common irregular ones ("held", "fell", "won")."""
    return w.islower() and (len(w) > 3 and w.endswith("ed") and not w.endswith("eed") or w in _IRREGULAR_PAST)


_IRREGULAR_PAST = {"held", "fell", "won", "lost", "left", "rose", "grew", "went", "came", "became", "stood", "kept",
                   "fled", "died", "got", "made", "took", "gave", "saw", "ran", "sat", "stayed", "remain", "remained"}



def _plural(w: str) -> bool:
    lw = w.lower()
    return lw in _IRREGULAR_PLURALS or (len(lw) > 2 and lw.endswith("s") and not lw.endswith(("ss", "us", "is"))
                                        and lw not in _SINGULAR_IN_S)



# Irregular plurals with a singular of their own; "people", "staff", "police" stay as they are (a
# count of people is a count of "people" in news writing and in NewsQuant's units).
_IRREGULAR_SINGULARS = {"men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
                        "mice": "mouse", "geese": "goose", "knives": "knife", "wives": "wife", "lives": "life",
                        "leaves": "leaf", "halves": "half", "shelves": "shelf", "thieves": "thief", "wolves": "wolf",
                        "calves": "calf", "loaves": "loaf"}


def _singular(phrase: str) -> str:
    """The phrase with its last word in the singular: "fraud charges" -> "fraud charge", "armed men" -> "armed man"."""
    words = phrase.split()
    w = words[-1]
    lw = w.lower()
    if lw in _IRREGULAR_SINGULARS:
        w = _IRREGULAR_SINGULARS[lw]
    elif lw in _IRREGULAR_PLURALS or lw in _SINGULAR_IN_S:
        pass  # ("species", "series": one or many alike)
    elif lw.endswith("ies") and len(lw) > 4:
        w = w[:-3] + "y"
    elif lw.endswith(("ches", "shes", "sses", "xes", "zes")):
        w = w[:-2]
    elif lw.endswith("s") and not lw.endswith(("ss", "us", "is")) and lw not in _SINGULAR_IN_S:
        w = w[:-1]
    words[-1] = w
    return " ".join(words)



# Adjectives before a counted noun that say which or how many, not what is counted: "two other
# incidents", "13 separate offences", "the three remaining orbiters", "eight more people", "five fewer buses".
_NOT_CLASSIFYING = {"other", "separate", "different", "remaining", "additional", "further", "individual", "distinct",
                    "various", "more", "extra", "fewer", "smaller", "larger", "bigger", "older", "younger"}


def _describing_then_plural(s: str, k: int) -> bool:
    """Whether lower-case words describing a noun, hyphenated ones too ("purpose-built midwife-led"),
    joined by "and" or "or" too, then a plural noun follow at s[k:], one to five words in all."""
    for n in range(5):
        nm = _NEXT_NP_WORD.match(s, k)
        if nm is not None and n and nm.group(1) in ("and", "or"):
            k = nm.end()  # "new, upgraded or redeveloped hospitals"
            continue
        if nm is None or not nm.group(1).islower() or nm.group(1) in _NOT_COUNTED \
                or nm.group(1) in _STOP and nm.group(1) not in _DESCRIBING_STOPS:
            return False
        if _plural(nm.group(1)) and "-" not in nm.group(1):
            return True
        k = nm.end()
    return False


# Words in _STOP that still describe a noun inside a list of words describing it: "good-paying, high quality jobs".
_DESCRIBING_STOPS = {"high", "low", "full", "new", "old", "large", "small", "long", "short"}
_DESCRIBED_PLURAL = re.compile(r"\s+[a-z][a-z\-]*s\b(?!\s+(?:of|by)\b)")


def _before_plural_noun(s: str, k: int, participles: bool = True) -> bool:
    """Whether a plural noun ends the next one to three words at s[k:] ("terror offences", "Space Shuttle
    orbiters"), with no function word or verb before it; a participle may describe it ("fewer recorded
    crimes"), unless `participles` is False ("five of those involved ligatures": a verb)."""
    for _ in range(3):
        nm = _NEXT_NP_WORD.match(s, k)
        if nm is None or nm.group(1).lower() in _STOP or nm.group(1).lower() in _NOT_COUNTED:
            return False
        if _past(nm.group(1)):
            if not participles or not _DESCRIBED_PLURAL.match(s, nm.end()):
                return False  # ("35 killed", "five injured were"); "fewer recorded crimes" counts crimes
        elif _plural(nm.group(1)):
            return True
        k = nm.end()
    return False


def _ends_counted(s: str, nm: re.Match, words: list[str], value: float, first: bool) -> bool:
    """Whether the word matched by nm ends the counted phrase `words` (or stops it starting): a function
    word, an adverb, a verb, a participle after its noun ("students enrolled") or alone ("35 killed"),
    or "of" before what is no group of the things counted ("280 million of the 1.5 billion")."""
    w = nm.group(1)
    lw = w.lower()
    if lw in _COMPASS and w[0].isupper() and _CAPITALISED_NEXT.match(s, nm.end()):
        return False  # "285,000 South Sudanese refugees", "two North Korean ships": a people's name
    # A participle may stand as an adjective before a plural noun ("170 suspected deaths").
    participle = _past(w) and (not words or _plural(words[-1]) or value == 1) and not (
        not words and _before_plural_noun(s, nm.end()))
    verb = lw.endswith(("ing", "ed", "es")) and _DETERMINER_NEXT.match(s, nm.end())
    if lw in _STOP or lw in _NOT_COUNTED or (lw.endswith("ly") and len(lw) > 4) or participle or verb:
        return True
    return bool(first and nm.group(0).strip().lower().startswith("of") and value != 1 and not (
        _plural(w) or w.islower() and _before_plural_noun(s, nm.end())))


_COMPASS = {"north", "south", "east", "west"}
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]+\b(?!['’])")
_TOTAL_AFTER = re.compile(r"\s+\d[\d,]*(?=\s+[A-Za-z])")


def _before_what_is_counted(s: str, nm: re.Match, lw: str) -> bool:
    """Whether a word opening the phrase after a number stands before what is counted: the number of
    the whole ("five of the territory's six delegates") or its owner ("18 of the area's districts")."""
    return (lw in SMALL or lw.isdigit() or lw.endswith(("'s", "’s"))) and _NEXT_NP_WORD.match(s, nm.end()) is not None


def _counted(s: str, j: int, value: float) -> tuple[str | None, str | None, int]:
    """The counted noun phrase after a number at s[j:]: (object, unit, end). "7,000 bodies" -> bodies."""
    words = []
    k = j
    first = True
    pm = _OF_PRONOUN.match(s, j)
    if pm and not _before_plural_noun(s, pm.end(), participles=False):
        return None, None, j  # "five of those involved ligatures": "those" stands for a group named before
    if (om := _OF_OWNER.match(s, j)) and _before_plural_noun(s, om.end()):
        k, first = om.end(), False  # "all 16 of its aircraft", "three of their children": aircraft, children
    while len(words) < 5:
        if (model := _DESIGNATION_BEFORE_NOUN.match(s, k)) and _before_plural_noun(s, model.end()):
            k = model.end()  # "24 new RS-25 engines", "four F-35 jets": engines, jets are counted
            first = False
            continue
        nm = (_NP_WORD if first else _NEXT_NP_WORD).match(s, k)
        if nm is None and words and len(words) <= 2 and all(x.islower() for x in words) and not _plural(words[-1]) \
                and s.startswith(", ", k) and _describing_then_plural(s, k + 1):
            k += 1  # "two new, purpose-built units": words describing the units, a comma between them
            continue
        if nm is None and (size := _SIZE_BEFORE_NOUN.match(s, k)) and _before_plural_noun(s, size.end()):
            k = size.end()  # "two additional 20-year options", "two 12-roll packs": options, packs are counted
            first = False
            continue
        if nm is None:
            break
        w = nm.group(1)
        lw = w.lower()
        if first and lw in _PEOPLE_STATES and not _before_plural_noun(s, nm.end()):
            return w, "person", nm.end()  # "left five dead and 30 injured": people, as the state names them
        if lw == "and" and words and words[-1][0].isupper() and s[nm.end():nm.end() + 2].strip()[:1].isupper():
            words.append(w)
            k = nm.end()
            continue
        if not words and lw in _NOT_CLASSIFYING and _before_plural_noun(s, nm.end()):
            k = nm.end()  # "two other incidents", "22 different crimes": the noun is what is counted
            first = False
            continue
        if words and lw in UNITS and all(x[0].isupper() for x in words):
            return None, UNITS[lw], nm.end()  # "33 Earth days": a unit after a name that qualifies it
        if words and lw in _TIME_WORDS and all(x.islower() for x in words):
            # "two financial years", "twenty working days", "three consecutive years": a time unit,
            # named with the word before it when the two are one term.
            unit = _TIME_WORDS[lw]
            if words[-1].lower() in _TIME_TERMS:
                unit = f"{words[-1].lower()} {unit}"
            return " ".join(words + [w]), unit, nm.end()
        if lw in ("and", "or") and words and all(x.islower() for x in words) and not _plural(words[-1]) \
                and (cm := _COORDINATED_PLURAL.match(s, nm.end())) and _plural(cm.group(1)):
            words.append(w)  # "36,000 direct and indirect jobs": two words describing one counted noun
            k = nm.end()
            continue
        if _ends_counted(s, nm, words, value, first):
            break
        if not words and _before_what_is_counted(s, nm, lw):
            k = nm.end()
            first = False
            continue
        if not words and lw.endswith(("'s", "’s")) and (total := _TOTAL_AFTER.match(s, nm.end())):
            k = total.end()  # "12 of the state's 41 pledged delegates": delegates are counted
            first = False
            continue
        if lw.endswith(("s'", "s’")) and _plural(lw[:-1]):
            words.append(w[:-1])  # "the two sides' positions": the possessor is what is counted
            k = nm.end()
            break
        words.append(w)
        k = nm.end()
        first = False
        if w.endswith("-"):
            break
    if not words:
        return None, None, j
    if _people_named(words):
        return " ".join(words), "person", k  # "52,000 South Sudanese have fled": people, by their nation
    head = _counted_head(words, value)
    if head is None:
        return None, None, j
    return _counted_phrase(s, j, k, words, head)


# A size written with figures before the counted noun: "20-year", "12-roll", "5,000-seat".
_SIZE_BEFORE_NOUN = re.compile(r"\s+\d[\d,.]*-[a-z]+\b(?!-)")
# A model's designation before the counted noun: "24 new RS-25 engines", "four F-35 jets", "two A320 aircraft".
_DESIGNATION_BEFORE_NOUN = re.compile(r"\s+[A-Z][A-Za-z]{0,3}-?\d[\w\-]*(?=\s+[a-z])")
_COORDINATED_PLURAL = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*)\b")


# A count made a rate over a short time or a game: "28 laser pulses per second", "500 tests per day",
# "3.7 rebounds per game". (Per year or month the annotators count the things: "300 cars per year".)
_COUNT_PER = re.compile(r"\s+per\s+(second|minute|hour|day|game|match)\b", re.I)


def _people_named(words: list[str]) -> bool:
    """Whether the words after a number are a people's name that has no plural ("Sudanese",
    "South Sudanese", "Congolese", "Japanese"): a count of people."""
    last = words[-1]
    return last.endswith("ese") and bool(NATIONALITY_WORD.fullmatch(last)) and len(words) <= 2 \
        and all(w[0].isupper() for w in words) and (len(words) == 1 or words[0].lower() in _COMPASS)


def _counted_head(words: list[str], value: float) -> int | None:
    """Which of the words after a number is the counted noun: the last for one thing, else the first
    plural (or what a collective word or a name before it qualifies); None when they are a name."""
    if value == 1:
        return len(words) - 1
    head = next((n for n in range(len(words)) if _plural(words[n])), None)
    while head is not None and head + 1 < len(words) and words[head].lower() in _COLLECTIVE_MODIFIERS \
            and _plural(words[head + 1]):
        head += 1  # "two French police officers": officers are counted
    if head is not None and head + 1 < len(words) and words[head][0].isupper() and words[head + 1].islower() \
            and (_plural(words[head + 1]) or words[head + 1] in _COLLECTIVE_MODIFIERS):
        head += 1  # "five Armed Forces personnel", "40 Royal Marines commandos": the name qualifies them
    if head is None:
        if len(words) > 1 and words[0][0].isupper() or _describing(words[0]):
            return None  # a name; "six new Deep-ocean Assessment ... stations": not "new"
        head = 0
    return head


# A participle before the counted noun describes it: "alleged violations", "displaced persons", "existing mayors".
_MODIFYING_PARTICIPLE = re.compile(r"[a-z]+(?:ed|ing)")
# Nouns a nationality makes a kind of their own: "British nationals", "Welsh speakers".
_NATIONAL_KINDS = {"national", "nationals", "speaker", "speakers"}


def _nationality_of_a_kind(word: str, noun: str) -> bool:
    """Whether a nationality before the counted noun only says whose it is ("five African countries",
    "Syrian refugees": country, refugee), not a kind of its own ("British nationals")."""
    return (word.lower() in DEMONYMS or bool(NATIONALITY_WORD.fullmatch(word))) and noun.islower() \
        and noun not in _NATIONAL_KINDS and noun not in UNITS  # ("Indian rupees", "American Samoans")


def _counted_phrase(s: str, j: int, k: int, words: list[str], head: int) -> tuple[str | None, str | None, int]:
    """(object, unit, j) of the counted phrase `words` (read up to s[k]) whose counted noun is words[head]."""
    np_words = words[:head + 1]
    if np_words[-1].lower() == "and":
        np_words = np_words[:-1]
    if not np_words:
        return None, None, j
    obj = " ".join(np_words)
    # The unit is the counted noun without words that only describe it ("three newer versions", "230
    # suspected cases": version, case); the object keeps them. A people's adjective may name a kind
    # ("Welsh speakers", "Mexican nationals") and stays.
    unit_words = np_words
    while len(unit_words) > 1 and (_describing(unit_words[0]) or _MODIFYING_PARTICIPLE.fullmatch(unit_words[0])
                                   or _nationality_of_a_kind(unit_words[0], unit_words[-1])
                                   or unit_words[0].lower() in _COMPASS and len(unit_words) > 2
                                   and _nationality_of_a_kind(unit_words[1], unit_words[-1])):
        unit_words = unit_words[1:]  # ("12 infected volunteers", "five African countries": volunteer, country)
    if any(w in ("and", "or") for w in unit_words[:-1]) and all(w.islower() for w in unit_words):
        unit_words = unit_words[-1:]  # "direct and indirect jobs": job
    np = " ".join(unit_words)
    om = _OF_NP.match(s, k if head == len(words) - 1 else j)
    if om and head == len(words) - 1 and _clean_np(om.group("np")):
        obj = f"{np} of {' '.join(_clean_np(om.group('np')).split()[:6])}"
    if np_words[-1][0].isupper() and len(np_words) == 1 and not _plural(np_words[-1]):
        return None, None, j
    unit = _singular(np).lower() if not any(c.isupper() for c in np[1:]) else _singular(np)
    if head == len(words) - 1 and (per := _COUNT_PER.match(s, k)):
        unit = f"{unit} per {per.group(1).lower()}"  # "28 laser pulses per second", "500 tests per day"
    return obj, unit, j



def _confidence(m: re.Match, qualifier: str | None, unit: str | None) -> float:
    c = 0.9 if m.group("d") else 0.7
    if unit is None:
        c -= 0.2
    return round(c, 2)



_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "there", "this", "that", "which", "who", "what"}
