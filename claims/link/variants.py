"""Speakers created for a spelling that nearly names a known person, judged again at the end.

A full name one typo away from a known person's ("Yao Wnli" for Yao Wenli) links only when the
article supports it: the same role, or a speaker quoted beside them both. What the article can
show depends on what was stored before it: the first article with the typo may come before any
article that quotes the person beside the same people, an initial ("J. Brown") before the full
name. So `link_article` notes each speaker it creates for a name that nearly fit someone, or that
gives only an initial (`LinkCache.tentative`), and `settle_spellings` judges them again once the
whole ingest is stored: a tentative speaker whose own quotes now support one other speaker (the
context being its role and the people quoted beside it) is joined with it, the one quoted less
often into the other: the misspelling may have come first, and the person's own spelling be the
near one. A speaker someone corrected by hand (a manual alias) is left as they left it.
"""

from __future__ import annotations

from typing import Iterable

from .linker import Context
from .names import Name, normalize

# How the Linker answers a near spelling the context did not decide (claims.link.linker.Match.how).
NEAR = {"ambiguous", "unsupported"}
# How a near spelling it links is named: these join a known speaker at the end.
JOINS = {"typo", "given-typo", "initial", "spelling", "trailing", "variant"}


def is_tentative(name: str, how: str | None) -> bool:
    """A speaker made for this name is judged again at the end: the name nearly fit someone, or
    gives only an initial ("J. Brown"), which the person's full name may come after."""
    return how in NEAR or len(Name.of(normalize(name)).compact_given) == 1


def settle_spellings(index, tentative: Iterable[int]) -> int:
    """Join each tentative speaker to the one speaker its quotes now support, the one with fewer
    quotes into the other (the misspelling may have come first); how many joined. Runs in the
    caller's transaction on `index.cur`."""
    joined = 0
    for speaker_id in sorted(set(tentative)):
        index.forget()
        row = index.cur.execute("SELECT name, kind, role FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
        if row is None or row[1] != "person" or _pinned(index.cur, speaker_id):
            continue  # joined already, or as a person left it
        name, _, role = row
        parsed = Name.of(normalize(name))
        if not parsed.full:
            continue
        context = Context(role=role, co_speakers=frozenset(index.profile(speaker_id).co_speakers))
        match = index.linker.similar(parsed, context, exclude=frozenset([speaker_id]))
        if match.speaker_id is None or match.how not in JOINS or _pinned(index.cur, match.speaker_id):
            continue
        keep, other = sorted((match.speaker_id, speaker_id), key=lambda s: (-_quotes(index.cur, s), s))
        _join(index.cur, keep, other)
        index.cache.clear()  # aliases and keys moved: read them again
        joined += 1
    return joined


def _quotes(cur, speaker_id: int) -> int:
    return cur.execute("SELECT count(*) FROM quotes WHERE speaker_id = ?", (speaker_id,)).fetchone()[0]


def _pinned(cur, speaker_id: int) -> bool:
    """A person decided something about this speaker (a manual alias): it stays as they left it."""
    return cur.execute("SELECT 1 FROM speaker_aliases WHERE speaker_id = ? AND origin = 'manual' LIMIT 1",
                       (speaker_id,)).fetchone() is not None


def _join(cur, target: int, other: int) -> None:
    """Speaker `other` becomes `target`: its aliases, quotes and claims move, its row goes."""
    for sql in ("UPDATE speaker_aliases SET speaker_id = ? WHERE speaker_id = ?",
                "UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?",
                "UPDATE claims SET claimant_id = ? WHERE claimant_id = ?",
                "UPDATE speaker_external_ids SET speaker_id = ? WHERE speaker_id = ?"):
        cur.execute(sql, (target, other))
    cur.execute("DELETE FROM speakers WHERE id = ?", (other,))
