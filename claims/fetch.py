"""Polite HTTP for following feeds: one client that says who it is, asks robots.txt, waits between
requests to the same host, gives up on a slow server, retries with backoff and asks conditionally.

urllib3 does the HTTP, the retries (Retry: backoff, Retry-After) and the redirects; the standard
library's robotparser reads robots.txt. What is ours: the wait per host, the size and time limits
of a whole fetch, and the answer as a `Response` (or a `FetchError` saying why there is none).
"""

from __future__ import annotations

import inspect
import os
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from . import __version__
from .errors import FetchError

USER_AGENT = f"claims/{__version__} (news quote and claim tracker; +https://github.com/claims/claims)"
# Seconds between two requests to the same host, unless robots.txt asks for more (Crawl-delay).
HOST_DELAY = 1.0
TIMEOUT = 20.0  # seconds to connect, and for the whole of an answer
RETRIES = 2  # tries after the first, on a connection error, a timeout, 429 or 5xx
BACKOFF = 0.5  # seconds: waits of 0, 2 x BACKOFF, 4 x BACKOFF ... between tries (urllib3's Retry)
MAX_BYTES = 10 * 1024 * 1024
RETRY_STATUSES = (429, 500, 502, 503, 504)


@dataclass
class Response:
    """What a GET gave: status 200 with a body, or 304 (not modified since the validators sent)."""

    url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


def host_delay() -> float:
    """HOST_DELAY, unless CLAIMS_HOST_DELAY gives another (as CLAIMS_URL_TIMEOUT does for single
    pages): how `claims ingest FEED_URL`, which has no --delay, is told a site allows more."""
    try:
        return max(0.0, float(os.environ.get("CLAIMS_HOST_DELAY", HOST_DELAY)))
    except ValueError:
        return HOST_DELAY


@dataclass
class Fetcher:
    """An HTTP client for many requests to a few hosts; `requests` counts what it sent (robots.txt and
    retries included), `not_modified` the 304 answers. Safe to share between threads: threads ask
    different hosts at once, and one host one request at a time."""

    delay: float = field(default_factory=host_delay)
    timeout: float = TIMEOUT
    retries: int = RETRIES
    backoff: float = BACKOFF
    max_bytes: int = MAX_BYTES
    user_agent: str = USER_AGENT
    requests: int = 0
    not_modified: int = 0
    _robots: dict = field(default_factory=dict, repr=False)
    _last: dict = field(default_factory=dict, repr=False)  # host -> when our last request to it ended
    _hosts: dict = field(default_factory=dict, repr=False)  # host -> the lock held while asking it
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _pool: object = field(default=None, repr=False)

    def __post_init__(self):
        import urllib3

        # A Retry-After of hours would hold every other feed: the urllib3 versions that can cap it do.
        capped = {"retry_after_max": 600} if "retry_after_max" in inspect.signature(urllib3.Retry).parameters else {}
        retry = urllib3.Retry(total=None, connect=self.retries, read=self.retries, status=self.retries, other=0,
                              redirect=5, status_forcelist=RETRY_STATUSES, allowed_methods={"GET"},
                              backoff_factor=self.backoff, backoff_max=60, raise_on_status=False,
                              raise_on_redirect=True, **capped)
        timeout = urllib3.Timeout(connect=self.timeout, read=self.timeout)
        self._pool = urllib3.PoolManager(num_pools=50, retries=retry, timeout=timeout)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url` (conditionally, given the validators of an earlier answer), after robots.txt
        allows it and the host's delay has passed. Raises FetchError when there is no answer to use."""
        if not url.lower().startswith(("http://", "https://")):
            raise FetchError(url, "only http(s) URLs can be fetched")
        if not self.allowed(url):
            raise FetchError(url, "robots.txt does not allow claims to fetch it")
        headers = {"User-Agent": self.user_agent}  # urllib3 sends a request's headers instead of the pool's
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        response = self._get(url, headers)
        if response.status == 304:
            with self._lock:
                self.not_modified += 1
        elif response.status != 200:
            raise FetchError(url, f"HTTP {response.status}" + (f" after {self.retries + 1} tries"
                                                               if response.status in RETRY_STATUSES else ""))
        return response

    def _get(self, url: str, headers: dict) -> Response:
        """One request (retries included) at a time to a host, `delay` after the end of the last."""
        host = host_of(url)
        with self._host_lock(host):
            self._wait_turn(host)
            try:
                return self._request(url, headers)
            finally:
                self._last[host] = time.monotonic()

    def _request(self, url: str, headers: dict) -> Response:
        import urllib3

        started = time.monotonic()
        try:
            raw = self._pool.request("GET", url, headers=headers, preload_content=False)
        except urllib3.exceptions.MaxRetryError as error:
            with self._lock:
                self.requests += self.retries + 1
            raise FetchError(url, f"no answer after {self.retries + 1} tries: {_reason(error.reason)}") from None
        except urllib3.exceptions.HTTPError as error:
            with self._lock:
                self.requests += 1
            raise FetchError(url, f"could not fetch: {_reason(error)}") from None
        with self._lock:
            self.requests += 1 + len(raw.retries.history if raw.retries else ())
        try:
            body = self._read(url, raw, started) if raw.status == 200 else b""
            raw.drain_conn()  # an error page's body, not to be read as the next answer on this connection
        except FetchError:
            raw.close()  # what is left of an answer given up on: the connection is not used again
            raise
        finally:
            raw.release_conn()
        final = raw.geturl() or url
        if final and not final.lower().startswith(("http://", "https://")):
            final = url
        return Response(url=final, status=raw.status, body=body, content_type=raw.headers.get("Content-Type", ""),
                        etag=raw.headers.get("ETag"), last_modified=raw.headers.get("Last-Modified"))

    def _read(self, url: str, raw, started: float) -> bytes:
        """The body, within the size limit and the deadline for the whole answer (a server trickling
        a byte at a time cannot hold the watch longer than `timeout`)."""
        import urllib3

        declared = raw.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, f"{int(declared):,} bytes is larger than the limit ({self.max_bytes:,} bytes)")
        chunks, size = [], 0
        try:
            for chunk in raw.stream(64 * 1024):
                chunks.append(chunk)
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(url, f"larger than the limit ({self.max_bytes:,} bytes)")
                if time.monotonic() - started > self.timeout:
                    raise FetchError(url, f"timed out: the answer took more than {self.timeout:g} seconds")
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(url, f"the answer broke off: {_reason(error)}") from None
        return b"".join(chunks)

    def _host_lock(self, host: str) -> threading.RLock:
        with self._lock:
            return self._hosts.setdefault(host, threading.RLock())

    def _wait_turn(self, host: str) -> None:
        """Sleep until the host's delay since the end of our last request to it has passed."""
        wait = self._last.get(host, -1e9) + max(self.delay, self._robots_delay(host)) - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def _robots_delay(self, host: str) -> float:
        robots = self._robots.get(host)
        delay = robots.crawl_delay(self.user_agent) if robots else None
        return float(delay or 0)

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets our User-Agent fetch `url` (read once per host).

        No robots.txt (any 4xx) allows everything; one the server cannot give (5xx, no answer)
        allows nothing for now, as RFC 9309 asks; the next Fetcher (the next poll) asks again."""
        host = host_of(url)
        with self._host_lock(host):
            if host not in self._robots:
                self._robots[host] = self._read_robots(host)
        return self._robots[host].can_fetch(self.user_agent, url)

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser:
        robots = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        try:
            response = self._get(host + "/robots.txt", {"User-Agent": self.user_agent})
        except FetchError:
            robots.disallow_all = True
            return robots
        if response.status == 200:
            robots.parse(response.body.decode("utf-8", "replace").splitlines())
        elif response.status >= 500:
            robots.disallow_all = True
        else:
            robots.allow_all = True
        return robots

    def close(self) -> None:
        self._pool.clear()


def host_of(url: str) -> str:
    """scheme://host:port: what robots.txt and the delay are per."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _reason(error) -> str:
    text = str(error)
    if "timed out" in text.lower() or "timeout" in type(error).__name__.lower():
        return "timed out"
    return text[:200]
