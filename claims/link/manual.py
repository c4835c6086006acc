"""Human decisions about speakers: merge, split, rename, set-role, and gazetteer import.

Every decision is one row of `speaker_decisions` (what, who, when, why) and leaves its mark
where automatic linking looks first: the aliases it moves or adds become `origin = 'manual'`,
and a manual alias wins over any automatic match of the same spelling (see `Linker`). So a
merge or a split holds through every later ingest, re-ingest or corrected article, and the
automatic linker never renames a speaker nor overwrites a role it did not set.

Library code: errors are `SpeakerError`; `claims.cli` turns them into messages.
"""

from __future__ import annotations

import csv
import getpass
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection

from ..errors import BadInput, SpeakerError
from ..timestamps import now
from .keys import write_aliases
from .names import fold, normalize

KINDS = ("person", "organization", "group")


def default_who() -> str:
    """Who decides, when the caller does not say: $CLAIMS_USER, else the login name."""
    try:
        return os.environ.get("CLAIMS_USER") or getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def _record(conn: Connection, action: str, who: str | None, why: str | None, **values) -> int:
    row = {"action": action, "who": who or default_who(), "why": why, "decided_at": now(), **values}
    return conn.execute(text(f"INSERT INTO speaker_decisions ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})"),
                        row).lastrowid


@dataclass
class SpeakerRow:
    id: int
    name: str
    kind: str
    role: str | None
    description: str | None


def get(conn: Connection, speaker_id: int) -> SpeakerRow:
    row = conn.execute(text("SELECT id, name, kind, role, description FROM speakers WHERE id = :i"),
                       {"i": speaker_id}).first()
    if row is None:
        raise SpeakerError(f"no speaker with id {speaker_id}")
    return SpeakerRow(*row)


def resolve(conn: Connection, ref: str | int) -> SpeakerRow:
    """The speaker `ref` names: an id, an exact name, or a spelling only one speaker has."""
    ref = str(ref).strip()
    if ref.isdigit():
        return get(conn, int(ref))
    found = conn.execute(text("SELECT speaker_id FROM speaker_external_ids WHERE value = :v"), {"v": ref}).first()
    if found:
        return get(conn, found[0])
    ids = [r[0] for r in conn.execute(text("SELECT id FROM speakers WHERE name = :n"), {"n": ref})]
    if not ids:
        ids = sorted({r[0] for r in conn.execute(text(
            "SELECT speaker_id FROM speaker_aliases WHERE normalized = :k"), {"k": normalize(ref)})})
    if not ids:
        raise SpeakerError(f"no speaker named {ref!r}")
    if len(ids) > 1:
        raise SpeakerError(f"{ref!r} names {len(ids)} speakers ({', '.join(map(str, ids[:10]))}): use an id")
    return get(conn, ids[0])


def merge(conn: Connection, keep: str | int, other: str | int, *, who: str | None = None,
          why: str | None = None) -> SpeakerRow:
    """Merge speaker `other` into `keep`: its aliases, quotes, claims and ids move, it is deleted.

    The moved aliases are pinned to `keep` (origin manual), so later articles spelling the
    name either way link to `keep`.
    """
    a, b = resolve(conn, keep), resolve(conn, other)
    if a.id == b.id:
        raise SpeakerError(f"{a.name!r} and {b.name!r} are already one speaker ({a.id})")
    if a.kind != b.kind:
        raise SpeakerError(f"cannot merge {a.name!r} ({a.kind}) with {b.name!r} ({b.kind}): "
                           "organisations, groups and persons stay apart")
    params = {"a": a.id, "b": b.id}
    conn.execute(text("UPDATE speaker_aliases SET speaker_id = :a, origin = 'manual' WHERE speaker_id = :b"), params)
    # The kept speaker's own spellings are pinned too, so no later automatic link can take them away.
    conn.execute(text("UPDATE speaker_aliases SET origin = 'manual' WHERE speaker_id = :a"), params)
    write_aliases(conn, a.id, a.kind, [a.name, b.name], "manual")
    conn.execute(text("UPDATE quotes SET speaker_id = :a WHERE speaker_id = :b"), params)
    conn.execute(text("UPDATE claims SET claimant_id = :a WHERE claimant_id = :b"), params)
    conn.execute(text("UPDATE speaker_external_ids SET speaker_id = :a WHERE speaker_id = :b"), params)
    conn.execute(text("UPDATE speakers SET role = coalesce(role, (SELECT role FROM speakers WHERE id = :b)), "
                      "description = coalesce(description, (SELECT description FROM speakers WHERE id = :b)) "
                      "WHERE id = :a"), params)
    conn.execute(text("DELETE FROM speakers WHERE id = :b"), params)
    _record(conn, "merge", who, why, speaker_id=a.id, other_id=b.id, speaker_name=a.name, other_name=b.name)
    return get(conn, a.id)


def split(conn: Connection, speaker: str | int, alias: str, *, name: str | None = None, who: str | None = None,
          why: str | None = None) -> SpeakerRow:
    """Move the spelling `alias` of `speaker` to a new speaker: another person goes by that name.

    Quotes and claims whose mention is written that way follow it. The alias is pinned to the
    new speaker, so later articles spelling it so link there, not back.
    """
    s = resolve(conn, speaker)
    surface = fold(alias)
    rows = [(i, a) for i, a in conn.execute(text("SELECT id, alias FROM speaker_aliases WHERE speaker_id = :s"),
                                            {"s": s.id}) if fold(a) == surface]
    if not rows:
        known = [a for (a,) in conn.execute(text("SELECT alias FROM speaker_aliases WHERE speaker_id = :s"), {"s": s.id})]
        raise SpeakerError(f"speaker {s.id} ({s.name!r}) has no alias {alias!r}; its aliases: {', '.join(known)}")
    remaining = conn.execute(text("SELECT count(*) FROM speaker_aliases WHERE speaker_id = :s"), {"s": s.id}).scalar()
    if remaining == len(rows):
        raise SpeakerError(f"{alias!r} is the only name of speaker {s.id}: rename it instead")
    new_name = name or rows[0][1]
    new_id = conn.execute(text("INSERT INTO speakers (name, kind) VALUES (:n, :k)"),
                          {"n": new_name, "k": s.kind}).lastrowid
    conn.execute(text(f"UPDATE speaker_aliases SET speaker_id = :n, origin = 'manual' "
                      f"WHERE id IN ({', '.join(str(i) for i, _ in rows)})"), {"n": new_id})
    write_aliases(conn, new_id, s.kind, [new_name], "manual")
    for table, id_col, text_col in (("quotes", "speaker_id", "speaker_text"), ("claims", "claimant_id", "claimant_text")):
        moved = [i for i, t in conn.execute(text(f"SELECT id, {text_col} FROM {table} WHERE {id_col} = :s"), {"s": s.id})
                 if t and fold(t) == surface]
        if moved:
            conn.execute(text(f"UPDATE {table} SET {id_col} = :n WHERE id IN ({', '.join(map(str, moved))})"),
                         {"n": new_id})
    # The spellings left on the old speaker are pinned there: the split is a statement about both.
    conn.execute(text("UPDATE speaker_aliases SET origin = 'manual' WHERE speaker_id = :s"), {"s": s.id})
    _record(conn, "split", who, why, speaker_id=s.id, other_id=new_id, speaker_name=s.name, other_name=new_name,
            alias=alias)
    return get(conn, new_id)


def rename(conn: Connection, speaker: str | int, name: str, *, who: str | None = None,
           why: str | None = None) -> SpeakerRow:
    """Give a speaker its display name; the old name stays an alias, the new one is pinned."""
    s = resolve(conn, speaker)
    if not name.strip():
        raise SpeakerError("a speaker's name cannot be empty")
    conn.execute(text("UPDATE speakers SET name = :n WHERE id = :i"), {"n": name.strip(), "i": s.id})
    write_aliases(conn, s.id, s.kind, [s.name, name.strip()], "manual")
    conn.execute(text("UPDATE speaker_aliases SET origin = 'manual' WHERE speaker_id = :i AND alias = :n"),
                 {"i": s.id, "n": name.strip()})
    _record(conn, "rename", who, why, speaker_id=s.id, speaker_name=s.name, value=name.strip())
    return get(conn, s.id)


def set_role(conn: Connection, speaker: str | int, role: str | None, *, kind: str | None = None,
             who: str | None = None, why: str | None = None) -> SpeakerRow:
    """Set a speaker's role (and optionally its kind); automatic linking only fills empty roles."""
    s = resolve(conn, speaker)
    if kind is not None and kind not in KINDS:
        raise SpeakerError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    conn.execute(text("UPDATE speakers SET role = :r, kind = coalesce(:k, kind) WHERE id = :i"),
                 {"r": role or None, "k": kind, "i": s.id})
    value = role if kind is None else f"{role} ({kind})"
    _record(conn, "set-role", who, why, speaker_id=s.id, speaker_name=s.name, value=value)
    return get(conn, s.id)


@dataclass
class Imported:
    """What importing a gazetteer did."""

    rows: int = 0
    created: int = 0
    updated: int = 0
    merged: int = 0


QID = re.compile(r"^Q\d+$")


def _read_gazetteer(path: Path) -> list[tuple[int, dict]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            if not reader.fieldnames or "name" not in [c.strip().lower() for c in reader.fieldnames]:
                raise BadInput(str(path), 1, "a gazetteer needs a 'name' column "
                               "(and optionally aliases, description, external_id, kind, role)")
            rows = []
            for row in reader:
                rows.append((reader.line_num, {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}))
            return rows
    except UnicodeDecodeError as error:
        raise BadInput(str(path), None, f"not UTF-8 text ({error.reason})") from None
    except csv.Error as error:
        raise BadInput(str(path), None, f"malformed CSV: {error}") from None
    except OSError as error:
        raise BadInput(str(path), None, error.strerror or str(error)) from None


def import_gazetteer(conn: Connection, path: str | Path, *, who: str | None = None,
                     why: str | None = None) -> Imported:
    """Import a CSV of people and organisations a newsroom covers; its names are canonical.

    Columns: name (required), aliases (separated by ';' or '|'), description, external_id
    (e.g. a Wikidata QID; also read from 'wikidata' or 'qid'), kind (person by default), role.
    Each row becomes one speaker, or takes over the speakers already known by its names
    (merging them when automatic linking had split them); importing again updates, it does not
    duplicate.
    """
    path = Path(path)
    summary = Imported()
    for line, row in _read_gazetteer(path):
        name = row.get("name", "")
        if not name:
            raise BadInput(str(path), line, "empty name")
        kind = row.get("kind") or "person"
        if kind not in KINDS:
            raise BadInput(str(path), line, f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        aliases = [a.strip() for a in re.split(r"[;|]", row.get("aliases", "")) if a.strip()]
        external = row.get("external_id") or row.get("wikidata") or row.get("qid") or None
        names = [name, *aliases]
        keys = {normalize(n) for n in names} - {""}
        summary.rows += 1

        candidates: list[int] = []
        if external:
            found = conn.execute(text("SELECT speaker_id FROM speaker_external_ids WHERE value = :v"),
                                 {"v": external}).first()
            if found:
                candidates.append(found[0])
        if keys:
            marks = ", ".join(f":k{i}" for i in range(len(keys)))
            surfaces = {fold(n) for n in names}
            for sid, alias, origin in conn.execute(text(
                    f"SELECT a.speaker_id, a.alias, a.origin FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
                    f"WHERE a.normalized IN ({marks}) AND s.kind = :kind ORDER BY a.speaker_id"),
                    {"kind": kind, **{f"k{i}": k for i, k in enumerate(keys)}}):
                # A spelling a person pinned elsewhere (a split) is not taken by a similar one.
                if origin == "manual" and fold(alias) not in surfaces:
                    continue
                if sid not in candidates:
                    candidates.append(sid)
        if candidates:
            # A speaker that another gazetteer entry owns (another external id) is not taken over.
            owner = dict(conn.execute(text(
                f"SELECT speaker_id, value FROM speaker_external_ids WHERE speaker_id IN ({', '.join(map(str, candidates))})")).all())
            candidates = [c for c in candidates if c not in owner or owner[c] == external]
        if candidates:
            target = candidates[0]
            for other in candidates[1:]:
                _absorb(conn, target, other, keys, kind)
                summary.merged += 1
            old = get(conn, target)
            conn.execute(text("UPDATE speakers SET name = :n, description = coalesce(:d, description), "
                              "role = coalesce(:r, role) WHERE id = :i"),
                         {"n": name, "d": row.get("description") or None, "r": row.get("role") or None, "i": target})
            summary.updated += 1
            before = old.name
        else:
            target = conn.execute(text("INSERT INTO speakers (name, kind, role, description) VALUES (:n, :k, :r, :d)"),
                                  {"n": name, "k": kind, "r": row.get("role") or None,
                                   "d": row.get("description") or None}).lastrowid
            summary.created += 1
            before = None
        write_aliases(conn, target, kind, names, "manual")
        if keys:
            conn.execute(text("UPDATE speaker_aliases SET origin = 'manual' WHERE speaker_id = :i AND normalized IN "
                              f"({', '.join(f':k{i}' for i in range(len(keys)))})"),
                         {"i": target, **{f"k{i}": k for i, k in enumerate(keys)}})
        if external:
            conn.execute(text("INSERT INTO speaker_external_ids (speaker_id, scheme, value) VALUES (:s, :c, :v) "
                              "ON CONFLICT (value) DO UPDATE SET speaker_id = excluded.speaker_id"),
                         {"s": target, "c": "wikidata" if QID.match(external) else "other", "v": external})
        _record(conn, "import", who, why, speaker_id=target, speaker_name=before, value=f"{path.name}:{line} {name}",
                external_id=external)
    return summary


def _absorb(conn: Connection, target: int, other: int, keys: set[str], kind: str) -> None:
    """Bring what `other` knows under `keys` into `target`: all of it when every full name of
    `other` is one of the entry's names, else only the matching aliases and their mentions."""
    aliases = list(conn.execute(text("SELECT id, alias, normalized FROM speaker_aliases WHERE speaker_id = :o"),
                                {"o": other}))
    full_names = {n for _, _, n in aliases if " " in n}
    if full_names <= keys:
        params = {"t": target, "o": other}
        conn.execute(text("UPDATE speaker_aliases SET speaker_id = :t WHERE speaker_id = :o"), params)
        conn.execute(text("UPDATE quotes SET speaker_id = :t WHERE speaker_id = :o"), params)
        conn.execute(text("UPDATE claims SET claimant_id = :t WHERE claimant_id = :o"), params)
        conn.execute(text("UPDATE speaker_external_ids SET speaker_id = :t WHERE speaker_id = :o"), params)
        conn.execute(text("DELETE FROM speakers WHERE id = :o"), params)
        return
    moving = [(i, a) for i, a, n in aliases if n in keys]
    surfaces = {fold(a) for _, a in moving}
    conn.execute(text(f"UPDATE speaker_aliases SET speaker_id = :t WHERE id IN ({', '.join(str(i) for i, _ in moving)})"),
                 {"t": target})
    for table, id_col, text_col in (("quotes", "speaker_id", "speaker_text"), ("claims", "claimant_id", "claimant_text")):
        ids = [i for i, t in conn.execute(text(f"SELECT id, {text_col} FROM {table} WHERE {id_col} = :o"), {"o": other})
               if t and fold(t) in surfaces]
        if ids:
            conn.execute(text(f"UPDATE {table} SET {id_col} = :t WHERE id IN ({', '.join(map(str, ids))})"),
                         {"t": target})


def decisions(conn: Connection, speaker_id: int | None = None) -> list[dict]:
    """The decisions taken, oldest first; those about one speaker when `speaker_id` is given."""
    sql = ("SELECT id, action, speaker_id, other_id, speaker_name, other_name, alias, value, external_id, who, why, "
           "decided_at FROM speaker_decisions")
    params = {}
    if speaker_id is not None:
        sql += " WHERE speaker_id = :s OR other_id = :s"
        params = {"s": speaker_id}
    return [dict(r._mapping) for r in conn.execute(text(sql + " ORDER BY id"), params)]
