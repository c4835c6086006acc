"""The linker's view of the database: lookups on indexed key columns, and writing new aliases.

Each alias row of `speaker_aliases` has its normalised form (indexed there) and, in
`speaker_keys`, its surname key ("n:peskov") and its blocking keys (see `Name.block_keys`).
A lookup is then one indexed query, whatever the size of the database.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import insert, text
from sqlalchemy.engine import Connection

from ..store.models import SpeakerAlias, SpeakerKey
from .linker import Context, Hit, Profile, role_words
from .names import Name, fold, normalize


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
    rows = [{"speaker_id": speaker_id, "alias": name, "normalized": normalize(name), "origin": origin, "score": score}
            for name in dict.fromkeys(names) if name and name not in known and normalize(name)]
    if not rows:
        return []
    ids = [r[0] for r in conn.execute(insert(SpeakerAlias).returning(SpeakerAlias.id, sort_by_parameter_order=True),
                                      rows)]
    keys = [k for alias_id, row in zip(ids, rows) for k in alias_key_rows(alias_id, row["normalized"], kind)]
    if keys:
        conn.execute(insert(SpeakerKey), keys)
    return ids


# What the database knows of a speaker besides its names, each part bounded so a speaker quoted
# ten thousand times costs what one quoted a hundred times does: its own role, the roles of its
# first 50 quotes, and the outlets and co-occurring speakers of its first 100 articles.
PROFILE_SQL = {
    "role": "SELECT role FROM speakers WHERE id = :s AND role IS NOT NULL",
    "roles": "SELECT DISTINCT role FROM (SELECT role FROM quotes WHERE speaker_id = :s AND role IS NOT NULL LIMIT 50)",
    # Bounded by articles first: DISTINCT ... LIMIT 50 over the joined quotes read every quote of
    # a speaker in fewer than 50 outlets (all of them, in practice): 4 ms for a well-quoted one.
    "outlets": "SELECT DISTINCT a.outlet FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker_id = :s LIMIT 100) q "
               "JOIN articles a ON a.id = q.article_id WHERE a.outlet IS NOT NULL",
    "co_speakers": "SELECT DISTINCT o.speaker_id FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker_id = :s "
                   "LIMIT 100) q JOIN quotes o ON o.article_id = q.article_id WHERE o.speaker_id IS NOT NULL "
                   "AND o.speaker_id != :s LIMIT 200",
}


class SqlIndex:
    """The known names, looked up in the database on demand (indexed queries, nothing preloaded).

    `conn` is set by whoever links (`link_speakers` sets it for each article's transaction).
    Profiles are read once per speaker and cached for the life of the index (one ingest).
    """

    def __init__(self, conn: Connection | None = None):
        self.conn = conn
        self._profiles: dict[int, Profile] = {}

    def exact(self, key: str) -> list[Hit]:
        rows = self.conn.execute(text(
            "SELECT a.speaker_id, s.kind, a.origin, a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE a.normalized = :k"), {"k": key})
        return [Hit(speaker_id, kind, origin == "manual", fold(alias)) for speaker_id, kind, origin, alias in rows]

    def with_surname(self, surname: str) -> set[int]:
        rows = self.conn.execute(text(
            "SELECT DISTINCT a.speaker_id FROM speaker_keys k JOIN speaker_aliases a ON a.id = k.alias_id "
            "WHERE k.key = :k"), {"k": "n:" + surname})
        return {r[0] for r in rows}

    def blocks(self, keys: Iterable[str]) -> list[tuple[str, int]]:
        keys = list(keys)
        if not keys:
            return []
        marks = ", ".join(f":k{i}" for i in range(len(keys)))
        rows = self.conn.execute(text(
            f"SELECT DISTINCT a.normalized, a.speaker_id FROM speaker_keys k JOIN speaker_aliases a ON a.id = k.alias_id "
            f"WHERE k.key IN ({marks})"), {f"k{i}": k for i, k in enumerate(keys)})
        return [(key, speaker_id) for key, speaker_id in rows]

    def profile(self, speaker_id: int) -> Profile:
        cached = self._profiles.get(speaker_id)
        if cached is not None:
            return cached
        profile = Profile()
        params = {"s": speaker_id}
        for part in ("role", "roles"):
            for (role,) in self.conn.execute(text(PROFILE_SQL[part]), params):
                if words := role_words(role):
                    profile.roles.add(words)
        for (outlet,) in self.conn.execute(text(PROFILE_SQL["outlets"]), params):
            profile.outlets.add(outlet)
        for (other,) in self.conn.execute(text(PROFILE_SQL["co_speakers"]), params):
            profile.co_speakers.add(other)
        self._profiles[speaker_id] = profile
        return profile

    def add(self, speaker_id: int, alias: str, key: str, kind: str, manual: bool = False) -> None:
        """Aliases are written by `write_aliases`; the database is the index."""

    def note(self, speaker_id: int, context: Context | None) -> None:
        """Add this article's evidence to a profile already read; one not read yet will be read
        from the database, where the article's quotes will be by then."""
        profile = self._profiles.get(speaker_id)
        if context is None or profile is None:
            return
        if words := role_words(context.role):
            profile.roles.add(words)
        if context.outlet:
            profile.outlets.add(context.outlet)
        profile.co_speakers.update(s for s in context.co_speakers if s != speaker_id)

    def forget(self) -> None:
        """Drop cached profiles (after manual decisions moved aliases and quotes around)."""
        self._profiles.clear()
