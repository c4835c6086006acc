"""RSS and Atom feeds and news sitemaps: what they list, and each listed page read as an Article.

feedparser reads every flavour of RSS and Atom (and survives a broken one, saying what is broken).
Sitemaps are read here with lxml: trafilatura's sitemap reader drops every link on a host courlan
finds no domain in (an IP address, `localhost`, an intranet name), rewrites the links it keeps
(tracking parameters dropped, so the link is no longer the one the outlet published) and does not
read the news sitemap's title, date and publication name, which are what this module wants of it.

An item's page is fetched with claims.fetch (robots.txt, delays, retries) and read by
claims.sources as any page is (trafilatura takes the article out of it); the item's link is the
article's url; what the page does not say (title, date, author, outlet) the feed says.
"""

from __future__ import annotations

import email.utils
import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterator
from urllib.parse import urlsplit

from .errors import BadInput, FetchError
from .fetch import Fetcher, Response
from .sources import Article, article_from_html, article_from_text, decode_text

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
# Nested sitemaps read for one sitemap index: news sitemaps are small; an index of years of
# archives is not what following the news needs.
MAX_SITEMAPS = 50
# What a feed or sitemap starts with (after an XML declaration, comments and a doctype).
_OPENING = re.compile(rb"^(?:\s|<\?xml[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>|\xef\xbb\xbf)*<([A-Za-z_][\w.:-]*)", re.S)
FEED_ROOTS = {"rss", "feed", "RDF"}  # RSS 0.9x and 2.0, Atom, RSS 1.0 (rdf:RDF)
SITEMAP_ROOTS = {"urlset", "sitemapindex"}


@dataclass
class Item:
    """One article a feed or sitemap lists."""

    link: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    author: str | None = None
    outlet: str | None = None  # the feed's title, or the news sitemap's publication name
    version: str = ""  # what changes when the outlet corrects the article: its updated (else published) stamp


@dataclass
class Feed:
    """What a feed or sitemap lists. `problem` says what was wrong with a malformed one (its items
    are those that could be read); `sitemaps` are the sitemaps a sitemap index lists."""

    url: str
    kind: str  # rss | atom | sitemap | sitemap index
    title: str | None = None
    items: list[Item] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    problem: str | None = None


def root_name(body: bytes) -> str | None:
    """The name of the first element of an XML document (prefix kept), None for anything else."""
    found = _OPENING.match(body[:4096])
    return found.group(1).decode("ascii", "replace") if found else None


def is_feed(body: bytes) -> bool:
    """Whether `body` is an RSS or Atom feed or a sitemap (by its first element), not a page."""
    root = root_name(body)
    return root is not None and _local(root) in FEED_ROOTS | SITEMAP_ROOTS


def parse(body: bytes, url: str, content_type: str = "application/xml") -> Feed | None:
    """The items of a feed or sitemap fetched from `url` (served as `content_type`); None if it is
    neither (a web page)."""
    root = root_name(body)
    if root is None:
        return None
    if _local(root) in SITEMAP_ROOTS:
        return parse_sitemap(body, url)
    if _local(root) in FEED_ROOTS:
        return parse_feed(body, url, content_type or "application/xml")
    return None


def parse_feed(body: bytes, url: str, content_type: str = "application/xml") -> Feed:
    """An RSS or Atom feed's items, through feedparser (relative links resolved against `url`)."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url, "content-type": content_type})
    problem = None
    error = parsed.get("bozo_exception")
    # What feedparser calls ThingsNobodyCaresAboutButMe (an encoding declared wrongly, an XML feed
    # served as text/plain) it reads past unharmed; anything else means part of the feed was lost.
    if parsed.bozo and not isinstance(error, feedparser.ThingsNobodyCaresAboutButMe):
        problem = f"malformed feed ({error})"[:300] if error else "malformed feed"
    if not parsed.version and not parsed.entries:
        return Feed(url, "feed", problem=problem or "not a feed feedparser can read")
    title = _text(parsed.feed.get("title"))
    items = []
    for entry in parsed.entries:
        link = _text(entry.get("link"))
        items.append(Item(link=link or "", title=_text(entry.get("title")), published=_entry_date(entry),
                          author=_text(entry.get("author")), outlet=title,
                          version=_text(_raw(entry, "updated") or _raw(entry, "published")) or ""))
    kind = "atom" if parsed.version.startswith("atom") else "rss"
    return Feed(url, kind, title=title, items=items, problem=problem)


def parse_sitemap(body: bytes, url: str) -> Feed:
    """A sitemap's pages (with a news sitemap's title, date and publication name), or a sitemap
    index's sitemaps, through lxml; links are kept as the outlet wrote them."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        tree = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as error:
        return Feed(url, "sitemap", problem=f"malformed sitemap ({error})"[:300])
    if tree is None:
        return Feed(url, "sitemap", problem="malformed sitemap: no XML element could be read")
    problem = f"malformed sitemap ({parser.error_log[0].message})"[:300] if len(parser.error_log) else None
    if _local(tree.tag) == "sitemapindex":
        links = [_child_text(s, "loc") for s in tree.iter(SITEMAP_NS + "sitemap", "sitemap")]
        return Feed(url, "sitemap index", sitemaps=[link for link in links if link][:MAX_SITEMAPS], problem=problem)
    items = []
    for node in tree.iter(SITEMAP_NS + "url", "url"):
        link = _child_text(node, "loc")
        news = node.find(NEWS_NS + "news")
        stamp = _child_text(node, "lastmod")
        item = Item(link=link or "", version=stamp or "", published=_iso(stamp))
        if news is not None:
            published = news.findtext(NEWS_NS + "publication_date")
            item.title = _text(news.findtext(NEWS_NS + "title"))
            item.published = _iso(published) or item.published
            item.outlet = _text(news.findtext(f"{NEWS_NS}publication/{NEWS_NS}name"))
            item.version = stamp or (published or "").strip()
        items.append(item)
    return Feed(url, "sitemap", items=items, problem=problem)


def _raw(entry, key: str):
    """A field of a feedparser entry as the feed gave it (feedparser's own get() answers 'updated'
    with 'published' when the item has no updated date, and warns)."""
    return dict.get(entry, key)


def _child_text(node, name: str) -> str | None:
    found = node.find(SITEMAP_NS + name)
    if found is None:
        found = node.find(name)
    return _text(found.text) if found is not None else None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _text(value) -> str | None:
    value = " ".join(str(value).split()) if value else ""
    return value or None


def _iso(stamp: str | None) -> str | None:
    """YYYY-MM-DD of a W3C date ('2026-03-02', '2026-03-02T10:00:00+01:00'), as the outlet dated it."""
    try:
        return date.fromisoformat(stamp.strip()[:10]).isoformat() if stamp else None
    except ValueError:
        return None


def _entry_date(entry) -> str | None:
    """An item's publication date as the outlet wrote it (the local date, not UTC's), else its
    updated date: RFC 822 in RSS, W3C dates in Atom; feedparser's parsed date as the last resort."""
    for key in ("published", "updated"):
        raw = _raw(entry, key)
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
        parsed = _raw(entry, key + "_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def page_articles(item: Item, response: Response, outlet: str | None = None) -> Iterator[Article | BadInput]:
    """The article of an item's fetched page: the page's text and what it says of itself, the
    feed's title, date, author and outlet where the page says nothing, the item's link as url.
    `outlet`, when given (a newsroom's feed list names it), is the outlet whatever the page says."""
    link = item.link
    try:
        text, problem = decode_text(response.body, link)
    except BadInput as error:
        yield error
        return
    if problem:
        yield problem
    html = "html" in response.content_type or text.lstrip()[:1] == "<"
    found_all = article_from_html(text, link, url=link, dates_in_text=False) if html else \
        article_from_text(text, link, url=link)
    for found in found_all:
        if isinstance(found, Article):
            found.title = found.title or item.title
            found.published = found.published or item.published
            found.author = found.author or item.author
            if found.outlet == _site_of(link):  # trafilatura's last resort: the host's name
                found.outlet = None
            found.outlet = outlet or found.outlet or item.outlet or _site_of(link)
        yield found


def _site_of(link: str) -> str:
    """What trafilatura names a page's site when the page does not: its host, without www."""
    return re.sub(r"^(?:www\.|w[0-9]+\.)", "", urlsplit(link).netloc)


def item_articles(item: Item, fetcher: Fetcher, outlet: str | None = None) -> Iterator[Article | BadInput]:
    """Fetch an item's page and read its article (or say why not)."""
    if not item.link:
        yield BadInput(item.title or "an item", None, "the feed gives this item no link")
        return
    try:
        response = fetcher.get(item.link)
    except FetchError as error:
        yield BadInput(item.link, None, error.message)
        return
    yield from page_articles(item, response, outlet)


def read_feed(feed: Feed, fetcher: Fetcher | None = None, outlet: str | None = None) -> Iterator[Article | BadInput]:
    """Every article a feed or sitemap lists (a sitemap index's sitemaps read in turn), each page
    fetched once: what `claims ingest FEED_URL` reads."""
    fetcher = fetcher or Fetcher()
    seen: set[str] = set()
    for found in expand(feed, fetcher):
        if isinstance(found, BadInput):
            yield found
            continue
        if found.link and found.link in seen:
            continue
        seen.add(found.link)
        yield from item_articles(found, fetcher, outlet)


def expand(feed: Feed, fetcher: Fetcher) -> Iterator[Item | BadInput]:
    """The items of a feed, and of the sitemaps a sitemap index lists (fetched, one level deep);
    a malformed feed's problem comes first, as a BadInput."""
    if feed.problem:
        yield BadInput(feed.url, None, feed.problem + (f"; {len(feed.items)} items read" if feed.items else ""))
    yield from feed.items
    for url in feed.sitemaps:
        try:
            response = fetcher.get(url)
            child = parse(response.body, url, response.content_type)
        except FetchError as error:
            yield BadInput(url, None, error.message)
            continue
        if child is None or child.kind == "sitemap index":
            yield BadInput(url, None, "listed as a sitemap, but not a sitemap of pages")
            continue
        yield from expand(child, fetcher)
