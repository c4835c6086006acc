"""The Linker's index over the database: lookups cached, profiles read lazily, writes buffered.

`SpeakerIndex` serves one write transaction (a batch of articles, or one article):

- it is the Linker's index (`claims.link.linker.Index`): each answer is read once with the raw
  sqlite3 cursor it is given, kept in a `LinkCache` (for the ingest, as long as no one else
  writes), and combined with what this transaction has linked so far;
- the new speakers, aliases, keys and roles wait in lists until `flush()` writes them with a few
  executemany calls, with the ids SQLite would have given them one by one.

It holds the write lock, nothing else writes until it commits, and a batch's quotes go in only
after its speakers are linked, so during linking the database changes only by what this index
buffers, and the buffer is part of every answer. A speaker's profile (`PROFILE_SQL`) is built
afresh for each article (`forget()`), to which `note()` adds that article's context; what a
speaker's stored quotes say is read when the Linker first looks, and read again after the speaker
gets quotes (`LinkCache.forget_speakers`). The same index, read-only, answers `claims.open()`'s
speaker lookups. It speaks SQL to the documented tables; it imports nothing of claims.store.
"""

from __future__ import annotations

from typing import Iterable

from . import names
from .keys import alias_key_rows, ensure_keys
from .linker import Context, Hit, Linker, Profile, role_words
from .names import fold, is_proper, normalize

_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def sql_lower(value: str) -> str:
    """SQLite's lower(): ASCII letters only, as the pinned-alias query compared them."""
    return value.translate(_ASCII_LOWER)


def next_id(cur, table: str) -> int:
    """The id SQLite gives the next row (max + 1: the tables have no AUTOINCREMENT)."""
    return (cur.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0) + 1


# What the database knows of a speaker besides its names, each part bounded so a speaker quoted
# ten thousand times costs what one quoted a hundred times does: its own role, the roles of its
# first 50 quotes, the outlets of its first 100 articles and the co-occurring speakers of its first 1,000.
PROFILE_SQL = {
    "role": "SELECT role FROM speakers WHERE id = :s AND role IS NOT NULL",
    "roles": "SELECT DISTINCT role FROM (SELECT role FROM quotes WHERE speaker_id = :s AND role IS NOT NULL LIMIT 50)",
    # Bounded by articles first: DISTINCT ... LIMIT 50 over the joined quotes read every quote of
    # a speaker in fewer than 50 outlets (all of them, in practice): 4 ms for a well-quoted one.
    "outlets": "SELECT DISTINCT a.outlet FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker_id = :s LIMIT 100) q "
               "JOIN articles a ON a.id = q.article_id WHERE a.outlet IS NOT NULL",
    # Only quotes whose speaker the article itself named count here: a surname the Linker linked
    # across articles (a watched mention) may be unlinked again, and what it brought would make
    # the evidence for the next surname depend on the order articles came in.
    "co_speakers": "SELECT DISTINCT o.speaker_id FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker_id = :s "
                   "AND NOT EXISTS (SELECT 1 FROM unresolved_mentions m WHERE m.quote_id = quotes.id) LIMIT 1000) q "
                   "JOIN quotes o ON o.article_id = q.article_id WHERE o.speaker_id IS NOT NULL AND o.speaker_id != :s "
                   "AND NOT EXISTS (SELECT 1 FROM unresolved_mentions m WHERE m.quote_id = o.id)",
}


class Bounded(set):
    """Speakers read up to a limit: all of them when there are no more than `limit`."""

    def __init__(self, items, limit: int):
        super().__init__(items)
        self.limit = limit


class StoredProfile(Profile):
    """A speaker's Profile as PROFILE_SQL reads it, each part read only when the Linker looks at it.

    Most profiles the Linker asks for are never looked at (a surname alone asks for every person of
    that surname, then reads their roles only if the article gives one), so reading all three parts
    of each was most of the cost of linking. `role` is the role this transaction gave the speaker
    before the profile was asked for (a stored role wins, as in the database); the contexts noted
    before a part is read are added when it is.
    """

    PARTS = ("roles", "outlets", "co_speakers")

    def __init__(self, writer: SpeakerIndex, speaker_id: int, role: str | None):
        self._source = (writer, speaker_id, role)
        self._notes: list[Context] = []

    def __getattr__(self, name):
        if name not in self.PARTS:
            raise AttributeError(name)
        writer, speaker_id, role = self._source
        value = set()
        if name == "roles":
            for text in [*(writer.stored("role", speaker_id) or [role]), *writer.stored("roles", speaker_id)]:
                if words := role_words(text):
                    value.add(words)
        else:
            value.update(writer.stored(name, speaker_id))
        for context in self._notes:
            self._add(name, value, context)
        setattr(self, name, value)
        return value

    def note(self, context: Context) -> None:
        """Add an article's context to the parts read, and remember it for the others."""
        self._notes.append(context)
        for name in self.PARTS:
            if name in self.__dict__:
                self._add(name, self.__dict__[name], context)

    def _add(self, name: str, value: set, context: Context) -> None:
        if name == "roles":
            if words := role_words(context.role):
                value.add(words)
        elif name == "outlets":
            if context.outlet:
                value.add(context.outlet)
        else:
            value.update(s for s in context.co_speakers if s != self._source[1])


class LinkCache:
    """What the SpeakerIndexs of one ingest have read from the database, kept across transactions.

    Valid while this process is the only writer: each transaction begins with `check()`, which
    drops everything if another connection committed since (`PRAGMA data_version` moved: another
    ingest, a manual merge). It also starts over, with the caches of the name functions, once
    they hold more than `limit` answers together: an ingest of any length then keeps its memory
    flat (at 200,000 articles those caches grew by about 2 MB per 1,000 articles), at the cost of
    reading the speakers it meets again.
    A writer folds what it wrote into the cache at `flush()`, and the caller forgets the speakers
    whose stored quotes changed (`forget_speakers`). Use one cache for one sequence of transactions
    that stops at the first failed one (claims.ingest and claims.parquet do).
    """

    def __init__(self, limit: int = 200_000):
        self.limit = limit
        self.seen = None
        self.touched: set[str] = set()  # surnames of watched mentions these transactions touched (mentions.settle_all)
        self.tentative: set[int] = set()  # speakers made for a near spelling (variants.settle_spellings)
        self.clear()

    def clear(self) -> None:
        self.exact: dict[str, tuple[list[Hit], list[tuple[int, str]]]] = {}  # see SpeakerIndex._stored_exact
        self.keyed: dict[str, list[tuple[str, int]]] = {}  # speaker_keys.key -> [(normalized, speaker_id)]
        self.aliases: dict[int, set[str]] = {}  # speaker -> its aliases
        self.parts: dict[tuple[str, int], set] = {}  # (part, speaker) -> SpeakerIndex.stored()
        self.proper: dict[str, bool] = {}  # name -> claims.link.names.is_proper(name)

    def check(self, cur) -> None:
        """At the start of a transaction: forget everything if someone else wrote since the last one."""
        seen = (id(cur.connection), cur.execute("PRAGMA data_version").fetchone()[0])
        size = len(self.exact) + len(self.keyed) + len(self.aliases) + len(self.parts) + len(self.proper)
        full = size + names.cached_entries() > self.limit
        if seen != self.seen or full:
            self.clear()
            if full:
                names.clear_caches()
        self.seen = seen

    def forget_speakers(self, speaker_ids: Iterable[int]) -> None:
        """These speakers got quotes: what their stored quotes say must be read again."""
        for speaker_id in set(speaker_ids):
            for part in ("roles", "outlets", "co_speakers"):
                self.parts.pop((part, speaker_id), None)
            beside = self.parts.get(("beside", speaker_id))
            if beside is not None and len(beside) <= beside.limit:
                del self.parts[("beside", speaker_id)]  # more than its limit stays more with more quotes


class SpeakerIndex:
    """The Linker's index for one transaction; new speakers are written at `flush()`. See the module doc.

    `cur` is a sqlite3 cursor of the transaction. `read_only` for lookups alone (claims.open()):
    then nothing is written, not even the lookup keys an older database lacks.
    """

    def __init__(self, cur, cache: LinkCache | None = None, read_only: bool = False):
        self.cur = cur
        self.cache = cache if cache is not None else LinkCache()
        if not read_only and ensure_keys(cur):
            self.cache.clear()
        self.cache.check(cur)
        self.linker = Linker(self)
        self.first_speaker = self.next_speaker = next_id(cur, "speakers")
        self.next_alias = next_id(cur, "speaker_aliases")
        self.new_speakers: dict[int, list] = {}  # id -> [name, kind, role], in creation order
        self.set_roles: dict[int, str] = {}  # stored speaker -> role to set if it has none
        self.alias_rows: list[tuple] = []
        self.key_rows: list[tuple] = []
        self._new_exact: dict[str, list[Hit]] = {}  # normalized -> Hits of the aliases written here
        self._new_keyed: dict[str, list[tuple[str, int]]] = {}
        self._new_aliases: dict[int, set[str]] = {}
        self._article: dict[int, StoredProfile] = {}  # profiles the current article has read
        self.new_namesakes: dict[str, set[int]] = {}  # surname -> the persons flush() created with it

    # -- the Linker's index ------------------------------------------------------------------------
    def exact(self, key: str) -> list[Hit]:
        return self._stored_exact(key)[0] + self._new_exact.get(key, [])

    def with_surname(self, surname: str) -> set[int]:
        return {speaker_id for _, speaker_id in self.blocks(["n:" + surname])}

    def blocks(self, keys: Iterable[str]) -> list[tuple[str, int]]:
        keys = list(keys)
        self._read_keys([k for k in keys if k not in self.cache.keyed])
        out = {}
        for key in keys:
            for pair in self.cache.keyed[key]:
                out[pair] = None
            for pair in self._new_keyed.get(key, ()):
                out[pair] = None
        return list(out)

    def profile(self, speaker_id: int) -> Profile:
        profile = self._article.get(speaker_id)
        if profile is None:
            if speaker_id in self.new_speakers:
                role = self.new_speakers[speaker_id][2]
            else:
                role = self.set_roles.get(speaker_id)  # the stored role, if any, wins over it
            profile = self._article[speaker_id] = StoredProfile(self, speaker_id, role)
        return profile

    def note(self, speaker_id: int, context: Context | None) -> None:
        """The article's context goes into a profile it has already read; one not read yet will be
        read from the database, where the article's quotes will be by then."""
        profile = self._article.get(speaker_id)
        if context is not None and profile is not None:
            profile.note(context)

    def population(self) -> int:
        """About how many speakers the database knows (their ids are numbered from 1)."""
        return self.next_speaker - 1

    def forget(self) -> None:
        """A new article: profiles are rebuilt from the database and the buffer."""
        self._article.clear()

    # -- reads, once per transaction ---------------------------------------------------------------
    def _stored_exact(self, key: str) -> tuple[list[Hit], list[tuple[int, str]]]:
        """The stored aliases of a normalised key as Hits, and its manual ones as (speaker, alias)."""
        found = self.cache.exact.get(key)
        if found is None:
            rows = self.cur.execute(
                "SELECT a.speaker_id, s.kind, a.origin, a.alias FROM speaker_aliases a "
                "JOIN speakers s ON s.id = a.speaker_id WHERE a.normalized = ?", (key,)).fetchall()
            found = self.cache.exact[key] = (
                [Hit(speaker_id, kind, origin == "manual", fold(alias)) for speaker_id, kind, origin, alias in rows],
                [(speaker_id, alias) for speaker_id, _, origin, alias in rows if origin == "manual"])
        return found

    def _read_keys(self, keys: list[str]) -> None:
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            for key in chunk:
                self.cache.keyed[key] = []
            rows = self.cur.execute(
                "SELECT DISTINCT k.key, a.normalized, a.speaker_id FROM speaker_keys k "
                f"JOIN speaker_aliases a ON a.id = k.alias_id WHERE k.key IN ({','.join('?' * len(chunk))})", chunk)
            for key, normalized, speaker_id in rows:
                self.cache.keyed[key].append((normalized, speaker_id))

    def stored(self, part: str, speaker_id: int) -> set:
        """One part of what the database says about a speaker: `role` (its own), or the `roles`,
        `outlets` or `co_speakers` of its stored quotes. Read once, then kept in the cache."""
        if speaker_id >= self.first_speaker:
            return set()  # created in this transaction: not stored yet
        found = self.cache.parts.get((part, speaker_id))
        if found is None:
            found = self.cache.parts[(part, speaker_id)] = {
                row[0] for row in self.cur.execute(PROFILE_SQL[part], {"s": speaker_id})}
        return found

    def beside(self, speaker_id: int, limit: int) -> set[int]:
        """The speakers quoted beside this one in its stored quotes (as its profile's co_speakers), or
        `limit` + 1 of them when there are more: enough to tell a speaker quoted beside few people
        from one quoted beside thousands without reading them all."""
        if speaker_id >= self.first_speaker or limit < 0:
            return set()
        found = self.cache.parts.get(("co_speakers", speaker_id))
        if found is not None:
            return found
        cached = self.cache.parts.get(("beside", speaker_id))
        if cached is not None and (len(cached) <= cached.limit or len(cached) > limit):
            return cached
        found = self.cache.parts[("beside", speaker_id)] = Bounded(
            (row[0] for row in self.cur.execute(PROFILE_SQL["co_speakers"] + " LIMIT :n",
                                                {"s": speaker_id, "n": limit + 1})), limit)
        return found

    def _aliases(self, speaker_id: int) -> set[str]:
        if speaker_id < self.first_speaker and speaker_id not in self.cache.aliases:
            self.cache.aliases[speaker_id] = {a for (a,) in self.cur.execute(
                "SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (speaker_id,))}
        return self.cache.aliases.get(speaker_id, set()) | self._new_aliases.get(speaker_id, set())

    def pinned_elsewhere(self, name: str, speaker_id: int) -> bool:
        """A person pinned this spelling to another speaker (manual aliases are never written here)."""
        lowered = sql_lower(name)
        return any(other != speaker_id and sql_lower(alias) == lowered
                   for other, alias in self._stored_exact(normalize(name))[1])

    # -- writes, buffered --------------------------------------------------------------------------
    def create_speaker(self, name: str, kind: str, role: str | None = None) -> int:
        speaker_id = self.next_speaker
        self.next_speaker += 1
        self.new_speakers[speaker_id] = [name, kind, role]
        return speaker_id

    def give_role(self, speaker_id: int, role: str) -> None:
        """Set the speaker's role if it has none (automatic linking never overwrites a role)."""
        if speaker_id in self.new_speakers:
            if self.new_speakers[speaker_id][2] is None:
                self.new_speakers[speaker_id][2] = role
        else:
            self.set_roles.setdefault(speaker_id, role)

    def write_aliases(self, speaker_id: int, kind: str, names: Iterable[str], origin: str = "auto",
                      score: float | None = None) -> None:
        """The spellings the speaker has not got yet, with their keys (claims.link.keys)."""
        known = self._aliases(speaker_id)
        for name in dict.fromkeys(names):
            key = normalize(name) if name else ""
            if not name or name in known or not key:
                continue
            alias_id = self.next_alias
            self.next_alias += 1
            self.alias_rows.append((alias_id, speaker_id, name, key, origin, score))
            self._new_aliases.setdefault(speaker_id, set()).add(name)
            self._new_exact.setdefault(key, []).append(Hit(speaker_id, kind, origin == "manual", fold(name)))
            for row in alias_key_rows(alias_id, key, kind):
                self.key_rows.append((alias_id, row["key"]))
                pairs = self._new_keyed.setdefault(row["key"], [])
                if (key, speaker_id) not in pairs:
                    pairs.append((key, speaker_id))

    def flush(self) -> None:
        """Write what the transaction linked: speakers, their roles, aliases and lookup keys.

        Before the quotes and claims that point at the speakers. The index reads them from the
        database from then on, so it may go on linking (claims.link.mentions.settle does).
        """
        owner = {row[0]: row[1] for row in self.alias_rows}
        for alias_id, key in self.key_rows:
            if key.startswith("n:") and owner[alias_id] in self.new_speakers:
                self.new_namesakes.setdefault(key[2:], set()).add(owner[alias_id])
        self.cur.executemany("INSERT INTO speakers (id, name, kind, role) VALUES (?, ?, ?, ?)",
                             [(i, *row) for i, row in self.new_speakers.items()])
        self.cur.executemany("UPDATE speakers SET role = ? WHERE id = ? AND role IS NULL",
                             [(role, i) for i, role in self.set_roles.items()])
        self.cur.executemany("INSERT INTO speaker_aliases (id, speaker_id, alias, normalized, origin, score) "
                             "VALUES (?, ?, ?, ?, ?, ?)", self.alias_rows)
        self.cur.executemany("INSERT INTO speaker_keys (alias_id, key) VALUES (?, ?)", self.key_rows)
        # Written, so part of what the cache says the database holds from now on.
        cache = self.cache
        for key, hits in self._new_exact.items():
            if key in cache.exact:
                cache.exact[key][0].extend(hits)
        for key, pairs in self._new_keyed.items():
            if key in cache.keyed:
                cache.keyed[key].extend(p for p in pairs if p not in cache.keyed[key])
        for speaker_id, spellings in self._new_aliases.items():
            if speaker_id in cache.aliases:
                cache.aliases[speaker_id] |= spellings
        for speaker_id in self.set_roles:
            cache.parts.pop(("role", speaker_id), None)
        self.first_speaker = self.next_speaker
        self.new_speakers, self.set_roles, self.alias_rows, self.key_rows = {}, {}, [], []
        self._new_exact, self._new_keyed, self._new_aliases = {}, {}, {}
        self._article.clear()

    def is_proper(self, name: str) -> bool:
        found = self.cache.proper.get(name)
        if found is None:
            found = self.cache.proper[name] = is_proper(name)
        return found
