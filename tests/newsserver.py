"""A news site on a local HTTP server, for tests/test_watch.py and benchmarks/watch.py: article pages,
RSS and Atom feeds and news sitemaps written from a list of items, ETag and Last-Modified answered
as a real server does (304 to a matching conditional request), slow answers, errors and redirects,
and a log of every request it was sent."""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml"
ATOM = "application/atom+xml"
XML = "application/xml"
PEOPLE = ["Ilona Varga", "Dmytro Kovalenko", "Oleksandra Shevchuk", "Yuriy Tkachenko", "Ana Ruiz", "Tom Hale",
          "Marta Bilyk", "Petro Savchenko"]
PLACES = ["Drevna", "Ostrava Bay", "the lower valley", "Kelm", "the old mill district", "Harnsey"]


@dataclass
class Hit:
    """A request the server answered."""

    path: str
    status: int
    conditional: bool  # it came with If-None-Match or If-Modified-Since
    at: float  # time.monotonic()
    agent: str


@dataclass
class Route:
    body: bytes = b""
    content_type: str = HTML
    status: int = 200
    delay: float = 0.0
    location: str | None = None
    modified: str = ""
    validators: bool = True  # answer with ETag and Last-Modified, and 304 when they match


class NewsServer:
    """Routes by path; `log` holds a Hit for every request answered."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.log: list[Hit] = []
        self._tick = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms wait for an ACK

            def do_GET(self):
                server._answer(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: str | bytes = b"", content_type: str = HTML, **options) -> str:
        """Serve `body` at `path` (replacing what was there: a new Last-Modified); its URL."""
        self._tick += 1
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, modified=email.utils.formatdate(1_780_000_000 + self._tick,
                                                                                     usegmt=True), **options)
        return self.url(path)

    def hits(self, path: str) -> list[Hit]:
        return [hit for hit in self.log if hit.path == path]

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        route = self.routes.get(path)
        conditional = bool(handler.headers.get("If-None-Match") or handler.headers.get("If-Modified-Since"))
        if route is None:
            route = Route(b"not found", "text/plain", status=404)
        if route.delay:
            time.sleep(route.delay)
        headers = {"Content-Type": route.content_type}
        status, body = route.status, route.body
        if route.location:
            headers["Location"] = route.location
        if status == 200 and route.validators:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers.update({"ETag": etag, "Last-Modified": route.modified})
            asked = handler.headers.get("If-None-Match")
            if (asked == etag) if asked else handler.headers.get("If-Modified-Since") == route.modified:
                status, body = 304, b""
        self.log.append(Hit(path, status, conditional, time.monotonic(), handler.headers.get("User-Agent", "")))
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def article_page(n: int, title: str | None = None, correction: str = "", sitename: str | None = "Valley Herald",
                 dated: bool = True) -> str:
    """An article page (with navigation and a footer around it) of its own text: person, place and
    figures vary with `n`; `correction` adds a sentence (a corrected version)."""
    person, place = PEOPLE[n % len(PEOPLE)], PLACES[n % len(PLACES)]
    title = title or f"Flood defences in {place}, report {n}"
    meta = f'<meta property="og:site_name" content="{sitename}">' if sitename else ""
    date = f'<meta property="article:published_time" content="2026-03-{1 + n % 27:02d}T09:00:00Z">' if dated else ""
    paragraphs = [
        f"Engineers said on Tuesday that {120 + n} homes in {place} had been flooded since the dam failed, "
        f"and that {3 + n % 9} pumping stations were still out of action.",
        f"\u201cWe will rebuild every one of them before the winter,\u201d {person} told reporters in {place}.",
        f"{person} said the regional government had set aside {40 + n} million euros for the repairs, "
        f"more than twice what it spent last year.",
        f"Residents of {place} disputed the figure of {n + 7} evacuated families given by the council.",
        "The valley's reservoirs stood at about 60 percent of capacity, officials said.",
    ]
    if correction:
        paragraphs.append(correction)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{escape(title)}</title>{meta}{date}"
            f'<meta name="author" content="Staff reporter"></head><body>'
            f'<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
            f"<article><h1>{escape(title)}</h1>{body}</article>"
            f"<footer>Copyright 2026 Valley Herald. All rights reserved.</footer></body></html>")


def rss(items: list[dict], title: str = "Valley Herald: news") -> str:
    """RSS 2.0 of items {link, title, published (RFC 822), updated}."""
    entries = "".join(
        f"<item><title>{escape(i.get('title', ''))}</title><link>{escape(i['link'])}</link>"
        f"<guid>{escape(i['link'])}</guid>"
        + (f"<pubDate>{i['published']}</pubDate>" if i.get("published") else "")
        + (f"<atom:updated>{i['updated']}</atom:updated>" if i.get("updated") else "")
        + "</item>" for i in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
            f"<channel><title>{escape(title)}</title><link>http://example.invalid/</link>"
            f"<description>news</description>{entries}</channel></rss>")


def atom(items: list[dict], title: str = "Valley Herald (Atom)") -> str:
    """Atom 1.0 of items {link, title, published, updated} (W3C dates)."""
    entries = "".join(
        f"<entry><title>{escape(i.get('title', ''))}</title><link href=\"{escape(i['link'])}\"/>"
        f"<id>{escape(i['link'])}</id><updated>{i.get('updated') or i.get('published')}</updated>"
        + (f"<published>{i['published']}</published>" if i.get("published") else "")
        + "</entry>" for i in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>urn:valley</id><updated>2026-03-02T10:00:00Z</updated>"
            f"{entries}</feed>")


def news_sitemap(items: list[dict], publication: str = "The Valley Herald") -> str:
    """A Google News sitemap of items {link, title, published (W3C)}."""
    urls = "".join(
        f"<url><loc>{escape(i['link'])}</loc><news:news><news:publication><news:name>{escape(publication)}"
        f"</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{i['published']}</news:publication_date>"
        f"<news:title>{escape(i.get('title', ''))}</news:title></news:news></url>" for i in items)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')


def sitemap_index(urls: list[str]) -> str:
    sitemaps = "".join(f"<sitemap><loc>{escape(u)}</loc></sitemap>" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sitemaps}</sitemapindex>')
