"""Who a speaker mention refers to, within one article: the full name the article gives, or nobody.

News names a person in full once ("Chancellor Ana Ruiz", "Ana Ruiz, the chancellor,") and then
shortens: "Ms Ruiz" (British style, no full stop), "Ms. Ruiz", "Ruiz", "the chancellor", "she".
`Resolver` reads the whole article first, so it knows every person named in full, with the roles
and gender the text gives them, and then resolves each mention by rule:

- an honorific or title with a surname, or a surname alone (with its particles: "van der Berg"):
  the one person of that surname whose gender agrees with the honorific;
- a role description ("the chancellor", "the Tory leader"): the one person whose roles hold every
  word of it, unless the article describes someone else by the same noun or the person held it
  formerly; an age ("the 56-year-old"): the one person the article gave that age;
- "he" / "she": the person the nearest sentences name, gender agreeing, preferring the subject;
- a description of an organisation ("the court", "the court's summary"), its initials ("TfL") or
  the first word of its name ("Goldman"): the one organisation the article names that fits;
- a description with no name ("the company", "analysts", "the MP for Ealing North"): nobody.

When no single person fits, the mention resolves to nobody: the quote keeps the mention as written
and has no speaker. A wrong speaker is the one error a fact-checking tool must not make.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from functools import cached_property, lru_cache
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .given_names import GENDERED, gender_of_given
from .names import (AUXILIARIES, BODY_TITLES, CLAUSE_WORDS, COUNTRIES, DATE_WORDS, DEMONYMS, DOCUMENTS,
                    FIRST_OF_TITLES, GENERIC_BODIES, GIVEN_NAMES, HONORIFICS, NAME_PARTICLE, NAME_PARTICLES,
                    NAMED_THINGS, NATIONALITY, NATIONALITY_WORD, ORG_HEADS, ORG_WORDS, OWNED_CLAIM, OWNER_PLACES,
                    PERSON_HEADS, QUALIFIERS, ROLE_WORDS, TITLES, US_STATES, _ARTICLE, _NONSPEAKER_CAPS, SpeakerMention,
                    _initialled_body, _strip_possessive, _tokens, body_described_by_origin, classify_name)
from .offices import holders_named
from .sentences import OPENING_ADJUNCT, TITLE_ABBREVIATIONS, split_sentences

# What an honorific, title or role word says of a person's gender.
GENDER_WORDS = {
    "mr": "m", "mr.": "m", "mister": "m", "missus": "f", "sir": "m", "lord": "m", "baron": "m", "king": "m", "prince": "m", "duke": "m",
    "earl": "m", "father": "m", "brother": "m", "son": "m", "husband": "m", "uncle": "m", "grandfather": "m",
    "spokesman": "m", "chairman": "m", "congressman": "m", "businessman": "m", "assemblyman": "m",
    "councilman": "m", "alderman": "m", "sportsman": "m", "actor": "m", "widower": "m", "boy": "m", "man": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "lady": "f", "dame": "f", "baroness": "f",
    "queen": "f", "princess": "f", "duchess": "f", "countess": "f", "mother": "f", "sister": "f",
    "daughter": "f", "wife": "f", "aunt": "f", "grandmother": "f", "spokeswoman": "f", "chairwoman": "f",
    "congresswoman": "f", "businesswoman": "f", "assemblywoman": "f", "councilwoman": "f",
    "sportswoman": "f", "actress": "f", "widow": "f", "girl": "f", "woman": "f",
    "monsieur": "m", "herr": "m", "señor": "m", "senor": "m", "signor": "m",
    "mme": "f", "mme.": "f", "mlle": "f", "mlle.": "f", "madame": "f", "mademoiselle": "f", "frau": "f",
    "señora": "f", "señorita": "f", "senora": "f", "signora": "f", "signorina": "f",
}
# Offices whose "-man" title women hold under that name too ("NTSB Chairman Deborah Hersman"): the
# given name and the pronouns tell the gender before the title does.
_OFFICES_FOR_EITHER = {"chairman", "alderman"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
_WHO_AFTER = re.compile(r",?\s+who\s")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of text that a blank line ends, as it ends a sentence with no full stop (a headline, an
    embedded post); a blank line after a colon does not ("the Chancellor has:" and the list after it)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BLANK_LINE.finditer(text):
        if text[start:m.start()].rstrip().endswith(":"):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans
_LIST_END_BEFORE = re.compile(r"\b(?:and|or)\s+$")
_PLACE_OPENERS = {"north", "south", "east", "west", "new", "port", "san", "santa", "saint", "st", "lake", "mount",
                  "fort", "upper", "lower", "greater", "central", "northern", "southern", "eastern", "western"}
# Last words of the names of streets and features: "Kestria Road was closed. She said" is no Kestria Road.
_PLACE_ENDINGS = {"street", "road", "avenue", "boulevard", "lane", "square", "highway", "bridge", "park", "river",
                  "valley", "bay", "island", "islands", "hill", "hills", "mountain", "mountains", "county", "district",
                  "province", "region", "canal", "harbour", "harbor", "beach", "forest", "lake", "sea", "ocean"}
# A verb right after a subject, or after its post in commas ("Hailu Shewal, leader of the party, went").
_SUBJECT_VERB = re.compile(r"(?:,\s+[^,.;:“”\"]{2,80}?,?)?\s+(?:is|was|has|had|[a-z]+(?:s|ed)|went|said|told|spoke|"
                           r"made|took|gave|met|left|won|led|ran|became|came|saw|wrote|held|began|sent|brought)\b")
_OPENING_PRONOUN = re.compile(r"[\"“]?(He|She)\b")
_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
# Capital letters, with the accented ones of Latin alphabets ("Álvarez", "Łukasz", "Šimon").
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
# Runs of capitalised words (with initials and name particles) that may name a person, on one
# line: a headline's last word is no given name of the next paragraph's first.
_ABBREVIATED_TITLES = sorted(w.capitalize() for w in TITLE_ABBREVIATIONS)
_CAP_WORD = (r"(?:(?:[A-Z]\.){2,}|[A-Z]\.|(?:" + "|".join(_ABBREVIATED_TITLES) + r")\.|[" + _UPPER + r"][\w’'\-]*)")
# The same, written to open with the capital letter itself: a pattern that opens with a character
# class lets the regular expression engine skip to the next capital instead of trying every
# position, which made this search a tenth of all quote extraction.
_CAP_WORD_OPENING = ("[" + _UPPER + r"](?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[A-Z])\.|"
                     + "".join(f"(?<={w[0]}){re.escape(w[1:])}\\.|" for w in _ABBREVIATED_TITLES) + r"[\w’'\-]*)")
_CAP_RUN = re.compile(_CAP_WORD_OPENING + r"(?:[^\S\n]+(?:(?:de|van|von|der|den|al|bin|da|di|du|la|le|del|dela|delos|"
                      r"della|dos|ul|el|of)[^\S\n]+)*"
                      + r"(?:" + NAME_PARTICLE + r")?" + _CAP_WORD + ")+")
_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-(?=[A-Z])")
_POSSESSIVE = re.compile(r"[’']s?$")
_ATTRIBUTIVE = re.compile(r"\s+[a-z]")
_INDEFINITE = {"a", "an", "one", "some", "another", "any", "many", "several", "two", "three", "other"}
_INITIALS = re.compile(r"\(((?:[A-Z]\.?)(?:[A-Za-z&]\.?){1,7})\)")
_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$", re.I)
_AGE_DESCRIBED = re.compile(r"(\d{1,3})-year-old$", re.I)
# Words that describe the same holder anew, not another one: "Scotland's seventh First Minister".
_SAME_HOLDER = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "new",
                "current", "incumbent", "sitting", "newly", "elected", "appointed", "longtime", "long-serving"}
# Abbreviated titles and what a later description calls the holder: "Sen. Tom Hale ... the senator".
TITLES_IN_FULL = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "col": "colonel",
                  "lt": "lieutenant", "sgt": "sergeant", "capt": "captain", "cmdr": "commander", "adm": "admiral",
                  "det": "detective", "insp": "inspector", "supt": "superintendent", "prof": "professor",
                  "atty": "attorney", "cllr": "councillor", "maj": "major", "brig": "brigadier"}
# A sentence opening on someone described: "A woman who ...", "His lawyer", "Tom Hale's wife".
_DESCRIBED_SUBJECT = re.compile(
    r"[\s“”\"]*(?:(?:But|And|Yet|So|Then|Later|Now|Still|However|Meanwhile|Instead),?\s+)?"
    # an opening phrase of time or circumstance: "Following his election win, the new president ..."
    r"(?:(?:Following|After|Before|During|Despite|Since|Speaking|Asked|Upon|On|In|At)\s+[a-z\d][\w’'\-]*"
    r"(?:\s+[\w’'\-]+){0,6},\s+)?"
    r"([Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]nother|(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*[’']s)\s+"
    r"((?:[\w\-’']+\s+){0,3}[a-z][\w\-]*)")
# A deputy's office is another office: "Vice President Mike Pence" is not "the president".
_DEPUTY_WORDS = {"vice", "deputy", "assistant", "under", "shadow"}
_DEPUTY = re.compile(r"\b([Vv]ice|[Dd]eputy|[Aa]ssistant|[Uu]nder|[Ss]hadow)[\s\-]+(?=[A-Za-z])(\w+)")
_ELECT = re.compile(r"[\s\-]elect\b", re.I)
# What may open a sentence before its subject: "While Mr. Karzai has said ...", "On Monday,
# administrator Emily Murphy sent ...".
_CONCESSIVE = {"While", "Although", "Though", "Whereas"}
_SUBJECT_LEAD = re.compile(r"(?:(?:While|Although|Though|Whereas)(?:\s+(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?)?"
                           r"|(?:(?:(?:On|Last|This|Earlier|Later|Early|Late)\s+)?[A-Z][a-z]+,)?"
                           r"(?:\s*[\w.’'\-]+){0,8})?")
# An opening phrase naming whom the subject spoke to: "Speaking to Martin Smith of PBS, he said",
# "In an interview with Ann Lee, she said". The one named there is not the pronoun after it.
_HEARER_OPENER = re.compile(r"[\s“\"]*(?:(?:Speaking|Talking|Writing|Responding|Replying)\s+(?:to|with)|"
                            r"In\s+(?:an?\s+)?(?:\w+\s+)?(?:interview|conversation|call|meeting)\s+with|"
                            r"(?:Asked|Interviewed|Questioned)\s+by)\b[^,;.“\"]*,")
# A capitalised name opening a clause, then a verb: the clause's subject ("Bloomberg endorsed").
_NAME_THEN_VERB = re.compile(r"(?:^|(?<=[,;]\s)|(?<=\n))\s*([A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)?)\s+"
                             r"(?:[a-z]+ed|said|says|told|has|had|was|is|will|would|won|led|took|made|gave|met)\b")
# Between an opening subject and the pronoun: someone described, whom the pronoun may mean.
_DESCRIBED = re.compile(r"\b(?:a|an|the|his|her|their|its|another)\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)")
_PAST_HOLDER = {"former", "then", "late", "ex", "previous", "outgoing"}
_LEADING_FILLER = re.compile(r"^(?:(?:and|or|but|his|her|their|its|the|a|an)\s+)+")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|that|which)\s+$")
# A sentence whose subject is "he" or "she" carries on about whoever that pronoun means.
_PRONOUN_SUBJECT = re.compile(r"[\s“”\"]*(?:(?:But|And|Yet|So|Then|Later|Now|Still|However|Instead),?\s+)?"
                              r"([Hh]e|[Ss]he)\b")
# A company noun right before a lone capitalised word ("retailer Tesco", not "retailer Tesco Bank"),
# or "which" after it: what the article says the word names. None of these nouns is said of a person.
_BODY_NOUNS = ("retailer|supermarket|grocer|carmaker|automaker|airline|bank|lender|insurer|broadcaster|newspaper|"
               "website|firm|company|chain|manufacturer|brewer|regulator|watchdog|charity|conglomerate|start-up|"
               "startup|utility|telecoms|giant|agency")
# Words that make a body a public one, no company: "the company" is never the Federal Aviation Administration.
_PUBLIC_BODY_WORDS = {"administration", "agency", "board", "department", "ministry", "government", "council", "court",
                      "police", "commission", "authority", "office", "service", "parliament", "congress", "senate",
                      "army", "navy", "university", "school", "hospital", "party", "committee", "bureau", "institute",
                      "union", "nations", "assembly", "force", "forces", "fire", "tribunal", "inquiry"}
_NICKNAMED = re.compile(r"\b([A-Z][a-z’'\-]+)\s[“\"‘'][A-Z][\w’'\-.]*(?:\s[A-Z][\w’'\-.]*)?[”\"’']\s"
                        r"([A-Z][\w’'\-]+)\b")
_GENERATIONS = {"Jr", "Sr", "II", "III", "IV"}
_WORD_BEFORE_RUN = re.compile(r"\b([a-z]+)\s+$")
# "the character of Anya Jenkins", "played the role of Sherlock Holmes": a part someone plays,
# nobody the article quotes or refers to as "she".
_PART_PLAYED = re.compile(r"\bcharacters?\s+(?:of\s+)?$|\b(?:play|playing|played|plays)\s+the\s+(?:role|part)\s+of\s+$",
                          re.I)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"“]?$")
_BODY_NOUN_BEFORE = re.compile(r"\b(?:" + _BODY_NOUNS + r")\s+$")
_CAPITAL_AFTER = re.compile(r"[\w’'\-]|\s+[A-Z]")
_WHICH_AFTER = re.compile(r",?\s+which\b")
_WORD = re.compile(r"(?<![\w\-])(?:[" + _UPPER + r"]|(?=[aeibudlv])" + NAME_PARTICLE + r"[A-Z])[\w’'\-]*")
_QUOTED = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")
# "Ana Ruiz, the chancellor,", "Asif Durrani, Pakistan's special envoy to Afghanistan,".
_APPOSITIVE_AFTER = re.compile(r",\s+((?:the|a|an|its|his|her|their)\s+[^,.;:()“”\"]{2,80}?|"
                               r"[A-Z][\w\-]*(?: [A-Z][\w\-]*)?['’]s\s+[a-z][^,.;:()“”\"]{2,80}?)(?=,|\.\s|\.$|;)")
# A post with no article, closed by a comma: "Hugh Shelton, chairman of the Joint Chiefs of Staff, said".
_BARE_APPOSITIVE_AFTER = re.compile(r",\s+([a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:of|for|at)\s+[^,.;:()“”\"]{2,60}?)(?=,)")
_DASHED_ROLE_BEFORE = re.compile(r"(?:^|[\s(])(?:the|a|an|its|his|her|their)\s+([a-z][^,.;:()“”\"–—]{2,60})"
                                 r"\s+[–—]\s+$", re.I)
_DASH_AFTER = re.compile(r"\s+[–—]\s")
_APPOSITIVE_BEFORE = re.compile(r"(?:^|[\s(])(?:(?:the|a|an|its|his|her|their)\s+([a-z][^,.;:()“”\"]{2,60})|"
                                r"((?-i:[A-Z][\w\-]*(?: [A-Z][\w\-]*)?['’]s) ([a-z][^,.;:()“”\"]{2,60}))),\s+$",
                                re.I)  # "the chancellor, Ana Ruiz,", "South Korea's chief envoy, Kim Sook,"
# "a United States Department of State spokesperson, Morgan Ortagus,": a body's name, then its post.
_OFFICE_FOR_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Spokesperson|Spokesman|Spokeswoman|Envoy|"
                                r"Representative|Ambassador|Director|Mayor|Governor|Member|MP|MSP|MLA|MS|TD|"
                                r"Senator)\s+(?:for|of|to)\s+$")
_BODY_POST_BEFORE = re.compile(r"(?:^|[\s(])(?:the|a|an)\s+((?:[A-Z][\w.’'\-]*\s+|of\s+|for\s+|the\s+){1,8}"
                               r"[a-z][\w’'\-]+),\s+$")
_TITLE_COMMA_BEFORE = re.compile(r"(?:^|\n|[.!?]\s+|\b(?:by|from|with)\s+)"
                                 r"((?:[A-Z][\w’'\-]*\s+|(?:for|of|and|the)\s+){0,6}[A-Z][\w’'\-]*),\s+$")
_ROLE_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|ent|ary|eer|ive|man|woman|person)$")
_ROLE_BEFORE = re.compile(r"(?<![\w’'])((?:(?:[Ff]ormer|[Tt]hen|[Ll]ate|[Oo]utgoing|[Ss]hadow|[Dd]eputy|[Aa]cting)\s+)?"
                          r"[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2})\s+$")
_OBJECT_OF = {"to", "for", "of", "at", "with", "from", "by"}
# Verbs whose object is the name after the role ("met nurses' leader Pat Cullen"): not part of the role.
_VERBS_BEFORE_OBJECT = {"met", "meets", "meet", "told", "tells", "saw", "sees", "beat", "beats", "hit", "hits", "won",
                        "led", "leads", "became", "becomes", "named", "names", "sent", "joins", "join", "thank",
                        "thanks", "call", "calls", "urge", "urges", "ask", "asks", "replace", "replaces", "succeed",
                        "succeeds", "visit", "visits", "include", "includes", "including", "like", "and", "or", "but",
                        "drove", "drives", "gave", "gives", "made", "makes", "took", "takes", "brought", "brings"}
# Where a word stands inside a sentence: after a lower-case word, a comma or a title ("President").
_TITLES_WRITTEN = "|".join(sorted({re.escape(t.capitalize()) for t in TITLES | HONORIFICS}))
_INSIDE_SENTENCE = re.compile(r"(?:[a-z0-9,;:(]|,[\"”’]|\b(?:" + _TITLES_WRITTEN + r"))\s+$")
# A capital inside a word, not after a surname's prefix ("McKay", "DiCaprio", "O'Neill"): a brand.
_BRAND = re.compile(r"^(?!Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|O['’])[A-Z]\w*[a-z][A-Z]|-[A-Z]$")
_WORD_BEFORE = re.compile(r"([\w’'.\-]+)\s+$")
_ADJECTIVE = re.compile(r"(?:ial|onal|ic|ican)$", re.I)  # "Presidential", "Democratic": no title before a name
_OWNER_OF_BODY = re.compile(r"^(?P<owner>[^’']+)['’]s\s+"
                            r"(?P<body>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and|for|the))*\s+[A-Z][\w\-]*)$")


# A country by its initials speaks under its name, so "the U.S. alleges" and "the United States said"
# are one speaker in the article and across the archive.
_COUNTRIES_IN_FULL = {"U.S.": "United States", "US": "United States", "U.S.A.": "United States",
                      "USA": "United States", "U.K.": "United Kingdom", "UK": "United Kingdom"}


def _owned_body(name: str) -> str:
    """A body's own name without the body that owns it: "Jet Propulsion Laboratory" for "NASA’s Jet
    Propulsion Laboratory", as the article names it elsewhere and other articles do. Only when the
    owner is a body itself (initials, a country, a department): "Lloyd's Banking Group" stays."""
    m = _OWNER_OF_BODY.match(name)
    if m is None:
        return name
    owner = m.group("owner").split()
    if owner[-1].isupper() and len(owner[-1]) > 1 or _key(owner[-1]) in COUNTRIES \
            or any(_key(w) in ORG_WORDS for w in owner):  # ("the Department of Labor's ...")
        return m.group("body")
    return name


# Nouns news uses for a body it has just named: "the company", "the movement", "the newspaper".
_BODY_ANAPHORS = {"company", "firm", "organization", "organisation", "movement", "group", "newspaper", "paper",
                  "network", "charity", "broadcaster", "publisher", "retailer", "carmaker", "airline", "website"}
_PRESS_WORDS = {"times", "post", "news", "herald", "journal", "gazette", "tribune", "mail", "telegraph", "guardian",
                "daily", "express", "star", "sun", "observer", "independent", "chronicle", "standard", "record",
                "mirror", "inquirer", "examiner", "courier", "press", "magazine", "weekly"}
_BROADCAST_WORDS = {"tv", "television", "radio", "broadcasting", "network", "channel", "news", "bbc", "cnn", "abc",
                    "cbs", "nbc", "fox", "sky", "itv", "rte"}
# What a body must be called to be "the newspaper", "the network" or "the website".
_ANAPHOR_KINDS = {"newspaper": _PRESS_WORDS, "paper": _PRESS_WORDS, "network": _BROADCAST_WORDS,
                  "broadcaster": _BROADCAST_WORDS, "website": {"com", "org", "net", "co", "uk", "website", "online"}}
_BODY_NAME = re.compile(r"[A-Z][\w&.\-]*[A-Za-z]")
_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# Titles a portfolio word comes before: "Transport Minister", "Defense Secretary".
_PORTFOLIO_HEADS = {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "commissioner", "director",
                    "chief", "chairman", "chairwoman", "officer", "envoy", "ambassador", "adviser", "advisor"}
# Kinds of body that news calls by another word: "the force" for Thames Valley Police.
_HEAD_NAMES = {"force": {"force", "police", "constabulary"}}
# Capitalised words that a parse may take for a lone surname but that name nobody.
_NOT_LONE_SURNAMES = (_NONSPEAKER_CAPS | COUNTRIES | DEMONYMS | DATE_WORDS | GIVEN_NAMES | set(ROLE_WORDS)
                      | set(TITLES) | US_STATES | ORG_WORDS | ORG_HEADS | GENERIC_BODIES | DOCUMENTS
                      | NAMED_THINGS | BODY_TITLES
                      | {"fed", "constitution", "internet", "god", "allah", "jesus", "santa"})
_TITLE_WORDS = {_t.rstrip(".") for _t in TITLES | set(ROLE_WORDS)} | {h.rstrip(".") for h in HONORIFICS} \
    | {"lord", "lady", "baroness", "baron"}
# Words after a body's description that are no name of it: "The ministry, Monday, said".
_NOT_BODY_NAMES = _TITLE_WORDS | DATE_WORDS | _NONSPEAKER_CAPS | COUNTRIES | DEMONYMS | OWNER_PLACES
_HONORIFIC_WORDS = {h.rstrip(".") for h in HONORIFICS} | {"sir", "dame", "lord", "lady", "baroness"}
# Words of a role description that say nothing about which person: "the former chancellor".
# "The U.N. chief", "the IMF head", "the BBC boss": the holder of a body's top post, whatever the
# post is called there.
_HEAD_OF_BODY = {"chief", "head", "boss"}
_TOP_POSTS = {"secretary-general", "director-general", "president", "chairman", "chairwoman", "chair", "chief",
              "head", "director", "leader", "governor", "ceo", "commissioner", "managing"}
_ROLE_FILLER = {"the", "a", "an", "former", "then", "current", "new", "its", "his", "her", "their", "of", "for",
                "and", "in", "at", "to", "on"}
# Capitalised words in a row, one or more: a sentence's opening name ("Pamalakaya, a group, ...").
_CAP_WORDS = re.compile(r"[A-Z][\w’'\-.]*(?:[ \t]+[A-Z][\w’'\-.]*)*")
# Lower-case first words of a capitalised run that begin a sentence but are not part of a name.
_RUN_OPENERS = (_NONSPEAKER_CAPS | {"the", "a", "an", "said", "says", "told", "asked", "dear"} | {
    # Prepositions that open a sentence: "Regarding Trump's call" names no "Regarding Trump".
    "regarding", "concerning", "following", "including", "given", "considering", "excluding", "barring", "pending",
    "toward", "towards", "within", "beyond", "besides", "around", "across", "behind", "between", "against", "upon",
    "into", "outside", "inside", "throughout", "near", "alongside", "until", "unless", "whether", "whereas",
    # A question's auxiliary: "Did Crooked Hillary help ...?" names no "Did Crooked Hillary".
    "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "should", "shall", "must",
}) - _HONORIFIC_WORDS


_BODY_BEFORE_ROLE = re.compile(r"((?:[A-Z][\w.’'\-]*\s+){1,3})$")
# Modifiers that narrow no kind of body: "the local council", "the state's top court".
_NEUTRAL_MODIFIERS = {"local", "state", "federal", "national", "regional", "city", "county", "district", "same",
                      "top", "main", "country's", "state's", "city's", "nation's"}
_CLAUSE_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "this", "that"}
_FINITE_VERBS = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
                 "shall", "should", "may", "might", "must", "do", "does", "did"}


# Relations of family, before the name of a relative: "Trump's niece Mary Trump", "his son Hunter Biden".
_KIN = ("son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "niece", "nephew", "cousin",
        "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter",
        "stepfather", "stepmother", "widow", "widower", "ex-wife", "ex-husband", "brother-in-law", "sister-in-law",
        "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law", "child", "grandchild")


_KIN_BEFORE = re.compile(r"(?:\b(?P<owner>[\w\-]+)['’]s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:[\w\-]+\s+){0,2}?(?:"
                         + "|".join(_KIN) + r")s?\s*,?\s*$")

_KIN_WORD = re.compile("|".join(_KIN))


def _title_as_surname(text: str) -> tuple[str | None, str] | None:
    """(the gender an honorific tells, the word) for a mention that is one capitalised word, alone
    or after an honorific ("Bishop", "Ms King"), which may be a surname; None otherwise."""
    words = text.split()
    if len(words) == 1:
        return None, words[0]
    if len(words) == 2 and _key(words[0]) in _HONORIFIC_WORDS and words[1][:1].isupper():
        return GENDER_WORDS.get(_key(words[0])), words[1]
    return None


def _kin_of_namesake(text: str, start: int, surname: str) -> bool:
    """Whether the name at `start` is that of a relative of someone else of its surname: "Trump's niece
    Mary Trump", "his son Hunter Biden". The surname alone may then be either of them."""
    if not _KIN_WORD.search(text, max(0, start - 60), start):
        return False
    m = _KIN_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and m.group("owner") in (None, surname)


# A document named with its issuer in one mention: "a 1989 report from the NTSB", "in a statement",
# "the SEC’s complaint".
_DOCUMENT_NAMED = re.compile(r"\b(?:a|an|in\s+a|its|his|her|their|[\w.\-]+[’']s)\s+(?:[\w\-]+\s+){0,2}?("
                             + "|".join(sorted(DOCUMENTS, key=len, reverse=True)) + r")\b", re.I)
_NOUN_SUFFIX = re.compile(r"(?:ness|tion|sion|ment|ity|ance|ence|ship|ism|ure)$")


def _common_noun(text: str, word: str) -> bool:
    """Whether a capitalised word opening a sentence is a common noun: the article writes it in lower
    case elsewhere, or it ends as abstract nouns do ("Fitness", "Inflation")."""
    return bool(_NOUN_SUFFIX.search(word) or _find_all(text, word.lower(), whole_word=True))


# Words that end as nouns for people do ("-er", "-or") but are none: "Years after Bill Hale claimed".
_ENDING_AS_ROLES_DO = {"after", "under", "over", "later", "ever", "never", "whether", "rather", "together", "either",
                       "neither", "other", "another", "further", "earlier", "her", "their", "our", "your", "sooner",
                       "longer", "for", "nor", "or", "per", "hereafter", "thereafter", "major", "minor", "prior"}


_PLACE_HEADS = {"city", "town", "village", "capital", "country", "state", "region", "province", "port", "island"}


def _is_role(phrase: str) -> bool:
    """Whether an appositive names a role: its head noun ("the site manager", "the MP for Ealing
    North", "a spokeswoman for the council") is a person's, not a thing's ("the agreement will ...")."""
    words = re.findall(r"[\w’'\-]+", phrase)
    if not words or len(words) > 9:
        return False
    cut = next((i for i, w in enumerate(words) if w.lower() in ("of", "for", "at", "to", "in", "with", "from")), len(words))
    head = _key(words[cut - 1]) if cut else ""
    if any(_key(w).endswith("ed") and _key(w) not in ROLE_WORDS or _key(w) in _FINITE_VERBS or w[0].isdigit()
           for w in words[:cut]) or any(_key(w) in _CLAUSE_DETERMINERS for w in words[1:cut]):
        # a clause ("a mother called the police", "the goal was 90 percent", "the minister met the
        # mayor"), not a role
        return False
    if head in _PLACE_HEADS:
        return False  # "(in Kano,) northern Nigeria's largest city of 10 million people,": a place
    return (head in PERSON_HEADS or head in ROLE_WORDS or head in TITLES or head in GENDER_WORDS
            or head.rstrip("s") in PERSON_HEADS or bool(_ROLE_SUFFIX.search(head))) and head not in _ROLE_FILLER \
        and head not in _ENDING_AS_ROLES_DO


# Heads of a description of one person: "a woman", "his lawyer" (not "officials", "police").
_ONE_PERSON_HEADS = (PERSON_HEADS - {"people", "police", "authorities", "men", "women", "children", "staff", "group",
                                    "source", "voice", "user"}) | {w for w in GENDER_WORDS if "." not in w}
_GROUP_FILLER = {"the", "both", "some", "many", "several", "other", "most", "all", "senior", "top"}
_NATIONAL = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}|" + NATIONALITY + "$")


# Nouns for one institution that a nation or body stands behind, which the article names otherwise
# (often by its initials): "the U.N. refugee agency", "the UN nuclear watchdog" ("Erdogan's office" is his own).
_ONE_BODY_DESCRIBED = {"agency", "watchdog", "body", "organization", "organisation", "fund", "programme",
                       "program", "arm", "unit", "mission", "envoy"}


# Offices that say who someone is: a mention titled with one is not a person known to hold another.
_OFFICES = {"president", "senator", "governor", "mayor", "king", "queen", "minister", "secretary", "chancellor",
            "premier", "lady", "spokesman", "spokeswoman", "ambassador", "judge", "general", "congressman",
            "congresswoman", "sheriff", "prosecutor", "commissioner"}


def _other_office(m: SpeakerMention, person: Person) -> bool:
    """Whether a titled surname ("President Bush") names an office the person it would resolve to is
    known to hold none of, while holding another ("First Lady Laura Bush")."""
    titled = {_key(w) for w in (m.role or "").split()} & _OFFICES
    held = person.role_words & _OFFICES
    return bool(titled and held and not titled & held)


def _national_group(text: str, m: SpeakerMention) -> str | None:
    """A group a nation or body stands behind ("Pakistani authorities", "U.S. military officials",
    "Kremlin officials", "Erdogan's office") is a source as named as an organisation; bare
    "officials" or "police" is a description. The modifier must be capitalised where no sentence
    begins, or read as a nationality, an acronym or an owner's name. A document so described ("The
    Turkish statement", "a French letter") names nobody: whose it is, the article says elsewhere.
    The phrase read is the mention's name: the issuer, for a document it names ("a statement
    released by Erdogan's office")."""
    phrase = m.name or m.text
    if m.kind == "person" or not phrase or "," in phrase:
        return None  # (an appositive, "Ann Ober and Dale Ruiz, the founders,", is people described)
    words = phrase.split()
    if words and words[0].lower() in ("a", "an") or any(
            w == "of" and x and words[x - 1].lower() in DOCUMENTS for x, w in enumerate(words)):
        return None  # "a recent poll of Indiana voters": a document, whose the article says elsewhere
    while words and words[0].lower() in _GROUP_FILLER:
        words = words[1:]
    if len(words) < 2 or not words[-1].islower() or words[-1] in DOCUMENTS or words[-1] in _ONE_BODY_DESCRIBED \
            or body_described_by_origin(words, [w.lower() for w in words]):
        return None  # ("the U.N. refugee agency" describes one body, UNHCR, named by its initials elsewhere;
        # "the U.S.-based monitoring group" one body by where it is from)
    opens = text[max(0, m.start - 10):m.start].rstrip(" \u00a0")[-1:] in ("", ".", "!", "?", "\n", "“", '"')
    at_start = opens and words[0] == m.text.split()[0]  # its first word is capitalised anyway
    for w in words[:-1]:
        key = _key(w)
        # An owner's name, not a place's: "Zimbabwe's main opposition party" describes a body.
        owner = w.endswith(("'s", "’s")) and key[:-2] not in DATE_WORDS and key[:-2] not in OWNER_PLACES
        if w[0].isupper() and (key in DEMONYMS or key in COUNTRIES or _NATIONAL.fullmatch(w) or not at_start or owner):
            return " ".join(words)
    return None


_THE_BEFORE = re.compile(r"\bthe\s$")


def _holder_words(words: list[str], text: str, run_start: int, name_start: int) -> list[str]:
    """The words of a run (its name from `name_start`) that name its person, without the place or
    field that closes an office before them: "... Envoy for Iran Tom Hale", "Senator from Vermont
    Bernie Sanders", "Minister for Infrastructure Nichola Mallon" (one field word, then the holder)."""
    while len(words) > 2 and (_key(words[0]) in COUNTRIES or _key(words[0]) in DEMONYMS
                              or _key(words[0]) in US_STATES) \
            and _key(words[0]) not in GIVEN_NAMES and _key(words[1]) in GIVEN_NAMES:
        words = words[1:]
    if len(words) >= 3 and _OFFICE_FOR_BEFORE.search(text, max(0, run_start - 40), name_start):
        # "Member for Ealing North Tom Hale", "Senator for Victoria Bridget McKenzie": the field ends
        # before a given name, or is one word.
        given = next((x for x in range(1, len(words) - 1) if _key(words[x]) in GIVEN_NAMES), None)
        words = words[given:] if given is not None else words[1:] if len(words) == 3 else words
    return words


def _surname(words: list[str]) -> str:
    """The family name of a name read in full: its last word, but for a generation after it
    ("Bozell" in Brent Bozell III, "Welsh" in Mark Welsh Jr.), by which the article names him later."""
    if len(words) >= 3 and words[-1].rstrip(".") in _GENERATIONS:
        return words[-2]
    return words[-1]


def _find_all(text: str, word: str, whole_word: bool = False) -> list[int]:
    """Every position of `word` in `text` (as a whole word only, if asked)."""
    pattern = r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])" if whole_word else re.escape(word)
    return [m.start() for m in re.finditer(pattern, text)]


def _position(mention: tuple[int, object]) -> int:
    return mention[0]


_WORD_REST = re.compile(r"[\w’'\-]*")


_LONGER_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![’'])")


def _words_in(text: str, words: dict[str, object]):
    """(start, end, word) for every whole word of the text that is one of `words`, capitalised or
    after a name particle as _WORD reads it, alone or as a possessive ("Karzai's"), found by plain
    string search (far fewer places than capitalised words to look at)."""
    for word in words:
        i = text.find(word)
        while i >= 0:
            end = _WORD_REST.match(text, i).end()
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-")) \
                    and (end - i == len(word) or text[i + len(word):end] in ("’s", "'s")) \
                    and _WORD.match(text, i):
                yield i, end, word
            i = text.find(word, i + 1)


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return word.lower().rstrip(".").replace("’", "'")


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """The word without its accents, as later mentions often write a name: "Erdogan" for Erdoğan."""
    word = unicodedata.normalize("NFKD", word.replace("ı", "i").replace("ł", "l").replace("ø", "o"))
    return "".join(c for c in word if not unicodedata.combining(c))


@dataclass
class Person:
    """Someone the article names in full, with what the text says about them."""

    name: str
    surname: str
    given: str
    first: int  # where the article first names them
    role: str | None = None
    role_words: set[str] = field(default_factory=set)
    votes: dict[str, int] = field(default_factory=lambda: {"m": 0, "f": 0})
    told: str | None = None  # gender an honorific or gendered role word states outright
    titled: str | None = None  # gender of a "-man" office women hold too ("Chairman"): the last evidence
    age: str | None = None  # "Ruth Cole, 56,": the age the article gives
    spoke: bool = False  # a quote of the article is theirs
    namesake_kin: bool = False  # named as a relative of someone of their surname ("Trump's niece Mary Trump")
    who: bool = False  # followed by "who" ("Rena Effendi, who left a comment"): a person, not a place

    @cached_property  # (the name never changes once read)
    def bare(self) -> str:
        """The surname without an Arabic article: "Maliki" for "al-Maliki", as later mentions write it."""
        return _PARTICLE_PREFIX.sub("", self.surname)

    @cached_property  # (the name never changes once read)
    def paternal(self) -> str | None:
        """The first of two family names, by which Spanish and Portuguese news names someone later:
        "Rosselló" for Ricardo Rosselló Nevares, "Vázquez" for Wanda Vázquez Garced."""
        words = self.name.split()
        if words[-1] != self.surname:
            words = words[:-1]  # (a generation after the family name: "Brent Bozell III")
        middle = words[-2] if len(words) >= 3 else ""
        return middle if len(middle) > 2 and middle[0].isupper() and not middle.endswith(".") else None

    @cached_property  # (the name never changes once read)
    def middle(self) -> tuple[str, ...]:
        """The names between the first and the family name: "Inácio", "Lula" in Luiz Inácio Lula da Silva."""
        words = [w for w in self.name.split()[1:] if w[0].isupper() and not w.endswith(".")]
        return tuple(words[:-1])

    @property
    def likely(self) -> bool:
        """Something beyond two capitalised words says this is a person, not a place ("West
        Darfur") or a movement ("Khmer Rouge"): an honorific, a known given name, a role, a quote,
        or "who" after the name."""
        given = self.given.lower()
        return bool(self.spoke or self.told or self.role_words or self.who or given in GIVEN_NAMES
                    or given in GENDERED)

    @property
    def gender(self) -> str | None:
        if self.told:
            return self.told
        if by_name := gender_of_given(self.given.lower()):
            return by_name
        m, f = self.votes["m"], self.votes["f"]
        if m >= 2 * f + 1:
            return "m"
        if f >= 2 * m + 1:
            return "f"
        return self.titled

    def add_role(self, role: str | None) -> None:
        if not role:
            return
        if self.role is None:
            self.role = role
        elif role.lower() in _DEPUTY_WORDS and not self.role.lower().startswith(role.lower()):
            self.role = f"{role} {self.role}"  # "deputy" before "First Minister Ivan Petrov": his post
        words = {_key(w) for w in re.findall(r"[\w’'\-]+", _DEPUTY.sub(r"\1-\2", role))}
        words |= {TITLES_IN_FULL[w] for w in words if w in TITLES_IN_FULL}  # "Sen." is "the senator"
        self.role_words |= words
        for w in words:
            if w in _OFFICES_FOR_EITHER:
                self.titled = self.titled or GENDER_WORDS[w]
            elif w in GENDER_WORDS and w not in ("man", "woman", "boy", "girl"):
                self.told = self.told or GENDER_WORDS[w]


def _spells(handle: str, person: Person) -> bool:
    """Whether a handle, lower-cased, is the person's name run together, in full, as initial and
    surname, or as given name or surname alone of five letters or more."""
    given, surname = _plain(person.given).lower(), _plain(person.bare).lower()
    return handle in (given + surname, given[:1] + surname, surname + given) \
        or len(handle) >= 5 and handle in (given, surname)


@dataclass
class _Partial:
    """Someone the article names only in part ("Mr Khatami", "the spokesman"): blocks a pronoun
    from reaching past them to someone named earlier."""

    name: None = None
    gender: str | None = None
    people: tuple = ()  # for a surname several people share: those people
    head: str | None = None  # for someone described ("the new president"): the noun describing them

    @property
    def likely(self) -> bool:
        return not self.people or any(p.likely for p in self.people)


# An honorific before the owner of a body or group: "Dr. Tesar’s team", "Mr Hale's office".
_HONORIFIC_OWNER = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Dame)\.?\s+(?=[\w\-]+['’]s\s)")
# Last words of places of two words: "South Carolina", "New York" are never family names.
_STATE_LAST_WORDS = {"carolina", "dakota", "hampshire", "jersey", "mexico", "york", "island", "zealand", "africa",
                     "korea", "sudan", "wales", "ireland", "arabia", "kingdom", "states"}


def _join_family_names(people: dict[str, Person]) -> None:
    """ "Otto Pérez Molina" then "Pérez Molina", "Andrés Manuel López Obrador" then "López Obrador":
    family names without the given name are the one person named in full whose name ends in them
    (never a name that opens with a given name: "Ana Ruiz" is not Maria Ana Ruiz)."""
    for short, person in list(people.items()):
        words = short.split()
        if len(words) < 2 or _key(words[0]) in GIVEN_NAMES or person.name != short \
                or _key(words[-1]) in US_STATES | COUNTRIES | _STATE_LAST_WORDS:
            continue
        tail = [_key(w) for w in words]
        longer = {id(p): p for name, p in people.items() if p is not person and len(name.split()) > len(words)
                  and [_key(w) for w in name.split()[-len(words):]] == tail and _key(name.split()[0]) in GIVEN_NAMES}
        if len(longer) == 1:
            _merge_into(people, person, next(iter(longer.values())))


def _join_middle_initials(people: dict[str, Person]) -> None:
    """ "John Bolton" and "John R. Bolton" in one article: one person, under the longer name, when no
    other name of the article ("John T. Bolton") could be the shorter one too."""
    by_ends: dict[tuple[str, str], list[tuple[str, Person]]] = {}
    for name, p in people.items():
        words = name.split()
        if len(words) > 2:
            by_ends.setdefault((words[0], words[-1]), []).append((name, p))
    if not by_ends:
        return
    for short, person in list(people.items()):
        words = short.split()
        if len(words) != 2 or (words[0], words[1]) not in by_ends:
            continue
        longer = {id(p): p for name, p in by_ends[words[0], words[1]] if p is not person
                  and _with_initials(name.split(), words)}
        if len(longer) == 1:
            _merge_into(people, person, next(iter(longer.values())))


def _merge_into(people: dict[str, Person], person: Person, full: Person) -> None:
    """One person under the longer name: what the shorter name's mentions said of them goes to it."""
    full.first = min(full.first, person.first)
    full.role_words |= person.role_words
    full.role = full.role or person.role
    full.told = full.told or person.told
    full.titled = full.titled or person.titled
    full.age = full.age or person.age
    for name, p in people.items():
        if p is person:
            people[name] = full


def _with_initials(longer: list[str], words: list[str]) -> bool:
    """Whether a name is the two words with only initials between them: "John R. Bolton", "John R. T. Bolton"."""
    return len(longer) > 2 and longer[0] == words[0] and longer[-1] == words[1] \
        and all(re.fullmatch(r"[A-Z]\.", w) for w in longer[1:-1])


class Resolver:
    """The speakers of one article: mentions resolved to full names, and the aliases seen.

    Mentions must be given in text order: a resolved mention is evidence for the pronouns after it.
    """

    def __init__(self, text: str, paragraphs: list[tuple[int, int]] | None = None, published: str | None = None):
        self.text = text
        self.published = published
        # The article's own paragraphs: the people a byline or a photo credit names are not in it.
        self._paragraphs = sorted(paragraphs) if paragraphs is not None else [(0, len(text))]
        self.quoted = [m.span() for m in _QUOTED.finditer(text)]
        self._quote_starts = [s for s, _ in self.quoted]
        self.sentences = [span for b in _blocks(text) for span in split_sentences(text, *b)] or [(0, len(text))]
        self._sentence_ends = [e for _, e in self.sentences]
        self.people: list[Person] = []
        self._mentions: list[tuple[int, Person | _Partial]] = []
        self._speaking: dict[int, Person] = {}  # where a mention speaks a quote, and who ("X's lawyer Y": Y)
        self._speaking_pronouns: set[int] = set()  # where "he" or "she" is, resolved or not
        self.bodies: set[str] = set()  # organisations the article names
        self._find_people()
        self.initialled = self._find_initials()
        self.speakers: dict[str, dict] = {}
        self._last_org: list[tuple[int, str]] = []
        self._documents: list[tuple[int, str, str, str]] = []  # (where, document noun, issuer, kind)

    # -- reading the article -----------------------------------------------------------------------
    def _in_article(self, pos: int) -> bool:
        i = bisect_right(self._paragraphs, (pos, len(self.text) + 1)) - 1
        return i >= 0 and pos < self._paragraphs[i][1]

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1] and pos != self.quoted[i][0]

    def _find_people(self) -> None:
        text = self.text
        people: dict[str, Person] = {}
        honorific_surnames: list[tuple[int, str, str | None]] = []
        for m in _CAP_RUN.finditer(text):
            run = m.group()
            if not (" " in run or "\t" in run or "\u00a0" in run or "." in run):
                continue  # one word: no full name (cheaper to see here than after tokenising)
            if not self._in_article(m.start()) or m.start() and (text[m.start() - 1].isalnum()
                                                                 or text[m.start() - 1] in "’'"
                                                                 or text[m.start() - 2:m.start()].endswith("-")
                                                                 and not text.startswith("--", m.start() - 2)):
                continue  # (a run inside a word: "WSET-TV. Smithers" names no "V. Smithers"; "2000--Secretary"
                # is a dash)
            toks = _tokens(text, m.start(), m.end())
            while toks and _key(toks[0][2]) in _RUN_OPENERS \
                    and not (toks[0][2] == "First" and len(toks) > 1 and toks[1][2] in FIRST_OF_TITLES):
                toks = toks[1:]
            if len(toks) < 2:
                continue
            first = _key(toks[0][2])
            if first in _HONORIFIC_WORDS and all(t[2] in NAME_PARTICLES for t in toks[1:-1]):
                # "Mr Kellan", "Mr van der Berg": a surname after an honorific.
                honorific_surnames.append((toks[-1][0], _POSSESSIVE.sub("", toks[-1][2]) if toks[-1][2][-1] in "s’'"
                                           else toks[-1][2], GENDER_WORDS.get(first)))
                continue
            if (owner := self._owner_inside(toks)) is not None:
                self._person_of_run(people, owner, m.start())  # "Erwan Mazarico’s IRAD effort": Erwan Mazarico
            self._person_of_run(people, toks, m.start())
        for m in _NICKNAMED.finditer(text):
            # 'Charles “Chuck” McClain': the given name and the family name around a nickname in marks
            # (in single marks, "Marvin 'Chris' Christensen", only after a known given name: a headline
            # writes "Trump The ‘Dealmaker’ Could").
            single = m.group()[len(m.group(1)) + 1] in "‘'"
            if self._in_article(m.start()) and not (single and _key(m.group(1)) not in GIVEN_NAMES):
                self._person_of_run(people, [(m.start(1), m.end(1), m.group(1)), (m.start(2), m.end(2), m.group(2))],
                                    m.start())
        self._office_holders(people)
        _join_middle_initials(people)
        _join_family_names(people)
        self._named = people
        self.people = sorted({id(p): p for p in people.values()}.values(), key=lambda p: p.first)
        self._honorific_words = {word for _, word, _ in honorific_surnames}
        self._surnames = {w for p in self.people for w in (p.surname, p.paternal) if w}
        by_surname: dict[str, list[Person]] = {}
        for p in self.people:
            by_surname.setdefault(p.surname, []).append(p)
            if p.bare != p.surname:
                by_surname.setdefault(p.bare, []).append(p)  # "Mr. Maliki" for Nouri al-Maliki
        for p in self.people:
            if p.paternal and p.paternal not in by_surname and not any(p.paternal == q.given for q in self.people):
                by_surname[p.paternal] = [p]  # "Rosselló said" for Ricardo Rosselló Nevares
        for key, found in list(by_surname.items()):
            by_surname.setdefault(_plain(key), found)  # "Erdogan" for Recep Tayyip Erdoğan
        for pos, word, gender in honorific_surnames:
            if gender and (person := self._honorific_person(by_surname, word, gender)) is not None:
                person.told = person.told or gender
        self._mentions = self._occurrences(by_surname, honorific_surnames)
        self._described = self._described_subjects()
        self._mentions = sorted(self._mentions + self._described, key=_position)
        self._vote_genders()
        self._introduced_by_pronoun()

    def _owner_inside(self, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
        """The two words of a person's name owning what follows inside a capitalised run ("scientist
        Erwan Mazarico’s IRAD effort"): a known given name first, or a noun for a person before them."""
        x = next((x for x in range(1, len(toks) - 1) if toks[x][2].endswith(("’s", "'s"))), None)
        if x is None:
            return None
        name = toks[x - 1:x + 1]
        before = _WORD_BEFORE_RUN.search(self.text, max(0, name[0][0] - 40), name[0][0])
        if _key(name[0][2]) in GIVEN_NAMES or before and (_ROLE_SUFFIX.search(before.group(1))
                                                          or before.group(1) in PERSON_HEADS):
            return name
        return None

    def _person_of_run(self, people: dict[str, Person], toks: list[tuple[int, int, str]], run_start: int) -> None:
        """The person a capitalised run names in full, added to `people` with what the text says of
        them; the organisation it names, added to the article's bodies."""
        text = self.text
        found = classify_name(text, toks[0][0], toks[-1][1], [t[2] for t in toks])
        if found is not None and found.kind != "person" and found.name and " " in found.name and not found.common:
            self.bodies.add(found.name)
        if found is None or found.kind != "person" or not found.name:
            return
        words = _holder_words(found.name.split(), text, run_start, toks[0][0])
        found.name = " ".join(words)
        given = _key(words[0]) in GIVEN_NAMES
        if not given and words[0] == toks[0][2] and _THE_BEFORE.search(text, max(0, toks[0][0] - 4), toks[0][0]):
            return  # "chairman of the Joint Chiefs of Staff": a body's name ("the Rev. Al Green" is a person)
        if len(words) < 2 or _key(words[0]) in NAME_PARTICLES \
                or _PART_PLAYED.search(text, max(0, toks[0][0] - 20), toks[0][0]) or any(
                _key(w) in _NONSPEAKER_CAPS or _key(w) in COUNTRIES
                or _key(w) in DEMONYMS and not (given and x > 0)  # "Mark Welsh III", "Dawn French"
                or w.endswith(("’s", "'s")) for x, w in enumerate(words)):
            return
        person = people.get(found.name)
        if person is None:
            person = people[found.name] = Person(found.name, _surname(words), words[0], toks[0][0])
        person.add_role(found.role)
        person.namesake_kin = person.namesake_kin or _kin_of_namesake(text, toks[0][0], words[-1])
        person.who = person.who or bool(_WHO_AFTER.match(text, toks[-1][1])) \
            and not _LIST_END_BEFORE.search(text, max(0, toks[0][0] - 5), toks[0][0])  # ("A, B and C, who")
        lead = _key(toks[0][2])
        if lead in GENDER_WORDS and lead not in _OFFICES_FOR_EITHER:
            person.told = person.told or GENDER_WORDS[lead]
        self._roles_around(person, found.start, found.end)

    def _office_holders(self, people: dict[str, Person]) -> None:
        """The Prime Minister or President the article names by surname and title alone ("the PM",
        "Mr Brown", "President Obama"): the holder on its date (claims.extract.offices), unless it
        names someone else of that surname or another holder of the title."""
        for office, name, gender in holders_named(self.text, self.published):
            surname, given = name.split()[-1], name.split()[0]
            if any(office.words <= p.role_words and p.surname != surname for p in people.values()):
                continue  # "Prime Minister Kevin Rudd": the article's own holder
            same = [p for p in people.values() if p.surname == surname]
            if len(same) > 1 or same and same[0].given != given:
                continue  # "Bob Brown" is not Gordon Brown
            first = re.search(rf"\b{re.escape(surname)}\b", self.text)
            person = same[0] if same else people.setdefault(name, Person(name, surname, given, first.start()))
            person.role_words |= office.words | ({"pm"} if "prime" in office.words else set())
            person.role = person.role or " ".join(sorted(office.words, reverse=True))
            person.told = person.told or gender

    def _find_initials(self) -> dict[str, str]:
        """Organisations the article names with their initials in brackets ("Transport for London
        (TfL)"): the initials alone later name the same body."""
        found = {}
        for m in _INITIALS.finditer(self.text):
            toks = _tokens(self.text, max(0, m.start() - 120), m.end())
            j = next((x for x in range(len(toks) - 1, -1, -1) if toks[x][0] == m.start()), None)
            if j is not None and (body := _initialled_body(self.text, toks, j, len(toks) - 1)) is not None:
                found.setdefault(m.group(1), body.name)
        return found

    def _body_by_initials(self, word: str) -> str | None:
        """The one body the article names in full whose words' initials end in an acronym it uses
        alone later, without brackets: "EPA" after "the U.S. Environmental Protection Agency"."""
        if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 6):
            return None
        fits = {b for b in self.bodies
                if "".join(w[0] for w in re.findall(r"[\w.&’'\-]+", b) if w[0].isupper()).upper().endswith(word)
                and len(b.split()) >= len(word)}
        return fits.pop() if len(fits) == 1 else None

    def _honorific_person(self, by_surname, word: str, gender: str | None) -> Person | None:
        """The one person an honorific and a word name: by surname, else by a given name the
        honorific goes with in name orders other than the English one ("Mr. Ban" for Ban Ki-moon,
        "Mr. Bereket" for Bereket Simon, "Dr Meerjady" for Meerjady Sabrina Flora)."""
        for fits in (by_surname.get(word, []), [p for p in self.people if p.given == word]):
            fits = [p for p in fits if gender is None or p.gender in (None, gender)]
            if fits:
                return fits[0] if len(fits) == 1 else None
        return None

    def _roles_around(self, person: Person, start: int, end: int) -> None:
        """Appositive roles: "Ana Ruiz, the chancellor," and "the chancellor, Ana Ruiz,"."""
        text = self.text
        if (after := _APPOSITIVE_AFTER.match(text, end, min(len(text), end + 90))
                or _BARE_APPOSITIVE_AFTER.match(text, end, min(len(text), end + 90))) and _is_role(after.group(1)):
            person.add_role(_ARTICLE.sub("", after.group(1)))
        comma = text[max(0, start - 3):start].rstrip().endswith(",")  # every role before a name here ends so
        if comma and (opening := OPENING_ADJUNCT.match(text, self.sentences[self._sentence_index(start)][0])) \
                and opening.end() >= start - 1:
            comma = False  # "After Hale’s announcement, Ivan Petrov": the phrase before the comma is no role
        if comma and (before := _APPOSITIVE_BEFORE.search(text, max(0, start - 70), start)) \
                and _is_role(before.group(1) or before.group(3)):
            person.add_role(before.group(1) or before.group(2))
        elif (before := _DASHED_ROLE_BEFORE.search(text, max(0, start - 70), start)) \
                and _DASH_AFTER.match(text, end) and _is_role(before.group(1)):
            person.add_role(before.group(1))  # "The Chancellor of the Exchequer – Gordon Brown – today said"
        elif comma and (before := _BODY_POST_BEFORE.search(text, max(0, start - 90), start)) \
                and _is_role(before.group(1).split()[-1]):
            person.add_role(before.group(1))
        elif comma and (title := _TITLE_COMMA_BEFORE.search(text, max(0, start - 70), start)) \
                and (title.group(1).split()[-1].lower() in TITLES or title.group(1).split()[0].lower() in TITLES
                     and re.search(r"\s(?:for|of)\s", title.group(1))):
            # "Justice Minister, Claire Sugden attended", "Minister for Social Development, Nelson
            # McCausland MLA, has welcomed": British style
            person.add_role(title.group(1))
        age = _AGE_AFTER.match(text, end, min(len(text), end + 8)) \
            or _AGE_BEFORE.search(text, max(0, start - 16), start)
        if age:
            person.age = age.group(1)  # "Ruth Cole, 56," or "56-year-old Ruth Cole"
        if lead := _ROLE_BEFORE.search(text, max(0, start - 60), start):
            # "Tribunal spokesman Reach Sambath": a lower-case role; "and his deputy Sara Pike": "deputy";
            # "met nurses' leader Pat Cullen": the verb is no part of it. "an aide to Senator Ann Ober",
            # "the wife of Tom Hale": someone else's role.
            words = _LEADING_FILLER.sub("", lead.group(1)).split()
            verb = max((i for i, w in enumerate(words) if w in _VERBS_BEFORE_OBJECT or w.endswith("ed")), default=-1)
            role = " ".join(words[verb + 1:])
            if role and _is_role(role) and role.split()[-1] not in _OBJECT_OF:
                person.add_role(role)
                if verb < 0 and (body := _BODY_BEFORE_ROLE.search(text, max(0, lead.start(1) - 40), lead.start(1))):
                    # "Federal Reserve chair Jerome Powell": the body's words describe the post too
                    # ("the Fed chair", "the Reserve chair").
                    person.role_words |= {_key(w) for w in body.group(1).split()} - _RUN_OPENERS

    def _occurrences(self, by_surname, honorific_surnames) -> list[tuple[int, Person | _Partial]]:
        """Where the article mentions each person outside quotations, in text order."""
        found: list[tuple[int, Person | _Partial]] = []
        text = self.text
        for start, end, word in _words_in(text, by_surname):
            people = by_surname[word]
            if self._in_quote(start) or text[max(0, start - 4):start].lower() in (
                    "the ", " an ", " a ") and _ATTRIBUTIVE.match(text, end):
                continue  # "the Trump administration": a name as a modifier names no one who acts
            if (nxt := _LONGER_NAME_AFTER.match(text, end)) and _key(nxt.group(1)) not in DATE_WORDS:
                continue  # "the former Trump University customer": a longer name's word
            if len(people) == 1:
                found.append((start, people[0]))
            else:
                end = start + len(word)
                full = [p for p in people if text.startswith(p.name, end - len(p.name))]
                found.append((start, full[0] if len(full) == 1 else _Partial(people=tuple(people))))
        for pos, word, gender in honorific_surnames:
            if word in by_surname or self._in_quote(pos):
                continue
            person = self._honorific_person(by_surname, word, gender)
            found.append((pos, person or _Partial(gender=gender)))
        found.sort(key=_position)
        return found

    def _described_subjects(self) -> list[tuple[int, Person | _Partial]]:
        """Sentences whose subject is someone described, not named: "A woman who saw it called the
        police", "His lawyer arrived", "Tom Hale's wife issued a statement". A "he" or "she" after
        one may mean that person, so it is a mention as a partial name is (or, for "the" and a role
        that fits one person the article names, that person)."""
        found = []
        for ss, se in self.sentences:
            m = _DESCRIBED_SUBJECT.match(self.text, ss, se)
            if m is None or not self._in_article(ss) or self._in_quote(m.start(1)):
                continue
            head = written = None
            for w in m.group(2).split():
                if w.lower() in _ONE_PERSON_HEADS:  # ("The Ukrainian Foreign Minister also expressed")
                    head, written = w.lower(), w
                    break
                if w in CLAUSE_WORDS or w in AUXILIARIES or w in ("of", "for") or w.endswith(("ed", "ing", "ly")):
                    break
            if head is None:
                continue
            end = self.text.index(written, m.start(2)) + len(written)
            after = self.text[end:end + 3].lstrip(" ,")
            if not after or not after[0].islower():
                continue  # "The minister, Ivan Petrov,", "The chancellor Ana Ruiz": named right there
            who = None
            if m.group(1).lower() == "the":
                desc = self.text[m.start(1):end]
                who = self._by_role(SpeakerMention(m.start(1), end, desc, None, role=desc, head=head, common=True))
            found.append((m.start(1), who or _Partial(gender=GENDER_WORDS.get(head), head=head)))
        return found

    def _vote_genders(self) -> None:
        """A sentence that names one person and uses only "he"/"his" (or "she"/"her") votes for it."""
        by_sentence: dict[int, list] = {}
        for pos, p in self._mentions:
            by_sentence.setdefault(self._sentence_index(pos), []).append(p)
        for k, mentioned in by_sentence.items():
            ss, se = self.sentences[k]
            named = {id(p): p for p in mentioned if isinstance(p, Person)}
            if len(named) != 1 or any(isinstance(p, _Partial) for p in mentioned):
                continue
            genders = {PRONOUN_GENDER[w.group().lower()] for w in _PRONOUN.finditer(self.text, ss, se)
                       if not self._in_quote(w.start())}
            if len(genders) == 1:
                (p,) = named.values()
                p.votes[genders.pop()] += 1

    def _introduced_by_pronoun(self) -> None:
        """A full name opening a sentence as its subject, with the next sentence opening "He" or "She"
        and no other name between nor anyone named before who could be meant: the person, of that
        gender ("Stacy Tran is part of the start-up. She says ..."), though the given name is on no
        list. A place would be "it"."""
        for p in self.people:
            if p.likely or _key(p.given) in _PLACE_OPENERS or _key(p.name.split()[-1]) in _PLACE_ENDINGS:
                continue
            si = self._sentence_index(p.first)
            if si + 1 >= len(self.sentences) or self.sentences[si][0] != p.first \
                    or not _SUBJECT_VERB.match(self.text, p.first + len(p.name)):
                continue  # ("Immigration Questioned on ...": a heading run into a sentence)
            ns, ne = self.sentences[si + 1]
            opening = _OPENING_PRONOUN.match(self.text, ns, ne)
            if opening is None:
                continue
            gender = PRONOUN_GENDER[opening.group(1).lower()]
            named = [q for pos, q in self._mentions if self.sentences[si][0] <= pos < ne and q is not p]
            if not named and not any(q.first < p.first and q.likely and q.gender in (None, gender)
                                     for q in self.people):  # (someone named before may be "she")
                p.told = gender

    # -- resolving mentions ------------------------------------------------------------------------
    def resolve(self, m: SpeakerMention, content: tuple[int, int] | None = None) -> tuple[str | None, str, str | None]:
        """(full name, kind, role) for a mention, registering it as a speaker of the article.

        The name is None when the mention is a description, a pronoun or a partial name that the
        article does not tie to exactly one person. `content` is the span of what the mention said.
        """
        found = self._resolve(m, content)
        if found[0] is not None and found[0][0].isupper() and m.text \
                and found[0].split()[0].lower() not in ("a", "an", "the", "this"):
            # "a report from the NTSB", "Trump, in a statement": whose that report or statement is
            self._documents.extend((m.start, d.group(1).lower(), found[0], found[1])
                                   for d in _DOCUMENT_NAMED.finditer(m.text))
        return found

    def _document_issuer(self, m: SpeakerMention) -> tuple[str, str, str | None] | None:
        """ "The report said" after "according to a 1989 report from the NTSB": the one who issued the
        last document of that kind the article tied to someone, a few paragraphs back at most."""
        words = (m.text or "").split()
        if not (m.common or m.name is None) or not m.head or m.head not in DOCUMENTS or len(words) != 2 \
                or words[0].lower() not in ("the", "this"):
            return None
        earlier = [(name, kind) for pos, head, name, kind in self._documents
                   if head == m.head and m.start - 2000 < pos < m.start]
        if not earlier:
            owner = self._document_owner_before(m)
            if owner is None:
                return None
            earlier = [(owner, "organization")]
        name, kind = earlier[-1]
        self._add(name, kind, None, name)
        return name, kind, self.speakers[name]["role"]

    def _document_owner_before(self, m: SpeakerMention) -> str | None:
        """The one body that owns the last document of that kind named before ("The World Trade
        Organization's (WTO) annual report finds ...", "the launch of the WTO report")."""
        owners = set()
        for d in re.finditer(r"\b" + re.escape(m.head) + r"\b", self.text[max(0, m.start - 2000):m.start]):
            at = max(0, m.start - 2000) + d.start()
            before = self.text[max(0, at - 80):at]
            for body in self.bodies | set(self.initialled):
                if re.search(re.escape(body) + r"(?:['’]s)?(?:\s+\([A-Z]{2,}\))?\s+(?:[a-z]+\s+){0,2}$", before):
                    owners.add(_strip_possessive(self.initialled.get(body, body)))
        return owners.pop() if len(owners) == 1 else None

    def _resolve(self, m: SpeakerMention, content: tuple[int, int] | None) -> tuple[str | None, str, str | None]:
        """One handler per shape of mention, in this order; each returns None when the shape is not its."""
        if m.pronoun:
            return self._pronoun(m, content)
        for shape in (self._handle, self._group_word_surname, self._title_word_surname,
                      self._body_named_in_apposition, self._document_issuer):
            if (found := shape(m)) is not None:
                return found
        if m.common or m.name is None:
            return self._description(m)
        if m.name in self.initialled:
            m = SpeakerMention(m.start, m.end, m.text, self.initialled[m.name], role=m.role, kind="organization")
        elif (body := self._body_by_initials(m.name)) is not None:
            m = SpeakerMention(m.start, m.end, m.text, body, role=m.role, kind="organization")
        return self._named_person(m) if m.kind == "person" else self._named_body(m)

    def _handle(self, m: SpeakerMention):
        """A social-media handle ("@Alibobaevich wrote"): the account speaks under it, as written, or
        as the one person the article names whose name the handle spells ("@ERostomashvili" for Eka
        Rostomashvili, "@dibussi" for Dibussi Tande)."""
        if not (m.name or "").startswith("@"):
            return None
        spelled = [p for p in self.people if _spells(m.name[1:].lower(), p)]
        if len(spelled) == 1:
            return self._found(spelled[0], m, m.role, alias=m.name)
        self._add(m.name, "person", None, m.name)
        return m.name, "person", None

    def _group_word_surname(self, m: SpeakerMention):
        """ "French said" after "Dawn French": a group word that is the surname of someone named."""
        if m.common and m.kind == "group" and m.text == m.name and m.name in self._surnames \
                and (person := self._by_surname(m.name, None)) is not None:
            return self._found(person, m, m.role, alias=m.name)
        return None

    def _title_word_surname(self, m: SpeakerMention):
        """ "Bishop said" after "Mark Bishop", "Ms King said" after "Annette King": a title word alone,
        or after an honorific, may be a surname. If the article also names a bishop, it is either."""
        if not (m.name is None and m.text == m.role and (titled := _title_as_surname(m.text))
                and titled[1] in self._surnames):
            return None
        told, word = titled
        person = self._by_surname(word, told)
        if person is None or any(_key(word) in p.role_words for p in self.people):
            self._note(m.start, _Partial(gender=told))
            return None, "person", None
        return self._found(person, m, None, alias=m.text)

    def _body_named_in_apposition(self, m: SpeakerMention):
        """ "The country’s largest airline, Qantas, said": the one-word name in apposition is the body's."""
        if not (m.common and m.kind == "organization" and m.role and _BODY_NAME.fullmatch(m.role)
                and _key(m.role) not in _NOT_BODY_NAMES
                and not _MONTH.fullmatch(m.role) and re.search(r",\s+" + re.escape(m.role) + r"\b", m.text or "")):
            return None
        role = _ARTICLE.sub("", m.name or "") or None
        self._add(m.role, "organization", role, m.role)
        self._last_org.append((m.start, m.role))
        return m.role, "organization", role

    def _description(self, m: SpeakerMention) -> tuple[str | None, str, str | None]:
        """A description ("the chancellor", "the 56-year-old", "the court", "the company"): the one
        person or body of the article it fits, or nobody."""
        person = (self._by_age(m) if m.head == "year-old" else self._by_role(m)) if m.kind == "person" else None
        if person is not None:
            return self._found(person, m, None)
        if m.kind == "person":
            self._note(m.start, _Partial())
            return None, m.kind, m.role
        body, kind = self._by_head(m) or self._body_just_named(m) or self._name_before_kind(m), "organization"
        if body is None:
            body, kind = _national_group(self.text, m), m.kind
        if body is None:
            return None, m.kind, m.role
        body = _HONORIFIC_OWNER.sub("", body)  # "Dr. Tesar’s team": Tesar’s team, the honorific is no name
        self._add(body, kind, None, body)
        self._last_org.append((m.start, body))
        return body, kind, self.speakers[body]["role"]

    @staticmethod
    def _name_before_kind(m: SpeakerMention) -> str | None:
        """ "The China Daily newspaper reported", "the opposition Renamo party said": the name before
        the kind of body is the body's (the reader has left the kind noun out of it)."""
        if m.kind != "organization" or not m.name or m.name == m.text or not m.head \
                or m.name.lower().endswith(m.head) or not all(w[0].isupper() or w in ("of", "and", "for")
                                                               for w in m.name.split()):
            return None
        return m.name

    def _named_body(self, m: SpeakerMention) -> tuple[str | None, str, str | None]:
        """An organisation or group by its name: "said the Church" after "the Church of Scientology" is
        that church; "NASA’s Jet Propulsion Laboratory" the laboratory."""
        name = m.name
        if " " not in name and (m.text or "").lower().startswith("the ") \
                and (body := self._body_first_named(name)) is not None:
            name = body
        name = _owned_body(name)
        name = _COUNTRIES_IN_FULL.get(name, name)
        self._add(name, m.kind, m.role, m.name)
        self._last_org.append((m.start, name))
        return name, m.kind, m.role

    def _named_person(self, m: SpeakerMention) -> tuple[str | None, str, str | None]:
        """A person by name: a full name as written; a family name with its particles ("van der Berg")
        or a surname alone, honorific or title before it, the one person of the article it fits."""
        words = m.name.split()
        lead = _key(m.text.split()[0]) if m.text else ""
        told = GENDER_WORDS.get(lead) if lead in _HONORIFIC_WORDS else None
        if len(words) >= 2 and all(w.lower() in NAME_PARTICLES for w in words[:-1]):
            person = self._by_surname(words[-1], told)
            if person is None or not person.name.lower().endswith(m.name.lower()):
                self._note(m.start, _Partial(gender=told))
                return None, "person", m.role
            return self._found(person, m, m.role, alias=m.name)
        if len(words) >= 2:
            person = self._named.get(m.name)
            if person is not None:
                return self._found(person, m, m.role, alias=None if person.name == m.name else m.name)
            self._add(m.name, "person", m.role, m.name)
            return m.name, "person", m.role
        person = self._by_surname(words[0], told)
        if person is not None and _other_office(m, person) and not self._takes_office(person, m.role):
            person = None  # "President Bush" is not First Lady Laura Bush, the one Bush named in full
        if person is None:
            return self._one_word_unmatched(m, words[0], told)
        return self._found(person, m, m.role, alias=words[0])

    def _one_word_unmatched(self, m: SpeakerMention, word: str, told: str | None):
        """One capitalised word no person named in full carries: a body the article names or shows
        ("Goldman" after Goldman Sachs, "retailer Tesco"), the whole name the article gives
        (`_only_by_surname`), or nobody."""
        if not told and (body := self._body_first_named(word)) is not None:
            self._add(body, "organization", None, word)
            self._last_org.append((m.start, body))
            return body, "organization", self.speakers[body]["role"]
        if not told and not (m.role and m.role[0].isupper()) and self._described_body(word):
            self._add(word, "organization", m.role, word)
            self._last_org.append((m.start, word))
            return word, "organization", m.role
        self._note(m.start, _Partial(gender=told))
        if self._only_by_surname(word, m.text or word):
            kind = "organization" if _BRAND.search(word) else "person"  # "BuzzFeed", "Wealth-X"
            self._add(word, kind, m.role, word)
            return word, kind, m.role
        return None, "person", m.role

    def _only_by_surname(self, word: str, mention: str) -> bool:
        """Whether a lone surname ("Biden said", "President Obama", "Mr Khatami") is the whole name
        the article gives its bearer: a proper noun the text never writes in lower case, written
        inside a sentence somewhere (not only where a sentence opens, as "Compared" is), after
        nothing but a title or a description in the mention ("Box Office Mojo", "The Verge" and
        "Minister Kishida" after "President Biden and" are other things), and like no name or
        word of a name the article gives anyone else: "Mauer" near Kay Maurer is a typo of hers or
        another person, and nobody is guessed. Linking such a surname to a known person across
        articles needs evidence (claims.link.article)."""
        key = _key(word)
        if len(word) < 3 or not word[0].isupper() or not re.sub(r"[-’']", "", word).isalpha() \
                or key in _NOT_LONE_SURNAMES or key.endswith("s") and key[:-1] in _NOT_LONE_SURNAMES:
            return False
        if key.endswith(("ics", "ians")) or " and " in mention or "&" in mention:
            return False  # "Hispanics"; "President Biden and Prime Minister Kishida" are two
        before = mention[:mention.rfind(word)].split()
        if before and (before[-1].lower() in ("the", "a", "an") or _key(before[-1]) in GIVEN_NAMES
                       or not (before[-1].islower() or _key(before[-1]) in _TITLE_WORDS)):
            return False  # "the Texan", "Dean Johnson" (a given name read as a title), "Box Office Mojo"
        portfolio = False
        for w, after in zip(before, before[1:] + [word]):
            portfolio = portfolio or w.lower() in ("of", "for")
            if w[0].isupper() and not portfolio and _key(w) not in _TITLE_WORDS | QUALIFIERS | DEMONYMS | COUNTRIES \
                    and _key(after) not in _PORTFOLIO_HEADS:
                return False  # "Right Wing Watch"; not "Minister for Education Mr. Toccafondi", "Transport Minister"
        text, plain = self.text, _plain(word).lower()
        if re.search(r"\b" + re.escape(word.lower()) + r"\b", text):
            return False  # a common word: "Investigations", "Backlash"
        places = _find_all(text, word, whole_word=True)
        for i in places:
            # Part of a longer name anywhere, a byline's or a headline's too ("By Cyril Antal",
            # "the Atlas of Presidential Elections"), or said to be a body ("Orbix, which"): not
            # whose alone.
            previous = _WORD_BEFORE.search(text, max(0, i - 40), i)
            capital_before = previous and previous.group(1)[0].isupper() \
                and not _SENTENCE_OPENING.search(text, 0, previous.start(1)) \
                and (_key(previous.group(1)) not in _TITLE_WORDS or _ADJECTIVE.search(previous.group(1)))
            if capital_before or self._shown_as_body_at(i, word):
                return False
        if not any(_INSIDE_SENTENCE.search(text, max(0, i - 30), i) and not self._in_quote(i) for i in places):
            return False
        names = {_plain(w).lower() for p in self.people for w in p.name.split()} \
            | {_plain(w).lower() for b in self.bodies for w in b.split()}
        return not any(fuzz.ratio(plain, n) >= 75 for n in names)

    def _takes_office(self, person: Person, title: str) -> bool:
        """Whether the article gives the person the office of a title after their full name ("Secretary
        of Justice Wanda Vázquez Garced was sworn in as governor" before "Governor Vázquez")."""
        words = {_key(w) for w in title.split()} & _OFFICES
        taken = re.compile(r"\b(?:as|became|becomes|become|named|elected|appointed)\s+(?:the\s+|a\s+|an\s+)?"
                           r"(?:[\w’'\-]+\s+){0,3}?(?:" + "|".join(words) + r")\b", re.I)
        return any(taken.search(self.text, i, i + 160) for i in _find_all(self.text, person.name))

    def _body_first_named(self, word: str) -> str | None:
        """ "Goldman said" after "Goldman Sachs": the one organisation the article names whose
        name opens with the word, when nobody the article names carries it, in full or after an
        honorific."""
        if word in self._honorific_words or any(word in (p.surname, p.given) for p in self.people):
            return None  # a person's name too: "Mr Harlow"
        fits = [b for b in self.bodies if b.split()[0] == word]
        return fits[0] if len(fits) == 1 else None

    def _described_body(self, word: str) -> bool:
        """Whether the article shows that a lone capitalised word names an organisation: a company
        noun right before it ("retailer Tesco", "the carmaker Veltra") or "which" after it ("Orbix,
        which runs the buses"), when nobody the article names carries the word. Without such
        evidence the word may be anyone's surname. (A mention with capitalised words before the
        word, "Presidential Elections", is the tail of a longer name and not asked about.)"""
        if word in self._honorific_words or any(word == p.surname or word == p.given and p.likely for p in self.people):
            return False  # by given name only someone the text shows is a person ("Tesco Polska" is not)
        return any(self._shown_as_body_at(i, word) for i in _find_all(self.text, word, whole_word=True))

    def _shown_as_body_at(self, i: int, word: str) -> bool:
        """Whether the word at i is shown there to name an organisation: a company noun right before
        it ("retailer Tesco") or "which" after it ("Orbix, which runs the buses")."""
        end = i + len(word)
        return bool(_BODY_NOUN_BEFORE.search(self.text, max(0, i - 40), i) and not _CAPITAL_AFTER.match(self.text, end)
                    or _WHICH_AFTER.match(self.text, end))

    def _found(self, person: Person, m: SpeakerMention, role: str | None, alias: str | None = None):
        person.spoke = True
        self._note(m.start, person)
        self._speaking[m.start] = person
        self._add(person.name, "person", role or person.role, person.name)
        self._add(person.name, "person", None, alias)
        return person.name, "person", role or person.role or self.speakers[person.name]["role"]

    def _note(self, pos: int, who: Person | _Partial) -> None:
        if isinstance(who, Person) and any(p == pos for p, _ in self._described):
            self._mentions = [(p, w) for p, w in self._mentions if p != pos or w is who or isinstance(w, Person)]
        insort(self._mentions, (pos, who), key=_position)

    def _by_surname(self, word: str, gender: str | None) -> Person | None:
        """The one person of this surname (or, failing that, given name) whose gender agrees."""
        if any(p.paternal == word for p in self.people) and any(word in (p.surname, p.bare) for p in self.people):
            return None  # "Ruiz" for Ana Ruiz Lopez and for Carlos Ruiz
        plain = _plain(word)
        for attr in ("surname", "paternal", "given"):
            # By given name only someone the text shows is a person ("Goldman Sachs" is not); by a
            # spelling without the accents too ("Erdogan" for Erdoğan).
            named = fits = [p for p in self.people
                            if plain in (_plain(getattr(p, attr) or ""), attr == "surname" and _plain(p.bare))
                            and (attr != "given" or p.likely)]
            if gender:
                fits = [p for p in fits if p.gender in (None, gender)]
            if len(fits) == 1 and attr == "surname" and word.lower() not in GIVEN_NAMES and any(
                    p is not fits[0] and _plain(p.given) == plain for p in self.people):
                return None  # "Liu" for Steve Liu and for Liu Sixing, named family name first
            if len(named) == 1 and attr != "given" and fits == named and fits[0].namesake_kin:
                # "Trump" after "Trump's niece Mary Trump", the Trump she is niece of named no further:
                # the surname is someone else's too.
                return None
            if len(fits) == 1:
                return fits[0]
            if fits:
                return None
        if gender:
            # "Mr. Lula" for Luiz Inácio Lula da Silva: an honorific with a name inside a longer one.
            fits = [p for p in self.people if plain in map(_plain, p.middle) and p.gender in (None, gender)]
            return fits[0] if len(fits) == 1 else None
        return None

    def _by_age(self, m: SpeakerMention) -> Person | None:
        """ "The 56-year-old": the one person the article gave that age ("Ruth Cole, 56,")."""
        age = _AGE_DESCRIBED.search(m.text)
        fits = [p for p in self.people if age and p.age == age.group(1)]
        return fits[0] if len(fits) == 1 else None

    def _by_role(self, m: SpeakerMention) -> Person | None:
        """The one person whose roles hold every word of a role description ("the Tory leader").
        An indefinite description ("a protester", "another official") brings in someone new, never
        a holder named before it; only one the article names later ("a court spokesman said" in
        the opening, "court spokesman Huy Vannak" further down) may be the one it introduced."""
        person = self._role_holder(m)
        indefinite = (m.text or "").split()[:1] and m.text.split()[0].lower() in _INDEFINITE
        return None if person is None or indefinite and person.first < m.start else person

    def _role_holder(self, m: SpeakerMention) -> Person | None:
        written = {_key(w) for w in re.findall(r"[\w’'\-]+", _DEPUTY.sub(r"\1-\2", m.role or m.text or ""))}
        words = {w[:-2] if w.endswith("'s") else w for w in written - _ROLE_FILLER}
        if not words:
            return None
        # A capitalised word may shorten a word of the role: "the Fed chair" for "Federal Reserve chair".
        short = {_key(w) for w in re.findall(r"[\w’'\-]+", m.text or "") if w[0].isupper() and len(w) >= 3} & words
        # A former holder is not "the chancellor": only "the former chancellor" is.
        # ("National" is no "National's Education spokesman": the owner of a post is not its holder.)
        # ("deputy-first" as written joins what a role read elsewhere may hold apart: "deputy", "first".)
        parts = written | {part for w in written for part in w.split("-")}
        fits = [p for p in self.people if all(w in p.role_words or w in short and any(
                    r.startswith(w) for r in p.role_words)
                    or "-" in w and all(part in p.role_words for part in w.split("-")) for w in words)
                and not (p.role_words & _PAST_HOLDER) - written
                # (the deputy First Minister is not "the First Minister")
                and not (p.role_words & _DEPUTY_WORDS) - parts
                and not words <= {r[:-2] for r in p.role_words if r.endswith("'s")}]
        if not fits and words & _HEAD_OF_BODY and self._head_only_here(m, words & _HEAD_OF_BODY):
            # "The U.N. chief" for "U.N. Secretary-General Ban Ki-moon": whoever holds the body's top post.
            body = words - _HEAD_OF_BODY
            fits = [p for p in self.people if body and body <= p.role_words and p.role_words & _TOP_POSTS
                    and not p.role_words & _PAST_HOLDER]
        if len(fits) != 1 or self._other_holder(m, fits[0]):
            return None
        return fits[0]

    def _head_only_here(self, m: SpeakerMention, heads: set[str]) -> bool:
        """Whether the article uses "chief" (or "head", "boss") only in this description: anyone
        else called so ("U.N. aid chief Tom Hale") may be the one meant."""
        phrase = _ARTICLE.sub("", m.text or "").lower()
        text = self.text.lower()
        inside = {i + phrase.rindex(h) for h in heads if h in phrase for i in _find_all(text, phrase)}
        return all(i in inside for h in heads for i in _find_all(text, h, whole_word=True))

    def _other_holder(self, m: SpeakerMention, person: Person) -> bool:
        """Whether the article describes someone else by the head of the description: "Foreign
        Minister Ivan Petrov met the defence minister. The minister said": "the minister" may be
        either, so it is neither."""
        words = re.findall(r"[\w’'\-]+", m.role or m.text or "")
        cut = next((i for i, w in enumerate(words) if w.lower() in ("of", "for", "at", "in")), len(words))
        if not cut:
            return False
        # "the defence minister", "the senator from Ohio": modifiers before the head or a place after it.
        pattern = re.compile(r"\b(?:the|a|an|his|her|its|their|[\w’'\-]+[’']s)\s+((?:[a-z][\w’'\-]*\s+){0,2})"
                             + re.escape(words[cut - 1].lower())
                             + r"\b(?:\s+(?:from|of|for)\s+([A-Z][\w’'\-]*))?", re.I)
        for found in pattern.finditer(self.text):
            if found.start() == m.start or self._in_quote(found.start()):
                continue
            if any(_key(w) in _DEPUTY_WORDS for w in found.group(1).split()) \
                    or _ELECT.match(self.text, found.end()):
                continue  # "the vice president", "the president elect" hold other offices than "the president"
            modifiers = {_key(w) for w in found.group(1).split()} - _ROLE_FILLER - _SAME_HOLDER
            if found.group(2) and found.group(2)[0].isupper():
                modifiers.add(_key(found.group(2)))
            if modifiers and not modifiers <= person.role_words:
                return True
        return False

    def _by_head(self, m: SpeakerMention) -> str | None:
        """The one organisation the article names that a definite description of its kind refers
        to: "the court" for the Court of Session, "police" for Thames Valley Police."""
        words = (m.name or m.text).split()
        if not m.head or not words or _key(words[0]) in _INDEFINITE:
            return None
        head = _key(m.head)
        # Words describing the kind ("the terrorist group") must be the body's own: SITE Intelligence
        # Group is no terrorist group; a count or a place's word ("the three-judge court", "the city
        # council") describes any.
        at = next((i for i, w in enumerate(words) if _key(w).removesuffix("'s").removesuffix("’s") == head), 0)
        kinds = [_key(w) for w in words[1:at] if w.islower() and _key(w) not in _NEUTRAL_MODIFIERS
                 and not w[0].isdigit() and "-" not in w]
        heads = _HEAD_NAMES.get(head, {head})
        # A nationality describing the kind ("the Iraqi military") is the body's own too: the Military
        # Times is no Iraqi military. Its first four letters find the country ("Iraqi Army", "Iraq's ...").
        nations = [_key(w)[:4] for w in words[:at] if NATIONALITY_WORD.fullmatch(w)]
        fits = [b for b in self.bodies if heads & (named := {_key(w) for w in b.split()})
                and all(k in named for k in kinds) and all(any(n.startswith(p) for n in named) for p in nations)]
        # Only a body named before the description: "The party announced" is not the party the next
        # paragraph names.
        fits = [b for b in fits if self.text.find(b) < m.start]  # (-1: written otherwise, kept)
        return fits[0] if len(fits) == 1 else None

    def _body_just_named(self, m: SpeakerMention) -> str | None:
        """ "The company said" right after a sentence naming one company ("PG&E contract employees"):
        that company; so for the other nouns news uses for a body named just before ("the
        organisation", "the movement", "the newspaper", "the network"). Only a body that is no
        public one, and only when that sentence and this one name no other body or person (a
        country or a nationality may be named)."""
        words = (m.text or "").lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in _BODY_ANAPHORS:
            return None
        si = self._sentence_index(m.start)
        lo = self.sentences[max(0, si - 1)][0]
        named = set()
        for body in self.bodies | set(self.initialled):
            full = self.initialled.get(body, body)
            if any(lo <= i < m.start for i in _find_all(self.text, body, whole_word=True)):
                named.add(full)
        if len(named) != 1:
            return None
        (body,) = named
        own = {_key(w) for w in body.split()}
        if own & _PUBLIC_BODY_WORDS or words[1] in _ANAPHOR_KINDS and not own & _ANAPHOR_KINDS[words[1]]:
            return None  # "the newspaper" is no National Rifle Association
        # Any other name there may be another company the article does not call one: nobody is guessed.
        known = {body, *(k for k, v in self.initialled.items() if v == body), *(p.name for p in self.people if p.likely)}
        known_words = {w for k in known for w in re.findall(r"[\w’'\-]+", k)}
        for word in _WORD.finditer(self.text, lo, m.start):
            w = _POSSESSIVE.sub("", word.group())
            if w not in known_words and _key(w) not in _RUN_OPENERS and _key(w) not in DATE_WORDS \
                    and _key(w) not in COUNTRIES and _key(w) not in DEMONYMS \
                    and not _SENTENCE_OPENING.search(self.text, lo, word.start()):
                return None
        return body

    def _pronoun(self, m: SpeakerMention, content: tuple[int, int] | None):
        lw = m.text.lower()
        if lw == "who":
            if m.antecedent is not None:
                return self.resolve(m.antecedent)
            return None, "person", None
        if lw in ("he", "she"):
            self._speaking_pronouns.add(m.start)
            person = self._antecedent(m.start, PRONOUN_GENDER[lw], content)
            if person is None:
                return None, "person", None
            return self._found(person, m, None)
        if lw == "it":
            near = [name for pos, name in self._last_org if pos < m.start and self._sentences_between(pos, m.start) <= 2]
            if near and len(set(near[-2:])) == 1 and not self._other_subject_before(m.start, near[-1]):
                return near[-1], "organization", self.speakers[near[-1]]["role"]
            return None, "organization", None
        return None, m.kind, None

    def _other_subject_before(self, pos: int, body: str) -> bool:
        """Whether the sentence of "it" at pos opens with a name other than `body`: "Pamalakaya, a
        fisherfolk group, organised the trip as it urged China to ..." is no China's."""
        ss = self.sentences[self._sentence_index(pos)][0]
        lead = _CAP_WORDS.match(self.text, ss, pos)
        if lead is None or _key(lead.group().split()[0]) in _RUN_OPENERS:
            return False
        return _strip_possessive(lead.group()) not in body and body not in lead.group()

    def _sentence_index(self, pos: int) -> int:
        return min(bisect_right(self._sentence_ends, pos), len(self.sentences) - 1)

    def _sentences_between(self, a: int, b: int) -> int:
        return self._sentence_index(b) - self._sentence_index(a)

    def _antecedent(self, pos: int, gender: str, content: tuple[int, int] | None = None) -> Person | None:
        """The person "he" or "she" at pos refers to (`_nearest_named`), unless the pronoun's own
        sentence describes someone before it whom that person is not: "Ruwan Wanigasooriya, a
        spokesman, ... Following his win, the new president gave a speech where he said": the
        spokesman is no president, so "he" stays unresolved."""
        person = self._nearest_named(pos, gender, content)
        if person is None or not person.role_words or self.text[max(0, pos - 2):pos].strip() == ",":
            return person  # ("The Republican nominee, he said, watched": the one described is in what was said)
        own_start = self.sentences[self._sentence_index(pos)][0]
        if any(own_start <= at < pos and isinstance(who, _Partial) and who.head
               and who.gender in (None, gender) and _key(who.head) not in person.role_words
               for at, who in self._described):
            return None
        return person

    def _nearest_named(self, pos: int, gender: str, content: tuple[int, int] | None = None) -> Person | None:
        """The person "he" or "she" at pos refers to: the nearest sentence that names someone decides.

        In that sentence, the persons whose gender agrees: one of them is the answer; several, the
        one who spoke there, else the sentence's subject (its first-named person) when that one
        agrees; anyone named only in part, or a subject of the other gender before the one who
        agrees, leaves it unresolved. Sentences wholly inside a quotation are passed over: they are
        the speaker's own words. The pronoun's own sentence is read only for a clause ("who he
        said") or to stop: a rival of its gender named there outside what was said leaves it
        unresolved; a name inside what was said is not a rival ("The trial of prison chief Duch
        will start in March, he said").
        """
        si = self._sentence_index(pos)
        if _RELATIVE_BEFORE.search(self.text, max(0, pos - 8), pos):
            if (earlier := self._subject_pronoun_before(si, pos, gender)) is not None:
                return self._nearest_named(earlier, gender)  # "In March, he fired X during which he said"
            subject = self._own_subject(si, pos)
            if subject is not None:
                return subject if isinstance(subject, Person) and subject.gender == gender else None
        if self._named_before(pos, gender, content):
            return self._opening_subject(pos, gender, content)
        if self._unknown_opening_subject(si, pos, gender):
            return None
        read = 0
        for k in range(si - 1, max(-1, si - 12), -1):
            ss, se = self.sentences[k]
            if self._all_quoted(ss, se):
                continue  # the speaker's own words, between the pronoun and who said them
            read += 1
            if read > 3:
                break
            se = min(se, pos)
            lo, hi = (bisect_left(self._mentions, x, key=_position) for x in (ss, se))
            named = [who for _, who in self._mentions[lo:hi] if who.likely]
            first_at, first = self._first_mention(lo, hi)
            if isinstance(first, Person) and not first.likely and first.gender in (None, gender) \
                    and self.text[ss:first_at].strip(" \"“‘'") in ("", first.given):
                return None  # its opening subject: named in full, nothing tells a person or which gender
            if not named or self._pronoun_subject(ss, gender, lo, hi):
                continue

            agree = [w for w in named if w.gender in (None, gender)]
            distinct = list({id(w): w for w in agree}.values())
            if not distinct:
                continue
            if any(isinstance(w, _Partial) for w in distinct):
                # Someone named in part, after a subject named in full: the subject, as with two
                # full names; a partial subject leaves it unresolved.
                subject = named[0]
                return subject if isinstance(subject, Person) and subject is distinct[0] \
                    and subject.gender == gender else None
            if len(distinct) == 1:
                at = next(p for p, w in self._mentions[lo:hi] if w is distinct[0])
                return None if self._unknown_subject(ss, at) else distinct[0]
            spoke = self._one_who_spoke(lo, hi, distinct, named)
            if spoke is not None:
                return spoke or None
            subject = self._subject_of(ss, lo, hi, named)
            return subject if any(subject is d for d in distinct) and subject.gender == gender else None
        return None

    def _subject_of(self, ss: int, lo: int, hi: int, named: list):
        """The subject among those the sentence at ss names: the first, or the first after an
        opening phrase of time or circumstance ("Shortly after Shakiyev’s announcement, Japarov
        backed the idea": Japarov)."""
        adjunct = OPENING_ADJUNCT.match(self.text, ss)
        if adjunct is not None:
            after = [w for p, w in self._mentions[lo:hi] if p >= adjunct.end() and w.likely]
            if after:
                return after[0]
        return named[0]

    def _first_mention(self, lo: int, hi: int) -> tuple[int, Person | _Partial | None]:
        """The first of the mentions lo..hi, and who it is: where a word may be two people ("Hillary" of
        "Crooked Hillary", a nickname, and of Hillary Clinton), the one likely a person."""
        if lo >= hi:
            return 0, None
        first_at = self._mentions[lo][0]
        there = [w for p, w in self._mentions[lo:hi] if p == first_at]
        return first_at, next((w for w in there if w.likely), there[0])

    def _unknown_opening_subject(self, si: int, pos: int, gender: str) -> bool:
        """Whether the pronoun's own sentence opens, before it, with a full name nothing shows to be
        a person ("Daiyrbek Orunbekov had written articles wherein he accused the president"): "he"
        may well be that subject, so nobody named earlier is taken."""
        ss = self.sentences[si][0]
        lo, hi = (bisect_left(self._mentions, x, key=_position) for x in (ss, pos))
        if lo >= hi:
            return False
        first_at, first = self._first_mention(lo, hi)
        return isinstance(first, Person) and not first.likely and first.gender in (None, gender) \
            and not self._in_quote(first_at) and self.text[ss:first_at].strip(" \"“‘'") in ("", first.given)

    def _one_who_spoke(self, lo: int, hi: int, distinct: list, named: list):
        """ "..., the spokesman, Neth Sok, told reporters. “...,” he said": the one of `distinct` who
        spoke in the mentions lo..hi; False when two spoke there ("X said ..., while Y wrote ..."): "he"
        may be either; None when nobody spoke there, or the one who spoke did so only as the owner of
        a claim the subject answered ("Vaile dismissed Tuckey's suggestion that ... He said"): the
        sentence's subject is then read as usual."""
        spoke = {id(w): w for p, w in self._mentions[lo:hi]
                 if self._speaking.get(p) is w and any(w is d for d in distinct)}
        if len(spoke) > 1:
            return False
        if len(spoke) == 1:
            owner = any(p in self._speaking and OWNED_CLAIM.match(self.text, p) for p, _ in self._mentions[lo:hi])
            return None if owner and named[0] not in spoke.values() else next(iter(spoke.values()))
        return None

    def _unknown_subject(self, ss: int, at: int) -> bool:
        """Whether the sentence's subject, before the one person it names at `at`, is a capitalised
        name the article ties to no one ("Bloomberg endorsed his rival, Joe Biden"): "he" after it
        may be that subject, so it is not the person named."""
        known = {w for p in self.people for w in (p.name, p.surname, p.bare, p.given, p.paternal) if w}
        for m in _NAME_THEN_VERB.finditer(self.text, ss, at):
            words = m.group(1).split()
            if self._in_quote(m.start(1)) or any(_key(w) in _NONSPEAKER_CAPS or _key(w) in DATE_WORDS
                                                 or _key(w) in COUNTRIES or _key(w) in DEMONYMS
                                                 or _key(w) in GENERIC_BODIES for w in words):
                continue
            if m.group(1) in self.bodies or any(m.group(1) in b.split() for b in self.bodies):
                continue
            if m.group(1) in known or words[-1] in known:
                continue
            if len(words) == 1 and not self.text[ss:m.start(1)].strip(" \"“‘'") and _common_noun(self.text, words[0]):
                continue  # "Fitness was a big factor, according to Kidston": a noun opening the sentence
            return True
        return False

    def _pronoun_subject(self, ss: int, gender: str, lo: int, hi: int) -> bool:
        """Whether the sentence at ss opens with "he"/"she" of this gender before anyone it names
        ("He contradicted Mr Mbeki, who ..."): it speaks of the same person as the pronoun after it,
        so the sentences before it decide. A pronoun that speaks was resolved (or not) in its turn."""
        m = _PRONOUN_SUBJECT.match(self.text, ss)
        if m is None or PRONOUN_GENDER[m.group(1).lower()] != gender or m.start(1) in self._speaking_pronouns:
            return False
        return not any(p < m.start(1) for p, _ in self._mentions[lo:hi])

    def _subject_pronoun_before(self, si: int, pos: int, gender: str) -> int | None:
        """Where a "he" or "she" of this gender, outside quotation marks, stands in the sentence
        before anyone it names and before pos ("In March, he fired Education Minister Fabian Osuji in
        a broadcast during which he said"): the sentence's subject, whom the later pronoun means."""
        ss = self.sentences[si][0]
        lo = bisect_left(self._mentions, ss, key=_position)
        first_named = self._mentions[lo][0] if lo < len(self._mentions) else pos
        for w in _HE_OR_SHE.finditer(self.text, ss, min(pos, first_named)):
            if not self._in_quote(w.start()) and PRONOUN_GENDER[w.group().lower()] == gender:
                return w.start()
        return None

    def _own_subject(self, si: int, pos: int) -> Person | _Partial | None:
        """ "Mr. Ban spoke with Barack Obama, who he said assured him": a pronoun in a clause of its
        own sentence refers to the sentence's subject, the first person it names."""
        lo, hi = (bisect_left(self._mentions, x, key=_position) for x in (self.sentences[si][0], pos))
        return next((who for _, who in self._mentions[lo:hi] if who.likely), None)

    def _named_before(self, pos: int, gender: str, content: tuple[int, int] | None) -> bool:
        """Whether the pronoun's own sentence, before it and outside what was said, names someone it
        could refer to ("Thomas' sister pleaded with him, but he replied"): the sentences before
        are then no safe guide."""
        ss = self.sentences[self._sentence_index(pos)][0]
        if (hearer := _HEARER_OPENER.match(self.text, ss, pos)) is not None:
            ss = hearer.end()  # "Speaking to Martin Smith of PBS, he said": Smith listened
        for w in _WORD.finditer(self.text, ss, pos):
            if self._in_quote(w.start()) or (content and content[0] <= w.start() < content[1]):
                continue
            word = re.sub(r"[’']s?$", "", w.group())
            if any(word in (p.surname, p.given, p.bare) and p.likely and p.gender in (None, gender)
                   for p in self.people):
                return True
        return False

    def _opening_subject(self, pos: int, gender: str, content: tuple[int, int] | None) -> Person | None:
        """ "While Mr. Karzai has said X, he has said Y", "Ruiz sent a letter to Tom Hale, giving him
        what she called help": the one person of the pronoun's gender its own sentence names before
        it, when that person is the sentence's subject (opening it, after a time phrase or a role at
        most, or speaking in a concessive clause), not an owner ("Hale's lawyer"), and nobody
        described ("a man", "his lawyer") comes between."""
        ss = self.sentences[self._sentence_index(pos)][0]
        lo, hi = (bisect_left(self._mentions, x, key=_position) for x in (ss, pos))
        around = [(p, w) for p, w in self._mentions[lo:hi]
                  if not self._in_quote(p) and not (content and content[0] <= p < content[1])]
        if not around:
            return None
        first_at, person = around[0]
        if not isinstance(person, Person) or not person.likely or person.gender != gender \
                or any(w is not person and w.gender in (None, gender) for _, w in around):
            return None
        lead = self.text[ss:first_at].strip(" \"“‘'")
        lead = re.sub(r"(?:\s+[A-Z]\.)+$", "", lead).removesuffix(person.given).strip()
        words = lead.split(",")[-1].split()  # after an opening time phrase: role words only
        before = self.text[ss:first_at].rstrip()
        name_at = ss + len(before) - len(person.given) if person.given and before.endswith(person.given) else first_at
        if {first_at, name_at} & self._speaking.keys() and self._quoted_lead(ss, name_at):
            lead, words = "", []  # '"...," said Tom Hale; he added': the one who spoke
        if not _SUBJECT_LEAD.fullmatch(lead) or (lead.split()[:1] and lead.split()[0] in _CONCESSIVE
                                                  and first_at not in self._speaking) \
                or any(
                    w.lower() in _NONSPEAKER_CAPS or w in CLAUSE_WORDS or w in AUXILIARIES
                    or w.islower() and w.endswith(("ed", "ing")) for w in words if w not in _CONCESSIVE):
            return None  # "While Hale was away, he said" may be anyone; "While Hale has said X, he said" is Hale
        surname = person.bare if self.text.startswith(person.bare, first_at) else person.surname
        if any(self.text.startswith(("’", "'"), p + len(surname)) for p, w in around if w is person):
            return None
        at = self.text.find(surname, first_at, first_at + 80)
        after = at + len(surname) if at >= 0 else first_at
        if own := _APPOSITIVE_AFTER.match(self.text, after, min(len(self.text), after + 90)):
            after = own.end()  # "Tom Hale, the minister; he ...": his own post is nobody else
        described = (w for d in _DESCRIBED.finditer(self.text, after, pos) for w in d.group(1).split())
        return None if any(w in _ONE_PERSON_HEADS for w in described) else person

    def _quoted_lead(self, ss: int, pos: int) -> bool:
        """Whether the sentence opens with a quotation and its cue just before pos ('"...," said')."""
        lead = self.text[ss:pos]
        return lead.lstrip()[:1] in "\"“" and re.search(r"[”\"],?\s*(?:[a-z]+\s+){0,2}$", lead) is not None

    def _all_quoted(self, ss: int, se: int) -> bool:
        """Whether a sentence lies wholly inside a quotation (a middle sentence of a long quote)."""
        span = self.text[ss:se]
        first = ss + len(span) - len(span.lstrip(" \n\t“”\"‘’'"))
        last = ss + len(span.rstrip(" \n\t.,;:!?“”\"‘’'")) - 1
        if first > last:
            return False
        i = bisect_right(self._quote_starts, first) - 1
        return i >= 0 and self.quoted[i][0] <= first and last < self.quoted[i][1]

    def _add(self, name: str, kind: str, role: str | None, alias: str) -> None:
        sp = self.speakers.get(name)
        if sp is None:
            sp = self.speakers[name] = {"kind": kind, "role": role, "aliases": []}
        if role and not sp["role"]:
            sp["role"] = role
        if alias and alias not in sp["aliases"]:
            sp["aliases"].append(alias)
