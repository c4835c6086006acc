"""`claims watch`: follow feeds and sitemaps, poll after poll, each article they list stored once.

A poll asks every feed again with the validators of its last answer (ETag, Last-Modified), so an
unchanged feed costs a 304 and nothing else. From a changed feed it takes the items not read before
(by link: an article listed by two feeds, or by one feed poll after poll, is read once) and those
the feed dates newer than the version read (a correction, which replaces the old version as
`claims ingest` does). Their pages are fetched one host after another in turn, a few at once from
different hosts (claims.fetch asks a host one request at a time, and waits between two), while each
article is extracted and stored, in order, in a transaction of its own with its row of `feed_items`. A feed's validators are stored only once every item of it is stored
or given up on, so a watch stopped or killed halfway asks that feed again in full, and skips what it
already stored; an item that fails keeps its feed asked in full, and is tried again, at the next
polls, MAX_ATTEMPTS times in all. A feed that fails is reported and asked again at the next poll;
the others go on. `stop` (an Event the caller sets on SIGTERM or Ctrl-C) is looked at between
articles; pages fetched ahead of it are dropped, to be fetched again by the next watch.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict, deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .errors import BadInput, ClaimsError, FetchError
from .feeds import Feed, Item, item_articles, parse
from .fetch import Fetcher, host_of
from .sources import Article
from .timestamps import now

MAX_ATTEMPTS = 3  # reads of one version of an item before it is given up on
FETCHERS = 4  # pages fetched at once (from different hosts: claims.fetch asks a host one request at a time)
EVERY = 15 * 60.0  # seconds between the starts of two polls


@dataclass
class Source:
    """A feed to follow, with the outlet its articles are from when the feed list names one."""

    url: str
    outlet: str | None = None


@dataclass
class Poll:
    """What one poll did, for its closing line."""

    number: int = 0
    feeds: int = 0
    unchanged_feeds: int = 0
    failed_feeds: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    quotes: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)
    stored: list[int] = field(default_factory=list)  # ids of the articles written (new or replaced)
    repeats: int = 0  # their claims and quotes that repeat a judged one (claims.repeats)
    requests: int = 0
    not_modified: int = 0
    seconds: float = 0.0
    stopped: bool = False

    @property
    def articles(self) -> int:
        return self.new + self.replaced + self.unchanged

    def line(self) -> str:
        stopped = " (stopped)" if self.stopped else ""
        return (f"poll {self.number}{stopped}: {self.feeds} feeds ({self.unchanged_feeds} unchanged, "
                f"{self.failed_feeds} failed), {self.articles} articles ({self.new} new, {self.replaced} replaced, "
                f"{self.unchanged} unchanged), {self.quotes} quotes, {self.claims} claims, "
                f"{self.repeats} repeats of checked claims, {len(self.errors)} errors, {self.requests} requests ({self.not_modified} not modified) "
                f"in {self.seconds:.1f}s")


@dataclass
class _Doc:
    """A feed or sitemap fetched in this poll: the validators to store once its items are done."""

    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    pending: int = 0
    keep_asking: bool = False  # an item failed and will be tried again: ask for the whole feed


def read_feed_list(path: str | Path) -> list[Source]:
    """The feeds of a file: one URL a line, optionally followed by the outlet's name; blank lines
    and lines starting with # are skipped."""
    sources = []
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ClaimsError(f"cannot read the feed list {path}: {error}") from None
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url, _, outlet = line.partition(" ")
        if not url.lower().startswith(("http://", "https://")):
            raise BadInput(str(path), number, f"not an http(s) URL: {url[:100]}")
        sources.append(Source(url, outlet.strip() or None))
    return sources


def seconds_of(value: str) -> float:
    """Seconds of an interval written '90s', '15m', '1h' or '1d' (a bare number is seconds)."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value or "")
    if not found:
        raise ClaimsError(f"{value!r} is not an interval (use 90s, 15m, 1h or 1d)")
    seconds = float(found.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[found.group(2)]
    if seconds < 1:
        raise ClaimsError(f"{value!r} is too short: poll at most once a second")
    return seconds


class Watcher:
    """Polls `sources` into the database of `engine`; `fetch` are claims.fetch.Fetcher's options.

    `on_event(kind, message)` hears of each article stored ("new", "replaced", "unchanged") and each
    problem ("error"), as they happen."""

    def __init__(self, engine, sources: list[Source], on_event: Callable[[str, str], None] | None = None,
                 stop: threading.Event | None = None, **fetch):
        self.engine, self.sources, self.fetch = engine, list(sources), fetch
        self.on_event = on_event or (lambda kind, message: None)
        self.stop = stop or threading.Event()
        self.cache = None
        self.polls = 0

    def poll(self) -> Poll:
        """One round: every feed asked, every new item read and stored (or the stop asked for)."""
        from .link import LinkCache

        started = time.perf_counter()
        self.cache = LinkCache()  # a poll is an ingest: what it links is settled at its end
        self.polls += 1
        result = Poll(number=self.polls)
        fetcher = Fetcher(**self.fetch)
        docs: dict[str, _Doc] = {}
        queue: OrderedDict[str, tuple[Item, _Doc, Source]] = OrderedDict()
        try:
            for source in self.sources:
                if self.stop.is_set():
                    break
                self._ask(fetcher, source, source.url, docs, queue, result)
            self._read_all(fetcher, queue, result)
            result.stopped = self.stop.is_set()
            self._keep_validators([d for d in docs.values() if d.pending == 0 and not d.keep_asking])
            if result.new or result.replaced:
                self._settle(result)
        finally:
            fetcher.close()
        result.requests, result.not_modified = fetcher.requests, fetcher.not_modified
        result.seconds = time.perf_counter() - started
        return result

    def _ask(self, fetcher: Fetcher, source: Source, url: str, docs: dict, queue: OrderedDict, result: Poll,
             depth: int = 0) -> None:
        """Ask one feed (or a sitemap an index lists) conditionally; queue the items to read."""
        state = self._state(url)
        result.feeds += depth == 0
        try:
            response = fetcher.get(url, state.get("etag"), state.get("last_modified"))
        except FetchError as error:
            self._feed_failed(url, error.message, result, depth)
            return
        if response.status == 304:
            result.unchanged_feeds += depth == 0
            self._feed_status(url, "unchanged")
            return
        feed = parse(response.body, url, response.content_type)
        if feed is None:
            self._feed_failed(url, "not an RSS or Atom feed or a sitemap (a web page?)", result, depth)
            return
        index = feed.kind == "sitemap index"  # always asked in full: its sitemaps are asked conditionally
        doc = _Doc(url, feed.title, None if index or feed.problem else response.etag,
                   None if index or feed.problem else response.last_modified)
        docs[url] = doc
        self._feed_status(url, "changed", title=feed.title)
        if feed.problem:
            self._error(result, f"{url}: {feed.problem}" + (f"; {len(feed.items)} items read" if feed.items else ""))
        for child in feed.sitemaps if depth == 0 else ():
            self._ask(fetcher, source, child, docs, queue, result, depth + 1)
        self._queue(feed, doc, source, queue, result)

    def _queue(self, feed: Feed, doc: _Doc, source: Source, queue: OrderedDict, result: Poll) -> None:
        """Queue the items of `feed` not read before, or dated newer than the version read."""
        links = [item.link for item in feed.items if item.link]
        known = self._known(links)
        for item in feed.items:
            if not item.link:
                self._error(result, f"{feed.url}: an item has no link ({item.title or 'no title either'})")
                continue
            seen = known.get(item.link)
            if item.link in queue or (seen and seen["version"] == item.version
                                      and (seen["status"] == "stored" or seen["attempts"] >= MAX_ATTEMPTS)):
                continue
            queue[item.link] = (item, doc, source)
            doc.pending += 1

    def _read_all(self, fetcher: Fetcher, queue: OrderedDict, result: Poll) -> None:
        """Read the queued items one host after another in turn: FETCHERS threads fetch the pages
        ahead while this one extracts and stores them in order; the stop is looked at between two."""
        links = iter(_by_host_in_turn(list(queue)))
        ahead: deque = deque()
        pool = ThreadPoolExecutor(FETCHERS, thread_name_prefix="claims-fetch")
        try:
            while True:
                while len(ahead) < 2 * FETCHERS and (link := next(links, None)):
                    item, doc, source = queue[link]
                    ahead.append((item, doc, pool.submit(list, item_articles(item, fetcher, source.outlet))))
                if not ahead or self.stop.is_set():
                    break
                item, doc, fetched = ahead.popleft()
                self._store(item, doc, fetched.result(), result)
                doc.pending -= 1
        finally:
            pool.shutdown(wait=not self.stop.is_set(), cancel_futures=True)

    def _store(self, item: Item, doc: _Doc, read: list, result: Poll) -> None:
        """Extract and store one item's article, with its feed_items row, in one transaction (or
        record why it could not be read)."""
        from .batch import extract_article
        from .ingest import save_article

        article, problems = None, []
        for found in read:
            if isinstance(found, Article):
                article = found
            else:
                problems.append(found.message)
        if article is not None:
            try:
                extraction = extract_article(article)
            except RecursionError:
                article, problems = None, problems + ["text too deeply nested to extract"]
        for problem in problems:
            self._error(result, f"{item.link}: {problem}")
        if article is None:
            self._item_failed(item, doc, problems[-1] if problems else "no article", result)
            return
        with self.engine.begin() as conn:
            saved = save_article(conn, article, extraction, self.cache)
            self._item_row(conn, item, doc.url, "stored", saved.article_id, None)
        setattr(result, saved.status, getattr(result, saved.status) + 1)
        if saved.status != "unchanged":
            result.stored.append(saved.article_id)
        result.quotes += saved.quotes if saved.status != "unchanged" else 0
        result.claims += saved.claims if saved.status != "unchanged" else 0
        self.on_event(saved.status, f"{item.link}  {article.title or ''}".rstrip())

    def _item_failed(self, item: Item, doc: _Doc, message: str, result: Poll) -> None:
        with self.engine.begin() as conn:
            attempts = self._item_row(conn, item, doc.url, "failed", None, message)
        if attempts < MAX_ATTEMPTS:
            doc.keep_asking = True
        else:
            self._error(result, f"{item.link}: given up after {attempts} tries")

    def _item_row(self, conn, item: Item, feed: str, status: str, article_id: int | None, error: str | None) -> int:
        """Record what reading an item gave; the failed reads of its version so far."""
        at = now()
        conn.exec_driver_sql(
            """INSERT INTO feed_items (url, feed, version, status, attempts, article_id, error, first_seen, checked_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET
                attempts = CASE WHEN excluded.status = 'stored' THEN 0
                                WHEN feed_items.version IS excluded.version THEN feed_items.attempts + 1
                                ELSE 1 END,
                version = excluded.version, status = excluded.status,
                article_id = coalesce(excluded.article_id, feed_items.article_id),
                error = excluded.error, checked_at = excluded.checked_at""",
            (item.link, feed, item.version, status, int(status == "failed"), article_id, error, at, at))
        return conn.exec_driver_sql("SELECT attempts FROM feed_items WHERE url = ?", (item.link,)).scalar()

    def _state(self, url: str) -> dict:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)).first()
        return {"etag": row[0], "last_modified": row[1]} if row else {}

    def _known(self, links: list[str]) -> dict[str, dict]:
        found = {}
        with self.engine.connect() as conn:
            for i in range(0, len(links), 500):
                chunk = links[i:i + 500]
                rows = conn.exec_driver_sql(f"SELECT url, version, status, attempts FROM feed_items WHERE url IN "
                                            f"({','.join('?' * len(chunk))})", tuple(chunk))
                found.update({r[0]: {"version": r[1], "status": r[2], "attempts": r[3]} for r in rows})
        return found

    def _feed_status(self, url: str, status: str, error: str | None = None, title: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.exec_driver_sql(
                """INSERT INTO feeds (url, title, checked_at, status, error, failures) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (url) DO UPDATE SET title = coalesce(excluded.title, feeds.title),
                    checked_at = excluded.checked_at, status = excluded.status, error = excluded.error,
                    failures = CASE WHEN excluded.status = 'error' THEN feeds.failures + 1 ELSE 0 END""",
                (url, title, now(), status, error, int(status == "error")))

    def _feed_failed(self, url: str, message: str, result: Poll, depth: int) -> None:
        result.failed_feeds += depth == 0
        self._feed_status(url, "error", message)
        self._error(result, f"{url}: {message}; asked again at the next poll")

    def _keep_validators(self, docs: list[_Doc]) -> None:
        """Store the validators of the feeds whose items are all read: the next poll asks with them."""
        if not docs:
            return
        with self.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE feeds SET etag = ?, last_modified = ? WHERE url = ?",
                                 [(d.etag, d.last_modified, d.url) for d in docs])

    def _settle(self, result: Poll) -> None:
        from .ingest import Summary, settle

        summary = Summary(new=result.new, replaced=result.replaced, stored=result.stored)
        settle(self.engine, self.cache, summary)
        result.repeats = summary.repeats

    def _error(self, result: Poll, message: str) -> None:
        result.errors.append(message)
        self.on_event("error", message)


def _by_host_in_turn(links: list[str]) -> list[str]:
    """The links, one host after another in turn (the order within a host kept), so that the wait
    between two requests to one host is spent on the others."""
    hosts: dict[str, list[str]] = {}
    for link in links:
        hosts.setdefault(host_of(link), []).append(link)
    ordered, lists = [], list(hosts.values())
    for i in range(max((len(x) for x in lists), default=0)):
        ordered += [x[i] for x in lists if i < len(x)]
    return ordered


def watch(sources: list[Source], db: str, every: float = EVERY, once: bool = False,
          on_event: Callable[[str, str], None] | None = None, on_poll: Callable[[Poll], None] | None = None,
          stop: threading.Event | None = None, **fetch) -> Poll | None:
    """Poll `sources` into the database at `db` every `every` seconds (from the start of one poll to
    the start of the next), until `stop` is set; once only with `once`. The last Poll."""
    from .relink import stamp_if_empty
    from .store import connect

    if not sources:
        raise ClaimsError("no feeds to watch")
    stop = stop or threading.Event()
    engine = connect(db)
    stamp_if_empty(engine)
    watcher = Watcher(engine, sources, on_event, stop, **fetch)
    last = None
    try:
        while not stop.is_set():
            started = time.monotonic()
            last = watcher.poll()
            if on_poll:
                on_poll(last)
            if once or stop.wait(max(0.0, every - (time.monotonic() - started))):
                break
    finally:
        engine.dispose()
    return last
