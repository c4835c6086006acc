"""Read articles from files, directories and URLs (and the pages a feed URL lists: claims.feeds).

Every reader yields `Article` objects; a file that cannot be read yields a `BadInput`
naming the file (and line) instead, so one bad file never stops a batch. A file that is
read with a repair (damaged UTF-8) yields a `BadInput` saying so, then its `Article`.

Memory stays bounded whatever the input: text and HTML files over the size limit are
refused before they are read, and JSONL and CSV files are streamed line by line with the
same limit on each line, so a 200 MB file of one line never lands in memory.
"""

from __future__ import annotations

import codecs
import hashlib
import csv
import io
import json
import os
import re
import stat
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date
from html import unescape as unescape_html
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import BadInput

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

# A news article is a few tens of kilobytes; anything far larger is not one article.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
MAX_URL_BYTES = 10 * 1024 * 1024
# Seconds for a whole fetch (connect, headers and body), so a server trickling bytes cannot hold a batch.
URL_TIMEOUT = 20

# Signatures of binary formats people drop into folders of articles by mistake.
MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"PK\x05\x06": "an empty ZIP archive",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"SQLite format 3": "an SQLite database",
    b"RIFF": "a RIFF media file (WebP, WAV, AVI)",
    b"ID3": "an MP3 file",
}

ARTICLE_FIELDS = ("id", "title", "url", "outlet", "author", "published")
# HTML deeper than this loses its inner text in the parser (libxml2 stops at 256 levels).
HTML_MAX_DEPTH = 255


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


def content_hash(text: str) -> str:
    """The key an article is stored under: the SHA-256 of its text, so the same text is stored once."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def read(targets: Iterable[str]) -> Iterator[Article | BadInput]:
    """Yield an Article for every article in the given files, directories and URLs."""
    for target in targets:
        target = str(target)
        lowered = target.lower()
        if lowered.startswith(("http://", "https://")):
            yield from read_url(target)
        elif re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", target) or lowered.startswith(("javascript:", "data:")):
            yield BadInput(target, None, "only http(s) URLs can be fetched")
        else:
            path = Path(target)
            try:
                is_dir = path.is_dir()
                exists = is_dir or path.exists() or path.is_symlink()
            except OSError as error:  # a name too long, a loop of symlinks
                yield BadInput(printable(target), None, error.strerror or str(error))
                continue
            if is_dir:
                yield from read_directory(path)
            elif exists:
                yield from read_file(path)
            else:
                yield BadInput(printable(target), None, "no such file or directory")


def estimate_count(targets: Iterable[str]) -> int:
    """About how many articles (and bad files) `read(targets)` will yield, for a progress bar.

    One per file or URL, one per line of JSONL and CSV files (counted in bulk, without parsing),
    so it costs a fraction of the reading itself.
    """
    total = 0
    for target in targets:
        path = Path(target)
        if "://" in target or not path.exists():
            total += 1
            continue
        files = [path] if not path.is_dir() else [
            Path(root) / name for root, dirs, names in os.walk(path)
            for name in names if not name.startswith(".") and not any(part.startswith(".") for part in Path(root).parts[len(path.parts):])]
        for file in files:
            if file.suffix.lower() in CSV_SUFFIXES:
                try:  # rows, not lines: quoted fields hold newlines
                    with open(file, newline="", encoding="utf-8", errors="replace") as f:
                        total += max(1, sum(1 for _ in csv.reader(f)) - 1)
                except (OSError, csv.Error):
                    total += 1
            elif file.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with open(file, "rb") as f:
                        total += sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b"")) or 1
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def printable(name: str | os.PathLike) -> str:
    """A file name fit for messages and the database: undecodable bytes of the name become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def read_directory(path: Path) -> Iterator[Article | BadInput]:
    """Every article file under a directory, recursively, in name order; hidden files skipped."""

    def walk_error(error: OSError):
        raise error

    try:
        for root, dirs, files in os.walk(path, onerror=walk_error):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                yield from read_file(Path(root) / name)
    except OSError as error:
        yield BadInput(printable(error.filename or path), None, error.strerror or str(error))


def read_file(path: Path) -> Iterator[Article | BadInput]:
    """The articles of one file, chosen by its suffix."""
    name = printable(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield BadInput(name, None, f"not an article format claims reads ({', '.join(sorted(SUFFIXES))})")
        return
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield BadInput(name, None, "not a regular file (a pipe, socket or device)")
            return
        size = info.st_size
        if suffix in TEXT_SUFFIXES | HTML_SUFFIXES and size > MAX_ARTICLE_BYTES:
            yield BadInput(name, None, f"{size:,} bytes is too large for one article (limit {MAX_ARTICLE_BYTES:,})")
            return
        if suffix in JSONL_SUFFIXES | CSV_SUFFIXES:
            reader = read_csv if suffix in CSV_SUFFIXES else read_jsonl
            yield from reader(path)
            return
        with open(path, "rb") as f:
            data = f.read(MAX_ARTICLE_BYTES + 1)
        if len(data) > MAX_ARTICLE_BYTES:  # grew since stat
            yield BadInput(name, None, f"too large for one article (limit {MAX_ARTICLE_BYTES:,} bytes)")
            return
        text, problem = decode_text(data, name)
    except BadInput as error:
        yield error
        return
    except OSError as error:
        yield BadInput(name, None, error.strerror or str(error))
        return
    if problem:
        yield problem
    if suffix in HTML_SUFFIXES:
        yield from article_from_html(text, name)
    else:
        yield from article_from_text(text, name)


def has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def article_from_text(text: str, source: str, **meta) -> Iterator[Article | BadInput]:
    if not text.strip():
        yield BadInput(source, None, "empty: no text to read")
        return
    if not has_words(text):
        yield BadInput(source, None, "no text to read: not a letter or digit in it")
        return
    yield Article(text=decode_entities(text), source=source, **meta)


_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
_VOID = {b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param",
         b"source", b"track", b"wbr"}


def html_depth(html: str) -> int:
    """How deep the tags of a page nest (roughly: void and self-closed tags do not count)."""
    depth = deepest = 0
    for closing, tag, selfclosing in _TAG.findall(html.encode("utf-8", "replace")):
        if closing:
            depth = max(0, depth - 1)
        elif not selfclosing and tag.lower() not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def article_from_html(html: str, source: str, *, dates_in_text: bool = True, **meta) -> Iterator[Article | BadInput]:
    """The main text and metadata of an HTML page, through trafilatura. Without `dates_in_text`, the
    date is read from the page's markup only (meta tags, <time>), never guessed from its words (a
    copyright year): for a page whose feed gives the date."""
    import trafilatura  # slow to import; only HTML needs it

    if not html.strip():
        yield BadInput(source, None, "empty: no HTML to read")
        return
    try:
        dates = None if dates_in_text else {"original_date": True, "extensive_search": False,
                                                 "max_date": date.today().isoformat()}
        doc = trafilatura.bare_extraction(html, url=meta.get("url"), with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True, date_extraction_params=dates)
    except Exception as error:  # trafilatura raises many kinds on malformed pages, RecursionError included
        yield BadInput(source, None, f"could not parse HTML: {type(error).__name__}: {error}"[:300])
        return
    text = (getattr(doc, "text", None) or "").strip() if doc else ""
    if not text or not has_words(text):
        depth = html_depth(html)
        why = (f" (tags nested {depth:,} levels deep: the HTML parser stops at {HTML_MAX_DEPTH})"
               if depth > HTML_MAX_DEPTH else " (only scripts, styles, navigation or markup)")
        yield BadInput(source, None, "no article text found in the HTML page" + why)
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
            meta[key] = clean_field(value)
    yield Article(text=clean_field(text), source=source, format="html", **meta)


def lines_of(f: IO[bytes], name: str) -> Iterator[tuple[int, str | None, int, BadInput | None]]:
    """(line number, text or None if too long to read, size, problem) for each line of a file.

    The encoding is chosen from the start of the file (a UTF-16 byte-order mark, or NUL bytes at
    every other position), else each line is decoded on its own (UTF-8, else Windows-1252).
    A line longer than MAX_ARTICLE_BYTES is skipped in chunks, never held in memory.
    """
    head = f.peek(64)[:64] if hasattr(f, "peek") else b""
    for magic, what in MAGIC.items():
        if head.startswith(magic):
            raise BadInput(name, None, f"binary file ({what}), not text")
    utf16 = utf16_encoding(head)
    if utf16:
        text_file = io.TextIOWrapper(f, encoding=utf16, errors="strict", newline="")
        number = 0
        while True:
            try:
                line = text_file.readline(MAX_ARTICLE_BYTES // 2 + 1)
            except UnicodeDecodeError as error:
                raise BadInput(name, number + 1, f"invalid UTF-16: {error.reason}") from None
            if not line:
                return
            number += 1
            if len(line) > MAX_ARTICLE_BYTES // 2 and not line.endswith("\n"):
                size = len(line)
                while line and not line.endswith("\n"):
                    line = text_file.readline(1 << 20)
                    size += len(line)
                yield number, None, size * 2, None
                continue
            yield number, line.lstrip("\ufeff") if number == 1 else line, len(line) * 2, None
        return
    number = 0
    while True:
        raw = f.readline(MAX_ARTICLE_BYTES + 1)
        if not raw:
            return
        number += 1
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
            size = len(raw)
            del raw
            while True:
                chunk = f.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield number, None, size, None
            continue
        try:
            text, problem = decode_text(raw, name, number, sniff=False)
        except BadInput as error:
            yield number, None, len(raw), error
            continue
        yield number, text, len(raw), problem


def read_jsonl(path: Path) -> Iterator[Article | BadInput]:
    """One article per line: {"text": ..., "id", "title", "url", "outlet", "author", "published"}.

    A .json file holding one array of such objects is read too.
    """
    name = printable(path)
    try:
        f = open(path, "rb")
    except OSError as error:
        yield BadInput(name, None, error.strerror or str(error))
        return
    with f:
        start = f.peek(4096)[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        if path.suffix.lower() == ".json" and start.startswith(b"["):
            yield from read_json_array(f, path)
            return
        rows = 0
        try:
            for number, line, size, problem in lines_of(f, name):
                if problem:
                    yield problem
                if line is None:
                    if not problem:
                        yield BadInput(name, number, f"line of {size:,} bytes is too large for one article "
                                                     f"(limit {MAX_ARTICLE_BYTES:,})")
                    continue
                if not line.strip():
                    continue
                rows += 1
                try:
                    row = json.loads(line)
                except RecursionError:
                    yield BadInput(name, number, "not valid JSON: nested too deeply")
                    continue
                except ValueError as error:
                    yield BadInput(name, number, f"not valid JSON: {error}"[:300])
                    continue
                yield from article_from_row(row, name, number, f"{name}:{number}")
        except BadInput as error:
            yield error
            return
        except OSError as error:
            yield BadInput(name, None, error.strerror or str(error))
            return
    if not rows:
        yield BadInput(name, None, "empty: no JSON lines to read")


def read_json_array(f: IO[bytes], path: Path) -> Iterator[Article | BadInput]:
    """A .json file of one array of article objects (within the size limit of one article x 5)."""
    name = printable(path)
    data = f.read(MAX_ARTICLE_BYTES * 5 + 1)
    if len(data) > MAX_ARTICLE_BYTES * 5:
        yield BadInput(name, None, f"a JSON array file over {MAX_ARTICLE_BYTES * 5:,} bytes: write it as JSONL "
                                   "(one article per line) instead")
        return
    try:
        text, problem = decode_text(data, name)
        rows = json.loads(text)
    except BadInput as error:
        yield error
        return
    except RecursionError:
        yield BadInput(name, None, "not valid JSON: nested too deeply")
        return
    except ValueError as error:
        line = getattr(error, "lineno", None)
        yield BadInput(name, line, f"not valid JSON: {error}"[:300])
        return
    if problem:
        yield problem
    if not rows:
        yield BadInput(name, None, "empty: the JSON array has no articles")
    for index, row in enumerate(rows, 1):
        yield from article_from_row(row, name, None, f"{name}#{index}", where=f"item {index}")


def read_csv(path: Path) -> Iterator[Article | BadInput]:
    """One article per row, with a `text` column and optional metadata columns.

    The file is streamed: rows are read as they come, with quoted newlines kept inside fields.
    A row that breaks the CSV format stops the file there, with its line named.
    """
    name = printable(path)
    csv.field_size_limit(MAX_ARTICLE_BYTES)
    warnings: list[BadInput] = []
    too_long: list[tuple[int, int]] = []
    last = 0  # number of the last physical line handed to the CSV parser

    def text_lines(f) -> Iterator[str]:
        nonlocal last
        for number, line, size, problem in lines_of(f, name):
            if problem:
                warnings.append(problem)
            if line is None:
                if not problem:
                    too_long.append((number, size))
                    return  # a CSV cannot be resynchronised after a dropped line
                continue
            last = number
            yield line

    try:
        f = open(path, "rb")
    except OSError as error:
        yield BadInput(name, None, error.strerror or str(error))
        return
    rows = 0
    with f:
        lines = text_lines(f)
        start = 1
        try:
            first = next(lines, None)
            while first is not None and not first.strip():
                first = next(lines, None)
            yield from warnings
            warnings.clear()
            if first is None:
                if too_long:
                    number, size = too_long.pop()
                    yield BadInput(name, number, f"line of {size:,} bytes is too large (limit {MAX_ARTICLE_BYTES:,})")
                else:
                    yield BadInput(name, None, "empty: no CSV header or rows")
                return
            header_line = last
            dialect = csv_dialect(first)
            header = next(csv.reader([first], dialect, strict=True), [])
            columns = [c.strip().lower() for c in header]
            if "text" not in columns:
                shown = ", ".join(repr(c) for c in header[:20])
                yield BadInput(name, header_line, f"CSV has no 'text' column (columns: {shown})"[:500])
                return
            reader = csv.reader(lines, dialect, strict=True)
            while True:
                start = last + 1
                values = next(reader, None)
                yield from warnings
                warnings.clear()
                if values is None:
                    break
                if not any(v.strip() for v in values):
                    continue
                rows += 1
                row = dict(zip(columns, values))
                yield from article_from_row(row, name, start, f"{name}:{start}")
        except csv.Error as error:
            yield from warnings
            if too_long:  # the parser ran out of lines inside a quoted field because one was dropped
                number, size = too_long.pop()
                yield BadInput(name, number, f"line of {size:,} bytes is too large (limit {MAX_ARTICLE_BYTES:,}); "
                                             "rows from here on are not read")
                return
            yield BadInput(name, start, f"malformed CSV in the row starting here: {error} "
                                        "(rows from here on are not read)")
            return
        except BadInput as error:
            yield error
            return
        except OSError as error:
            yield BadInput(name, None, error.strerror or str(error))
            return
    for number, size in too_long:
        yield BadInput(name, number, f"line of {size:,} bytes is too large (limit {MAX_ARTICLE_BYTES:,}); "
                                     "rows from here on are not read")
    if not rows and not too_long:
        yield BadInput(name, None, "no rows: the CSV has a header but no articles")


def csv_dialect(header: str):
    """Comma-separated, unless the header only makes sense split on ';', tab or '|' (spreadsheet exports)."""
    if "text" in [c.strip().lower() for c in next(csv.reader([header]), [])]:
        return csv.excel
    for delimiter in (";", "\t", "|"):
        if "text" in [c.strip().strip('"').lower() for c in header.split(delimiter)]:
            class Dialect(csv.excel):
                pass
            Dialect.delimiter = delimiter
            return Dialect
    return csv.excel


_SURROGATE = re.compile("[\ud800-\udfff]")
# A character reference with its semicolon: "&#233;", "&#xE9;", "&eacute;", "&quot;". Without the
# semicolon it is left alone: "AT&T", "R&D" and "&para" inside a word are text, not references.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(value: str) -> str:
    """`value` with its HTML character references decoded ("communiqu&#233;" -> "communiqué").

    Exports of news sites (JSONL, CSV, feeds) often carry the HTML escapes of the page into
    their text fields; left as they are, readers see "&#233;" in quotes and searches for
    "communiqué" miss them. Decoded once at reading, so the offsets of quotes and figures index
    the text as stored. An unknown name ("&foo;") stays as written.
    """
    if "&" not in value:
        return value
    return _ENTITY.sub(lambda m: unescape_html(m.group(0)), value)


def clean_field(value) -> str:
    """A string fit for SQLite and the web: HTML character references decoded, lone surrogates
    (from JSON escapes) and NUL removed."""
    value = decode_entities(str(value))
    # A regular expression, not a scan in Python: this runs on every article's text in the one
    # process that reads, links and writes for all the workers.
    if not value.isascii() and _SURROGATE.search(value):
        value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value.replace("\x00", "")


def article_from_row(row, name: str, number: int | None, source: str, where: str | None = None
                     ) -> Iterator[Article | BadInput]:
    def bad(message: str) -> BadInput:
        return BadInput(name, number, f"{where}: {message}" if where else message)

    if not isinstance(row, dict):
        yield bad("expected an object with a 'text' field")
        return
    text = row.get("text")
    if text is None or text == "":
        yield bad("no 'text' in this row")
        return
    if not isinstance(text, str):
        yield bad(f"'text' is a {type(text).__name__}, not a string")
        return
    text = clean_field(text)
    if not text.strip() or not has_words(text):
        yield bad("no text to read in this row ('text' is blank)")
        return
    meta = {k: clean_field(row[k]) for k in ARTICLE_FIELDS
            if row.get(k) not in (None, "") and isinstance(row.get(k), (str, int, float))}
    looks_html = text.lstrip()[:1] == "<" and "</" in text[:5000]
    if looks_html:
        for item in article_from_html(text, source, **meta):
            if isinstance(item, BadInput):
                item = bad(item.message)
            yield item
    else:
        yield Article(text=text, source=source, **meta)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s) (urllib alone would follow one to ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not newurl.lower().startswith(("http://", "https://")):
            raise urllib.error.HTTPError(newurl, code, f"redirect to a non-http(s) URL: {newurl[:100]}",
                                         headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def url_limits() -> tuple[float, int]:
    """(seconds, bytes) a fetch may take; CLAIMS_URL_TIMEOUT and CLAIMS_URL_MAX_BYTES override them."""
    try:
        seconds = float(os.environ.get("CLAIMS_URL_TIMEOUT", URL_TIMEOUT))
    except ValueError:
        seconds = URL_TIMEOUT
    try:
        size = int(os.environ.get("CLAIMS_URL_MAX_BYTES", MAX_URL_BYTES))
    except ValueError:
        size = MAX_URL_BYTES
    return seconds, size


def _fetch(url: str, seconds: float, limit: int, stop: threading.Event, result: dict) -> None:
    """Fetch in a worker thread: result gets 'body', 'type' and 'url', or 'error'."""
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    opener.handlers = [h for h in opener.handlers if not isinstance(h, (urllib.request.FTPHandler,
                                                                         urllib.request.FileHandler,
                                                                         urllib.request.DataHandler))]
    request = urllib.request.Request(url, headers={"User-Agent": "claims (+news quote extraction)"})
    try:
        with opener.open(request, timeout=max(0.1, seconds)) as response:
            final = response.geturl()
            if not final.lower().startswith(("http://", "https://")):
                result["error"] = "redirected away from http(s)"
                return
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                result["error"] = f"page of {int(declared):,} bytes is larger than the limit ({limit:,} bytes)"
                return
            chunks, size = [], 0
            while not stop.is_set():
                chunk = response.read1(64 * 1024)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:
                    result["error"] = f"page larger than the limit ({limit:,} bytes)"
                    return
            result.update(body=b"".join(chunks), type=response.headers.get("Content-Type", ""), url=final)
    except TimeoutError:
        result["error"] = f"timed out: no answer within {seconds:g} seconds"
    except Exception as error:
        result["error"] = f"could not fetch: {error}"[:300]


def read_url(url: str) -> Iterator[Article | BadInput]:
    """Fetch one http(s) page, with a deadline for the whole fetch and a size limit. An RSS or Atom
    feed or a sitemap gives the articles of the pages it lists (claims.feeds).

    The fetch runs in a daemon thread the reader waits for at most the deadline, so neither a
    silent server nor one trickling a byte a second can hold up a batch.
    """
    seconds, limit = url_limits()
    stop, result = threading.Event(), {}
    worker = threading.Thread(target=_fetch, args=(url, seconds, limit, stop, result), daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        stop.set()
        yield BadInput(url, None, f"timed out: the page took more than {seconds:g} seconds")
        return
    if "error" in result:
        yield BadInput(url, None, result["error"])
        return
    from . import feeds  # it reads pages with this module's readers

    if feeds.is_feed(result["body"]):
        yield from feeds.read_feed(feeds.parse(result["body"], result["url"], result["type"]))
        return
    try:
        text, problem = decode_text(result["body"], url)
    except BadInput as error:
        yield error
        return
    if problem:
        yield problem
    if "html" in result["type"] or text.lstrip()[:1] == "<":
        yield from article_from_html(text, url, url=url)
    else:
        yield from article_from_text(text, url, url=url)


def utf16_encoding(head: bytes) -> str | None:
    """'utf-16' for a UTF-16 byte-order mark, 'utf-16-le'/'-be' for BOM-less UTF-16 of mostly ASCII text."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    pairs = len(head) // 2
    if pairs >= 4:
        odd_nul = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0 and head[i - 1] != 0)
        even_nul = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0 and head[i + 1] != 0)
        if odd_nul >= pairs * 0.9:
            return "utf-16-le"
        if even_nul >= pairs * 0.9:
            return "utf-16-be"
    return None


def decode_text(data: bytes, source: str, line: int | None = None, sniff: bool = True
                ) -> tuple[str, BadInput | None]:
    """Bytes to text, and a BadInput describing any repair made (None if none).

    UTF-8 (with or without BOM); UTF-16 with a BOM or detectably without one; UTF-8 with a few
    damaged bytes (replaced by U+FFFD, and reported); else Windows-1252, which reads Latin-1 too.
    Binary files raise a BadInput naming what they look like.
    """
    if sniff:
        for magic, what in MAGIC.items():
            if data.startswith(magic):
                raise BadInput(source, line, f"binary file ({what}), not text")
        encoding = utf16_encoding(data[:64])
        if encoding:
            try:
                return data.decode(encoding).lstrip("\ufeff").replace("\x00", ""), None
            except UnicodeDecodeError as error:
                raise BadInput(source, line, f"invalid UTF-16: {error.reason} at byte {error.start}") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    sample = data[:8192]
    if sample.count(b"\x00") > 8:
        raise BadInput(source, line, "binary file (contains NUL bytes), not text")
    control = sum(sample.count(bytes([b])) for b in range(32) if b not in (0, 9, 10, 12, 13, 27))
    if control > max(8, len(sample) // 20):
        raise BadInput(source, line, "binary file (control bytes), not text")
    try:
        return data.decode("utf-8").replace("\x00", ""), None
    except UnicodeDecodeError as error:
        first_bad = error.start
    repaired = data.decode("utf-8", "replace")
    damaged = repaired.count("\ufffd")
    valid_multibyte = sum(1 for c in repaired if c > "\x7f" and c != "\ufffd")
    where = (line or 1) + data[:first_bad].count(b"\n")
    if valid_multibyte > damaged:
        # UTF-8 text with a few broken sequences: keep it, say where the damage is.
        problem = BadInput(source, where, f"invalid UTF-8 (byte {first_bad}"
                                          f"{f' and {damaged - 1} more' if damaged > 1 else ''}): "
                                          "read as UTF-8 with U+FFFD in place of the damaged bytes")
        return repaired.replace("\x00", ""), problem
    # Legacy single-byte text is common in newsroom exports; cp1252 decodes Latin-1 text too.
    # Bytes that neither encoding accepts mean the file is not text.
    try:
        return data.decode("cp1252").replace("\x00", ""), None
    except UnicodeDecodeError as error:
        where = (line or 1) + data[:error.start].count(b"\n")
        raise BadInput(source, where, f"not valid UTF-8 or Windows-1252 text (byte 0x{data[error.start]:02x} "
                                      f"at offset {error.start})") from None


def decode(data: bytes, source: str, line: int | None = None) -> str:
    """Bytes to text (see decode_text); binary input raises BadInput, repairs are silent."""
    return decode_text(data, source, line)[0]
