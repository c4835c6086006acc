"""The speaker page, /DB/-/speaker/ID: what a person said, in a form a journalist can cite.

Each quote with the title of its article (linked to the article page), the outlet, the date and
whether it is a direct quote or reported speech, the words once between quotation marks (the
stored text of a direct quote keeps its own marks); the roles the articles gave the person over
time; every spelling they were named under; and, when articles leave mentions that could be this
person ("Mr Brown" for Gordon Brown), a link to the review queue of speakers where a
fact-checker says who they are.

Bounded at any size of archive: the page reads the newest SPEAKER_QUOTES quotes of the person (a
walk down the speaker_id index), counts up to COUNT_CAP, and looks for unresolved mentions in the
newest PENDING_WINDOW quotes without a speaker.
"""

from __future__ import annotations

from datasette.utils.asgi import NotFound

from ..link import queue
from . import charts
from .article import all_columns
from .functions import page_number
from .pages import claims_database, one, page_url, render

SPEAKER_QUOTES = 1_000  # a speaker page lists and charts the newest this many of their quotes
PAGE_QUOTES = 50  # quotes a page of a speaker's list
COUNT_CAP = 100_000  # counts beyond this are shown as "more than"
PENDING_WINDOW = 1_000  # unresolved mentions are looked for among the newest this many speakerless quotes
OPENING_MARKS = "“\"‘'«„"
CLOSING_MARKS = "”\"’'»“"


def bare_quote(text: str) -> str:
    """The words of a direct quote without the quotation marks it was stored with, nor the comma
    the sentence put before its closing mark ('“We will rebuild,”' -> 'We will rebuild')."""
    words = text.strip()
    if len(words) > 1 and words[0] in OPENING_MARKS and words[-1] in CLOSING_MARKS:
        words = words[1:-1].strip()
    return words.rstrip(",").rstrip() or text


def roles_over_time(quotes: list[dict]) -> list[dict]:
    """The roles the articles gave, each with the first and last date it was given and how often,
    in the order they were first given (roles never dated last)."""
    roles: dict[str, dict] = {}
    for q in quotes:
        if not q["role"]:
            continue
        seen = roles.setdefault(q["role"], {"role": q["role"], "first": None, "last": None, "quotes": 0})
        seen["quotes"] += 1
        if q["said_on"]:
            seen["first"] = min(filter(None, (seen["first"], q["said_on"])))
            seen["last"] = max(filter(None, (seen["last"], q["said_on"])))
    return sorted(roles.values(), key=lambda r: (r["first"] is None, r["first"] or "", -r["quotes"]))


def pending_mentions(conn, speaker_id: int) -> list[dict]:
    """Mentions of the newest unresolved quotes that could be this person, with their quote counts.

    The review queue's own rules (claims.link.queue): a surname or honorific form ("Mr Brown")
    whose candidates, the known people of that name, include this person; mentions already
    decided are left out. Only mentions of one of the person's surnames (or "Sir Alan" forms)
    are weighed, so the page asks the queue's questions a few times, not once a mention.
    """
    db = queue.sqlite(conn)
    surnames = {key for (key,) in db.execute(
        "SELECT k.key FROM speaker_aliases a JOIN speaker_keys k ON k.alias_id = a.id "
        "WHERE a.speaker_id = ? AND k.key >= 'n:' AND k.key < 'n;'", (speaker_id,))}
    rows = queue.rows(db, """
        WITH recent AS MATERIALIZED (
            SELECT article_id, speaker_text FROM quotes WHERE speaker_id IS NULL AND speaker_text IS NOT NULL
            ORDER BY id DESC LIMIT :window)
        SELECT speaker_text AS mention, article_id, count(*) AS n FROM recent GROUP BY speaker_text, article_id""",
                      {"window": PENDING_WINDOW})
    found: dict[str, int] = {}
    candidate: dict[str, bool] = {}
    looks: dict[str, queue.Lookup | None] = {}  # a mention is looked up once, however many articles have it
    for row in rows:
        if row["mention"] not in looks:
            looks[row["mention"]] = queue.lookup(row["mention"])
        look = looks[row["mention"]]
        if look is None or not (look.given or "n:" + look.key.split()[-1] in surnames):
            continue
        if look.key not in candidate:
            candidate[look.key] = speaker_id in queue.candidate_ids(db, look)
        if candidate[look.key] and not decided(db, row["article_id"], row["mention"]):
            found[row["mention"]] = found.get(row["mention"], 0) + row["n"]
    return [{"mention": mention, "quotes": n} for mention, n in sorted(found.items(), key=lambda item: -item[1])]


def decided(db, article_id: int, mention: str) -> bool:
    """Whether a fact-checker has said who `mention` is in this article (claims.link.queue's rule)."""
    [(identity,)] = db.execute(f"SELECT {queue.ARTICLE_IDENTITY.format(a='articles')} FROM articles WHERE id = ?",
                               (article_id,)).fetchall()
    return queue.decided(db, identity, mention)


async def speaker_page(datasette, request):
    db = await claims_database(datasette, request, "speakers")
    speaker_id = int(request.url_vars["id"])
    params = {"id": speaker_id}
    speaker = await one(db, "SELECT * FROM speakers WHERE id = :id", params)
    if not speaker:
        raise NotFound(f"No speaker {speaker_id}")
    aliases = (await db.execute(
        "SELECT alias, origin, score FROM speaker_aliases WHERE speaker_id = :id ORDER BY alias", params)).dicts()
    params = {**params, "newest": SPEAKER_QUOTES, "cap": COUNT_CAP}
    quotes = (await db.execute("""
        WITH recent AS MATERIALIZED (SELECT * FROM quotes WHERE speaker_id = :id ORDER BY id DESC LIMIT :newest)
        SELECT recent.id, recent.kind, recent.text, recent.role,
               coalesce(recent.said_on, articles.published) AS said_on, articles.outlet, articles.title,
               articles.id AS article_id
        FROM recent JOIN articles ON articles.id = recent.article_id
        ORDER BY coalesce(recent.said_on, articles.published) DESC, recent.id DESC""", params)).dicts()
    for q in quotes:
        q["words"] = bare_quote(q["text"]) if q["kind"] == "direct" else q["text"]
    quote_count = (await db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM quotes WHERE speaker_id = :id LIMIT :cap + 1)", params)).single_value()
    claim_count = (await db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM claims WHERE claimant_id = :id LIMIT :cap + 1)", params)).single_value()
    per_day: dict[str, int] = {}
    for q in quotes:
        if q["said_on"]:
            per_day[q["said_on"]] = per_day.get(q["said_on"], 0) + 1
    chart = charts.timeline(sorted(per_day.items()), f"Quotes of {speaker['name']} per day")
    # (An article without url or id is named by its hash, which visitors' SQL reads as NULL.)
    pending = await db.execute_fn(lambda conn: all_columns(conn, lambda c: pending_mentions(c, speaker_id))) \
        if speaker["kind"] == "person" else []
    # The list is paged, PAGE_QUOTES a page (?page=2 ...), and says how many there are in all.
    page = page_number(request.args.get("page"))
    shown = quotes[(page - 1) * PAGE_QUOTES:page * PAGE_QUOTES]
    return await render(datasette, request, "claims_speaker.html", {
        "db": db.route, "speaker": speaker, "aliases": aliases, "roles": roles_over_time(quotes), "quotes": shown,
        "listed": len(quotes), "first": (page - 1) * PAGE_QUOTES + 1, "page": page,
        "previous_url": page_url(request, page - 1) if page > 1 else None,
        "next_url": page_url(request, page + 1) if page * PAGE_QUOTES < len(quotes) else None,
        "claim_count": claim_count, "quote_count": quote_count, "cap": COUNT_CAP, "newest": SPEAKER_QUOTES,
        "chart": chart, "pending": pending, "fuzzy": [a for a in aliases if a["score"] is not None and a["score"] < 100],
    })


ROUTES = [
    (r"/(?P<database>[^/]+)/-/speaker/(?P<id>\d+)$", speaker_page),
]
