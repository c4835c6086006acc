"""The Linker: which known speaker, if any, a name of a new article refers to.

In order, each step only when the one before found nothing:

1. the same normalised key (a spelling a person has already corrected wins: manual aliases
   first, then the exact surface form);
2. a surname alone links only on evidence: a spelling a person pinned to a speaker, the one
   known person of that surname whose role agrees with the role or title the article gives, or
   the one quoted before beside the article's other speakers when that is no coincidence (they
   were quoted beside few people). Being the only such person known so far, or the one the
   outlet quoted before, is no evidence: it depends on the order of ingest, and the namesake
   ingested next would get the first one's quotes;
3. full names are compared with the known full names that share a blocking key (the phonetic
   surname with the given name's initial, or the given name with the surname's ends and length,
   so one typo leaves a key intact): the same name under transliteration or a nickname links; an
   initial, or one typo, links only when one known person fits and nothing in the context
   contradicts it (a typo in the surname needs the context to support it: the same role or a
   co-occurring speaker). An alias that is only an initial is no bridge: "James Smith" does not
   join the John Smith who was once written "J. Smith".

Organisations and groups link only on their exact key and only to speakers of their own kind.
When two known people fit equally, nothing links: a new speaker is cheaper to fix than a merge
of two people a fact-checker trusts to be one.

The known names live behind an index: `claims.link.index.SpeakerIndex`, lookups on indexed key
columns of the database (so linking 100 new articles does not load a million aliases into
Python), the one index of ingest, load, claims.open() and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Protocol

from rapidfuzz import fuzz

from .names import Name, compare, fold, normalize, surname_match

ROLE_STOPWORDS = {"the", "of", "for", "and", "a", "an", "to", "in", "s", "former", "deputy", "acting", "senior"}


@lru_cache(maxsize=100_000)
def role_words(role: str | None) -> frozenset[str]:
    return frozenset(w for w in fold(role or "").split() if w not in ROLE_STOPWORDS)


@dataclass
class Context:
    """What an article says about a speaker besides the name: evidence where names alone are weak."""

    role: str | None = None
    outlet: str | None = None
    published: str | None = None
    co_speakers: frozenset[int] = frozenset()  # ids of the article's other, already linked, speakers


@dataclass
class Profile:
    """What the database knows about a speaker besides its names."""

    roles: set[frozenset[str]] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    co_speakers: set[int] = field(default_factory=set)

    def agrees(self, context: Context | None) -> bool:
        """The context supports this speaker: the same role, or a co-occurring speaker in common."""
        if context is None:
            return False
        return self.role_agrees(context) or bool(context.co_speakers & self.co_speakers)

    def role_agrees(self, context: Context) -> bool:
        """The context gives a role, and this speaker had one much like it."""
        words = role_words(context.role)
        return bool(words) and any(len(words & r) * 2 >= max(len(words), len(r)) for r in self.roles)

    def conflicts(self, context: Context | None) -> bool:
        """Both sides know a role and the roles share no word: weak evidence of two people."""
        if context is None:
            return False
        words = role_words(context.role)
        return bool(words and self.roles and not any(words & r for r in self.roles))


@dataclass
class Hit:
    speaker_id: int
    kind: str
    manual: bool = False
    surface: str | None = None  # the folded alias as written


class Index(Protocol):
    def exact(self, key: str) -> list[Hit]: ...
    def with_surname(self, surname: str) -> set[int]: ...
    def blocks(self, keys: Iterable[str]) -> list[tuple[str, int]]: ...
    def profile(self, speaker_id: int) -> Profile: ...
    def note(self, speaker_id: int, context: Context | None) -> None: ...
    def population(self) -> int: ...
    def beside(self, speaker_id: int, limit: int) -> set[int]: ...


@dataclass
class Match:
    """The answer of `Linker.find`: a speaker id or None, a score (100 = same key) and the rule used."""

    speaker_id: int | None
    score: float = 0.0
    # exact | manual | surname | variant | initial | spelling | typo | given-typo | trailing: linked;
    # ambiguous (several fit) | unsupported (one fits weakly, the context does not confirm): context
    # from more of the article may decide; none: nobody fits, and more context would not change that;
    # several: the evidence supports two known people of a surname, and more evidence, or another
    # namesake, only adds to them
    how: str = "none"

    def __iter__(self):  # `speaker_id, score = linker.find(...)` as in v1
        return iter((self.speaker_id, self.score))


class Linker:
    """Links speakers of new articles to known speakers; see the module docstring for the rules."""

    # Beyond this many namesakes an outlet has quoted several of them: not worth reading profiles.
    OUTLET_CANDIDATES = 12

    def __init__(self, index: Index):
        self.index = index

    # -- reading -----------------------------------------------------------------------------------
    def find(self, name: str, kind: str = "person", context: Context | None = None) -> Match:
        """The known speaker `name` refers to, or Match(None) when none or more than one fits."""
        key = normalize(name)
        if not key:
            return Match(None)
        hits = [h for h in self.index.exact(key) if h.kind == kind]
        if kind != "person":
            return self._pick_exact(hits, name, context) or Match(None)
        parsed = Name.of(key)
        if not parsed.full:
            return self._surname_alone(parsed, hits, name, context)
        found = self._pick_exact(hits, name, context)
        if found:
            return found
        return self.similar(parsed, context)

    def find_exact(self, name: str, kind: str = "person", context: Context | None = None) -> Match:
        """The known speaker whose key `name` is exactly, if one: for a name not written as a name
        (claims.link.article), which may confirm a known spelling but not stand for a new one."""
        key = normalize(name)
        hits = [h for h in self.index.exact(key) if h.kind == kind] if key else []
        return self._pick_exact(hits, name, context) or Match(None)

    def find_all(self, speakers: list[tuple[str, str, str | None]], outlet: str | None = None,
                 published: str | None = None) -> list[Match]:
        """Find the speakers of one article, given as (name, kind, role): each is context for the others.

        Full names go first; the names that found nobody are tried again with every speaker the
        article has linked as co-occurring evidence (a surname shared by two people, a typo).
        """
        matches: list[Match | None] = [None] * len(speakers)
        order = sorted(range(len(speakers)),
                       key=lambda i: (speakers[i][1] != "person", not Name.of(normalize(speakers[i][0])).full))

        def context(i):
            linked = frozenset(m.speaker_id for m in matches if m is not None and m.speaker_id is not None)
            return Context(role=speakers[i][2], outlet=outlet, published=published, co_speakers=linked)

        for i in order:
            matches[i] = self.find(speakers[i][0], speakers[i][1], context(i))
        for i in order:
            if matches[i].how in ("ambiguous", "unsupported") and speakers[i][1] == "person":
                again = self.find(speakers[i][0], "person", context(i))
                if again.speaker_id is not None:
                    matches[i] = again
        return matches

    def _pick_exact(self, hits: list[Hit], name: str, context: Context | None) -> Match | None:
        if not hits:
            return None
        surface = fold(name)
        # A spelling a person pinned to a speaker (merge, split, import) wins; then the speaker
        # known by exactly this spelling; then the one speaker of this key.
        manual = {h.speaker_id for h in hits if h.manual and h.surface == surface}
        if len(manual) == 1:
            return Match(manual.pop(), 100.0, "manual")
        ids = {h.speaker_id for h in hits}
        if len(ids) == 1:
            return Match(ids.pop(), 100.0, "exact")
        same = {h.speaker_id for h in hits if h.surface == surface}
        if len(same) == 1:
            return Match(same.pop(), 100.0, "exact")
        chosen = self._by_context(ids, context)
        return Match(chosen, 100.0, "exact") if chosen else Match(None, 0.0, "ambiguous")

    def _by_context(self, ids: Iterable[int], context: Context | None) -> int | None:
        """The one speaker among `ids` the context supports, if exactly one.

        The same role or a co-occurring speaker first; then, among the speakers those leave
        (all of them when none agrees), the one the article's outlet has quoted before: the
        weakest evidence, used only to tell a handful of people apart.
        """
        if context is None:
            return None
        ids = list(ids)
        if context.co_speakers or role_words(context.role):
            supported = [i for i in ids if self.index.profile(i).agrees(context)]
            if len(supported) == 1:
                return supported[0]
            ids = supported or ids
        if context.outlet and len(ids) <= self.OUTLET_CANDIDATES:
            covered = [i for i in ids if context.outlet in self.index.profile(i).outlets]
            if len(covered) == 1:
                return covered[0]
        return None

    def _surname_alone(self, parsed: Name, hits: list[Hit], name: str, context: Context | None) -> Match:
        """A surname alone: a pinned spelling, the one namesake whose role agrees with the article's,
        or the one namesake quoted before beside the article's other speakers when that is no
        coincidence (`_co_quoted`).

        That its outlet quoted one namesake that fortnight is no evidence: a surname is shared by
        many people the archive never quoted in full. On a synthetic archive of 20,000 articles in
        a year (benchmarks/surnames.py) the fortnight and co-quoted people without the coincidence
        test took the share of wrong speakers among linked surname mentions from .008 to .028, and
        ingest four times as long.
        """
        surface = fold(name)
        manual = {h.speaker_id for h in hits if h.manual and h.surface == surface}
        if len(manual) == 1:
            return Match(manual.pop(), 100.0, "manual")
        people = set(self.index.with_surname(parsed.surname)) | {h.speaker_id for h in hits}
        if not people:
            return Match(None)
        if context is None or context.co_speakers & people or not (role_words(context.role) or context.co_speakers):
            # No evidence to go by; or a namesake the article quotes itself, to whom it did not tie
            # this mention: which of them it is, is the article's question, not the archive's.
            return Match(None, 0.0, "ambiguous")
        if role_words(context.role):
            supported = None
            for i in people:
                profile = self.index.profile(i)
                if profile.role_agrees(context) and not profile.conflicts(context):
                    if supported is not None:
                        return Match(None, 0.0, "several")  # a second one: no need to read the rest
                    supported = i
            if supported is not None:
                return Match(supported, 95.0, "surname")
        co_quoted = self._co_quoted(people, context)
        if co_quoted is not None:
            return Match(co_quoted, 90.0, "surname")
        return Match(None, 0.0, "unsupported")

    # The most the article's other speakers may be expected to point at a namesake by chance.
    COINCIDENCE = 0.1

    def _co_quoted(self, people: set[int], context: Context) -> int | None:
        """The one namesake among `people` quoted before beside one of the article's other speakers,
        when so many of those speakers' companions being of this surname would be a coincidence.

        A speaker quoted beside k people, in an archive of n speakers of whom m bear the surname,
        points at about k * m / n of them by chance: a prime minister quoted beside thousands
        points at every common surname, a mayor quoted beside a dozen people at no one by chance.
        So the link is made only when the article's other speakers together would be expected to
        point at fewer than COINCIDENCE namesakes by chance, and point at exactly one.
        """
        budget = self.beside_budget(len(people))  # how many people they may have been quoted beside
        beside = set()
        for speaker_id in sorted(context.co_speakers):
            found = self.index.beside(speaker_id, budget)
            budget -= len(found)
            if budget < 0:
                return None
            beside |= found
        found = {i for i in beside & people if not self.index.profile(i).conflicts(context)}
        return found.pop() if len(found) == 1 else None

    def beside_budget(self, namesakes: int) -> int:
        """How many people the article's other speakers may have been quoted beside, all together,
        for a namesake among them to be no coincidence, `namesakes` people bearing the surname."""
        return int(self.COINCIDENCE * self.index.population() / max(namesakes, 1))

    def similar(self, parsed: Name, context: Context | None, exclude: frozenset[int] = frozenset()) -> Match:
        """Full names under the blocking keys of `parsed` that name the same person, leaving out the
        speakers in `exclude` (claims.link.variants: the near spellings judged again)."""
        strong: dict[int, float] = {}
        weak: dict[int, tuple[str, float]] = {}
        namesakes: set[int] = set()  # the same surname and the same given initial
        query_given = parsed.compact_given
        initial = query_given[:1]
        surnames = parsed.surnames() | {last for _, last in parsed.orientations()}
        agreements: dict[str, tuple[bool, tuple[str, str] | None]] = {}
        # An alias that is only an initial ("J. Smith") says nothing about which J: a full name
        # links through it only to a speaker none of whose full names contradicts it, or
        # "J. Smith" would join John and James.
        via_initial: dict[int, float] = {}
        contradicted: set[int] = set()
        for key, speaker_id in self.index.blocks(parsed.query_keys()):
            if speaker_id in exclude:
                continue
            other = Name.of(key)
            cached = agreements.get(key)
            if cached is None:
                # Most of a block fails on the surname: one cached test before the full comparison.
                theirs = (other.surname, other.compact_given) if other.yi_or_initial else (other.surname,)
                surname_ok = any(o in surnames or any(surname_match(s, o) for s in surnames) for o in theirs)
                cached = agreements[key] = (surname_ok, compare(parsed, other) if surname_ok else None)
            surname_ok, agreement = cached
            if not surname_ok:
                continue
            if other.surname == parsed.surname and other.compact_given[:1] == initial:
                namesakes.add(speaker_id)
            only_initial = len(other.compact_given) == 1
            if agreement is None:
                if not only_initial:
                    contradicted.add(speaker_id)
                continue
            given, last = agreement
            score = fuzz.ratio(parsed.key, key)
            if only_initial and len(query_given) > 1:
                via_initial[speaker_id] = max(score, via_initial.get(speaker_id, 0.0))
                continue
            if given in ("same", "nickname") and last == "same":
                strong[speaker_id] = max(score, strong.get(speaker_id, 0.0))
                continue
            # An initial, a spelling, a middle name: linked when one person fits. A typo in the
            # given name says more than an initial, so it links on the same terms: when one known
            # person has this surname and initial. A typo in the surname needs the context too.
            level = "typo" if last == "typo" else "given-typo" if given == "typo" else \
                "initial" if given == "initial" else "trailing" if given == "trailing" else "spelling"
            if speaker_id not in weak or weak[speaker_id][1] < score:
                weak[speaker_id] = (level, score)
        for speaker_id, score in via_initial.items():
            if speaker_id not in contradicted and speaker_id not in strong and speaker_id not in weak:
                weak[speaker_id] = ("initial", score)
        if strong:
            ids = [i for i in strong if not self.index.profile(i).conflicts(context)]
            if len(ids) == 1:
                return Match(ids[0], strong[ids[0]], "variant")
            chosen = self._by_context(ids, context)
            return Match(chosen, strong[chosen], "variant") if chosen else Match(None, 0.0, "ambiguous")
        if not weak:
            return Match(None)
        if len(weak) > 1:
            chosen = self._by_context(weak, context)
            if chosen is None:
                return Match(None, 0.0, "ambiguous")
            return Match(chosen, weak[chosen][1], weak[chosen][0])
        (speaker_id, (level, score)), = weak.items()
        profile = self.index.profile(speaker_id)
        if profile.conflicts(context):
            return Match(None)
        if level in ("initial", "spelling") or (level == "given-typo" and namesakes <= {speaker_id}) \
                or profile.agrees(context):
            return Match(speaker_id, score, level)
        return Match(None, 0.0, "unsupported")
