"""Speakers: one row per person or organisation, whatever the spelling.

Within an article the extractor has already resolved "Peskov" and "he" to "Dmitry Peskov".
Across articles, `Linker` matches each article's speakers against the database: exact matches
of normalised names first (diacritics, titles, "Last, First" and transliteration variants folded),
then a surname alone when exactly one known person fits, then rapidfuzz scores against the
candidates that share a blocking key (the first letters of the surname), so the cost grows with
the block sizes and not with the square of all names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from rapidfuzz import fuzz

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
    "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative", "gov",
    "governor", "mayor", "gen", "general", "col", "colonel", "chancellor", "king", "queen", "prince", "princess",
    "judge", "justice", "sheikh", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "commissioner", "director", "chief", "ceo", "deputy", "former", "the",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md"}

# Transliteration variants of the same sound, most often of Slavic names: Zelenskyy / Zelenskiy /
# Zelensky / Selenskyj, Dmitry / Dmitri / Dmitrii. Applied to each token after folding.
TRANSLITERATION = [
    (re.compile(r"(?:yy|iy|ij|yj|ii|y|i)$"), "y"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"tsch|tch"), "ch"),
    (re.compile(r"(.)\1"), r"\1"),
]


def fold(text: str) -> str:
    """Lowercase, diacritics removed, punctuation to spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w\s]+", " ", text.casefold().replace("’", "'").replace("'s ", " ")).strip()


def normalize(name: str) -> str:
    """The key two spellings of one name share: 'Zelenskiy, Volodymyr' and 'President Volodymyr Zelenskyy'."""
    if "," in name:
        last, _, first = name.partition(",")
        if first.strip() and len(last.split()) <= 2 and len(first.split()) <= 3:
            name = f"{first} {last}"
    tokens = [t for t in fold(name).split() if t not in SUFFIXES]
    while len(tokens) > 1 and tokens[0] in TITLES:
        tokens = tokens[1:]
    out = []
    for token in tokens:
        for pattern, repl in TRANSLITERATION:
            token = pattern.sub(repl, token)
        out.append(token)
    return " ".join(out)


def surname(key: str) -> str:
    return key.rsplit(" ", 1)[-1]


def block_of(key: str) -> str:
    """The blocking key: the first three letters of the surname."""
    return surname(key)[:3]


class Linker:
    """Links speakers of new articles to the speakers already in the database.

    `known` maps normalised alias to (speaker_id, kind); one Linker serves a whole ingest.
    """

    FUZZY_THRESHOLD = 90

    def __init__(self, known: dict[str, tuple[int, str]] | None = None):
        self.by_key: dict[str, tuple[int, str]] = {}
        self.by_surname: dict[str, set[int]] = defaultdict(set)
        self.blocks: dict[str, set[str]] = defaultdict(set)
        self.full_names: dict[int, set[str]] = defaultdict(set)
        for key, (speaker_id, kind) in (known or {}).items():
            self.add(key, speaker_id, kind)

    def add(self, key: str, speaker_id: int, kind: str) -> None:
        """Remember that `key` (a normalised alias) names speaker `speaker_id`."""
        if not key:
            return
        self.by_key.setdefault(key, (speaker_id, kind))
        if kind == "person" and " " in key:
            self.by_surname[surname(key)].add(speaker_id)
            self.full_names[speaker_id].add(key)
            self.blocks[block_of(key)].add(key)

    def find(self, name: str, kind: str = "person") -> tuple[int | None, float]:
        """The id of the known speaker `name` refers to, and the match score (100 for exact)."""
        key = normalize(name)
        if not key:
            return None, 0.0
        hit = self.by_key.get(key)
        if hit and hit[1] == kind:
            return hit[0], 100.0
        if kind != "person":
            return None, 0.0
        if " " not in key:
            # A surname alone links only when exactly one known person has it.
            ids = self.by_surname.get(key, set())
            return (next(iter(ids)), 95.0) if len(ids) == 1 else (None, 0.0)
        best, best_score = None, 0.0
        first = key.split()[0]
        for candidate in self.blocks.get(block_of(key), ()):
            if candidate.split()[0][:1] != first[:1]:
                continue  # different first initials: different people however close the surnames
            score = fuzz.ratio(key, candidate)
            if score >= self.FUZZY_THRESHOLD and fuzz.ratio(surname(key), surname(candidate)) >= 85 and score > best_score:
                best, best_score = self.by_key[candidate][0], score
        return best, best_score
