"""Who is speaking: the speaker mention next to a cue verb, and what it refers to in the article.

News names a speaker in a handful of shapes, and a cue verb ("said", "told") sits right after or
right before it:

    Kremlin spokesperson Dmitry Peskov said       role before the name
    Dmitry Peskov, the Kremlin spokesperson, said appositive role after the name
    President Volodymyr Zelenskyy of Ukraine said title and "of X" around the name
    Sen. Bernie Sanders (I-Vt.) said              party tag
    a spokeswoman for the campaign said           a role noun phrase, unnamed
    the White House said / officials said         organisations and groups
    he said / Peskov said / the spokesperson said pronouns, surnames, role references

`read_speaker_before` reads such a mention backwards from the cue; `read_speaker_after` reads the
inverted form ("said Peskov"). `claims.extract.resolve` turns mentions into the article's speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .given_names import EITHER, FEMALE, MALE
from .sentences import ABBREVIATIONS as _SENTENCE_ABBREVIATIONS
from .units import WEEKDAYS

ABBREVIATIONS = {a + "." for a in _SENTENCE_ABBREVIATIONS} | {"sens.", "reps.", "messrs.", "gens."}
_ABBREV_PATTERN = "|".join(sorted((re.escape(a[:-1]) for a in ABBREVIATIONS if "." not in a[:-1]), key=len, reverse=True))
# Words and punctuation, with the spans needed to cut mentions out of the text exactly.
# Abbreviations, initials and dotted acronyms keep their full stop ("Sen.", "J.", "U.S."); any
# other stop is a token of its own. An ampersand between capitals is inside a name ("PG&E", "AT&T").
# (The lookahead skips the long list of abbreviations at every word not followed by a full stop.)
TOKEN = re.compile(r"\b(?=[A-Za-z]+\.)(?i:" + _ABBREV_PATTERN + r")\.|(?:[A-Za-z]\.){2,}|[A-Z]\.(?!\w)"
                   r"|[^\W_](?:[\w’']|-(?!-)(?<!--)|\.(?=\w)|(?<=[A-Z])&(?=[A-Z]))*"
                   r"|\$?\d[\d,.%]*|[^\w\s]")
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organization", "i": "person",
            "we": "group", "you": "person", "who": None}
DETERMINERS = {
    "the", "a", "an", "one", "some", "many", "most", "several", "other", "few", "all", "both", "his", "her",
    "their", "its", "our", "my", "your", "these", "those", "another", "each", "two", "three", "four", "five",
    "six", "ten", "dozens", "hundreds", "thousands", "more", "no", "any", "such",
}
# Words that open a new clause: a speaker mention never reaches back across them.
CLAUSE_WORDS = {
    "that", "which", "when", "while", "because", "although", "though", "but", "or", "as", "after", "before",
    "if", "since", "so", "where", "whether", "than", "until", "unless", "what", "how", "why", "whom", "whose",
    "to", "in", "on", "at", "with", "by", "from", "about", "into", "over", "under", "during", "against",
    "without", "is", "was", "were", "are", "be", "been", "has", "had", "have", "will", "would", "not", "did",
    "does", "do", "can", "could", "should", "may", "might", "must", "there", "here", "also", "then", "now",
    "yet", "even", "just", "only", "still", "like", "said", "says", "told", "and", "nor", "this", "these",
}
# Between a speaker and the cue: "Peskov also said", "she has repeatedly said", "he would later say".
AUXILIARIES = {
    "also", "has", "have", "had", "would", "will", "later", "then", "previously", "repeatedly", "recently",
    "once", "again", "publicly", "reportedly", "just", "already", "often", "frequently", "first", "last",
    "earlier", "further", "even", "initially", "separately", "privately", "openly", "explicitly", "similarly",
    "subsequently", "ultimately", "finally", "long", "never", "not", "did", "does", "do", "is", "was",
    "were", "are", "been", "has", "could", "can", "may", "might", "should", "must", "shall", "once",
    "famously", "flatly", "simply", "quickly", "now", "still", "always", "too", "however", "himself",
    "herself", "themselves", "itself", "personally", "directly", "specifically", "clearly", "apparently",
    "essentially", "basically", "actually", "really", "immediately", "soon", "promptly", "ever", "overall",
}
DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
              "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year",
              "weekend"}
# Everyday nouns for people, capitalised at the start of a sentence before a name: "Voter Kitty Mak said".
EVERYDAY_PEOPLE = {"voter", "resident", "shopper", "protester", "demonstrator", "student", "pensioner", "passenger",
                   "commuter", "neighbour", "neighbor", "customer", "worker", "survivor", "witness", "fan",
                   "spectator", "villager", "tourist", "visitor", "parent", "teenager", "patient", "driver",
                   "volunteer", "organiser", "organizer", "homeowner", "motorist", "farmer", "pupil", "refugee",
                   "migrant"}
# Other languages' honorifics, as English news keeps them for their people: "Mme Spanton", "Herr Weber".
FOREIGN_HONORIFICS = {"mme", "mme.", "mlle", "mlle.", "madame", "mademoiselle", "monsieur", "herr", "frau",
                      "señor", "señora", "señorita", "senor", "senora", "signor", "signora", "signorina",
                      # Malaysian and Bruneian honours before a name: "Datuk Seri Ismail Sabri Yaakob".
                      "datuk", "dato", "dato'", "dato’", "datin", "seri"}
# Titles of popes and monarchs, known with their one name: "Pope Francis", "Queen Elizabeth II".
REGNAL_TITLES = {"pope", "king", "queen", "prince", "princess", "emperor", "empress"}
ROMAN_NUMERAL = re.compile(r"[IVX]{1,5}")
# Titles that precede a name; kept as the role, and never part of the name itself.
TITLES = {
    "class",  # "Sergeant First Class", "Petty Officer First Class": a rank's own words
    "airman", "seaman",  # enlisted ranks: "Senior Airman Michael Genther", "Seaman Ana Ruiz"
    "president", "sen.", "senator", "sens.", "rep.", "reps.", "representative", "gov.", "governor", "mr.",
    "mrs.", "ms.", "miss", "dr.", "prof.", "professor", "gen.", "general", "judge", "justice", "secretary",
    "speaker", "mayor", "chancellor", "minister", "rabbi", "rev.", "reverend", "pope", "father", "sister",
    "king", "queen", "prince", "princess", "lt.", "col.", "adm.", "admiral", "sgt.", "capt.", "captain",
    "cmdr.", "chairman", "chairwoman", "chair", "director", "ambassador", "commissioner", "sheriff",
    "detective", "officer", "chief", "attorney", "vice", "prime", "deputy", "former", "lord", "lady", "sir",
    "dame", "leader", "majority", "minority", "whip", "candidate", "nominee", "founder", "ceo", "executive",
    "spokesman", "spokeswoman", "spokesperson", "press", "white", "house", "state", "states", "united",
    "u.s.", "republican", "democratic", "democrat", "gop", "independent", "conservative", "liberal",
    "labour", "presidential", "supreme", "court", "lieutenant", "sergeant", "corporal", "private",
    "congressman", "congresswoman", "assemblyman", "assemblywoman", "councilman", "councilwoman",
    "delegate", "inspector", "superintendent", "dean", "coach", "pastor", "bishop", "cardinal", "imam",
    "sheikh", "emir", "sultan", "crown", "emperor", "empress",
    "first", "national", "federal", "foreign", "defense", "defence",
    "homeland", "security", "intelligence", "justice", "treasury", "health", "education", "energy",
    "interior", "commerce", "labor", "transportation", "agriculture", "general", "surgeon", "solicitor",
    "district", "city", "county", "council", "assembly", "senate", "committee", "campaign", "chairs",
    "adviser", "advisor", "senior", "top", "aide", "manager", "strategist", "pollster", "analyst",
    "economist", "correspondent", "anchor", "host", "editor", "reporter", "columnist", "author",
    "contributor", "commentator", "rnc", "dnc", "fbi", "cia", "nsa", "doj", "dhs", "epa", "nasa", "un", "nato",
    "eu",
    # British and Commonwealth usage: honorifics without a full stop, peers, members of parliaments.
    *FOREIGN_HONORIFICS,
    "mr", "mrs", "ms", "dr", "prof", "rev", "cllr", "councillor", "baroness", "baron", "dame", "mp", "mep",
    # ("Mister Kerry", "Justices Katju and Misra", "Special Agent in Charge McCabe")
    "mister", "missus", "justices", "judges", "senators", "charge",
    "msp", "mla", "qc", "kc", "shadow", "tory", "home", "chief", "archbishop", "taoiseach", "tánaiste", "pm",
    "pmos", "pms", "rt", "rt.", "hon", "hon.", "honourable", "honorable", "cfo", "coo", "cto",
    # Ranks of armed forces and police, whole or abbreviated: "Lt. Col.", "Lance Cpl.", "Det Supt".
    "colonel", "col", "major", "maj.", "maj", "brigadier", "commander", "cmdr", "corporal", "cpl.", "cpl", "lance",
    "sgt", "capt", "lt", "pte", "pte.", "marshal", "field", "squadron", "wing", "flight", "commodore", "rear",
    "warrant", "constable", "pc", "dc", "det", "det.", "supt", "supt.", "insp", "insp.", "staff", "brig.",
    "brig", "ensign", "petty",
    # Titles written with hyphens: "U.N. Secretary-General Ban Ki-moon".
    "secretary-general", "attorney-general", "director-general", "governor-general", "solicitor-general",
    "lieutenant-colonel", "lieutenant-general", "major-general", "brigadier-general", "vice-president",
    "vice-chancellor", "vice-chairman", "commander-in-chief", "editor-in-chief", "chief-of-staff",
    "under-secretary", "undersecretary", "u.n.", "uk", "u.k.", "e.u.",
    # Occupations written before a name, capitalised at the start of a sentence: "Broadcaster Piers Morgan".
    *"""broadcaster presenter journalist novelist historian campaigner activist lawyer barrister comedian actor
    actress singer musician writer poet playwright filmmaker producer chef architect scientist researcher academic
    lecturer teacher headteacher headmaster headmistress businessman businesswoman entrepreneur billionaire tycoon
    investor banker footballer striker midfielder goalkeeper boxer athlete cyclist golfer priest vicar doctor
    nurse consultant paramedic psychologist psychiatrist pundit blogger artist designer photographer explorer
    astronaut engineer physicist chemist biologist epidemiologist virologist philosopher sociologist
    criminologist astronomer mathematician diplomat envoy negotiator landlord farmer""".split(),
    # Offices and posts written before a name: "NASA Administrator Charles Bolden", "Prosecutor Kama Melly".
    *"""administrator prosecutor coroner magistrate investigator treasurer comptroller auditor registrar provost
    warden premier chairperson trustee advocate counsellor counselor councillor councilor alderman ombudsman curator
    principal referee
    skipper pilot firefighter agent assistant associate legislator lawmaker supervisor selectman clerk assessor
    bailiff chaplain deacon monsignor rector midwife pharmacist dentist assemblymember""".split(),
}
POSTNOMINALS = {"mp", "mla", "mep", "msp", "ms", "am", "qc", "kc", "obe", "cbe", "mbe", "kbe", "dbe", "mc", "frs", "phd",
                "jr", "jr.", "sr", "sr.", "cmg", "kcmg", "gcmg", "cb", "kcb", "gcb", "cvo", "lvo", "mvo", "kcvo",
                "dcvo", "qpm", "dl", "frse", "freng", "fmedsci", "frcp", "frcs", "dsc", "dso", "gc", "vc", "td",
                "t.d."}
# ("Mister", "Missus": VOA Special English spells them out.)
HONORIFICS = {"mr.", "mrs.", "ms.", "miss", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "mister", "missus"} \
    | FOREIGN_HONORIFICS
# Words before a name that are kept out of its role: honorifics and "The Rt Hon".
NOT_ROLES = HONORIFICS | {"rt", "rt.", "hon", "hon.", "honourable", "honorable"}
GIVEN_NAMES = MALE | FEMALE | EITHER
# Titles that only qualify a post ("Health Secretary", "Deputy Mayor", "Home Secretary"): a role
# never ends in one, so a name right after one is a body's ("the Canadian Public Health Infobase").
QUALIFIERS = {"health", "foreign", "defence", "defense", "interior", "education", "energy", "home", "vice",
              "deputy", "prime", "senior", "former", "state", "national"}
# Lowercase words that make up a role before a name: "Kremlin spokesperson", "former top aide".
ROLE_WORDS = {
    "spokesperson", "spokesman", "spokeswoman", "candidate", "presidential", "senator", "secretary", "director",
    "chief", "executive", "adviser", "advisor", "official", "leader", "chairman", "chairwoman", "chair",
    "president", "minister", "attorney", "general", "former", "then", "state", "national", "campaign",
    "press", "security", "deputy", "senior", "top", "communications", "manager", "strategist", "analyst",
    "economist", "lawyer", "host", "anchor", "reporter", "correspondent", "commentator", "columnist",
    "writer", "author", "co-author", "founder", "co-founder", "pollster", "governor", "mayor", "congressman", "lead",
    "congresswoman", "representative", "lawmaker", "nominee", "hopeful", "rival", "frontrunner",
    "front-runner", "billionaire", "businessman", "businesswoman", "mogul", "activist", "organizer",
    "member", "whip", "majority", "minority", "vice", "assistant", "aide", "staffer", "party", "counsel",
    "prosecutor", "judge", "justice", "officer", "commissioner", "ambassador", "envoy", "negotiator", "head",
    "editor", "professor", "researcher", "scientist", "expert", "consultant", "operative", "chairs",
    "policy", "foreign", "defense", "finance", "economic", "political", "legal", "military", "intelligence",
    "white", "house", "senate", "federal", "local", "county", "city", "district", "u.s.", "republican",
    "democratic", "conservative", "liberal", "independent", "progressive", "longtime", "veteran",
    "retired", "acting", "interim", "incoming", "outgoing", "current", "new", "first", "lady", "actor",
    "actress", "singer", "star", "comedian", "pastor", "rabbi", "bishop", "coach", "investor", "donor",
    "fundraiser", "ally", "friend", "son", "daughter", "wife", "husband", "brother", "sister", "mother",
    "father", "running", "mate", "contender", "challenger", "incumbent", "colleague", "associate",
    "partner", "owner", "chief", "cofounder", "sheriff", "detective", "inspector", "economy", "media",
    "digital", "social", "health", "education", "investigative", "legislative", "chief-of-staff", "staff",
    "of", "and", "campaign’s", "campaign's", "party’s", "party's", "administration’s", "administration's",
    # Titles that open with a participle: "managing director", "commanding officer", "ranking member".
    "managing", "organizing", "organising", "presiding", "commanding", "founding", "visiting", "consulting",
    "supervising", "ranking", "investigating", "arresting",
}
# Heads of unnamed speaker noun phrases: "officials said", "the campaign said".
PERSON_HEADS = {
    "spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor", "source", "expert",
    "analyst", "critic", "supporter", "lawmaker", "leader", "president", "senator", "governor", "candidate",
    "judge", "justice", "lawyer", "attorney", "prosecutor", "officer", "agent", "investigator", "researcher",
    "economist", "strategist", "pollster", "voter", "resident", "protester", "activist", "member", "staffer",
    "chairman", "chairwoman", "director", "secretary", "minister", "ambassador", "mayor", "sheriff", "chief",
    "commissioner", "manager", "host", "anchor", "reporter", "correspondent", "author", "writer", "editor",
    "columnist", "nominee", "frontrunner", "front-runner", "billionaire", "businessman", "mogul",
    "congressman", "congresswoman", "representative", "speaker", "whip", "man", "woman", "insider",
    "operative", "donor", "delegate", "observer", "organizer", "witness", "neighbor", "friend", "colleague",
    "student", "worker", "employee", "executive", "owner", "professor", "scientist", "doctor", "physician",
    "consultant", "ally", "rival", "opponent", "challenger", "incumbent", "veteran", "father", "mother",
    "son", "daughter", "wife", "husband", "commentator", "blogger", "user", "teacher", "parent", "negotiator",
    "envoy", "diplomat", "general", "commander", "soldier", "trooper", "counsel", "clerk", "chair",
    "person", "individual", "participant", "respondent", "republican", "democrat", "conservative",
    "liberal", "progressive", "independent", "moderate", "guy", "people", "police", "authorities", "men",
    "women", "children", "staff", "fan", "follower", "backer", "defender", "detractor", "skeptic", "voice",
    "official’s", "hopeful", "contender", "surrogate", "group",
    # Relatives and the people around someone: "Hale's brother said", "her solicitor said".
    "brother", "sister", "uncle", "aunt", "cousin", "niece", "nephew", "grandmother", "grandfather", "partner",
    "girlfriend", "boyfriend", "fiancé", "fiancée", "widow", "widower", "neighbour", "solicitor", "barrister",
    "boss", "predecessor", "successor", "deputy", "teammate", "landlord", "tenant",
    # Offices, trades and parts people play in a story, which a name may follow in commas.
    "selectman", "selectwoman", "alderman", "councilman", "councilwoman", "councillor", "legislator",
    "administrator", "superintendent", "coroner", "ombudsman", "chairperson", "treasurer", "registrar",
    "magistrate", "principal", "headteacher", "coach", "captain", "pilot", "survivor", "victim", "eyewitness",
    "bystander", "passenger", "driver", "nurse", "surgeon", "paramedic", "firefighter", "trustee", "defendant",
    "plaintiff", "juror", "inspector", "constable", "detective", "campaigner", "pupil", "farmer", "shopkeeper",
    "miner", "refugee", "migrant", "player", "chef", "historian", "engineer", "architect",
    # People of the internet and of causes: "Kazakh Internet enthusiast Ivan Petrov".
    "enthusiast", "influencer", "youtuber", "streamer", "podcaster", "vlogger", "netizen", "advocate",
    "champion", "admirer",
}
ORG_HEADS = {
    "government", "administration", "campaign", "ministry", "department", "agency", "committee", "statement",
    "report", "poll", "survey", "newspaper", "paper", "website", "site", "memo", "letter", "document",
    "filing", "complaint", "lawsuit", "release", "announcement", "company", "firm", "office", "council",
    "court", "party", "organization", "organisation", "union", "association", "group", "network", "outlet",
    "magazine", "board", "commission", "panel", "team", "spokesperson’s", "coalition", "caucus",
    "institute", "center", "foundation", "bureau", "service", "station", "channel", "kremlin", "tweet",
    "post", "video", "ad", "advertisement", "editorial", "article", "story", "book", "study", "analysis",
    "data", "records", "statistics", "figure", "estimate", "indictment", "ruling", "decision", "bill", "measure",
    "plan", "proposal", "order",
    "note", "message", "email", "e-mail", "transcript", "account", "op-ed", "column", "blog", "page",
    "version", "list", "brief", "motion", "summary", "account", "platform", "message", "speech", "interview",
    "military", "army", "navy", "police", "tribunal", "regime", "junta", "embassy", "ministry", "bank",
    "trust", "charity", "authority", "consulate", "school", "university", "college", "hospital", "airline",
    "club", "federation", "society", "council", "inquiry", "regulator", "watchdog", "charity", "force",
    "movement", "broadcaster", "publisher", "retailer", "carmaker",
}
# Nouns for what someone claims, owned by them before "that": "Tuckey's suggestion that ...".
CLAIM_NOUNS = {"suggestion", "claim", "claims", "assertion", "allegation", "allegations", "proposal", "argument",
               "contention", "insistence", "warning", "prediction", "view"}
# Someone's claim owned by a name, then its content: "Tuckey's suggestion that ...".
OWNED_CLAIM = re.compile(r"(?P<owner>(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w.\-]*)['’]s\s+"
                         r"(?P<noun>" + "|".join(sorted(CLAIM_NOUNS)) + r")\s+that\s+")
# What a person or body issues and the news quotes as if it spoke: "a statement from the ministry said".
DOCUMENTS = {"statement", "letter", "report", "email", "e-mail", "post", "tweet", "message", "release", "memo",
             "note", "announcement", "video", "blog", "filing", "submission", "notice", "bulletin", "communique",
             "poll", "survey", "study", "analysis", "summary", "judgment", "ruling", "website", "webpage",
             "account", "guidance", "newsletter", "transcript", "document", "manifesto", "leaflet", "brochure",
             "statistics", "data", "figures", "estimates", "records", "research", "projections", "forecast",
             "forecasts", "tally", "complaint", "indictment", "lawsuit", "petition", "affidavit", "estimate",
             "projection", "count", "calculation", "calculations"}
# Where a document is posted, not who wrote it: "a Facebook post", "a YouTube video".
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin", "telegram", "whatsapp", "snapchat",
             "reddit", "weibo", "substack", "x", "truth", "threads", "bluesky", "mastodon"}
ISSUED = {"released", "issued", "posted", "published", "sent", "put", "signed", "written", "circulated", "done",
          "conducted", "commissioned", "compiled", "produced"}
# Bodies named by their kind alone ("the Government", "Police"): a description, like "the company".
GENERIC_BODIES = {
    "government", "police", "ministry", "council", "court", "company", "firm", "department", "agency",
    "committee", "administration", "office", "army", "navy", "union", "board", "commission", "cabinet",
    "authority", "bank", "group", "campaign", "party", "report", "study", "survey", "poll", "statement",
    "paper", "newspaper", "website", "staff", "forces", "service", "services", "military", "tribunal", "regime",
    "junta", "embassy", "force",
}
# Words that make a capitalised name an organisation rather than a person.
ORG_WORDS = {
    "house", "department", "ministry", "committee", "campaign", "party", "news", "times", "post", "journal",
    "council", "government", "commission", "agency", "court", "congress", "senate", "university",
    "institute", "foundation", "association", "union", "bureau", "office", "network", "inc.", "corp.",
    "company", "group", "center", "centre", "centers", "centres", "administration", "press", "tribune", "herald",
    "guardian", "telegraph", "reuters", "bloomberg", "politico", "cnn", "msnbc", "fox", "nbc", "abc", "cbs", "npr",
    "bbc", "kremlin", "pentagon", "police", "army", "navy", "forces", "force", "ministry", "parliament",
    "cabinet",
    "bank", "fund", "coalition", "caucus", "council", "board", "service", "services", "authority",
    "organization", "organisation", "alliance", "league", "club", "church", "school", "college",
    "hospital", "trust", "project", "initiative", "partners", "pac", "media", "magazine", "daily", "weekly",
    "review", "gazette", "express", "mail", "star", "sun", "observer", "insider", "examiner", "breitbart",
    "staff", "nations", "republicans", "democrats", "klan", "lab", "laboratory", "museum", "airlines",
    "motors", "foundation", "chamber", "federation", "society", "movement", "front", "brigade", "ap",
    "afp", "cnbc", "wsj", "nyt", "senate", "legislature", "assembly", "facebook", "twitter", "google",
    "apple", "microsoft", "amazon", "youtube", "hamas", "hezbollah", "taliban", "isis", "nato", "eu", "un",
    "fbi", "cia", "nsa", "doj", "dhs", "epa", "irs", "gop", "rnc", "dnc", "aclu", "naacp", "nra", "wikileaks",
    "politifact", "gallup", "quinnipiac", "rasmussen", "pew", "monmouth", "marist", "ipsos", "yougov",
    "partnership", "holdings", "limited", "ltd", "plc", "llp", "llc", "inc", "corporation", "agency",
    "radio", "television", "tv", "broadcasting", "newspaper", "channel", "embassy", "consulate",
    "tribunal", "regulator", "watchdog", "inquiry", "charity", "survey", "observatory", "library", "directorate",
    "inspectorate", "secretariat", "jazeera", "community",
    # and words that end only a body's name: "Human Rights Watch", "Amnesty International", "the World
    # Food Programme", "the Florida Highway Patrol", "the Coast Guard", "the Royal Swedish Academy".
    "watch", "international", "programme", "program", "patrol", "guard", "academy", "bulletin", "institution",
    "archive", "panel",
}
# Last words of the names of shows, events, prizes and buildings ("The Doris Day Show", "the Nobel
# Prize", "Heathrow Airport"): a person's name inside one is not a second person; what speaks for the
# thing is its organisers. Only words that are not also surnames.
NAMED_THINGS = {"show", "awards", "festival", "podcast", "stadium", "airport", "avenue", "boulevard",
                "championship", "championships", "trophy", "marathon", "prize", "olympics", "cathedral", "hotel",
                "theatre", "theater", "gallery", "series", "tournament", "expo", "sitcom"}
# Words of ORG_WORDS that are a body's proper name, not a kind of body: after a given name, a surname.
NAMES_OF_BODIES = {"bloomberg", "reuters", "politico", "fox", "guardian", "herald", "tribune", "express", "star",
                   "sun", "observer", "gallup", "pew", "monmouth", "marist", "rasmussen", "apple", "amazon",
                   "google", "times", "post", "mail", "press"}
# Parties speak as organisations: "Labour said", "the Tories claimed".
PARTIES = {"labour", "tories", "tory", "conservatives", "democrats", "republicans", "lib dems", "liberal democrats",
           "snp", "ukip", "greens", "plaid cymru", "sinn fein", "sinn féin", "dup", "gop", "reform", "fianna fáil",
           "fianna fail", "fine gael", "likud", "ndp", "anc"}
# A nationality as a speaker describes people, it names no one.
DEMONYMS = {"american", "british", "briton", "english", "scottish", "scot", "welsh", "irish", "french", "german",
            "russian", "ukrainian", "chinese", "japanese", "indian", "pakistani", "israeli", "palestinian",
            "iranian", "iraqi", "syrian", "afghan", "canadian", "australian", "european", "african", "asian",
            "mexican", "brazilian", "italian", "spanish", "dutch", "polish", "turkish", "egyptian", "saudi",
            "korean", "kenyan", "nigerian", "muslim", "christian", "jewish", "catholic", "protestant"}
GROUP_WORDS = {"democrats", "republicans", "americans", "conservatives", "liberals", "progressives",
               "officials", "critics", "supporters", "voters", "evangelicals", "independents", "russians",
               "ukrainians", "europeans", "activists", "protesters", "residents", "authorities", "police"}
COUNTRIES = set("""
afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium
bolivia bosnia brazil britain bulgaria cambodia canada chile china colombia croatia cuba cyprus czechia denmark
egypt estonia ethiopia finland france georgia germany ghana greece hungary iceland india indonesia iran iraq
ireland israel italy japan jordan kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania
luxembourg malaysia mexico moldova mongolia montenegro morocco myanmar nepal netherlands nigeria norway oman
pakistan palestine panama peru philippines poland portugal qatar romania russia rwanda serbia singapore
slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan thailand tunisia turkey
turkmenistan uganda ukraine uzbekistan venezuela vietnam yemen zimbabwe washington moscow kyiv kiev beijing
london paris berlin tehran jerusalem brussels ankara damascus baghdad tokyo seoul pyongyang havana
caracas riyadh cairo warsaw rome madrid ottawa canberra delhi islamabad kabul minsk tbilisi
""".split())
# Speech by a place or state institution is the institution speaking: "Russia claims", "Kyiv said".
# Words that stand before a name as a title ("Treasury Secretary", "NASA Administrator") but name
# a body when they stand alone ("The Treasury said").
BODY_TITLES = {"treasury", "pentagon", "congress", "parliament", "fbi", "cia", "nsa", "doj", "dhs", "epa", "nasa", "un",
               "nato", "eu", "rnc", "dnc", "gop"}
# States named in more than one word or by their initials, which a reader of news meets speaking
# ("The United States called", "South Korea said"): an organisation, as "Russia claims" is.
STATES = {
    "united states", "united kingdom", "united arab emirates", "u.s.", "us", "usa", "u.s.a.", "uk", "u.k.",
    "south korea", "north korea", "saudi arabia", "new zealand", "sri lanka", "south africa", "south sudan",
    "czech republic", "dominican republic", "central african republic", "hong kong", "el salvador",
    "costa rica", "ivory coast", "sierra leone", "north macedonia", "papua new guinea", "burkina faso",
    "east timor", "puerto rico", "vatican", "whitehall", "westminster", "holyrood",
}

# American states of one word, which a title's place may end in: "Senator from Vermont Bernie Sanders".
US_STATES = set("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
""".split())

# Places that own an organisation in "Saudi Arabia's Civil Defense Authority", "Britain's Office
# for National Statistics": the name is what follows the possessive.
OWNER_PLACES = COUNTRIES | {"arabia", "africa", "korea", "zealand", "lanka", "kong", "america", "europe", "england",
                            "scotland", "wales", "state", "city", "county", "province", "region"}

_NONSPEAKER_CAPS = {
    "but", "and", "so", "yet", "or", "still", "meanwhile", "however", "now", "then", "later", "earlier",
    "also", "in", "on", "at", "after", "before", "when", "while", "as", "if", "asked", "speaking", "today",
    "yesterday", "this", "that", "these", "those", "last", "next", "there", "here", "instead", "indeed",
    "moreover", "furthermore", "separately", "similarly", "again", "ultimately", "finally", "first",
    "second", "third", "although", "though", "because", "since", "despite", "during", "for", "from", "with",
    "without", "by", "to", "of", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "what",
    "why", "how", "where", "who", "which", "one", "some", "many", "all", "both", "each", "another", "other",
    "several", "most", "few", "not", "no", "yes", "well", "even", "just", "only", "like", "unlike",
    "according", "under", "over", "among", "amid", "through", "via", "per", "let", "thus", "hence",
    "recently", "previously", "initially", "eventually", "once", "about", "nor", "either", "neither",
    "perhaps", "maybe", "clearly", "obviously", "sure", "lastly", "additionally", "notably", "specifically",
    "interestingly", "importantly", "unfortunately", "fortunately", "ironically", "overall", "otherwise",
}
# Lower-case particles of family names: "van der Berg", "de la Cruz", "bin Salman".
NAME_PARTICLES = {"de", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "da", "di", "del", "dos", "y", "ter",
                  "ten", "zu", "ibn", "el", "das", "do", "dela", "delos", "della", "degli"}
CONNECTORS = {"of", "for", "de", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "da", "di",
              "del", "dos", "dela", "delos", "della", "y", "on", "the", "and", "&"}

NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
POSTMODIFIERS = {"surveyed", "polled", "interviewed", "questioned", "contacted", "asked", "involved", "present",
                 "there", "here"}
# Heads of poll-respondent phrases: "nearly half said", "a third said", "most say".
QUANTITY_HEADS = {"half", "third", "quarter", "majority", "minority", "plurality", "most", "many", "some", "few",
                  "others", "another", "both", "all", "percent", "one", "two", "three", "none", "neither",
                  "several", "dozens", "hundreds", "thousands"}

# A possessive word ends the words owning what follows: "VOA's", "Fox News'".
_OWNER_ENDINGS = ("'s", "’s", "s'", "s’")
AGE = re.compile(r"[\w\-]+-(?:year|month|week)s?-old")
NAME_RUN = re.compile(r"[A-Z][\w’'\-]+\.?(?:\s[A-Z][\w’'\-]+\.?){1,3}(?![\w’'\-])")
PARTY_TAG = re.compile(r"^\((?:[RDI]|Rep|Dem|Ind)?[-–,.\s]*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)$")


@dataclass
class SpeakerMention:
    """A speaker as written next to its cue, with what can be read off the words themselves."""

    start: int
    end: int
    text: str
    name: str | None  # the name part ("Dmitry Peskov"), or the noun phrase when unnamed
    role: str | None = None
    kind: str = "person"
    pronoun: bool = False
    head: str | None = None  # head noun of an unnamed phrase ("spokesperson"), for role references
    antecedent: SpeakerMention | None = None  # for "who": the mention it hangs on
    common: bool = False  # a description ("the company", "analysts"), not a name

    def placed(self, start: int, end: int, text: str) -> SpeakerMention:
        """A copy of this reading at a place in the text (as dataclasses.replace, without its cost on the
        hot path of reading every capitalised run of an article)."""
        return SpeakerMention(start, end, text, self.name, self.role, self.kind, self.pronoun, self.head,
                              self.antecedent, self.common)


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Tokens of text[lo:hi] as (start, end, word); a full stop stays on abbreviations and initials only."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, lo, hi)]


# Arabic and related family-name particles written in lower case and joined by a hyphen
# ("Suleiman al-Amr", "Omar el-Bashir"): the word counts as capitalised, a part of the name.
NAME_PARTICLE = (r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ibn|bin|abu)-|(?:de|di|da|du|la|le|van|von)(?=[A-Z][a-z]))"
                 r"(?=[A-Z])")
_PARTICLE_WORD = re.compile(NAME_PARTICLE)
# A region's prefix on a capitalised name inside a title: "SBA mid-Atlantic Regional Administrator".
_REGION_PREFIX = re.compile(r"(?:mid|pan)-(?=[A-Z])")


def _is_cap(word: str) -> bool:
    """Whether a word counts as capitalised in a name or title: "Hale", "al-Amr", "dePalo", "mid-Atlantic"."""
    return word[0].isupper() or (word[0] in "aeibudlv" and _PARTICLE_WORD.match(word) is not None) \
        or (word[0] in "mp" and _REGION_PREFIX.match(word) is not None)


def _lower(word: str) -> str:
    return word.lower()


_OBJECT_PRONOUNS = {"us": "we", "me": "i", "him": "he", "them": "they"}
_WORD = re.compile(r"[\w’'\-]+")
# Words a gerund's own subject follows: "despite them calling for", "with officials saying".
GERUND_LEADS = {"despite", "with", "without", "amid", "after", "before"}


# A person's full name, then "from" and where they work, right before the cue: "Dr Mark McCarthy
# from the National Climate Centre (NCIC) at the Met Office said", as "of" the body reads.
_NAME_FROM_BODY = re.compile(r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?[A-Z][\w’'\-]+"
                             r"(?:\s+[A-Z][\w’'\-.]+){1,2})\s+from\s+"
                             r"(?P<body>(?:the\s+)?[A-Z][\w’'&\-]*(?:\s+(?:[A-Z][\w’'&\-]*|of|for|and|the|at|"
                             r"\([A-Z]{2,8}\)))*)\s*$")


def _name_from_body(text: str, lo: int, cue_start: int) -> SpeakerMention | None:
    """ "Dr Mark McCarthy from the Met Office said": the full name speaks, where they work is the role.
    Only where the name opens what stands before the cue ("Experts led by Tom Hale from ..." is no such)."""
    start = max(lo, cue_start - 160)
    if " from " not in text[start:cue_start]:
        return None  # (most cues have no "from" before them: the pattern is not tried)
    m = _NAME_FROM_BODY.search(text, start, cue_start)
    if m is None:
        return None
    before = text[max(lo, m.start() - 30):m.start()].rstrip()
    if before and before[-1] not in ",.;:!?\"“”":
        return None
    words = m.group("name").split()
    found = classify_name(text, m.start("name"), m.end("name"), words)
    if found is None or found.kind != "person" or not found.name or " " not in found.name \
            or found.name.split()[0].lower() not in GIVEN_NAMES:
        return None
    end = m.end("body")
    return SpeakerMention(m.start(), end, text[m.start():end], found.name, role=m.group("body"), kind="person")


def read_speaker_before(text: str, lo: int, cue_start: int) -> SpeakerMention | None:
    """The speaker mention that ends right before a cue verb at cue_start, reading no further left than lo.

    Auxiliaries and adverbs between the two are skipped ("Peskov also said", "he has repeatedly
    said"), as are time phrases ("Peskov on Tuesday said") and "went on to", "continued to".
    """
    if (held := _name_from_body(text, lo, cue_start)) is not None:
        return held
    toks = _tokens(text, max(lo, cue_start - 130), cue_start)
    i = len(toks) - 1
    # Skip auxiliaries, -ly adverbs and time phrases between the speaker and the cue.
    while i >= 0:
        w = toks[i][2].lower()
        if w in AUXILIARIES and not (i >= 1 and _name_goes_on(toks, i)) \
                or (w.endswith("ly") and toks[i][2].islower() and len(w) > 4 and w not in PERSON_HEADS):
            # ("Mrs May said": a capitalised word after an honorific is the name, not the verb "may".)
            i -= 1
        elif w == "to" and i >= 1 and (toks[i - 1][2].lower() in ("continued", "continues", "continue")
                                       or i >= 2 and toks[i - 1][2].lower() == "on"
                                       and toks[i - 2][2].lower() in ("went", "goes", "go", "going")):
            i -= 2 if toks[i - 1][2].lower() != "on" else 3  # "Dittmar went on to add", "Hale continued to insist"
        elif w in DATE_WORDS and not _day_in_a_name(toks, i):
            i -= 1
            if i >= 0 and toks[i][2].lower() in ("on", "last", "this", "late", "early", "on"):
                i -= 1
                if i >= 0 and toks[i][2].lower() in ("on",):
                    i -= 1
        else:
            break
    if i < 0:
        return None
    if toks[i][2] in _OBJECT_PRONOUNS:
        # "the tests let us conclude", "made him say": no subject of the cue here; "despite them
        # calling for a ban": the subject of a gerund, as "they" is of a verb.
        cue = _WORD.match(text, cue_start)
        if cue is None or not cue.group().endswith("ing") or i < 1 or toks[i - 1][2].lower() not in GERUND_LEADS:
            return None  # ("sent an email to him praising his speech": the email praises)
        subject = _OBJECT_PRONOUNS[toks[i][2]]
        return SpeakerMention(toks[i][0], toks[i][1], toks[i][2], None, kind=PRONOUNS[subject], pronoun=True)
    if toks[i][2] in DASHES and not _at_line_start(text, toks[i][0]):
        # "Officials in both states — Ohio and Indiana — said": the speaker is before the aside.
        j = next((x for x in range(i - 1, max(-1, i - 25), -1) if toks[x][2] in DASHES), None)
        if j is None or j == 0:
            return None
        return _read_np_backwards(text, toks, j - 1)
    m = _read_np_backwards(text, toks, i)
    if m is not None and m.start > 0 and text[m.start - 1] == "@" and m.end == toks[i][1] and " " not in m.text:
        return SpeakerMention(m.start - 1, m.end, "@" + m.text, "@" + m.text, kind="person")  # a handle
    m = _with_company_suffix(text, toks, m)
    return _with_initialled_body(text, toks, m) or _with_description(text, toks, m)


_COMPANY_SUFFIXES = {"inc", "ltd", "corp", "co", "llc", "llp", "plc", "gmbh", "ag", "s.a", "n.v"}


def _with_company_suffix(text: str, toks, m: SpeakerMention | None) -> SpeakerMention | None:
    """A company's suffix after its comma closes the company's name, never a speaker of its own:
    "Google, Inc. said" is Google, Inc.; "A former employee of Google, Inc. has said" the employee."""
    if m is None or " " in m.text or m.text.rstrip(".").lower() not in _COMPANY_SUFFIXES:
        return m
    k = next((x for x, t in enumerate(toks) if t[0] == m.start), None)
    if k is None or k < 2 or toks[k - 1][2] != ",":
        return None
    before = _read_np_backwards(text, toks, k - 2)
    if before is None:
        return None
    whole = text[before.start:m.end]
    if before.common or before.pronoun:
        return before.placed(before.start, m.end, whole)
    return SpeakerMention(before.start, m.end, whole, f"{before.name}, {m.text}", before.role, kind="organization")


def _with_initialled_body(text: str, toks, m: SpeakerMention | None) -> SpeakerMention | None:
    """A titled full name read before a cue, after the body whose post it is, with the body's
    initials in brackets: "Acting Customs and Border Protection [CBP] Commissioner Mark Morgan said"
    is Mark Morgan, the whole phrase his mention (so it meets the quotation before it)."""
    if m is None or m.kind != "person" or not m.name or " " not in m.name or m.common:
        return None
    k = next((x for x, t in enumerate(toks) if t[0] == m.start), None)
    if k is None or k < 4 or toks[k - 1][2] not in (")", "]"):
        return None
    opening = next((x for x in range(k - 2, max(-1, k - 5), -1) if toks[x][2] in ("(", "[")), None)
    if opening is None or opening < 1 or not _is_cap(toks[opening - 1][2]):
        return None
    b = opening - 1
    while b - 1 >= 0 and (_is_cap(toks[b - 1][2]) or toks[b - 1][2].lower() in ("of", "for", "and", "&")):
        b -= 1
    while b < opening and not _is_cap(toks[b][2]):
        b += 1
    while b < opening and toks[b][2].lower() in CLAUSE_WORDS | DETERMINERS:
        b += 1  # ("While American Association of Retired Persons (AARP) Policy Director ...")
    start = toks[b][0]
    titled = m.role if m.role and m.text.startswith(m.role) else None  # (not "of the Labour Party" after it)
    role = " ".join(w for w in (text[start:m.start].strip(), titled) if w)
    return SpeakerMention(start, m.end, text[start:m.end], m.name, role=role, kind="person")


def _with_description(text: str, toks: list[tuple[int, int, str]], m: SpeakerMention | None) -> SpeakerMention | None:
    """A body's name read before a cue, with the description of its kind before it if there is one:
    "the Fijian newspaper Sunday Post reported", "the charity Oxfam said"."""
    if m is None or m.common or m.pronoun:
        return m
    at = next((x for x, t in enumerate(toks) if t[0] == m.start), None)
    described = None
    for j in range(at - 1 if at else -1, max(-1, (at or 0) - 7), -1):
        described = _described_body_name(text, toks[j:], m) or described
    return described or m


DASHES = {"—", "–", "--"}
# First words of an aside between a speaker and the cue that tells where or how, not who.
ASIDE_OPENERS = {"in", "at", "to", "with", "by", "on", "during", "after", "before", "speaking", "writing", "citing",
                 "via", "through", "while", "when", "asked", "responding", "referring", "addressing", "quoted",
                 "reporting"}
OBJECT_PREPOSITIONS = {"of", "for", "in", "at", "from", "to", "with", "by", "on", "near", "about", "against"}


def _at_line_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \u00a0\t":
        k -= 1
    return k < 0 or text[k] == "\n"


def _read_np_backwards(text: str, toks: list[tuple[int, int, str]], i: int, loose: bool = True) -> SpeakerMention | None:
    """A speaker noun phrase ending at token i, read right to left, with what it is "for" or "of".

    "a spokeswoman for the mayor", "an aide to Senator Ober": the head on the left is the speaker.
    """
    if (unclosed := _unclosed_appositive(text, toks, i)) is not None:
        return unclosed
    m = _read_np_core(text, toks, i, loose)
    if m is None or m.pronoun:
        return m
    if m.common and m.head in DOCUMENTS and (owner := _document_owner(text, toks, m)) is not None:
        return owner
    k = next((x for x in range(i, -1, -1) if toks[x][0] == m.start), None)
    if k is not None and k >= 2 and _body_on(toks, k - 1) and (whole := _with_body_on(text, toks, k - 2, i)):
        return whole  # "a State Committee on Workers' Safety spokeswoman": the body's post, no object of "on"
    if k is not None and m.name and not m.common:
        if (holder := _post_of_body_holder(text, toks, k, m)) is not None:
            return holder
        k = _behind_modifiers(toks, k)
    if k is not None and k >= 3 and toks[k - 1][2].lower() in ("the", "a", "an"):
        k -= 1  # "officials in the two states"
    if k is not None and (posted := _title_to_body(text, toks, k, i, loose)) is not None:
        return posted
    if k is not None and k >= 2 and toks[k - 1][2].lower() in ("for", "of", "at", "to", "with", "on", "in", "from") \
            and toks[k - 2][2].lower().rstrip("s") in PERSON_HEADS:
        head = _read_common_np(text, toks, k - 2)
        if head is not None:
            mention = text[head.start:m.end]
            return SpeakerMention(head.start, m.end, mention, head.name and mention, role=mention if head.kind == "person"
                                  else None, kind=head.kind, head=head.head, common=head.common)
    if k is not None and (owner := _owned_object(toks, k)) is not None:
        k = owner
    if k is not None and k >= 1 and toks[k - 1][2].lower() in OBJECT_PREPOSITIONS:
        # "a spokesman for the government of President Robert Mugabe", "director of studies in
        # New York": the name is the object of a preposition, never the one speaking. The phrase
        # it hangs on speaks, if it reads as a speaker; otherwise nobody here does.
        prep = toks[k - 1][2].lower()
        if prep in ("from", "by") and k >= 2 and m.name and (not m.common or m.kind == "organization"):
            # "A statement from the Ministry of Defence said", "a post by Amy Cook", "a statement
            # released by Erdogan's office": the document speaks for whoever issued it.
            n = k - 2
            if toks[n][2].lower() in ISSUED:
                n -= 1
            if n >= 0 and (toks[n][2].lower() in DOCUMENTS or toks[n][2].lower()[:-1] in DOCUMENTS):
                doc = _read_common_np(text, toks, n)
                owners = [t[2][:-2] for t in toks if doc is not None and doc.start <= t[0] < toks[n][0]
                          and t[2].endswith(("'s", "’s"))]
                if owners and owners[-1].lower() not in DATE_WORDS:
                    # "RIAA's notice published by GitHub": the owner wrote it; who published it did not.
                    # ("Thursday's report from the Labor Department": a day owns nothing.)
                    return _document_owner(text, toks, doc)
                if doc is not None:
                    return SpeakerMention(doc.start, m.end, text[doc.start:m.end], m.name, role=m.role, kind=m.kind,
                                          head=m.head if m.common else None, common=m.common)
        outer = _read_np_backwards(text, toks, k - 2, loose) if prep in ("of", "for") and k >= 2 else None
        if outer is None or outer.pronoun:
            return None
        mention = text[outer.start:m.end]
        return SpeakerMention(outer.start, m.end, mention, outer.name, role=outer.role, kind=outer.kind,
                              head=outer.head, common=outer.common)
    return m


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_POST_NOUNS = TITLES | PERSON_HEADS
_NOT_BODY_NAME = GIVEN_NAMES | CONNECTORS | TITLES


# A sentence opening with a participle phrase whose comma the writer left out: "Commenting on the
# statistics Edward Davey, Secretary of State for Energy and Climate Change said:".
_OPENING_PARTICIPLE_PHRASE = re.compile(r"(?:^|[.!?\n]\s*)(?:Commenting|Speaking|Responding|Reacting|Writing|"
                                        r"Welcoming|Announcing|Launching|Visiting)\s[^,.;:!?“”\"]*\s$")


def _unclosed_appositive(text, toks, i) -> SpeakerMention | None:
    """ "Tom Hale, Chief Executive of the Kestria Trust said:", "Ann Ober, OBE MC MP said", "Dale
    Ruiz, Kestria Homes Land Director said:": an
    appositive whose closing comma the writer left out. The full name before the comma speaks; the
    words after it are a post, or letters after a name, with no name of their own. The name must
    open its clause: after a preposition or a verb ("a letter to Tom Hale, director ...") it speaks
    for no one."""
    if "," not in text[toks[max(0, i - 11)][0]:toks[i][0]]:
        return None
    c = i
    while c > i - 12 and c > 0 and toks[c][2] != ",":
        if not (toks[c][2][0].isalpha() or toks[c][2] in ("&", "-")):  # ("E-Act", "O’Neill Trust": words)
            return None
        c -= 1
    if toks[c][2] != "," or c == i or c < 1 or not _is_cap(toks[c - 1][2]):
        return None
    post = [t[2] for t in toks[c + 1:i + 1]]
    lpost = [w.lower() for w in post]
    letters = all(w in POSTNOMINALS for w in lpost)
    caps = next((post[:n] for n, w in enumerate(post) if not _is_cap(w)), post)
    head = next((post[:n] for n, w in enumerate(lpost) if w in ("of", "for", "at", "to", "in", "with")), post)
    # "Chief Executive of ...", "Area Manager at the HCA", "Kestria Homes Land Director", "film
    # critic for Gannett News Service": a post.
    titled = lpost[0] in TITLES or lpost[0] in PERSON_HEADS or any(w.lower() in _POST_NOUNS for w in caps) \
        or bool(head) and head[-1].islower() and _post_word(head[-1])
    if lpost[0] in HONORIFICS:
        return None  # "..., Ms Palaszczuk said": an honorific and a name, someone's own mention, no post
    # A given name after the comma is someone else's, unless it opens the post as a title ("Dean of").
    if not (letters or titled) \
            or any(w in GIVEN_NAMES and not (n == 0 and w in TITLES) for n, w in enumerate(lpost)) \
            or not letters and len(post) < 2:
        return None
    name = _read_name(text, toks, c - 1)
    if name is None or name.kind != "person" or name.common or not name.name or " " not in name.name:
        return None
    before = text[max(0, name.start - 3):name.start].rstrip()
    if before and before[-1] not in '.,:;!?"“”\n' \
            and not _OPENING_PARTICIPLE_PHRASE.search(text, max(0, name.start - 160), name.start):
        return None  # the name opens its clause ("After meeting Ann Ober, Kestria Police said": no)
    end = toks[i][1]
    role = " ".join(w for w in (name.role, _ARTICLE.sub("", text[toks[c + 1][0]:end])) if w)
    return SpeakerMention(name.start, end, text[name.start:end], name.name, role=role, kind="person")


def _post_of_body_holder(text, toks, k: int, m: SpeakerMention) -> SpeakerMention | None:
    """ "speaker of the parliament Ali Larijani", "head of the agency Ann Ober": a lower-case post of
    a body, then its holder's full name, opening with a known given name. The holder speaks."""
    if m.kind != "person" or " " not in m.name or m.name.split()[0].lower() not in GIVEN_NAMES:
        return None
    name_at = text.find(m.name, m.start, m.end)
    k = next((x for x in range(k, len(toks)) if toks[x][0] == name_at), k)  # past role words read into m
    j = k
    while j >= 1 and k - j < 3 and toks[j - 1][2].islower() and toks[j - 1][2] not in ("of", "for"):
        j -= 1
    if j < 2 or toks[j - 1][2] != "of" or not _post_word(toks[j - 2][2]) \
            or not any(t[2].lower() in ORG_WORDS for t in toks[j:k]) \
            or not all(t[2] in ("the", "a") or t[2].lower() in ORG_WORDS for t in toks[j:k]):
        return None
    post = _read_common_np(text, toks, j - 2) or SpeakerMention(toks[j - 2][0], toks[j - 2][1], toks[j - 2][2], None)
    start = post.start
    role = _ARTICLE.sub("", text[start:toks[k][0]].strip())
    return SpeakerMention(start, m.end, text[start:m.end], m.name, role=role, kind="person")


def _behind_modifiers(toks, k: int) -> int:
    """Where the phrase starts when up to three words before a name at token k (the ones it does not
    take as its own role: "Shiite cleric", "the opposition", "worldwide victim group") follow a
    preposition: "30 legislators loyal to Shiite cleric Moqtada al-Sadr threatened" (the legislators
    speak, not the cleric); "Tom Hale of campaign group Clean Rivers said" (Hale speaks).
    Otherwise k."""
    j = k
    while j >= 1 and k - j < 3:
        w = toks[j - 1][2]
        lw = w.lower()
        if not w.rstrip("'’").isalpha() or lw in CLAUSE_WORDS or lw in AUXILIARIES or lw in DATE_WORDS \
                or lw in _NONSPEAKER_CAPS \
                or (w.islower() and lw.endswith(("ed", "ing", "ly"))):
            break
        j -= 1
    if j >= 2 and toks[j - 1][2].lower() in ("the", "a", "an"):
        j -= 1
    return j if j < k and j >= 1 and toks[j - 1][2] in OBJECT_PREPOSITIONS else k


def _document_owner(text, toks, m: SpeakerMention) -> SpeakerMention | None:
    """A document speaks for whoever the words before it name: "Cornyn's statement added", "Ann
    Lee's letter said", "the Kestria Herald report said". The mention stays as written."""
    words = [t for t in toks if m.start <= t[0] and t[1] <= m.end][:-1]
    if words and words[0][2].lower() in ("the", "a", "an"):
        words = words[1:]
    owner = [x for x, w in enumerate(words) if w[2].endswith(("'s", "’s"))]
    if owner and all(w[2].islower() or w[2].lower() in PLATFORMS for w in words[owner[-1] + 1:]):
        # "Ann Pryce's Twitter post", "the WHO's situation report": the owner's, wherever posted, of whatever kind.
        words = words[:owner[-1] + 1]
    if not words:
        return None
    last = words[-1][2]
    owned = last.endswith(("'s", "’s"))
    if not all(_is_cap(w[2]) for w in words):
        head = last[:-2].lower() if owned else ""
        if head in ORG_HEADS and len(words) <= 2 and m.text[:4].lower() == "the ":
            # "The court's summary": the body described, which the article may name.
            return SpeakerMention(m.start, m.end, m.text, m.text, kind="organization", head=head, common=True)
        return None
    names = [w[2] for w in words[:-1]] + [last[:-2] if owned else last]
    if not owned and words[0][2][0].isdigit():
        return None
    if names[0].lower() in PLATFORMS:
        return None  # "a Twitter post by Amy Cook": the platform carries it, someone else wrote it
    issuer = classify_name(text, words[0][0], words[-1][1] - (2 if owned else 0), names)
    if issuer is None or issuer.common or not issuer.name or issuer.kind == "group":
        return None
    kind = issuer.kind
    if len(names) == 1 and not owned and ("." in names[0] or names[0].isupper()):
        kind = "organization"  # "the News.com.au report", "the IMF report"
    return SpeakerMention(m.start, m.end, m.text, issuer.name, role=issuer.role, kind=kind, head=m.head)


def _owned_object(toks, k: int) -> int | None:
    """Where the phrase starts when the name at token k closes a phrase owned by someone that is
    the object of a preposition: "the founding president of Zimbabwe's opposition Movement for
    Democratic Change promised" (the movement does not speak, its president does)."""
    j = k - 1
    while j >= 1 and k - j <= 3 and toks[j][2].isalpha() and toks[j][2].islower() and toks[j][2] not in CLAUSE_WORDS \
            and toks[j][2] not in AUXILIARIES and toks[j][2] not in DETERMINERS:
        j -= 1
    if j < 1 or not toks[j][2].endswith(("'s", "’s")):
        return None
    while j >= 1 and _is_cap(toks[j - 1][2]) and toks[j - 1][2].lower() not in CLAUSE_WORDS:
        j -= 1
    if j >= 1 and toks[j - 1][2].lower() in ("the", "a", "an"):
        j -= 1
    if j >= 2 and toks[j - 1][2].lower() in ("of", "for") and _is_cap(toks[j - 2][2]) \
            and toks[j - 2][2].lower() in ORG_WORDS:
        return None  # "the Department of Labor's Occupational Safety and Health Administration": one owner's name
    return j if j >= 1 and toks[j - 1][2].lower() in OBJECT_PREPOSITIONS else None


# Places whose names are made of title words ("United States Attorney").
_TITLED_PLACES = {"united states", "united kingdom", "united nations", "united arab emirates", "european union",
                  "white house"}


def _title_to_body(text, toks, k: int, i: int, loose: bool) -> SpeakerMention | None:
    """ "Former US Ambassador to the United Nations Nikki Haley", "the UN envoy to Syria Ann Ober",
    "Special Representative for Iran Tom Hale": a post held "to" or "for" a body or country, then
    the holder's full name, which is the speaker; the post is the role. The object at k..i must be
    that body or country (capitalised words, not ending in a title) and a name after it: in "an aide
    to Senator Ann Ober" the aide speaks, not the senator. A post "for" or "of" a body ("UK director
    of Amnesty International Kate Allen") reads so only when a given name shows where the body's
    name ends: "the head of Kestria Grid Energy" is no one."""
    prep = toks[k - 1][2].lower() if k >= 2 else ""
    if prep not in ("to", "of", "for") or toks[k - 2][2].lower() not in PERSON_HEADS | TITLES:
        return None
    b = k + 1 if toks[k][2].lower() == "the" else k
    given = next((p for p in range(b + 1, i) if toks[p][2].lower() in GIVEN_NAMES),
                 i - 1 if prep == "to" else None)
    if given is None or given <= b or not _full_name(toks, given, i) or not all(
            _is_cap(t[2]) and not t[2].endswith(_OWNER_ENDINGS) for t in toks[b:given]):
        return None
    held = [t[2].lower() for t in toks[b:given]]
    if held[-1] in TITLES and not (" ".join(held) in _TITLED_PLACES or held[-1] in BODY_TITLES | ORG_WORDS):
        return None  # "an aide to Senator Ann Ober", "a spokeswoman for Transport Secretary Ann Ober"
    post = _read_np_core(text, toks, k - 2, loose)
    if post is None or post.kind != "person" or post.pronoun:
        return None
    start, name_start, end = post.start, toks[given][0], toks[i][1]
    role = _ARTICLE.sub("", text[start:name_start].strip())
    return SpeakerMention(start, end, text[start:end], " ".join(t[2] for t in toks[given:i + 1]), role=role)


def _read_np_core(text: str, toks: list[tuple[int, int, str]], i: int, loose: bool = True) -> SpeakerMention | None:
    """A speaker noun phrase ending at token i, read right to left.

    `loose` also accepts an unknown lowercase noun as the head ("the bank said"): right before a
    cue verb it can only be the subject, but elsewhere it may as well be a verb.
    """
    s, e, w = toks[i]
    lw = w.lower()
    if lw in PRONOUNS and not (len(w) > 1 and w.isupper()):  # "WHO", "US", "IT" are initials, not pronouns
        if lw == "who":
            # "Trump, who said ...": the mention is "who", resolved to what it hangs on.
            ante = _who_antecedent(text, toks, i)
            kind = ante.kind if ante else "person"
            return SpeakerMention(s, e, w, None, kind=kind, pronoun=True, antecedent=ante)
        return SpeakerMention(s, e, w, None, kind=PRONOUNS[lw], pronoun=True)
    if w == "%" and i >= 1 and toks[i - 1][2][0].isdigit():
        # "47% say": a share of those polled.
        start = toks[i - 1][0]
        return SpeakerMention(start, e, text[start:e], text[start:e], kind="group", head="percent", common=True)
    if i >= 2 and toks[i - 1][2].lower() == "in" and (w[0].isdigit() or lw in NUMBER_WORDS):
        # Poll shares: "Six in 10 say", "one in three said".
        j = i - 2
        if toks[j][2][0].isdigit() or toks[j][2].lower() in NUMBER_WORDS:
            if j >= 1 and toks[j - 1][2].lower() in ("about", "nearly", "almost", "roughly", "some", "over"):
                j -= 1
            return SpeakerMention(toks[j][0], e, text[toks[j][0]:e], text[toks[j][0]:e], kind="group", head="in",
                                  common=True)
    if w == ")":
        return _bracketed(text, toks, i)
    if w == ",":
        return _read_appositive(text, toks, i) or _name_before_stray_comma(text, toks, i)
    if AGE.fullmatch(lw) and i >= 1 and toks[i - 1][2].lower() == "the":
        # "The 56-year-old said": someone the article gave that age, described by it.
        start = toks[i - 1][0]
        return SpeakerMention(start, e, text[start:e], None, role=text[start:e], head="year-old", common=True)
    if _is_cap(w) and not (lw in QUANTITY_HEADS and lw not in ("one", "two", "three")):
        return _read_name(text, toks, i)
    if lw in PERSON_HEADS or lw.rstrip("s") in PERSON_HEADS or lw in ORG_HEADS or lw[:-1] in ORG_HEADS \
            or lw in QUANTITY_HEADS:
        return _read_common_np(text, toks, i)
    if lw in DOCUMENTS and i >= 1 and toks[i - 1][2].endswith(_OWNER_ENDINGS):
        return _read_common_np(text, toks, i)  # "CNN's projections", "the council's figures": its owner's
    if lw in POSTMODIFIERS and i > 0:
        # "those surveyed say", "Cuban-Americans polled said": the noun before the participle.
        inner = _read_np_backwards(text, toks, i - 1)
        if inner is not None and not inner.pronoun or (inner is None and toks[i - 1][2].lower() in DETERMINERS):
            start = inner.start if inner is not None else toks[i - 1][0]
            mention = text[start:e]
            return SpeakerMention(start, e, mention, mention, kind="group", head=lw, common=True)
        return None
    if loose and w.isalpha() and w.islower() and lw not in CLAUSE_WORDS and lw not in AUXILIARIES and lw not in DETERMINERS \
            and (not lw.endswith(("ed", "ing")) or i > 0 and toks[i - 1][2].lower() in DETERMINERS):
        # Any other noun right before a cue is its subject: "the bank said", "hacking specialists say".
        return _read_common_np(text, toks, i, strict=True)
    return None


def _initials(words: list[str], connectors: bool) -> str:
    """The initials of a body's words; a word in capitals gives all its letters ("HM Revenue and Customs": HMRC)."""
    return "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words if connectors or w[0].isupper()).lower()


# Initials in brackets that are no body's own: a country or union after a name ("Labour Party (UK)").
_PLACE_INITIALS = {"us", "uk", "eu", "un", "usa", "uae", "drc", "prc", "dprk"}


def _initialled_body(text, toks, j: int, i: int) -> SpeakerMention | None:
    """ "Transport for London (TfL) said": capitalised words followed by their initials in brackets
    name an organisation (people are not written so); the initials are part of the mention.
    Initials of the body's name in its own language ("the Federal Security Service (FSB)", "the
    National Liberation Front (FLN)") do not spell the English words: capital initials after a
    name that ends in a body's word ("Service", "Front", "Party") are taken as its initials too."""
    if i != j + 2 or not re.fullmatch(r"(?:[A-Z]\.?){1}(?:[A-Za-z&]\.?){1,7}", toks[j + 1][2]):
        return None
    letters = toks[j + 1][2].replace(".", "").replace("&", "").lower()
    if sum(c.isupper() for c in toks[j + 1][2]) < 2:
        return _contracted_body(text, toks, j, i, letters)
    k = j
    while k - 1 >= 0 and (_is_cap(toks[k - 1][2]) or toks[k - 1][2].lower() in CONNECTORS
                          or toks[k - 1][2] == "," and k - 2 >= 0 and _is_cap(toks[k - 2][2])) and j - k < 14:
        k -= 1  # ("United Nations Educational, Scientific and Cultural Organization (UNESCO)": a comma inside)
        words = [t[2] for t in toks[k:j] if t[2] != ","]
        # ("Pacific Gas and Electric Company (PG&E)": the initials may leave out "Company".)
        bare = words[:-1] if len(words) > 2 and words[-1].lower() in ORG_WORDS else words
        if _is_cap(words[0]) and letters in {_initials(w, c) for w in (words, bare) for c in (False, True)}:
            return _body_with_initials(text, toks, k, j, i)
    if letters not in _PLACE_INITIALS and (body := _contracted_body(text, toks, j, i, letters)) is not None:
        return body  # "the U.S. Centers for Disease Control and Prevention (CDC)": the first words' initials
    k = j
    while k - 1 >= 0 and (_is_cap(toks[k - 1][2]) or toks[k - 1][2].lower() in ("of", "for", "on")) and j - k < 8:
        k -= 1
    while k < j and (not _is_cap(toks[k][2]) or toks[k][2].lower() in DETERMINERS | CLAUSE_WORDS):
        k += 1
    whole = k == 0 or toks[k - 1][2].lower() in DETERMINERS | OBJECT_PREPOSITIONS or toks[k - 1][2] in ".(“\""
    if j - k >= 2 and toks[j - 1][2].lower() in ORG_WORDS and toks[j + 1][2].isupper() \
            and letters not in _PLACE_INITIALS and whole:
        # (The whole name: "Scientific and Cultural Organization (UNESCO)" is the tail of a longer one.)
        return _body_with_initials(text, toks, k, j, i)
    return None


def _contracted_body(text, toks, j: int, i: int, letters: str) -> SpeakerMention | None:
    """ "The Office of Communications (Ofcom)", "the Philippine Institute of Volcanology and Seismology
    (Phivolcs)": a short name in brackets, written as a word, whose letters run in order through the
    capitalised name before it from its first letter, taking some from two of its words at least."""
    k = j
    while k - 1 >= 0 and (_is_cap(toks[k - 1][2]) or toks[k - 1][2].lower() in ("of", "for", "and", "&", "on")) \
            and j - k < 8:
        k -= 1  # ("the Centers for Medicare & Medicaid Services (CMS)")
    while k < j and (not _is_cap(toks[k][2]) or toks[k][2].lower() in DETERMINERS | CLAUSE_WORDS
                     or toks[k][2][0].lower() != letters[0]):
        k += 1  # ("the U.S. Centers for Disease Control and Prevention (CDC)": from "Centers")
    words = [t[2].lower() for t in toks[k:j]]
    if len([w for w in words if w not in ("of", "for", "and", "&", "on")]) < 2:
        return None
    touched, n = set(), 0
    for x, w in enumerate(words):
        for c in w:
            if n < len(letters) and c == letters[n]:
                touched.add(x)
                n += 1
    if n < len(letters) or len(touched) < 2:
        return None
    return _body_with_initials(text, toks, k, j, i)


def _body_with_initials(text, toks, k: int, j: int, i: int) -> SpeakerMention:
    """The body named by tokens k..j-1 with its initials in brackets up to token i."""
    start = toks[k - 1][0] if k >= 1 and toks[k - 1][2].lower() == "the" else toks[k][0]
    name = text[toks[k][0]:toks[j - 1][1]]
    end = toks[i][1]
    return SpeakerMention(start, end, text[start:end], name, kind="organization", head=toks[j - 1][2].lower())


# A name after these hangs on a noun before it ("a spokesman for X who said", "the son of X who"):
# which of the two a relative "who" means is not for us to guess.
_ATTACHED_OBJECT = {"of", "for", "to", "at", "from", "in", "on", "about", "against", "near"}


_DESCRIPTION_BETWEEN = re.compile(r",\s+(?:a|an|the|[a-z])")


def _who_antecedent(text, toks, i) -> SpeakerMention | None:
    """What the relative "who" at token i refers to: the phrase before a comma ("Trump, who said",
    "Tom Grey, 24, who said"), or a name right before it with no comma ("drafted by Alex Greenwich
    who said", "President Mbeki who has said"), unless that name is the object of a preposition
    that ties it to a noun before it."""
    if i >= 2 and toks[i - 1][2] == ",":
        k = i - 2
        if k >= 2 and toks[k][2].isdigit() and toks[k - 1][2] == ",":
            k -= 2  # an age between: "Tom Grey, 24, who said"
        if (described := _read_appositive(text, toks, i - 1)) is not None and described.kind == "person" \
                and described.name and " " in described.name and not described.common \
                and _DESCRIPTION_BETWEEN.match(text, described.start + len(described.name), toks[i - 1][0]):
            # "filed by Tom Hale, a resident of Rawalpindi, who claimed": the one described (not a
            # list: "Robert DeNiro, Patti LaBelle and Stevie Wonder, who joked")
            return described
        ante = _read_np_backwards(text, toks, k)
        if ante is None and (core := _read_np_core(text, toks, k)) is not None and core.kind == "person" \
                and core.name and not core.common and not core.pronoun:
            # "He wrote to Dale Ruiz, who said": the object of a preposition that ties it to no noun.
            j = next((x for x in range(k, -1, -1) if toks[x][0] == core.start), 0)
            if j >= 1 and toks[j - 1][2].lower() not in _ATTACHED_OBJECT - {"to", "at", "from"}:
                return core
        return ante
    if i < 1 or not _is_cap(toks[i - 1][2]):
        return None
    name = _read_name(text, toks, i - 1)
    if name is None or not name.name or name.common:
        return None
    k = next((x for x in range(i - 1, -1, -1) if toks[x][0] == name.start), 0)
    if k >= 1 and toks[k - 1][2].lower() in _ATTACHED_OBJECT:
        return None
    return name


def _bracketed(text, toks, i) -> SpeakerMention | None:
    """A speaker phrase ending in a closing bracket at token i: a party tag ("Sen. Tom Hale
    (R-Texas)"), initials ("Transport for London (TfL)") or a name spelt out after it."""
    e = toks[i][1]
    j = i
    while j >= 0 and toks[j][2] != "(" and i - j < 20:
        j -= 1
    if j > 0 and toks[j][2] == "(" and (body := _initialled_body(text, toks, j, i)) is not None:
        return body
    if j > 0 and toks[j][2] == "(" and PARTY_TAG.match(text[toks[j][0]:e]):
        # A party tag "(R-Texas)" or "(I-Vt.)" after the name is part of the mention as written.
        inner = _read_np_backwards(text, toks, j - 1)
        if inner and not inner.pronoun:
            inner.end = e
            inner.text = text[inner.start:e]
            return inner
    if j > 0 and toks[j][2] == "(" and toks[j - 1][2][:1].isalpha():
        # "the RMT union (National Union of Rail, Maritime and Transport Workers)": an aside
        # spelling out a name; the phrase before it is the speaker.
        inner = _read_np_backwards(text, toks, j - 1)
        if inner and not inner.pronoun:
            inner.end = e
            inner.text = text[inner.start:e]
            return inner
    return None


# Prefixes that make a role of a role: "co-anchor", "vice-president", "ex-minister".
_ROLE_PREFIXES = {"co", "vice", "ex", "deputy", "sub", "assistant", "joint", "acting", "lead", "chief"}


def _prefixed_role(word: str) -> bool:
    """Whether a hyphenated word is a role with a prefix: "co-anchor", "co-Anchor", "vice-president"."""
    prefix, _, rest = word.partition("-")
    return prefix.islower() and prefix in _ROLE_PREFIXES \
        and (rest.lower() in ROLE_WORDS or rest.lower() in PERSON_HEADS)


# Words after which "First" is part of a rank or title ("Sergeant First Class", "First Minister").
FIRST_OF_TITLES = {"Class", "Minister", "Lady", "Secretary", "Deputy", "Lord", "Officer", "Vice"}


def _day_in_a_name(toks, i: int) -> bool:
    """Whether a day word at token i is part of a title: "USA Today" (a capitalised "Today" after a
    capitalised word), "The Sunday Times" (a weekday between "The" and a capitalised word)."""
    w = toks[i][2]
    if not w[0].isupper() or i < 1:
        return False
    if w.lower() in ("today", "tonight"):
        return _is_cap(toks[i - 1][2]) and toks[i - 1][2].lower() not in _NONSPEAKER_CAPS
    return w.lower() in WEEKDAYS and toks[i - 1][2] in ("The", "the") and i + 1 < len(toks) \
        and toks[i + 1][2][0].isupper()



def _read_name(text, toks, i) -> SpeakerMention | None:
    """A capitalised name ending at token i, with any role words and title before it."""
    if toks[i][2].lower() in _NONSPEAKER_CAPS and not (i >= 1 and _name_goes_on(toks, i)) \
            and not (len(toks[i][2]) > 1 and toks[i][2].isupper()) \
            and not _day_in_a_name(toks, i):  # "the WHO said": initials, no "who"; "USA Today said"
        return None
    j = i
    seen_role = False
    while j - 1 >= 0:
        w = toks[j - 1][2]
        lw = w.lower()
        if w == "-" or lw == "’s" or lw == "'s" or "\n" in text[toks[j - 1][1]:toks[j][0]]:
            break  # a name ends at a line break: a headline's last word is no given name
        if _is_cap(w) and (lw not in _NONSPEAKER_CAPS or lw == "first" and toks[j][2] in FIRST_OF_TITLES
                           or lw == "under" and toks[j][2].lower() == "secretary"
                           or _day_in_a_name(toks, j - 1)):
            j -= 1  # ("Sergeant First Class Tom Hale", "the First Minister": "First" of a rank or title;
            # "Under Secretary of Commerce Ana Ruiz";
            # "The Sunday Times")
        elif seen_role and w.replace("-", "").isalpha() and w.islower() and lw not in CLAUSE_WORDS \
                and lw not in DETERMINERS and lw not in AUXILIARIES and lw not in OBJECT_PREPOSITIONS \
                and not lw.endswith(("ed", "ing", "ly")) \
                and i - j < 6:
            # Modifiers of a role noun: "river authority spokesperson Maren Holt".
            j -= 1
        elif lw in CONNECTORS and j - 2 >= 0 and _is_cap(toks[j - 2][2]) and lw not in ("the", "and", "on"):
            j -= 1
        elif j - 2 >= 0 and _is_cap(toks[j - 2][2]) and _title_goes_on(toks, j - 1):
            j -= 1  # "Special Agent in Charge Aaron Ford"
        elif lw == "on" and j - 2 >= 0 and toks[j - 2][2].lower() in ORG_WORDS and _is_cap(toks[j - 2][2]):
            j -= 1  # "the Council on Foreign Relations", "the Project on Government Oversight"
        elif lw in NAME_PARTICLES and j - 3 >= 0 and toks[j - 2][2] in NAME_PARTICLES and _is_cap(toks[j - 3][2]):
            j -= 2  # "Pieter van der Berg", "Ana de la Cruz"
        elif lw == "the" and j - 3 >= 0 and toks[j - 2][2] in ("of", "for") and _is_cap(toks[j - 3][2]) \
                and toks[j - 3][2].lower() not in _NONSPEAKER_CAPS:
            j -= 2  # "the Movement for the Emancipation of the Niger Delta"
        elif lw == "and" and j - 2 >= 0 and _is_cap(toks[j - 2][2]) and toks[j - 2][2].lower() not in _NONSPEAKER_CAPS:
            j -= 1
        elif lw in ROLE_WORDS and lw not in ("of", "and") and w.islower() or _prefixed_role(w):
            j -= 1
            seen_role = True
        elif lw in ("the", "a", "an", "his", "her", "their", "its", "our", "my") or lw in ("former", "then-"):
            j -= 1
            break
        elif not seen_role and _role_noun(w) and _full_name(toks, j, i) \
                and (j == 1 or toks[j - 2][2].lower() in DETERMINERS or toks[j - 2][2] in ",(“\""
                     or _PERSON_NOUN.search(lw) and (_after_a_name(toks, j - 1) or _after_a_quotation(toks, j - 1))):
            # A lower-case noun opening a phrase right before a full name is the role it is known
            # by: "said eyewitness Vinnie DeVita", "according to neighbour Ana Ruiz", "the
            # neighbour Ana Ruiz"; after the body or place it works for, a noun for a person: "UCL
            # astronomer Angelos Tsiaras", "Rutgers University political scholar Kelly Dittmar".
            # After a verb it is no noun: "voters who support Ana Ruiz say".
            j -= 1
            seen_role = True
        else:
            break
    # Trim a leading connector or role-less determiner sequence.
    while j < i and toks[j][2].lower() in ("of", "for", "and", "on", "&"):
        j += 1
    words = [t[2] for t in toks[j:i + 1]]
    if not words:
        return None
    if words[0] in ("’s", "'s"):
        return None
    # Sentence-initial words that are not names ("But", "Meanwhile") were stopped above; a
    # possessive right before the name belongs to a different phrase ("CNN’s Dana Bash" keeps it).
    start, end = toks[j][0], toks[i][1]
    return classify_name(text, start, end, words)


# Endings of nouns for a person ("astronomer", "scholar", "economist", "historian", "consultant"), and
# such nouns with no such ending ("Cardinals shortstop David Eckstein", "Labour chief Ann Ober").
_PERSON_NOUN = re.compile(r"(?:er|or|ar|ist|ian|ant|ent|eer|man|woman|person|^(?:shortstop|quarterback|fullback|"
                          r"halfback|goalie|coach|captain|jockey|aide|envoy|chief|boss|nurse|judge|pilot|veteran|"
                          r"guard|chair|medic|expert|rookie|skipper|ace|cop|spokesperson|head|enthusiast|gymnast|"
                          r"netizen))$")


def _after_a_quotation(toks, k: int) -> bool:
    """Whether token k, a role noun, follows a quotation's close (or the start of the reading) with
    two lower-case modifiers at most between: '“...,” chief engineer Jeffrey Chen said', "according
    to long-time kanga dealer Ali Moody"."""
    for m in (k - 1, k - 2, k - 3):
        if m < 0 or toks[m][2] in ("”", '"', ","):
            return True  # (where the reading starts, right after the quotation)
        if not _role_noun(toks[m][2]):
            return False
    return False


def _after_a_name(toks, k: int) -> bool:
    """Whether token k, a role noun, follows a capitalised name with at most two lower-case
    modifiers between ("UCL astronomer", "Rutgers University political scholar")."""
    for m in range(k - 1, max(-1, k - 4), -1):
        if _is_cap(toks[m][2]):
            return toks[m][2].lower() not in _NONSPEAKER_CAPS
        if not _role_noun(toks[m][2]):
            return False
    return False


def _role_noun(word: str) -> bool:
    """Whether a lower-case word can be a noun naming someone's role: no clause word, determiner,
    auxiliary, preposition, date, or a word in -ed, -ing or -ly (verbs and adverbs)."""
    lw = word.lower()
    return word.replace("-", "").isalpha() and word.islower() and len(word) > 2 and not word.startswith("-") \
        and not word.endswith("-") and lw not in CLAUSE_WORDS and lw not in DETERMINERS \
        and lw not in AUXILIARIES and lw not in OBJECT_PREPOSITIONS and lw not in DATE_WORDS \
        and not lw.endswith(("ed", "ing", "ly"))


def _full_name(toks, j: int, i: int) -> bool:
    """Whether tokens j..i are a person's full name: two to four capitalised words, none a title or
    organisation word."""
    words = [t[2] for t in toks[j:i + 1]]
    return 2 <= len(words) <= 4 and all(_is_cap(w) and w.lower() not in TITLES and w.lower() not in ORG_WORDS
                                        and w.lower() not in _NONSPEAKER_CAPS for w in words)


def classify_name(text: str, start: int, end: int, words: list[str]) -> SpeakerMention | None:
    """Read a capitalised mention (its words already split) into name, role and kind.

    "House Speaker Paul Ryan" is Paul Ryan with the role "House Speaker"; "the White House" an
    organisation; "the President" alone a role reference with no name. The reading depends on the
    words alone, so it is kept for the next time the same words come.
    """
    found = _classify_words(tuple(words))
    if (held := _portfolio_holder(text, start, words)) is not None:
        p, title = held
        holder = _classify_words(tuple(words[p:]))
        if holder is not None and holder.kind == "person" and holder.name:
            role = " ".join(w for w in (title, " ".join(words[:p]), holder.role) if w)
            return SpeakerMention(start, end, text[start:end], holder.name, role=role, kind="person")
    if found is not None and found.name and len(words) >= 3:
        if found.kind == "organization" and words[-1].lower() in _POST_LAST_WORDS:
            # "Police Investigations and Review Commissioner": an office, held by someone, no body
            return SpeakerMention(start, end, text[start:end], None, role=" ".join(words), kind="person",
                                  head=words[-1].lower())
        if found.kind == "person" and found.name.startswith(words[0]) and _INITIALS.fullmatch(words[0]) \
                and words[1].lower() in GIVEN_NAMES:
            # "PIRC John McNeill": the initials of the body or office whose holder is named
            return SpeakerMention(start, end, text[start:end], " ".join(words[1:]), role=words[0], kind="person")
    return None if found is None else found.placed(start, end, text[start:end])


# Last words of the name of an office one person holds: "Police Investigations and Review Commissioner".
_POST_LAST_WORDS = {"commissioner", "ombudsman", "minister", "secretary", "director", "chairman", "chairwoman",
                    "governor", "mayor", "auditor", "registrar", "coroner", "prosecutor"}
_INITIALS = re.compile(r"[A-Z]{2,6}")


# A minister's portfolios listed before their name, with no comma after the last: "Minister for
# Employment, Workforce, Skills, Small and Family Business Stuart Robert said".
_PORTFOLIO_TITLES = r"(?:Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Commissioner|Attorney)"
_PORTFOLIO_BEFORE = re.compile(r"\b(?P<first>(?:[A-Z][\w\-]*\s+){1,3}and\s+)?" + _PORTFOLIO_TITLES
                               + r"\s+(?:for|of)\s+[^.;:!?“”\"()]*$")
_PORTFOLIO_OPENING = re.compile(r"(?:[A-Z][\w.]*\s+){0,2}" + _PORTFOLIO_TITLES + r"\s+(?:for|of)\s")


def _portfolio_holder(text: str, start: int, words: list[str]) -> tuple[int, str] | None:
    """Where a person's name starts in the last words of a list of portfolios (`words`, read from
    `start`): at a known given name followed by one or two capitalised words that end the run; with
    the title written before the run ("Minister for Infrastructure,"), if any. A given name not
    known ("Minister of Information Moammar al-Eryani", "U.S. Attorney for the Northern District
    of Texas Leigha Simonton") is read so when the surname carries a particle, when the name has a
    letter English writes no portfolio with ("Virginijus Sinkevičius"), or when the article writes
    it again."""
    if len(words) < 3:
        return None
    title = _PORTFOLIO_BEFORE.search(text, max(0, start - 200), start)
    if title is not None and title.group("first") \
            and not any(w.lower() in TITLES for w in title.group("first").split()[:-1]):
        # "Deputy Prime Minister and Minister for ...": a first post joined by "and" is part of the
        # title; other capitalised words before "and" ("Tom Hale and Minister for ...") are not.
        title = _PORTFOLIO_BEFORE.search(text, title.end("first"), start)
    if title is None and not _PORTFOLIO_OPENING.match(" ".join(words[:4]) + " "):
        return None
    for p in range(len(words) - 2, max(0, len(words) - 4), -1):
        if p >= 1 and words[p].lower() in GIVEN_NAMES and all(_is_cap(w) for w in words[p + 1:]):
            return p, title.group().strip() if title else ""
    k = len(words)
    while k > 2 and words[k - 1].lower() in POSTNOMINALS:
        k -= 1  # "Ged Nash TD"
    p = k - 3 if k > 4 and re.fullmatch(r"[A-Z]\.", words[k - 2]) else k - 2
    surname = words[k - 1]
    # A title before the run counts when only the portfolio's words come between: "Minister for
    # Business and Employment Ged Nash", not "Minister ..., has welcomed a report entitled 'Defining Fuel Poverty'".
    listed = title is not None and all(_is_cap(w) or w.lower() in CONNECTORS for w in title.group().split()[2:])
    if p >= (1 if listed else 2) and _is_cap(words[p - 1]) and words[p - 1].lower() not in CONNECTORS \
            and words[p - 1].lower() not in NOT_ROLES and words[p - 1].lower() + "." not in NOT_ROLES \
            and all(_is_cap(w) and w.lower() not in _NOT_HOLDER_WORDS for w in words[p:k]) \
            and (_PARTICLE_WORD.match(surname) or not "".join(words[p:k]).isascii()
                 or len(re.findall(r"\b" + re.escape(surname) + r"\b", text)) > 1):
        return p, title.group().strip() if title else ""
    return None


# Words of a portfolio, never of its holder's name.
_NOT_HOLDER_WORDS = TITLES | ORG_WORDS | COUNTRIES | US_STATES | DEMONYMS | _NONSPEAKER_CAPS | CONNECTORS | {
    "affairs", "information", "justice", "trade", "health", "security", "defence", "defense", "district", "state"}


# Initials that are common nouns, one of a kind rather than a name: "an NGO", "a CEO", "an MP".
_COMMON_INITIALS = {"ngo", "ceo", "mp", "mep", "msp", "mla", "gp", "pm", "td", "cfo", "coo", "ngos"}


# Bodies whose two-word names read as a given name and a surname.
_TWO_WORD_BODIES = {("red", "cross"), ("red", "crescent")}


@lru_cache(maxsize=1 << 16)
def _classify_words(words: tuple[str, ...]) -> SpeakerMention | None:
    """`classify_name` for the words alone: the mention's place and text are filled in by the caller."""
    text, start, end = "", 0, 0
    words = list(words)
    lower = [w.lower() for w in words]
    det = lower[0] in ("the", "a", "an")
    body = words[1:] if det else words
    lbody = lower[1:] if det else lower
    if not body:
        return None
    if lower[0] in ("a", "an") and len(body) == 1 and (not body[0].isupper() or lbody[0] in _COMMON_INITIALS):
        # "an NGO says", "a Democrat said": one of a kind, no name ("a CNN tally": CNN's)
        return SpeakerMention(start, end, text[start:end], None, kind="organization" if body[0].isupper() else "person",
                              head=lbody[0], common=True)
    mention_text = text[start:end]
    age = None
    if len(body) > 1 and AGE.fullmatch(lbody[0]):
        age, body, lbody = body[0], body[1:], lbody[1:]  # "Fourteen-year-old Zoe": an age, not a name
    body, lbody = _owned_body(body, lbody)
    if (state_or_office := _state_or_office_for(body, lbody)) is not None:
        return state_or_office
    body, lbody, of_role, of_part = _split_of(body, lbody)
    of_role = " ".join(w for w in (age, of_role) if w) or None
    # Letters after a name ("Chris Heaton-Harris MP", "Doug Beattie MC MLA") are titles, not the name.
    post = []
    while len(body) > 2 and lbody[-1] in POSTNOMINALS:
        post.insert(0, body[-1])
        body, lbody = body[:-1], lbody[:-1]
    if lbody[0] in POSTNOMINALS and all(w in POSTNOMINALS and w not in TITLES for w in lbody):
        return None  # "OBE", "KC MC": letters after a name whose name is elsewhere
    k = _name_start(body, lbody)
    name_words = body[k:]
    role_words = body[:k]
    if role_words and role_words[-1].lower() in ("and", "&") and not any(w in ORG_WORDS for w in lbody):
        # "Tom Hale and Ana Ruiz said", "Both Hale and Ruiz": two who speak together, neither alone.
        return SpeakerMention(start, end, mention_text, None, kind="group", common=True)
    if len(body) >= 2 and lbody[-1] in NAMES_OF_BODIES and lbody[-2] in GIVEN_NAMES \
            and all(_title_word(w) or w in NOT_ROLES for w in lbody[:-2]):
        # "Michael Bloomberg", "The Rt Hon Dr Liam Fox MP": a given name, then a surname that is
        # also a body's name.
        role = " ".join([w for w in body[:-2] if w.lower() not in NOT_ROLES] + post) or None
        return SpeakerMention(start, end, mention_text, _strip_possessive(" ".join(body[-2:])), role=role,
                              kind="person")
    if body_described_by_origin(body, lbody):
        # "The U.S.-based monitoring group", "the British charity": a description, not a name.
        return SpeakerMention(start, end, mention_text, None, kind="organization", head=lbody[-1], common=True,
                              role=" ".join(body))
    if tuple(lbody[-2:]) in _TWO_WORD_BODIES:
        return _body_named(body, lbody)  # "the International Red Cross": no person "Red Cross"
    if not of_role and (head := _post_of_body_or_place(body, lbody, name_words)) is not None:
        return SpeakerMention(start, end, mention_text, None, kind="person", head=head, role=" ".join(body))
    if any(w in ORG_WORDS for w in lbody) and (not name_words or k == 0 or lbody[-1] in ORG_WORDS
                                               or len(name_words) == 1 and _branch_in_place(role_words, lbody)):
        # ... and "ABC Australia", "Kestria Radio Scotland": a body's branch in a place.
        return _body_named(body, lbody)
    if name_words and "on" in lbody[1:k] and any(w in ORG_WORDS for w in lbody[:lbody.index("on")]):
        # "the Project on Government Oversight", "the Council on Foreign Relations": a body on a matter.
        return SpeakerMention(start, end, mention_text, " ".join(body), kind="organization", head=lbody[0])
    if name_words and role_words and [w for w in lbody[:k] if w != "the"][-1:] in (["of"], ["for"]):
        post = next(x for x, w in enumerate(lbody) if w in ("of", "for"))
        if any(w in ORG_WORDS for w in lbody[:k]) \
                and not any(w in _POST_LAST_WORDS or w.endswith("secretary") for w in lbody[:post]):
            # "the Bank of England", "the Ministry of Defence" (not "Deputy Undersecretary of the Air Force
            # for Acquisition Darleen Druyun": a post)
            return SpeakerMention(start, end, mention_text, " ".join(body), kind="organization", head=lbody[0])
        # "the Archbishop of Canterbury", "the MP for Ealing North": a role held in a place or body.
        return SpeakerMention(start, end, mention_text, None, kind="person", head=lbody[0], role=" ".join(body))
    if len(body) > 1 and lbody[-1] in NAMED_THINGS:
        # "The Doris Day Show", "the Chicago Marathon": a thing, even when named after someone.
        return SpeakerMention(start, end, mention_text, _strip_possessive(" ".join(body)), kind="organization",
                              head=lbody[-1])
    if " ".join(lbody) in PARTIES:
        return SpeakerMention(start, end, mention_text, " ".join(body), kind="organization")
    if not name_words and len(body) == 1 and lbody[0] in BODY_TITLES:
        # A title word that is a body's name when it stands alone: "The Treasury said", "NASA said".
        return SpeakerMention(start, end, mention_text, body[0], kind="organization")
    if not name_words:
        # All titles: "the President", "the Speaker" — a role reference.
        head = lbody[-1]
        kind = "group" if head in GROUP_WORDS else "person"
        return SpeakerMention(start, end, mention_text, None if kind == "person" else " ".join(body), kind=kind,
                              head=head, role=" ".join(body))
    return _named(body, role_words, name_words, of_role, of_part, post)


def _post_of_body_or_place(body: list[str], lbody: list[str], name_words: list[str]) -> str | None:
    """The head noun when capitalised words are a post that describes someone, not a body's name:
    "Member of Parliament for Vancouver Island North", "Director of the Kestria Bank" (a person's noun,
    then the place or body it is "of" or "for"; "Minister for Exports Lord Offord" names its holder),
    "the FBI Director", "EPA Administrator", "Chief Government Whip" (a body's initials or a title,
    then a person's noun; "the FBI Special Agent in Charge")."""
    if not name_words and len(body) > 3 and tuple(lbody[-2:]) in _TITLE_ENDINGS:
        body, lbody = body[:-2], lbody[:-2]
    if len(body) >= 3 and lbody[0] in PERSON_HEADS and lbody[1] in ("of", "for") \
            and (not name_words or lbody[-1] in _PLACE_LAST_WORDS or any(w in ORG_WORDS for w in lbody[2:])):
        return lbody[0]
    if not name_words and len(body) > 1 and lbody[-1] in PERSON_HEADS and lbody[-1] not in ORG_HEADS \
            and any(w in ORG_WORDS for w in lbody) and not {"of", "for"} & set(lbody) \
            and (any(len(w) > 1 and w.isupper() for w in body[:-1]) or lbody[0] in TITLES):
        return lbody[-1]
    return None


# Bodies of a state, which a nationality names rather than describes: "the Italian government".
_STATE_BODIES = {"government", "administration", "ministry", "department", "police", "army", "navy", "military",
                 "forces", "authority", "embassy", "consulate", "regime", "junta", "cabinet", "council", "court",
                 "parliament", "commission", "office", "tribunal", "bank", "agency", "service", "party"}
_PLACE_COMPOUND = re.compile(r"[A-Z][\w.]*-(?:based|led|backed|funded|owned|run|registered|listed|headquartered)")


def body_described_by_origin(body: list[str], lbody: list[str]) -> bool:
    """Whether words ending in a lower-case kind of body ("group", "charity") describe one rather
    than name it: every capitalised word before the kind says only where it is from ("British",
    "U.S.-based", "London-based"). Bodies of state keep their reading ("the Italian government")."""
    if len(body) < 2 or not body[-1].islower() or lbody[-1] not in ORG_HEADS or lbody[-1] in _STATE_BODIES:
        return False
    capitals = [w for w in body[:-1] if w[:1].isupper()]
    return bool(capitals) and all(w.lower() in DEMONYMS or w.lower() in COUNTRIES or _PLACE_COMPOUND.fullmatch(w)
                                  for w in capitals)


def _body_named(body: list[str], lbody: list[str]) -> SpeakerMention:
    """ "the White House", "the Trump campaign", "Breitbart News": a body by its name; a group when
    its last word says so; a generic body ("Police", "the Government") described, as "the company" is."""
    kind = "group" if lbody[-1] in GROUP_WORDS and lbody[-1] not in PARTIES else "organization"
    common = len(body) == 1 and (lbody[0] in GENERIC_BODIES or kind == "group")
    return SpeakerMention(0, 0, "", _strip_possessive(" ".join(body)), kind=kind, head=lbody[-1], common=common)


def _state_or_office_for(body: list[str], lbody: list[str]) -> SpeakerMention | None:
    """A state's name, a body for a purpose ("Office for National Statistics"), an office for a field
    ("Cabinet Secretary for Health", no one's name) or one with its holder after it ("US Special
    Representative for Iran Tom Hale"); None for anything else."""
    if " ".join(lbody) in STATES:
        return SpeakerMention(0, 0, "", " ".join(body), kind="organization")
    if _body_for(body):
        return SpeakerMention(0, 0, "", " ".join(body), kind="organization", head=lbody[0])
    if _office_for_fields(body, lbody):
        return SpeakerMention(0, 0, "", None, kind="person", head=lbody[0], role=" ".join(body))
    if (p := _holder_after_for(body, lbody)) is not None:
        return SpeakerMention(0, 0, "", _strip_possessive(" ".join(body[p:])), kind="person", role=" ".join(body[:p]))
    return None


def _named(body: list[str], role_words: list[str], name_words: list[str], of_role: str | None, of_part: str | None,
           post: list[str]) -> SpeakerMention:
    """A name with the role words before it ("Kremlin spokesman Dmitry Peskov"), the role of a body it
    holds ("of the IMF") and letters after it: a person's, unless one word says it is a body or a group."""
    start, end, mention_text = 0, 0, ""  # filled in by classify_name's caller, as in _classify_words
    role = " ".join(([of_role] if of_role else []) + [w for w in role_words if w.lower() not in NOT_ROLES] + post) \
        or None
    if of_part:
        role = f"{role} {of_part}" if role else of_part.removeprefix("of ")
    if _regnal(role_words, name_words):
        name_words = [role_words[-1], *name_words]
        role = " ".join(w for w in role_words[:-1] if w.lower() not in NOT_ROLES) or None
    name = " ".join(name_words)
    kind = "person"
    lname = name.lower()
    if len(name_words) == 1 and role_words and role_words[-1].lower() in QUALIFIERS:
        return SpeakerMention(start, end, mention_text, " ".join(body), kind="organization", head=lname)
    if len(name_words) == 1:
        kind = _one_word_kind(name, role_words)
        if kind == "group":
            # "Officials", "Americans", "MPs": a group described, not named.
            return SpeakerMention(start, end, mention_text, name, role=role, kind="group", common=True)
    if len(name_words) == 2 and lname in PARTIES:
        kind = "organization"  # "Lib Dems", "Plaid Cymru"
    return SpeakerMention(start, end, mention_text, _strip_possessive(name), role=role, kind=kind)


def _regnal(role_words: list[str], name_words: list[str]) -> bool:
    """ "Pope Francis", "King Charles III": one name under a pope's or monarch's title is known by
    the two together; the title stays in the name."""
    return bool(role_words and role_words[-1].lower() in REGNAL_TITLES and name_words
                and all(ROMAN_NUMERAL.fullmatch(w) for w in name_words[1:]))


def _title_word(word: str) -> bool:
    """A title, also joined to what makes it another office: "President-elect", "Vice-President",
    "ex-Minister"."""
    if word in TITLES:
        return True
    parts = word.split("-")
    return len(parts) == 2 and (parts[1] == "elect" and parts[0] in TITLES
                                or parts[0] in ("vice", "ex", "deputy") and parts[1] in TITLES)


# Endings of nouns for people that given names do not have: "panelist", "historian", "chairwoman".
_NOUN_FOR_SOMEONE = re.compile(r"...(?:ist|ian|eer|sman|swoman|person)$")
_NOT_NOUNS_FOR_SOMEONE = {"human", "christian", "brian", "adrian", "julian", "vivian", "lillian", "marian", "tristan"}


_INITIAL = re.compile(r"[A-Z]\.")


# Two words closing a title, the second capitalised: "Special Agent in Charge Aaron Ford",
# "Councillor at Large Ana Ruiz".
_TITLE_ENDINGS = {("in", "charge"), ("at", "large"), ("at", "law"), ("in", "chief"), ("of", "staff")}


def _title_goes_on(toks, k: int) -> bool:
    """Whether token k, a preposition, is inside a title: "Officer in Charge Ana Ruiz"."""
    return 1 <= k < len(toks) - 1 and _is_cap(toks[k + 1][2]) and _post_word(toks[k - 1][2].lower()) \
        and (toks[k][2].lower(), toks[k + 1][2].lower()) in _TITLE_ENDINGS


# Endings of abstract nouns, never of a name: a portfolio's last field before its holder ("Special
# Education and Inclusion Josepha Madigan").
_ABSTRACT_NOUN = re.compile(r"(?:tion|sion)$")


def _field_before_holder(body: list[str], lbody: list[str], p: int) -> bool:
    """Whether word p is the last field of a portfolio joined by "and", "for" or "of", its holder's
    full name after it: "... and Inclusion Josepha Madigan"."""
    return p >= 1 and lbody[p - 1] in ("and", "for", "of") and len(body) - p >= 3 \
        and _ABSTRACT_NOUN.search(lbody[p]) is not None and lbody[p] not in GIVEN_NAMES


# Posts held whole, after which no further title comes before the holder's name: "Minister Dean
# Wells" is Dean Wells ("Associate Dean Smith" is a dean).
_WHOLE_POSTS = {"minister", "senator", "premier", "treasurer", "councillor", "governor", "mayor", "secretary",
                "commissioner", "director", "president", "chairman", "chairwoman", "spokesperson", "spokesman",
                "spokeswoman", "representative", "mp", "mla", "mep", "td"}


def _name_start(body: list[str], lbody: list[str]) -> int:
    """Where the name starts in a capitalised mention: the longest tail of capitalised words that
    are neither titles nor organisation words, with the particles of a family name ("Ursula von der
    Leyen") and a surname that is also a title after a given name ("John Major"). A possessive
    before the name owns it and is no part of it: "VOA's Dan Robinson", "Fox News' Bret Baier"."""
    n = len(body)
    k = n
    if n >= 2 and lbody[-1] in TITLES and lbody[-1] not in ORG_WORDS and lbody[-2] in GIVEN_NAMES:
        k = n - 1
    elif n >= 3 and lbody[-1] in TITLES and lbody[-1] not in ORG_WORDS and _INITIAL.fullmatch(body[-2]) \
            and lbody[-3] in GIVEN_NAMES:
        k = n - 2  # "Dana W. White": an initial between the given name and a surname that is a title word
    elif n >= 3 and lbody[-1] in TITLES and lbody[-1] not in ORG_WORDS and lbody[-3] in GIVEN_NAMES \
            and _is_cap(body[-2]) and not _title_word(lbody[-2]) and lbody[-2] not in ORG_WORDS:
        k = n - 1  # "Anna Richardson White": a middle name between the given name and such a surname
    while k > 0 and _is_cap(body[k - 1]) and not _title_word(lbody[k - 1]) \
            and tuple(lbody[k - 2:k]) not in _TITLE_ENDINGS and not _field_before_holder(body, lbody, k - 1) \
            and (lbody[k - 1] not in ORG_WORDS or k == n - 1 and lbody[k - 1] in GIVEN_NAMES) \
            and (lbody[k - 1] not in CONNECTORS or _capital_particle(body, lbody, k - 1)):
        k -= 1
        while k > 1 and body[k - 1] in NAME_PARTICLES and _is_cap(body[k - 2]) or \
                k > 2 and body[k - 1] in NAME_PARTICLES and body[k - 2] in NAME_PARTICLES and _is_cap(body[k - 3]):
            k -= 1
    if 2 <= k == n - 1 and lbody[k - 1] in GIVEN_NAMES and lbody[k - 2] in _WHOLE_POSTS:
        k -= 1  # "Environment Minister Dean Wells": a given name that is also a title, after a post
    if k == 1 and lbody[0] in NAME_PARTICLES and n > 1:
        k = 0  # the family name opening a sentence: "Van der Berg added"
    if k == 0 and n >= 3 and lbody[0] not in GIVEN_NAMES and (
            lbody[1] in GIVEN_NAMES
            and (lbody[0] in PERSON_HEADS or lbody[0] in ROLE_WORDS or _PERSON_NOUN.search(lbody[0]))
            or lbody[0] in EVERYDAY_PEOPLE or lbody[0].endswith(("ologist", "ician", "ographer", "onomist"))
            or lbody[0] in ROLE_WORDS and _PERSON_NOUN.search(lbody[0])  # "Co-author Jing-Shan Zhao"
            or _NOUN_FOR_SOMEONE.search(lbody[0]) and lbody[0] not in DEMONYMS | _NOT_NOUNS_FOR_SOMEONE
            and lbody[0] not in ORG_WORDS and not body[0].isupper()  # "Panelist Kim King-Wrenn", "Historian Ann Ruiz"
            or lbody[0].startswith("co-") and _PERSON_NOUN.search(lbody[0])):  # "Co-developer Jing Wang"
        k = 1  # a role noun capitalised at the start of a sentence: "Neighbour Peter Evans", "Voter Kitty Mak"
    elif k == 0 and n == 2 and lbody[0] in EVERYDAY_PEOPLE:
        k = 1  # and before a person named by one name: "Refugee Osama was one of the last"
    owners = [p for p in range(k, n - 1) if lbody[p].endswith(_OWNER_ENDINGS)]
    return owners[-1] + 1 if owners else k


def _capital_particle(body: list[str], lbody: list[str], p: int) -> bool:
    """A family name's particle written with a capital between a given name and the rest of the
    name: "Jacqueline De León", "Tom Van Damme", "Claudio De Vincenti", and two of them together:
    "Bernie De La Rionda", "Anna Van Der Berg"."""
    if not (lbody[p] in NAME_PARTICLES and 0 < p < len(body) - 1):
        return False
    if p >= 2 and lbody[p - 1] in NAME_PARTICLES and _capital_particle(body, lbody, p - 1):
        return True
    # "Claudio De Vincenti": a given name not known as one, first in the mention or after a title.
    opens = p == 1 or _title_word(lbody[p - 2]) or lbody[p - 2] in NOT_ROLES
    if body[p] == "Al" and p == len(body) - 2 and (_title_word(lbody[p - 1]) or lbody[p - 1] in ("and", "&")):
        return True  # the given name after a title or "and": "Former Vice President Al Gore"
    if body[p] in ("Al", "El") and p >= 2 and all(_is_cap(body[r]) and not _title_word(lbody[r])
                                                   and lbody[r] not in ORG_WORDS for r in (p - 2, p - 1)):
        return _is_cap(body[p + 1])  # an Arabic family name after two names: "Majid Jaber Al Enzi"
    return lbody[p - 1] in GIVEN_NAMES or opens and p == len(body) - 2 and _is_cap(body[p - 1]) \
        and not _title_word(lbody[p - 1]) and lbody[p - 1] not in ORG_WORDS and lbody[p - 1] not in COUNTRIES


_WEB_NAME = re.compile(r"\w\.(?:com|org|net|co\.uk|org\.uk|eu|ru|de|fr|in|info|news|io)$", re.I)


def _one_word_kind(name: str, role_words: list[str]) -> str:
    """The kind of a one-word name: a country, organisation word, party or acronym is an
    organisation, unless a post is held ("committee chairman Jordan" is a surname); "Officials",
    "Americans", "MPs" are groups; anything else a person."""
    lname = name.lower()
    if any(w.lower() in HONORIFICS for w in role_words):
        return "person"  # "Mr English", "Ms French": a surname after an honorific, whatever else it means
    held = any(w.lower() in PERSON_HEADS for w in role_words)
    if not held and (lname in COUNTRIES or lname in ORG_WORDS or lname in PARTIES
                     or (name.isupper() and len(name) > 1) or _WEB_NAME.search(name)):
        return "organization"  # ... and a site by its address: "Znak.com", "Politico.eu"
    if lname in GROUP_WORDS or _plural_of_person_head(lname) or lname in DEMONYMS \
            or lname[:-1] in DEMONYMS or (name[:-1].isupper() and name.endswith("s") and len(name) > 2):
        return "group"
    return "person"


def _plural_of_person_head(word: str) -> bool:
    """ "Officials", "Witnesses", "Deputies": the plural of a noun for a person."""
    return any(word.endswith(end) and word[:-len(end)] + add in PERSON_HEADS
               for end, add in (("s", ""), ("es", ""), ("ies", "y")) if len(word) > len(end))


def _branch_in_place(role_words: list[str], lbody: list[str]) -> bool:
    """Whether capitalised words before a place name a body, not a post ("ABC Australia", not
    "Senate Committee Chairman Jordan")."""
    return lbody[-1] in OWNER_PLACES and all(_is_cap(w) and w.lower() not in PERSON_HEADS and w.lower() not in TITLES
                                             or w.lower() in ORG_WORDS for w in role_words)


def _owned_body(body: list[str], lbody: list[str]) -> tuple[list[str], list[str]]:
    """An organisation's name without the place owning it: "Saudi Arabia's Civil Defense Authority"
    is the Civil Defense Authority. Possessives of anything else stay ("Sainsbury's Bank")."""
    for p in range(len(body) - 2, -1, -1):
        if lbody[p].endswith(("'s", "’s")):
            break
    else:
        return body, lbody
    if lbody[p][:-2] not in OWNER_PLACES or not any(w in ORG_WORDS or w in GENERIC_BODIES for w in lbody[p + 1:]) \
            or p >= 1 and lbody[p - 1] in ("of", "at", "from", "for"):
        return body, lbody  # "Sally Wasef of Australia's Griffith University": the place owns her university
    return body[p + 1:], lbody[p + 1:]


def _body_for(body: list[str]) -> bool:
    """Whether capitalised words read as an organisation "for" or "of" something: an organisation
    word, then "for"/"of" and only capitalised words ("Office for Budget Responsibility", "Johns
    Hopkins Center for Systems Science and Engineering"), none of them a post someone holds ("Office
    for Budget Responsibility Chairman Ray Hull"); the words before the organisation word are its
    own name, not a person's ("Tom Hale of the Institute ..." is Tom Hale)."""
    if "for" not in body and "of" not in body:
        return False
    b = next((x for x in range(len(body) - 2) if body[x + 1] in ("for", "of") and body[x].lower() in ORG_WORDS), None)
    return b is not None and body[b].lower() not in TITLES \
        and all(w[0].isupper() or w in CONNECTORS for w in body[b + 2:]) \
        and not any(w.lower() in PERSON_HEADS for w in body[b + 2:]) \
        and all(w[0].isupper() and w.lower() not in _NOT_BODY_NAME for w in body[:b])


def _name_closes(words: list[str], lower: list[str]) -> bool:
    """Whether words end in a person's full name: two capitalised words, neither a title nor an
    organisation word, after a lower-case role word ("committee member Doug Collins") or opening
    with a known given name."""
    if len(words) < 2 or not all(_is_cap(w) and lw not in TITLES and lw not in ORG_WORDS and lw not in CONNECTORS
                                 for w, lw in zip(words[-2:], lower[-2:])):
        return False
    return len(words) > 2 and words[-3].islower() and lower[-3] not in CONNECTORS or lower[-2] in GIVEN_NAMES


# Last words of places, never of a name after them: "Vancouver Island North", "Northern Territory".
_PLACE_LAST_WORDS = {"north", "south", "east", "west", "central", "territory", "island", "islands", "county",
                     "city", "district", "province", "region", "state", "valley", "coast"}


def _title_of_place(body: list[str], lbody: list[str], k: int):
    """ "Mayor of Bristol Tom Hale", "MP for Leeds North Ruth Cole": a title of a place or office
    (all titles before "of"/"for" at k), then the name, its last two words (three when the first of
    them is a known given name: two family names), when at least three capitalised words follow;
    None otherwise."""
    tail = [w for w in body[k + 1:] if w.lower() != "the"]  # ("Senator for the Northern Territory": a place)
    if len(tail) == 2 and tail[0] == "State" and lbody[k - 1] in ("minister", "secretary") \
            and lbody[-1] not in ORG_WORDS | TITLES | CONNECTORS | _PLACE_LAST_WORDS:
        return body[-1:], lbody[-1:], " ".join(body[:-1]), None  # "Secretary of State Blinken": a surname
    if len(tail) >= 3 and all(w[0].isupper() for w in tail[-2:]) and lbody[-1] not in _PLACE_LAST_WORDS \
            and not any(w in ORG_WORDS or w in TITLES or w in CONNECTORS for w in lbody[-2:]):
        n = 3 if len(tail) >= 4 and lbody[-3] in GIVEN_NAMES and lbody[-2] not in GIVEN_NAMES else 2
        return body[-n:], lbody[-n:], " ".join(body[:-n]), None  # ("... of Justice Wanda Vázquez Garced")
    if len(tail) >= 2 and lbody[-2] in ORG_WORDS and body[-1][0].isupper() \
            and lbody[-1] not in ORG_WORDS | TITLES | CONNECTORS:
        # "Secretary General of the Andean Community Wagner": the body's name ends in its kind, then a surname.
        return body[-1:], lbody[-1:], " ".join(body[:-1]), None
    return None


def _office_for_fields(body: list[str], lbody: list[str]) -> bool:
    """Whether the words are an office "for" a field, with no name after it: "Cabinet Secretary for
    Health and Social Care", "Secretary of State for International Trade", "Cabinet Secretary for the
    Economy and Infrastructure". A field joined by "and"
    may be long; one without "and" is three words at most, so a name not known as one may follow it."""
    if "for" not in lbody or lbody[0] not in TITLES and lbody[0] not in QUALIFIERS and lbody[0] != "cabinet":
        return False
    k = lbody.index("for")
    after = body[k + 1:]
    # "... Social Care Jeremy Miles", "... and Community Safety Siobhian Brown": a name follows
    named = any(w in GIVEN_NAMES for w in lbody[k + 2:]) or _name_after_joined_field(body, lbody, k) is not None
    short = "and" in lbody[k + 1:-1] or len(after) <= 2
    return 0 < k <= 4 and short and all(w[0].isupper() or w in ("and", "&", "the", "of") for w in after) \
        and any(w in TITLES for w in lbody[:k]) and not named


# Seats held "for" a constituency: "LNP Member for Leichhardt Warren Entsch", "MSP for Fife Ann Ober".
_ELECTED_FOR = {"member", "mp", "msp", "mla", "mp.", "td", "senator", "ms", "am"}


def _holder_after_for(body: list[str], lbody: list[str]) -> int | None:
    """Where the holder's name starts in an office "for" a place or field followed by a full name
    that opens with a known given name: "Special Representative for Iran Tom Hale", "Minister for
    Europe and the Americas Ann Ober". None when no such name closes the mention."""
    if "for" not in lbody:
        return None
    k = lbody.index("for")
    if not any(w in TITLES for w in lbody[:k]) and not (k and lbody[k - 1] in _ELECTED_FOR):
        return None
    p = next((p for p in range(k + 2, len(body) - 1) if lbody[p] in GIVEN_NAMES), None)
    if p is None:
        p = _name_after_joined_field(body, lbody, k)
    if p is None or len(body) - p > 3 or lbody[p - 1] in TITLES and lbody[p - 1] not in BODY_TITLES \
            or not all(_is_cap(w) for w in body[p:]):
        return None
    return p


def _name_after_joined_field(body: list[str], lbody: list[str], k: int) -> int | None:
    """Where a name starts after an office for two fields joined by "and" when four or more capitalised
    words follow the "and" ("Minister for Victims and Community Safety Siobhian Brown"): a field after
    "and" runs to two words, so the last two are the holder's name, given name known or not."""
    if "and" not in lbody[k + 2:]:
        return None
    j = len(lbody) - 1 - lbody[::-1].index("and")
    tail, ltail = body[j + 1:], lbody[j + 1:]
    if len(tail) < 4 or not all(_is_cap(w) for w in tail) \
            or any(w in TITLES or w in ORG_WORDS or w in CONNECTORS for w in ltail[-2:]):
        return None
    return len(body) - 2


def _title_for_place(body: list[str], lbody: list[str]):
    k = lbody.index("for")
    return _title_of_place(body, lbody, k) if k > 0 and all(w in TITLES for w in lbody[:k]) else None


def _split_of(body: list[str], lbody: list[str]) -> tuple[list[str], list[str], str | None, str | None]:
    """Take an "of" phrase out of a capitalised mention: (name words, lower-cased, role before, role after).

    - "President Volodymyr Zelenskyy of Ukraine": title and name, then the place (role after);
    - "Mayor of Bristol Tom Hale", "Minister of Information Bereket Simon", "Member of Parliament
      Shashi Tharoor": a title of a place or office, then the name, its last two words, when at least
      three capitalised words follow "of" (role before: "Mayor of Bristol");
    - "Lucy Fischer of The Times", "Tara Gold of Leeds": a name of two or more words that are
      neither titles nor organisation words, then where the person is from (role after, without "of").
    Organisations ("the Bank of England") and roles held in a place ("the Archbishop of Canterbury")
    are left whole.
    """
    if "of" not in lbody:
        if "for" in lbody and (named := _title_for_place(body, lbody)) is not None:
            return named
        return body, lbody, None, None
    k = lbody.index("of")
    before, after = lbody[:k], lbody[k + 1:]
    if after and _name_closes(body[:k], before):
        # "Republican committee member Doug Collins of Georgia": a role, a name, where they are from.
        return body[:k], lbody[:k], None, " ".join(body[k:])
    if k == 0 or not after or any(w in ORG_WORDS for w in before):
        return body, lbody, None, None
    if all(w in TITLES or w in _TIME_OF_OFFICE or w == "and" and 0 < n < len(before) - 1
           for n, w in enumerate(before)) and any(w in TITLES for w in before) \
            or before == ["member"] and body[0] == "Member":
        # ("Deputy Prime Minister and Minister of Canadian Heritage Sheila Copps": two posts, one holder)
        return _title_of_place(body, lbody, k) or (body, lbody, None, None)
    # A family name's particles may sit inside the name: "Maria delos Santos of Manila's police".
    name_like = body[0][0].isupper() and all(w[0].isupper() or x and w in NAME_PARTICLES
                                             for x, w in enumerate(body[:k]))
    titled = lbody[0] in TITLES or (lbody[0] in _TIME_OF_OFFICE and k >= 2 and lbody[1] in TITLES)  # "Acting ..."
    if titled or k >= 2 and name_like \
            and not any(w in TITLES or w in CONNECTORS - NAME_PARTICLES for w in before) \
            and not _post_then_holder(body[k + 1:]):
        # (not "Joint Chiefs of Staff Chairman Army Gen. Hugh H. Shelton": a post, then its holder)
        return body[:k], lbody[:k], None, " ".join(body[k:])
    if k == 1 and name_like and before[0] not in TITLES and before[0] not in CONNECTORS \
            and not _people_noun(before[0]) and _names_a_body(body[k + 1:]):
        # "said Weisskopf of NASA’s Marshall Space Flight Center": a surname, then where they work.
        return body[:k], lbody[:k], None, " ".join(body[k:])
    return body, lbody, None, None


def _post_then_holder(words: list[str]) -> bool:
    """Whether capitalised words after "of" end with a title and the two or three words of a name
    ("Staff Chairman Army Gen. Hugh H. Shelton"): the holder of a post named before them."""
    for n in (2, 3):
        if len(words) > n and (words[-n - 1].lower() in TITLES or words[-n - 1].rstrip(".").lower() in TITLES) \
                and all(_is_cap(w) and w.lower() not in TITLES for w in words[-n:]):
            return True
    return False


def _people_noun(word: str) -> bool:
    """Whether a lower-cased word is a noun for people, one or many ("members", "staff", "voters")."""
    return any(w in PERSON_HEADS or w in EVERYDAY_PEOPLE or w in GROUP_WORDS or w in ROLE_WORDS
               for w in (word, word[:-1] if word.endswith("s") else word))


def _names_a_body(words: list[str]) -> bool:
    """Whether capitalised words after "of" name an organisation: an organisation word, initials, or
    an owner ("NASA’s Marshall Space Flight Center", "the University of Leeds"); not a place."""
    return any(w.lower() in ORG_WORDS or w.endswith(("’s", "'s")) or len(w) > 1 and w.isupper() for w in words)


# Words that say when someone holds an office, before its title: "Current Prime Minister of India".
_TIME_OF_OFFICE = {"current", "former", "then", "incumbent", "acting", "outgoing", "interim", "late", "new"}


def _strip_possessive(name: str) -> str:
    return re.sub(r"[’']s$", "", name)


# Posts a body's name may run into before a holder in commas: "Wales Council for Voluntary Action
# Director of Operations, Matthew Brown, said", "Kestria Council Cabinet Member for Housing,
# Councillor Ana Ruiz, said".
_POSTS = {"director", "chief", "manager", "president", "secretary", "officer", "chair", "chairman", "chairwoman",
          "chairperson", "administrator", "commissioner", "minister", "spokesperson", "spokesman", "spokeswoman",
          "leader", "member"}


# An office for a list of fields, up to the last field's last words: "Minister for Families, Community
# Services and ", "Minister for Aboriginal and Torres Strait ".
_POST_LIST_BEFORE = re.compile(r"(?:Minister|Secretary|Commissioner|Spokesperson|Spokesman|Spokeswoman|Director|"
                               r"Envoy|Ambassador|Member)(?:\s+of\s+State)?\s+(?:for|of)\s+[A-Z][\w’'\-]*"
                               r"(?:,?\s+(?:[A-Z][\w’'\-]*|and|&))*,?\s+$")


def _holder_of_listed_post(text, toks, i: int, j: int, head: SpeakerMention) -> SpeakerMention | None:
    """ "Minister for Families, Community Services and Indigenous Affairs, Mal Brough, said": the last
    field of an office's list (`head`, up to the comma at j) is no body; the full name in the commas
    before the cue at i holds the office."""
    at = text.find(head.name, head.start, head.end) if head.name else -1
    at = head.start if at < 0 else at  # (the field's words the head was read as a name)
    post = _POST_LIST_BEFORE.search(text, max(0, at - 120), at)
    if post is None or not _is_cap(toks[i - 1][2]):
        return None
    inner = _read_name(text, toks, i - 1)
    if inner is None or inner.kind != "person" or not inner.name or " " not in inner.name \
            or inner.start != toks[j + 1][0]:
        return None
    return SpeakerMention(post.start(), toks[i][1], text[post.start():toks[i][1]], inner.name,
                          role=text[post.start():toks[j][0]].strip(), kind="person")


def _read_appositive(text, toks, i) -> SpeakerMention | None:
    """ "Dmitry Peskov, the Kremlin spokesperson, said": the name before the first comma, the role between."""
    j = _comma_before(toks, i)
    if j is None or j == i - 1:
        return None
    head, j, first_j = _appositive_head(text, toks, j)
    if head is None or head.pronoun:
        # "The then-manager of X and Director of Y, David Clay, said": a full name between the
        # commas right before the cue speaks, whatever the words before it.
        inner = _read_name(text, toks, i - 1) if i - 1 > first_j and _is_cap(toks[i - 1][2]) else None
        if inner and inner.kind == "person" and inner.name and " " in inner.name and inner.start == toks[first_j + 1][0]:
            return SpeakerMention(inner.start, toks[i][1], text[inner.start:toks[i][1]], inner.name, role=inner.role)
        if inner and inner.kind == "person" and inner.name and " " in inner.name and head is None:
            # "Another co-author, civil and environmental engineering professor Julian Marshall, said":
            # lower-case words of a post, then the full name, between the commas.
            lead = [t for t in toks[first_j + 1:i] if t[0] < inner.start]
            if lead and all(t[2] in ("and", "of") or _role_noun(t[2]) or t[2].endswith("ing") and t[2].isalpha()
                            and t[2] not in ASIDE_OPENERS for t in lead):
                start = lead[0][0]
                return SpeakerMention(start, toks[i][1], text[start:toks[i][1]], inner.name,
                                      role=text[start:inner.start].strip() + (" " + inner.role if inner.role else ""))
        return None
    inner_words = [t[2] for t in toks[j + 1:i]]
    appositive = text[toks[j + 1][0]:toks[i - 1][1]]
    first = inner_words[0].lower()
    if head.kind == "person" and _names_listed(text, toks, j + 1, i - 1):
        # "Tom Hale, Ann Ober and Dale Ruiz said": people listed, who speak together, none alone.
        return SpeakerMention(head.start, toks[i][1], text[head.start:toks[i][1]], None, kind="group", common=True)
    if first in ("who", "which", "whose", "whom", "where", "when", "according") or first in ASIDE_OPENERS:
        # A clause, the relay of a report ("according to The Telegraph") or where and how it was
        # said ("in remarks to al-Ikhbariya television", "speaking on Monday"): no role.
        role = None
    else:
        role = re.sub(r"^(?:the|a|an)\s+", "", appositive)
    if (holder := _holder_of_listed_post(text, toks, i, j, head)) is not None:
        return holder
    titled = head.kind != "person" and (_lower(head.text.split()[0]) in TITLES | {"the", "a", "an"}
                                        and any(_lower(w) in TITLES for w in head.text.split()[:2])
                                        or any(_lower(w) in _POSTS for w in head.text.split()[1:]))
    if (head.name is None or head.common or titled) and role and _is_cap(inner_words[-1]):
        # "a spokeswoman, Anna Richardson White, said", "the head of the main opposition party,
        # Ilse Brandt, said": the name sits in the commas, the description is its role.
        inner = _read_name(text, toks, i - 1)
        if inner and inner.kind == "person" and inner.name and (head.kind == "person" or " " in inner.name):
            return SpeakerMention(head.start, toks[i][1], text[head.start:toks[i][1]], inner.name,
                                  role=head.text if head.text else None, kind="person")
        if inner and inner.kind == "organization" and inner.name and head.kind == "organization" and not inner.common:
            # "One news site, Znak.com, claims": the body described, by its name.
            return SpeakerMention(head.start, toks[i][1], text[head.start:toks[i][1]], inner.name,
                                  kind="organization")
    if head.kind == "person" and head.name and not head.common and len(inner_words) >= 2 \
            and (inner := _read_name(text, toks, i - 1)) is not None and inner.kind == "person" \
            and inner.name and " " in inner.name and inner.start == toks[j + 1][0]:
        # "former Minister under Jean Chrétien, Stéphane Dion, said": a full name before the comma
        # after a preposition is its object; the one between the commas speaks, the words before
        # them are its role.
        k = next((x for x in range(j, -1, -1) if toks[x][0] == head.start), 0)
        if k and toks[k - 1][2].lower() in OBJECT_PREPOSITIONS | {"under", "beside", "alongside"}:
            lead = k - 1
            while lead > 0 and k - lead < 12 and (toks[lead - 1][2][0].isalnum() or toks[lead - 1][2] == "-"):
                lead -= 1
            start = toks[lead][0]
            return SpeakerMention(start, toks[i][1], text[start:toks[i][1]], inner.name,
                                  role=text[start:toks[j][0]].strip() or None, kind="person")
    if head.kind == "person" and head.name and len(inner_words) <= 2 and all(_is_cap(w) for w in inner_words) \
            and first not in ("who",):
        # "Smith, R-Texas," or a place: "Jones, Ohio,".
        role = head.role
    if head.kind == "person" and role and role.split()[0][0].isdigit():
        role = head.role  # an age: "Jessie Elkins, 70,"
    kind = head.kind
    if kind == "person" and head.name and " " not in head.name and first in ASIDE_OPENERS \
            and len(inner_words) > 1 and inner_words[1].lower() == "its":
        kind = "organization"  # "Coles, in its March 8 media release, said": "its" says what Coles is
    return SpeakerMention(head.start, toks[i][1], text[head.start:toks[i][1]], head.name,
                          role=role or head.role, kind=kind, head=head.head, common=head.common)


def _name_before_stray_comma(text, toks, i) -> SpeakerMention | None:
    """ '"...," Dr Ober, concluded.': a comma the writer left between a speaker named right after a
    quotation and the cue. Only a name that opens the attribution reads so, not one of a list."""
    if i < 2 or not _is_cap(toks[i - 1][2]):
        return None
    name = _read_name(text, toks, i - 1)
    if name is None or name.kind != "person" or not name.name or name.common \
            or not text[:name.start].rstrip().endswith(("”", '"', "’")):
        return None
    return SpeakerMention(name.start, toks[i][1], text[name.start:toks[i][1]], name.name, role=name.role,
                          kind="person")


def _names_listed(text, toks, a: int, b: int) -> bool:
    """Whether tokens a..b end a list of names: "Ann Ober and Dale Ruiz", "Ann Ober, and Dale Ruiz"."""
    ands = [x for x in range(a, b) if toks[x][2].lower() in ("and", "&")]
    if not ands or not all(_is_cap(t[2]) for t in toks[ands[-1] + 1:b + 1]):
        return False
    words = [t[2] for t in toks[ands[-1] + 1:b + 1]]
    if words[0].lower() not in GIVEN_NAMES:
        return False  # ("Secretary of State for Health and Social Care": a field, not a person)
    last = classify_name(text, toks[ands[-1] + 1][0], toks[b][1], words)
    return last is not None and last.kind == "person" and bool(last.name) and " " in last.name


def _comma_before(toks, i: int) -> int | None:
    """The comma opening the phrase that ends at token i, within 25 tokens; None if a stop comes first.
    A body's initials in brackets are read past: "Andrew Quinn, Head of the National Food Crime Unit
    (NFCU), said"."""
    j = i - 1
    while j >= 0 and i - j < 25:
        if toks[j][2] == ")" and j >= 2 and toks[j - 2][2] == "(" and toks[j - 1][2].isupper():
            j -= 3
            continue
        if toks[j][2] in (",", ";", ":", "(", ")", "“", "”", '"'):
            break
        j -= 1
    return j if j > 0 and toks[j][2] == "," else None


def _appositive_head(text, toks, j: int) -> tuple[SpeakerMention | None, int, int]:
    """(the phrase before the commas, the comma after it, the nearest comma to the cue).

    Several commas may stand between name and cue: a relative clause ("Nadia Kerr, who heads the
    union, said"), an age, a place or a participle ("Sandra Inman, a Cruz supporter from Jackson,
    Miss., attending the convention, said"); the head is read past them.
    """
    head = _read_np_backwards(text, toks, j - 1)
    first_head, first_j = head, j
    for _ in range(3):
        clause = _relative_clause_start(toks, j)
        if clause is not None:
            j = first_j = clause
            head = first_head = _read_np_backwards(text, toks, j - 1)
            continue
        if head is not None and not (head.kind == "person" and head.name and " " not in head.name):
            break
        k = _comma_before(toks, j)
        if k is None:
            break
        j = k
        head = _read_np_backwards(text, toks, j - 1)
    if head is None or head.pronoun or (head.kind == "person" and head.name and " " not in head.name
                                        and first_head is not None):
        # Only single names further back: the nearest reading stands ("Smith, 70, said").
        head, j = first_head, first_j
        if head is None and j >= 2 and toks[j - 1][2][0].isdigit() and toks[j - 2][2] == ",":
            j -= 2
            head = _read_np_backwards(text, toks, j - 1)
    return head, j, first_j


def _relative_clause_start(toks, j: int) -> int | None:
    """The comma opening a relative clause that runs up to the comma at j (", who heads the
    union,"), or None when the words before j are not one."""
    k = j - 1
    while k >= 0 and toks[k][2] not in (",", ";", ":", "(", ")", "“", "”", '"') and j - k < 25:
        k -= 1
    if k > 0 and toks[k][2] == "," and k + 1 < j and toks[k + 1][2].lower() in ("who", "which", "whose", "whom"):
        return k
    return None


def _person_head(word: str) -> bool:
    return word in PERSON_HEADS or word.endswith("s") and word[:-1] in PERSON_HEADS


def _read_common_np(text, toks, i, strict: bool = False) -> SpeakerMention | None:
    """An unnamed speaker phrase ending at token i: "officials", "a Twitter spokesman", "the campaign"."""
    j = i
    n = 0
    owned = False  # past a possessor ("Meles's successor"), only the possessor's own name goes on
    while j - 1 >= 0 and n < 6:
        w = toks[j - 1][2]
        lw = w.lower()
        if lw in DETERMINERS:
            j -= 1
            break
        if owned and not _is_cap(w):
            break  # "Obama stood beside Meles's successor": the verb and preposition are no modifiers
        if _is_cap(w) and lw in GIVEN_NAMES and j < i and _is_cap(toks[j][2]):
            # "Tom Hale met reporters": a person's full name modifies no noun; the phrase ends after
            # it ("Ann Pryce's statement": an owner's name does).
            after = next((x for x in range(j, i + 1) if not _is_cap(toks[x][2])), i)
            if not any(t[2].endswith(("'s", "’s")) for t in toks[j - 1:after]):
                j = after
                break
        owned = owned or lw.endswith(("’s", "'s")) and len(lw) > 2
        if lw == "and" and j - 2 >= 0 and toks[j - 2][2][0].isupper():
            j -= 1
            continue
        if lw in CLAUSE_WORDS or not w[0].isalnum() and w not in ("’s", "'s", "-"):
            break
        if lw in ("’s", "'s"):
            j -= 1
            continue
        if _is_cap(w) and lw in _NONSPEAKER_CAPS:
            break
        j -= 1
        n += 1
    words = [t[2] for t in toks[j:i + 1]]
    head = words[-1].lower()
    # "the top State Department official for refugee issues", "a spokesman for farm groups": the
    # person before the preposition is the head, not what the post is for.
    post_for = next((k for k in range(1, len(words) - 1) if words[k] in ("for", "on")
                     and _person_head(words[k - 1].lower())), None)
    if post_for is not None:
        head = words[post_for - 1].lower()
    lhead = head[:-1] if head.endswith("s") and head[:-1] in PERSON_HEADS else head
    plural = head.endswith("s") and not head.endswith("ss")  # "officials", not "the boss" or "a witness"
    if strict and words[0].lower() not in DETERMINERS and not (head.endswith("s") and not head.endswith("ss")) \
            and head not in QUANTITY_HEADS and post_for is None:
        return None  # an unknown singular noun with no determiner is not a subject we can trust
    if head in ORG_HEADS or (head.endswith("s") and head[:-1] in ORG_HEADS and head[:-1] not in PERSON_HEADS):
        kind = "organization"
    elif plural and lhead in PERSON_HEADS or head in ("police", "people", "authorities", "men", "women", "children",
                                                      "staff") or head in QUANTITY_HEADS or (strict and plural):
        kind = "group"
    else:
        kind = "person"
    if len(words) == 1 and kind == "person" and head not in QUANTITY_HEADS:
        return None  # a bare "spokesman" is part of a longer phrase we could not read
    start, end = toks[j][0], toks[i][1]
    mention = text[start:end]
    name = None if kind == "person" else mention
    if kind == "organization" and (cap := next((t for t in toks[j:i] if _is_cap(t[2])
                                                and t[2].lower() not in DETERMINERS), None)) is not None \
            and cap[0] > start:
        name = _without_kind(text[cap[0]:end])  # "the opposition Renamo party": from its capital to its kind
    return SpeakerMention(start, end, mention, name, kind=kind, head=lhead,
                          role=mention if kind == "person" else None, common=True)


# Nouns that say what kind of body the name after them is: "the charity Oxfam", "nonprofit CNA",
# "the think tank Chatham House". None of them is said of a person.
BODY_DESCRIPTORS = {"charity", "nonprofit", "non-profit", "organisation", "organization", "group", "tank", "firm",
                    "company", "consultancy", "watchdog", "regulator", "broadcaster", "newspaper", "daily", "weekly",
                    "website", "agency", "bank", "insurer", "retailer", "airline", "union", "foundation", "institute",
                    "network", "outlet", "magazine", "lender", "carmaker", "automaker", "manufacturer", "startup",
                    "start-up", "chain", "supermarket", "publisher", "developer", "operator", "utility",
                    "site"}


# The kind of body written after its name in lower case ("the China Daily newspaper", "the Interfax
# news agency", "the Renamo party"): no part of the name.
_KIND_AFTER_NAME = re.compile(r"(?:\s+(?:news|state|opposition|ruling))?\s+(?:" + "|".join(
    sorted(BODY_DESCRIPTORS - {"group", "union", "foundation", "institute", "bank", "chain", "site"}
           | {"party", "movement", "paper"})) + r")$")


def _without_kind(name: str) -> str:
    """A body's name without the lower-case kind noun after it: "Renamo party" is Renamo."""
    bare = _KIND_AFTER_NAME.sub("", name)
    words = bare.split()
    if bare == name or not all(w[0].isupper() and "-" not in w or w in ("of", "and", "for") for w in words) \
            or all(w.lower() in DEMONYMS or w.lower() in COUNTRIES for w in words):
        return name  # ("the British newspaper", "the Chinese state news agency" are described, not named)
    return bare


# A nationality's form: "Fijian", "Congolese", "Pakistani", "Turkish".
NATIONALITY = r"[A-Z][a-z]+(?:an|ian|ese|i|ish)"
NATIONALITY_WORD = re.compile(NATIONALITY)


def _described_body_name(text, toks, m: SpeakerMention) -> SpeakerMention | None:
    """ "according to the charity Oxfam", "according to nonprofit CNA", "the Fijian newspaper Sunday
    Post": lower-case words (or a nationality) ending in a kind of body, then the body's name. The
    name speaks, as an organisation."""
    words = [t for t in toks if t[0] < m.start]
    if words and words[0][2].lower() in ("the", "a", "an"):
        words = words[1:]
    kind_at = max((i for i, t in enumerate(words) if t[2] in BODY_DESCRIPTORS), default=-1)
    named = words[kind_at + 1:]  # a name's own capitalised words the reader left out ("Sunday" Post)
    words = words[:kind_at + 1]
    if not words or len(words) > 3 or not all(t[2].islower() or t[2].lower() in DEMONYMS
                                              or NATIONALITY_WORD.fullmatch(t[2]) for t in words) \
            or not all(_is_cap(t[2]) for t in named) or not m.name or m.common:
        return None
    start = toks[0][0]
    name = text[named[0][0]:m.end] if named else m.name
    return SpeakerMention(start, m.end, text[start:m.end], name, kind="organization", head=words[-1][2])


# After a body's name: its post and, in commas, the holder's name ("Kestria University's chancellor,
# Ann Lee", "University of California, San Diego's chancellor, Pradeep Khosla").
_OWNED_POST_AFTER = re.compile(r"(?:,\s+(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*)?['’]s\s+"
                               r"((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*),\s+")


def _post_word(word: str) -> bool:
    """Whether a lower-case noun names someone's post or relation ("chancellor", "lawyer", "wife"), not a thing."""
    return word not in DOCUMENTS and (word in PERSON_HEADS or word in ROLE_WORDS or word in TITLES
                                      or bool(_PERSON_NOUN.search(word)))


_OWNED_POST = re.compile(r"['’]s\s+((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)(?=\s*[,.;:!?]|$)")


def _owned_post_holder(text: str, m: SpeakerMention, hi: int) -> SpeakerMention | None:
    """The holder of a body's post named after it: "said Kestria University's chancellor, Ann Lee"
    gives Ann Lee (the body owns the post; it does not speak)."""
    at = m.end - (2 if m.text.endswith(("'s", "’s")) else 0)
    owned = _OWNED_POST_AFTER.match(text, at, hi)
    if owned is None and (post := _OWNED_POST.match(text, at, hi)) and _post_word(post.group(1).split()[-1]):
        # "said Kestria University's chancellor": someone described, whom the article does not name here.
        return SpeakerMention(m.start, post.end(), text[m.start:post.end()], None, role=text[m.start:post.end()],
                              kind="person", head=post.group(1).split()[-1], common=True)
    if owned is None or not _post_word(owned.group(1).split()[-1]):
        return None
    holder = read_speaker_after(text, owned.end(), hi)
    if holder is None or holder.kind != "person" or not holder.name or " " not in holder.name or holder.role:
        return None
    return SpeakerMention(m.start, holder.end, text[m.start:holder.end], holder.name,
                          role=text[m.start:owned.end()].rstrip(", "))


def _numbered_title_holder(text: str, toks, m: SpeakerMention) -> SpeakerMention | None:
    """A titled full name after a title holding a number: "said FEMA Region 5 Regional Administrator
    Tom Sivak" is Tom Sivak (read backwards, the number ends the title at "Regional")."""
    before = [t[2] for t in toks if t[0] < m.start]
    if m.kind != "person" or not m.name or " " not in m.name or m.common or not before \
            or not any(w.isdigit() for w in before) or not all(_is_cap(w) or w.isdigit() for w in before):
        return None
    start = toks[0][0]
    role = " ".join(w for w in (text[start:m.start].strip(), m.role) if w)
    return SpeakerMention(start, m.end, text[start:m.end], m.name, role=role, kind="person")


def _holder_before_office(text: str, toks, last: int, m: SpeakerMention) -> SpeakerMention | None:
    """A titled full name, then the office's field: "said U.S. Attorney Kevin G. Ritz for the Western
    District of Tennessee" is Kevin G. Ritz, "U.S. Attorney for the Western District of Tennessee"
    (read as a whole, m, the phrase is a description of a district)."""
    if m.start != toks[0][0] or m.kind != "person" or m.name is not None:
        return None
    for j in range(2, last):
        if toks[j][2] not in ("for", "of") or toks[j + 1][2] != "the":
            continue
        holder = _read_np_backwards(text, toks, j - 1, loose=False)
        if holder is None or holder.start != toks[0][0] or holder.kind != "person" or not holder.name \
                or " " not in holder.name or holder.common or not holder.role:
            return None
        end = toks[last][1]
        return SpeakerMention(holder.start, end, text[holder.start:end], holder.name,
                              role=f"{holder.role} {text[toks[j][0]:end]}", kind="person")
    return None


# An office for a list of fields, then its holder, closing the sentence: "said Forest Service Deputy
# Chief for State, Private, and Tribal Forestry Jaelith Hall-Rivera." The list's last field runs to
# two words at most before the holder's two-word name, as in `_name_after_joined_field`.
_POST_FOR_LIST = re.compile(r"\s*(?P<post>(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,6}\s+for\s+"
                            r"[A-Z][\w’'\-]*"
                            r"(?:,\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?){1,4},?\s+and\s+"
                            r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\s+"
                            r"(?P<name>[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+)(?=\s*[.,;:]|\s*$)")


# A verb in the past tense (lower case, "-ed") right after a capitalised word is no part of a name.
_VERB_AFTER_NAME = re.compile(r"[a-z]{2,}ed")


def read_speaker_after(text: str, pos: int, hi: int) -> SpeakerMention | None:
    """The speaker of an inverted attribution, right after the cue: "said Peskov", "said the spokesman"."""
    if (listed := _POST_FOR_LIST.match(text, pos, hi)) is not None:
        return SpeakerMention(listed.start("post"), listed.end("name"), text[listed.start("post"):listed.end("name")],
                              listed.group("name"), role=listed.group("post").removeprefix("the "), kind="person")
    toks = _tokens(text, pos, min(hi, pos + 240))
    if not toks:
        return None
    w = toks[0][2]
    lw = w.lower()
    if (lw in _ISSUED_THINGS or lw.endswith("s") and lw[:-1] in _ISSUED_THINGS) and len(toks) > 2 \
            and (issuer := _issuer_after(text, toks, 1, hi)) is not None:
        # "according to research (done) by Sophos", "data from the ministry": whoever produced it.
        return SpeakerMention(toks[0][0], issuer.end, text[toks[0][0]:issuer.end], issuer.name, role=issuer.role,
                              kind=issuer.kind, head=issuer.head if issuer.common else None, common=issuer.common)
    if lw in PRONOUNS and lw not in ("who", "it", "you") and not (len(w) > 1 and w.isupper()):
        # "said he" is rare but does occur; "said it" is an object.
        return SpeakerMention(toks[0][0], toks[0][1], w, None, kind=PRONOUNS[lw], pronoun=True)
    # Read forwards to the end of the phrase (a stop, a clause word, or 14 tokens), then take the
    # longest prefix that reads as a speaker phrase when read backwards from its last word.
    n = min(len(toks), 18)
    k = 0
    while k < n:
        t = toks[k][2]
        if t in (",", ".", ";", ":", "“", "”", '"', "—", "–") or (t.lower() in CLAUSE_WORDS and t.lower() != "and"
                                                                       and k > 0 and not _name_goes_on(toks, k)
                                                                       and not _post_to(toks, k)
                                                                       and not _issued_by(toks, k)
                                                                       and not _body_on(toks, k)
                                                                       and not _title_goes_on(toks, k)):
            break
        if k > 0 and _VERB_AFTER_NAME.fullmatch(t) and toks[k - 1][2][:1].isupper():
            break  # "President Obama released a statement", "Netanyahu rallied supporters": a verb ends it
        k += 1
    for last in range(k - 1, -1, -1):
        if toks[last][2].lower() in ISSUED and last > 0 and toks[last - 1][2].lower() in DOCUMENTS:
            continue  # "a statement released (by ...)": the document, then who issued it
        m = _read_np_backwards(text, toks, last, loose=False)
        if m is not None and m.start > toks[0][0] and (described := _described_body_name(text, toks, m)):
            return described
        if m is not None and m.kind == "person" and m.name and " " in m.name and not m.common \
                and (roles := _roles_joined_before(text, toks, m)) is not None:
            # "said former New Zealand coach and former test player John Bracewell": two posts, one holder.
            return SpeakerMention(toks[0][0], m.end, text[toks[0][0]:m.end], m.name, role=roles, kind="person")
        if m is not None and m.kind == "person" and m.name and " " in m.name and not m.common \
                and (body := _initialled_body_before(text, toks, m)) is not None:
            # "said U.S. Office of Personnel Management (OPM) Director Kiran Ahuja": the body's post holder.
            return SpeakerMention(body.start, m.end, text[body.start:m.end], m.name,
                                  role=" ".join(w for w in (body.text, m.role) if w), kind="person")
        if m is not None and m.start == toks[0][0] and (post := _owned_post_holder(text, m, hi)) is not None:
            return post
        if m is not None and (holder := _numbered_title_holder(text, toks, m)
                              or _holder_before_office(text, toks, last, m)) is not None:
            return holder
        if m is not None and m.start == toks[0][0] and not m.pronoun \
                and not (m.name and m.name.endswith(("'", "’")) and not m.common):  # "Windsor Locks'": an owner
            nxt = last + 1
            if m.head in _ISSUED_THINGS and (issuer := _issuer_after(text, toks, nxt, hi)) is not None:
                return SpeakerMention(m.start, issuer.end, text[m.start:issuer.end], issuer.name, role=issuer.role,
                                      kind=issuer.kind, head=issuer.head if issuer.common else None,
                                      common=issuer.common)
            if nxt < len(toks) and toks[nxt][2] == "(":
                close = next((x for x in range(nxt, min(len(toks), nxt + 8)) if toks[x][2] == ")"), None)
                if close is not None and PARTY_TAG.match(text[toks[nxt][0]:toks[close][1]]):
                    m.end = toks[close][1]
                    m.text = text[m.start:m.end]
                    nxt = close + 1
            if m.kind == "person" and m.name and nxt + 1 < len(toks) and toks[nxt][2] == ",":
                _appositive_after(text, toks, nxt, m)
            elif m.kind == "person" and m.name is None and nxt + 1 < len(toks) and toks[nxt][2] == ",":
                return _name_after_description(text, toks, nxt, m) or m
            return m
    return None


def _roles_joined_before(text, toks, m: SpeakerMention) -> str | None:
    """The posts, joined by "and", that open the phrase before the holder m: "former coach and
    former test player (John Bracewell)"; None unless the words before "and" are a post."""
    k = next((x for x in range(len(toks)) if toks[x][0] == m.start), None)
    a = k
    while a is not None and a >= 1 and k - a < 4 and toks[a - 1][2].islower() and toks[a - 1][2] != "and":
        a -= 1  # the second post's own words: "former test player"
    if k is None or a < 2 or toks[a - 1][2] != "and" or a < k and not _post_word(toks[k - 1][2]):
        return None
    first = _read_np_backwards(text, toks, a - 2, loose=False)
    if first is None or first.start != toks[0][0] or first.kind != "person" or first.name or not first.role:
        return None
    return " ".join(w for w in (text[toks[0][0]:toks[k - 1][1]], m.role) if w)


def _initialled_body_before(text, toks, m: SpeakerMention) -> SpeakerMention | None:
    """The body with its initials in brackets that opens the phrase right before the mention m, if any."""
    k = next((x for x in range(len(toks)) if toks[x][0] == m.start), None)
    if k is None or k < 2 or toks[k - 1][2] != ")":
        return None
    body = _read_np_core(text, toks, k - 1)
    if body is None or body.kind != "organization":
        return None
    lead = [t[2] for t in toks if t[0] < body.start]  # "U.S.", "the": the body's own first words
    if not all(_is_cap(w) or w.lower() in ("the", "a", "an") for w in lead):
        return None
    return SpeakerMention(toks[0][0], body.end, text[toks[0][0]:body.end], body.name, kind="organization")


def _post_to(toks, k: int) -> bool:
    """Whether "to" at k goes on a capitalised post to a capitalised body: "Ambassador to the
    United Nations", "Envoy to Syria"."""
    return toks[k][2] == "to" and _is_cap(toks[k - 1][2]) and toks[k - 1][2].lower() in PERSON_HEADS | TITLES \
        and k + 1 < len(toks) and (_is_cap(toks[k + 1][2]) or toks[k + 1][2] == "the")


def _issued_by(toks, k: int) -> bool:
    """Whether "by" or "from" at k names who issued the document before it: "the reports by Johns
    Hopkins University", "a statement released from the ministry"."""
    if toks[k][2] not in ("by", "from"):
        return False
    n = k - 2 if k >= 2 and toks[k - 1][2].lower() in ISSUED else k - 1
    return toks[n][2].lower() in DOCUMENTS or toks[n][2].lower()[:-1] in DOCUMENTS


def _name_goes_on(toks, k: int) -> bool:
    """Whether a capitalised word at k that is also a clause word continues a name ("said Mrs May",
    "Theresa May said", "Willie E. May"): after an honorific, a given name or a middle initial it is a surname."""
    before = toks[k - 1][2]
    return toks[k][2][0].isupper() and (before.lower() in HONORIFICS | {"sir", "dame", "lord", "lady"}
                                        or before[0].isupper() and before.lower() in GIVEN_NAMES
                                        or _INITIAL.fullmatch(before) is not None and k >= 2
                                        and toks[k - 2][2].lower() in GIVEN_NAMES)


# Bodies named for what they are on: "the State Committee on Workers' Safety", "the Council on Foreign Relations".
_ON_BODIES = {"committee", "commission", "council", "conference", "panel", "institute", "center", "centre", "forum",
              "force", "board", "office", "taskforce"}


def _body_on(toks, k: int) -> bool:
    """Whether "on" at k goes on a body's name: "Committee on Workers' Safety", "Council on Foreign Relations"."""
    return toks[k][2] == "on" and k + 1 < len(toks) and toks[k - 1][2].lower() in _ON_BODIES \
        and _is_cap(toks[k - 1][2]) and _is_cap(toks[k + 1][2])


def _with_body_on(text, toks, b: int, i: int) -> SpeakerMention | None:
    """The phrase from the capitalised run ending at b (a body's word before "on") to token i."""
    while b - 1 >= 0 and _is_cap(toks[b - 1][2]):
        b -= 1
    if b - 1 >= 0 and toks[b - 1][2].lower() in ("the", "a", "an"):
        b -= 1
    return classify_name(text, toks[b][0], toks[i][1], [t[2] for t in toks[b:i + 1]])


# What a newspaper or journal prints: "reports in the national newspaper La Jornada" are the paper's.
_PRINTED = {"report", "reports", "article", "articles", "story", "stories", "editorial", "editorials"}
_ISSUED_THINGS = DOCUMENTS | _PRINTED


def _issuer_after(text, toks, i: int, hi: int) -> SpeakerMention | None:
    """Who issued a document, named after it: "(a post) by Amy Cook", "(a statement) issued by the ministry"."""
    if i < len(toks) and toks[i][2].lower() in ISSUED:
        i += 1
    i = _past_time_phrase(toks, i)  # "a tweet on Monday by ...", "a statement released last week by ..."
    published_in = i + 1 < len(toks) and toks[i][2] == "in" and i >= 1 and toks[i - 1][2].lower() in _PRINTED
    if i + 1 >= len(toks) or toks[i][2].lower() not in ("by", "from") and not published_in:
        return None
    issuer = read_speaker_after(text, toks[i + 1][0], hi)
    if issuer is None or issuer.pronoun or issuer.common and issuer.kind != "organization" or not issuer.name:
        return None  # a body described ("the ministry", "Erdogan's office") still issues it
    if published_in and (issuer.kind != "organization" or issuer.common or issuer.name.lower() in DATE_WORDS):
        return None  # ("a report in March", "an article in Kestria")
    return issuer


def _past_time_phrase(toks, i: int) -> int:
    """The token after a time phrase at i ("on Monday", "last week", "earlier", "yesterday"), or i."""
    words = [t[2].lower() for t in toks[i:i + 2]]
    if words[:1] and words[0] in DATE_WORDS | {"earlier", "later", "online"}:
        return i + 1  # ("a memo posted online by ...")
    if len(words) == 2 and words[0] in ("on", "last", "this", "earlier") and words[1] in DATE_WORDS:
        return i + 2
    return i


def _name_after_description(text, toks, comma: int, m: SpeakerMention) -> SpeakerMention | None:
    """ "according to the council's leader, Ruth Cole,": a full name between commas right after a
    description is who it describes; the description is the role."""
    last = min(len(toks), comma + 8)
    stop = next((x for x in range(comma + 1, last) if not _is_cap(toks[x][2])), last)
    where = None
    if stop < len(toks) and toks[stop][2] in ("of", "at") and stop + 1 < len(toks):
        # "said Ingenuity’s project manager, Teddy Tzanetos of NASA JPL.": where the person works
        end = next((x for x in range(stop + 1, min(len(toks), stop + 8))
                    if not (_is_cap(toks[x][2]) or toks[x][2] == "the")), None)
        if end is not None and end > stop + 1 and toks[end][2] in (",", ".", ";"):
            where = end
    if stop == comma + 1 or where is None and stop < len(toks) and toks[stop][2] not in (",", ".", ";"):
        return None
    inner = _read_name(text, toks, stop - 1)
    if inner is None or inner.kind != "person" or not inner.name or " " not in inner.name \
            or inner.start != toks[comma + 1][0]:
        return None
    role = _ARTICLE.sub("", m.text)
    if where is not None:
        role = f"{role} {text[toks[stop][0]:toks[where - 1][1]]}"
    return SpeakerMention(m.start, inner.end, text[m.start:inner.end], inner.name, role=role)


def _bare_role(toks, i: int, end: int) -> bool:
    """Whether toks[i:end] are a role written with no article, as releases write one after a name:
    "airborne sensor operator", "senior research scientist at NASA Langley" (lower-case words ending in
    a noun for a person, then perhaps "at"/"of"/"for" and a place)."""
    words = [t[2] for t in toks[i:end]]
    cut = next((x for x, w in enumerate(words) if w in ("at", "of", "for", "with", "in")), len(words))
    role = words[:cut]
    return 1 <= len(role) <= 4 and all(_role_noun(w) or w.islower() and w.endswith("ed") for w in role) \
        and bool(_PERSON_NOUN.search(role[-1]) or role[-1] in PERSON_HEADS or role[-1] in ROLE_WORDS)


def _appositive_after(text, toks, comma: int, m: SpeakerMention) -> None:
    """ "said Tomas Brell, the county engineer.": the role after an inverted speaker joins its mention."""
    first = toks[comma + 1][2]
    lf = first.lower()
    if lf in ("who", "which", "whose") or lf.endswith("ing") or lf in CLAUSE_WORDS and lf not in ("the",):
        return
    end = comma + 1
    while end < len(toks) and toks[end][2] not in (",", ".", ";", ":", "“", "”", '"', "—", "(") and end - comma < 20:
        end += 1
    if end == comma + 1 or end - comma >= 20:
        return
    if not (lf in ("the", "a", "an") or lf in ROLE_WORDS or lf in PERSON_HEADS or first[0].isupper()
            or first[0].isdigit() or _bare_role(toks, comma + 1, end)):
        return
    role = text[toks[comma + 1][0]:toks[end - 1][1]]
    closing = end < len(toks) and toks[end][2] == ","
    m.end = toks[end][1] if closing else toks[end - 1][1]
    m.text = text[m.start:m.end]
    if not first[0].isdigit():
        m.role = re.sub(r"^(?:the|a|an)\s+", "", role)
