"""Sentence boundaries in news text, by rule: fast, and good enough for attribution."""

from __future__ import annotations

import re

from ..clean import trimmed

# Titles written with a full stop before a name ("Lt. Col. Dana Fry"): the resolver reads them as part
# of a name's run (claims.extract.resolve).
TITLE_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "prof", "rev", "lt", "col", "sgt",
                       "capt", "jr", "cpl", "det", "supt", "insp", "maj", "brig", "cmdr", "pte", "rt", "hon"}
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = TITLE_ABBREVIATIONS | {
    "sr", "pres", "sec", "atty", "adm", "cllr",
    "inc", "corp", "co", "ltd", "llc", "bros", "dept", "univ", "assn", "no", "vol", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "vs", "etc", "e.g", "i.e", "approx", "est", "ft", "mt",
}
# Abbreviations that also close sentences ("... home loans in the U.S. Mr. Brown says"): their stop
# ends one when the next sentence plainly opens, with a pronoun, an article or an honorific.
_CLOSING_ABBREVIATIONS = {"u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "etc", "inc", "corp", "co", "ltd", "llc",
                          "jr", "sr", "bros"}
_PLAIN_OPENING = re.compile(r"\s+[“\"‘']?(?:(?:He|She|It|They|We|I|The|This|These|Those|There)\b(?![.\-’'])"
                            r"|(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z])")

# A stop, any closing marks, then space and the capital (or opening mark) of the next sentence.
# NYT-style text writes quotation marks as two apostrophes: ''Yes,'' he said.
_END = re.compile(r"""[.!?]+(?:''|["'”’)\]])*(?=\s+(?:''|["'“‘(\[]){0,2}[A-Z0-9])""")


# An opening phrase or clause of time or circumstance, up to its comma: "Shortly after Shakiyev’s
# announcement, ", "As he concluded his questioning of Judge Samuel Alito, ". Its subject is not the
# sentence's, whose subject follows the comma.
OPENING_ADJUNCT = re.compile(
    r"[\s“”\"]*(?:(?:Shortly|Soon|Just|Long|Only|Even|Days|Hours|Weeks|Months|Years|Minutes|Moments)\s+)?"
    r"(?i:after|before|following|since|despite|unlike|like|amid|upon|during|until|under|within|without|through|"
    r"in|on|at|with|from|by|as|when|while|once|although|though|because|if)\s[^,;:.!?“”\"]{1,120},\s")


_LAST_WORD = re.compile(r"(?<![\w'’])([\w.]+)\.$")
# A question or exclamation quoted, then its attribution as a sentence of its own words ('"Why now?"
# Ana Ruiz asked.', '"We won!" Mr. Hale told reporters on Monday.'): one sentence, or the speaker is lost.
_QUOTED_ASK = re.compile(r"[!?]+(?:''|[\"”’])$")
_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:(?:[A-Z][\w’'\-]*\.?)\s+){1,4}(?:said|says|asked|asks|added|adds|wrote|writes|told|tells|tweeted|"
    r"replied|recalled|exclaimed|shouted|cried|wondered|insisted|explained|continued)"
    r"(?:\s+(?:reporters|journalists|[A-Z][\w’'\-]*|on\s+\w+|in\s+\w+|at\s+\w+|to\s+\w+|\w+day|yesterday|"
    r"today|tonight|later|afterwards|again)){0,3}[.,;:]")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans = []
    pos = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        word = _LAST_WORD.search(text, max(pos, m.start() - 12), m.start() + 1)
        if word and m.group().startswith(".") and len(m.group()) == 1:
            w = word.group(1).lower()
            # An abbreviation, or an initial like "J." in "John F. Kennedy"; not one that closes its
            # sentence before a plain opening ("in the U.S. Mr. Brown says").
            if (w in ABBREVIATIONS or (len(w) == 1 and w.isalpha())) \
                    and not (w in _CLOSING_ABBREVIATIONS and _PLAIN_OPENING.match(text, stop, end)):
                continue
        if m.group()[0] in "!?" and _QUOTED_ASK.search(m.group()) and _ATTRIBUTION_AFTER.match(text, stop, end):
            continue
        spans.append((pos, stop))
        pos = stop
    spans.append((pos, end))
    return [span for s, e in spans if (span := trimmed(text, s, e))]
