"""The tables of DESIGN.md as SQLModel classes. Their names are the public interface."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class Article(SQLModel, table=True):
    __tablename__ = "articles"

    id: Optional[int] = Field(default=None, primary_key=True)
    url: Optional[str] = Field(default=None, index=True)
    external_id: Optional[str] = Field(default=None, index=True)  # the id a JSONL/CSV export gave it
    title: Optional[str] = None
    outlet: Optional[str] = Field(default=None, index=True)
    author: Optional[str] = None
    published: Optional[str] = Field(default=None, index=True)  # YYYY-MM-DD
    content_hash: str = Field(unique=True)
    text: str
    source: Optional[str] = None
    ingested_at: str


class Speaker(SQLModel, table=True):
    __tablename__ = "speakers"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    kind: str = "person"  # person | organization | group
    role: Optional[str] = None
    description: Optional[str] = None


class SpeakerAlias(SQLModel, table=True):
    __tablename__ = "speaker_aliases"

    id: Optional[int] = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speakers.id", index=True)
    alias: str
    normalized: str = Field(index=True)
    origin: str = "auto"  # auto | manual
    score: Optional[float] = None


class Quote(SQLModel, table=True):
    __tablename__ = "quotes"

    id: Optional[int] = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", index=True)
    speaker_id: Optional[int] = Field(default=None, foreign_key="speakers.id", index=True)
    speaker_text: Optional[str] = None
    role: Optional[str] = None
    kind: str = Field(index=True)  # direct | indirect
    text: str
    cue: Optional[str] = None
    said_on: Optional[str] = Field(default=None, index=True)
    start: int
    end: int
    confidence: float = 0.5


class Claim(SQLModel, table=True):
    __tablename__ = "claims"

    id: Optional[int] = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", index=True)
    quote_id: Optional[int] = Field(default=None, foreign_key="quotes.id", index=True)
    claimant_id: Optional[int] = Field(default=None, foreign_key="speakers.id", index=True)
    claimant_text: Optional[str] = None
    text: str
    number_text: str
    value: Optional[float] = None
    lower: Optional[float] = None
    upper: Optional[float] = None
    qualifier: Optional[str] = None
    unit: Optional[str] = Field(default=None, index=True)
    object: Optional[str] = Field(default=None, index=True)
    time_scope: Optional[str] = None
    trend: Optional[str] = None
    change_role: Optional[str] = None  # change | new level | earlier level, in "rose by C from A to B"
    start: int
    end: int
    disputed_by: Optional[str] = None
    confidence: float = 0.5


class Review(SQLModel, table=True):
    __tablename__ = "reviews"

    id: Optional[int] = Field(default=None, primary_key=True)
    claim_id: Optional[int] = Field(default=None, index=True)
    quote_id: Optional[int] = Field(default=None, index=True)
    verdict: str  # true | mostly true | misleading | false | unproven
    note: Optional[str] = None
    url: Optional[str] = None
    reviewer: Optional[str] = None
    reviewed_at: str


VERDICTS = ("true", "mostly true", "misleading", "false", "unproven")


class SpeakerKey(SQLModel, table=True):
    """Lookup keys of an alias besides its normalised form: its surname, its blocking keys.

    The linker finds candidates with indexed lookups on `key` instead of loading every alias.
    """

    __tablename__ = "speaker_keys"

    id: Optional[int] = Field(default=None, primary_key=True)
    alias_id: int = Field(foreign_key="speaker_aliases.id", index=True, ondelete="CASCADE")
    key: str = Field(index=True)  # "n:<surname>" | "s:..." | "g:..." | "t:..." (see claims.link.names)


class SpeakerDecision(SQLModel, table=True):
    """A decision a person made about speakers: merge, split, rename, set-role, import, or who an
    unresolved mention of one article is (assign, not-these: the review queue, claims.link.assign).

    Kept forever, in order, with who, when and why; automatic linking never undoes one.
    """

    __tablename__ = "speaker_decisions"
    __table_args__ = (Index("ix_speaker_decisions_article_mention", "article", "mention"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    action: str = Field(index=True)  # merge | split | rename | set-role | import | assign | not-these
    speaker_id: Optional[int] = Field(default=None, index=True)  # the speaker kept or changed
    other_id: Optional[int] = None  # merge: the speaker merged away; split: the new speaker
    speaker_name: Optional[str] = None  # names as they were, readable after ids are gone
    other_name: Optional[str] = None
    alias: Optional[str] = None  # split: the alias moved
    value: Optional[str] = None  # rename: the new name; set-role: the role; import: the file
    external_id: Optional[str] = None
    who: Optional[str] = None
    why: Optional[str] = None
    decided_at: str
    # assign | not-these: the article as it survives re-ingest ("url:...", "id:...", "hash:...")
    # and the mention as written there ("Mr Brown"); added by migration m007.
    article: Optional[str] = None
    mention: Optional[str] = None


class SpeakerExternalId(SQLModel, table=True):
    """An identifier of a speaker in another database, such as a Wikidata QID."""

    __tablename__ = "speaker_external_ids"

    id: Optional[int] = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speakers.id", index=True, ondelete="CASCADE")
    scheme: str = "wikidata"  # wikidata | other
    value: str = Field(unique=True)


class UnresolvedMention(SQLModel, table=True):
    """A quote's person mention that only a surname names ("Mr Brown", "Ruiz", no full name in the
    article), unlinked or linked on evidence by the surname rule. Kept by surname so that the
    mention is judged again when a namesake arrives, whichever article came first (see
    claims.link.mentions)."""

    __tablename__ = "unresolved_mentions"

    quote_id: int = Field(primary_key=True, foreign_key="quotes.id", ondelete="CASCADE")
    surname: str = Field(index=True)  # normalised, as claims.link.names keys a surname


class SpeakerStats(SQLModel, table=True):
    """Each quoted speaker's counts and last date, kept by triggers on quotes, claims and articles
    (migration m011), so that speakers_view lists 10,000 speakers without reading a million quotes.

    `stale` is set when a quote or a date goes away that may have been the last one; the view then
    reads the date from the quotes, and claims.store.stats.refresh() writes it back.
    """

    __tablename__ = "speaker_stats"

    speaker_id: int = Field(primary_key=True, foreign_key="speakers.id", ondelete="CASCADE")
    quotes: int = 0
    claims: int = 0
    last_quoted: Optional[str] = None  # the latest `published` of the articles that quote the speaker
    stale: bool = False


class Repeat(SQLModel, table=True):
    """A claim or quote that says again what a fact-checker judged (claims.repeats found it):
    the new item, the judged one, how sure (0-1) and why ("same figure", "same words, same
    speaker"). Derived: found again at ingest and when a verdict is recorded."""

    __tablename__ = "repeats"
    __table_args__ = (Index("ix_repeats_item", "kind", "item_id"), Index("ix_repeats_judged", "judged_kind", "judged_id"))

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str  # claim | quote
    item_id: int
    judged_kind: str  # claim | quote
    judged_id: int
    score: float
    reason: str
    found_at: str


class RepeatDismissal(SQLModel, table=True):
    """A fact-checker's word that a match was wrong: never shown again. The new item is kept by
    its article and words (a claim's number_text, a quote's text) as well as its id, so a
    corrected article's new row stays dismissed; the judged item's id follows its verdict
    (claims.store.writer)."""

    __tablename__ = "repeat_dismissals"
    __table_args__ = (Index("ix_repeat_dismissals_judged", "judged_kind", "judged_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str  # claim | quote
    item_id: int
    article_id: Optional[int] = None
    text: str  # a claim's number_text, a quote's text
    judged_kind: str
    judged_id: int
    who: Optional[str] = None
    dismissed_at: str


class FeedState(SQLModel, table=True):
    """A feed or sitemap `claims watch` follows (migration m013): the validators of its last answer,
    sent back so that an unchanged feed costs a 304, and how its last fetch went."""

    __tablename__ = "feeds"

    url: str = Field(primary_key=True)
    title: Optional[str] = None
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    checked_at: Optional[str] = None
    status: Optional[str] = None  # changed | unchanged | error
    error: Optional[str] = None
    failures: int = 0  # fetches failed in a row


class FeedItem(SQLModel, table=True):
    """An article a followed feed listed, by its link (migration m013): read once, read again only
    when the feed dates a newer version of it; one that could not be read is tried again at the
    next polls, a few times."""

    __tablename__ = "feed_items"

    url: str = Field(primary_key=True)
    feed: str = Field(index=True)  # the feed or sitemap that listed it first
    version: Optional[str] = None  # the item's updated (else published) stamp when last read
    status: str = Field(index=True)  # stored | failed
    attempts: int = 0  # failed reads of this version
    article_id: Optional[int] = None
    error: Optional[str] = None
    first_seen: str
    checked_at: str
