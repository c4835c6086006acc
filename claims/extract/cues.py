"""The words of attribution: the verbs and phrases that report speech, and which of them can do what.

One place for every cue list of the quote reader (claims.extract.quotes): `CUE` finds the cue
words in a text; the sets say what a cue found there can take (a hearer, an inverted speaker, an
infinitive, a named thing...). Every word of every set is one `CUE` can find
(tests/test_quotes.py checks it): a word it cannot find would never fire. The figure reader's verbs
(who claims or disputes a figure, "One resident said") are at the end, as tuples.
"""

from __future__ import annotations

import re

SAY_WORDS = ("say|says|said|saying|tells|told|telling|adds|added|adding|note|notes|noted|noting|argue|argues|"
             "argued|arguing|claim|claims|claimed|claiming|stated|stating|write|writes|wrote|writing|tweets|"
             "tweeted|tweeting|announce|announces|announced|announcing|explain|explains|explained|explaining|"
             "insist|insists|insisted|insisting|warn|warns|warned|acknowledge|acknowledges|acknowledged|"
             "acknowledging|admit|admits|admitted|admitting|concede|concedes|conceded|conceding|declares|"
             "declared|declaring|assert|asserts|asserted|asserting|contend|contends|contended|contending|"
             "maintain|maintains|maintained|predict|predicts|predicted|predicting|promise|promises|promised|"
             "promising|vow|vows|vowed|vowing|deny|denies|denied|denying|confirm|confirms|confirmed|confirming|"
             "report|reports|reported|reporting|reply|replies|replied|replying|respond|responds|responded|"
             "responding|recall|recalls|recalled|recalling|stress|stresses|stressed|stressing|emphasize|"
             "emphasizes|emphasized|emphasizing|complain|complains|complained|complaining|charge|charges|"
             "charged|allege|alleges|alleged|alleging|testify|testifies|testified|remark|remarks|remarked|"
             "observe|observes|observed|joke|jokes|joked|joking|boast|boasts|boasted|brag|brags|bragged|lament|"
             "laments|lamented|retort|retorts|retorted|quip|quips|quipped|counter|counters|countered|continue|"
             "continues|continued|ask|asks|asked|asking|urge|urges|urged|urging|reveal|reveals|revealed|"
             "revealing|post|posts|posted|describe|describes|described|describing|call for|calls for|call on|"
             "calls on|called|calling|question|questions|questioned|questioning|accuse|accuses|accused|accusing|"
             "criticize|criticizes|criticized|criticizing|praise|praises|praised|praising|blast|blasts|blasted|"
             "demand|demands|demanded|demanding|exclaim|exclaimed|shout|shouted|yell|yelled|chant|chanted|"
             "caution|cautioned|proclaim|proclaimed|agree|agrees|agreed|dispute|disputes|disputed|dismiss|"
             "dismisses|dismissed|mused|muse|went on|goes on|wonder|wondered|wonders|talked about|talks about|"
             "talking about|talk about|spoke about|spoke of|speaks about|speaking about|asked about|"
             "commented on|comments on|commenting on|joked about|complained about|boasted about|bragged about|"
             "warned of|warned about|decried|decries|denounced|denounces|condemned|condemns|condemning|mocked|"
             "mocks|mocking|attacked|attacking|defended|defends|defending|proposed|proposes|touted|touts|hailed|"
             "hails|thanked|applauded|apologized for|lashed out at|criticised|called on|calling on|calling for|"
             "estimate|estimates|estimated|clarified|clarify|inform|informed|informs|assure|assured|assures|"
             "reiterate|reiterated|reiterates|concluded|conclude|concludes|threaten|threatened|threatens|"
             "threatening|mention|mentions|mentioned|mentioning|recount|recounted|recounts|summarize|summarized|"
             "opine|opines|opined|indicate|indicated|indicates|tell|warning|repeat|repeats|repeated|repeating|remind|"
             "reminds|reminded|reminding|congratulate|congratulates|congratulated|congratulating|dismissing|"
             "touting|assuring|commented|emphasise|emphasises|emphasised|emphasising|criticise|criticises|"
             "criticising|summarise|summarised|apologised for|read|reads|pointed out|points out|pointing out|"
             "point out")


def _trie_pattern(words: list[str], top: bool = True) -> str:
    """One regex alternation for many words, shared prefixes factored out.

    Python's re tries the branches of an alternation one by one at every position; as a trie
    it rejects most positions at the first character, which keeps the cue scan fast.
    """
    groups: dict[str, list[str]] = {}
    done = False
    for w in words:
        if w:
            groups.setdefault(w[0], []).append(w[1:])
        else:
            done = True
    parts = []
    for ch, rest in sorted(groups.items()):
        head = f"[{ch}{ch.upper()}]" if top and ch.isalpha() else re.escape(ch)
        parts.append(head + _trie_pattern(rest, top=False))
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if done:
        body = "(?:" + body + ")?"
    return body


# A cue word, capitalised or not ("Says" in a headline), as a whole word.
# "states" is a cue only in lower case before what was stated: "the United States said" and
# "member states said" are the noun.
CUE = re.compile(r"(?<![\w\-’'])(?:" + _trie_pattern(sorted(set(SAY_WORDS.split("|")) | {"according to"}))
                 + r"|states(?=\s*(?:that\b|:|[“\"]|,\s*[“\"]))"
                 # A release's "Ian Gambles, Director, comments:" (never "his comments angered").
                 + r"|comments(?=\s*:)"
                 # A court's or judge's finding: "ruled Wednesday that", never "ruled out" or "ruled the country".
                 + r"|rul(?:ed|es|ing)(?=\s+(?:(?:on\s+)?[A-Za-z]+\s+)?that\s+(?!out\b|in\b|over\b))"
                 # What a study, poll or inquiry found: "The poll found that 83 percent ...", never "found
                 # that hard to believe".
                 + r"|f(?:ound|inds)(?=\s+that\s+(?!(?:hard|difficult|easy|strange|odd|interesting|surprising|"
                 r"funny|useful|helpful|impossible|unacceptable|out)\b)))(?![\w\-’'])")

# Cues that take a hearer before the content: "told reporters that", "urged Congress to".
TELL_CUES = {"accuse", "accused", "accuses", "accusing", "ask", "asked", "asking", "asks", "assure", "assured",
             "assures", "blast", "blasted", "blasts", "called", "calling", "criticize", "criticized",
             "criticizes", "criticizing", "describe", "described", "describes", "describing", "dismiss",
             "dismissed", "dismisses", "dispute", "disputed", "disputes", "inform", "informed", "informs",
             "praise", "praised", "praises", "praising", "promise", "promised", "promises", "promising",
             "question", "questioned", "questioning", "questions", "remind", "reminded", "tell", "telling",
             "tells", "threaten", "threatened", "threatening", "threatens", "told", "urge", "urged", "urges",
             "urging", "warn", "warned", "warning", "warns"}

# Cues that also work inverted after a quote: '"...," said Peskov.'
INVERTIBLE = {"according to", "acknowledged", "added", "adds", "argued", "asked", "asks", "cautioned",
              "conceded", "concluded", "continued", "continues", "countered", "declared", "explained",
              "explains", "insisted", "joked", "noted", "notes", "observed", "quipped", "read", "reads", "recalled",
              "recalls", "remarked", "replied", "replies", "responded", "said", "says", "stressed", "tells", "told",
              "tweeted", "warned", "went on", "writes", "wrote", "reported", "reports", "stated",
              "announced", "admitted", "claimed", "commented", "confirmed", "emphasised", "emphasized",
              "exclaimed", "boasted", "predicted", "maintained", "asserted", "complained"}

# Cues that only mean speech with a content clause or a quote; alone they are ordinary verbs.
WEAK_CUES = {"accuse", "accused", "accuses", "accusing", "agree", "agreed", "agrees", "blast", "blasted",
             "blasts", "called", "calling", "charge", "charged", "charges", "conclude", "concluded",
             "concludes", "confirm", "confirmed", "confirming", "confirms", "continue", "continued",
             "continues", "counter", "countered", "counters", "criticize", "criticized", "criticizes",
             "criticizing", "demand", "demanded", "demanding", "demands", "describe", "described", "describes",
             "describing", "dismiss", "dismissed", "dismisses", "dispute", "disputed", "disputes", "estimate",
             "estimated", "estimates", "goes on", "indicate", "indicated", "indicates", "maintain",
             "maintained", "maintains", "mention", "mentioned", "mentioning", "mentions", "observe", "observed",
             "observes", "post", "posted", "posts", "praise", "praised", "praises", "praising", "question",
             "questioned", "questioning", "questions", "read", "reads", "recall", "recalled", "recalling",
             "recalls", "remark", "remarked", "remarks", "report", "reported", "reporting", "reports",
             "threaten", "threatened", "threatening", "threatens", "went on", "wonder", "wondered", "wonders"}

# Cue words that are nouns too: "struck an upbeat note", "a brief remark", "a tough question".
NOUN_CUES = {"note", "notes", "remark", "remarks", "question", "questions", "claim", "claims", "report", "reports",
             "promise", "promises", "warning", "charge", "charges", "counter", "demand", "demands", "estimate",
             "estimates", "post", "posts", "reply", "replies", "joke", "jokes", "quip", "quips", "retort", "retorts",
             "boast", "boasts", "lament", "laments", "dispute", "disputes", "tweets", "caution", "praise"}
TELL_HEARER_CUES = {"assured", "assures", "informed", "reminded", "reminds", "tell", "telling", "tells", "told"}

# Cues that name something: their content is the name given, in quotation marks.
NAMING_CUES = {"called", "calling"}

# Cues of "as X reported, ...": the report is what the writer relays.
AS_CUES = {"argued", "argues", "explained", "explains", "noted", "notes", "observed", "recalled", "recalls",
           "reported", "reports", "said", "says", "tells", "told", "writes", "wrote"}

# Nouns of speech whose possessor is the speaker: "Holt's call for a levee", "her claim that ...".
NOMINAL_CUES = {"call for", "calls for", "claim", "claims"}

# Cues that report speech with an infinitive: "claims to have", "urged Congress to act".
INFINITIVE_CUES = {"ask", "asked", "asking", "asks", "called", "calling", "claim", "claimed", "claiming",
                   "claims", "demand", "demanded", "demanding", "demands", "denied", "denies", "deny",
                   "promise", "promised", "promises", "promising", "said", "say", "says", "tell", "telling",
                   "tells", "threaten", "threatened", "threatening", "threatens", "told", "urge", "urged",
                   "urges", "urging", "vow", "vowed", "vowing", "vows", "warn", "warned", "warning", "warns"}

# Verbs that report speech whatever follows them.
STRONG_CUES = {"acknowledged", "acknowledges", "added", "adding", "adds", "admits", "admitted", "alleged",
               "alleges", "announced", "announces", "argue", "argued", "argues", "arguing", "asserted",
               "assured", "claim", "claimed", "claims", "complained", "conceded", "confirmed", "contended",
               "contends", "countered", "declared", "denied", "denies", "emphasized", "estimated", "estimates",
               "explained", "insist", "insisted", "insists", "maintained", "maintains", "noted", "notes",
               "noting", "predicted", "predicts", "promised", "recalled", "recalls", "reiterated", "replied",
               "reported", "reports", "responded", "revealed", "said", "say", "saying", "says", "stated",
               "stressed", "tell", "telling", "tells", "told", "tweeted", "vowed", "warned", "writes", "wrote"}

PARTICIPLE_CUES = {"accusing", "acknowledging", "adding", "admitting", "alleging", "announcing", "arguing",
                   "asking", "asserting", "calling", "claiming", "complaining", "conceding", "confirming",
                   "contending", "criticizing", "declaring", "demanding", "denying", "describing",
                   "emphasizing", "explaining", "insisting", "joking", "mentioning", "noting", "praising",
                   "predicting", "promising", "questioning", "recalling", "replying", "reporting", "responding",
                   "revealing", "saying", "stating", "stressing", "telling", "threatening", "tweeting",
                   "urging", "vowing", "warning", "writing", "repeating", "reminding", "emphasising",
                   "criticising", "dismissing", "assuring", "condemning", "touting", "pointing out",
                   "attacking", "mocking", "congratulating"}

# What people say things in: "a statement saying", "an email arguing".
# Hearer cues whose content may follow the hearer with no "that" or quotation: "told reporters the
# talks had failed", "urged Congress to act".
TELL_CONTENT_CUES = {"accused", "ask", "asked", "asks", "blasted", "called", "calling", "criticized",
                     "described", "describes", "describing", "praised", "questioned", "tell", "telling",
                     "tells", "told", "urged", "urges", "urging", "warned", "warning", "warns"}

# Cues only a document takes as subject: "A statement from the ministry read: ...".
DOCUMENT_CUES = {"read", "reads"}

# Speech acts whose content is their object: "praised X", "talked about X", "called for X".
OBJECT_CUES = {"accused", "accuses", "accusing", "apologized for", "applauded", "asked about", "attacked",
               "attacking", "blasted", "blasts", "boasted about", "bragged about", "call for", "called",
               "called on", "calling", "calling for", "calling on", "calls for", "calls on", "commented on",
               "commenting on", "comments on", "complained about", "condemned", "condemning", "condemns",
               "criticised", "criticized", "criticizes", "criticizing", "decried", "decries", "defended",
               "defending", "defends", "demanded", "demands", "denied", "denies", "denounced", "denounces",
               "described", "describes", "describing", "dismissed", "dismisses", "hailed", "hails",
               "joked about", "lamented", "laments", "lashed out at", "mentioned", "mentioning", "mentions",
               "mocked", "mocking", "mocks", "praised", "praises", "praising", "promised", "promises",
               "promising", "proposed", "proposes", "questioned", "questioning", "questions", "speaking about",
               "speaks about", "spoke about", "spoke of", "talk about", "talked about", "talking about",
               "talks about", "thanked", "touted", "touts", "warned about", "warned of"}

# Cues of putting questions: to a person they report nothing said ("Police questioned the suspect").
QUESTION_CUES = {"question", "questions", "questioned", "questioning"}
ASKING_CUES = {"ask", "asked", "asking", "asks", "called on", "calling on", "calls on", "urge", "urged",
               "urges", "urging"}

# Cues of admitting something: with a clause they report speech ("admitted the plan had failed"),
# with a plain noun phrase they record a fact admitted ("admitted his guilt", "acknowledged a
# procedure error", "conceded the race").
ADMISSION_CUES = {"acknowledge", "acknowledged", "acknowledges", "acknowledging", "admit", "admits", "admitted",
                  "admitting", "concede", "conceded", "concedes", "conceding"}


# -- the figure reader's verbs (claims.extract.figure_claimant, figure_shapes) ---------------------
# Tuples, not sets: they are read by the figure reader's own patterns, not by CUE.
# tests/test_figures_news.py checks that every word fires there.

# Verbs by which a subject claims the figures after them: "the ministry estimated 4,000 homes", and
# what a report says: "a new report finds", "figures show".
FIGURE_CLAIM_VERBS = (
    "claims", "claimed", "says", "said", "estimates", "estimated", "reports", "reported", "announced", "announces",
    "stated", "insist", "insists", "insisted", "argue", "argues", "argued", "allege", "alleges", "alleged", "assert",
    "asserts", "asserted", "maintain", "maintains", "maintained", "told", "believe", "believes", "believed",
    "predicts", "predicted", "forecasts", "projected", "boast", "boasts", "boasted", "say", "claim", "estimate",
    "added", "adds", "warned", "warns", "revealed", "reveals", "disclosed", "calculated", "calculates",
    "finds", "shows", "showed", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated")
# Verbs by which someone disputes a figure: "a figure the union disputes".
FIGURE_DISPUTE_VERBS = (
    "disputed", "disputes", "dispute", "denied", "denies", "deny", "rejected", "rejects", "contested", "contests",
    "questioned", "questions", "challenged", "challenges", "refuted", "refutes", "rebutted", "dismissed", "dismisses")
# "All told," is "in all": no verb of telling, for quotes and figures alike.
ALL_TOLD = re.compile(r"All\s+told\b")
# Verbs after "One man", "One MP" that make "one" someone speaking, not a count: "One resident said".
ONE_SPEAKER_VERBS = (
    "said", "says", "told", "tells", "added", "explained", "described", "recalled", "wrote", "writes", "writing",
    "suggested", "thinks", "thought", "believes", "remembered", "complained", "asked", "admitted", "claimed",
    "insisted", "argued", "noted", "commented", "posted", "tweeted")


def alternation(words: tuple[str, ...]) -> str:
    """A regex group matching any of `words`, longest first (so "says" is not read as "say")."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
