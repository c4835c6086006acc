"""The flow of DESIGN.md for a corpus: read, extract in batches (here, in processes or on Dask), link, store.

Reading stays in this process and streams; batches of articles go to `claims.batch.extract_batch`
wherever it runs; results come back in input order, whichever worker finished first, so the
database comes out the same with one process, N processes or a cluster. Each batch is written in one
transaction (claims.store.writer, with claims.link's speaker linking: `SpeakerLinking`): an article
is stored whole or not at all, and a re-run after a crash skips what was stored and ends where an
uninterrupted run would. A single article goes the same way, as a batch of one (`save_article`).
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .batch import Batch, article_rows, articles_frame, extract_article, extract_batch, iso_date  # noqa: F401 (API)
from .errors import BadInput, ClaimsError
from .extract.records import Extraction, Speaker
from .link import ArticleSpeakers, LinkCache, Linked, SpeakerIndex, link_article, settle_mentions
from .sources import Article, read
from .store.writer import Written, write_batch, write_rows

# Articles per batch: large enough that a task's overhead (pickling, a transaction) is small beside
# the extraction, small enough that a crash loses little and memory stays flat. Fixed, not derived
# from the number of workers, so every way of running writes the same batches in the same order.
BATCH_SIZE = 100
# How much lower than the parent pool workers run (see start_worker).
WORKER_NICENESS = 5


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
    reapplied: int = 0  # quotes given back the speaker a fact-checker picked, after their article was replaced
    repeats: int = 0  # claims and quotes of the stored articles that repeat a judged one (claims.repeats)
    stored: list[int] = field(default_factory=list)  # ids of the articles written (new or replaced)
    errors: list[BadInput] = field(default_factory=list)
    seconds: float = 0.0
    parquet: str | None = None

    def line(self) -> str:
        if self.parquet:
            return (f"{self.articles} articles, {self.quotes} quotes, {self.claims} claims written to "
                    f"{self.parquet}, {len(self.errors)} errors in {self.seconds:.1f}s")
        kept = f", {self.reapplied} quotes kept their reviewed speaker" if self.reapplied else ""
        return (f"{self.articles} articles ({self.new} new, {self.replaced} replaced, {self.unchanged} unchanged), "
                f"{self.quotes} quotes, {self.claims} claims, {self.speakers} new speakers{kept}, "
                f"{self.repeats} repeats of checked claims, {len(self.errors)} errors in {self.seconds:.1f}s")


def batches(items: Iterable[Article | BadInput], size: int, summary: Summary,
            on_article: Callable[[Article | BadInput], None] | None) -> Iterator[list[Article]]:
    """Group the readable articles into lists of `size`, recording the unreadable ones as errors."""
    pending: list[Article] = []
    for item in items:
        if on_article:
            on_article(item)
        if isinstance(item, BadInput):
            summary.errors.append(item)
            continue
        pending.append(item)
        if len(pending) == size:
            yield pending
            pending = []
    if pending:
        yield pending


def start_worker(parent: int) -> None:
    """In a pool worker: yield the CPU to the parent, and exit as soon as the parent is gone.

    The parent links and writes every batch, the one serial step: with as many workers as cores,
    a worker that took the parent's turn would leave every other core waiting for it. Forked
    workers hold copies of the task pipe's write end, so they would never see it close when the
    parent is killed with -9, and would wait forever for work.
    """
    _lower_priority()
    exit_with_parent(parent)


def _lower_priority() -> None:
    try:
        os.nice(WORKER_NICENESS)
    except OSError:
        pass


def exit_with_parent(parent: int) -> None:
    """Exit this process as soon as the process `parent` is gone."""
    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


class Runner:
    """Runs extract_batch on batches in order: in-process, in a process pool or on a Dask cluster.

    At most `ahead` batches are in flight, so memory does not grow with the corpus.
    """

    def __init__(self, workers: int = 1, dask: str | None = None):
        self.workers = max(1, workers)
        self.dask = dask
        self.pool = self.client = self.cluster = None
        if dask:
            self._start_dask(dask)
        elif self.workers > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # fork: workers start at once and share the parent's imported modules.
            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                            initializer=start_worker, initargs=(os.getpid(),))
        self.ahead = 2 * self.workers

    def _start_dask(self, address: str) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClaimsError("--dask needs Dask: pip install 'claims[dask]'") from None
        if address == "local":
            import dask

            # One single-threaded process per worker: extraction is pure Python and holds the GIL.
            # Dask's statistical profiler walks each worker's stack every 10 ms: about a tenth more
            # CPU on deep pure-Python extraction. The workers read this config when they start.
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
            self.client = Client(self.cluster)
            # As for the process pool: the writing parent first (see start_worker).
            self.client.run(_lower_priority)
        else:
            try:
                self.client = Client(address, timeout="30s")
            except (OSError, TimeoutError) as error:
                raise ClaimsError(f"cannot reach the Dask scheduler at {address}: {error}") from None
            self.workers = max(1, sum(self.client.nthreads().values()))

    def map(self, fn, chunks: Iterable[list[Article]], **kwargs) -> Iterator[tuple[list[Article], Batch]]:
        """(articles, fn(articles frame)) for every chunk, in the order of the chunks."""
        if not (self.pool or self.client):
            for chunk in chunks:
                yield chunk, fn(articles_frame(chunk), **kwargs)
            return
        submit = self.client.submit if self.client else self.pool.submit
        extra = {"pure": False} if self.client else {}
        inflight: deque = deque()
        for chunk in chunks:
            inflight.append((chunk, submit(fn, articles_frame(chunk), **kwargs, **extra)))
            if len(inflight) >= self.ahead:
                chunk, future = inflight.popleft()
                yield chunk, future.result()
        while inflight:
            chunk, future = inflight.popleft()
            yield chunk, future.result()

    def close(self) -> None:
        if self.pool:
            self.pool.shutdown(cancel_futures=True)
        if self.client:
            self.client.close()
        if self.cluster:
            self.cluster.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def ingest(targets: Iterable[str], db: str | None, *, published: str | None = None, outlet: str | None = None,
           on_article: Callable[[Article | BadInput], None] | None = None, workers: int = 1,
           dask: str | None = None, parquet: str | None = None, batch_size: int = BATCH_SIZE) -> Summary:
    """Read every article of `targets` into the database at `db`, one transaction per batch.

    `workers` processes (or the Dask scheduler at `dask`, 'local' for a LocalCluster) extract;
    this process reads, links speakers and writes. With `parquet`, the extracted tables go to
    that Parquet dataset instead of the database (load it later with claims.parquet.load).
    """
    from .parquet import write_parquet
    from .relink import stamp_if_empty
    from .store import connect

    started = time.perf_counter()
    summary = Summary(parquet=parquet)
    engine = None
    cache = LinkCache()
    if not parquet:
        engine = connect(db)
        stamp_if_empty(engine)  # filled from empty, it is all under the current rules
    chunks = batches(read(targets), batch_size, summary, on_article)
    try:
        with Runner(workers, dask) as runner:
            for chunk, batch in runner.map(extract_batch, chunks, published=published, outlet=outlet):
                summary.errors += [BadInput(e["source"], None, e["message"]) for e in batch.errors.to_dict("records")]
                if parquet:
                    write_parquet(batch, parquet)
                    summary.articles += len(batch)
                    summary.quotes += len(batch.quotes)
                    summary.claims += len(batch.claims)
                    continue
                with engine.begin() as conn:
                    written = store_batch(conn, batch, cache)
                summary.articles += len(batch)
                summary.new += written.new
                summary.replaced += written.replaced
                summary.unchanged += written.unchanged
                summary.quotes += written.quotes
                summary.claims += written.claims
                summary.speakers += written.new_speakers
                summary.stored += [article_id for status, article_id in written.articles if status != "unchanged"]
        if engine is not None:
            settle(engine, cache, summary)
    finally:
        if engine is not None:
            engine.dispose()
    summary.seconds = time.perf_counter() - started
    return summary


def settle(engine, cache, summary: Summary) -> None:
    """What ingest does once every batch is stored: surname mentions judged again against everything
    this run stored, so that what they link to does not depend on the order the articles came in
    (claims.link.mentions); the review queue's decisions put back on a replaced article's new quote
    rows; the speakers' last dates the triggers could only mark stale read again (claims.store.stats);
    the stored claims and quotes that repeat a judged one found (claims.store.repeats)."""
    from .link import settle_touched
    from .link.assign import reapply
    from .store import repeats, stats

    with engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()
        try:
            if cache.touched or cache.tentative:
                settle_touched(cur, cache)
            if summary.replaced:
                summary.reapplied = reapply(conn).quotes
            stats.refresh(cur)
            summary.repeats = repeats.find_in_articles(cur, summary.stored)
        finally:
            cur.close()


class SpeakerLinking:
    """claims.link's speaker linking, as the writer (claims.store.writer.Linking) asks for it.

    One SpeakerIndex per batch: its lookups are cached and its new speakers written together. A
    LinkCache, when given, serves every batch of an ingest (the same speakers are not read again
    for each batch); it forgets what a write changes.
    """

    def __init__(self, cache: LinkCache | None = None):
        self.cache = cache
        self.index: SpeakerIndex | None = None

    def replacing(self) -> None:
        if self.cache is not None:
            self.cache.clear()

    def link(self, cur, articles: dict[str, dict], mentions: list[dict], quotes: list[dict],
             claims: list[dict]) -> dict[str, Linked]:
        self.index = SpeakerIndex(cur, self.cache)
        linked = {key: link_article(self.index, article)
                  for key, article in _to_link(articles, mentions, quotes, claims).items()}
        self.index.flush()
        return linked

    def stored(self, pending: list[tuple[int, str]], speaker_ids: list[int | None]) -> None:
        if self.cache is not None:
            self.cache.forget_speakers(speaker_ids)
        settle_mentions(self.index, pending, speaker_ids)
        self.index = None  # it holds the writer's cursor


def _to_link(articles: dict[str, dict], mentions: list[dict], quotes: list[dict],
             claims: list[dict]) -> dict[str, ArticleSpeakers]:
    """What linking needs of each article to store (content hash -> row), in the order of `articles`."""
    found = {key: ArticleSpeakers(a["outlet"], a["published"], speakers=[]) for key, a in articles.items()}
    by_n = lambda row: row["n"]  # noqa: E731
    for m in sorted(mentions, key=by_n):
        if m["content_hash"] in found:
            found[m["content_hash"]].speakers.append(Speaker(name=m["name"], kind=m["kind"] or "person", role=m["role"],
                                                            aliases=list(m["aliases"] or [])))
    for row in sorted(quotes, key=by_n):
        found[row["content_hash"]].quotes.append((row["speaker"], row["speaker_text"], row["role"]))
    for row in sorted(claims, key=by_n):
        found[row["content_hash"]].claims.append(row["claimant"])
    return found


def store_batch(conn, batch: Batch, cache: LinkCache | None = None, **options) -> Written:
    """Link a batch's speakers (claims.link) and store it (claims.store.writer.write_batch), inside
    the caller's transaction; `options` are write_batch's (ingested_at, on_status)."""
    return write_batch(conn, batch, SpeakerLinking(cache), **options)


@dataclass
class Saved:
    """What saving one article did."""

    status: str  # new | replaced | unchanged
    article_id: int
    quotes: int = 0
    claims: int = 0
    new_speakers: int = 0
    quote_ids: list[int] = field(default_factory=list)  # the stored quotes' ids, in the extraction's order


def save_article(conn, source: Article, extraction: Extraction, cache: LinkCache | None = None) -> Saved:
    """Link one article's speakers and store it, inside the caller's transaction: the writer of
    `claims ingest` with a batch of one, so the same rules (a reviewed quote's or claim's verdict
    follows it when a corrected version replaces the article).

    Speakers are looked up in the database of `conn`, through `cache` (a claims.link.LinkCache)
    when one serves a sequence of transactions. Example::

        with engine.begin() as conn:
            save_article(conn, article, claims.extract(article.text))
    """
    written = write_rows(conn, article_rows(source, extraction), SpeakerLinking(cache))
    [(status, article_id)] = written.articles
    first = written.first_ids["quotes"]
    return Saved(status, article_id, written.quotes, written.claims, written.new_speakers,
                 list(range(first, first + written.quotes)))


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
