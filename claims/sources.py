"""Read articles from files, directories and URLs.

Every reader yields `Article` objects; a file that cannot be read yields a `BadInput`
naming the file (and line) instead, so one bad file never stops a batch.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .errors import BadInput

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

# A news article is a few tens of kilobytes; anything far larger is not one article.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
MAX_URL_BYTES = 10 * 1024 * 1024
URL_TIMEOUT = 20

# Signatures of binary formats people drop into folders of articles by mistake.
MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"SQLite format 3": "an SQLite database",
}

ARTICLE_FIELDS = ("id", "title", "url", "outlet", "author", "published")


@dataclass
class Article:
    """One article as read: its text and whatever metadata the source carried."""

    text: str
    source: str  # file path (with :line for JSONL/CSV rows) or URL
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    format: str = "text"  # text | html: how the text was obtained


def read(targets: Iterable[str]) -> Iterator[Article | BadInput]:
    """Yield an Article for every article in the given files, directories and URLs."""
    for target in targets:
        if target.startswith(("http://", "https://")):
            yield from read_url(target)
        elif "://" in target:
            yield BadInput(target, None, "only http(s) URLs can be fetched")
        else:
            path = Path(target)
            if path.is_dir():
                yield from read_directory(path)
            elif path.exists():
                yield from read_file(path)
            else:
                yield BadInput(target, None, "no such file or directory")


def read_directory(path: Path) -> Iterator[Article | BadInput]:
    """Every article file under a directory, recursively, in name order; hidden files skipped."""
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            yield from read_file(Path(root) / name)


def read_file(path: Path) -> Iterator[Article | BadInput]:
    """The articles of one file, chosen by its suffix."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield BadInput(str(path), None, f"not an article format claims reads ({', '.join(sorted(SUFFIXES))})")
        return
    try:
        size = path.stat().st_size
        if suffix in TEXT_SUFFIXES | HTML_SUFFIXES and size > MAX_ARTICLE_BYTES:
            yield BadInput(str(path), None, f"{size:,} bytes is too large for one article (limit {MAX_ARTICLE_BYTES:,})")
            return
        if suffix in JSONL_SUFFIXES | CSV_SUFFIXES:
            reader = read_jsonl if suffix in JSONL_SUFFIXES else read_csv
            yield from reader(path)
            return
        text = decode(path.read_bytes(), str(path))
    except BadInput as error:
        yield error
        return
    except OSError as error:
        yield BadInput(str(path), None, error.strerror or str(error))
        return
    if suffix in HTML_SUFFIXES:
        yield from article_from_html(text, str(path))
    else:
        yield from article_from_text(text, str(path))


def article_from_text(text: str, source: str, **meta) -> Iterator[Article | BadInput]:
    if not text.strip():
        yield BadInput(source, None, "empty: no text to read")
        return
    yield Article(text=text, source=source, **meta)


def article_from_html(html: str, source: str, **meta) -> Iterator[Article | BadInput]:
    """The main text and metadata of an HTML page, through trafilatura."""
    import trafilatura  # slow to import; only HTML needs it

    if not html.strip():
        yield BadInput(source, None, "empty: no HTML to read")
        return
    try:
        doc = trafilatura.bare_extraction(html, url=meta.get("url"), with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as error:  # trafilatura raises many kinds on malformed pages
        yield BadInput(source, None, f"could not parse HTML: {error}")
        return
    text = (getattr(doc, "text", None) or "").strip() if doc else ""
    if not text:
        yield BadInput(source, None, "no article text found in the HTML page")
        return
    found = {
        "title": doc.title,
        "author": doc.author,
        "published": doc.date,
        "outlet": doc.sitename,
        "url": doc.url,
    }
    for key, value in found.items():
        if value and not meta.get(key):
            meta[key] = value
    yield Article(text=text, source=source, format="html", **meta)


def read_jsonl(path: Path) -> Iterator[Article | BadInput]:
    """One article per line: {"text": ..., "id", "title", "url", "outlet", "author", "published"}."""
    with open(path, "rb") as f:
        for number, raw in enumerate(f, 1):
            source = f"{path}:{number}"
            if not raw.strip():
                continue
            if len(raw) > MAX_ARTICLE_BYTES:
                yield BadInput(str(path), number, f"line of {len(raw):,} bytes is too large for one article")
                continue
            try:
                row = json.loads(decode(raw, str(path), number))
            except BadInput as error:
                yield error
                continue
            except ValueError as error:
                yield BadInput(str(path), number, f"not valid JSON: {error}")
                continue
            yield from article_from_row(row, path, number, source)


def read_csv(path: Path) -> Iterator[Article | BadInput]:
    """One article per row, with a `text` column and optional metadata columns."""
    try:
        text = decode(path.read_bytes(), str(path))
    except BadInput as error:
        yield error
        return
    csv.field_size_limit(MAX_ARTICLE_BYTES)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        if not reader.fieldnames or "text" not in [f.strip().lower() for f in reader.fieldnames]:
            yield BadInput(str(path), 1, f"CSV has no 'text' column (columns: {', '.join(reader.fieldnames or [])})")
            return
        line = reader.line_num
        for row in reader:
            row = {(k or "").strip().lower(): v for k, v in row.items()}
            yield from article_from_row(row, path, line + 1, f"{path}:{line + 1}")
            line = reader.line_num
    except csv.Error as error:
        yield BadInput(str(path), reader.line_num, f"malformed CSV: {error}")


def article_from_row(row, path: Path, number: int, source: str) -> Iterator[Article | BadInput]:
    if not isinstance(row, dict):
        yield BadInput(str(path), number, "expected an object with a 'text' field")
        return
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        yield BadInput(str(path), number, "no 'text' in this row")
        return
    meta = {k: str(row[k]) for k in ARTICLE_FIELDS if row.get(k) not in (None, "")}
    looks_html = text.lstrip()[:1] == "<" and "</" in text[:5000]
    if looks_html:
        yield from article_from_html(text, source, **meta)
    else:
        yield Article(text=text, source=source, **meta)


def read_url(url: str) -> Iterator[Article | BadInput]:
    """Fetch one http(s) page, with a timeout and a size limit."""
    request = urllib.request.Request(url, headers={"User-Agent": "claims (+news quote extraction)"})
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT) as response:
            if not response.geturl().startswith(("http://", "https://")):
                yield BadInput(url, None, "redirected away from http(s)")
                return
            body = response.read(MAX_URL_BYTES + 1)
            content_type = response.headers.get("Content-Type", "")
    except Exception as error:
        yield BadInput(url, None, f"could not fetch: {error}")
        return
    if len(body) > MAX_URL_BYTES:
        yield BadInput(url, None, f"page larger than {MAX_URL_BYTES:,} bytes")
        return
    try:
        text = decode(body, url)
    except BadInput as error:
        yield error
        return
    if "html" in content_type or text.lstrip()[:1] == "<":
        yield from article_from_html(text, url, url=url)
    else:
        yield from article_from_text(text, url, url=url)


def decode(data: bytes, source: str, line: int | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Binary files get a BadInput naming what they look like.
    """
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise BadInput(source, line, f"binary file ({what}), not text")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise BadInput(source, line, f"invalid UTF-16: {error}") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    sample = data[:8192]
    if sample.count(b"\x00") > len(sample) // 100:
        raise BadInput(source, line, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        # Legacy single-byte text is common in newsroom exports; cp1252 decodes Latin-1 text too.
        # Bytes that neither encoding accepts mean the file is not text.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            where = data[: error.start].count(b"\n") + 1
            raise BadInput(source, line or where, f"not valid UTF-8 or Windows-1252 text (byte {error.start})") from None
    return text.replace("\x00", "")
