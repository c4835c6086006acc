"""Extraction as a batch function: a DataFrame of articles in, DataFrames of what they say out.

`extract_batch()` holds no database, no open file and no global state, so the very same function
runs in-process, in a local process pool and on Dask workers. Rows are keyed by the article's
`content_hash` (what the store deduplicates on), never by a database id: ids are given out later,
in one place, by whoever writes the rows (`claims.store.writer`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

import pandas as pd

from .clean import date_of_line
from .extract import Extraction, extract
from .extract.records import Claim, Quote, Speaker
from .sources import Article, content_hash

# The columns of each frame, in order: also the Parquet schema (see claims/parquet.py).
ARTICLE_COLUMNS = ["content_hash", "url", "external_id", "title", "outlet", "author", "published", "text",
                   "source", "month"]
QUOTE_COLUMNS = ["content_hash", "n"] + [f.name for f in fields(Quote)]
CLAIM_COLUMNS = ["content_hash", "n"] + [f.name for f in fields(Claim)]
MENTION_COLUMNS = ["content_hash", "n", "name", "kind", "role", "aliases"]
ERROR_COLUMNS = ["source", "message"]
INPUT_COLUMNS = [f.name for f in fields(Article)]


@dataclass
class Batch:
    """What extraction found in a batch of articles: one DataFrame per table.

    `mentions` are the speakers each article names (with every spelling it uses); `errors` are
    the articles extraction could not handle, by source.
    """

    articles: pd.DataFrame
    quotes: pd.DataFrame
    claims: pd.DataFrame
    mentions: pd.DataFrame
    errors: pd.DataFrame

    def __len__(self) -> int:
        return len(self.articles)


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD for the dates sources give ('2025-07-23T10:00:00Z', 'July 23, 2025'), else None."""
    if not value:
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return date_of_line(value)


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


def articles_frame(articles: list[Article]) -> pd.DataFrame:
    """The input of extract_batch() for a list of Articles read by claims.sources."""
    return pd.DataFrame([{c: getattr(a, c) for c in INPUT_COLUMNS} for a in articles], columns=INPUT_COLUMNS)


def row_article(row: dict) -> Article:
    return Article(**{c: (None if pd.isna(row.get(c)) else row.get(c)) for c in INPUT_COLUMNS
                      if c in row and not (c in ("text", "source") and row.get(c) is None)})


def extract_batch(articles: pd.DataFrame, published: str | None = None, outlet: str | None = None) -> Batch:
    """Extract quotes, claims and speaker mentions from every article of a DataFrame.

    `articles` has the fields of claims.sources.Article as columns (`text` and `source` at least);
    `published` and `outlet` fill in for articles that carry none. Example:

        batch = extract_batch(pd.DataFrame([{"text": "...", "source": "a.txt"}]))
        batch.quotes[["speaker", "text"]]
    """
    out = {"articles": [], "quotes": [], "claims": [], "mentions": [], "errors": []}
    for row in articles.to_dict("records"):
        article = row_article(row)
        try:
            extraction = extract_article(article, published, outlet)
        except RecursionError:
            out["errors"].append({"source": article.source, "message": "text too deeply nested to extract"})
            continue
        for table, rows in article_rows(article, extraction).items():
            out[table] += rows
    return Batch(
        articles=pd.DataFrame(out["articles"], columns=ARTICLE_COLUMNS),
        quotes=pd.DataFrame(out["quotes"], columns=QUOTE_COLUMNS),
        claims=pd.DataFrame(out["claims"], columns=CLAIM_COLUMNS),
        mentions=pd.DataFrame(out["mentions"], columns=MENTION_COLUMNS),
        errors=pd.DataFrame(out["errors"], columns=ERROR_COLUMNS),
    )


def article_rows(article: Article, extraction: Extraction) -> dict[str, list[dict]]:
    """One article's rows of a batch, table by table (articles, quotes, claims, mentions), as plain
    dicts: what extract_batch() puts in its frames, and what claims.ingest.save_article() writes."""
    key = content_hash(article.text)
    return {
        "articles": [{
            "content_hash": key, "url": article.url, "external_id": article.id, "title": extraction.title,
            "outlet": extraction.outlet, "author": extraction.author, "published": extraction.published,
            "text": article.text, "source": article.source, "month": month_of(extraction.published),
        }],
        "quotes": [{"content_hash": key, "n": n, **vars(q)} for n, q in enumerate(extraction.quotes)],
        "claims": [{"content_hash": key, "n": n, **vars(c)} for n, c in enumerate(extraction.claims)],
        "mentions": [{"content_hash": key, "n": n, "name": s.name, "kind": s.kind, "role": s.role,
                      "aliases": list(s.aliases)} for n, s in enumerate(extraction.speakers)],
    }


def month_of(published: str | None) -> str:
    """The Parquet partition of an article: YYYY-MM of its publication date, or 'unknown'."""
    return published[:7] if published and len(published) >= 7 else "unknown"


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows of a frame as dicts of plain Python values (None for missing).

    Column by column through tolist(), looking for missing values (vectorised) only in the float
    and object columns that can hold them: several times faster than DataFrame.to_dict, which matters because
    the parent process, the one serial step of an ingest, calls this on every batch.
    """
    columns = list(frame.columns)
    data = []
    for c in columns:
        column = frame[c]
        values = column.tolist()
        if column.dtype.kind in "fO":
            missing = column.isna().tolist()
            if any(missing):
                values = [None if m else v for v, m in zip(values, missing)]
        data.append(values)
    return [dict(zip(columns, values)) for values in zip(*data)]


def extractions(batch: Batch, keys: set[str] | None = None) -> dict[str, Extraction]:
    """The Extraction of each article of a batch (or of those `keys`), by content_hash.

    The inverse of extract_batch(): one Extraction per article, as claims.ingest.save_article takes them.
    """
    result = {}
    for row in records(batch.articles):
        if keys is not None and row["content_hash"] not in keys:
            continue
        result[row["content_hash"]] = Extraction(id=row["external_id"], title=row["title"], outlet=row["outlet"],
                                                 author=row["author"], published=row["published"])
    quote_fields = [f.name for f in fields(Quote)]
    claim_fields = [f.name for f in fields(Claim)]
    for row in sorted(records(batch.quotes), key=lambda r: r["n"]):
        if row["content_hash"] in result:
            result[row["content_hash"]].quotes.append(Quote(**{k: row[k] for k in quote_fields}))
    for row in sorted(records(batch.claims), key=lambda r: r["n"]):
        if row["content_hash"] in result:
            claim = Claim(**{k: row[k] for k in claim_fields})
            if claim.quote_index is not None:
                claim.quote_index = int(claim.quote_index)
            result[row["content_hash"]].claims.append(claim)
    for row in sorted(records(batch.mentions), key=lambda r: r["n"]):
        if row["content_hash"] in result:
            result[row["content_hash"]].speakers.append(
                Speaker(name=row["name"], kind=row["kind"] or "person", role=row["role"],
                        aliases=list(row["aliases"] or [])))
    return result
