"""Names: the normalised key two spellings of one name share, and how close two names are.

Everything here is a pure function of strings, so the same rules serve the database linker,
the benchmark and the Datasette SQL functions.

The key folds what is spelling and not identity: case, diacritics, punctuation, titles and
honorifics ("President", "Mr."), suffixes ("Jr."), "Last, First" order, Arabic and nobiliary
particles (al-, el-, von, de), and transliteration variants of one sound (Zelenskyy / Zelenskiy /
Zelensky, Dmitry / Dmitri, Mohammed / Muhammad, Müller / Mueller). What is identity stays
(Michael / Michelle, Petrov / Petrova): those are different people as often as not, so telling
them apart is left to `compare()` and to context.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from rapidfuzz.distance import Levenshtein

# Words that open a stored name without being part of it ("Mr", "Finance Minister", "the"), taken
# off before a name is keyed. Names come here with their titles already taken off by the extractor
# (claims.extract.names.TITLES, which reads titles in running text, with the context to tell
# "Earl Warren" from "Earl Spencer"); this short list is for names that arrive whole from elsewhere
# (a gazetteer, a rename, a search box), where there is no context: it leaves out titles that are
# common given names, so "Dean Baquet" or "Earl Warren" keep their first name.
LEADING_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "mister", "missus", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
    "reverend",
    "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative", "gov",
    "governor", "mayor", "gen", "general", "col", "colonel", "lt", "capt", "captain", "maj", "major", "adm",
    "admiral", "sgt", "chancellor", "king", "queen", "prince", "princess", "emir", "sultan", "judge", "justice",
    "sheikh", "sheik", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "commissioner", "director", "chief", "ceo", "deputy", "former", "the", "herr", "frau", "m",
    "mme", "mlle", "monsieur", "madame", "pope", "father", "imam", "rabbi", "ayatollah", "pres", "hon",
    "honorable", "foreign", "defence", "defense", "finance", "interior", "health", "police", "economist", "coach",
    "leader", "head", "correspondent", "prosecutor", "member", "officer", "inspector", "detective", "envoy",
    "analyst", "lawyer", "attorney", "activist", "commander", "premier", "speaker", "councillor", "councilor",
    "superintendent", "archbishop", "bishop", "cardinal", "chef", "manager", "executive", "founder",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "mp", "qc", "kc", "esq"}
# Particles that some spellings write and others drop: al-Sisi / el-Sisi / Sisi, von der Leyen / Leyen.
PARTICLES = {"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "von", "van", "der", "den", "de", "del",
             "della", "di", "da", "du", "dos", "das", "le", "la", "bin", "ibn", "ben", "zu", "ter", "ten"}

# Particles that are also given names: "Al Gore", "Ben Wallace", "El Greco" keep them.
GIVEN_PARTICLES = {"al", "el", "ben"}

# Transliteration variants of one sound, applied in order to each token after folding.
TRANSLITERATION = [
    (re.compile(r"(?:yy|iy|ij|yj|yi|ii|y|i)$"), "y"),  # Zelenskyy/-iy/-ij/-yi/-y, Dmitri/Dmitry/Dmitrii
    (re.compile(r"(?<=[aeou])j$"), "y"),  # Sergej / Sergey, Andrej / Andrey
    (re.compile(r"kh"), "h"),  # Kharkiv / Harkiv
    (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),  # Peskow / Peskov, Wolodymyr / Volodymyr
    (re.compile(r"x"), "ks"),  # Alexander / Aleksander
    (re.compile(r"tsch|tch"), "ch"),  # Gorbatschow / Gorbachev
    (re.compile(r"zh"), "j"),  # Nadezhda / Nadejda (French), Zhukov / Joukov
    (re.compile(r"sch"), "sh"),
    (re.compile(r"dh"), "d"),  # Qadhafi / Qadafi
    (re.compile(r"j"), "y"),  # Jelzin / Yeltsin, Jurij / Yuriy, Andrej / Andrey, Joukov / Zhukov
    (re.compile(r"ue"), "u"),  # Mueller / Müller
    (re.compile(r"oe"), "o"),
    (re.compile(r"ae"), "a"),
    (re.compile(r"ou"), "u"),  # Oussama / Usama
    (re.compile(r"(?<=[bcdfghklmnpqrstvz])i(?=[aeou])"), "y"),  # Marchenchiuk / Marchenchyuk, Tatiana / Tatyana
    (re.compile(r"(.)\1+"), r"\1"),  # Hussein / Husein, Mohammed / Mohamed
]

# Spellings that no rule brings together but every newsroom style guide lists as one name.
_VARIANT_GROUPS = [
    "muhamad mohamad muhamed mohamed mohamad mohammed muhammed mohammad mahmad",
    "husayn husein husain hussain husien",
    "hasan hassan",
    "abd abdel abdul abdal abdoul",
    "aleksandr aleksander oleksandr aleksandar",
    "aleksey aleksei oleksiy oleksy alexey",
    "sergey serhy sergy serhiy",
    "yury yuriy yury iury",
    "yevgeny evgeny yevheny evheny",
    "nikolay mykola nikolai",
    "vladimir volodymyr",
    "mihail mikhail mykhailo mihaylo myhaylo",
    "andrey andry andriy",
    "dmitry dmytro",
    "aleksandra oleksandra",
    "ekaterina yekaterina katerina kateryna",
    "tatyana tetyana tatiana",
    "yulia yuliya yulya iulia julia",
    "gadafy kadafy qadafy kadhafi gadhafi qadhafi",
    "osama usama",
    "yusuf yusef yosef",
    "ibrahim ebrahim",
    "mustafa mostafa moustafa",
    "ahmad ahmed",
    "lee rhee",
    "park pak bak",
    "choi choe",
    "jung chung jeong",
    "jamal gamal",
    "tariq tarek tareq tarik",
    "omar umar",
    "sergeyev sergeev",
]
# Nicknames and short forms: compatible first names, not the same key ("Alex" is Alexander or Alexandra).
_NICKNAMES = {
    "william": "bill billy will willy liam", "robert": "bob bobby rob robbie bert", "richard": "rick ricky dick rich",
    "james": "jim jimmy jamie", "john": "jack johnny jon", "joseph": "joe joey", "michael": "mike mick micky",
    "thomas": "tom tommy", "edward": "ed eddie ted ned", "charles": "charlie chuck", "elizabeth": "liz beth betty lisa",
    "katherine": "kate kathy katie kat", "catherine": "kate cathy katie cat", "margaret": "maggie meg peggy",
    "aleksandr": "alex sasha sanya", "aleksandra": "alex sasha sandra", "christopher": "chris",
    "christine": "chris tina", "daniel": "dan danny", "david": "dave", "anthony": "tony", "benjamin": "ben benny",
    "samuel": "sam", "matthew": "matt", "nicholas": "nick nicky", "patrick": "pat paddy", "patricia": "pat patty tricia",
    "peter": "pete", "steven": "steve", "stephen": "steve", "jennifer": "jen jenny", "susan": "sue susie",
    "rebecca": "becky becca", "deborah": "deb debbie", "andrew": "andy drew", "timothy": "tim", "jonathan": "jon",
    "vladimir": "vova volodya", "dmitry": "dima", "ekaterina": "katya", "mikhail": "misha", "anna": "anya",
    "ivan": "vanya", "evgeny": "zhenya", "yevgeny": "zhenya", "nikolay": "kolya", "sergey": "seryozha",
    "johannes": "hans", "friedrich": "fritz", "wolfgang": "wolf", "gerhard": "gerd", "francois": "franck",
    "joshua": "josh", "gregory": "greg", "jeffrey": "jeff", "kenneth": "ken kenny", "ronald": "ron ronnie",
    "donald": "don donny", "gerald": "gerry jerry", "lawrence": "larry", "leonard": "leo len lenny",
    "victoria": "vicky tori", "alexander": "alex sandy", "alexandra": "alex sandy", "abdullah": "abdul",
    "theodore": "ted teddy theo", "frederick": "fred freddie", "raymond": "ray", "philip": "phil",
    "zachary": "zach", "nathaniel": "nate nat", "samantha": "sam", "jacqueline": "jackie", "barbara": "barb",
    "dorothy": "dot", "josef": "sepp", "kimberly": "kim",
}

# Family names written first: "Xi Jinping", "Moon Jae-in". A name whose first token is one of
# these (and whose last is not) has its surname first.
EAST_ASIAN_SURNAMES = set("""
lei qian fang shi fan kong qin tan meng bai cui mao qiu xiong hao gu duan hou shao long wan zou yin chang wen
lai baek paik jeon ko go nam suh kwon bae ryu jo gim rhee yi pak bak choe chung jeong gang yun im mun an sin
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao
xi jin kim lee park choi jung kang cho yoon jang lim shin yoo han oh seo kwon hwang ahn song moon nguyen tran
le pham hoang phan vu vo dang bui do ho ngo duong ly
""".split())

@lru_cache(maxsize=500_000)
def fold(text: str) -> str:
    """Lowercase, diacritics removed, punctuation to spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'").replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    text = re.sub(r"'s\b", " ", text)
    return re.sub(r"[^\w\s]+|_", " ", text).strip()


def _raw_token(token: str) -> str:
    for pattern, repl in TRANSLITERATION:
        token = pattern.sub(repl, token)
    return token


VARIANTS: dict[str, str] = {}
for _group in _VARIANT_GROUPS:
    _forms = [_raw_token(t) for t in _group.split()]
    for _form in _forms:
        VARIANTS.setdefault(_form, _forms[0])


@lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """One folded token with transliteration variants brought together: 'zelenskiy' -> 'zelensky'."""
    token = _raw_token(token)
    return VARIANTS.get(token, token)


_GROUP_HEADS = set(VARIANTS.values())

NICKNAMES: dict[str, set[str]] = {}
for _full, _nicks in _NICKNAMES.items():
    _full_key = token_key(_full)
    for _nick in _nicks.split():
        NICKNAMES.setdefault(token_key(_nick), set()).add(_full_key)


@lru_cache(maxsize=500_000)
def normalize(name: str) -> str:
    """The key two spellings of one name share: 'Zelenskiy, Volodymyr' and 'President Volodymyr Zelenskyy'."""
    if "," in name:
        last, _, first = name.partition(",")
        if first.strip() and len(last.split()) <= 3 and len(first.split()) <= 3:
            name = f"{first} {last}"
    # "Jae-in", "Chao-yi": syllables of one given name, written joined or apart; "Jean-Pierre"
    # keeps its two names.
    name = re.sub(r"(?<=\w)[-‐‑](?=[^\W\d_A-Z])", "", name)
    # "al-Sisi", "el-Baradei": a hyphenated article is never a given name (unlike Al Gore).
    name = re.sub(r"(?i)\b(?:al|el|ul|ad|ar|as|ash|at|az)[-‐‑](?=\w)", " ", name)
    tokens = [t for t in fold(name).split() if t not in SUFFIXES]
    while len(tokens) > 1 and tokens[0] in LEADING_TITLES:
        tokens = tokens[1:]
    # Particles go only where they cannot be the whole name ("Al" Gore keeps his first name).
    kept = [t for i, t in enumerate(tokens) if not (t in PARTICLES and i < len(tokens) - 1 and (i > 0 or len(tokens) > 2))]
    if len(kept) == 2 and kept[0] in PARTICLES and kept[0] not in GIVEN_PARTICLES:
        kept = kept[1:]  # "Le Maire", "de Gaulle", "von Trapp": a surname alone
    return " ".join(token_key(t) for t in (kept or tokens))


_EAST_ASIAN_KEYS = {token_key(t) for t in EAST_ASIAN_SURNAMES}


def _family_first(tokens: list[str]) -> bool:
    """The name is written family name first ("Xi Jinping", "Moon Jae-in", "He J."). The family
    name "Yi" folds to the letter the initials I, J and Y fold to: one letter before a single
    other name is an initial ("J. Gibson", "I. Lacroix"), and one letter is never a family name
    after a given name."""
    if len(tokens) < 2 or tokens[0] not in _EAST_ASIAN_KEYS:
        return False
    if len(tokens) > 2:
        return True
    return len(tokens[0]) > 1 and (tokens[-1] not in _EAST_ASIAN_KEYS or len(tokens[-1]) == 1)


def surname(key: str) -> str:
    """The family name of a normalised key (its first token for East Asian order)."""
    return Name.of(key).surname


@lru_cache(maxsize=500_000)
def phonetic(token: str) -> str:
    """A coarser key for blocking only: letters that transliterations swap are made one."""
    return token.translate(_PHONETIC)


_PHONETIC = str.maketrans({"z": "s", "c": "k", "q": "k", "j": "y", "i": "y", "g": "k", "w": "v", "e": "a", "o": "a",
                           "u": "a"})


class Name:
    """A normalised person name split into given names and surname (immutable, built by `Name.of`)."""

    __slots__ = ("key", "given", "surname", "_orientations", "_blocks", "_query")

    def __init__(self, key: str, given: tuple[str, ...], surname: str):
        self.key, self.given, self.surname = key, given, surname
        self._orientations = None
        self._blocks = None
        self._query = None

    def __repr__(self) -> str:
        return f"Name(key={self.key!r}, given={self.given!r}, surname={self.surname!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Name) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    @staticmethod
    @lru_cache(maxsize=500_000)
    def of(key: str) -> "Name":
        tokens = key.split()
        if not tokens:
            return Name(key, (), "")
        if _family_first(tokens):
            return Name(key, tuple(tokens[1:]), tokens[0])
        return Name(key, tuple(tokens[:-1]), tokens[-1])

    @property
    def full(self) -> bool:
        """A given name (or initial) and a surname; a surname alone is not enough to merge on."""
        return bool(self.given)

    @property
    def east_asian(self) -> bool:
        """A known East Asian family name at either end: a name written in both orders."""
        tokens = self.key.split()
        return len(tokens) >= 2 and (tokens[0] in _EAST_ASIAN_KEYS or tokens[-1] in _EAST_ASIAN_KEYS)

    @property
    def yi_or_initial(self) -> bool:
        """Two names, the first one letter that is also the family name Yi ("Yi Sunhee", "J. Gibson"):
        read as an initial first, and as the family name too."""
        tokens = self.key.split()
        return len(tokens) == 2 and len(tokens[0]) == 1 and tokens[0] in _EAST_ASIAN_KEYS

    @property
    def compact_given(self) -> str:
        return "".join(self.given)

    def orientations(self) -> list[tuple[str, str]]:
        """(given, surname) readings of the name: as parsed, and reversed for two-token names."""
        if self._orientations is None:
            out = [(self.compact_given, self.surname)]
            tokens = self.key.split()
            if len(tokens) == 2:
                reverse = (tokens[1], tokens[0]) if tokens[0] != self.surname else (tokens[0], tokens[1])
                if reverse != out[0]:
                    out.append(reverse)
            self._orientations = out
        return self._orientations

    def surnames(self) -> set[str]:
        """The surnames a surname alone may refer to: both ends of a two-token name when one
        end is an East Asian family name ("Kim Clark" is Ms. Clark; "Xi Jinping" is Mr. Xi)."""
        tokens = self.key.split()
        if len(tokens) == 2 and (tokens[0] in _EAST_ASIAN_KEYS or tokens[1] in _EAST_ASIAN_KEYS):
            return set(tokens)
        return {self.surname}

    def block_keys(self) -> set[str]:
        """Blocking keys: candidates for comparison share at least one.

        Two kinds, one for each way two names of one person may differ. "s:" keys: the phonetic
        surname with each letter class the given name may begin with (its own initial, or that
        of a formal name it is a nickname of): the same surname under another spelling with any
        given name, initial or nickname. "f:" keys: the exact given name with the surname's
        first and last letters and length (a one-letter typo keeps both ends and changes the
        length by one at most). A name whose surname and given name both differ is not a
        candidate: `compare` would refuse it anyway. Blocks hold the people of one surname and
        one initial, so they stay small as the archive grows.
        """
        if self._blocks is None:
            given, last = self.orientations()[0]
            self._blocks = self._keys(given, last, (len(last),)) if given and last else set()
            if self.yi_or_initial:
                self._blocks |= self._keys(self.surname, self.compact_given, (1,))
        return self._blocks

    def _keys(self, given: str, last: str, lengths: Iterable[int]) -> set[str]:
        """The "s:" keys of one reading, and its "f:" keys for surnames of these lengths."""
        classes = initial_classes(given)
        for token in self.given[:1] + self.given[-1:]:
            classes = classes | initial_classes(token)
        shape = vowel_shape(phonetic(last))
        keys = {f"s:{shape}|{c}" for c in classes}
        if len(given) > 1:
            keys.update(f"f:{given}|{last[0]}{last[-1]}{n}" for n in lengths if n >= 5)
        return keys

    def query_keys(self) -> set[str]:
        """The blocks to look in for this name: those its name is stored under, for each of its
        readings ("Abe Shinzo" finds "Shinzo Abe"), and the neighbouring lengths of a typo."""
        if self._query is not None:
            return self._query
        keys = set()
        for given, last in self.orientations():
            if given and last:
                keys |= self._keys(given, last, (len(last) - 1, len(last), len(last) + 1))
        self._query = keys
        return keys


@lru_cache(maxsize=100_000)
def initial_classes(given: str) -> frozenset[str]:
    """The letter classes a given name that `given_match` accepts may begin with: its own initial
    (letters transliterations swap count as one) and those of the formal names it shortens."""
    return frozenset(phonetic(name[0]) for name in {given} | NICKNAMES.get(given, set()) if name)


@lru_cache(maxsize=500_000)
def given_match(a: str, b: str) -> str | None:
    """How two compact given names agree: 'same', 'nickname', 'spelling', 'typo', 'initial' or None."""
    if a == b:
        return "same"
    if len(a) == 1 or len(b) == 1:
        # An initial I, J or Y is folded to "y" (as Jurij and Yuriy are): it stands for Ines or Ivan too.
        return "initial" if a[0] == b[0] or {a[0], b[0]} == {"y", "i"} else None
    na, nb = NICKNAMES.get(a, set()) | {a}, NICKNAMES.get(b, set()) | {b}
    if na & nb:
        return "nickname"
    if phonetic(a) == phonetic(b) and _same_shape(a, b):
        return "same"
    if min(len(a), len(b)) >= 4 and _vowel_variant(a, b):
        return "spelling"
    if _typo(a, b):
        return "typo"
    return None


def _typo(a: str, b: str) -> bool:
    """A typo of a name of five letters or more (`_one_typo`). A four-letter form of a five-letter
    name is one only when a consonant fell out (Heiz for Heinz): with a vowel, it is as often
    another name (Carl / Carol, Karl / Karol, Mark / Marek)."""
    shorter, longer = sorted((len(a), len(b)))
    if shorter >= 5:
        return _one_typo(a, b)
    return shorter == 4 and longer == 5 and _one_typo(a, b) and not _vowel_dropped(a, b)


def _vowel_dropped(a: str, b: str) -> bool:
    """The longer of two names one letter apart is the shorter with a vowel added (Carl / Carol)."""
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i, c in enumerate(long) if c in "aeiouy")


@lru_cache(maxsize=500_000)
def surname_match(a: str, b: str) -> str | None:
    """How two surnames agree: 'same', 'spelling', 'typo' or None."""
    if a == b:
        return "same"
    if phonetic(a) == phonetic(b) and _same_shape(a, b):
        return "same"
    if min(len(a), len(b)) >= 6 and _vowel_variant(a, b):
        return "spelling"
    if _typo(a, b):
        return "typo"
    return None


_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=500_000)
def vowel_shape(token: str) -> str:
    """The consonants in order with each run of vowels as one mark: Kareem and Karim are k*r*m."""
    return _VOWELS.sub("*", token)


def _vowel_variant(a: str, b: str) -> bool:
    """Spellings of one name that differ only in how vowels are written (Karim / Kareem,
    Tamer / Tamir, Mutairi / Mutayri), unless a style guide lists them as different names
    (Hassan / Hussein)."""
    if a[0] != b[0] or vowel_shape(a) != vowel_shape(b):
        return False
    ga, gb = VARIANTS.get(a), VARIANTS.get(b)
    return not (ga and gb and ga != gb) and not (ga and gb is None and b in _GROUP_HEADS) and \
        not (gb and ga is None and a in _GROUP_HEADS)


def _same_shape(a: str, b: str) -> bool:
    """Equal but for one letter that transliterations swap: Zelensky / Selensky, not Petrov / Petrova."""
    if len(a) != len(b) or a[-1] != b[-1]:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) != 1:
        return not diff
    i = diff[0]
    pair = {a[i], b[i]}
    if i == 0:
        return pair in ({"z", "s"}, {"c", "k"}, {"k", "q"}, {"g", "k"})
    return pair in ({"o", "u"}, {"e", "a"}, {"e", "i"}, {"k", "q"}, {"c", "k"}, {"s", "z"}, {"y", "i"})


def _one_typo(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or transposition apart, the last letter kept.

    A change of the last letter is how names mark gender or family (Petrov / Petrova, Daniel /
    Daniela, Clark / Clarke): those are different people too often to call it a typo. Two letters
    swapped at the end are not such a mark (Price / Priec, Helmut / Helmtu).
    """
    if a[0] != b[0]:
        return False
    if len(a) == len(b):  # a transposition of two neighbours
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
    return a[-1] == b[-1] and Levenshtein.distance(a, b) == 1


GIVEN_RANK = {"same": 0, "nickname": 1, "spelling": 2, "middle": 2, "typo": 3, "trailing": 3, "initial": 4}
SURNAME_RANK = {"same": 0, "spelling": 1, "typo": 2}


@lru_cache(maxsize=200_000)
def compare(a: Name, b: Name) -> tuple[str, str] | None:
    """The best agreement of two full names over their readings: (given level, surname level).

    Given levels: same, nickname (Bill / William), spelling (Karim / Kareem), middle (a middle
    name on one side only: John F. Kennedy / John Kennedy), typo, trailing (only the last given
    names agree), initial. Surname levels:
    same, spelling, typo. Two approximate agreements make no match.
    """
    best = None
    for turned, (ga, sa) in enumerate(a.orientations()):
        for gb, sb in b.orientations()[:2 if b.yi_or_initial else 1]:
            s = surname_match(sa, sb)
            if s is None or not ga or not gb:
                continue
            g = given_match(ga, gb)
            if g is None and len(a.given) != len(b.given) and a.given and b.given and not turned:
                # a middle name on one side (John F. Kennedy): the first given names agree. When
                # only the last ones do, the longer name may be a role left before the name
                # ("Economy Minister Anna Weber") or a father's name (Bassam Mariam Dabbagh is
                # not Mariam Dabbagh): "trailing", which needs the context to agree.
                first = given_match(a.given[0], b.given[0])
                last = given_match(a.given[-1], b.given[-1]) if min(len(a.given), len(b.given)) == 1 else None
                if first in ("same", "nickname"):
                    g = "middle"
                elif last in ("same", "nickname"):
                    g = "trailing"
            if g is None:
                continue
            if turned and not (g == "same" and s == "same") and not (a.east_asian or b.east_asian):
                # Only East Asian names are written in both orders; elsewhere a reversed reading
                # must be the very same two names (Sato Sota / Sota Sato), not similar ones.
                continue
            if s != "same" and g not in ("same", "nickname"):
                continue  # two approximate agreements make no match
            score = GIVEN_RANK[g] + SURNAME_RANK[s] * 2
            if best is None or score < best[0]:
                best = (score, g, s)
    return (best[1], best[2]) if best else None


_LINKING_WORDS = {"of", "and", "for", "the", "de", "du", "la", "le", "von", "van", "der", "al", "el", "bin", "in", "on", "&"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
_NOT_NAMES = {"he", "she", "it", "they", "we", "i", "you", "him", "them", "this", "that", "these", "those", "many",
              "some", "others", "one", "who", "which", "all", "both", "most", "several"}


def is_proper(name: str) -> bool:
    """Whether `name` is a name (Dmitry Peskov, Emergencies Ministry) and not a description
    ("the ministry", "officials", "Kovalenko, who flew over the valley"): only names link across
    articles, since "the ministry" of one article is not the ministry of the next.
    """
    words = re.findall(r"[\w’'.-]+|,", name)
    while words and words[0].casefold() in _DETERMINERS:
        words = words[1:]
    if not words or len(words) > 7 or any(c.isdigit() for c in name):
        return False
    if "," in words:
        at = words.index(",")
        if words.count(",") > 1 or at == 0 or at == len(words) - 1:
            return False
    content = [w for w in words if w != "," and w.casefold() not in _LINKING_WORDS]
    if not content or not all(w[0].isupper() or any(p[:1].isupper() for p in w.split("-")) for w in content):
        return False
    if len(content) == 1 and content[0].casefold() in _NOT_NAMES:
        return False
    return any(fold(w) not in LEADING_TITLES for w in content)


def _cached() -> list:
    return [fold, token_key, normalize, phonetic, Name.of, initial_classes, given_match, surname_match, vowel_shape,
            compare]


def cached_entries() -> int:
    """How many answers the name functions hold in their caches (sized for linking a million mentions)."""
    return sum(f.cache_info().currsize for f in _cached())


def clear_caches() -> None:
    """Empty the name functions' caches: a long ingest keeps its memory flat by starting them over."""
    for f in _cached():
        f.cache_clear()
