"""What a figure is about: its object (the thing counted or measured), concept and time scope.

Read from the sentence around the figure: the noun after a count ("7,000 bodies"), what a measure
is "of" ("5% of its workforce"), the subject of the clause the figure stands in ("Orvik jumped
8%"), and the time expression of that clause ("at the end of 2003").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .records import Claim
from .units import (MONTHS, SCALES, SMALL, WEEKDAYS)
from .figure_words import (_NOT_COUNTED, _NOT_NAMES, _OF_NP, _PRENOMINAL, _PRONOUNS, _STOP, _VERBISH, _alternation,
                           _before_plural_noun, _clean_np, _past, _plural, _singular, _tail)

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
    rf"|\bso\s+far\s+this\s+(?:year|month|week|season)\b|\b(?:annually|a\s+year|per\s+year|each\s+year)\b"
    rf"|\b(?:at|by|until|before|after|towards?)\s+the\s+(?:end|start|beginning|middle|close)\s+of\s+(?:the\s+)?"
    rf"(?:(?:first|second|third|fourth|last|next|previous|fiscal|calendar)\s+)*(?:(?:18|19|20)\d\d|year|month|"
    rf"quarter|decade|season|(?:{_alternation(MONTHS)}))\b",
    re.I,
)
# A clause that opens with a participle or a subordinator ("Founded in 1984, ...", "When it opened in
# 1990, ..."): its time belongs to it, not to the figures of the main clause.
_SIDE_CLAUSE = re.compile(r"(?:^|[,;(]\s*)(?:[A-Za-z]+(?:ed|en|ing)|[Ww]hen|[Ww]hich|[Ww]ho|[Ww]hile|[Aa]fter|"
                          r"[Bb]efore|[Ss]ince|[Uu]ntil|[Bb]orn|[Bb]uilt|[Ff]ounded|[Ss]et\s+up)\b[^,;()]*$")
# "that much" and "that figure" point back; other uses of "that" open a clause.
_CLAUSE_BOUNDARY = re.compile(r"[,;:(—–]|\s-\s|\b(?:which|who|while|whilst|whereas|although|though|because|but|"
                              r"as|with|after|when|if|so)\b|\bthat\b(?!\s+(?:much|many|number|figure|amount))|"
                              r"\b(?:said|says|say|told|tells|estimated|estimates|"
                              r"claimed|claims|believes|believed|reported|reports|noted|argued|insisted|"
                              r"warned|announced)\b(?:\s+that\b)?", re.I)
_VERB_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|some|about|around|more|nearly|almost|over|up|at|"
                          r"down)\b|[$€£]?\d)", re.I)
_SUBJECT_WORD = re.compile(r"\s*([A-Za-z0-9&][\w'’&.-]*)")


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
                and not (not words and _before_plural_noun(s, wm.end())) \
                or w.islower() and lw.endswith("s") and _VERB_OBJECT.match(s, wm.end()):
            if lw in _EXPECT_VERBS and words:
                em = _RAISED.match(s, wm.end(), b)
                if em and _phrase(em.group(1).split()):
                    return _phrase(em.group(1).split())  # "Acme expects its sales to rise 5%": its sales
            break
        if w[0].isdigit() and words and not any(ch.isupper() for ch in words[-1]):
            break
        if words and lw in _ADVERB_HEDGES:
            break  # "Sales nearly doubled": the hedge opens the predicate
        if lw in ("the", "a", "an") and words and words[-1].lower() not in _PREPOSITIONS:
            words = []  # "... between wages and rents the cost of food": a new noun phrase starts
        words.append(w)
        k = wm.end()
    if pronoun and len(words) == 1 and words[0].islower():
        return None  # "It employs 500 people": the one word is the verb of a pronoun
    return _phrase(words)



_ADVERB_HEDGES = {"nearly", "almost", "roughly", "just", "only", "about", "around", "approximately"}


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
_NAME_RUN = re.compile(r"(?<![\w])((?:[A-Z][\w&.'’-]*\s+)*[A-Z][\w&.'’-]*(?:\s+\d+)?)\s*\(?\s*[-+−–]?$")
_NOUN_FOR = re.compile(r"\b(?:a|an|the)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+for\s+(?:(?:about|around|more\s+than|"
                       r"less\s+than|up\s+to|nearly|almost|roughly|some|just|over|under|an?)\s+)*$")
_X_OF = re.compile(r"([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})\s+(?P<link>of|at|to|totall?ing)\s+"
                   r"(?:(?:about|around|more\s+than|"
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


def add_context(s: str, base: int, claims: list[Claim], kinds: list[str]) -> None:
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
        c.time_scope = _time_scope([tm for tm in scopes if not _in_side_clause(s, base, tm, c)], c)
        if c.unit is None and (counted := _counted_before(s, base, c)):
            c.unit = counted  # "the number of nurses has gone up by 12,131": nurses
        if c.unit is None and (earlier := _gapped_count(s, c, claims[:n], kinds[:n])) is not None:
            c.unit, c.object = earlier.unit, earlier.object  # "Germany 500,000 refugees; France, 24,000"



# A list with its verb left out after the first item: "Germany has promised to accept 500,000
# refugees; France, 24,000; the UK, 20,000", "Labor won 14 seats while the Liberals have won seven,
# the Greens two": a name, then the bare figure, then the item's end.
_GAPPED_BEFORE = re.compile(r"[,;]\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3},?\s+$")
_GAPPED_AFTER = re.compile(r"\s*(?:[,;.)]|\(|$)")
_TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}


def _gapped_count(s: str, c: Claim, before: list[Claim], kinds: list[str]) -> Claim | None:
    """The count a bare whole figure shares its noun with, in a list whose verb is left out after
    its first item; None when the figure is not so placed."""
    if not (c.value >= 1 and float(c.value).is_integer()) or not c.number_text[:1].isalnum() \
            or not _GAPPED_BEFORE.search(s, max(0, c.start - 60), c.start) or not _GAPPED_AFTER.match(s, c.end):
        return None
    earlier = [b for b, kind in zip(before, kinds) if kind == "count" and b.unit and b.unit not in _TIME_UNITS
               and not (b.start > 0 and s.rfind("(", 0, b.start) > s.rfind(")", 0, b.start))]
    return earlier[-1] if earlier else None


# ("overseas jobs": a word in -s before the plural counted is its modifier.)
_NOT_PLURALS = r"(?:across|as|is|was|has|its|his|this|thus|plus|less|unless|whereas|towards|afterwards|perhaps|always)"
_NUMBER_OF = re.compile(r"\b[Tt]he\s+number\s+of\s+((?:[a-z][\w-]*[a-rt-z]\s+|[a-z][\w-]*s\s+"
                        rf"(?=(?!{_NOT_PLURALS}\b)[a-z][\w-]*s\b))?)([a-z][\w-]*s)\b(?<!\bis)(?<!\bwas)(?<!\bhas)")


def _counted_before(s: str, base: int, c: Claim) -> str | None:
    """What "the number of" counts earlier in the figure's sentence, for a whole figure with no noun
    of its own: "The number of new homes grew to 110,831" counts new homes (not a share: "a quarter")."""
    if not (c.value >= 1 and float(c.value).is_integer()):
        return None
    found = list(_NUMBER_OF.finditer(s, base, c.start))
    return _singular(found[-1].group(1) + found[-1].group(2)).lower() if found else None
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


@dataclass
class _Around:
    """A measure (or a count with no counted noun) and the sentence around it, as `_concept`'s readers see it."""

    s: str
    base: int
    c: Claim
    prev_obj: str | None
    ends: list[int]

    @cached_property
    def left(self) -> str:
        return self.s[self.base:self.c.start]

    @cached_property
    def after(self) -> str:
        return self.s[self.c.end:self.c.end + 80]

    @cached_property
    def last(self) -> str:
        """The last word before the figure, as written."""
        words = self.left[-60:].split()
        return words[-1] if words else ""

    @cached_property
    def bare(self) -> list[str]:
        """The last words before the figure, lowercased, hedges ("about", "more than") left out."""
        return [w for w in _tail(self.left) if w not in _HEDGES]

    @cached_property
    def clause(self) -> int:
        """Where the clause of the figure starts."""
        return _clause_start(self.s, self.base, self.c.start, self.ends)


def _concept(s: str, base: int, c: Claim, prev_obj: str | None, ends: list[int]) -> str | None:
    """What a measure describes: "50mph winds" -> winds; "5% of its workforce" -> workforce;
    "a speed of 15-22 mph" -> speed; "Orvik jumped 8%" -> Orvik; "Nikkei -0.8%" -> Nikkei.
    The readers of `_CONCEPT_READERS` are tried in order; the first that finds a phrase wins."""
    at = _Around(s, base, c, prev_obj, ends)
    for reader in _CONCEPT_READERS:
        found = reader(at)
        if found and _usable(found):
            return found
    return None


_FIGURE_IN = re.compile(r"[$£€¥%]|\b\d[\d,.]*\s*(?:billion|million|trillion|bn|m|percent|per\s+cent)\b", re.I)
_NOT_CONCEPTS = {"versus", "vs", "maybe", "perhaps", "potentially", "possibly", "reportedly", "allegedly", "even",
                 "nearly", "almost", "just", "only", "also", "still", "now", "then"}


def _usable(phrase: str) -> bool:
    """Whether a phrase can say what a figure is about: no other figure in it ("Al Jazeera US$3.6
    billion from ..."), no relay of a source ("according to ..."), no adverb alone ("maybe", "versus")."""
    words = phrase.lower().split()
    return not _FIGURE_IN.search(phrase) and "according" not in words \
        and not (len(words) == 1 and (words[0] in _NOT_CONCEPTS or words[0].endswith("ly")))


def _name_before(at: _Around) -> str | None:
    """A name right before the figure, as in market lists and box scores: "Nikkei -0.8%", "F Ana Silva (12.4 ppg)"."""
    if not (any(ch.isupper() for ch in at.last) or at.last in ("(", "-", "+")):
        return None
    nm = _NAME_RUN.search(at.left[-60:])
    if nm and nm.group(1).split()[0].lower() not in _NOT_NAMES and nm.group(1).lower() not in MONTHS:
        return nm.group(1)
    return None


def _name_before_paren(at: _Around) -> str | None:
    """A name whose bracket holds the figure: "Acme (up 5%)"."""
    paren = at.left.rfind("(", -80)
    po = _PAREN_OPEN.search(at.left[-80:]) if paren >= 0 and ")" not in at.left[paren:] else None
    if po and po.group(1).split()[0].lower() not in _NOT_NAMES:
        return po.group(1)
    return None


def _dimension_of(at: _Around) -> str | None:
    """A dimension before its noun: "a 37m (121ft)-long hull of oak", "the 30-metre-high dam"."""
    dm = _DIMENSION.match(at.after)
    words = _np_words(dm.group(1).split()) if dm else None
    if not words:
        return None
    k = at.c.end + dm.start(1) + len(" ".join(words))
    om = _OF_NP.match(at.s, k)
    np = _clean_np(om.group("np")) if om and len(om.group("np")) < 50 else None
    return " ".join(words) + (f" of {np}" if np else "")


def _noun_after(at: _Around) -> str | None:
    """The noun a measure stands before, with its place: "a 12 mm lens mount", "the 70mph gusts in the
    valley", "the 54-year-old Okafor"."""
    pm = _PRENOMINAL.match(at.after)
    if not pm:
        return None
    phrase = pm.group(1)
    if not (not phrase[0].isupper() and (not phrase.split()[0].endswith("ing")
                                         or _ing_compound(phrase) and at.bare[-1:] not in (["of"], ["at"], ["to"]))
            or at.c.number_text.endswith("-old")):
        return None
    words = _np_words(phrase.split())
    if not words or len(words) == 1 and (_past(words[0]) or words[0].endswith("ing")):
        return None
    return " ".join(words) + _place_after(at.s, at.c.end + pm.start(1) + len(" ".join(words)))


def _standard_after(at: _Around) -> str | None:
    """A difference from a standard: "10mph less than the gusts on the coast" is about those gusts."""
    cm = _THAN_AFTER.match(at.after)
    words = _np_words(cm.group(1).split()) if cm else None
    if not words or len(words) == 1 and (_past(words[0]) or words[0].endswith("ing")):
        return None
    return " ".join(words) + _place_after(at.s, at.c.end + cm.start(1) + len(" ".join(words)))


def _acronym_after(at: _Around) -> str | None:
    """An acronym after a measure: "7 nm ICs", "a 270-hp V-6"."""
    am = _ACRONYM_AFTER.match(at.after)
    return am.group(1) if am else None


def _of_after(at: _Around) -> str | None:
    """What the measure is of: "5% of its workforce", "8 miles (13 kilometers) of new tunnels"."""
    om = _OF_NP.match(at.s, _SKIP_PAREN.match(at.s, at.c.end).end())
    return _clean_np(om.group("np")) if om and len(om.group("np")) < 70 else None


def _for_after(at: _Around) -> str | None:
    """What money or a share is for: "paid $12,400 for a 6 kW system", "a fine of $30,000 for each firm"."""
    unit = at.c.unit
    if not (unit and (unit.split(" per ")[0].isupper() or unit == "percent")):
        return None
    fm = _FOR_NP.match(at.s, at.c.end)
    if fm and fm.group(1).split()[-1].lower() not in _TIME_WORDS:
        return _phrase(fm.group(1).split())
    return None


def _total_of_before(at: _Around) -> str | None:
    """What a total counts when the figure is its new level: "brings the total of UK military personnel killed
    in Afghanistan up to 224" -> UK military personnel; "the number of confirmed cases to 1,200"."""
    tm = _TOTAL_OF.search(at.left[-120:])
    if not tm:
        return None
    words = _np_words(tm.group(1).split())
    return " ".join(words) or None


_TOTAL_OF = re.compile(r"\b(?:total|number|tally|count)\s+of\s+(?:the\s+)?"
                       r"([a-zA-Z][\w'’-]*(?:\s+[a-zA-Z][\w'’-]*){0,8}?)\s+(?:up\s+|down\s+)?to\s+"
                       r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?$", re.I)


def _in_after(at: _Around) -> str | None:
    """What money is paid or raised in: "more than £7,000 in fines, compensation and costs", "$2bn in new loans"."""
    if not (at.c.unit and at.c.unit.split(" per ")[0].isupper()):
        return None
    im = _IN_NP.match(at.after)
    if not im or im.group(1).lower() in _IN_IDIOMS:
        return None
    words = []
    for w in im.group(0).split()[1:]:
        w = w.strip(",")
        if w.lower() in _STOP and w.lower() != "and" or _past(w) or w.lower() in _TIME_WORDS:
            break
        words.append(w)
    while words and words[-1].lower() == "and":
        words.pop()
    return " ".join(words) or None


_IN_NP = re.compile(r"\s+in\s+([a-z][\w'’-]*)(?:,?\s+(?:and\s+)?[a-z][\w'’-]*){0,4}")
# "in" + a noun that makes an idiom, not what money is in: "£5m in total", "$3 in line with forecasts".
_IN_IDIOMS = {"line", "part", "full", "total", "advance", "return", "addition", "order", "place", "case", "fact",
              "effect", "response", "exchange", "lieu", "favour", "favor", "charge", "time", "turn", "principle",
              "real", "nominal", "cash", "terms", "all", "each", "both", "one", "today", "recent"}


def _x_of_before(at: _Around) -> str | None:
    """The noun the figure is a value of: "a speed of 15-22 mph", "the federal guideline of 15 ppb", "costs
    of £1,105", "fines and costs totalling £1,855"."""
    xm = _X_OF.search(at.left[-60:]) if at.bare and at.bare[-1] in ("of", "at", "to", "totalling", "totaling") \
        else None
    if not xm:
        return None
    words = xm.group(1).split()
    # Only the words after a verb inside the phrase: "reported revenue of" -> revenue. The word right
    # before "of" is a noun even when it could be a verb: "costs of £1,105".
    last = len(words) - 1 if xm.group("link").lower() in ("of", "totalling", "totaling") else len(words)
    verbs = [n_w for n_w, w in enumerate(words[:last]) if _past(w) or w.lower() in _VERBISH
             or w.lower() in _LEVEL_VERBS and n_w < last]
    if verbs:
        words = words[verbs[-1] + 1:]
    words = [w for n, w in enumerate(words) if w.lower() not in _STOP or w.lower() == "and" and 0 < n < len(words) - 1]
    before = xm.group(1).split()[-1].lower()
    # ("closed at $5": a level; "a cost of $5", "costs totalling £1,855": a noun's value.)
    level = before in _LEVEL_VERBS and xm.group("link").lower() not in ("of", "totalling", "totaling")
    if words and not any(w.lower() in SCALES for w in words) and not level \
            and not any(w[0].isdigit() for w in words) and not words[-1].endswith("ing"):
        return " ".join(words[-3:])
    return None


def _noun_for_before(at: _Around) -> str | None:
    """ "a grounding for more than three months": what lasts or costs the figure."""
    fm = _NOUN_FOR.search(at.left[-50:]) if at.bare and at.bare[-1] == "for" else None
    return fm.group(1) if fm else None


def _clause_subject(at: _Around) -> str | None:
    """The subject of the clause the figure stands in: "Orvik jumped 8%"."""
    return _subject(at.s, at.clause, at.c.start)


def _relative_head(at: _Around) -> str | None:
    """For a relative clause, what it hangs on: "the tanker, which carries 300,000 tonnes"."""
    s, base, cs = at.s, at.base, at.clause
    if not s[base:cs].rstrip().endswith(("which", "who", "that")):
        return None
    rm = _RELATIVE.search(s[max(base, cs - 60):cs])
    return _phrase((rm.group(1) or rm.group(2)).split()) if rm else None


def _appositive_subject(at: _Around) -> str | None:
    """An appositive between subject and verb: "Energy, last year's weakest sector, dropped 2.3%"."""
    s, base, cs = at.s, at.base, at.clause
    if not (cs > base and s[cs - 1] == ","):
        return None
    prev = _clause_start(s, base, cs - 1, [])
    if not (prev > base and s[prev - 1] == ","):
        return None
    words = s[_clause_start(s, base, prev - 1, []):cs - 1].replace(",", " ").split()
    return _phrase(words) if not any(w.replace(".", "").isdigit() for w in words) else None


def _previous_object(at: _Around) -> str | None:
    """The object of the figure before, in the same sentence."""
    return at.prev_obj


def _sentence_subject(at: _Around) -> str | None:
    """Else the subject of the sentence's first clause."""
    first_clause = _CLAUSE_BOUNDARY.search(at.s, at.base)
    return _subject(at.s, at.base, first_clause.start()) if first_clause else None


# In order: the words right around the figure first, then its clause, then the sentence.
_CONCEPT_READERS = (_name_before, _name_before_paren, _dimension_of, _noun_after, _standard_after, _acronym_after,
                    _of_after, _for_after, _in_after, _total_of_before, _x_of_before, _noun_for_before,
                    _clause_subject, _relative_head, _appositive_subject, _previous_object, _sentence_subject)


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
        if w.lower() in _STOP or w.lower() in _NOT_COUNTED or (w.endswith("ly") and len(w) > 4) or w in _VERBISH \
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



def _in_side_clause(s: str, base: int, tm: re.Match, c: Claim) -> bool:
    """Whether the time expression tm, before the figure c, stands in a side clause that closes before c:
    "Founded in 1984, the bank had assets of ..." is no time of the assets."""
    if tm.end() > c.start:
        return False
    return bool(_SIDE_CLAUSE.search(s, base, tm.start())) and bool(re.search(r"[,;)]", s[tm.end():c.start]))


def _time_scope(scopes: list[re.Match], c: Claim) -> str | None:
    """The time expression nearest after the figure in its sentence (within a few words), else before it."""
    before = None
    for tm in scopes:
        if tm.start() >= c.end:
            return tm.group(0) if tm.start() - c.end <= 60 else (before.group(0) if before else None)
        if tm.end() <= c.start:
            before = tm
    return before.group(0) if before else None

