"""Linking one article: its speakers, the names its quotes and claims give, and its bare mentions.

`link_article(index, article)` maps every quote and claim of an article to a speakers.id or None,
creating speakers as needed in the index (claims.link.index.SpeakerIndex, written at its `flush()`):

- the article's speakers are found together (`Linker.find_all`): full names first, so that the
  speakers they find are context (co-occurring speakers) for the surnames and initials; an alias
  a person has pinned to another speaker (a manual split or merge) is never added to this one; a
  full name written all in lower case links only to the known person whose key it is exactly
  (`lower_case_name`);
- a person named by a surname alone that nothing links (`partial_name`) gets no speaker row: an
  archive would gather thousands of "Varga"s;
- a quote whose speaker the article left unresolved but whose mention names a person ("Mr Brown",
  "Chancellor Ruiz", "Ruiz"; not a pronoun, not a description) goes to the Linker's surname rule
  with the article's evidence: a pinned spelling, or the one namesake whose role agrees with the
  role or title the article gives, or who was quoted before beside the speakers of its other
  quotes when that is no coincidence. Linked or not, a mention with such evidence is watched
  (claims.link.mentions): a namesake to come may fit it too, or alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .linker import Context, role_words
from .mentions import mention_name
from .names import Name, is_proper, normalize
from .variants import is_tentative


def partial_name(name: str, kind: str) -> bool:
    """A person named by a surname alone, which the article did not tie to a full name."""
    return kind == "person" and not Name.of(normalize(name)).full


def lower_case_name(name: str, kind: str) -> bool:
    """A person's full name written all in lower case, as feeds, tags and handles write names
    ("ana ruiz"): no name to make a speaker of or keep as a spelling, since "senior officials"
    looks the same, but a known person's very key names that person."""
    return kind == "person" and name == name.lower() and is_proper(name.title()) \
        and Name.of(normalize(name)).full


@dataclass
class ArticleSpeakers:
    """What linking needs of one article: its speakers, and who its quotes and claims name."""

    outlet: str | None
    published: str | None
    speakers: list  # claims.extract.records.Speaker (name, kind, role, aliases)
    quotes: list[tuple[str | None, str | None, str | None]] = field(default_factory=list)  # speaker, text, role
    claims: list[str | None] = field(default_factory=list)  # claimant names, in order

    @classmethod
    def of(cls, extraction) -> ArticleSpeakers:
        """From a claims.extract Extraction."""
        return cls(extraction.outlet, extraction.published, list(extraction.speakers),
                   [(q.speaker, q.speaker_text, q.role) for q in extraction.quotes],
                   [c.claimant for c in extraction.claims])


@dataclass
class Linked:
    """The speakers.id of each quote and claim of an article (None: no speaker), the number of
    speakers created, and the quotes left with a person mention no one fits: (position, surname)."""

    quotes: list[int | None]
    claims: list[int | None]
    created: int = 0
    pending: list[tuple[int, str]] = field(default_factory=list)


def link_article(index, article: ArticleSpeakers) -> Linked:
    """Link one article's speakers, quotes and claims in `index`; see the module docstring."""
    index.forget()
    ids, unresolved, created = _link_speakers(index, article)
    created += _link_named(index, article, ids, unresolved)
    linked = Linked([], [ids.get(name) if name else None for name in article.claims], created)
    named = frozenset(ids[speaker] for speaker, _, _ in article.quotes if speaker in ids)  # its quotes' speakers
    # A speaker named by a surname alone is left to its quotes' mentions, with the role it was given.
    roles = {s.name: s.role for s in article.speakers if s.name in unresolved and s.role}
    for position, (speaker, text, role) in enumerate(article.quotes):
        role = role or roles.get(speaker)
        speaker_id = ids.get(speaker) if speaker else None
        mention = (speaker or text) if speaker_id is None else None
        found = mention_name(mention) if mention else None
        if found is not None:
            name, title = found
            # The evidence: the role or title the article gives, and the speakers of its other
            # quotes (a namesake among them keeps the mention unlinked; claims.link.linker).
            context = Context(role=role or title, outlet=article.outlet, published=article.published,
                              co_speakers=named)
            match = index.linker.find(name, "person", context)
            speaker_id = match.speaker_id
            if match.how != "manual" and (role_words(context.role) or named):
                # Evidence, whatever it shows now: a namesake to come may fit it too, or alone, and
                # only the end of the ingest, with all of them stored, says (claims.link.mentions).
                linked.pending.append((position, Name.of(normalize(name)).surname))
        linked.quotes.append(speaker_id)
    return linked


def _link_speakers(index, article: ArticleSpeakers) -> tuple[dict[str, int], set[str], int]:
    """The article's speaker list: name -> speakers.id, the partial names left unlinked, speakers made."""
    ids: dict[str, int] = {}
    unresolved: set[str] = set()
    created = 0
    proper = [index.is_proper(s.name) for s in article.speakers]
    found = iter(index.linker.find_all([(s.name, s.kind, s.role) for s, ok in zip(article.speakers, proper) if ok],
                                       article.outlet, article.published))
    for speaker, ok in zip(article.speakers, proper):
        names = [n for n in dict.fromkeys([speaker.name, *speaker.aliases]) if index.is_proper(n)]
        match = next(found) if ok else None
        if not ok and lower_case_name(speaker.name, speaker.kind):
            match = index.linker.find_exact(speaker.name, speaker.kind)
        speaker_id, score = (match.speaker_id, match.score) if match else (None, None)
        if partial_name(speaker.name, speaker.kind) and (match is None or match.how != "manual"):
            # Left to its quotes' mentions, which are watched and judged again at the end of the
            # ingest: what links a surname alone must not depend on the order of the articles.
            unresolved.add(speaker.name)
            continue
        if speaker_id is None and ok:
            # A spelling this article gave another of its speakers a moment ago ("Ilona Varga" and
            # "Iloná Varga"): one key, one speaker, as it would be had either been stored before.
            speaker_id = index.linker.find_exact(speaker.name, speaker.kind).speaker_id
        if speaker_id is None:
            speaker_id = index.create_speaker(speaker.name, speaker.kind, speaker.role)
            created += 1
            score = None
            if speaker.kind == "person" and is_tentative(speaker.name, match.how if match else None):
                index.cache.tentative.add(speaker_id)  # judged again at the end (claims.link.variants)
        elif speaker.role:
            index.give_role(speaker_id, speaker.role)
        names = [n for n in names if not index.pinned_elsewhere(n, speaker_id)]
        index.write_aliases(speaker_id, speaker.kind, names, "auto", score)
        ids[speaker.name] = speaker_id
    return ids, unresolved, created


def _link_named(index, article: ArticleSpeakers, ids: dict[str, int], unresolved: set[str]) -> int:
    """Names the quotes and claims give that the speaker list left out; adds them to `ids`."""
    created = 0

    def context(role=None):
        return Context(role=role, outlet=article.outlet, published=article.published,
                       co_speakers=frozenset(ids.values()))

    # A claim may name its claimant by a name the article gives one of its speakers ("Nistor
    # says" after "Patrik Nistor"): that speaker. Only when the name is that one speaker's.
    own: dict[str, set[int]] = {}
    for speaker in article.speakers:
        if speaker.name in ids:
            index.note(ids[speaker.name], context(speaker.role))
            for alias in (speaker.name, *speaker.aliases):
                own.setdefault(alias, set()).add(ids[speaker.name])
    # Otherwise a quote or claim names a speaker the speaker list left out; give it a row of its own.
    for name in dict.fromkeys([q[0] for q in article.quotes] + article.claims):
        if not name or name in ids or name in unresolved:
            continue
        if len(own.get(name, ())) == 1:
            ids[name] = next(iter(own[name]))
            continue
        # The outlet is the claimant of figures no one in the article claims: an organisation.
        kind = "organization" if name == article.outlet else "person"
        match = index.linker.find(name, kind, context()) if index.is_proper(name) else None
        speaker_id = match.speaker_id if match else None
        if speaker_id is None and partial_name(name, kind):
            unresolved.add(name)  # as for the speaker list: the name as written, no speaker
            continue
        if speaker_id is None:
            speaker_id = index.create_speaker(name, kind)
            index.write_aliases(speaker_id, kind, [name] if index.is_proper(name) else [])
            created += 1
            if kind == "person" and is_tentative(name, match.how if match else None):
                index.cache.tentative.add(speaker_id)
        ids[name] = speaker_id
    return created
