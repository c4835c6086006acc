"""Who an unresolved mention is, as a person decided it from the review queue, kept across re-ingest.

A decision is one `speaker_decisions` row: `assign` (the mention is this speaker) or `not-these`
(someone else: none of the candidates), with the article's stable identity (its url, else its
export id, else its text's hash), the mention as written, who, when and why. Deciding sets the
speaker of the mention's quotes in that article (and the claimant of its claims, whose
claimant_text is the mention); `reapply` does it again for every decision after an ingest or a
re-link has rewritten those rows, so a decision wins over automatic linking on every run.

Library code: errors are `SpeakerError`; `claims.cli` turns them into messages.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import SpeakerError
from ..timestamps import now
from . import queue
from .manual import default_who

NOBODY = "nobody"


@dataclass
class Decided:
    """What recording a decision did."""

    decision_id: int
    speaker_id: int | None  # None: someone else
    speaker_name: str | None
    quotes: int
    claims: int


def decide(conn, article_id: int, mention: str, speaker_id: int | None, *, who: str | None = None,
           why: str | None = None) -> Decided:
    """Record that `mention` in article `article_id` is speaker `speaker_id` (one of the queue's
    candidates), or someone else when `speaker_id` is None, and apply it to the stored rows.

    The caller commits. Raises SpeakerError when the mention is not waiting in the queue
    (decided already, resolved meanwhile, not a person's name) or the speaker is no candidate.
    """
    db = queue.sqlite(conn)
    item = queue.build(db, article_id, mention)
    if item is None:
        raise SpeakerError(f"{mention!r} in article {article_id} is not waiting for review "
                           "(decided already, resolved, or no known person fits)")
    names = {c.speaker_id: c.name for c in item.candidates}
    if speaker_id is not None and speaker_id not in names:
        raise SpeakerError(f"speaker {speaker_id} is not a candidate for {mention!r}: "
                           + ", ".join(f"{n} ({i})" for i, n in names.items()))
    if speaker_id is None:
        action, value = "not-these", "none of " + ", ".join(f"{n} ({i})" for i, n in names.items())
    else:
        action, value = "assign", None
    decision_id = db.execute(
        "INSERT INTO speaker_decisions (action, speaker_id, speaker_name, value, article, mention, who, why, "
        "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (action, speaker_id, names.get(speaker_id), value, item.article, mention, who or default_who(), why or None,
         now())).fetchone()[0]
    quotes, claims = apply(db, [article_id], mention, speaker_id)
    return Decided(decision_id, speaker_id, names.get(speaker_id), quotes, claims)


def apply(conn, article_ids: list[int], mention: str, speaker_id: int | None) -> tuple[int, int]:
    """Give the quotes and claims of `mention` in those articles the speaker `speaker_id` (None:
    no speaker); return how many quotes and claims changed. Rows already right are not touched."""
    db = queue.sqlite(conn)
    quotes = claims = 0
    for article_id in article_ids:
        # A person decided: the surname rule no longer watches these quotes (claims.link.mentions).
        for table in ("unresolved_mentions", "unresolved_evidence"):
            db.execute(f"DELETE FROM {table} WHERE quote_id IN (SELECT id FROM quotes WHERE article_id = ? "
                       "AND speaker_text = ?)", (article_id, mention))
        quotes += db.execute("UPDATE quotes SET speaker_id = ? WHERE article_id = ? AND speaker_text = ? "
                             "AND speaker_id IS NOT ?", (speaker_id, article_id, mention, speaker_id)).rowcount
        claims += db.execute("UPDATE claims SET claimant_id = ? WHERE article_id = ? AND claimant_text = ? "
                             "AND claimant_id IS NOT ?", (speaker_id, article_id, mention, speaker_id)).rowcount
    return quotes, claims


LATEST = """
SELECT d.article, d.mention, d.action, d.speaker_id, d.speaker_name FROM speaker_decisions d
WHERE d.action IN ('assign', 'not-these') AND d.id = (
    SELECT max(e.id) FROM speaker_decisions e WHERE e.article = d.article AND e.mention = d.mention
    AND e.action IN ('assign', 'not-these'))
"""


def decided_speaker(conn, article: str, mention: str) -> int | str | None:
    """What people decided `mention` in the article of identity `article` is: a speaker id,
    NOBODY (someone else), or None (undecided, or the speaker chosen no longer exists)."""
    db = queue.sqlite(conn)
    row = db.execute(LATEST + " AND d.article = ? AND d.mention = ?", (article, mention)).fetchone()
    if row is None:
        return None
    if row[2] == "not-these":
        return NOBODY
    return current_speaker(db, row[3], row[4])


def current_speaker(conn, speaker_id: int, name: str | None) -> int | None:
    """The speaker a decision named, today: itself, or the speaker it was merged into, or else
    (after its row was rebuilt under a new id) the one speaker of that exact name; else None."""
    db = queue.sqlite(conn)
    seen = set()
    while speaker_id is not None and speaker_id not in seen:
        if db.execute("SELECT 1 FROM speakers WHERE id = ?", (speaker_id,)).fetchone():
            return speaker_id
        seen.add(speaker_id)
        merged = db.execute("SELECT speaker_id FROM speaker_decisions WHERE action = 'merge' AND other_id = ? "
                            "ORDER BY id DESC LIMIT 1", (speaker_id,)).fetchone()
        speaker_id = merged[0] if merged else None
    named = db.execute("SELECT id FROM speakers WHERE name = ? AND kind = 'person' LIMIT 2", (name,)).fetchall()
    return named[0][0] if name and len(named) == 1 else None


@dataclass
class Reapplied:
    """What re-applying the recorded decisions did."""

    decisions: int = 0
    quotes: int = 0
    claims: int = 0
    missing: int = 0  # decisions whose article or speaker is no longer in the database


def reapply(conn) -> Reapplied:
    """Apply every recorded assign / not-these decision (the latest per article and mention) to
    the stored quotes and claims again: after an ingest replaced an article's rows, or a re-link.

    Idempotent: a second run changes nothing. The caller commits.
    """
    db = queue.sqlite(conn)
    done = Reapplied()
    for article, mention, action, speaker_id, name in db.execute(LATEST).fetchall():
        done.decisions += 1
        target = current_speaker(db, speaker_id, name) if action == "assign" else None
        articles = article_ids(db, article)
        if not articles or (action == "assign" and target is None):
            done.missing += 1
            continue
        quotes, claims = apply(db, articles, mention, target)
        done.quotes += quotes
        done.claims += claims
    return done


def article_ids(conn, article: str) -> list[int]:
    """The stored articles of identity `article` ("url:...", "id:...", "hash:...")."""
    db = queue.sqlite(conn)
    kind, _, value = article.partition(":")
    column = {"url": "url", "id": "external_id", "hash": "content_hash"}.get(kind)
    if column is None:
        return []
    sql = f"SELECT id FROM articles a WHERE a.{column} = ? AND {queue.ARTICLE_IDENTITY.format(a='a')} = ?"
    return [r[0] for r in db.execute(sql, (value, article))]
