"""What extraction returns: plain dataclasses, the same content as `claims extract --format json`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Mention:
    """A name, title or pronoun in the text that refers to a speaker."""

    text: str
    start: int
    end: int
    name: str | None = None  # the full name it resolves to, when known
    kind: str = "person"  # person | organization | group
    role: str | None = None


@dataclass
class Quote:
    """Something attributed to a speaker: a direct quote or reported speech."""

    kind: str  # direct | indirect
    text: str  # the content, exactly input[start:end]
    start: int
    end: int
    speaker: str | None = None  # resolved full name
    speaker_text: str | None = None  # the mention as written
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str | None = None
    cue: str | None = None
    said_on: str | None = None  # YYYY-MM-DD
    confidence: float = 0.5


@dataclass
class Claim:
    """A figure stated in the text, with what it counts and who claims it."""

    text: str  # the sentence it stands in
    number_text: str  # the figure as written, exactly input[start:end]
    start: int
    end: int
    value: float | None
    lower: float | None = None
    upper: float | None = None
    qualifier: str | None = None  # more than | less than | about | None
    unit: str | None = None
    object: str | None = None
    time_scope: str | None = None
    trend: str | None = None  # up | down | None
    claimant: str | None = None
    claimant_text: str | None = None
    quote_index: int | None = None
    disputed_by: str | None = None
    confidence: float = 0.5
    concept: str | None = None  # what the figure is about: "Dell" for "Dell will cut 6,650 jobs"
    # In a change ("grew from 40 to 1,796", "rose by 400m to 2.5bn"): "change", "new level" or
    # "earlier level"; None for a figure that is no part of a change.
    change_role: str | None = None


@dataclass
class Speaker:
    """One speaker of an article, with every way the article names them."""

    name: str
    kind: str = "person"  # person | organization | group
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything extracted from one article."""

    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
