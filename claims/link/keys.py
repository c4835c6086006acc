"""The lookup keys of speaker names in the database, and writing aliases with their keys.

Each alias row of `speaker_aliases` has its normalised form (indexed there) and, in
`speaker_keys`, its surname key ("n:peskov") and its blocking keys (see `Name.block_keys`).
A lookup is then one indexed query, whatever the size of the database. Both are the linker's
rules, so the linker keeps them: when a migration empties `speaker_keys` (a new rule for the
keys), `ensure_keys` computes every alias's normalised form and keys again before the next link.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Connection

from .names import Name, normalize


def alias_key_rows(alias_id: int, key: str, kind: str) -> list[dict]:
    """The speaker_keys rows of one alias: only full person names have any."""
    if kind != "person" or not key:
        return []
    name = Name.of(key)
    if not name.full:
        return []
    return [{"alias_id": alias_id, "key": k} for k in sorted({"n:" + s for s in name.surnames()} | name.block_keys())]


def write_aliases(conn: Connection, speaker_id: int, kind: str, names: Iterable[str], origin: str = "auto",
                  score: float | None = None) -> list[int]:
    """Store the aliases of `names` that speaker `speaker_id` does not have yet, with their keys."""
    known = {a for (a,) in conn.execute(text("SELECT alias FROM speaker_aliases WHERE speaker_id = :s"),
                                        {"s": speaker_id})}
    ids = []
    for name in dict.fromkeys(names):
        key = normalize(name) if name else ""
        if not name or name in known or not key:
            continue
        alias_id = conn.execute(text(
            "INSERT INTO speaker_aliases (speaker_id, alias, normalized, origin, score) VALUES (:s, :a, :n, :o, :c)"),
            {"s": speaker_id, "a": name, "n": key, "o": origin, "c": score}).lastrowid
        keys = alias_key_rows(alias_id, key, kind)
        if keys:
            conn.execute(text("INSERT INTO speaker_keys (alias_id, key) VALUES (:alias_id, :key)"), keys)
        ids.append(alias_id)
    return ids


def ensure_keys(cur) -> bool:
    """Compute every alias's normalised form and keys if `speaker_keys` was emptied; True if it was.

    An empty `speaker_keys` beside a person's alias that has keys means the keys are to be made (a
    migration cleared them for a new rule, or the database predates them). One probe when they are there.
    """
    if cur.execute("SELECT 1 FROM speaker_keys LIMIT 1").fetchone():
        return False
    sample = cur.execute("SELECT a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
                         "WHERE s.kind = 'person' AND instr(trim(a.alias), ' ') LIMIT 50").fetchall()
    if not any(alias_key_rows(0, normalize(alias), "person") for (alias,) in sample):
        return False
    rows = cur.execute("SELECT a.id, a.alias, s.kind FROM speaker_aliases a "
                       "JOIN speakers s ON s.id = a.speaker_id").fetchall()
    cur.executemany("UPDATE speaker_aliases SET normalized = ? WHERE id = ?",
                    [(normalize(alias), alias_id) for alias_id, alias, _ in rows])
    cur.executemany("INSERT INTO speaker_keys (alias_id, key) VALUES (?, ?)",
                    [(row["alias_id"], row["key"]) for alias_id, alias, kind in rows
                     for row in alias_key_rows(alias_id, normalize(alias), kind)])
    return True
