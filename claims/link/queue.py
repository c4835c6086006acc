"""The review queue: person mentions no rule could resolve, with the known people they could be.

The extractor leaves a quote's speaker empty when the article does not say who "Mr Brown" is,
and the linker links a surname across articles only on evidence. What is left waits here for a
person: each mention of one article (its text as written, e.g. "Mr Brown", "Ms. Ruiz", "Sir
Alan"), the quotes it covers, the article, and the candidates, the known people of that surname
(for "Sir Alan" or "Dame Judi", also of that given name), each with the evidence for and against
them: roles, outlets, the dates of their quotes, people quoted beside them, how often quoted.
Mentions that name nobody in particular ("he", "the firm") and those with no candidate stay out.

Every function takes an open connection: a sqlite3.Connection (Datasette's) or a SQLAlchemy
Connection (claims.store.connect's). `claims.link.assign` records what a person decides.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from ..extract.given_names import FEMALE, MALE
from ..extract.resolve import GENDER_WORDS
from .linker import role_words
from .names import fold, is_proper, normalize

# The article as it survives re-ingest: a corrected text keeps its url (or its export's id) and
# replaces the old one's quotes (claims.store.writer); an article without either is its text.
ARTICLE_IDENTITY = ("CASE WHEN nullif({a}.url, '') IS NOT NULL THEN 'url:' || {a}.url "
                    "WHEN nullif({a}.external_id, '') IS NOT NULL THEN 'id:' || {a}.external_id "
                    "ELSE 'hash:' || {a}.content_hash END")
DECISIONS = ("assign", "not-these")
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "mister", "missus", "dr", "prof", "sir", "dame", "lord", "lady", "baroness",
              "baron"}
GIVEN_NAME_HONORIFICS = {"sir", "dame"}  # "Sir Alan", "Dame Judi": a given name, not a surname
WINDOW = 100_000  # the queue is built from the newest this many quotes without a speaker
SAMPLE_ARTICLES = 100  # a candidate's outlets and co-quoted people come from this many of its articles
NEAR_DAYS = 366  # quoted within a year of the article: evidence for


def sqlite(conn) -> sqlite3.Connection:
    """The sqlite3 connection under `conn` (a SQLAlchemy Connection shares its transaction)."""
    if isinstance(conn, sqlite3.Connection):
        return conn
    return conn.connection.driver_connection


@dataclass(frozen=True)
class Lookup:
    """How a mention names a person: its key without honorifics, and what its honorific says."""

    key: str  # "brovn" for "Mr Brown" (claims.link.names.normalize)
    given: str | None  # "alan" for "Sir Alan"
    gender: str | None  # "m" | "f" from the honorific


def lookup(mention: str) -> Lookup | None:
    """The Lookup of a surname or honorific form, or None for anything else (a pronoun, a
    description, a full name: full names are the linker's business). A mention written with its
    description ("The consultant, Mr Brown,") is looked up by its name part."""
    for part in [mention or "", *(mention or "").split(",")]:
        found = _lookup_name(part.strip())
        if found is not None:
            return found
    return None


def _lookup_name(mention: str) -> Lookup | None:
    if not mention or not is_proper(mention):
        return None
    lead = fold(mention.split()[0])
    honorific = lead if lead in HONORIFICS and len(mention.split()) > 1 else None
    key = normalize(mention)
    tokens = key.split()
    if not tokens or (len(tokens) > 1 and honorific is None):
        return None
    given = tokens[0] if honorific in GIVEN_NAME_HONORIFICS and len(tokens) == 1 else None
    return Lookup(key, given, GENDER_WORDS.get(honorific or ""))


@dataclass
class Candidate:
    """A known person the mention could be, and what speaks for and against."""

    speaker_id: int
    name: str
    roles: list[str] = field(default_factory=list)
    quotes: int = 0
    first: str | None = None  # dates of their quotes (said on, else published)
    last: str | None = None
    outlets: list[str] = field(default_factory=list)
    co_quoted: list[str] = field(default_factory=list)  # quoted in this article and beside them elsewhere
    evidence_for: list[str] = field(default_factory=list)
    evidence_against: list[str] = field(default_factory=list)


@dataclass
class Mention:
    """One queue item: a mention as written in one article, the quotes it covers, the candidates.

    `id` is the id of its first quote: short to type (`claims speakers review --pick ID ...`).
    """

    id: int
    article_id: int
    article: str  # the article's stable identity (ARTICLE_IDENTITY)
    mention: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    quotes: list[dict] = field(default_factory=list)  # id, kind, text, role
    candidates: list[Candidate] = field(default_factory=list)


def rows(db: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


QUEUE_SQL = f"""
WITH recent AS MATERIALIZED (
    SELECT id, article_id, speaker_text FROM quotes WHERE speaker_id IS NULL AND speaker_text IS NOT NULL
    ORDER BY id DESC LIMIT :window)
SELECT min(r.id) AS id, r.article_id, r.speaker_text AS mention, count(*) AS n
FROM recent r JOIN articles a ON a.id = r.article_id
WHERE NOT EXISTS (SELECT 1 FROM speaker_decisions d WHERE d.action IN ('assign', 'not-these')
                  AND d.mention = r.speaker_text AND d.article = {ARTICLE_IDENTITY.format(a="a")})
GROUP BY r.article_id, r.speaker_text
ORDER BY n DESC, min(r.id)
"""


def review_queue(conn, limit: int = 50, window: int = WINDOW) -> list[Mention]:
    """The mentions waiting for a person, most quotes first (then oldest first), at most `limit`.

    Read from the newest `window` quotes without a speaker, so the queue of an archive of
    millions costs what one of a few thousand does.
    """
    db = sqlite(conn)
    queue = []
    for row in rows(db, QUEUE_SQL, {"window": window}):
        if len(queue) >= limit:
            break
        item = build(db, row["article_id"], row["mention"])
        if item is not None:
            queue.append(item)
    return queue


def find(conn, mention_id: int) -> Mention | None:
    """The queue item whose first quote is `mention_id`, or None when that quote waits for nobody."""
    db = sqlite(conn)
    found = db.execute("SELECT article_id, speaker_text FROM quotes WHERE id = ? AND speaker_id IS NULL",
                       (mention_id,)).fetchone()
    if not found or found[1] is None:
        return None
    item = build(db, found[0], found[1])
    return item if item is not None and item.id == mention_id else None


def build(conn, article_id: int, mention: str) -> Mention | None:
    """The queue item of `mention` in article `article_id`: None when it is not a person's name,
    has no candidate, covers no quote without a speaker, or was decided already."""
    db = sqlite(conn)
    look = lookup(mention)
    if look is None:
        return None
    [article] = rows(db, f"SELECT id, title, outlet, published, url, {ARTICLE_IDENTITY.format(a='articles')} "
                         "AS identity FROM articles WHERE id = ?", (article_id,)) or [None]
    if article is None or decided(db, article["identity"], mention):
        return None
    quotes = rows(db, "SELECT id, kind, text, role FROM quotes WHERE article_id = ? AND speaker_text = ? "
                      "AND speaker_id IS NULL ORDER BY id", (article_id, mention))
    ids = candidate_ids(db, look)
    if not quotes or not ids:
        return None
    item = Mention(quotes[0]["id"], article_id, article["identity"], mention, article["title"], article["outlet"],
                   article["published"], article["url"], quotes)
    here = _article_context(db, item, look)
    item.candidates = sorted((candidate(db, sid, here) for sid in ids),
                             key=lambda c: (len(c.evidence_against) - len(c.evidence_for), -c.quotes, c.speaker_id))
    return item


def decided(db: sqlite3.Connection, identity: str, mention: str) -> bool:
    return db.execute("SELECT 1 FROM speaker_decisions WHERE article = ? AND mention = ? AND action IN (?, ?)",
                      (identity, mention, *DECISIONS)).fetchone() is not None


def candidate_ids(db: sqlite3.Connection, look: Lookup) -> list[int]:
    """Known persons whose full name has the mention's surname (ending with all its words), and,
    for "Sir Alan", whose given name it is."""
    last = look.key.split()[-1]
    found = {sid for sid, key in db.execute(
        "SELECT DISTINCT a.speaker_id, a.normalized FROM speaker_keys k JOIN speaker_aliases a ON a.id = k.alias_id "
        "JOIN speakers s ON s.id = a.speaker_id WHERE k.key = ? AND s.kind = 'person'", ("n:" + last,))
             if key.endswith(" " + look.key)}
    if look.given:
        # A range on the indexed normalised names: every "alan ..." and nothing else.
        found |= {sid for (sid,) in db.execute(
            "SELECT DISTINCT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE a.normalized >= ? AND a.normalized < ? AND s.kind = 'person'",
            (look.given + " ", look.given + "!"))}
    return sorted(found)


@dataclass
class _Here:
    """What the article says around the mention: evidence to weigh each candidate against."""

    outlet: str | None
    published: str | None
    roles: set[frozenset[str]]
    role_text: list[str]
    co_speakers: dict[int, str]  # the article's linked speakers: id -> name
    gender: str | None


def _article_context(db: sqlite3.Connection, item: Mention, look: Lookup) -> _Here:
    role_text = sorted({q["role"] for q in item.quotes if q["role"]})
    co = dict(db.execute("SELECT DISTINCT s.id, s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
                         "WHERE q.article_id = ?", (item.article_id,)).fetchall())
    return _Here(item.outlet, item.published, {role_words(r) for r in role_text if role_words(r)}, role_text, co,
                 look.gender)


PROFILE_SQL = {
    "stats": "SELECT count(*), min(coalesce(q.said_on, a.published)), max(coalesce(q.said_on, a.published)) "
             "FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = :s",
    "roles": "SELECT role FROM speakers WHERE id = :s AND role IS NOT NULL UNION "
             "SELECT DISTINCT role FROM (SELECT role FROM quotes WHERE speaker_id = :s AND role IS NOT NULL LIMIT 50)",
    "outlets": "SELECT DISTINCT a.outlet FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker_id = :s "
               "LIMIT :n) q JOIN articles a ON a.id = q.article_id WHERE a.outlet IS NOT NULL ORDER BY a.outlet",
    "co_speakers": "SELECT DISTINCT o.speaker_id FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker_id = :s "
                   "LIMIT :n) q JOIN quotes o ON o.article_id = q.article_id WHERE o.speaker_id IS NOT NULL "
                   "AND o.speaker_id != :s",
    "aliases": "SELECT alias FROM speaker_aliases WHERE speaker_id = :s",
}


def candidate(db: sqlite3.Connection, speaker_id: int, here: _Here) -> Candidate:
    """A candidate with its profile (bounded: roles of 50 quotes, outlets and co-quoted people of
    SAMPLE_ARTICLES articles) and the evidence it gives for and against."""
    params = {"s": speaker_id, "n": SAMPLE_ARTICLES}
    name = db.execute("SELECT name FROM speakers WHERE id = :s", params).fetchone()[0]
    count, first, last = db.execute(PROFILE_SQL["stats"], params).fetchone()
    c = Candidate(speaker_id, name, quotes=count, first=first, last=last,
                  roles=[r for (r,) in db.execute(PROFILE_SQL["roles"], params)],
                  outlets=[o for (o,) in db.execute(PROFILE_SQL["outlets"], params)])
    beside = {s for (s,) in db.execute(PROFILE_SQL["co_speakers"], params)}
    c.co_quoted = sorted(here.co_speakers[s] for s in beside & set(here.co_speakers) if s != speaker_id)
    _weigh_roles(c, here)
    _weigh_places_and_dates(c, here)
    _weigh_gender(c, here, [a for (a,) in db.execute(PROFILE_SQL["aliases"], params)])
    return c


def _weigh_roles(c: Candidate, here: _Here) -> None:
    theirs = {role_words(r) for r in c.roles if role_words(r)}
    if not here.roles or not theirs:
        return
    roles = f"here {'; '.join(here.role_text)}, elsewhere {'; '.join(c.roles)}"
    if any(w & r for w in here.roles for r in theirs):
        c.evidence_for.append(f"similar role: {roles}")
    else:
        c.evidence_against.append(f"other role: {roles}")


def _weigh_places_and_dates(c: Candidate, here: _Here) -> None:
    if c.co_quoted:
        c.evidence_for.append(f"quoted beside {', '.join(c.co_quoted)} in other articles too")
    if here.outlet and here.outlet in c.outlets:
        c.evidence_for.append(f"also quoted in {here.outlet}")
    gap = _days_outside(here.published, c.first, c.last)
    if gap is None:
        return
    when = c.first if c.first == c.last else f"{c.first} to {c.last}"
    if gap <= NEAR_DAYS:
        c.evidence_for.append(f"quoted {when}, around this article's date")
    else:
        c.evidence_against.append(f"quoted {when}, {gap // 365} year(s) from this article")


def _days_outside(day: str | None, first: str | None, last: str | None) -> int | None:
    """How many days `day` lies outside [first, last]; None when a date is missing or malformed."""
    try:
        d, a, b = (date.fromisoformat(x[:10]) for x in (day, first, last))
    except (TypeError, ValueError):
        return None
    return max((a - d).days, (d - b).days, 0)


def _weigh_gender(c: Candidate, here: _Here, aliases: list[str]) -> None:
    if here.gender is None:
        return
    known = gender_of(c.name, aliases)
    if known and known != here.gender:
        c.evidence_against.append(f"the honorific says {'a man' if here.gender == 'm' else 'a woman'}, "
                                  f"{c.name} is known as {'a man' if known == 'm' else 'a woman'}")
    elif known:
        c.evidence_for.append(f"the honorific agrees ({'man' if known == 'm' else 'woman'})")


def gender_of(name: str, aliases: list[str]) -> str | None:
    """A person's gender as their spellings state it ("Mr Brown", "Dame Judi") or their given name
    does (claims.extract.given_names); None when unknown or contradictory."""
    votes = set()
    for alias in [name, *aliases]:
        words = fold(alias).split()
        if len(words) > 1 and words[0] in HONORIFICS and words[0] in GENDER_WORDS:
            votes.add(GENDER_WORDS[words[0]])
    given = fold(name).split()[0] if len(fold(name).split()) > 1 else ""
    if given in MALE or given in FEMALE:
        votes.add("m" if given in MALE else "f")
    return votes.pop() if len(votes) == 1 else None
