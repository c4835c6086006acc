"""Direct quotes and reported speech, with their speakers, by the rules of English news writing.

No parser and no model: news attribution is formulaic enough that a cue verb ("said", "told",
"according to") and the few shapes a speaker and its content take around it find almost all of it:

    "There is no basis ...," Kremlin spokesperson Dmitry Peskov told reporters Tuesday.   after
    Peskov said: "..."   /   Peskov said Tuesday that the talks ...                       before
    "Judge," Brafman said, "I have never ..."                                              inside
    "...," said Peskov.                                                                    inverted
    The talks, Peskov said, were a success.  /  The talks were a success, Peskov said.    reported
    According to officials, the talks ...  /  ..., according to officials.
    NY Daily News: Paris Attacks Highlight Threat                                          headline

Spans follow the conventions of attribution corpora (PolNeAR): a direct quote runs from its
opening mark to its closing mark, over the attribution inside it and over several paragraphs; the
content of reported speech starts at "that" when there is one and stops before the final stop.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .cues import (CUE, TELL_CUES, INVERTIBLE, WEAK_CUES, TELL_HEARER_CUES, NAMING_CUES, AS_CUES, NOMINAL_CUES,
                   INFINITIVE_CUES, STRONG_CUES, PARTICIPLE_CUES, TELL_CONTENT_CUES, DOCUMENT_CUES,
                   OBJECT_CUES, ASKING_CUES, ADMISSION_CUES, NOUN_CUES, QUESTION_CUES, ALL_TOLD)
from .dates import find_date
from .names import (AUXILIARIES, CLAIM_NOUNS, CLAUSE_WORDS, DETERMINERS, DOCUMENTS, EVERYDAY_PEOPLE, GENERIC_BODIES,
                    GERUND_LEADS, GIVEN_NAMES, NAME_PARTICLES, ORG_HEADS, ORG_WORDS, OWNED_CLAIM, PERSON_HEADS,
                    PLATFORMS, TITLES, SpeakerMention, classify_name, read_speaker_after, read_speaker_before)
from .resolve import Resolver
from .records import Quote, Speaker
from .sentences import OPENING_ADJUNCT, split_sentences


OPEN_DOUBLE = "“\"„«"
CLOSE_MARKS = "”\"»’'"
CLOSE_DOUBLE = "”\"»"
MARK = re.compile(r"''|``|[“”\"„«»‘’']")
SENT_END = re.compile(r"[.!?]+[\"'”’)]*$")

# After a cue: things that sit between the cue and the content.
DATE_ADJUNCT = re.compile(
    r"\s*,?\s*(?:(?:on|last|this|late|early|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday|tonight|this\s+week|last\s+week|this\s+month|last\s+month|last\s+year|"
    r"this\s+year|earlier\s+this\s+\w+|recently|previously|repeatedly|again|also|once|later|earlier|"
    r"publicly|privately|afterward|afterwards|then|now|first|last|too|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?|\w+ly)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,.:;]|$)")
PP_ADJUNCT = re.compile(
    r"\s*,?\s*(?:in|on|at|during|via|through|from|before|after|while|over|with|to|of|on|outside|inside|"
    r"behind|upon|into|under|without|for|about|regarding)\s+(?:[^\s,.;:“”\"]+\s+){0,9}?[^\s,.;:“”\"]+"
    r"(?=\s*(?:,(?!\d)|:|that\b|“|\")|\s+(?:he|she|they|it|I|we)\s)")  # "said about 1,200": no phrase "about 1"
TELL_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their)\s+(?:[\w’'\-.&]+\s+){0,4}?[\w’'\-.&]+(?=\s+that\b)|me|him|her|us|them|you|it|reporters|journalists|supporters|voters|listeners|viewers|readers|"
    r"[a-z][\w’'\-]*[a-rt-z]s(?=\s+that\b)|"
    r"the\s+(?:[A-Z][\w’'\-.&]*\s+){0,4}[A-Z][\w’'\-.&]*"  # "told the Yorkshire Post her son was"
    r"(?:\s+(?:programme|program|show|newspaper|paper|website|channel|podcast|radio|magazine))?(?=\s+[a-z])|"
    r"the\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+|a\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+|an\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+|"
    r"(?:[A-Z][\w’'\-.&]*\s+){0,4}[A-Z][\w’'\-.&]*|his\s+[\w’'\-]+|her\s+[\w’'\-]+|their\s+[\w’'\-]+)(?=[\s,.:;“\"]|$)")
# A hearer of several words right before a quotation: 'told the BBC's Today programme: "...'.
HEARER_BEFORE_QUOTE = re.compile(r"\s+(?:the|a|an|his|her|their)\s+(?:[\w’'\-.&]+\s+){0,5}[\w’'\-.&]+(?=\s*[:,]\s*[“\"])")
CLAUSE_START = re.compile(
    r"\s*(?:that\b|whether\b|if\b|why\b|how\b|what\b|when\b|where\b|who\b|which\b|to\s+\w)")
# Where reported speech stops inside a sentence: a new clause that is the writer's, not the speaker's.
CONTENT_CUT = re.compile(
    r",\s+(?:according\s+to|adding|saying|noting|arguing|citing|explaining|calling|referring|insisting|"
    r"warning|claiming|asserting|pointing|describing|suggesting|though|although|even\s+though|whereas|"
    r"without|despite|as\s+(?:he|she|they|it)\s+\w+|which\s+(?:he|she|they)\s+(?:said|called)|"
    # "a mobilization, which, according to the minister, targets ...": the relative clause has its source.
    r"(?:which|who|whom)\s*,\s+according\s+to|"
    # "alleged a breach of the code, which says “...”": what the code says is the code's.
    r"(?:which|who)\s+(?:says|said|states|stated|reads|read)(?=[\s,:]*[“\"]))\b")
TRAILING_ATTRIBUTION_END = re.compile(r"\s*(?:[,.!?;:]|$)")
TRAILING_SEMICOLON = re.compile(r"\s*;\s")
TRAILING_PARTICIPLE = re.compile(r"\s*,\s+(?!according\b)[a-z]+ing\b")
TRAILING_PP = re.compile(
    r"\s+(?:in|on|at|during|via|through|from|before|after|over|with|outside|inside|for|while|"
    r"ahead\s+of|as\s+part\s+of)\s+[^;:]{1,100}?[.!?][\"'”’]*\s*$")
THAT_WORD = re.compile(r"\bthat\b")
HEARER_THAT = re.compile(r"\sthat\s")
HEARER_BREAK = re.compile(r"[,;:!?“”\"]|\.\s")
NOUN_THAT = re.compile(r"\b(?:story|article|report|interview|statement|email|letter|post|video|piece|"
                       r"message|op-ed|column|speech|book|show|broadcast|"
                       # and claims: "responding to the CJINI finding that ...": the finding's content
                       r"finding|findings|claim|claims|suggestion|allegation|allegations|accusation|accusations|"
                       r"assertion|criticism|argument|warning|charge|charges|conclusion)\s+$")
OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:[Ss]ince|[Aa]fter|[Bb]y|[Ii]n|[Ww]hile|[Ww]hen|[Bb]efore)\s+)?")
PARTICIPLE_START = re.compile(r"[a-z]+ing\b")
COORDINATED = re.compile(r"\s(?:and|but)(?:\s+(?:also|then|later|has|had|have))?\s*$")
CLAUSE_OPENER = re.compile(r"(?:,\s+|;\s+|\b(?:although|though|while|but|and|because|as|after|when|since)\s+)")
NAMED_THING = re.compile(r"\b(?:[Aa]n?)\s+(?:[\w’'\-]+\s+){0,4}$")
POSSESSIVE_BEFORE = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir)\s+$")
NOT_CONTENT = {"so", "goodbye", "hello", "thanks", "grace", "in", "on", "at", "during", "with", "by", "for",
               "from", "of", "about", "as", "and", "or", "but", "to", "after", "before", "while", "when",
               "repeatedly", "again", "privately", "publicly", "otherwise", "afterward", "earlier", "later",
               "recently", "previously", "last", "this", "little", "much", "nothing", "anything", "something"}
# A transcript's speaker label: "JOEL BENENSON: ...", "SECRETARY CLINTON: ...".
LABEL = re.compile(r"(?:[A-Z][A-Z.’'\-]+(?: [A-Z][A-Z.’'\-]+){0,3}|[A-Z][a-z’'\-]+(?: [A-Z][a-z’'\-]+)?): ")
SOURCE_END = re.compile(r"[,;:—–]|(?<!\b[A-Z])\.(?=\s|$)|\s--\s")  # ("the U.S. Geological Survey": no end)
# A place or time phrase opening a clause with no comma before its subject: "In the filing Ford said".
LEADING_PHRASE = re.compile(r"(?:In|On|At|During|After|Before|Under|Throughout|Following|Since|Despite|Amid)\s+"
                            r"(?:the|a|an|its|his|her|their|this|that|[A-Z][\w\-]*['’]s)\s+(?:[a-z][\w-]*\s+){1,3}?"
                            r"(?:itself\s+)?(?:the\s+)?(?=[A-Z])")
_VERB_NEXT = re.compile(r"\s+(?!(?:the|a|an|of|and|in|on|at)\b)[a-z]")
LEADING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Now|Then|Instead|However|Meanwhile|Also|Or)\b,?\s*")
DOCUMENT_HEADS = {"statement", "email", "e-mail", "letter", "tweet", "post", "video", "ad", "release", "memo",
                  "message", "note", "op-ed", "column", "editorial", "speech", "interview", "filing", "motion",
                  "petition", "complaint", "lawsuit", "report", "ruling", "order", "decision", "book", "blog",
                  "poll", "survey", "study", "analysis", "data", "figures", "findings", "statistics", "results"}
OBJECT_END = re.compile(r",\s|,[”\"’]\s|;\s|\s[—–]\s|\s--\s|(?=[.!?])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)"
                        r"(?<!\bRep)"
                        r"(?<!\bGov)(?<!\bSt)(?<!\bGen)(?<!\bJr)(?<!\bU\.S)(?<!\bU\.N)(?<!\b[A-Z])[.!?](?=\s|$)"
                        # The speaker's next act, or where and when the act took place.
                        r"|\s(?:but|and)\s+(?:also\s+|then\s+)?(?:[a-z]+ed|had|has|said)\b"
                        r"|\s(?:in|on|at|during|after)\s+(?:his|her|their|a|an)\s"
                        # "praised the exporters as new data from the ONS shows ...": a clause with its own
                        # subject and a verb of showing or saying is the occasion, not what was praised.
                        r"|\sas\s+(?!an?\s|if\s|well\s|much\s|many\s|long\s|soon\s)"
                        r"(?=(?:(?!(?:and|or|has|have|had|who|which|that)\s)[\w’'\-]+\s+|\([^()]{1,40}\)\s+){1,12}?"
                        r"(?:shows?|showed|reveals?|revealed|suggests?|suggested|confirms?|confirmed|indicates?|"
                        r"indicated|finds|found|says|said|reports?|reported|announced|announces)\s)")
TITLE_WORD = re.compile(r"[A-Za-z]+")
TITLE_SMALL_WORDS = {"with", "from", "into", "over", "about", "that", "this", "your", "than", "upon", "when",
                     "what", "will", "were", "have", "they", "them", "then"}
# "to" before a verb starts an infinitive (content), not a prepositional phrase ("to reporters").
INFINITIVE = re.compile(r"\s*,?\s*to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|my\b|our\b|your\b|me\b|him\b|"
                        r"them\b|us\b|reporters\b|journalists\b)[a-z]")
SUBORDINATE = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Bb]ecause|[Ii]f|[Aa]s|[Ss]ince|[Ww]hile|[Aa]lthough|"
                         r"[Tt]hough|[Oo]nce|[Uu]ntil|[Uu]nless)\s+$")
CONCESSIVE = re.compile(r",\s+(?:though|although|even\s+though|whereas)\b")
BARE_ASKED = re.compile(r"(?:^|\b(?:[Ww]hen|[Aa]nd|[Ii]f|[Aa]fter|[Oo]nce|[Ww]hile)\s+)$|^\s*$")
RELATIVE_OF_ADJUNCT = re.compile(r"(?:where|which)\b")
# "Republicans who support Donald Trump say", "leaders who'd rather be working for Cruz or Ben Carson
# said": a name inside the relative clause, which runs on to the cue.
RELATIVE_VERB = re.compile(r"\b[Ww]ho(?:['’](?:d|s|ve|ll))?\s+(?:[a-z][\w’'\-]*\s+)(?:[\w’'\-.]+\s+){0,9}$")
RELATIVE = re.compile(r"\s(?:who)\s[^,;:“”\"]*$")
WORD = re.compile(r"\S+")
AS_REPORTED = re.compile(r"\b[Aa]s\s+(?:first\s+|previously\s+|originally\s+)?$")
HEADLINE = re.compile(
    r"^((?:[A-Z][\w’'.&\-]*\s+|(?:to|of|and|new|for|the)\s+){0,6}[A-Z\w][\w’'.&\-]*)\s*:\s+(\S.*?)[.!?]?$")


@dataclass
class Segment:
    """A stretch of text between quotation marks (marks included)."""

    start: int
    end: int
    closed: bool = True
    speaker: SpeakerMention | None = None
    cue: str | None = None
    said_on: str | None = None
    own: bool = False  # the attribution is this segment's own, not carried over
    consumed: bool = False  # part of reported speech already
    words: int = 0
    lead: int = -1  # start of the writer's words the quotation completes ("Teachers “are tired,” she said.")


@dataclass
class _Found:
    kind: str
    start: int
    end: int
    mention: SpeakerMention | None
    cue: str | None
    said_on: str | None
    confidence: float
    segments: list[Segment] = field(default_factory=list)


def find_quotes(text: str, paragraphs: list[tuple[int, int]], published: str | None = None) -> tuple[list[Quote], list[Speaker]]:
    """Direct quotes and reported speech in the article paragraphs of text, and the speakers behind them.

    `paragraphs` are (start, end) spans of the article body (from `claims.clean`); every offset
    returned indexes `text` exactly. `published` ("YYYY-MM-DD") resolves "said Tuesday". Link and
    language markers ("opines [3][eng]:") are read as spaces, so they part no speaker from a cue.
    """
    original, text = text, _LINK_MARKER.sub(lambda m: " " * len(m.group()), text)
    found: list[_Found] = []
    segs_by_par = _segments(text, paragraphs)
    pending: SpeakerMention | None = None  # "X said:" at the end of a paragraph
    pending_cue = None
    pending_after_content = False  # the colon closed a sentence whose cue already had its content
    statement = None  # (speaker, cue) of an unquoted statement that "X said:" opened
    for pi, (ps, pe) in enumerate(paragraphs):
        segs = segs_by_par[pi]
        _for_someone(text, ps, pe, segs)
        if (heading := _attributable_to(text, ps, pe, segs)) is not None:
            (pending, pending_cue), pending_after_content, statement = heading, False, None
            continue
        if pi == 0 or (pe - ps < 200 and not segs) or LABEL.match(text, ps, pe):
            if h := _headline(text, ps, pe):
                found.append(h)
                continue
        if pending is not None and segs and segs[0].start == ps and not segs[0].speaker:
            segs[0].speaker, segs[0].cue, segs[0].own = pending, pending_cue, True
        elif pending is not None and not segs and not (pending_after_content and _reports_another(text, ps, pe)) \
                and _speaker_at_close(text, ps, _paragraph_end(text, ps, pe)) is None:
            # "Soerens argued that:" and the paragraph after it, unquoted, is what was argued. After a
            # cue that had its content ("announced their arrival on X:", a post the page left out), a
            # paragraph reporting someone else ("according to their lawyers") is not what was said;
            # nor, after any, one that closes with its own speaker ("... says blogger Ghazala Khan.").
            found.append(_Found("indirect", ps, _paragraph_end(text, ps, pe), pending, pending_cue, None, 0.5))
            statement, pending = (pending, pending_cue), None
            continue
        elif statement is not None and not segs and not LABEL.match(text, ps, pe) \
                and not text[ps:pe].rstrip().endswith(":") and _only_own_cues(text, ps, pe):
            # The statement goes on, unquoted, until a quotation, a heading or someone else's words;
            # a paragraph in the first person is its speaker's own: "I announced further measures ...".
            if _FIRST_PERSON.search(text, ps, pe):
                found.append(_Found("indirect", ps, _paragraph_end(text, ps, pe), statement[0], statement[1], None,
                                    0.4))
            continue
        pending = statement = None
        if (post := _embedded_post(text, ps, pe) or _labelled_post(text, ps, pe)) is not None:
            found.append(post)  # a post shown in the page, signed by its account: the account's words
            continue
        # Most paragraphs hold no cue at all: find that out with one scan before splitting sentences.
        cues = _cues(text, ps, pe)
        if not cues:
            found.extend(_direct_groups(text, ps, pe, segs))
            continue
        sentences = _sentences(text, ps, pe, segs)
        k = 0
        for ss, se in sentences:
            # Only sentences holding a cue can attribute anything.
            while k < len(cues) and cues[k].start() < ss:
                k += 1
            if k == len(cues) or cues[k].start() >= se:
                continue
            own = [m for m in cues[k:] if m.start() < se and m.end() <= se]
            out, pend = _attributions(text, ss, se, pe, segs, published, own)
            found.extend(out)
            if pend is not None and se == pe:
                pending, pending_cue, pending_after_content = pend
        found.extend(_direct_groups(text, ps, pe, segs))
    found = _link_paragraphs(text, found, paragraphs, segs_by_par)
    found = [f for f in found if not (f.kind == "direct" and _quoted_name(text[f.start:f.end])
                                      and not _a_sentence_said(text[f.start:f.end], f))]
    found = _outermost(found)
    for f in found:
        _document_author(text, f)
    found.sort(key=lambda f: (f.start, f.end))
    return _resolve(text, found, paragraphs, published, original)


# A print page's numbered link, or a link's language: "reported [1] that", "told [4] [ru]:".
_LINK_MARKER = re.compile(r"\[(?:\d{1,3}|[a-z]{2,3})\]")


# What was announced or released is a document someone else wrote: "announced an order by X directing ...".
_AUTHORED_DOCUMENT = re.compile(r"(?:an?|the)\s+(?:order|statement|letter|decree|message|memo|directive|note)\s+"
                                r"(?:by|from)\s+")


# "Quotes attributable to Minister for Sport, John Eren": a release's heading naming whose words the
# quotations under it are, as Australian and other government releases print them.
_ATTRIBUTABLE = re.compile(r"(?:(?<=^)|(?<=[.!?”\"]\s))(?:Quotes?|Comments?|Remarks?|Quotations?)\s+"
                           r"(?P<cue>(?:attributable|attributed)\s+to)\s+(?P<who>[^\n“\":]{3,160}?)"
                           r"[^\S\n]*[:.\-–—]?[^\S\n]*"
                           r"(?=$|[“\"])", re.M)


def _attributable_to(text: str, ps: int, pe: int, segs: list[Segment]) -> tuple[SpeakerMention, str] | None:
    """The speaker and cue of a heading "Quotes attributable to X". The quotations right after it in
    the paragraph are X's; a heading that is the whole paragraph is returned, for the paragraphs under it."""
    if text.find("ttribut", ps, pe) < 0:
        return None  # (most paragraphs: one cheap scan)
    for m in _ATTRIBUTABLE.finditer(text, ps, pe):
        mention = read_speaker_after(text, m.start("who"), m.end("who"))
        if mention is None or mention.pronoun or mention.end < m.end("who") - 1:
            continue
        if m.start() == ps and m.end() == pe:
            return mention, m.group("cue")
        for seg in segs:
            if seg.start == m.end() and not seg.own:
                seg.speaker, seg.cue, seg.own = mention, m.group("cue"), True
    return None


# "For Soto, “if the policies are not designed ...”": a sentence opening "For" and a name, then a
# quotation, gives that quotation as the named one's view.
_FOR_SOMEONE = re.compile(r"(?:(?<=^)|(?<=[.!?”\"]\s))For\s+(?P<who>[A-Z][^,“”\"\n]{1,60}?),\s+(?=[“\"])", re.M)


def _for_someone(text: str, ps: int, pe: int, segs: list[Segment]) -> None:
    """Give the quotation after "For X," opening a sentence to X, when X reads as a name and the
    quotation's sentence names no other speaker."""
    if not segs or text.find("For ", ps, pe) < 0:
        return
    for m in _FOR_SOMEONE.finditer(text, ps, pe):
        mention = read_speaker_after(text, m.start("who"), m.end("who"))
        if mention is None or mention.pronoun or mention.common or not mention.name \
                or mention.end < m.end("who") - 1:
            continue
        for seg in segs:
            stop = _SENTENCE_STOP.search(text, seg.end, pe)
            if seg.start == m.end() and not seg.own and not CUE.search(text, seg.end, stop.end() if stop else pe):
                seg.speaker, seg.cue, seg.own = mention, None, True  # (not when it goes on "..., X said")


_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _document_author(text: str, f: _Found) -> None:
    """Reported speech whose content opens with a document and its author, holding a quotation
    ("The Coast Guard announced an order by Admiral Ann Ober directing units to \"join the search\""):
    the quoted words are the author's, not the announcer's."""
    m = _AUTHORED_DOCUMENT.match(text, f.start, f.end)
    if f.kind != "indirect" or m is None or not _QUOTATION.search(text, m.end(), f.end):
        return
    author = read_speaker_after(text, m.end(), f.end)
    if author is not None and author.name and not author.pronoun and not author.common:
        f.mention, f.cue = author, None


# The first person: the words of whoever makes a statement.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|our|Our|my|My)\b")


def _only_own_cues(text: str, ps: int, pe: int) -> bool:
    """Whether every cue of a paragraph is the first person's ("I announced", "we said we would"):
    within a statement those are its speaker's; anyone else's ends it."""
    return all(_FIRST_PERSON_BEFORE.search(text, max(ps, m.start() - 25), m.start()) for m in CUE.finditer(text, ps, pe))


def _reports_another(text: str, ps: int, pe: int) -> bool:
    """Whether a paragraph reports someone's words in its own right: "according to their lawyers",
    "O'Malley reminded viewers": a cue with a speaker of its own (a first person's is its speaker's)."""
    for m in CUE.finditer(text, ps, pe):
        if m.group().lower() == "according to":
            return True
        mention = read_speaker_before(text, ps, m.start())
        if mention is not None and not mention.pronoun:
            return True
    return False


_FIRST_PERSON_BEFORE = re.compile(r"\b(?:I|we|We)\s+(?:\w+\s+)?$")


def _paragraph_end(text: str, ps: int, pe: int) -> int:
    """The end of a paragraph's words, before its full stop and spaces."""
    end = pe
    while end > ps and text[end - 1] in " .\u00a0":
        end -= 1
    return end


def _outermost(found: list[_Found]) -> list[_Found]:
    """Leave out reported speech read inside the content of another ('The council defended the
    plan on Monday, Ruiz said' holds no quote of the council: it is what Ruiz said)."""
    indirect = [f for f in found if f.kind == "indirect"]
    return [f for f in found if f.kind != "indirect" or not any(
        o is not f and o.start <= f.start and f.end <= o.end and (o.start, o.end) != (f.start, f.end) for o in indirect)]


_NAME_WORD = re.compile(r"[A-Z][\w’'\-.&]*")
_NAME_JOINERS = {"of", "and", "for", "the", "on", "in", "to", "a", "de", "du", "la"}


def _a_sentence_said(content: str, f: _Found) -> bool:
    """Capitalised words closed by a full stop, question or exclamation mark inside the quotation
    marks, right beside their attribution ('Sanders wrote, "Thanks to Bill."', '"Welcome Home!" she
    said'): a sentence someone said, not a name."""
    return content.rstrip(" \"“”'’»").endswith((".", "!", "?")) and any(g.own for g in f.segments)


def _quoted_name(content: str) -> bool:
    """Quotation marks around a name or a title, not words said: "the Licensing Act", "Operation
    Red Dawn", "Fit for Life". Two words or more, each capitalised or joining them; a word said
    alone ("No," Ruiz said) stays a quote."""
    words = content.strip(" \t\"“”„«»‘’'").rstrip(",.;:!?").strip(" \"“”'’").split()
    the = bool(words) and words[0] in ("the", "The")
    words = words[the:]
    if not words or not 2 <= len(words) + the <= 7:
        return False
    return _NAME_WORD.fullmatch(words[0]) is not None and _NAME_WORD.fullmatch(words[-1]) is not None and \
        all(_NAME_WORD.fullmatch(w) or w in _NAME_JOINERS for w in words)


# A nickname in marks inside a name: 'Charles “Chuck” McClain', 'Pasquale "Pat" Di Cicco'.
_NICKNAME = re.compile(r"[“\"][A-Z][\w’'\-.]*(?:\s[A-Z][\w’'\-.]*)?[”\"]")
_NAME_BEFORE_MARK = re.compile(r"\b[A-Z][a-z’'\-]+\s$")
_NAME_AROUND = re.compile(r"\s(?:(?:de|van|von|der|di|da|la|le)\s)?[A-Z][a-z]")


# A quotation's sentence closed right before a new opening mark: "... heritage. “We will".
_RUN_ON_PARAGRAPH = re.compile(r"[.!?]\s+$")


def _attributed_close(text: str, start: int, stop: int) -> bool:
    """Whether the sentence ending at stop closes with its attribution after a comma, the closing
    mark left out: '“I think it has helped shape our curriculum, Cheboi said. “For these kids'."""
    sentence_start = max(text.rfind(". ", start, stop), start)
    comma = text.rfind(",", sentence_start, stop)
    # (a short attribution after the last comma, not a verb of saying anywhere in a long clause: "...,
    # and no words can describe the impact that his loss has had")
    return comma >= 0 and stop - comma <= 40 and CUE.search(text, comma, stop) is not None


def _segments(text: str, paragraphs: list[tuple[int, int]]) -> list[list[Segment]]:
    """Quoted stretches of each paragraph; an unclosed quote ends at its paragraph's end."""
    out = []
    for ps, pe in paragraphs:
        segs = []
        open_at = None
        single_at = None
        for m in MARK.finditer(text, ps, pe):
            ch = m.group()
            i = m.start()
            before = text[i - 1] if i > ps else " "
            after = text[m.end()] if m.end() < pe else " "
            if ch in ("''", "``") or ch in OPEN_DOUBLE or ch in CLOSE_DOUBLE:
                if ch == "''" and before.isalnum() and after.isalnum():
                    continue
                opener = ch in ("“", "„", "«", "``") or (
                    ch in ('"', "''") and (before.isspace() or before in "([{—–-/" or i == ps))
                closer = ch in ("”", "»") or (ch in ('"', "''") and not opener)
                if ch in ('"', "''") and open_at is not None and not (before.isspace() and after.isalnum()):
                    opener, closer = False, True
                if ch == "“" and open_at is not None and before in ",.!?" and (after.isspace() or i + 1 >= pe):
                    opener, closer = False, True  # a closing mark typed as an opening one: 'to act,“ Simon said
                if opener and open_at is None:
                    open_at = i
                    single_at = None
                elif closer and open_at is not None:
                    if not _NICKNAME.fullmatch(text, open_at, m.end()) or not _NAME_AROUND.match(text, m.end()) \
                            or not _NAME_BEFORE_MARK.search(text, max(ps, open_at - 30), open_at):
                        segs.append(Segment(open_at, m.end()))  # (not 'Charles “Chuck” McClain': a nickname)
                    open_at = None
                elif opener and open_at is not None and ch == "“":
                    # A new opening mark while one is open: the first was never closed. After a full
                    # stop it is the next paragraph of the same speech, run on where the page lost its
                    # break ('... heritage. “We will ensure ...'): the first is a paragraph's quote.
                    if (stop := _RUN_ON_PARAGRAPH.search(text, open_at, i)) is not None \
                            and not _attributed_close(text, open_at, stop.start()):
                        segs.append(Segment(open_at, stop.start() + 1, closed=False))
                    open_at = i
                continue
            if open_at is not None:
                continue  # single marks inside a double quote are nested quotes or apostrophes
            if ch in ("‘", "'") and (before.isspace() or before in "([{—–-" or i == ps) and after.isalnum():
                single_at = i if single_at is None else single_at
            elif ch in ("’", "'") and single_at is not None and not after.isalnum() and not before.isspace():
                if text[i - 1] == "s" and after == " " and i + 1 < pe and text[i + 1:i + 2] == " " \
                        and _words(text, single_at, i) > 12:
                    continue  # a plural possessive inside a long stretch, most likely
                if _words(text, single_at, i) >= 3 or text[i - 1] in ",.!?":
                    # Three words or more, or words said, closed by their own stop or comma: "'We won,' she said".
                    segs.append(Segment(single_at, m.end()))
                single_at = None
        if open_at is not None:
            segs.append(Segment(open_at, pe, closed=False))
        for s in segs:
            s.words = _words(text, s.start, s.end)
        out.append(segs)
    return out


def _words(text: str, start: int, end: int) -> int:
    return text.count(" ", start, end) + 1


def _sentences(text: str, ps: int, pe: int, segs: list[Segment]) -> list[tuple[int, int]]:
    """Sentences of a paragraph, never cut inside a quotation."""
    spans = split_sentences(text, ps, pe)
    if spans and (dl := DATELINE.match(text, spans[0][0], spans[0][1])) is not None:
        spans[0] = (dl.end(), spans[0][1])  # "Washington (AFP) – Hillary Clinton said": the place is no subject
    if not segs or len(spans) < 2:
        return spans
    out = [spans[0]]
    for s, e in spans[1:]:
        cut = out[-1][1]
        if any(g.start < cut < g.end - 1 for g in segs):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _seg_ending_at(segs: list[Segment], pos: int, text: str, lo: int, bare: bool = False) -> Segment | None:
    """The quotation that closes right before pos, with only a comma or spaces between. One that
    closes on "!" or "?" ends a sentence of its own: '"Let's discuss this first!" Macron told the world.'
    So does one closing on a full stop before a `bare` attribution, a sentence of only a speaker and
    "said": '“I saved that message.” Stover said.', the comma slipped into a full stop."""
    for g in segs:
        ending = text[g.end - 3:g.end - 1].rstrip("’'")
        exclaimed = ending[-1:] in ("!?." if bare else "!?") and not text[g.end:pos].strip()
        if g.end <= pos and (g.start >= lo - 1 or exclaimed):
            between = text[g.end:pos]
            if not between.strip(" ,\u00a0—–-") and len(between) < 6:
                return g
    return None


def _seg_starting_at(segs: list[Segment], pos: int, text: str) -> Segment | None:
    for g in segs:
        if g.start >= pos:
            between = text[pos:g.start]
            if not between.strip(" ,:\u00a0—–-") and len(between) < 6:
                return g
            return None
    return None


def _inside(segs: list[Segment], pos: int) -> bool:
    for g in segs:
        if g.start < pos < g.end:
            return True
    return False


def _as_reported(text, ss, se, lo, mention, cue, after, said_on, segs) -> _Found | None:
    """Reported speech around "as X reported": the clause after its comma, or the sentence before it."""
    lb = max(lo, mention.start - 20)
    if "s" not in text[mention.start - 3:mention.start] and "y" not in text[mention.start - 3:mention.start]:
        return None  # no "as", "as first", "as previously", "as originally" right before the speaker
    m = AS_REPORTED.search(text[lb:mention.start])
    if m is None:
        return None
    as_start = lb + m.start()
    k = after
    while k < se and text[k] in " \u00a0":
        k += 1
    if k < se and text[k] == ",":
        # "As the Tribune reported, the levee will cost more."
        cstart = k + 1
        while cstart < se and text[cstart] in " \u00a0":
            cstart += 1
        if cstart >= se or _seg_starting_at(segs, cstart, text) is not None:
            return None  # a quotation after it is a direct quote, attributed elsewhere
        end = _content_end(text, cstart, se)
        if end - cstart <= 8:
            return None
        return _make(text, cstart, end, mention, cue, said_on, segs, 0.6)
    if (k >= se or text[k] in ".!?") and as_start > ss:
        # "The levee will cost more, as the Tribune reported."
        end = as_start
        while end > ss and text[end - 1] in " ,\u00a0":
            end -= 1
        start = _content_start_back(text, ss, end)
        if (lm := LEADING_CONJUNCTION.match(text, start, end)):
            start = lm.end()
        if end - start <= 8:
            return None
        return _make(text, start, end, mention, cue, said_on, segs, 0.6)
    return None


def _opening_participle(text, ss, se, ce, cue, segs, published) -> _Found | None:
    cstart = _skip_adjuncts(text, ce, se, "")[1]
    while cstart < se and text[cstart] in " \u00a0":
        cstart += 1
    if not text.startswith("that ", cstart) or NOUN_THAT.search(text, max(ce, cstart - 14), cstart):
        return None  # ("Responding to the CJINI finding that ...": what the finding says, not the responder)
    comma = text.find(", ", cstart, se)
    if comma < 0 or _quote_open_at(text, cstart, comma):
        return None
    mention = read_speaker_after(text, comma + 2, se)
    if mention is None or mention.start != comma + 2:
        return None
    said_on = find_date(text, ss, cstart, published)
    return _make(text, cstart, comma, mention, cue, said_on, segs, 0.5)


def _trailing_rest(rest: str) -> bool:
    """What follows a speaker and cue closes the attribution: "..., he said in an interview on CNN.",
    "..., analysts say; in 2012 ...", "..., officials said, citing the schedule."."""
    if TRAILING_SEMICOLON.match(rest) or TRAILING_PARTICIPLE.match(rest):
        return True
    m = TRAILING_PP.match(rest)
    return bool(m) and not THAT_WORD.search(rest) and not CUE.search(rest)


def _skip_adjuncts(text: str, pos: int, hi: int, cue: str) -> tuple[int, int]:
    """Position after the time phrases, prepositional phrases and hearer that follow a cue."""
    start = pos
    for _ in range(4):
        m = DATE_ADJUNCT.match(text, pos, hi)
        if m and not CLAUSE_START.match(text, pos, hi):
            pos = m.end()
            continue
        m = PP_ADJUNCT.match(text, pos, hi)
        if m and not INFINITIVE.match(text, m.start()):
            pos = m.end()
            continue
        if cue in TELL_CUES and pos == start or (cue in TELL_CUES and text[start:pos].strip() == ""):
            m = HEARER_BEFORE_QUOTE.match(text, pos, hi) or TELL_OBJECT.match(text, pos, hi)
            if m and not CLAUSE_START.match(text, pos, hi) and m.group().strip().lower() not in ("that", "the"):
                pos = m.end()
                continue
        break
    return start, pos


_NAME_BEFORE = re.compile(r"[A-Z][\w’'\-]*\s+$")
_CLOSES_NAME = re.compile(r"[,)]|[’']s\b|\s+(?:said|says|told|added|wrote)\b")


def _part_of_name(text: str, ss: int, ce: int, cs: int) -> bool:
    """A capitalised cue word after a capitalised word, closing a phrase, is a surname ("Omar Said,
    says", "Edward Said's book"), not the verb. Title-case headlines ("Sanders Says He Will Run")
    capitalise their verbs, so a cue followed by more words stays a cue, unless the sentence is no
    headline ("told The Washington Post that": "Post" is a name's)."""
    return cs > ss and text[cs].isupper() and bool(_NAME_BEFORE.search(text, max(ss, cs - 40), cs)) \
        and bool(_CLOSES_NAME.match(text, ce) or _LOWER_CASE_WORD.search(text, ss, cs))


_LOWER_CASE_WORD = re.compile(r"\b[a-z]{4,}\b")


_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|am)\s+(?:\w+ly\s+)?$", re.I)
# A passive coordinated with one before it: "She was later contacted by the person and informed that".
_NO_HEARER = re.compile(r"\s+(?:that|to|of|about)\b")  # "and told that": no hearer, so a passive
_BE_COORDINATED = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en|wn|ght)\b"
                             r"[^.;:,“”\"]{0,50}\s+and\s+$", re.I)


_TO_VERB = re.compile(r"\s+to\s+[a-z]")  # "went on to say", "went on to add"
_BY_AGENT = re.compile(r"\s*,?\s+(?:\w+ly\s+)?by\s+")
_AS_WHAT = re.compile(r"\s+as\s+(?:(?:an?|the)\s+)?")
# After the agent, a comma or colon, or an aside about the agent: "by host Bill Maher, who backs him, “..."
_AGENT_PUNCTUATION = re.compile(r"\s*[,:]\s*(?:(?:who|which)\b[^“”\"]{1,200},\s*)?")
_QUESTION_AFTER = re.compile(r"\s+(?=(?:whether|if|why|how|what|when|where|who)\b)")
# Naming and asking verbs whose passive names its speaker after "by": "was described by Tom Hale as",
# "was called ... by Tom Hale", 'was asked by host Bill Maher, "..."'.
PASSIVE_NAMING_CUES = {"described", "called", "hailed", "asked"}


def _passive_agent(st: _Sentence, ce: int, cue: str) -> bool:
    """ 'The plan was described by Tom Hale as "a disgrace"', 'The plan was called "a disgrace" by Tom
    Hale': the agent after "by" speaks the quotation (and the subject is only what was named)."""
    text, se = st.text, st.se
    seg = _seg_starting_at(st.segs, ce, text)
    by = _BY_AGENT.match(text, seg.end if seg else ce, se)
    agent = read_speaker_after(text, by.end(), se) if by else None
    if agent is None or agent.common:
        return False
    if seg is None and cue.lower() == "asked" and (q := _QUESTION_AFTER.match(text, agent.end, se)):
        # "Rubio was asked by moderator Gerard Baker whether his plan would ...": the question is the agent's.
        end = _content_end(text, q.end(), se)
        st.add(_make(text, q.end(), end, agent, cue, None, st.segs, 0.5), end)
        return True
    if seg is None:
        what = _AS_WHAT.match(text, agent.end, se) or _AGENT_PUNCTUATION.match(text, agent.end, se)
        seg = _seg_starting_at(st.segs, what.end(), text) if what else None
    if seg is None or seg.consumed:
        return False
    seg.speaker, seg.cue, seg.own = agent, cue, True
    st.covered_until = max(st.covered_until, seg.end, agent.end)
    return True


# Cues that are also past participles, so may follow "was ... and": "was arrested and told that".
_PARTICIPLES = {"told", "informed", "warned", "advised", "reminded", "assured", "asked", "instructed", "ordered",
                "urged", "notified", "briefed"}


def _passive(text: str, ss: int, cs: int, cue: str) -> bool:
    """ "X was described as ... by the police", "the suspect was told that ...": the subject of a
    passive cue is who was spoken of or to, never the speaker. ("was quoted as saying" is the
    speaker's own words, and stays a cue.)"""
    lcue = cue.lower()
    return not lcue.endswith("ing") and lcue not in ("quoted", "cited") \
        and bool(_BE_BEFORE.search(text, max(ss, cs - 20), cs) or lcue in _PARTICIPLES
                 and _NO_HEARER.match(text, cs + len(cue)) and _BE_COORDINATED.search(text, max(ss, cs - 90), cs))


_PHONE_CALL = re.compile(r"\s+(?:the\s+)?(?:police|911|999|112|an\s+ambulance|ambulance|emergency\s+services|"
                         r"the\s+fire\s+(?:brigade|service|department)|a\s+taxi|a\s+cab)\b"
                         r"|\s+(?:off|up|in|back)\b(?!\s+(?:to|that)\b)", re.I)


# An event someone deals with: "as officials respond to the devastating wildfire", "police responded
# to a call": an action, not an answer.
_EVENT_RESPONDED_TO = re.compile(r"\s+to\s+(?:the|a|an|this|that|these|those|its|their)\s+(?:[\w\-]+\s+){0,2}?"
                                 r"(?:wildfires?|fires?|blazes?|disasters?|crisis|crises|emergenc(?:y|ies)|attacks?|"
                                 r"outbreaks?|pandemic|storms?|hurricanes?|floods?|flooding|earthquakes?|incidents?|"
                                 r"shootings?|crash(?:es)?|explosions?|threats?|situation|calls?|alarms?|accidents?)\b",
                                 re.I)


def _responds_to_an_event(text: str, ce: int, cue: str) -> bool:
    return cue.lower() in ("respond", "responds", "responded", "responding") \
        and bool(_EVENT_RESPONDED_TO.match(text, ce))


# "claimed the bonus payments", "the fire claimed 20 lives", "claimed the title": what was taken or
# applied for, not what was said.
_THING_CLAIMED = re.compile(r"\s+(?:(?!that\b|this\b|there\b|it\b)(?:\d[\d,]*|[\w\-]+)\s+){0,3}?"
                            r"(?:payments?|bonus(?:es)?|benefits?|compensation|refunds?|expenses|allowances?|"
                            r"asylum|damages|credit|rebates?|pensions?|grants?|lives|life|victims|titles?|"
                            r"medals?|crown|seats?|prizes?|trophy)\b"
                            r"(?=\s*(?:[,.;:)]|$)|\s+(?:for|from|in|on|at|of|over|after|during|under|by|and|to|"
                            r"since|when|while|but|worth|last|this|each|every)\b)", re.I)


def _claims_a_thing(text: str, ce: int, cue: str) -> bool:
    return cue.lower() in ("claim", "claims", "claimed", "claiming") and bool(_THING_CLAIMED.match(text, ce))


# "states" after a determiner or a word of kind is the plural noun, what follows it ("a number of
# states that ...", "member states: ..."); `CUE` already leaves out "States" and "states" before anything
# but what was stated.
_STATES_NOUN_BEFORE = re.compile(r"\b(?:the|of|these|those|many|several|some|all|other|member|swing|battleground|"
                                 r"bellwether|key|most|few|both|more|island|gulf|baltic|arab|small|neighbou?ring|"
                                 r"individual|[a-z]+ern|\d+|two|three|four|five|six|seven|eight|nine|ten|fifty)\s+$",
                                 re.I)


def _cues(text: str, lo: int, hi: int) -> list[re.Match]:
    """The cues of text[lo:hi], without "states" where it is the plural noun, nor "told" in "All told,"
    (in all)."""
    return [m for m in CUE.finditer(text, lo, hi)
            if (m.group() != "states" or not _STATES_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start()))
            and not (m.group() == "told" and ALL_TOLD.match(text, max(0, m.start() - 4)))]


def _phone_call(text: str, ce: int, cue: str) -> bool:
    """ "A mother called the police": a telephone call, nothing said that the article reports; nor is
    calling off, up, in or back ("The army called up 300,000 reservists", "called off the strike")."""
    return cue.lower() in ("call", "calls", "called", "calling") and bool(_PHONE_CALL.match(text, ce))


def _questioned_someone(text: str, ce: int, se: int, cue: str) -> bool:
    """ "O'Mara questioned the investigator, Tom Hale", "Police questioned the suspect": putting
    questions to a person reports nothing said (doubting a thing does: "questioned the wisdom of")."""
    if cue.lower() not in QUESTION_CUES:
        return False
    if (head := _QUESTIONED_HEAD.match(text, ce, se)) is not None:
        word = head.group(1).lower()
        if word in _QUESTIONED_PEOPLE or word in PERSON_HEADS or word.rstrip("s") in PERSON_HEADS:
            return True
    whom = read_speaker_after(text, ce, se)
    return whom is not None and whom.kind == "person" and not whom.pronoun and not whom.common \
        and not whom.text[whom.text.rfind(whom.name) + len(whom.name):].startswith(("'", "’"))  # ("Hale's figures")


_QUESTIONED_HEAD = re.compile(r"\s+(?:(?:the|a|an|his|her|their|two|three|four|several|other)\s+)?"
                              r"([A-Za-z]+)\b(?!['’])")
_QUESTIONED_PEOPLE = {"him", "her", "them", "suspect", "suspects", "witnesses", "people", "residents", "staff"}


# A correspondent's sign-on: "Ana Ruiz reports from Brussels, where ...", "..., reporting from
# Kabul, said": where the reporter is, followed by no content clause of its own. The past tense
# relays a report ("the talks collapsed, Reuters reported from Geneva"), as "reports from Kabul
# that ..." does.
_SIGN_ON = re.compile(r"\s+(?:live\s+)?from\s+(?:(?!that\b)[\w’'\-.]+\s+){0,4}?(?!that\b)[\w’'\-.]*\w"
                      r"(?=\s*(?:[,;.!?—–]|$))")
_REPORT_CUES = {"report", "reports", "reporting"}


def _sign_on(text: str, ce: int, se: int, cue: str) -> bool:
    """Whether a report cue is a correspondent's sign-on ("VOA's Dan Robinson reports from Capitol
    Hill, where ...", "Ana Ruiz, reporting from Brussels, said ..."): it tells where the reporter
    is, not what anyone said; the writer's words around it are nobody's reported speech."""
    return cue.lower() in _REPORT_CUES and bool(_SIGN_ON.match(text, ce, se))


# "has alleged ties to", "his alleged role in", "reported links with": before a noun of a tie
# between people and a preposition, the participle qualifies the noun; it reports no speech
# ("Hale alleged fraud in the accounts" does).
_TIE_AND_PREPOSITION = re.compile(r"\s+(?:ties|links|connections|contacts|involvement|role|part|association|"
                                  r"affiliation|relationship|membership)\s+(?:to|with|in|of|on|for|between)\b")


def _adjective(text: str, ce: int, cue: str) -> bool:
    """ "Khanooki has alleged ties to the IRGC": "alleged" (or "reported") describing the tie after it."""
    return cue.lower() in ("alleged", "reported") and bool(_TIE_AND_PREPOSITION.match(text, ce))


# Words that describe such a noun ("an upbeat note"), beside those an adjective's ending shows.
_DESCRIBING_WORDS = {"upbeat", "tough", "sour", "short", "long", "new", "rare", "final", "similar",
                     "different", "strong", "stark", "sharp", "blunt", "grim", "bleak", "early", "late", "previous",
                     "earlier", "recent", "later", "further", "second", "first", "last", "public", "private",
                     "personal", "formal", "direct", "joint", "separate", "same", "rosy", "dire", "sombre", "somber",
                     "bitter", "sad", "happy", "light", "serious", "high", "low", "wrong", "right", "false", "bold",
                     "big", "major", "minor", "common", "familiar", "key", "main", "central", "positive", "negative",
                     "defiant", "conciliatory", "optimistic", "pessimistic", "cautious", "hopeful", "grave", "stern",
                     "clear", "simple", "flat", "blanket", "fresh", "renewed", "dark", "cryptic", "odd", "strange",
                     "rhetorical", "open", "frank", "candid", "curt", "terse", "warm", "cool", "cold", "mild"}
_DESCRIBED_NOUN = re.compile(r"\b(?:a|an|the|his|her|their|its|this|that|another|one)\s+((?:[a-z][\w\-]*,?\s+){1,2})$",
                             re.I)
_DESCRIBING_ENDING = re.compile(r"(?:ful|ous|ic|ical|ish|less|able|ible|ant|ive|ed|ing)$")
_SPEAKING_NOUNS = PERSON_HEADS | ORG_HEADS | GENERIC_BODIES | DOCUMENTS | EVERYDAY_PEOPLE


def _cue_as_noun(text: str, ss: int, cs: int, cue: str) -> bool:
    """ "He struck an upbeat note, saying ...", "a brief remark", "a pointed question": a cue word that
    is also a noun, after a determiner and words describing it, is that noun and no speech verb. (A
    noun that can speak before it, "the company notes", "the official reports", leaves it a verb.)"""
    if cue.lower() not in NOUN_CUES:
        return False
    m = _DESCRIBED_NOUN.search(text, max(ss, cs - 40), cs)
    if m is None:
        return False
    words = [w.strip(",") for w in m.group(1).split()]
    return all(w.islower() and w not in _SPEAKING_NOUNS and (w in _DESCRIBING_WORDS or _DESCRIBING_ENDING.search(w))
               for w in words)


# "regulators should write an open letter": what someone ought to say is no speech reported ("I should
# say that ..." is the speaker's own saying).
_OUGHT_TO_BEFORE = re.compile(r"(?<!\bI\s)(?<!\b[Ww]e\s)\b(?:should|must|ought\s+to)\s+(?:also\s+|not\s+|now\s+|first\s+)?$")
_DEFINING_CUES = {"describe", "describes", "described"}


def _defines(c: _Cue) -> bool:
    """ "The bypass ratio describes the relationship between ...": a thing that is no speaker, before
    "describes", defines a term; nobody reports anything. (A thing before "indicates" may be a poll.)"""
    m = c.mention
    return c.lcue in _DEFINING_CUES and not c.inverted and m is not None and m.common and not m.pronoun \
        and m.kind != "group" and m.head is not None and m.head not in _SPEAKING_NOUNS and m.head not in ORG_WORDS \
        and not _PERSON_HEAD_ENDING.search(m.head)


_PERSON_HEAD_ENDING = re.compile(r"(?:er|or|ist|ian|man|woman|person|ers|ors|ists|ians|men|women|people)$")
_ANONYMITY = re.compile(r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|that\s+(?:his|her|their)\s+"
                        r"names?\s+(?:not\s+be|be\s+withheld))\b", re.I)


def _anonymity(text: str, ce: int, cue: str) -> bool:
    """ "a witness, who asked not to be named, told ...": a request for anonymity, not reported speech."""
    return cue.lower() in ("asked", "asks", "ask", "asking") and bool(_ANONYMITY.match(text, ce))


@dataclass(slots=True)
class _Sentence:
    """One sentence whose cues are read left to right, and what its attributions have found so far."""

    text: str
    ss: int
    se: int
    pe: int
    segs: list[Segment]
    published: str | None
    covered_until: int
    out: list[_Found] = field(default_factory=list)
    pending: tuple | None = None  # "X said:" closing the paragraph: (mention, cue) for the next one
    last_mention: SpeakerMention | None = None
    last_cue: str | None = None

    def add(self, f: _Found, covered: int) -> None:
        self.out.append(f)
        self.covered_until = covered


@dataclass(slots=True)
class _Cue:
    """One cue of a sentence and the speaker read for it."""

    cs: int
    ce: int
    cue: str
    lcue: str
    lo: int  # the speaker is read no further left: the sentence start or the quotation before the cue
    mention: SpeakerMention | None = None
    participle: bool = False  # "..., saying": the main clause's subject speaks
    nominal: bool = False  # "Holt's call for": a possessor speaks
    inverted: bool = False  # "said Peskov"
    after: int = 0  # where what follows the attribution starts
    said_on: str | None = None
    before_start: int = 0  # where the attribution starts


def _attributions(text: str, ss: int, se: int, pe: int, segs: list[Segment], published: str | None,
                  cues: list[re.Match]):
    """Attributions of one sentence: direct segments get their speaker, reported speech becomes quotes.

    Each cue is read in turn: "according to" has a shape of its own; otherwise its speaker is read
    (before it, inverted after it, or the subject of its clause), and then the first shape that
    fits the words around decides what was said: an "as ... reported" aside, a quotation right
    before or after, a closing colon, content before the attribution, a content object, or a
    content clause after it. `cues` are the sentence's, found with its paragraph's.
    """
    st = _Sentence(text, ss, se, pe, segs, published, covered_until=ss)
    closing = _closing_attribution(text, ss, se, segs, cues)
    for m in cues:
        cs, ce = m.span()
        if closing is not None and cs < closing and _reads_on(text, ce, se):
            continue  # "Frew had contacted Roy, asking to meet him, Roy explained.": Roy reports it all
        if m.group().lower() in PASSIVE_NAMING_CUES and cs >= st.covered_until and _passive(text, ss, cs, m.group()) \
                and _passive_agent(st, ce, m.group()):
            continue
        after = ce
        if m.group().lower() in ("went on", "goes on", "go on") and (to := _TO_VERB.match(text, ce)):
            if CUE.match(text, to.end() - 1):
                continue  # "Hale went on to say that ...": the verb after "to" is the cue
            if text.startswith("add", to.end() - 1) and not text[to.end() + 2:to.end() + 3].isalpha():
                after = to.end() + 2  # "Dittmar went on to add, ...": the cue is the whole phrase
        if cs < st.covered_until or _inside(segs, cs) or _part_of_name(text, ss, ce, cs) \
                or _passive(text, ss, cs, m.group()) or _phone_call(text, ce, m.group()) \
                or _questioned_someone(text, ce, se, m.group()) \
                or _claims_a_thing(text, ce, m.group()) \
                or _responds_to_an_event(text, ce, m.group()) \
                or _anonymity(text, ce, m.group()) or _sign_on(text, ce, se, m.group()) \
                or _adjective(text, ce, m.group()) or _cue_as_noun(text, ss, cs, m.group()) \
                or _OUGHT_TO_BEFORE.search(text, max(ss, cs - 30), cs):
            continue
        c = _Cue(cs, ce, text[cs:after], m.group().lower(), _reading_limit(segs, ss, cs), after=after)
        if _reported_by(st, c) or not _read_speaker(st, c) or _defines(c):
            continue
        st.last_mention, st.last_cue = c.mention, c.cue
        _, c.after = _skip_adjuncts(text, c.after, se, c.lcue)
        c.said_on = find_date(text, min(c.mention.start, cs), c.after, published)
        c.before_start = c.mention.start if not c.inverted and not c.participle else cs
        for shape in (_as_reported_shape, _beside_quotation, _closing_colon, _content_before, _content_after):
            if shape(st, c):
                break
    if st.pending is None and st.last_mention is not None and se == pe and text[ss:se].rstrip().endswith(":"):
        # "X praised the staff and said she would fight for the ward:" closing a paragraph
        # introduces the quotation of the next one, as "X said:" does.
        st.pending = (st.last_mention, st.last_cue, True)
    return st.out, st.pending


_CLOSE_END = re.compile(r"(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later)\b[^,;:“”\"]{0,40})?"
                        r"[\s.!?\"”’]*")


def _closing_attribution(text: str, ss: int, se: int, segs: list[Segment], cues: list[re.Match]) -> int | None:
    """Where the comma stands before a speaker and cue closing a sentence of reported speech
    (", his lawyer said.", ", Roy explained on Friday.", ", said Pascal Bates for the prosecution."), or None. What comes before it is that
    speaker's report, cues inside it included ("Hale told the court he was innocent, his lawyer said.").
    A pronoun closing the sentence is left to the cues before it."""
    if len(cues) < 2:
        return None  # (no cue inside what the closing one reports)
    last = cues[-1]
    comma = text.rfind(",", ss, last.start())
    if _inside(segs, last.start()) or comma < 0 or _inside(segs, comma) or text[comma - 1:comma] in "”\"":
        return None
    if not text[comma + 1:last.start()].strip():
        return comma if _inverted_close(text, last, se) else None
    if not _CLOSE_END.fullmatch(text, last.end(), se):
        return None
    mention = read_speaker_before(text, comma + 1, last.start())
    if mention is None or mention.pronoun or text[comma + 1:mention.start].strip() \
            or text[mention.end:last.start()].strip():
        return None  # ("Candidates said they back A, but B, they said": "they" may be the first speaker)
    return comma


def _inverted_close(text: str, cue: re.Match, se: int) -> bool:
    """Whether ", said X." closes a sentence with a named speaker ("The trust admitted the breaches,
    said Pascal Bates for the prosecution."; "..., said his lawyer, Ana Ruiz.")."""
    if cue.group().lower() not in ("said", "says", "added", "adds", "explained", "noted", "told reporters"):
        return False
    mention = read_speaker_after(text, cue.end(), se)
    if mention is None or mention.pronoun:
        return False
    after = _skip_adjuncts(text, mention.end, se, cue.group().lower())[1]
    return _closing_end(text, after, se) is not None


# What may close a sentence after the speaker of an inverted attribution ("..., said Pascal Bates for the
# prosecution.", "... said the British Chambers of Commerce (BCC) in a statement yesterday."): the body's
# initials, the side or body they speak for, "in a statement", when.
_SPEAKER_CLOSING = re.compile(
    r"(?:\s*\([A-Z][\w.&]*\))?(?:\s+(?:for|of|at|from)\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,3}?)?"
    r"(?:\s+in\s+an?\s+(?:statement|report|release|briefing|interview)|\s+(?:on\s+)?[A-Z][a-z]+day|\s+yesterday"
    r"|\s+today|\s+last\s+[a-z]+)*(?=\s*[.!?]?[\"”’]?\s*$)")


def _closing_end(text: str, pos: int, se: int) -> int | None:
    """Where an inverted attribution's closing words after its speaker at pos end, when they close the
    sentence (`_SPEAKER_CLOSING`); None when more follows."""
    m = _SPEAKER_CLOSING.match(text, pos, se)
    return m.end() if m is not None else None


def _reads_on(text: str, ce: int, se: int) -> bool:
    """Whether a cue's content follows it ("said the road would close"), not a comma closing the
    words before it ("The road will close, Hale said, and ...")."""
    rest = text[ce:se].lstrip()
    return bool(rest) and rest[0] not in ",.;:!?"


def _reading_limit(segs: list[Segment], ss: int, cs: int) -> int:
    """The speaker of a cue at cs is read no further left than the sentence start or the end of a
    quotation before the cue."""
    lo = ss
    for g in segs:
        if g.end <= cs and g.end > lo:
            lo = g.end
    return lo


def _reported_by(st: _Sentence, c: _Cue) -> bool:
    """ "According to X, ..." and its kin "As reported by X, ...": handled whole, True if the cue is one."""
    text, ss, cs, ce = st.text, st.ss, c.cs, c.ce
    if not (c.lcue == "according to" or (c.lcue in ("reported", "noted", "stated", "said", "explained", "quoted")
                                         and AS_REPORTED.search(text, max(ss, cs - 12), cs)
                                         and text.startswith(" by ", ce))):
        return False
    if c.lcue == "according to":
        f = _according_to(text, ss, st.se, cs, ce, st.segs, st.published)
    else:
        f = _according_to(text, ss, st.se, cs, ce + 3, st.segs, st.published, cue=f"{c.cue} by")
    if f:
        st.add(f, max(st.covered_until, ce))
    return True


def _read_speaker(st: _Sentence, c: _Cue) -> bool:
    """Read the cue's speaker into c; False when there is none (a quote without a speaker may
    still be found: "When asked why, ...", an opening participle)."""
    text, lo, cs = st.text, c.lo, c.cs
    participle = _participle_of(c.lcue)
    if (conj := COORDINATED.search(text, max(lo, cs - 40), cs)) is not None and text[lo:conj.start()].strip():
        # "The minister praised the ties between Britain and France and said ...", "..., accusing
        # ministers of neglect and asking why ...": the first verb's subject, not the name before "and".
        c.mention = st.last_mention or _coordinated_subject(text, lo, conj.start())
    elif participle and (quoted := _quoted_as(text, lo, cs)):
        c.mention = quoted  # "Politico quoted Tim Manning as saying ...": the one quoted speaks
    elif participle and participle.endswith("ing") \
            and (own := _gerund_subject(text, st.ss, lo, cs)):
        c.mention = own  # "despite Znak.com claiming ...", "with officials saying ...": its own subject speaks
    elif participle and participle.endswith("ing") and st.last_mention is not None \
            and _GERUND_AFTER_PREPOSITION.search(text, lo, cs):
        # "After Clinton claimed ..., Obama won the nomination by promising ...": the clause the gerund
        # is in has its subject, not the speaker before it; a subject not read as a name or a pronoun
        # leaves none.
        own = _clause_subject(text, st.ss, cs)
        c.mention = own if own is not None and (own.pronoun or own.name and _all_capitalised(own.name)) else None
        c.participle = c.mention is not None and c.mention.end <= cs
    elif participle and participle.endswith("ing") and _OBJECT_NAME_BEFORE.search(text, lo, cs) \
            and _LIST_GOES_ON.search(text, cs, st.se):
        c.mention = None  # "a meeting between Giuliani, claiming to represent ..., and Yermak": said of the name
    elif participle and participle.endswith("ing") \
            and (text[lo:cs].rstrip().endswith(",") or st.last_mention) \
            and not _BE_BEFORE.search(text, max(lo, cs - 20), cs):
        # ("Hillary Clinton is promising ...": a verb in the progressive has its own subject.)
        # ("calling for", "calling on": the participle is the cue's first word.)
        # "..., saying that ...", "issued a statement saying ...": the main clause's subject speaks.
        c.mention = st.last_mention or _clause_subject(text, st.ss, cs, participle=True)
        c.participle = c.mention is not None and c.mention.end <= cs
    else:
        c.mention = _named_before_description(text, lo, _person_in_apposition(text, _speaker_before_cue(st, c)))
        if c.mention is not None and c.lcue in INVERTIBLE and c.lcue not in TELL_CUES \
                and text[lo:cs].rstrip().endswith(",") \
                and _full_name_after(text, c.ce, st.se):
            # "The CASBa, Comprehensive Avionic System for Balloons, aims to replace ..., said Sarah
            # Wright, ...": a full name right after the cue speaks; the words before are what was said.
            c.mention = None
        elif c.mention is not None and c.mention.common and c.lcue in ("said", "says") \
                and (c.mention.head or "") not in _SPEAKING_NOUNS and _named_closing(text, c.ce, st.se) is not None:
            # "... will avoid a triple dip recession said the British Chambers of Commerce (BCC) in a
            # statement": a thing before the cue says nothing; the name closing the sentence does.
            c.mention = None
        if c.mention is None and (aside := _DASH_ASIDE.search(text, lo, cs)) is not None:
            # "Deborah Reynolds - his girlfriend and co-host - told the Post": the name before the aside.
            c.mention = read_speaker_before(text, lo, aside.start())
        if c.mention is not None and c.lcue.split()[0] in PARTICIPLE_CUES and c.mention.head in DOCUMENT_HEADS:
            # "Trump issued a statement saying ...", "... calling on": the one who issued it speaks.
            c.mention = _clause_subject(text, lo, c.mention.start) or c.mention
        elif c.mention is not None and c.lcue in PARTICIPLE_CUES and _PLACE_OBJECT.search(text, lo, c.mention.start):
            # "... at his golf club outside Washington, D.C. saying ...": a place is no speaker;
            # the clause's subject is.
            c.mention = _clause_subject(text, lo, c.mention.start)
    if c.lcue in DOCUMENT_CUES and c.mention is not None and not _names_document(c.mention):
        return False  # "He read the names", "The sign read": no speech reported
    c.mention = _confirmed_with(st, c) or c.mention
    _possessor(text, c)
    if c.mention is not None and not c.mention.pronoun \
            and RELATIVE_VERB.search(text, max(lo, c.mention.start - 90), c.mention.start):
        # "Republicans who support Donald Trump say": the name is the object of the relative
        # clause's verb; the noun the clause hangs on speaks.
        c.mention = None
    if c.mention is None and (rel := RELATIVE.search(text, max(lo, cs - 90), cs)):
        # "Hawkins and others who want to ban abortion said": the noun the clause hangs on.
        c.mention = read_speaker_before(text, lo, rel.start())
        if c.mention is not None and (c.mention.pronoun or c.mention.kind == "organization"):
            c.mention = None
    if c.mention is None and (conj := COORDINATED.search(text, max(lo, cs - 40), cs)):
        # "Ukraine has disputed the number and said that ...": the subject of the first verb.
        c.mention = st.last_mention or _coordinated_subject(text, lo, conj.start())
    if c.mention is None and c.lcue in INVERTIBLE:
        _inverted_speaker(st, c)
    if c.lcue in DOCUMENT_CUES and not _names_document(c.mention):
        return False  # '"Keep out," read the sign': a document speaks, nothing else that is read
    if c.mention is None:
        _speakerless(st, c)
    return c.mention is not None


# A full name opening the sentence, then its posts in commas up to the cue: "Valdis Dombrovskis,
# Vice-President for the Euro and Social Dialogue, also in charge of Financial Stability, said:".
_NAME_THEN_POSTS = re.compile(r"[\s“\"]*(?P<name>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){1,3}),\s+(?P<posts>"
                              r"(?:[A-Z][\w’'\-.&]*|for|of|and|the|in|charge|also|on|at|to|[,&\s])+?),?\s*$")


def _person_in_apposition(text: str, m: SpeakerMention | None) -> SpeakerMention | None:
    """ "Commander of 51 Infantry Brigade and HQ Scotland, Brigadier Tom Hale, said": a name read as
    the speaker with a person's full name (or title and surname: "Premier Beattie") in apposition after
    it is that person's post, or a place before the comma ("Speaking at the Bundamba Water Treatment
    Facility, Premier Beattie promised"); the person speaks."""
    if m is None or m.pronoun or not m.name or m.text.count(",") < 1 \
            or m.kind == "person" and m.name.split()[0].lower() in GIVEN_NAMES:
        return m  # ("Richard Martin, Chief Coastguard,": a person, then the post)
    body = m.text.rstrip(", ")
    comma = body.rfind(",")
    last = body[comma + 1:].strip()
    if comma < 0 or not last or m.name in last or "'" in last or "’" in last \
            or any(w[0].islower() and w not in NAME_PARTICLES for w in last.split()):
        return m  # ("Fields, along with reporter Ben Terris,"; "Gene Sperling, a Clinton adviser,")
    at = m.start + m.text.find(last, comma)
    person = classify_name(text, at, at + len(last), last.split())
    titled = last.split()[0].lower().rstrip(".") in TITLES and len(last.split()) >= 2  # "Premier Beattie"
    if person is None or person.kind != "person" or not person.name or person.common \
            or not titled and (len(person.name.split()) < 2 or person.name.split()[0].lower() not in GIVEN_NAMES):
        return m
    post = body[:comma].strip()
    role = " ".join(w for w in (post if post[:1].isupper() else None, person.role) if w)  # ("the Facility": a place)
    return SpeakerMention(m.start, m.end, m.text, person.name, role=role, kind="person")


def _named_before_description(text: str, lo: int, m: SpeakerMention | None) -> SpeakerMention | None:
    """ "Kelly Ann Moore, 20, a republican protester said": a description after a name opening the
    sentence (and an age), its closing comma left out; the name speaks, the description is the role.
    ("After meeting Ana Ruiz, the minister said": the minister, the name is no subject.)"""
    if m is None or not m.common or m.pronoun:
        return m
    comma = _NAME_COMMA_BEFORE.search(text, max(lo, m.start - 40), m.start)
    if comma is None or not (comma.group("age") or text[m.start:m.start + 3].lower() in ("a ", "an ")):
        return m
    name = read_speaker_before(text, lo, comma.start())
    if name is None or name.kind != "person" or name.common or name.pronoun or not name.name \
            or " " not in name.name or text[lo:name.start].strip(" \n“\""):
        return m
    return SpeakerMention(name.start, m.end, text[name.start:m.end], name.name,
                          role=re.sub(r"^(?:an?|the)\s+", "", m.text, flags=re.I), kind="person")


_NAME_COMMA_BEFORE = re.compile(r",\s+(?:(?P<age>\d{1,3}),\s+)?$")


def _participle_of(cue: str) -> str | None:
    """The participle a cue opens with ("saying"; "pointing" for "pointing out"), or None."""
    first = cue.split()[0]
    return first if first in PARTICIPLE_CUES or cue in PARTICIPLE_CUES else None


def _name_before_posts(st: _Sentence, c: _Cue) -> SpeakerMention | None:
    """The full name opening a sentence when its posts, commas and all, fill the words up to the
    cue ("Marianne Thyssen, Commissioner for Employment, Social Affairs, Skills and Labour Mobility,
    commented:", "Nic Anderson, Chief Executive UK Defence, QinetiQ said:"): the name speaks, not
    the last capitalised words of a post. The first post must hold a title ("Tom Hale, Ana Ruiz and
    Dan Lee said" names three)."""
    m = _NAME_THEN_POSTS.fullmatch(st.text, c.lo, c.cs)
    if m is None or not any(w.lower().removeprefix("vice-") in TITLES for w in m.group("posts").split(",")[0].split()):
        return None
    name = read_speaker_before(st.text, c.lo, m.end("name"))
    if name is None or name.kind != "person" or not name.name or name.start != m.start("name"):
        return None
    post = re.sub(r"^the\s+", "", re.split(r",\s+also\b", m.group("posts"))[0].strip(" ,"))
    return SpeakerMention(name.start, m.end("posts"), st.text[name.start:m.end("posts")], name.name, role=post,
                          kind="person")


_COMMA_BEFORE_CUE = re.compile(r",\s*$")
_INTRODUCES_QUOTATION = re.compile(r"(?:\s+(?:today|yesterday|tonight))?\s*:\s*(?:[“\"]|$)")


def _name_comma_colon(st: _Sentence, c: _Cue) -> SpeakerMention | None:
    """ "Health Secretary Ann Lee, said: “...”": a stray comma between a sentence's whole subject and
    the verb that introduces a quotation, common in government releases. Only a name that is the
    whole of the words before the comma speaks ("In Cardiff, said:" has no speaker)."""
    text = st.text
    comma = _COMMA_BEFORE_CUE.search(text, c.lo, c.cs)
    if comma is None or not _INTRODUCES_QUOTATION.match(text, c.ce):
        return None
    mention = read_speaker_before(text, c.lo, comma.start())
    if mention is None or mention.pronoun or text[c.lo:mention.start].strip(" \n“\"") \
            or not (mention.name and _all_capitalised(mention.name)
                    or not mention.name and mention.role and _all_capitalised(mention.role)):
        return None  # (a capitalised post speaks too: "The Deputy First Minister, said:")
    return mention


_CONFIRMED_WITH = re.compile(r"(?<=confirmed)\s+with\s+|(?<=verified)\s+with\s+|(?<=checked)\s+with\s+")


def _confirmed_with(st: _Sentence, c: _Cue) -> SpeakerMention | None:
    """ "Wikinews confirmed with UpGuard that ...": the named source one confirmed with is the source
    of what follows "that" (hearers, "confirmed with reporters", are not)."""
    checked = _CONFIRMED_WITH.match(st.text, c.ce, st.se)
    source = read_speaker_after(st.text, checked.end(), st.se) if checked else None
    if source is None or source.pronoun or source.common or not source.name \
            or not re.match(r"\s+that\b", st.text[source.end:st.se]):
        return None
    return source


def _speaker_before_cue(st: _Sentence, c: _Cue) -> SpeakerMention | None:
    """The speaker read before the cue; a full name opening the sentence wins over the end of its
    posts ("Valdis Dombrovskis, Vice-President for ... Social Dialogue, said")."""
    adjunct = _GERUND_ADJUNCT.search(st.text, c.lo, c.cs) if c.lcue not in NOUN_CUES else None
    end = adjunct.start() if adjunct is not None else c.cs
    mention = read_speaker_before(st.text, c.lo, end) or _name_comma_colon(st, c)
    named = _name_before_posts(st, c) or _name_before_described(st, c)
    return named if named is not None and (mention is None or mention.start > named.start) else mention


# A full name opening the sentence, then a description holding a relative clause, up to the cue:
# "Danilo Marzano, a member of the community who was interviewed ... to support Satya, Nicola, and Helen, said:".
_NAME_THEN_DESCRIBED = re.compile(r"[\s“\"]*(?P<name>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){1,3}),\s+"
                                  r"(?P<what>(?:an?|the)\s+[a-z][^.;:“”\"]*?)\s+(?:who|which|that)\s"
                                  r"[^.;:“”\"]*,\s*$")


def _name_before_described(st: _Sentence, c: _Cue) -> SpeakerMention | None:
    """The full name opening a sentence when a description of it with a relative clause fills the words up
    to the cue: the name speaks, not a name inside the clause ("..., who backs Tom Hale, said")."""
    m = _NAME_THEN_DESCRIBED.fullmatch(st.text, c.lo, c.cs)
    if m is None:
        return None
    name = read_speaker_before(st.text, c.lo, m.end("name"))
    if name is None or name.kind != "person" or not name.name or " " not in name.name or name.start != m.start("name"):
        return None
    end = c.cs
    while end > name.start and st.text[end - 1] in " ,":
        end -= 1
    return SpeakerMention(name.start, end, st.text[name.start:end], name.name,
                          role=re.sub(r"^(?:an?|the)\s+", "", m.group("what")), kind="person")


# A gerund's adjunct between the subject and its verb: "Lynne Featherstone, the minister, in announcing
# the plans stated that ...": the speaker is before it.
_GERUND_ADJUNCT = re.compile(r",\s+(?:in|on|when|while|after|before|upon)\s+[a-z]{3,}ing\b[^,.;:“”\"]{0,60}?,?\s*$")
# A gerund that is the object of "by" or "without" ("won the nomination by promising ..."): the
# clause's own subject does it.
_GERUND_AFTER_PREPOSITION = re.compile(r"\b(?:by|without)\s+$")
# A name after a preposition, then the participle's comma, in a list that goes on after it: the
# participle describes that name.
_LIST_GOES_ON = re.compile(r",\s+and\s+[A-Z]")
_OBJECT_NAME_BEFORE = re.compile(r"\b(?:between|with|and|to|for|from|against|including)\s+(?:[A-Z][\w’'\-]*\s+){0,2}"
                                 r"[A-Z][\w’'\-]*\s*,\s*$")
_DASH_ASIDE = re.compile(r"\s(?:-|--|—|–)\s(?:(?!\s(?:-|--|—|–)\s)[^.;:“”\"]){3,120}\s(?:-|--|—|–)\s*$"
                         r"|—[^—.;:“”\"]{3,120}—\s*$")
_QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?!as\b|by\b)(?P<who>[^.;:“”\"]{1,150}?)"
                        r"\s+as\s+$")
_WAS_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:quoted|cited)\s+"
                            r"(?:by\s+[^.;:,“”\"]{1,60}?\s+)?as\s+$")
_NAME_PARTICLES = ("of", "and", "for", "the", "de", "van", "von", "al")


def _all_capitalised(name: str) -> bool:
    """Whether every word of a name is capitalised or a particle of one ("Bank of England"): a subject
    read as a name that is really a common noun ("the crowd") gives no speaker."""
    return all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in name.split())


def _quoted_as(text: str, lo: int, cs: int) -> SpeakerMention | None:
    """ "The Herald quoted Ann Ober, a former director, as saying ...", "Reuters cited a senior
    official as saying ...", "Hale was quoted by the Herald as saying ...": the one quoted or cited
    speaks, not the paper; an appositive after the name is its role."""
    if (passive := _WAS_QUOTED_AS.search(text, max(lo, cs - 120), cs)) is not None:
        return read_speaker_before(text, lo, passive.start())
    m = _QUOTED_AS.search(text, max(lo, cs - 200), cs)
    if m is None:
        return None
    end = m.end("who")
    comma = text.find(",", m.start("who"), end)
    return read_speaker_before(text, m.start("who"), comma if comma > 0 else end)


# A place named as the object of a preposition, ending right before a mention: "outside Washington, ".
_PLACE_OBJECT = re.compile(r"\b(?:in|at|outside|near|from|to|into|across|inside|around)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*,\s*$")
_GERUND_LEAD = re.compile(r"\b(?:" + "|".join(sorted(GERUND_LEADS)) + r")\s+", re.I)
_AND_NEXT_SUBJECT = re.compile(r"(?<=[\"”’a-z])\s+and\s+(?=[A-Z])")
# The first gerund of "with X calling A and Y ...": without it, "and" joins words of one name
# ("with the Department of Health and Social Care warning").
_FIRST_GERUND = re.compile(r"\b[a-z]+ing\b")


def _gerund_subject(text: str, ss: int, lo: int, cs: int) -> SpeakerMention | None:
    """The subject of a gerund of saying right after "despite", "with", "amid" ("despite Znak.com
    claiming", "with officials saying"): it, not the main clause's subject, speaks."""
    lead = None
    for lead in _GERUND_LEAD.finditer(text, max(ss, cs - 240), cs):
        pass
    if lead is None or text[lead.end():cs].rstrip().endswith(","):
        return None  # ("A week before the vote, Ana Ruiz held a rally, saying": the main clause's participle)
    if lead.group().lower().startswith("with") and text[ss:lead.start()].strip() \
            and not text[ss:lead.start()].rstrip().endswith(","):
        return None  # ", with X saying" sets the gerund apart; "agreed with X saying" may be either's
    for both in _AND_NEXT_SUBJECT.finditer(text, lead.end(), cs):
        if _FIRST_GERUND.search(text, lead.end(), both.start()):
            lead = both  # "with X calling A and Y calling B": Y is the second gerund's subject
    if lead.end() < lo:
        return None
    # Read from after "with": a name right after a preposition is otherwise no speaker.
    mention = read_speaker_before(text, lead.end(), cs)
    if mention is None or mention.pronoun or mention.start != lead.end() or text[mention.end:cs].strip():
        return None
    return mention


def _possessor(text: str, c: _Cue) -> None:
    """A possessive before a nominal cue speaks ("Holt's call for a levee", "his call for a ban");
    before any other cue it is a noun phrase, not speech ("Trump's remarks")."""
    mention, lo, cs = c.mention, c.lo, c.cs
    if mention and mention.text.endswith(("’s", "'s")):
        if c.lcue in NOMINAL_CUES and len(mention.text) > 2:
            name = mention.name[:-2] if mention.name and mention.name.endswith(("’s", "'s")) else mention.name
            c.mention = SpeakerMention(mention.start, mention.end - 2, mention.text[:-2], name, role=mention.role,
                                       kind=mention.kind, pronoun=mention.pronoun, head=mention.head,
                                       common=mention.common)
            c.nominal = True
        else:
            c.mention = None
    elif mention is None and c.lcue in NOMINAL_CUES and (pm := POSSESSIVE_BEFORE.search(text[max(lo, cs - 8):cs])):
        # The owner of the call is the speaker, a pronoun to resolve.
        ps0 = max(lo, cs - 8) + pm.start(1)
        c.mention = SpeakerMention(ps0, ps0 + len(pm.group(1)), pm.group(1), None, kind="person", pronoun=True)
        c.nominal = True


def _full_name_after(text: str, ce: int, se: int) -> bool:
    """Whether a person's full name follows the cue and closes the attribution (a comma, a stop)."""
    m = read_speaker_after(text, ce, se)
    return m is not None and m.kind == "person" and not m.common and not m.pronoun and bool(m.name) \
        and " " in m.name and bool(TRAILING_ATTRIBUTION_END.match(text, m.end, se))


def _named_closing(text: str, ce: int, se: int) -> tuple[SpeakerMention, int] | None:
    """A person's full name or a body's name of two or more words closing the sentence after a cue,
    with where the attribution ends; None otherwise."""
    m = read_speaker_after(text, ce, se)
    if m is None or m.common or m.pronoun or not m.name or " " not in m.name or m.kind not in ("person", "organization"):
        return None
    end = _closing_end(text, m.end, se)
    return None if end is None else (m, end)


def _inverted_speaker(st: _Sentence, c: _Cue) -> None:
    """ '"...," said Peskov.' and 'The talks, said Peskov, ...': the speaker after the cue."""
    text, se = st.text, st.se
    prev = text[c.lo:c.cs].rstrip()
    if prev and not prev.endswith((",", "—", "–")) and not prev.endswith(tuple(CLOSE_DOUBLE)):
        if c.lcue in ("says", "said") and len(prev.split()) >= 4 \
                and (closing := _named_closing(text, c.ce, se)) is not None:
            # "The economy will grow by 2% next year says Finance Minister Ann Lee.", "... will avoid a
            # recession said the British Chambers of Commerce (BCC) in a statement yesterday.": with no
            # comma, a full name closing the sentence after "says" still speaks all before it.
            c.mention, c.inverted, c.after = closing[0], True, closing[1]
        return
    mention = read_speaker_after(text, c.ce, se)
    # Right after a quotation, its comma inside the marks or out ('"...," said X', '"...", said X on
    # Twitter'), the cue is the quotation's attribution.
    after_quotation = not prev.strip(", \u00a0") or prev.rstrip(",").rstrip().endswith(tuple(CLOSE_DOUBLE))
    if mention and not after_quotation and (mention.pronoun or not (TRAILING_ATTRIBUTION_END.match(
            text, rest := _skip_adjuncts(text, mention.end, se, c.lcue)[1], se) or _closing_end(text, rest, se) is not None)):
        # "X, 21, a junior, said she ...": the pronoun starts the content; no inversion.
        mention = None
    if mention:
        c.mention, c.inverted, c.after = mention, True, mention.end


def _speakerless(st: _Sentence, c: _Cue) -> None:
    """Quotes of a cue with no speaker before or after it: "Noting that the vote was close, Holt
    added ..." (the subject after the comma speaks) and "When asked why he ran, ..." (a question
    put to someone, no asker named)."""
    text, ss, se, cs, ce = st.text, st.ss, st.se, c.cs, c.ce
    if c.lcue in PARTICIPLE_CUES and OPENING_PARTICIPLE.fullmatch(text, ss, cs):
        if f := _opening_participle(text, ss, se, ce, c.cue, st.segs, st.published):
            st.add(f, max(st.covered_until, f.end))
            return
    if c.lcue in ("asked", "asked about") and BARE_ASKED.search(text[max(ss, cs - 12):cs]):
        cstart = ce
        while cstart < se and text[cstart] in " \u00a0":
            cstart += 1
        comma = text.find(", ", cstart, se)
        end = comma if comma > 0 else _content_end(text, cstart, se)
        if end - cstart > 8:
            st.add(_make(text, cstart, end, None, c.cue, None, st.segs, 0.4), end)


def _as_reported_shape(st: _Sentence, c: _Cue) -> bool:
    """ "As the Tribune reported, ..." / "..., as the Tribune reported."."""
    if c.inverted or c.participle or c.lcue not in AS_CUES:
        return False
    f = _as_reported(st.text, st.ss, st.se, c.lo, c.mention, c.cue, c.after, c.said_on, st.segs)
    if f:
        st.add(f, max(st.covered_until, f.end, c.after))
    return bool(f)


def _beside_quotation(st: _Sentence, c: _Cue) -> bool:
    """The attribution right after a quotation ('"...," Peskov said.', '"...," said Peskov.') or
    right before one ('Peskov said: "..."', 'Peskov told reporters, "..."') gives it its speaker."""
    text, ss, se, segs = st.text, st.ss, st.se, st.segs
    g = _seg_ending_at(segs, _past_owner_name(st, c), text, ss, bare=_bare_attribution(st, c))
    if g is not None and _is_title(text, ss, g):
        g.consumed = True  # a title before the speaker: "on ABC's “This Week,” Carson said"
        g = None
    if g is not None and not g.consumed:
        if g.speaker is None or not g.own:
            g.speaker, g.cue, g.said_on, g.own = c.mention, c.cue, c.said_on, True
            _mark_lead(text, ss, g, segs)
        st.covered_until = c.after
        nxt = _seg_starting_at(segs, c.after, text)
        if nxt is not None and nxt.speaker is None:
            nxt.speaker, nxt.cue, nxt.said_on, nxt.own = c.mention, c.cue, c.said_on, False
        return True
    nxt = _seg_starting_at(segs, c.after, text)
    if nxt is not None and not nxt.consumed and (text[c.after:nxt.start].strip() in (":", ",") or (
            nxt.words >= 3 and not text[nxt.end:se].strip(" .,;!?\u00a0"))):
        if not nxt.own:
            nxt.speaker, nxt.cue, nxt.said_on, nxt.own = c.mention, c.cue, c.said_on, True
        st.covered_until = nxt.end
        return True
    return False


# A body's name between a closing quotation and the post of its speaker: '"...," Fight for $15
# organizing director Kendall Fells told reporters', '"...," Unite Here campaign director Ann Ober said'.
_OWNER_NAME_BEFORE = re.compile(r"(?<=[”\"])[,\s]*"
                                r"(?P<owner>(?:(?:[A-Z][\w’'&.\-]*|\$?\d[\d,.]*|of|for|the|and|&)\s+){1,6})$")


def _past_owner_name(st: _Sentence, c: _Cue) -> int:
    """Where the attribution starts, taken back over the name of the body whose post the speaker
    holds when only that name stands between it and a quotation before."""
    m = c.mention
    if c.before_start != m.start or not m.role or not m.role[:1].islower() or not m.name:
        return c.before_start
    owner = _OWNER_NAME_BEFORE.search(st.text, st.ss, c.before_start)
    return owner.start("owner") if owner is not None else c.before_start


def _bare_attribution(st: _Sentence, c: _Cue) -> bool:
    """Whether the sentence is only its speaker and "said" ("Stover said.", "said Stover."): it can
    report nothing but the quotation before it. ("Smith agreed." may answer someone else's words.)"""
    return c.lcue in ("said", "says") and c.before_start == st.ss and st.text[c.after:st.se].strip() in ("", ".")


def _closing_colon(st: _Sentence, c: _Cue) -> bool:
    """ "X said:" closing a paragraph: the quote is the next paragraph. So is it after "X said,"
    closing one, or "X said" with nothing after it before a quotation, slips of releases for the colon."""
    rest = st.text[c.after:st.se].strip()
    if st.se == st.pe and (rest in (":", "that:", ",") or not rest and _QUOTATION_NEXT.match(st.text, st.pe)
                           and c.mention is not None and not st.text[st.ss:c.mention.start].strip()):
        st.pending = (c.mention, c.cue, False)
        return True
    return False


# A paragraph opening with a quotation mark after the one closing at the match: "said\n\n“The ...".
_QUOTATION_NEXT = re.compile(r"\s*\n\s*[“\"]")


# A relative word right before an attribution set off by commas: what was said is the clause it heads.
_RELATIVE_BEFORE_ASIDE = re.compile(r"(?<!\bfor)(?<!\bof)(?<!\bto)(?<!\bwith)(?<!\babout)(?<!\bon)(?<!\bin)(?<!\bat)"
                                    r"(?<!\bby)(?<!\bfrom)(?<!\bis)(?<!\bwas)\s(that|which|who)\s*,\s*$")
# "says" and a name closing the sentence without a comma: an attribution of all before it.
_SAYS_NAME_AT_END = re.compile(r"\s+(?:says|said)(?=\s+(?:[\w’'\-.]+\s+){1,6}[A-Z][\w’'\-]*\.?$)")


def _speaker_at_close(text: str, start: int, end: int) -> int | None:
    """Where "says" and a full name close the words start..end ("... says blogger Ann Lee."), or None."""
    says = _SAYS_NAME_AT_END.search(text, start, end)
    return says.start() if says is not None and _full_name_after(text, says.end(), end) else None
# Such an aside inside another speaker's content: "... a bank that, the U.S. alleges, has helped ...".
_ASIDE_ATTRIBUTION = re.compile(r"\s(?:that|which|who),\s+(?:the\s+)?[\w.’'\-]+(?:\s+[\w.’'\-]+){0,4}?\s+"
                                r"(?:says|said|alleges|alleged|claims|claimed|argues|argued|contends|insists|believes|"
                                r"reports|reported|estimates|estimated),\s")


def _content_before(st: _Sentence, c: _Cue) -> bool:
    """Reported speech before the attribution: "The talks were a success, Peskov said." and "The
    talks, he said, were a success." True when the cue ends the sentence (nothing after it to read)."""
    text, ss, se, lo = st.text, st.ss, st.se, c.lo
    rest = text[c.after:se]
    pre = text[lo:c.before_start]
    trailing = rest.strip() in ("", ".", "!", "?") or re.match(r"\s*[.!?]", rest) or (
        pre.rstrip().endswith(",") and text.count(" ", lo, c.before_start) >= 4 and _trailing_rest(rest))
    if (trailing or rest.lstrip().startswith(",")) and not c.inverted and not pre.rstrip().endswith(","):
        pre = _role_after_comma(st, c, pre)
    if (pre.rstrip().endswith(",") or c.inverted and trailing) and len(pre.strip()) > 3 \
            and (trailing or rest.lstrip().startswith(",")) \
            and not _SOURCED_RELATIVE.match(rest):
        # (", which, according to the minister, ..." after the cue opens a clause with its own source.)
        # The content starts with the sentence, over any quotation inside it.
        content_start = _content_start_back(text, ss, c.before_start)
        if m := LEADING_CONJUNCTION.match(text, content_start, c.before_start):
            content_start = m.end()
        if not trailing and (rel := _RELATIVE_BEFORE_ASIDE.search(text, content_start, c.before_start)):
            content_start = rel.start(1)  # "a bank that, the U.S. alleges, has helped ...": the clause it heads
        if not trailing and st.out and ss <= st.out[-1].start < c.before_start:
            content_start = max(content_start, st.out[-1].start)  # (an aside inside a report already read)
        if trailing:
            end = c.before_start
            while end > content_start and text[end - 1] in " ,\u00a0":
                end -= 1
        else:
            # Attribution inside the content: the content is the whole sentence around it, up to
            # a semicolon ("..., Hale said, and the loan seems realistic; experts called this dubious").
            semi = text.find(";", c.after, se)
            end = semi if semi > 0 else se
            while end > c.after and text[end - 1] in " \u00a0.!?":
                end -= 1
        if end - content_start > 8:
            st.add(_make(text, content_start, end, c.mention, c.cue, c.said_on, st.segs, 0.7),
                   max(st.covered_until, c.after))
        return True
    return bool(trailing)


def _role_after_comma(st: _Sentence, c: _Cue, pre: str) -> str:
    """ "..., Donald Trump's longtime confidant Roger Stone stated.": words of a role we do not
    know still sit between the comma and the name; they join the mention. Returns the words
    before the attribution as they then stand."""
    text, lo = st.text, c.lo
    k = pre.rfind(",")
    between = pre[k + 1:].split()
    if k < 0 or not 0 < len(between) <= 6 or any(w.lower() in CLAUSE_WORDS for w in between) \
            or any(ch in pre[k + 1:] for ch in ";:"):
        return pre  # "said Tom Hale, the minister; Bill Cole agreed": a semicolon ends the clause
    start = lo + k + 1
    while text[start] in " \u00a0":
        start += 1
    role = text[start:c.before_start].strip()
    mention = c.mention
    c.mention = SpeakerMention(start, mention.end, text[start:mention.end], mention.name,
                               role=(role + " " + mention.role) if mention.role else role,
                               kind=mention.kind, pronoun=mention.pronoun, head=mention.head, common=mention.common)
    c.before_start = start
    return text[lo:start]


_RELATIVE_OPENING = re.compile(r"(?:who|whom|whose)\s", re.I)


def _content_after(st: _Sentence, c: _Cue) -> bool:
    """Reported speech after the attribution: a content object ("praised Obama's record") or a
    content clause running to the sentence end ("said that ...", "told reporters the talks ...")."""
    text, se = st.text, st.se
    cstart = c.after
    while cstart < se and text[cstart] in " \u00a0,:":
        cstart += 1
    if cstart >= se:
        return True
    if c.lcue in OBJECT_CUES and not c.inverted:
        # The object is the content here, not a hearer to skip.
        cstart = _skip_adjuncts(text, c.ce, se, "")[1]
        while cstart < se and text[cstart] in " \u00a0,:":
            cstart += 1
    if _RELATIVE_OPENING.match(text, cstart, se):
        return True  # "Hale wrote to Dale Ruiz, who said ...": the clause is someone else's
    if c.lcue in OBJECT_CUES and cstart < se and not CLAUSE_START.match(text, cstart, se):
        if c.cue.startswith("question") and _PERSON_QUESTIONED.match(text, cstart, se):
            return True  # "Police questioned Tom Hale, 45": an interview, not what was said
        _object_content(st, c, cstart)
        return True
    cstart = _clause_start(st, c, cstart)
    if cstart is not None:
        _clause_content(st, c, cstart)
    return True


# Someone as the object of "questioned": a full name (not its possessive), "him" or "them".
_PERSON_QUESTIONED = re.compile(r"(?:him|them|[A-Z][a-z\-]+\s+[A-Z][a-z\-]+)(?![\w’'])")


# "and" then a new subject, named (or someone's): another attribution starts there.
_OTHER_SPEAKER_AFTER_AND = re.compile(r"\s+and\s+(?=(?:[A-Z][\w\-]*['’]s\s+)?(?:[a-z]+\s+){0,3}"
                                      r"[A-Z][a-z]+\s+[A-Z][a-z]+)")


# Someone's claim named as the object of another's verb, its owner after "by" ("dismissed as
# unsubstantiated claims by Mr. Tubman that ..."); with the owner before it, names.OWNED_CLAIM.
_CLAIM_BY = re.compile(r"\b(?P<noun>" + "|".join(sorted(CLAIM_NOUNS)) + r")\s+by\s+"
                       r"(?P<owner>(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w.\-]*)\s+that\s+")


_DESCRIBING_AS = {"described", "describes", "describing", "dismissed", "dismisses", "dismissing", "branded",
                  "brands", "labelled", "labeled", "labels"}
_WORD_NEXT = re.compile(r"\s+[a-z]")


def _quoted_as_then_object(text: str, cstart: int, end: int, segs: list[Segment]) -> Segment | None:
    """The quotation right after "as" when the thing described comes after it, the object moved to
    the end: 'has described as “rubbish” allegations that ...'."""
    if not text.startswith("as ", cstart):
        return None
    g = next((g for g in segs if g.start == cstart + 3), None)
    return g if g is not None and g.end < end and _WORD_NEXT.match(text, g.end) else None


def _object_content(st: _Sentence, c: _Cue, cstart: int) -> None:
    """ "Sanders praised Obama's record", "she talked about the economy": what the speech act was
    about is its content, up to the end of the phrase."""
    text, ss, se, segs = st.text, st.ss, st.se, st.segs
    owned = OWNED_CLAIM.match(text, cstart, se) or _CLAIM_BY.search(text, cstart, min(se, cstart + 80))
    if owned is not None and (owner := read_speaker_after(text, owned.start("owner"), owned.end("owner"))) is not None:
        # "Vaile dismissed Wilson Tuckey's suggestion that the parties merge": what Tuckey suggested.
        end = se
        while end > owned.end() and text[end - 1] in " \u00a0.!?:":
            end -= 1
        if end - owned.end() >= 3:
            owner = owner.placed(owner.start, owned.end("owner"), text[owner.start:owned.end("owner")])
            st.add(_make(text, owned.end(), end, owner, owned.group("noun"), c.said_on, segs, 0.5), end)
        return
    m = OBJECT_END.search(text, cstart, se)
    end = m.start() if m else se
    if (other := _OTHER_SPEAKER_AFTER_AND.search(text, cstart, end)) and CUE.search(text, other.end(), end):
        end = other.start()  # "denied the allegations and his media secretary Ann Lee claimed": a new speaker
    inside = next((g for g in segs if g.start < end < g.end and g.start >= cstart), None)
    if inside is not None:
        end = inside.end  # 'noted his "strength, passion and wisdom"': the phrase goes on to its closing mark
    covered = None  # (when the object read goes on past the content: read by no other cue)
    if c.lcue in _DESCRIBING_AS and (g := _quoted_as_then_object(text, cstart, end, segs)) is not None:
        covered, end = end, g.end  # 'described as “rubbish” allegations that ...': the words given
    if c.lcue in NAMING_CUES and not text.startswith(("for ", "on ", "upon "), cstart):
        # "called Cruz a “hypocrite,” linking to ...": a naming ends with the name given in
        # its marks; "a group called Ginbot 7" names a thing, nobody speaks.
        title = text[cstart].isupper() or (text[cstart] in OPEN_DOUBLE + "‘'" and cstart + 2 < se
                                           and text[cstart + 1:cstart + 3].lstrip("'")[:1].isupper())
        if title and NAMED_THING.search(text, max(ss, c.cs - 40), c.cs):
            for g in segs:
                if g.start == cstart:
                    g.consumed = True  # "a class called “Perception”": a title, not speech
            return
        named = next((g for g in segs if cstart <= g.start < end), None)
        if named is not None:
            end = named.end
    while end > cstart and text[end - 1] in " \u00a0.!?:":
        end -= 1
    if end - cstart >= 3 and text[cstart].isalnum() or text[cstart] in OPEN_DOUBLE:
        st.add(_make(text, cstart, end, c.mention, c.cue, c.said_on, segs, 0.5), covered or end)


# A short prepositional phrase after "said", then a clause with its subject and finite verb and no
# "that": the clause is what was said.
_PHRASE_THEN_CLAUSE = re.compile(
    r"(?:in|on|at|during|for|after|before|since|under|throughout)\s+(?:[\w’'\-]+\s+){0,5}?"
    r"(?=(?:there|he|she|they|it|we|I|the\s+[\w\-]+|[A-Z][\w\-]+)\s+(?:is|are|was|were|has|have|had|will|would|can|"
    r"could|should|must|may|might)\b)")


# A finding reported as a noun and what it is of: "Griffith reported a rise in domestic violence cases
# from 232 to 558" ("The bank reported a loss." tells no finding).
_REPORTING_CUES = {"reported", "reports", "reporting", "announced", "announces", "recorded", "records"}
_FINDING_OBJECT = re.compile(r"(?:a|an)\s+(?:[a-z\-]+\s+){0,2}?(?:rise|increase|fall|drop|decline|decrease|loss|"
                             r"profit|surplus|deficit|jump|surge|slump)\s+(?:in|of|from|to)\s")


def _clause_start(st: _Sentence, c: _Cue, cstart: int) -> int | None:
    """Where the content clause after the cue starts, past a hearer ("told reporters that") or
    whom something was asked of; None when what follows is no content for this cue."""
    text, se, lcue = st.text, st.se, c.lcue
    if lcue in WEAK_CUES and not CLAUSE_START.match(text, cstart, se) and text[cstart] not in OPEN_DOUBLE \
            and lcue not in ("called", "calls", "call", "calling", "described", "describes", "describing") \
            and not (lcue in _REPORTING_CUES and _FINDING_OBJECT.match(text, cstart, se)):
        return None
    if lcue in TELL_HEARER_CUES and not (CLAUSE_START.match(text, cstart, se) or text[cstart] in OPEN_DOUBLE):
        # "told The Courier of Charleston on Saturday that ...": a hearer and occasion we could not
        # read still end at the "that" of the content clause.
        for tm in HEARER_THAT.finditer(text, cstart, min(se, cstart + 90)):
            if HEARER_BREAK.search(text, cstart, tm.start()):
                break
            if not NOUN_THAT.search(text[max(cstart, tm.start() - 12):tm.start()]):
                cstart = tm.start() + 1
                break
    if lcue in TELL_CUES and not (CLAUSE_START.match(text, cstart, se) or text[cstart] in OPEN_DOUBLE) \
            and lcue not in TELL_CONTENT_CUES:
        return None
    if lcue in ASKING_CUES and text.startswith("to ", cstart):
        # "asked Norton to republish the book": whom they asked is part of what they asked.
        obj = _skip_adjuncts(text, c.ce if not c.inverted else c.after, se, lcue)[0]
        while obj < cstart and text[obj] in " \u00a0,":
            obj += 1
        if obj < cstart and not text[obj:cstart].strip().startswith(("in ", "on ", "at ")):
            cstart = obj
    if c.nominal and lcue in ("claim", "claims") and not text.startswith("that ", cstart):
        return None
    if lcue in STRONG_CUES and (pp := _PHRASE_THEN_CLAUSE.match(text, cstart, se)):
        cstart = pp.end()  # "says in every vote there is one winner", "said in 2010 the plan was fair"
    if not _looks_like_content(text, cstart, se, lcue):
        return None
    if lcue in ADMISSION_CUES and _noun_phrase_object(text, cstart, se):
        return None
    if RELATIVE_OF_ADJUNCT.match(text, cstart) and "," in text[c.after:cstart]:
        # "said in Paris, where talks resumed": the clause tells of the place, not what was said;
        # "said on Tuesday, which was his birthday, that ...": what was said follows it.
        that = text.find(", that ", cstart, se)
        if that < 0:
            return None
        cstart = that + 2
    if text.startswith("to ", cstart) and lcue not in INFINITIVE_CUES:
        return None
    return cstart


_NP_WORD = re.compile(r"[\w’'\-$£€%.]+|[,;:—–()“”\"]")
_FINITE = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may",
           "might", "must", "shall", "do", "does", "did", "he", "she", "they", "we", "i", "you", "there"}
_RELATIVES = {"who", "whom", "whose", "which", "that"}


def _noun_phrase_object(text: str, cstart: int, se: int) -> bool:
    """Whether what follows a cue at cstart is a plain noun phrase ("his guilt in eight murders", "a
    procedure error by one of their members who was presiding"), not a clause ("the plan had
    failed", "he lied", "mistakes were made"): no verb of its own before a relative clause, a
    comma or the end. A verb is an auxiliary or subject pronoun, a word in -ed after a noun ("the
    plan failed"; "the alleged offences" is a noun phrase) or in -s before a determiner ("the
    plan needs a rethink"). A gerund or infinitive opening it is content ("admitted leaving")."""
    prev = None
    for m in _NP_WORD.finditer(text, cstart, se):
        w = m.group().lower()
        if not w[0].isalnum() or w in _RELATIVES:
            return prev is not None
        if w in _FINITE or w.endswith(("n't", "n’t")) or prev is None and (w.endswith("ing") or w == "to"):
            return False
        if w.endswith("ed") and prev is not None and prev not in DETERMINERS and not prev.endswith("ly") \
                and prev not in ("of", "for", "by", "in", "to", "on", "at", "with", "from", "and", "or"):
            return False
        if prev is not None and prev.endswith("s") and prev not in DETERMINERS and w in DETERMINERS:
            return False
        prev = w
    return prev is not None


_CLAUSE_COMMA = re.compile(r",([”\"]?)\s")


def _clause_content(st: _Sentence, c: _Cue, cstart: int) -> None:
    """The content clause from cstart to the end of the sentence (or of a subordinate clause), or
    the quotation it is, which then gets the speaker."""
    text, ss, se, segs, mention = st.text, st.ss, st.se, st.segs, c.mention
    end = _content_end(text, cstart, se)
    if c.lcue in NAMING_CUES:
        # "called Cruz a “hypocrite,” linking to ...": a naming is the name given, in its marks;
        # without marks ("a group called Ginbot 7") it is a name, not speech.
        named = next((g for g in segs if cstart <= g.start < end), None)
        if named is None:
            return
        end = min(end, named.end)
    if SUBORDINATE.search(text, max(ss, mention.start - 12), mention.start):
        # "When Hurt asked Norton to republish it, the publisher declined": the subordinate
        # clause ends at its comma, and so does what was said in it.
        comma = _CLAUSE_COMMA.search(text, cstart, end)
        while comma is not None and not comma.group(1) and _quote_open_at(text, cstart, comma.start()):
            comma = _CLAUSE_COMMA.search(text, comma.end(), end)  # a comma inside what is quoted ends nothing
        if comma is not None:
            # (American style puts the comma inside the closing mark: 'as "Medicare for all," Clinton')
            end = comma.start() + 1 + len(comma.group(1)) if comma.group(1) else comma.start()
    if (says := _speaker_at_close(text, cstart, end)) is not None:
        end = says  # "... children's education says Education Minister Trevor Mallard.": his, after it
    if aside := _ASIDE_ATTRIBUTION.search(text, cstart, end):
        end = aside.start()  # "repeated its refusal to lift sanctions on a bank that, the U.S. alleges, ...": theirs
    if end - cstart < 3:
        return
    # A quotation right after the cue that ends the sentence is a direct quote, not reported speech.
    g2 = _seg_starting_at(segs, cstart, text)
    if g2 is not None and g2.start == cstart and g2.end >= end - 1 and not g2.consumed:
        if not g2.own:
            g2.speaker, g2.cue, g2.said_on, g2.own = mention, c.cue, c.said_on, True
        st.covered_until = g2.end
        return
    st.add(_make(text, cstart, end, mention, c.cue, c.said_on, segs, 0.7), end)


def _names_document(mention: SpeakerMention | None) -> bool:
    """Whether a speaker mention is written as a document ("A statement from the ministry",
    "Cornyn's letter"), the only subject "read" reports speech for."""
    return mention is not None and any(w.strip("’'").lower().removesuffix("’s").removesuffix("'s") in DOCUMENT_HEADS
                                       for w in mention.text.split()[:3])


def _clause_subject(text: str, lo: int, cs: int, participle: bool = False) -> SpeakerMention | None:
    """The subject at the start of the clause holding cs (after "although", "while", a comma).

    For a participle ("..., saying that") the clause is the one before the comma, so the
    search stops at the last comma instead of starting after it; its subject is the main clause's,
    never that of a clause of time or cause inside it ("Ruiz won after Hale's party boycotted the
    poll, claiming ...": not Hale's party; "X led Ruiz to speak after Question Time, stating": no one).
    """
    if participle:
        if (opening := OPENING_ADJUNCT.match(text, lo, cs)) and text[opening.end():cs].strip():
            lo = opening.end()  # "Shortly after Hale's speech, Ana Ruiz agreed, saying": Ruiz
        cut = text.rfind(",", lo, cs)
        cs = cut if cut > lo else cs
        if (joined := _joined_main_subject(text, lo, cs)) is not None:
            return joined
    starts = [lo] + [m.end() for m in CLAUSE_OPENER.finditer(text, lo, cs) if m.end() > lo
                     and not _and_inside_a_name(text, m)
                     and not (participle and m.group().strip() in _SUBORDINATING)]
    if not participle:
        starts.reverse()  # the nearest clause first
    for start in starts:
        while start < cs and text[start] in " \u00a0":
            start += 1
        if m := LEADING_CONJUNCTION.match(text, start, cs):
            start = m.end()
        if m := _LEADING_WHEN.match(text, start, cs):
            start = m.end()  # "The day after being elected president in June 2019, Tokayev held ..."
        pp = LEADING_PHRASE.match(text, start, cs)
        mention = None if pp else read_speaker_after(text, start, cs)
        if pp:
            # "In the filing itself Ford also made this point, writing": the subject after the
            # phrase, if a verb or adverb follows it ("In the capital Paris the minister ...": no).
            mention = read_speaker_after(text, pp.end(), cs)
            if mention is not None and not _VERB_NEXT.match(text, mention.end, cs):
                mention = None
        if mention is not None:
            return mention
    return None


_CAPITALISED_END = re.compile(r"[A-Z][\w’'\-]*\s+$")
_SUBORDINATING = {"although", "though", "while", "because", "as", "after", "when", "since"}
# A time phrase opening the clause, closed by its comma: "The day after being elected president, ".
_LEADING_WHEN = re.compile(r"(?:The|A|One)\s+(?:day|week|month|year|night|morning|evening|hours?|days)\s+"
                           r"(?:after|before)\s+[^,;:“”\"]{1,80},\s*")


def _and_inside_a_name(text: str, m: re.Match) -> bool:
    """Whether an "and" joins two capitalised words of one name ("the Stone Town Conservation and
    Development Authority") rather than opening a clause."""
    return m.group().strip() == "and" and text[m.end():m.end() + 1].isupper() \
        and _CAPITALISED_END.search(text, max(0, m.start() - 40), m.start()) is not None


_MAIN_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:but|and|yet)|;)\s+")


def _joined_main_subject(text: str, lo: int, end: int) -> SpeakerMention | None:
    """The named subject of the last main clause joined by ", but", ", and" or ";" before a
    participle: "Trump pivoted to trade, but Wallace brought him back, asking ..." (Wallace asks)."""
    for m in reversed(list(_MAIN_CLAUSE_JOIN.finditer(text, lo, end))):
        mention = read_speaker_after(text, m.end(), end)
        if mention is not None and mention.start == m.end() and mention.name and not mention.common \
                and not mention.pronoun and _heads_clause(text, mention.end, end):
            return mention
    return None


def _coordinated_subject(text: str, lo: int, end: int) -> SpeakerMention | None:
    """The subject of the verb a cue after "and" is coordinated with: the nearest clause's start,
    where "and" alone joins no clauses but words ("The minister met Tom Hale and Ivan Petrov and
    said": the minister, not Petrov)."""
    starts = [lo] + [m.end() for m in CLAUSE_OPENER.finditer(text, lo, end)
                     if m.end() > lo and m.group().strip() not in ("and", "but")]
    for start in reversed(starts):
        while start < end and text[start] in " \u00a0":
            start += 1
        if m := LEADING_CONJUNCTION.match(text, start, end):
            start = m.end()
        if PARTICIPLE_START.match(text, start, end):
            continue  # "..., accusing ministers of neglect and asking why": the participle has no subject of its own
        mention = read_speaker_after(text, start, end)
        if mention is not None and _heads_clause(text, mention.end, end):
            return mention
    return None


_APPOSITIVE = re.compile(r"\s*,[^,]*(?:,|$)")


def _heads_clause(text: str, at: int, end: int) -> bool:
    """Whether the name ending at `at` is followed, past an appositive, by a verb before `end`: "The
    minister met the mayor, Tom Hale, and said": Tom Hale is an object in apposition, no subject."""
    if (app := _APPOSITIVE.match(text, at, end)) is not None:
        at = app.end()
    return _VERB_NEXT.match(text, at, end) is not None


# A hedge before an amount opens a clause's subject: "said at least 18 people were killed".
_HEDGE = re.compile(r"(?:about|at\s+(?:least|most)|as\s+(?:many|much|few|little)\s+as)\b", re.I)
_AMOUNT_AFTER = re.compile(r"\s+(?:[$£€]?\d|a\s+(?:third|quarter|fifth|tenth|dozen|half)\b|half\b|"
                           r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred|"
                           r"a\s+thousand|a\s+million)\b)", re.I)


_WHEN_WHERE = re.compile(r"\s*(?:when|where)\b")
_WHEN_WHERE_CUES = {"explained", "explain", "explains", "explaining", "revealed", "reveal", "reveals", "disclosed",
                    "wondered", "wonder", "wonders", "questioned", "told", "tell", "tells", "announced", "announce",
                    "announces", "predicted", "predict", "predicts", "know", "knows", "knew"}


def _looks_like_content(text: str, cstart: int, se: int, lcue: str) -> bool:
    """Whether what follows a cue can be what was said: a clause, an infinitive, a question, a quote."""
    ch = text[cstart]
    if ch in OPEN_DOUBLE or ch in "‘'":
        return True
    if _WHEN_WHERE.match(text, cstart, se):
        # "did not complain when China's spending helped": a time or place of the speaking, unless
        # the cue asks or tells when or where.
        return lcue in ASKING_CUES or lcue in _WHEN_WHERE_CUES
    if CLAUSE_START.match(text, cstart, se):
        return True
    m = re.match(r"[\w’'\-$]+", text[cstart:cstart + 30])
    if not m:
        return False
    w = m.group()
    lw = w.lower()
    if lw in ("and", "but", "or", "yet", "nor"):
        return False  # "as Democrats are alleging, but Moscow denies": the cue has no content here
    if lcue in STRONG_CUES:
        # "said the talks were ...", "said local officials should ...": after a verb of saying,
        # whatever is not an adjunct is what was said.
        # "said much of the talk was ...": a quantity of something is a subject, not an adverb.
        # "said about 1,200 firefighters were ...", "said at least 18 people ...": a hedge before an
        # amount, not a topic or a place.
        return lw not in NOT_CONTENT or (lw in ("much", "little", "some", "most") and
                                         text.startswith(" of ", cstart + len(w))) \
            or (hedge := _HEDGE.match(text, cstart, se)) is not None \
            and _AMOUNT_AFTER.match(text, hedge.end()) is not None
    # Cues of judgement ("called", "described", "praised") take an object and a complement.
    return lcue not in WEAK_CUES or lcue in ("called", "calls", "call", "calling", "described", "describes",
                                             "describing")


# A wire dateline opening the story's first paragraph: "LOS ANGELES (AP) — ", "KYIV, Ukraine (AP) — ",
# "LONDON, March 5 (Reuters) - ", "WASHINGTON — ". The place is the writer's, not what was said.
# A place in capitals may stand alone; a place written as a name needs its agency: "Washington (AFP) – ".
# A dash is spaced, or an unspaced em or en dash: "SELMA, N.C.—Donald Trump".
_AGENCY = r"\([A-Z][A-Za-z .]{1,24}\)"
_REGION = r"(?:,\s+[A-Z][\w.’'\-]+(?: [A-Z][\w.’'\-]+){0,2})?"
DATELINE = re.compile(r"(?:[A-Z][A-Z.’'\-]+(?: [A-Z][A-Z.’'\-]+){0,3}" + _REGION
                      + r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:" + _AGENCY + r")?"
                      r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}" + _REGION + r"\s*" + _AGENCY + r")"
                      r"\s*(?:[—–]{1,2}\s*|-{1,2}\s+)")


def _content_start_back(text: str, lo: int, pos: int) -> int:
    """Start of reported content that precedes its attribution in the same sentence, past a wire
    dateline."""
    s = lo
    while s < pos and text[s] in " \u00a0,":
        s += 1
    if (dl := DATELINE.match(text, s, pos)) is not None:
        s = dl.end()
    return s


_COLON_QUOTATION = re.compile(r":\s*[“\"]")
# A quotation closing, then its own inverted attribution: '...," said Tedros', '..." Hale said'.
# The cues that work inverted, longest first, as one alternation.
_INVERTED_CUES = "|".join(sorted(INVERTIBLE, key=len, reverse=True))
_SAID_AFTER_QUOTE = re.compile(r"[”\"]\s*,?\s+(?:(?:" + _INVERTED_CUES
                               + r")\b|(?:[A-Z][\w’'\-]*\s+){1,3}(?:said|says|added)\b)")


def _content_end(text: str, start: int, se: int) -> int:
    """End of reported content starting at start: before the final stop or a writer's clause.

    A concessive clause ("..., although Ukraine disputes it") is the writer's only when it
    brings its own speaker; otherwise it is part of what was said.
    """
    pos = start
    while True:
        m = CONTENT_CUT.search(text, pos, se)
        if m is None or not CONCESSIVE.match(text, m.start()) or CUE.search(text, m.end(), se):
            break
        pos = m.end()
    end = m.start() if m else se
    # Do not cut inside a quotation.
    if m and _quote_open_at(text, start, end):
        end = se
    end = _next_speaker_clause(text, start, end)
    if (trailing := _OWN_TRAILING_ATTRIBUTION.search(text, start, end)) and not _quote_open_at(text, start, trailing.start()):
        end = trailing.start()  # "Cruz promised to cut taxes, Ann Stovall said.": Stovall reports the promise
    if (colon := _COLON_QUOTATION.search(text, start, end)) and _SAID_AFTER_QUOTE.search(text, colon.end(), se):
        end = colon.start()  # 'noted the need to act: "...," said Tedros': the quotation has its own speaker
    if (gap := GAPPED_CLAUSE.search(text, start, end)) and not _quote_open_at(text, start, gap.start()):
        end = gap.start()
    while end > start and text[end - 1] in " \u00a0.,;:!?—–-":
        if text[end - 1] in ".!?" and end - 2 >= start and text[end - 2] in "”\"’'":
            break
        end -= 1
    # Keep a closing quotation mark that ends the content, drop a stop just inside it.
    return end


# A trailing attribution naming its own speaker closing the sentence: ", Ann Stovall said." (", they
# said." after "Other candidates said ..." repeats the speaker and is left alone).
_OWN_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:[A-Z][\w’'\-.]*\s+){1,4}(?:said|says|added|adds|told\s+[\w’'\-.]+(?:\s+[\w’'\-.]+)?|"
    r"wrote|writes)(?:\s+(?:on\s+)?[A-Z]?[a-z]+day|\s+in\s+a\s+statement|\s+later)?[\s.!?]*$")
# A clause whose verb is left out because it repeats the one before, with a subject of its own:
# "Tesco stated its intention to leave, Salling its intention to stay". What follows the comma is
# the second subject's, not the first speaker's.
GAPPED_CLAUSE = re.compile(r",\s+(?:and\s+|while\s+|whereas\s+)?(?:[A-Z][\w’'\-]*\s+){1,3}(?:its|their|his|her)\s")
NEXT_CLAUSE = re.compile(r"[,;]\s+(?:but|and|as|while|whereas|when|although|though|yet)\s+"
                         r"|(?<=[\s”\"])(?:while|whereas|although|though|despite|after|before|until)\s+"
                         # "Hale said he did nothing wrong and Judge Horn said ...": no comma, after a word
                         # in lower case (not "Hale and Ruiz said": two who speak together).
                         r"|(?<=\s)(?P<bare>and|but)\s+(?=(?:[A-Z]|the\s|a\s|an\s))")
_LAST_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _next_speaker_clause(text: str, start: int, end: int) -> int:
    """Where reported speech running from start to end stops at a clause with its own subject and
    speech verb: "..., as Republicans complained that ...", "..., but Ana Ruiz warned ...", "...,
    while engineers insisted ...". That clause is a second attribution, not what the first
    speaker said; a clause with no speech verb of its own ("..., but the vote was close") stays."""
    for m in NEXT_CLAUSE.finditer(text, start, end):
        cue = CUE.search(text, m.end(), min(end, m.end() + 80))
        if cue is None or _quote_open_at(text, start, m.start()):
            continue
        if m.group("bare") and (not (word := _LAST_WORD_BEFORE.search(text, max(start, m.start() - 40), m.start()))
                                or not word.group(1)[:1].islower() and word.group(1)[:1] not in "”\""):
            continue  # (a bare "and" after a name joins two speakers: "Ruiz and Petrov said")
        mention = read_speaker_before(text, m.end(), cue.start())
        if m.group("bare") and mention is not None and (
                mention.common or not mention.name or "'" in mention.text or "’" in mention.text
                or text[mention.end:cue.start()].strip()):
            continue  # (bare, only a name right before its cue: "and Judge Horn said", not "and the military")
        if mention is not None and mention.start == m.end() and not _passive(text, m.end(), cue.start(), cue.group()):
            return m.start()
    for m in _SEMICOLON.finditer(text, start, end):
        # "...; the paper also spoke to the Navy, who told it ...": a clause of the writer's after a
        # semicolon that goes on to another attribution.
        if not _quote_open_at(text, start, m.start()) and (cue := CUE.search(text, m.end(), end)) \
                and read_speaker_before(text, m.end(), cue.start()) is not None:
            return m.start()
    return end


_SEMICOLON = re.compile(r";\s+")


def _quote_open_at(text: str, start: int, end: int) -> bool:
    chunk = text[start:end]
    return (chunk.count("“") > chunk.count("”")) or (chunk.count('"') % 2 == 1)


_TIME_AFTER_SOURCE = re.compile(r"\s+(?:(?:late|early|earlier)\s+)?(?:today|yesterday|tonight|on\s+(?:Monday|Tuesday|"
                                r"Wednesday|Thursday|Friday|Saturday|Sunday))\s*$")


def _according_source(text: str, se: int, ce: int, initial: bool) -> tuple[SpeakerMention | None, int]:
    """The source of "according to" ending at ce, and where what follows it starts. The source
    runs to the next comma or the end of the sentence: "according to unofficial results tallied
    Wednesday" names a source as surely as "according to officials" does."""
    if initial and (named := _described_then_named(text, ce, se)) is not None:
        return named, named.end  # the content follows the second comma
    source_end = _source_end(text, ce, se) if initial else se
    m = SOURCE_END.search(text, ce, se)
    src_end = m.start() if m else se
    read_end = source_end
    if (when := _TIME_AFTER_SOURCE.search(text, ce, src_end)) is not None:
        # "according to Johns Hopkins University late today": when it said so is no part of the source
        src_end = read_end = when.start()
    mention = read_speaker_after(text, ce, read_end)
    while src_end > ce and text[src_end - 1] in " .\u00a0":
        src_end -= 1
    src_start = ce
    while src_start < src_end and text[src_start] in " \u00a0":
        src_start += 1
    if src_end - src_start > 2 and text[src_start] in "\"“" and text[src_end - 1] in "\"”":
        # 'according to "El Mundo"': a paper's name in quotation marks is the paper.
        src_start, src_end = src_start + 1, src_end - 1
        mention = read_speaker_after(text, src_start, src_end)
    if mention is None or mention.end < src_end:
        if src_end - src_start < 2 or text.count(" ", src_start, src_end) > 14:
            if mention is None:
                return None, ce
        else:
            raw = text[src_start:src_end]
            name = mention.name if mention is not None else raw
            mention = SpeakerMention(src_start, src_end, raw, name,
                                     role=mention.role if mention is not None else None,
                                     kind=mention.kind if mention is not None else "organization",
                                     head=mention.head if mention is not None else None,
                                     common=mention.common if mention is not None else not raw[:1].isupper())
    after = mention.end
    if initial and source_end > after and text.startswith(",", source_end):
        after = source_end  # past a relative clause: "According to Ruth Cole, who leads the council, ..."
    while after < se and text[after] in " \u00a0":
        after += 1
    return mention, after


# What "according to" may follow that no one says: a plan, a rule of doing.
_NOT_A_SOURCE = re.compile(r"\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:plans?|procedures?|schedule|protocols?|"
                           r"script|tradition|custom|design|instructions|need|size|age|merit)\s*(?:[,.;:!?)]|$|(?:and|but|or|so|as)\b)",
                           re.I)


def _according_to(text, ss, se, cs, ce, segs, published, cue: str = "according to") -> _Found | None:
    """ "According to X, ...", "..., according to X." and "A, according to X, B." """
    pre = text[ss:cs].strip()
    initial = not pre or LEADING_CONJUNCTION.fullmatch(pre) or AS_REPORTED.fullmatch(pre + " ")
    if _NOT_A_SOURCE.match(text, ce):
        return None  # "going according to plan", "not done according to procedure": how, not who said
    mention, after = _according_source(text, se, ce, initial)
    if mention is None:
        return None
    if initial and (mention.name or "").lower() in PLATFORMS and CUE.search(text, after, se):
        # "According to Twitter, he describes himself as ...": where the words were posted; the
        # clause's own speaker says them.
        return None
    said_on = find_date(text, cs, after, published)
    if initial:
        # Sentence-initial: the content follows the comma (or a colon) after the source.
        if after < se and text[after] in ",:":
            start = after + 1
            while start < se and text[start] == " ":
                start += 1
            end = _content_end(text, start, se)
            g = _seg_starting_at(segs, start, text)
            if g is not None and g.start == start and g.end >= end - 1:
                g.speaker, g.cue, g.own, g.said_on = mention, cue, True, said_on
                return None
            if end - start > 8:
                return _make(text, start, end, mention, cue, said_on, segs, 0.7)
        return None
    start = _content_start_back(text, ss, cs)
    for earlier in _ACCORDING.finditer(text, start, cs):
        comma = text.find(",", earlier.end(), cs)  # "A, according to X, and B, according to Y": B is Y's
        if comma > 0 and (joined := _JOINED_CLAUSE.match(text, comma + 1, cs)):
            start = joined.end()
    if m := LEADING_CONJUNCTION.match(text, start, cs):
        start = m.end()
    rest = text[after:se].strip(" \u00a0")
    if rest and rest not in (".", "!", "?") and rest[0] == "," and not _ACCORDING.search(rest):
        # (A second "according to" after it: ", and B, according to Y." is Y's; this one ends here.)
        if _RELAYED.match(rest):
            return None  # "Witnesses, according to The Telegraph, said ...": the witnesses speak
        # Inside: "His criticism, according to the interview, was ..." — the whole sentence; after a
        # relative pronoun ("troops, which, according to the minister, number 300,000"), its clause.
        if _WHICH_BEFORE_ASIDE.search(text, max(start, cs - 12), cs):
            start = after + 1
            while start < se and text[start] in " \u00a0":
                start += 1
        end = se
        while end > start and text[end - 1] in " \u00a0.!?":
            end -= 1
        return _make(text, start, end, mention, cue, said_on, segs, 0.6)
    # Trailing: "The talks failed, according to officials."
    end = cs
    while end > start and text[end - 1] in " ,\u00a0":
        end -= 1
    if end - start < 8:
        return None
    g = _seg_ending_at(segs, cs, text, ss)
    if g is not None and g.start <= start + 1:
        g.speaker, g.cue, g.own = mention, cue, True
        return None
    return _make(text, start, end, mention, cue, said_on, segs, 0.7)


_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)
_WHICH_BEFORE_ASIDE = re.compile(r"\b(?:which|who|whom)\s*,\s*$")
_SOURCED_RELATIVE = re.compile(r"\s*,\s+(?:which|who|whom)\s*,\s+according\s+to\b")
_JOINED_CLAUSE = re.compile(r"\s*(?:and|but|or)?\s*")
_RELAYED = re.compile(r",\s+(?:" + _INVERTED_CUES + r"|told|claimed|claims)\b")


RELATIVE_AFTER_COMMA = re.compile(r",\s+(?:who|whose)\s")


def _described_then_named(text: str, ce: int, se: int) -> SpeakerMention | None:
    """ "According to a government weather meteorologist, Manny Mendoza, the typhoon ...": a
    description, then a full name between commas, is that person, described; the mention ends at
    the second comma, and the content follows it."""
    first = text.find(",", ce, se)
    second = text.find(",", first + 1, se) if first > 0 else -1
    if second < 0 or not re.match(r"\s*(?:a|an|the)\s", text[ce:first]):
        return None
    back = read_speaker_before(text, ce, second + 1)
    if back is None or back.kind != "person" or not back.name or " " not in back.name \
            or back.name != text[first + 1:second].strip():
        return None
    role = re.sub(r"^(?:the|a|an)\s+", "", back.role or "") or None
    return SpeakerMention(back.start, second, text[back.start:second], back.name, role=role, kind="person")


_COLON_THEN_QUOTATION = re.compile(r":\s*(?=[“\"])")


def _source_end(text: str, ce: int, se: int) -> int:
    """Where the source of a sentence-initial "According to" ends: at its first comma, or at the
    second when a role, a name or a relative clause stands between them ("According to Wayne
    Lister, the site manager, jobs will go", "According to the site manager, Wayne Lister, ...");
    what follows is the content, not an appositive ("..., the agreement will ..."). A colon and a
    quotation before the first comma end it there: "According to Commissioner Elisa Ferreira: “This
    project will ..., ...”"."""
    first = text.find(",", ce, se)
    colon = _COLON_THEN_QUOTATION.search(text, ce, first if first >= 0 else se)
    if colon is not None:
        return colon.start()
    if first < 0:
        return se
    second = text.find(",", first + 1, se)
    if second > 0:
        if RELATIVE_AFTER_COMMA.match(text, first):
            return second  # "According to Ruth Cole, who leads the council, ..."
        inner = read_speaker_after(text, ce, second)
        if inner is not None and inner.end == second and inner.role:
            return second
    return first


def _make(text, start, end, mention, cue, said_on, segs, conf) -> _Found:
    """A reported-speech quote; quotations inside it are part of it, not quotes of their own."""
    inner = [g for g in segs if g.start >= start - 1 and g.end <= end + 1]
    for g in inner:
        g.consumed = True
    kind = "indirect"
    if inner and inner[0].start <= start and inner[-1].end >= end - 1 and len(inner) == 1:
        kind = "direct"
    return _Found(kind, start, end, mention, cue, said_on, conf, inner)


# A social-media post as pages embed it, its text then "— Name (@handle) October 20, 2021" closing
# the paragraph.
_POST_SIGNATURE = re.compile(r"\s[—–-]\s(?P<who>[^()\n—–]{2,60}?)\s\(@\w{1,30}\)\s+"
                             r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$")


def _embedded_post(text: str, ps: int, pe: int) -> _Found | None:
    """An embedded post: its text, up to the signature, is what the account posted; names and verbs
    inside it are the post's own ("#WATCH: House Speaker Arthur Holder declares ..." is the account's)."""
    if "(@" not in text[ps:pe]:
        return None
    sig = _POST_SIGNATURE.search(text, ps, _paragraph_end(text, ps, pe))
    if sig is None:
        return None
    end = sig.start()
    while end > ps and text[end - 1] in " \u00a0":
        end -= 1
    end = end - len(m.group()) if (m := _PICTURE_LINK.search(text, ps, end)) else end
    while end > ps and text[end - 1] in " \u00a0":
        end -= 1
    mention = read_speaker_after(text, sig.start("who"), sig.end("who"))
    if end - ps < 3 or mention is None or mention.pronoun:
        return None
    return _Found("direct", ps, end, mention, None, None, 0.6)


_PICTURE_LINK = re.compile(r"\s*pic\.twitter\.com/\w+$")
# A post quoted as a paragraph of its own under its account's label: "@dibussi: Justice Dipanda's reading ...".
_POST_LABEL = re.compile(r"(?:RT\s+)?(?P<who>@\w{1,30})(?:\s*\[[a-z]{2,3}\])?\s*:\s+(?=\S)")


def _labelled_post(text: str, ps: int, pe: int) -> _Found | None:
    """A paragraph opening with an account's label and a colon is the account's post, every word
    after the label (names and verbs inside it are the post's own: "@ERostomashvili: Protestors ask
    drivers to join them." is the account's report, not the protesters')."""
    label = _POST_LABEL.match(text, ps, pe)
    if label is None:
        return None
    end = _paragraph_end(text, ps, pe)
    if end - label.end() < 3:
        return None
    who = label.group("who")
    mention = SpeakerMention(label.start("who"), label.end("who"), who, who, kind="person")
    return _Found("direct", label.end(), end, mention, None, None, 0.6)


def _headline(text: str, ps: int, pe: int) -> _Found | None:
    """ "NY Daily News: Paris Attacks Highlight Threat": a short line naming its source before a colon."""
    m = HEADLINE.match(text[ps:pe])
    if not m:
        return None
    name = m.group(1)
    words = name.split()
    if CUE.fullmatch(words[-1].lower()) or CUE.fullmatch(" ".join(words[-2:]).lower()) \
            or (cue := CUE.match(words[-1] + ":")) and cue.end() == len(words[-1]):
        return None  # "Brell said: ...", "Brell states: ..." is an attribution before a quote, not a headline
    if words[0].lower() in ("update", "watch", "exclusive", "breaking", "video", "live", "opinion", "analysis",
                            "editorial", "review", "photos", "listen", "read", "note", "editor’s", "editor's",
                            "q", "a", "by", "source", "sources", "contact", "tags", "filed", "posted",
                            "updated", "published", "related", "abstract", "full", "byline", "contributing",
                            "credit", "credits", "photo", "photos", "correction", "corrections", "dateline",
                            "section", "length", "load-date", "language", "graphic", "highlight", "headline",
                            "caption", "document", "copyright", "distribution", "follow", "email", "e-mail",
                            "phone", "subject", "transcript", "topics", "see", "also", "image", "images",
                            "click", "comments", "share", "tweet", "produced", "edited", "reporting",
                            "additional", "writing", "written", "via", "h/t", "ht", "pictured", "above",
                            "below", "top", "bottom", "sponsored", "advertisement", "ad", "warning",
                            "disclaimer", "disclosure", "question", "answer",
                            "program", "date", "time", "location", "venue", "when", "where", "what", "who",
                            "look", "spoiler", "name", "age", "twitter", "facebook", "instagram", "just",
                            "according"):  # ("According to X: “...”" is read as "according to")
        return None
    if name.lower() in ("the latest", "the lede", "the daily", "the briefing") or name.lower().endswith(
            (" email", " newsletter", " briefing", " digest", " roundup")):
        return None  # a newsletter's or live blog's section name, not a speaker
    body = m.group(2)
    if body.count(", ") >= 4 and all(len(x.split()) <= 4 and x[:1].isupper() for x in body.split(", ")):
        return None  # "Iowa: Ann Lee, Bo Park, ...": a list of names under a heading
    if " to " in name:
        # "Black Democrats to Hillary Clinton: Send Money": the speaker is before "to".
        name = name[:name.index(" to ")]
        words = name.split()
    mention = classify_name(text, ps, ps + len(name), words)
    if mention is None:
        return None
    s = ps + m.start(2)
    e = ps + m.end(2)
    kind = "direct" if text[s] in OPEN_DOUBLE + "‘'" and text[e - 1] in CLOSE_DOUBLE + "’'" else "indirect"
    return _Found(kind, s, e, mention, ":", None, 0.6)


def _mark_lead(text: str, ss: int, g: Segment, segs: list[Segment]) -> None:
    """'The plan “would end health care as we know it,” she said.': the quotation finishes a sentence
    the writer began, and the speaker's claim is the whole sentence (reported speech, partly quoted).

    Not when the words before it are an attribution of their own ('He warned, “...”') or a frame
    ending in a colon, dash or bracket.
    """
    if g.start <= ss or not g.closed:
        return
    inner = g.end
    while inner > g.start + 1 and text[inner - 1] in CLOSE_MARKS:
        inner -= 1
    if text[inner - 1] != ",":
        return
    if any(ss <= x.start < g.start for x in segs if x is not g):
        return
    lead = text[ss:g.start]
    stripped = lead.rstrip(" \u00a0")
    if not stripped or stripped[-1] in ":;([{—–-\"“”'‘’" or not stripped[0].isalnum() or CUE.search(lead):
        return
    g.lead = ss


def _direct_groups(text: str, ps: int, pe: int, segs: list[Segment]) -> list[_Found]:
    """Direct quotes of a paragraph: attributed quotations, joined when one attribution serves several."""
    if not segs:
        return []
    out: list[_Found] = []
    group: list[Segment] = []

    def flush():
        if group:
            first = group[0]
            sp = next((g for g in group if g.own), None) or next((g for g in group if g.speaker), None)
            lead = first.lead >= 0
            out.append(_Found("indirect" if lead else "direct", first.lead if lead else first.start, group[-1].end, sp.speaker if sp else None,
                              sp.cue if sp else None, sp.said_on if sp else None,
                              0.9 if sp and sp.own else 0.5, list(group)))
            group.clear()

    for g in segs:
        if g.consumed:
            continue
        inner_end = g.end
        while inner_end > g.start + 1 and text[inner_end - 1] in CLOSE_MARKS:
            inner_end -= 1
        stops = text[inner_end - 1] in ".,!?"
        speechy = g.own or g.speaker is not None or (
            g.words >= 3 and _starts_sentence(text, ps, g.start) and not _is_title_case(text, g.start, g.end)
            and (g.words >= 5 or stops)) or (
            # A short sentence quoted right after an attributed one: '"...," Burton said. "Donald Trump."'
            bool(group) and stops and _starts_sentence(text, ps, g.start) and g.start - group[-1].end < 120)
        if not speechy:
            if g.words >= 3 and stops and not g.speaker and not _is_title_case(text, g.start, g.end):
                # A partial quotation inside the writer's sentence ("labeled the order 'a blatant
                # abuse of power,'") is the sentence subject's words, reported: indirect speech. A fragment
                # closed without a stop or comma is more often a term or a scare quote than a claim.
                out.append(_partial_quotation(text, ps, g))
            continue
        if group:
            has_own = any(x.own for x in group)
            gap = text[group[-1].end:g.start]
            attribution_in_gap = any(x.speaker is not None and group[-1].end <= x.speaker.start < g.start
                                     for x in group)
            joinable = (not g.own or not has_own) and "\n" not in gap and (
                len(gap) < 120 or (attribution_in_gap and len(gap) < 400))
            if joinable and g.own and has_own:
                joinable = False
            if joinable and has_own and g.own is False and g.speaker is not None and group[-1].speaker is not None \
                    and g.speaker is not group[-1].speaker and g.speaker.text != group[-1].speaker.text:
                joinable = False
            if not joinable:
                flush()
        group.append(g)
    flush()
    return out


def _partial_quotation(text: str, ps: int, g: Segment) -> _Found:
    """A quotation inside the writer's sentence, as the reported speech of the sentence's subject,
    reaching back to its verb ("described the DLC as 'a remnant'"); no speaker when the subject
    did not say it."""
    sstart = _sentence_start(text, ps, g.start)
    # The subject of the sentence; after an opening subordinate clause ("After X failed,
    # the Prime Minister apologised for '...'"), the main clause's.
    subordinate = _SUBORDINATE_OPENING.match(text, sstart) is not None
    subject = _later_clause_subject(text, sstart, g.start)
    if subject is None:
        subject = _clause_subject(text, sstart, g.start, participle=not subordinate)
    if subject is not None and (cue := CUE.search(text, subject.end, g.start)) \
            and _RELATIVE_WORD.search(text, subject.end, cue.start()):
        # "X declined ... after a recording in which someone says Y '...'": a verb of
        # saying in a relative clause, whose speaker was not read; the subject did not say it.
        subject = None
    if subject is not None and (not text[subject.end:g.start].strip()
                                or _SAID_OF_SUBJECT.search(text, subject.end, g.start)):
        # 'Biden "kind of misspoke."', 'He was accused of "espionage."': the quotation is said of
        # the subject, by someone else.
        subject = None
    start = g.start
    if subject is not None and subject.end < g.start and g.start - subject.end < 80:
        # What the subject said reaches back to its verb: "described the DLC as 'a remnant'".
        start = subject.end
        m = WORD.search(text, start, g.start)
        start = m.end() if m else start
        while start < g.start and text[start] in " \u00a0":
            start += 1
    return _Found("indirect", start, g.end, subject, None, None, 0.4, [g])


# A passive verb of judging or charging: what it quotes is said of its subject ("was accused of",
# "is alleged to have", "was branded").
_SAID_OF_SUBJECT = re.compile(
    r"\b(?:is|was|were|are|been|being|be)\s+(?:\w+ly\s+)?(?:accused|alleged|charged|suspected|convicted|indicted|"
    r"blamed|criticised|criticized|condemned|denounced|labelled|labeled|branded|dubbed|nicknamed|described|"
    r"praised|hailed|called)\b")


_LATER_CLAUSE = re.compile(r"(?:,\s*)?\b(?:and|but|while|whereas|yet)\s+|;\s+")


def _later_clause_subject(text: str, lo: int, start: int) -> SpeakerMention | None:
    """The subject of the last clause joined before a quotation, when that clause has one: in
    "MB will buy the assets and the FDIC will 'retain the rest'" the FDIC says what is quoted,
    not MB; a clause after it ("..., the Prime Minister apologised for '...'") has the last word.
    Words joined to the sentence's subject ("McGraw and colleagues wanted") or to a name ("Goods
    and Service Tax") join no clause: the joined subject must come after a few words and be
    followed by a verb, a modal or an auxiliary. None when no such clause holds the quotation."""
    for m in reversed(list(_LATER_CLAUSE.finditer(text, lo, start))):
        if len(text[lo:m.start()].split()) < 4:
            break
        mention = read_speaker_after(text, m.end(), start)
        if mention is None or mention.start != m.end() or mention.pronoun:
            continue
        verb = _NEXT_WORD.match(text, mention.end, start)
        if verb and (verb.group(1) in AUXILIARIES or verb.group(1).endswith("ed") or CUE.fullmatch(verb.group(1))):
            nearer = _clause_subject(text, mention.end, start)
            return nearer if nearer is not None and _heads_clause(text, nearer.end, start) else mention
    return None


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘'])")
_RELATIVE_WORD = re.compile(r"\b(?:in\s+which|which|who|whom)\b")
_SUBORDINATE_OPENING = re.compile(r"(?:After|Before|When|While|Although|Though|Because|Since|If|As|Once|Until|"
                                  r"Unless)\s")


def _sentence_start(text: str, ps: int, pos: int) -> int:
    """Where the sentence holding pos starts: after the last stop before it, also one inside a closing
    quotation mark ('... leadership." Scripps director ...'), or at the paragraph start."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, ps, pos)]
    return ends[-1] if ends else ps


def _starts_sentence(text: str, ps: int, pos: int) -> bool:
    """Whether a quotation at pos stands as a sentence of its own, not inside the writer's sentence."""
    i = pos - 1
    while i >= ps and text[i] in " \u00a0":
        i -= 1
    return i < ps or text[i] in ".!?:”\"’'—–-)"


def _is_title_case(text: str, s: int, e: int) -> bool:
    """Whether every content word is capitalised, as in the title of a book, show or film."""
    words = TITLE_WORD.findall(text, s, e)
    big = [w for w in words if len(w) > 3 and w.lower() not in TITLE_SMALL_WORDS]
    return bool(big) and all(w[0].isupper() for w in big)


def _is_title(text: str, ps: int, g: Segment) -> bool:
    """A quoted title ("ABC's “This Week,”"), never speech: title case after a possessive or "on"."""
    if not _is_title_case(text, g.start, g.end) or g.words > 12:
        return False
    before = text[max(ps, g.start - 14):g.start].rstrip().lower()
    return before.endswith(("’s", "'s", " on", " in", " of", " titled", " called", " named",
                                            " show", " program", " book", " film", " movie", " song",
                                            " album", " series", " column"))


def _link_paragraphs(text, found: list[_Found], paragraphs, segs_by_par) -> list[_Found]:
    """Quotes over several paragraphs, and quotes whose speaker was named in the paragraph before.

    News runs a long quote over paragraphs: each opens with a quotation mark, and only the last
    closes. A quotation paragraph with no attribution of its own belongs with its neighbour.
    """
    found.sort(key=lambda f: (f.start, f.end))
    starts = [p[0] for p in paragraphs]
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if f.kind == "direct" and prev is not None and prev.kind == "direct" and f.segments and prev.segments:
            last = prev.segments[-1]
            pi = bisect_right(starts, f.start) - 1
            next_par = pi >= 1 and f.start == starts[pi] and bisect_right(starts, prev.end - 1) - 1 == pi - 1
            clean_end = next_par and not text[last.end:f.start].strip()
            f_own = any(s.own for s in f.segments)
            if next_par and ((clean_end and not last.closed) or (f.mention is None and prev.mention is not None)
                             or (clean_end and prev.mention is None and _para_is_quote(text, prev))):
                if f_own and prev.mention is not None and any(s.own for s in prev.segments):
                    out.append(f)
                    continue
                prev.end = f.end
                prev.segments.extend(f.segments)
                if prev.mention is None and f.mention is not None:
                    prev.mention, prev.cue, prev.said_on, prev.confidence = f.mention, f.cue, f.said_on, f.confidence
                continue
        out.append(f)
    # Unattributed direct quotes take the speaker of a statement issued in the sentence right
    # before them, or of the attribution just before them, unless a newly named person comes between.
    prev = None
    for f in out:
        lo = max(starts[max(0, bisect_right(starts, f.start) - 1)], prev.end if prev else 0)
        if f.kind == "direct" and f.mention is None and (signed := _signed_after(text, f.end, starts)):
            f.mention, f.cue, f.confidence = signed, None, 0.6
        elif f.kind == "direct" and f.mention is None and (label := _speaker_label(text, lo, f.start)):
            f.mention, f.cue, f.confidence = label, None, 0.6
        elif f.kind == "direct" and f.mention is None and (issued := _statement_before(text, f.start)):
            f.mention, f.cue, f.confidence = issued[0], issued[1], 0.5
        elif f.kind == "direct" and f.mention is None and (intro := _introducing_clause(text, lo, f.start)):
            # "He was blunt: ...": the subject of a clause that says how they spoke; otherwise the
            # writer's colon names no one, and whoever spoke before is not assumed.
            subject = _clause_subject(text, intro[0], intro[1] - 1)
            opening = read_speaker_after(text, intro[0], intro[1] - 1)  # the sentence's own subject
            if subject is not None and _MANNER.fullmatch(text, subject.end, intro[1]):
                f.mention, f.cue, f.confidence = subject, None, 0.5
            elif opening is not None and opening.start == intro[0] \
                    and _named_subject_introduces(text, opening, intro[1]):
                f.mention, f.cue, f.confidence = opening, None, 0.5
        elif f.kind == "direct" and f.mention is None and prev is not None \
                and prev.mention is not None and f.start - prev.end < 600 \
                and (prev.cue or "").lower() != "according to" \
                and not _SUBORDINATE_BEFORE.search(text, max(0, prev.mention.start - 40), prev.mention.start) \
                and not _names_someone(text, _QUOTATION.sub(" ", text[_past_attribution(prev):f.start]),
                                       prev.mention):
            # ("according to X" cites a source for a fact; the quotation after it is not assumed X's.)
            f.mention, f.cue, f.confidence = prev.mention, prev.cue, 0.5
        prev = f
    return out


# A speaker in a clause of time or cause ("The decision comes days after the Government announced
# that ..."): the background to the story, not the voice a following quotation carries on.
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|since|until|because|although|though|while)\s+(?:the\s+)?$", re.I)


def _past_attribution(f: _Found) -> int:
    """Where the writer's words after quote f begin: past its attribution when that closes it
    ("..., Regional Development Minister Shane Jones says."), which names its own speaker, not another."""
    m = f.mention
    return max(f.end, m.end) if m is not None and m.start >= f.end else f.end


_NAMED = re.compile(r"\b[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+")
_INNER_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z’'\-]+\b")


def _names_someone(text: str, gap: str, speaker: SpeakerMention) -> bool:
    """Whether the writer's words between two quotations name a person: in full ("Tom Hale"), or by
    a surname the article gives in full elsewhere ("leaving Ingram unimpressed" after "Geoff
    Ingram"), other than the one who spoke before."""
    if _NAMED.search(gap):
        return True
    spoken = set(speaker.text.split()) | set((speaker.name or "").split())
    return any(w not in spoken and _named_in_full(text, w) for w in _INNER_CAPITAL.findall(gap))


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z’'\-]+(?:\s+[A-Z]\.)?$")


def _named_in_full(text: str, word: str) -> bool:
    """Whether the article writes `word` right after a capitalised word, as a surname after a given name
    (and a middle initial: "Mark V. Rosenker")."""
    i = text.find(" " + word)
    while i >= 0:
        end = i + 1 + len(word)
        if (end == len(text) or not text[end].isalnum()) and _CAPITALISED_BEFORE.search(text, max(0, i - 30), i):
            return True
        i = text.find(" " + word, i + 1)
    return False


_SIGN_OFF = re.compile(r"(?:[—–]|-(?=\s))\s*(?P<who>[^\n]{3,120}?)\.?[^\S\n]*(?:\n|$)")
# A paragraph of its own holding only a full name, a comma and the post, with no full stop: "The
# Honourable Gail Shea, Minister of Fisheries and Oceans" under a quotation, as Canadian and other
# government releases sign their quotes. A heading ("The Path Forward") has no comma and post.
_SIGNATURE_LINE = re.compile(r"(?P<who>(?:The\s+)?(?:(?:Right\s+)?Honourable\s+|Hon\.\s+)?"
                             r"[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*){1,3},\s+[A-Z][^\n.:;“”\"]{2,140}?)"
                             r"[^\S\n]*(?:\n|$)")
# The same on two lines or paragraphs, the name alone, then the post: "The Honourable Marc Miller" /
# "Minister of Crown–Indigenous Relations", "Brendan Hanley" / "MP, Yukon".
_SIGNATURE_LINES = re.compile(r"(?P<who>(?:The\s+)?(?:(?:Right\s+)?Honourable\s+|Hon\.\s+)?"
                              r"[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*){1,3})[^\S\n]*\n\s*"
                              r"(?P<post>[A-Z][^\n.:;“”\"]{1,140}?)[^\S\n]*(?:\n|$)")


_LABEL_COLON = re.compile(r"[^\S\n]*:[^\S\n]*$")


def _speaker_label(text: str, ps: int, start: int) -> SpeakerMention | None:
    """ 'Secretary of the Air Force James Roche: "No, Sir, save it."': a paragraph that opens with a
    name and a colon before the quotation, as transcripts and exchanged emails are printed. Only a
    full name, or a body's, is read so: "Warning:" or "The verdict:" is no speaker."""
    colon = _LABEL_COLON.search(text, ps, start)
    if colon is None or not text[ps:colon.start()].strip():
        return None
    mention = read_speaker_before(text, ps, colon.start())
    if mention is None or mention.pronoun or mention.common or not mention.name \
            or text[ps:mention.start].strip() or mention.kind == "person" and " " not in mention.name:
        return None
    return mention


def _signed_after(text: str, end: int, starts: list[int]) -> SpeakerMention | None:
    """ '"...."' then a paragraph of its own, "— Assistant Attorney General Todd Kim of ENRD.": a
    quotation signed with a dash, as releases print a statement. The name signs it."""
    k = bisect_right(starts, end)
    if k >= len(starts) or text[end:starts[k]].strip():
        return None
    m = _SIGN_OFF.match(text, starts[k]) or _SIGNATURE_LINE.match(text, starts[k]) \
        or _SIGNATURE_LINES.match(text, starts[k])
    if m is None:
        return None
    mention = read_speaker_after(text, m.start("who"), m.end("who"))
    short = mention is not None and mention.end < m.end("who") - 1
    if mention is None or mention.pronoun or not mention.name \
            or short and not _POSTS_AND_PLACES.fullmatch(text, mention.end, m.end("who")):
        return None
    if "post" in m.re.groupindex and mention.role is None and mention.kind == "person":
        mention.role = m.group("post")  # the post's own paragraph: "Minister of Crown–Indigenous Relations"
    return mention


# What may follow the name in a signature: posts, places and bodies, capitalised and in commas
# ("- Nina Patel, Regional Director General, Pacific Region, Canada Border Services Agency"; "Minister
# responsible for CED", "Minister of State with responsibility for Special Education").
_POSTS_AND_PLACES = re.compile(r"(?:[,\s]|[A-Z][\w’'&.\-/]*|of|for|the|and|in|at|&|responsible|"
                               r"with\s+responsibility)*")


# "He was blunt:", "Hale was more cautious:": how the subject spoke, the quotation after it theirs.
_MANNER = re.compile(r"\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:\w+\s+)?\w+\s*:\s*")
_ISSUED_STATEMENT = re.compile(r"\b(?:(?:issued|released|put\s+out|published)\s+(?:a|an)|(?:made|gave|issued|posted)\s+"
                               r"the\s+following)\s+(?:[\w\-]+\s+){0,2}(?:statement|letter|message|release|announcement)\b")
_SENTENCE_BREAK = re.compile(r"(?<!\.[A-Z])(?<!\b[A-Z])[.!?][”\"’']?\s+(?=[A-Z“\"])|\n")


# Verbs by which someone passes on or comes by words that are not their own: "Tom Hale received a
# message:", "read out a letter:", "quoted the report:".
_RELAYING_VERB = re.compile(r"\b(?:received|receives|got|gets|obtained|heard|hears|read|reads|quoted|quotes|cited|"
                            r"cites|forwarded|forwards|intercepted|saw|sees|found|finds|discovered|showed|shows|"
                            r"displayed|"
                            r"was\s+sent|was\s+given|was\s+told|were\s+told)\b")
_CLAUSE_TO_COLON = re.compile(r"\s+(?:[\w’'.\-]+[\s,]+){1,24}?[\w’'\-]+\s*:\s*")
_CLAUSE_WORD = re.compile(r"[\w’'\-]+")


def _named_subject_introduces(text: str, subject: SpeakerMention, colon_end: int) -> bool:
    """ "Legislator Tanya Chan spoke to the press after the speech:", "Brazilian President Jair
    Bolsonaro opposed the statement:", "Tom Hale took a parting shot on Twitter:": a clause whose
    subject is named in full (here or, by surname, elsewhere in the article), and that names no one
    else before its colon, introduces its subject's own words."""
    clause = _CLAUSE_TO_COLON.fullmatch(text, subject.end, colon_end)
    return subject.kind in ("person", "organization") and not subject.common and not subject.pronoun \
        and bool(subject.name) and (" " in subject.name or _named_in_full(text, subject.name)) and clause is not None \
        and not any(_may_name_someone(text, w) for w in _CLAUSE_WORD.finditer(text, subject.end, colon_end)) \
        and not _RELAYING_VERB.search(text, subject.end, colon_end)


def _may_name_someone(text: str, word: re.Match) -> bool:
    """Whether a capitalised word of the writer's clause may name a person whose words the quotation
    after it could be: a given name, someone's ("Macron's statement"), or whoever a thing came from or
    was done by. Places, bodies and days name no one; a person named as the object ("responded to
    Ruiz:") leaves the words the subject's."""
    w = word.group()
    if not w[0].isupper():
        return False
    bare = _POSSESSIVE_END.sub("", w)
    return bare != w and not bare.isupper() or bare.lower() in GIVEN_NAMES \
        or text[max(0, word.start() - 5):word.start()].endswith(("from ", "by "))


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _introducing_clause(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """The writer's clause that introduces the quotation at `start` with a colon, in a sentence of its
    own words ("Earlier, an official account made the following announcement:"), as (start, end)."""
    spans = split_sentences(text, lo, start)
    if not spans:
        return None
    s, e = spans[-1]
    clause = text[s:e]
    if len(clause) < 13 or not clause.endswith(":") or not clause[0].isupper() or _QUOTATION.search(clause):
        return None
    return s, e


def _statement_before(text: str, start: int) -> tuple[SpeakerMention, str] | None:
    """ "Senator X, Republican from Texas, issued a statement regarding the decision. “...”": the
    quotation right after the sentence saying someone issued a statement is that statement, theirs
    (with the words issuing it as the cue)."""
    lo = max(0, start - 400)
    gap = text[lo:start]
    body = gap.rstrip()
    if not body.endswith((".", ":")) or _QUOTATION.search(body[-3:]):
        return None
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(body, 0, len(body) - 1)]
    ss = lo + (breaks[-1] if breaks else 0)
    m = _ISSUED_STATEMENT.search(text, ss, lo + len(body))
    if m is None or _inside_quotation(text, ss, m.start()):
        return None
    mention = read_speaker_before(text, ss, m.start())
    return (mention, m.group()) if mention is not None else None


def _inside_quotation(text: str, ss: int, pos: int) -> bool:
    """Whether pos lies inside a quotation opened after ss."""
    return text.count("“", ss, pos) > text.count("”", ss, pos) or text.count('"', ss, pos) % 2 == 1
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _para_is_quote(text, f: _Found) -> bool:
    """Whether f opens its paragraph and is all quotation: words of the writer's between its
    quotations ('"...," Liberal Leader ..., Stéphane Dion, said today. "..."') are an attribution
    that was not read, and the next paragraph's speaker is not theirs."""
    s = f.start
    if not (s == 0 or text[s - 1] == "\n"):
        return False
    segs = sorted(f.segments, key=lambda g: g.start)
    return not any(_WRITERS_WORD.search(text, a.end, b.start) for a, b in zip(segs, segs[1:]))


_WRITERS_WORD = re.compile(r"[^\W\d_]{2,}")


def _resolve(text: str, found: list[_Found], paragraphs: list[tuple[int, int]],
             published: str | None = None, original: str | None = None) -> tuple[list[Quote], list[Speaker]]:
    """Resolve every speaker mention in text order and build the Quote and Speaker records.

    A quote's speaker is the full name its mention resolves to, or None: a description, a pronoun
    or a partial name the article does not tie to one person keeps only its `speaker_text`. A quote's
    words are those of the `original` text, where `text` has its link markers blanked.
    """
    original = text if original is None else original
    resolver = Resolver(text, paragraphs, published)
    quotes = []
    seen = set()
    for f in found:
        if (f.start, f.end) in seen or f.end <= f.start:
            continue
        seen.add((f.start, f.end))
        m = f.mention
        name = role = None
        if m is not None:
            name, _, role = resolver.resolve(m, (f.start, f.end))
        quotes.append(Quote(
            kind=f.kind,
            text=original[f.start:f.end],
            start=f.start,
            end=f.end,
            speaker=name,
            speaker_text=m.text if m is not None else None,
            speaker_start=m.start if m is not None else None,
            speaker_end=m.end if m is not None else None,
            role=role,
            cue=f.cue,
            said_on=f.said_on,
            confidence=f.confidence,
        ))
    speakers = [Speaker(name=n, kind=sp["kind"], role=sp["role"], aliases=sp["aliases"])
                for n, sp in resolver.speakers.items()]
    return quotes, speakers
