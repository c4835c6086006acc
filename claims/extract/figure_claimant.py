"""Who claims a figure, and who disputes it.

A figure the writer states has no claimant. A figure inside a quote is its speaker's; a figure
after "X said" or "according to X" is X's. `disputed_by` is set only when a following clause
disputes the figure itself ("a figure the company disputes"), not for any "denied" in the sentence.
"""

from __future__ import annotations

import re

from .cues import ALL_TOLD, FIGURE_CLAIM_VERBS, FIGURE_DISPUTE_VERBS, alternation
from .records import Claim, Quote
from .figure_words import (_PRONOUNS)
from .names import classify_name
from .units import MONTHS, WEEKDAYS

_SAY = alternation(FIGURE_CLAIM_VERBS)
# A named subject ("Acme Corp", "Ms Lund"), a description ("the minister", "the ministry's figures",
# "a new report", "officials") or an estimate and its makers ("Estimates by event organisers") before a
# verb of saying; the figure after it is theirs.
_SUBJECT = (r"(?:[A-Z][a-z]+\s+(?:by|from)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*|"
            r"(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*?[A-Z][\w'’.-]*|(?:the|The|A|An)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*|"
            r"officials|authorities|police|experts|analysts|researchers|economists|scientists|campaigners)")
# When, between a subject and its verb: "the Jenner Institute in April announced", "the ministry last week said".
_WHEN = (r"(?:\s+(?:(?:in|on|last|this|earlier|late)\s+(?:(?:January|February|March|April|May|June|July|August|September|"
         r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)"
         r"(?:\s+\d{1,2})?)|yesterday|today|earlier))")
_NAME = r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|the\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)"
_CLAIM_VERB = re.compile(
    rf"(?P<subj>{_SUBJECT})(?:,[^,]{{1,60}},)?{_WHEN}?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:[a-z]+ly\s+)?{_SAY}\b"
    # (a verb right after it shows it was a noun: "A similar conservative estimate indicated ...")
    rf"(?!\s+(?:{_SAY}|found|put|puts|was|is|were|are|has|had|have|released|published)\b)"
)
# "..., the minister said." / "..., said Ms Lund." at the end of the sentence: the figures before are theirs.
_SAID_AFTER = re.compile(
    rf",\s*(?:(?P<subj>{_SUBJECT})\s+(?:has\s+|had\s+)?{_SAY}|(?:said|says|added|told\s+\w+)\s+"
    rf"(?P<subj2>{_NAME}))\b[^,;]{{0,40}}[.!?\"”]*\s*$"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?P<subj>[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*)*"
                        r"|(?:a|an|the)?\s*[a-z]+(?:\s+[a-z]+)?)")
# Someone disputing the figure itself: "X disputed the figure", "X denies it", "a toll X rejects",
# "the estimate was disputed by X". "X, who denied murder" disputes no figure.
_DISPUTE_VERB = alternation(FIGURE_DISPUTE_VERBS)
_FIGURE_WORD = (r"(?:figures?|numbers?|estimates?|claims?|tall(?:y|ies)|counts?|toll|totals?|statistics|data|"
                r"calculations?|amounts?|sums?|it|this|that|them|those)")
_WHO = (r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*" + r"|the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?|\b[a-z]+s")
_DISPUTE = re.compile(
    rf"(?P<who>{_WHO})\s+(?:has\s+|have\s+|had\s+)?(?:since\s+|also\s+|publicly\s+|strongly\s+)?{_DISPUTE_VERB}"
    rf"\s+(?:the\s+|this\s+|that\s+|these\s+|those\s+|its\s+|their\s+|such\s+|any\s+)?{_FIGURE_WORD}\b"
    rf"|\b(?:which|a\s+{_FIGURE_WORD}|an\s+{_FIGURE_WORD})\s+(?P<who2>{_WHO})\s+(?:has\s+|have\s+)?"
    rf"(?:since\s+|also\s+|publicly\s+)?{_DISPUTE_VERB}\b"
    rf"|\b{_DISPUTE_VERB}\s+by\s+(?P<by>{_WHO})"
)
# Discourse words that end a claimant as written: "the ranch, however," is "the ranch".
_CLAIMANT_TAIL = re.compile(r"[\s,;:]+(?:however|meanwhile|though|too|also|instead|in\s+turn)?[\s,;:]*$", re.I)


def cues_of(text: str, s_start: int, s_end: int, first: int) -> tuple:
    """The sentence's claim verbs, "according to", "..., X said" at its end, and disputing clauses."""
    verbs = [m for m in _CLAIM_VERB.finditer(text, s_start, s_end) if not ALL_TOLD.match(text, m.start())]
    return (verbs, _ACCORDING.search(text, s_start, s_end),
            _SAID_AFTER.search(text, s_start, s_end), list(_DISPUTE.finditer(text, first, s_end)))


def attribute(c: Claim, text: str, cues: tuple, quotes: list[Quote]) -> None:
    """Claimant and who disputes the figure.

    A figure in a quote is its speaker's; after "X said" or "according to X", or before a closing
    "..., X said", X's; else the writer's own (no claimant). `cues` come from `cues_of`.
    """
    verbs, according, said_after, disputes = cues
    for n, q in enumerate(quotes):
        if q.start <= c.start < q.end and (q.speaker or q.speaker_text):
            # An unresolved mention ("it", "a spokesman") is kept as written, never made a claimant.
            c.claimant = q.speaker
            c.claimant_text = _clean(q.speaker_text)
            c.quote_index = n
            c.confidence = round(min(1.0, c.confidence + 0.05), 2)
            break
    if c.claimant is None and c.quote_index is None:
        c.claimant_text = _claimant(c, verbs, according, said_after)
        c.claimant = _as_speaker(c.claimant_text, quotes)
    dm = next((d for d in disputes if d.start() >= c.end), None)
    if dm:
        who = (dm.group("who") or dm.group("who2") or dm.group("by") or "").strip()
        who = re.sub(r"^the\s+", "", who, flags=re.I) if who.lower().startswith("the ") and who[4:5].islower() else who
        if who and who.split()[0].lower() not in ("it", "this", "that", "which"):
            c.disputed_by = who


def _claimant(c: Claim, verbs: list, according, said_after) -> str | None:
    """The subject of the last verb of saying before the figure, else "according to X", else a closing
    "..., X said" after it; pronouns and bare articles are no claimant."""
    found = None
    for vm in verbs:
        if vm.end() <= c.start and _named(vm.group("subj")) and not _not_a_claim(vm):
            found = vm.group("subj")
    if found is None and according:
        found = according.group("subj").rstrip(".")
    if found is None and said_after and said_after.start() >= c.end:
        subj = said_after.group("subj") or said_after.group("subj2")
        found = subj if _named(subj) else None
    return _clean(found)


# After the verb: "announced" with no clause after it announces a thing ("announced £175million of
# funding"), and "claimed ... lives" counts the dead; neither is a claim.
_ANNOUNCED_A_THING = re.compile(r"\s+(?!that\b)")
_LIVES_AFTER = re.compile(r"[^.;:]{0,40}?\blives?\b")
# Before the subject: a place it is in ("Police in the West Midlands in England today said").
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of)\s$")


def _not_a_claim(vm: re.Match) -> bool:
    """Whether a verb of saying read before a figure makes no claim of it (see above)."""
    text, verb = vm.string, vm.group().split()[-1].lower()
    if verb.startswith("announce") and _ANNOUNCED_A_THING.match(text, vm.end()):
        return True
    if verb.startswith("claim") and _LIVES_AFTER.match(text, vm.end()):
        return True
    return bool(_PLACE_BEFORE.search(text, max(0, vm.start() - 6), vm.start()))


def _as_speaker(who: str | None, quotes: list[Quote]) -> str | None:
    """The claimant as the quotes' speakers are named: a person's full name without its title or
    honorific ("Commissioner Ilona Varga" is Ilona Varga, as "Ilona Varga" is in a quote); anything
    else as written (a body, a description or a surname, which linking leaves unresolved)."""
    if not who:
        return None
    m = classify_name(who, 0, len(who), who.split())
    if m is not None and m.kind == "person" and m.name and not m.common and " " in m.name and m.name != who:
        return m.name
    return who


# Capitalised words that open a sentence and name no one: "By reports on Saturday, two died".
_OPENERS = {"by", "in", "on", "at", "for", "from", "with", "as", "after", "before", "but", "and", "so", "if", "when",
            "while", "since", "this", "that", "there", "here", "these", "those", "its", "their", "his", "her"}


def _named(subj: str) -> bool:
    words = subj.strip().lower().split()
    return bool(words) and subj.strip().lower() not in _PRONOUNS | {"the", "a", "an", "it", "he", "she", "they", "we",
                                                                    "i", "you"} and words[0] not in _OPENERS \
        and not (len(words) == 1 and words[0] != "may" and (words[0] in MONTHS or words[0] in WEEKDAYS))
    # ("Reports as of Wednesday said": when, not who; "May said" may be Theresa May)


def _clean(who: str | None) -> str | None:
    """A claimant as written, without trailing commas and discourse words; None when nothing is left."""
    if not who:
        return who
    who = _CLAIMANT_TAIL.sub("", who.strip()).strip()
    return who or None
