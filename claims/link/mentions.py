"""Person mentions no one fits yet ("Mr Brown", "Ruiz"), and linking them when evidence arrives.

A quote whose article does not resolve its speaker keeps the mention as written (`speaker_text`).
When the mention names a person by a surname (alone, or after an honorific or a title), the
Linker's surname rule may still link it across articles, on evidence only (claims.link.linker).
What it finds depends on what is known: a mention ingested before the namesake it names would
stay unresolved, and the same one ingested after would link. So an unresolved mention is kept in
`unresolved_mentions` by surname, and `settle()` looks at those of every surname a transaction
gave a new full name, with their own article's evidence: the mention then links the same whichever
came first. (A mention once linked is not undone by a namesake that comes later; a fact-checker's
review, or a relink, decides those.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..extract.names import COUNTRIES, DEMONYMS, GENERIC_BODIES, GROUP_WORDS, ORG_HEADS, PARTIES, PERSON_HEADS
from .linker import Context
from .names import TITLES, Name, fold, is_proper, normalize

# A word alone that describes a speaker rather than names one ("Residents", "Police", "Analysts").
DESCRIPTIONS = PERSON_HEADS | ORG_HEADS | GENERIC_BODIES | GROUP_WORDS | PARTIES | DEMONYMS | COUNTRIES

# Words before a surname that say nothing of a role: they are not evidence.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "herr",
              "frau", "m", "mme", "mlle", "monsieur", "madame", "the", "rt", "hon", "honorable", "former"}


@lru_cache(maxsize=100_000)
def mention_name(text: str | None) -> tuple[str, str | None] | None:
    """(the name, the title before it) when `text` names a person by a surname alone or with an
    honorific or title ("Mr Brown", "Chancellor Ruiz", "Dr Brown, the chief economist,"); None for
    a full name, a pronoun, a description ("the company", "analysts") or anything else."""
    head = (text or "").split(",")[0].strip()
    if not head or not is_proper(head):
        return None
    words = re.findall(r"[\w’'.-]+", head)
    if not 1 <= len(words) <= 4:
        return None
    titles = [w for w in words[:-1] if fold(w).rstrip(".") in TITLES]
    if len(titles) != len(words) - 1 or not words[-1][:1].isupper():
        return None
    key = normalize(head)
    if not key or " " in key or Name.of(key).full:
        return None
    if len(words) == 1 and {fold(head), fold(head)[:-1]} & DESCRIPTIONS:  # the word, or its singular
        return None
    title = " ".join(w for w in titles if fold(w).rstrip(".") not in HONORIFICS)
    return head, title or None


def record(cur, pending: Iterable[tuple[int, str]]) -> None:
    """Keep stored quotes' unresolved mentions, as (quote id, surname), for `settle()`."""
    cur.executemany("INSERT OR REPLACE INTO unresolved_mentions (quote_id, surname) VALUES (?, ?)", list(pending))


def settle(index, surnames: Iterable[str]) -> int:
    """Link the unresolved mentions of these surnames that the evidence now supports; how many.

    Each mention is judged with its own article's evidence (the quote's role or the title before
    the name, the outlet, the speakers of the article's other quotes), all against the database as
    it is before any of them is linked, so the order they are looked at in does not matter.
    """
    surnames = sorted(set(surnames))
    rows = []
    for i in range(0, len(surnames), 500):
        chunk = surnames[i:i + 500]
        rows += index.cur.execute(
            "SELECT m.quote_id, q.article_id, q.speaker_text, q.role, a.outlet, a.published "
            "FROM unresolved_mentions m JOIN quotes q ON q.id = m.quote_id JOIN articles a ON a.id = q.article_id "
            f"WHERE m.surname IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    decided = []
    for quote_id, article_id, text, role, outlet, published in sorted(rows):
        found = mention_name(text)
        if found is None:
            continue
        co_speakers = frozenset(s for (s,) in index.cur.execute(
            "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL", (article_id,)))
        index.forget()
        context = Context(role=role or found[1], outlet=outlet, published=published, co_speakers=co_speakers)
        speaker_id = index.linker.find(found[0], "person", context).speaker_id
        if speaker_id is not None:
            decided.append((speaker_id, quote_id))
    index.cur.executemany("UPDATE quotes SET speaker_id = ? WHERE id = ?", decided)
    index.cur.executemany("DELETE FROM unresolved_mentions WHERE quote_id = ?", [(q,) for _, q in decided])
    index.cache.forget_speakers(s for s, _ in decided)
    return len(decided)


def settle_mentions(index, pending: Iterable[tuple[int, str]]) -> int:
    """After a transaction's quotes are stored: keep its unresolved mentions, given as (quote id,
    surname), and link those of every surname the transaction wrote a full name of (the index's
    `surnames_written`, once flushed). How many mentions linked."""
    record(index.cur, pending)
    return settle(index, index.surnames_written)
