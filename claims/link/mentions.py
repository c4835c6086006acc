"""Person mentions only a surname names ("Mr Brown", "Ruiz"), linked when the evidence says who.

A quote whose article does not resolve its speaker keeps the mention as written (`speaker_text`).
When the mention names a person by a surname (alone, or after an honorific or a title), the
Linker's surname rule may still link it across articles, on evidence only (claims.link.linker):
the one known namesake whose role agrees with the role or title the article gives, or who was
quoted before beside the speakers of its other quotes when that is no coincidence. What its outlet
wrote that fortnight is no evidence for a surname alone (see claims.link.linker). Only speakers the
articles named count as quoted beside, on both sides: a surname this rule linked may be unlinked
again, and what it brought would make the evidence depend on the order the articles came in.

What the rule finds depends on what is known: before its namesake is ingested the mention stays
unresolved, after a second namesake who also fits it would stay unresolved too. So every mention
the rule decides is watched in `unresolved_mentions` (by surname; linked ones too), with its role
words and the speakers quoted beside it in `unresolved_evidence`. `settle()` judges again those of
every surname a transaction created a person with, or quoted one with, that share evidence with
that person; `settle_all()` judges all those of the surnames an ingest touched once more at its
end, against everything it stored. A mention then links, or stays unlinked, the same whichever
article came first. A mention two namesakes fit leaves the watch at that end (a third cannot make
it one), as does one a fact-checker decided (claims.link.assign).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..extract.names import COUNTRIES, DEMONYMS, GENERIC_BODIES, GROUP_WORDS, ORG_HEADS, PARTIES, PERSON_HEADS
from .linker import Context, role_words
from .names import LEADING_TITLES, Name, fold, is_proper, normalize

# A word alone that describes a speaker rather than names one ("Residents", "Police", "Analysts").
DESCRIPTIONS = PERSON_HEADS | ORG_HEADS | GENERIC_BODIES | GROUP_WORDS | PARTIES | DEMONYMS | COUNTRIES

# Words before a surname that say nothing of a role: they are not evidence.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "mister", "missus", "dr", "prof", "professor", "sir", "dame", "lord",
              "lady", "herr", "frau", "m", "mme", "mlle", "monsieur", "madame", "the", "rt", "hon", "honorable", "former"}


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
    titles = [w for w in words[:-1] if fold(w).rstrip(".") in LEADING_TITLES]
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
    """Watch stored quotes' surname mentions, as (quote id, surname), for `settle()`, with the
    evidence their articles give (`_evidence_keys`), by which a new namesake finds them."""
    pending = list(pending)
    cur.executemany("INSERT OR REPLACE INTO unresolved_mentions (quote_id, surname) VALUES (?, ?)", pending)
    rows = _mention_rows(cur, [q for q, _ in pending])
    quoted = article_speakers(cur, {row[2] for row in rows})
    cur.executemany("INSERT INTO unresolved_evidence (quote_id, surname, key) VALUES (?, ?, ?)",
                    [(quote_id, surname, key) for quote_id, surname, article_id, text, role, *_ in rows
                     for key in _evidence_keys(text, role, quoted.get(article_id, ()))])


def _evidence_keys(text: str | None, role: str | None, co_speakers: Iterable[int]) -> set[str]:
    """What could make a namesake's profile agree with a mention (Profile.agrees): a role word in
    common ("r:<word>"), or a speaker quoted beside it ("c:<id>")."""
    found = mention_name(text)
    return {"r:" + w for w in role_words(role or (found[1] if found else None))} | {f"c:{s}" for s in co_speakers}


def article_speakers(cur, article_ids: Iterable[int]) -> dict[int, frozenset[int]]:
    """The speakers of each article's quotes, leaving out the watched mentions: a namesake among
    them keeps a mention unlinked (claims.link.linker), the same at ingest and when judged again."""
    ids = sorted(set(article_ids))
    found: dict[int, set[int]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for article_id, speaker_id in cur.execute(
                f"SELECT DISTINCT article_id, speaker_id FROM quotes WHERE article_id IN ({','.join('?' * len(chunk))}) "
                "AND speaker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM unresolved_mentions m "
                "WHERE m.quote_id = quotes.id)", chunk):
            found.setdefault(article_id, set()).add(speaker_id)
    return {article_id: frozenset(speakers) for article_id, speakers in found.items()}


def _mention_rows(cur, keys: list, where: str = "m.quote_id") -> list[tuple]:
    """(quote id, surname, article id, mention, role, outlet, published, speaker id) of the watched
    mentions whose `where` column (their quote id, or "m.surname") is one of `keys`."""
    rows = []
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        rows += cur.execute(
            "SELECT m.quote_id, m.surname, q.article_id, q.speaker_text, q.role, a.outlet, a.published, q.speaker_id "
            "FROM unresolved_mentions m JOIN quotes q ON q.id = m.quote_id JOIN articles a ON a.id = q.article_id "
            f"WHERE {where} IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    return rows


def _candidates(index, namesakes: dict[str, set[int]], created: set[int]) -> list[int]:
    """The watched mentions of these surnames whose evidence shares a role word with one of the
    namesakes, or a speaker quoted beside one of those just `created`: no other mention can agree
    with them. (A known namesake quoted beside someone new is judged at the end of the ingest, by
    `settle_all`: reading who everyone quoted in a transaction was quoted beside cost more than
    the rest of linking.)"""
    found: set[int] = set()
    for surname, people in namesakes.items():
        keys, budget = set(), None
        for person in people:
            profile = index.profile(person)
            keys |= {"r:" + w for words in profile.roles for w in words}
            if person in created:
                # One quoted beside more people than the budget is no evidence (Linker._co_quoted).
                if budget is None:
                    budget = index.linker.beside_budget(len(index.with_surname(surname)))
                keys |= {f"c:{s}" for s in profile.co_speakers if len(index.beside(s, budget)) <= budget}
        keys = sorted(keys)
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            found.update(q for (q,) in index.cur.execute(
                "SELECT DISTINCT quote_id FROM unresolved_evidence WHERE surname = ? "
                f"AND key IN ({','.join('?' * len(chunk))})", [surname, *chunk]))
    return sorted(found)


def settle(index, namesakes: dict[str, set[int]]) -> int:
    """Judge again the watched mentions of these surnames that their new namesakes share evidence with.

    `namesakes` maps a surname to the persons just created with it (or whose profile grew). A
    mention's answer can change only if one of them agrees with its article's evidence (the quote's
    role or the title before the name): it links if
    that one is the only namesake who fits, and is unlinked if another already did. How many
    quotes changed speaker.
    """
    index.forget()  # profiles as the database has them; no article's context is noted here
    created = {person for people in index.new_namesakes.values() for person in people}
    rows = _mention_rows(index.cur, _candidates(index, namesakes, created))
    return _judge(index, rows, lambda surname, context: any(index.profile(s).agrees(context)
                                                              for s in namesakes[surname]), give_up=False)


def settle_touched(cur, cache) -> int:
    """At the end of an ingest or a load, in the caller's transaction on `cur`: the speakers its
    transactions made for a near spelling judged again (claims.link.variants), then `settle_all`
    over the surnames they touched (`cache`, the claims.link.LinkCache they shared)."""
    from .index import SpeakerIndex
    from .variants import settle_spellings

    changed = 0
    if cache.tentative:
        changed += settle_spellings(SpeakerIndex(cur, cache), cache.tentative)
        cache.tentative.clear()
    if cache.touched:
        changed += settle_all(SpeakerIndex(cur, cache), cache.touched)
        cache.touched.clear()
    return changed


def settle_all(index, surnames: Iterable[str]) -> int:
    """Judge again every watched mention of these surnames, against the database as it is now.

    Run once at the end of an ingest over the surnames it touched: what a mention's namesakes
    turned out to have in common with it no longer depends on which article came first (a profile
    that grew after the mention was judged). How many changed.
    """
    index.forget()
    rows = _mention_rows(index.cur, sorted(set(surnames)), where="m.surname")
    return _judge(index, rows, lambda surname, context: True)


def _judge(index, rows: list[tuple], gate, give_up: bool = True) -> int:
    """Each watched mention of `rows` the `gate` lets through, by the Linker's surname rule, all
    against the database as it is before any of them changes, so their order does not matter.

    A mention two namesakes fit leaves the watch only when `give_up` (settle_all, at the end of an
    ingest): within one, a namesake's profile read in the middle of a transaction holds what the
    database will not (the claimants of its article), and a mention given up on it would stay
    unlinked in one order of the articles and not in another.
    """
    decided, given_up = [], []
    quoted = article_speakers(index.cur, {row[2] for row in rows})
    for quote_id, surname, article_id, text, role, outlet, published, current in sorted(rows):
        found = mention_name(text)
        if found is None:
            continue
        context = Context(role=role or found[1], outlet=outlet, published=published,
                          co_speakers=quoted.get(article_id, frozenset()))
        if not gate(surname, context):
            continue  # nothing new supports it: the Linker's answer stands
        match = index.linker.find(found[0], "person", context)
        if match.speaker_id != current:
            decided.append((match.speaker_id, quote_id))
        if match.how == "several" and give_up:
            given_up.append((quote_id,))  # two namesakes fit it now: no later one makes it one
    index.cur.executemany("UPDATE quotes SET speaker_id = ? WHERE id = ?", decided)
    index.cur.executemany("DELETE FROM unresolved_mentions WHERE quote_id = ?", given_up)
    index.cur.executemany("DELETE FROM unresolved_evidence WHERE quote_id = ?", given_up)
    index.cache.forget_speakers(s for s, _ in decided if s is not None)
    index.cache.forget_speakers(current for *_, current in rows if current is not None)
    return len(decided)


def settle_mentions(index, pending: Iterable[tuple[int, str]], quoted: Iterable[int | None] = ()) -> int:
    """After a transaction's quotes are stored: watch its surname mentions, given as (quote id,
    surname), and judge again those of every surname a person was created with (the index's
    `new_namesakes`, once flushed) or that a person `quoted` in it has (their profile may have
    gained a role). How many quotes changed speaker."""
    pending = list(pending)
    record(index.cur, pending)
    namesakes = {surname: set(people) for surname, people in index.new_namesakes.items()}
    for surname, person in _surnames(index.cur, {s for s in quoted if s is not None}):
        namesakes.setdefault(surname, set()).add(person)
    index.cache.touched.update(namesakes)
    index.cache.touched.update(surname for _, surname in pending)
    return settle(index, namesakes)


def _surnames(cur, speaker_ids: set[int]) -> list[tuple[str, int]]:
    """(surname, speaker) of these speakers' full person names (their "n:" lookup keys), when any
    mention of that surname is watched."""
    ids = sorted(speaker_ids)
    found = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        found += cur.execute(
            "SELECT DISTINCT substr(k.key, 3), a.speaker_id FROM speaker_aliases a JOIN speaker_keys k "
            f"ON k.alias_id = a.id WHERE a.speaker_id IN ({','.join('?' * len(chunk))}) AND k.key LIKE 'n:%' "
            "AND EXISTS (SELECT 1 FROM unresolved_mentions m WHERE m.surname = substr(k.key, 3))", chunk).fetchall()
    return found
