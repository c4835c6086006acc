"""Person mentions no one fits yet ("Mr Brown", "Ruiz"), and linking them when evidence arrives.

A quote whose article does not resolve its speaker keeps the mention as written (`speaker_text`).
When the mention names a person by a surname (alone, or after an honorific or a title), the
Linker's surname rule may still link it across articles, on evidence only (claims.link.linker).
What it finds depends on what is known: a mention ingested before the namesake it names would
stay unresolved, and the same one ingested after would link. So an unresolved mention is kept in
`unresolved_mentions` by surname, and `settle()` looks again at those of every surname a
transaction created a person with, with their own article's evidence: the mention then links the
same whichever came first. A new namesake reads only the mentions whose evidence (a role word, a
co-quoted speaker, kept in `unresolved_evidence`) it shares. Not looked at again: a mention that
two known namesakes fit (a third cannot make it one), a mention once linked, when a namesake comes later
that would have made it ambiguous, and a mention whose known namesakes gain evidence later (a
role, a co-speaker); a fact-checker's review, or a relink, decides those.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..extract.names import COUNTRIES, DEMONYMS, GENERIC_BODIES, GROUP_WORDS, ORG_HEADS, PARTIES, PERSON_HEADS
from .linker import Context, role_words
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
    """Keep stored quotes' unresolved mentions, as (quote id, surname), for `settle()`, with the
    evidence their articles give (`_evidence_keys`), by which a new namesake finds them."""
    pending = list(pending)
    cur.executemany("INSERT OR REPLACE INTO unresolved_mentions (quote_id, surname) VALUES (?, ?)", pending)
    rows = _mention_rows(cur, [q for q, _ in pending])
    co_speakers = _co_speakers(cur, {row[2] for row in rows})
    cur.executemany("INSERT INTO unresolved_evidence (quote_id, surname, key) VALUES (?, ?, ?)",
                    [(quote_id, surname, key) for quote_id, surname, article_id, text, role, *_ in rows
                     for key in _evidence_keys(text, role, co_speakers.get(article_id, ()))])


def _evidence_keys(text: str | None, role: str | None, co_speakers: Iterable[int]) -> set[str]:
    """What could make a namesake's profile agree with a mention (Profile.agrees): a role word in
    common, or a co-quoted speaker in common."""
    found = mention_name(text)
    words = role_words(role or (found[1] if found else None))
    return {"r:" + w for w in words} | {f"c:{s}" for s in co_speakers}


def _mention_rows(cur, quote_ids: list[int], where: str = "m.quote_id") -> list[tuple]:
    """(quote id, surname, article id, mention, role, outlet, published) of unresolved mentions."""
    rows = []
    for i in range(0, len(quote_ids), 500):
        chunk = quote_ids[i:i + 500]
        rows += cur.execute(
            "SELECT m.quote_id, m.surname, q.article_id, q.speaker_text, q.role, a.outlet, a.published "
            "FROM unresolved_mentions m JOIN quotes q ON q.id = m.quote_id JOIN articles a ON a.id = q.article_id "
            f"WHERE {where} IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    return rows


def _candidates(index, namesakes: dict[str, set[int]]) -> list[int]:
    """The unresolved mentions of these surnames whose evidence shares a role word or a co-quoted
    speaker with one of the new namesakes: no other mention can agree with them."""
    found: set[int] = set()
    for surname, people in namesakes.items():
        keys = set()
        for person in people:
            profile = index.profile(person)
            keys |= {"r:" + w for words in profile.roles for w in words}
            keys |= {f"c:{s}" for s in profile.co_speakers}
        keys = sorted(keys)
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            found.update(q for (q,) in index.cur.execute(
                "SELECT DISTINCT quote_id FROM unresolved_evidence WHERE surname = ? "
                f"AND key IN ({','.join('?' * len(chunk))})", [surname, *chunk]))
    return sorted(found)


def settle(index, namesakes: dict[str, set[int]]) -> int:
    """Link the unresolved mentions of these surnames that their new namesakes now make linkable.

    `namesakes` maps a surname to the persons just created with it. A mention the Linker could not
    link before can link now only if one of them agrees with its article's evidence (the quote's
    role or the title before the name, the speakers of the article's other quotes); only those are
    judged again, by the Linker's surname rule, all against the database as it is before any of
    them is linked, so the order they are looked at in does not matter. How many linked.
    """
    index.forget()  # profiles as the database has them; no article's context is noted here
    rows = _mention_rows(index.cur, _candidates(index, namesakes))
    co_speakers = _co_speakers(index.cur, {row[2] for row in rows})
    decided, given_up = [], []
    for quote_id, surname, article_id, text, role, outlet, published in sorted(rows):
        found = mention_name(text)
        if found is None:
            continue
        context = Context(role=role or found[1], outlet=outlet, published=published,
                          co_speakers=co_speakers.get(article_id, frozenset()))
        if not any(index.profile(s).agrees(context) for s in namesakes[surname]):
            continue  # nothing new supports it: the Linker's answer stands
        match = index.linker.find(found[0], "person", context)
        if match.speaker_id is not None:
            decided.append((match.speaker_id, quote_id))
        elif match.how == "several":
            given_up.append((quote_id,))  # two namesakes fit it now: no later one makes it one
    index.cur.executemany("UPDATE quotes SET speaker_id = ? WHERE id = ?", decided)
    done = [(q,) for _, q in decided] + given_up
    index.cur.executemany("DELETE FROM unresolved_mentions WHERE quote_id = ?", done)
    index.cur.executemany("DELETE FROM unresolved_evidence WHERE quote_id = ?", done)
    index.cache.forget_speakers(s for s, _ in decided)
    return len(decided)


def _co_speakers(cur, article_ids: set[int]) -> dict[int, frozenset[int]]:
    """The speakers of each article's quotes."""
    found: dict[int, set[int]] = {}
    ids = sorted(article_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for article_id, speaker_id in cur.execute(
                "SELECT DISTINCT article_id, speaker_id FROM quotes WHERE speaker_id IS NOT NULL "
                f"AND article_id IN ({','.join('?' * len(chunk))})", chunk):
            found.setdefault(article_id, set()).add(speaker_id)
    return {a: frozenset(s) for a, s in found.items()}


def settle_mentions(index, pending: Iterable[tuple[int, str]]) -> int:
    """After a transaction's quotes are stored: keep its unresolved mentions, given as (quote id,
    surname), and judge again those of every surname a person was created with (the index's
    `new_namesakes`, once flushed). How many mentions linked."""
    record(index.cur, pending)
    return settle(index, index.new_namesakes)
