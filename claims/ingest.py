"""The flow of DESIGN.md for a batch: read, clean and extract each article, link speakers, store."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable

from .clean import find_date
from .errors import BadInput
from .extract import Extraction, extract
from .sources import Article, read
from .store import connect, load_linker, save


@dataclass
class Summary:
    """Counts for the closing line of `claims ingest`."""

    articles: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    quotes: int = 0
    claims: int = 0
    speakers: int = 0
    errors: list[BadInput] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.articles} articles ({self.new} new, {self.replaced} replaced, {self.unchanged} unchanged), "
                f"{self.quotes} quotes, {self.claims} claims, {self.speakers} new speakers, "
                f"{len(self.errors)} errors in {self.seconds:.1f}s")


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD for the dates sources give ('2025-07-23T10:00:00Z', 'July 23, 2025'), else None."""
    if not value:
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return find_date(value)


def extract_article(article: Article, published: str | None = None, outlet: str | None = None) -> Extraction:
    """Run extraction on one article read from a source, its metadata winning over what the text shows."""
    return extract(
        article.text,
        published=iso_date(article.published) or published,
        id=article.id,
        title=article.title,
        outlet=article.outlet or outlet,
        author=article.author,
    )


def ingest(targets: Iterable[str], db: str, *, published: str | None = None, outlet: str | None = None,
           on_article: Callable[[Article | BadInput], None] | None = None) -> Summary:
    """Read every article of `targets` into the database at `db`; one transaction per article."""
    started = time.perf_counter()
    summary = Summary()
    engine = connect(db)
    with engine.connect() as conn:
        linker = load_linker(conn)
    for item in read(targets):
        if on_article:
            on_article(item)
        if isinstance(item, BadInput):
            summary.errors.append(item)
            continue
        try:
            extraction = extract_article(item, published, outlet)
        except RecursionError:
            summary.errors.append(BadInput(item.source, None, "text too deeply nested to extract"))
            continue
        with engine.begin() as conn:
            saved = save(conn, item, extraction, linker)
        summary.articles += 1
        setattr(summary, saved.status, getattr(summary, saved.status) + 1)
        if saved.status != "unchanged":
            summary.quotes += saved.quotes
            summary.claims += saved.claims
            summary.speakers += saved.new_speakers
    engine.dispose()
    summary.seconds = time.perf_counter() - started
    return summary
