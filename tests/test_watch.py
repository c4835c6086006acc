"""Following feeds (claims.feeds, claims.fetch, claims.watch, `claims watch`, `claims ingest FEED_URL`)
against a news site on a local HTTP server (tests/newsserver.py): every item stored or reported,
nothing read or stored twice, nothing lost, whatever the feeds and the servers do."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from claims.errors import BadInput, ClaimsError
from claims.watch import MAX_ATTEMPTS, Source, Watcher, read_feed_list, seconds_of
from newsserver import ATOM, HTML, RSS, XML, NewsServer, article_page, atom, news_sitemap, rss, sitemap_index

CLAIMS = str(Path(sys.executable).parent / "claims")
FAST = {"delay": 0, "timeout": 2, "retries": 1, "backoff": 0.01}
RFC822 = "Mon, 02 Mar 2026 10:00:00 GMT"


@pytest.fixture
def site():
    with NewsServer() as server:
        server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
        yield server


def pages(site, numbers, **options) -> list[dict]:
    """Serve article pages /news/N.html; the feed items that list them."""
    return [{"link": site.add(f"/news/{n}.html", article_page(n, **options)), "title": f"Item {n}",
             "published": RFC822} for n in numbers]


def query(db, sql, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def poll(db, sources, events=None, stop=None, **fetch):
    """One poll of a Watcher on `db` (a new one each time: state comes from the database only);
    `events` is a list to append (kind, message) to, or on_event itself."""
    from claims.relink import stamp_if_empty
    from claims.store import connect

    engine = connect(db)
    stamp_if_empty(engine)
    try:
        on_event = events if callable(events) or events is None else \
            (lambda kind, message: events.append((kind, message)))
        return Watcher(engine, [s if isinstance(s, Source) else Source(s) for s in sources], on_event, stop,
                       **{**FAST, **fetch}).poll()
    finally:
        engine.dispose()


def test_ingest_of_an_rss_feed_reads_the_page_of_every_item_and_the_feed_fills_in(site, tmp_path):
    """The article is the page's (furniture out); the url is the item's link; title, date and outlet
    come from the page where it gives them, from the feed where it does not."""
    from claims.ingest import ingest

    items = pages(site, [1]) + pages(site, [2], sitename=None, dated=False)
    feed = site.add("/feed.xml", rss(items, title="Valley Herald: news"), RSS)
    db = tmp_path / "c.db"
    summary = ingest([feed], str(db), workers=1)
    assert (summary.new, summary.errors) == (2, [])
    assert query(db, "SELECT url, title, outlet, published, author FROM articles ORDER BY id") == [
        (items[0]["link"], "Flood defences in Ostrava Bay, report 1", "Valley Herald", "2026-03-02", "Staff reporter"),
        (items[1]["link"], "Flood defences in the lower valley, report 2", "Valley Herald: news", "2026-03-02",
         "Staff reporter")]
    [(text,)] = query(db, "SELECT text FROM articles WHERE url = ?", items[0]["link"])
    assert text.startswith("Flood defences in Ostrava Bay, report 1\nEngineers said on Tuesday that 121 homes")
    assert text.endswith("officials said.") and "Copyright" not in text and "Sport" not in text
    assert query(db, "SELECT count(*) FROM quotes WHERE speaker_text = 'Dmytro Kovalenko'") == [(2,)]
    again = ingest([feed], str(db), workers=1)
    assert (again.new, again.unchanged, again.errors) == (0, 2, [])


def test_ingest_of_an_atom_feed_and_a_news_sitemap_index(site, tmp_path):
    """Atom's links and a sitemap index's news sitemaps (title, date and publication name of each
    url) are read alike; links are stored as the outlet wrote them."""
    from claims.ingest import ingest

    atom_items = [dict(i, published="2026-03-05T08:00:00+02:00") for i in pages(site, [3, 4])]
    bare = pages(site, [5], sitename=None, dated=False)
    bare[0]["link"] = site.add("/news/5.html?utm_source=feed&id=5", article_page(5, sitename=None, dated=False))
    news = [dict(i, published="2026-03-07T23:30:00-05:00") for i in bare]
    feed = site.add("/atom.xml", atom(atom_items), ATOM)
    site.add("/news-1.xml", news_sitemap(news, publication="The Valley Herald"), XML)
    index = site.add("/sitemap.xml", sitemap_index([site.url("/news-1.xml")]), XML)
    db = tmp_path / "c.db"
    summary = ingest([feed, index], str(db), workers=1)
    assert (summary.new, summary.errors) == (3, [])
    assert query(db, "SELECT url, outlet, published FROM articles ORDER BY id") == [
        (atom_items[0]["link"], "Valley Herald", "2026-03-04"), (atom_items[1]["link"], "Valley Herald", "2026-03-05"),
        (site.url("/news/5.html?utm_source=feed&id=5"), "The Valley Herald", "2026-03-07")]


def test_ingest_reports_a_malformed_feed_and_a_failing_sitemap_and_reads_the_rest(site, tmp_path, monkeypatch):
    from claims.ingest import ingest

    monkeypatch.setenv("CLAIMS_HOST_DELAY", "0")
    broken = site.add("/broken.xml", rss(pages(site, [1, 2]))[:-40], RSS)
    site.add("/news-ok.xml", news_sitemap([dict(i, published="2026-03-04") for i in pages(site, [3])]), XML)
    site.add("/news-gone.xml", "oops", "text/plain", status=500)
    index = site.add("/sitemap.xml", sitemap_index([site.url("/news-ok.xml"), site.url("/news-gone.xml")]), XML)
    summary = ingest([broken, index], str(tmp_path / "c.db"), workers=1)
    assert summary.new == 3
    assert [str(e).replace(site.base, "") for e in summary.errors] == [
        "/broken.xml: malformed feed (<unknown>:1:536: no element found); 2 items read",
        "/news-gone.xml: HTTP 500 after 3 tries"]


def test_the_second_poll_asks_conditionally_and_reads_nothing_again(site, tmp_path):
    """An article two feeds list is read once; unchanged feeds answer 304 and no page is asked for."""
    items = pages(site, [1, 2, 3])
    rss_url = site.add("/feed.xml", rss(items), RSS)
    atom_url = site.add("/atom.xml", atom([dict(items[2], published="2026-03-02T10:00:00Z")] + pages(site, [4])), ATOM)
    db = tmp_path / "c.db"
    first = poll(db, [rss_url, atom_url])
    assert (first.feeds, first.new, first.errors) == (2, 4, [])
    assert all(len(site.hits(f"/news/{n}.html")) == 1 for n in (1, 2, 3, 4))
    assert {hit.agent.split("/")[0] for hit in site.log} == {"claims"}
    before = len(site.log)
    second = poll(db, [rss_url, atom_url])
    asked = site.log[before:]
    assert [(h.path, h.status, h.conditional) for h in asked if h.path != "/robots.txt"] == [
        ("/feed.xml", 304, True), ("/atom.xml", 304, True)]
    assert (second.unchanged_feeds, second.articles, second.not_modified, second.errors) == (2, 0, 2, [])
    assert query(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(4, 4)]
    assert query(db, "SELECT feed, count(*) FROM feed_items GROUP BY feed ORDER BY feed") == [(atom_url, 1),
                                                                                              (rss_url, 3)]


def test_a_feed_that_changes_between_polls(site, tmp_path):
    """A new item is stored; an item the feed dates newer replaces its article (same id, new text);
    an item gone from the feed stays stored; an item re-listed with the same date is not read again."""
    items = pages(site, [1, 2, 3])
    feed = site.add("/feed.xml", rss(items), RSS)
    db = tmp_path / "c.db"
    assert poll(db, [feed]).new == 3
    [(corrected_id,)] = query(db, "SELECT id FROM articles WHERE url = ?", items[1]["link"])
    site.add("/news/2.html", article_page(2, correction="An earlier version of this article misstated the date."))
    site.add("/news/1.html", article_page(1, correction="Changed without a new date in the feed."))
    items[1]["updated"] = "2026-03-03T12:00:00Z"
    site.add("/feed.xml", rss([items[0], items[1]] + pages(site, [4])), RSS)
    second = poll(db, [feed])
    assert (second.new, second.replaced, second.unchanged, second.errors) == (1, 1, 0, [])
    assert [len(site.hits(f"/news/{n}.html")) for n in (1, 2, 3, 4)] == [1, 2, 1, 1]
    expected = [(i["link"],) for i in items] + [(site.url("/news/4.html"),)]
    assert query(db, "SELECT url FROM articles ORDER BY id") == expected
    [(text,)] = query(db, "SELECT text FROM articles WHERE id = ?", corrected_id)
    assert text.endswith("misstated the date.")
    assert query(db, "SELECT version FROM feed_items WHERE url = ?", items[1]["link"]) == [("2026-03-03T12:00:00Z",)]
    third = poll(db, [feed])
    assert (third.unchanged_feeds, third.articles) == (1, 0)


def test_failing_feeds_and_pages_are_reported_and_the_rest_goes_on(site, tmp_path):
    """A 500 (retried, then reported), a slow host (timed out), a redirect (followed; the item's link
    is the url), a malformed feed (what can be read is), a web page given as a feed, a page that fails
    (tried again at the next poll, and stored then: nothing lost)."""
    good = pages(site, [1, 2]) + [{"link": site.url("/news/broken.html"), "title": "Broken", "published": RFC822}]
    site.add("/news/broken.html", "oops", "text/plain", status=500)
    feeds = {"good": site.add("/feed.xml", rss(good), RSS),
             "error": site.add("/feed-500.xml", "oops", "text/plain", status=500),
             "moved": site.add("/old-feed.xml", "", status=301, location=site.url("/atom.xml")),
             "malformed": site.add("/broken-feed.xml", rss(pages(site, [5, 6]))[:-60] + "<item><title>Cut", RSS),
             "page": site.add("/front.html", article_page(9))}
    site.add("/atom.xml", atom([{"link": site.url("/moved/3.html"), "published": "2026-03-02T10:00:00Z"}]), ATOM)
    site.add("/moved/3.html", "", status=302, location=site.url("/news/3.html"))
    pages(site, [3])
    with NewsServer() as slow:
        slow.add("/feed.xml", rss(pages(slow, [7])), RSS, delay=3)
        events = []
        first = poll(db := tmp_path / "c.db", list(feeds.values()) + [slow.url("/feed.xml")], events, timeout=0.5)
    assert (first.feeds, first.failed_feeds, first.new) == (6, 3, 5)
    assert len(site.hits("/feed-500.xml")) == 2 == len(site.hits("/news/broken.html"))  # retried once each
    errors = sorted(message.replace(site.base, "").replace(slow.base, "SLOW") for kind, message in events
                    if kind == "error")
    assert errors == [
        "/broken-feed.xml: an item has no link (no title either)",
        "/broken-feed.xml: malformed feed (<unknown>:1:532: no element found); 3 items read",
        "/feed-500.xml: HTTP 500 after 2 tries; asked again at the next poll",
        "/front.html: not an RSS or Atom feed or a sitemap (a web page?); asked again at the next poll",
        "/news/broken.html: HTTP 500 after 2 tries",
        "SLOW/feed.xml: no answer after 2 tries: timed out; asked again at the next poll"]
    assert errors == sorted(e.replace(site.base, "").replace(slow.base, "SLOW") for e in first.errors)
    assert query(db, "SELECT url FROM articles ORDER BY url") == [
        (site.url(p),) for p in ("/moved/3.html", "/news/1.html", "/news/2.html", "/news/5.html", "/news/6.html")]
    assert sorted(query(db, "SELECT url, status, failures FROM feeds WHERE status = 'error'")) == sorted([
        (feeds["error"], "error", 1), (feeds["page"], "error", 1), (slow.url("/feed.xml"), "error", 1)])
    site.add("/news/broken.html", article_page(8))
    site.add("/feed-500.xml", rss(pages(site, [10])), RSS)
    second = poll(db, list(feeds.values()))
    assert (second.new, second.failed_feeds) == (2, 1)
    assert site.hits("/feed.xml")[-1].status == 200  # asked in full again: an item of it was left to read
    assert query(db, "SELECT count(*), count(DISTINCT url), count(DISTINCT content_hash) FROM articles") == [(7, 7, 7)]
    assert query(db, "SELECT status, count(*) FROM feed_items GROUP BY status") == [("stored", 7)]


def test_an_item_that_keeps_failing_is_given_up_after_a_few_polls(site, tmp_path):
    items = pages(site, [1]) + [{"link": site.url("/news/gone.html"), "title": "Gone", "published": RFC822}]
    feed = site.add("/feed.xml", rss(items), RSS)
    db = tmp_path / "c.db"
    results = [poll(db, [feed]) for _ in range(MAX_ATTEMPTS + 1)]
    assert len(site.hits("/news/gone.html")) == MAX_ATTEMPTS
    assert "given up after 3 tries" in results[MAX_ATTEMPTS - 1].errors[-1]
    assert results[-1].unchanged_feeds == 1 and results[-1].errors == []
    assert query(db, "SELECT status, attempts, error FROM feed_items WHERE url LIKE '%gone%'") == [
        ("failed", 3, "HTTP 404")]


@pytest.mark.parametrize("delay, crawl_delay", [(0.3, ""), (0, "Crawl-delay: 1\n")])  # whole seconds (robotparser)
def test_robots_txt_is_obeyed_and_one_host_is_asked_at_most_once_a_delay(site, tmp_path, delay, crawl_delay):
    """The delay is --delay, or robots.txt's Crawl-delay when that is longer."""
    site.add("/robots.txt", f"User-agent: *\n{crawl_delay}Disallow: /private/\n", "text/plain")
    items = pages(site, [1, 2, 3]) + [{"link": site.add("/private/4.html", article_page(4)), "title": "Private"}]
    feed = site.add("/feed.xml", rss(items), RSS)
    result = poll(tmp_path / "c.db", [feed], delay=delay)
    assert result.new == 3 and site.hits("/private/4.html") == []
    assert result.errors == [f"{site.url('/private/4.html')}: robots.txt does not allow claims to fetch it"]
    times = [hit.at for hit in site.log]
    assert [p for p in (b - a for a, b in zip(times, times[1:])) if p < 0.28] == []
    if crawl_delay:  # robots.txt itself is asked before its delay is known
        assert min(b - a for a, b in zip(times[1:], times[2:])) > 0.95


def test_hosts_are_asked_at_once_and_each_one_request_at_a_time(site, tmp_path):
    """Pages of two slow hosts (half a second an answer) come in about half the time one after
    another would take, and neither host ever has two requests of ours at once."""
    with NewsServer() as other:
        items = [i for pair in zip(pages(site, [1, 2, 3]), pages(other, [4, 5, 6])) for i in pair]
        for server in (site, other):
            for route in server.routes.values():
                route.delay = 0.5 if route.content_type == HTML else 0
        result = poll(tmp_path / "c.db", [site.add("/feed.xml", rss(items), RSS)])
    assert (result.new, result.errors) == (6, [])
    assert result.seconds < 2.6  # one after another: 3.0 s of answers alone
    for server in (site, other):
        answered = [hit.at for hit in server.log if hit.path.endswith(".html")]
        assert len(answered) == 3 and min(b - a for a, b in zip(answered, answered[1:])) > 0.45


def test_a_stopped_watch_goes_on_where_it_stopped(site, tmp_path):
    """Stopped after two articles, a watch has stored those two whole and not the feed's validators:
    the next asks for the whole feed again and reads only the three it had not stored."""
    feed = site.add("/feed.xml", rss(pages(site, [1, 2, 3, 4, 5])), RSS)
    db, stop, events = tmp_path / "c.db", threading.Event(), []

    def stop_after_two(kind, message):
        events.append(kind)
        if events.count("new") == 2:
            stop.set()

    first = poll(db, [feed], stop_after_two, stop)
    assert (first.stopped, first.new) == (True, 2)
    assert query(db, "SELECT count(*) FROM articles") == [(2,)]
    assert query(db, "SELECT etag, last_modified FROM feeds") == [(None, None)]
    second = poll(db, [feed])
    assert (second.stopped, second.new, second.errors) == (False, 3, [])
    # The pages fetched ahead of the stop were dropped with it: asked again, stored once.
    assert [len(site.hits(f"/news/{n}.html")) for n in range(1, 6)] == [1, 1, 2, 2, 2]
    assert poll(db, [feed]).unchanged_feeds == 1


def test_sigterm_stops_claims_watch_between_articles_and_a_restart_goes_on(site, tmp_path):
    """`claims watch` as a newsroom runs it: readers of the database are not blocked while it writes
    (WAL); SIGTERM stops it after the article in hand; `--once` later reads the rest, nothing twice."""
    items = pages(site, range(1, 9))
    for n in range(1, 9):
        site.routes[f"/news/{n}.html"].delay = 0.3
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# our feeds\n{site.add('/feed.xml', rss(items), RSS)} The Valley Herald\n\n")
    db = tmp_path / "c.db"
    proc = subprocess.Popen([CLAIMS, "watch", "--feeds", str(feeds), "--db", str(db), "--every", "1h", "--delay", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().startswith("new ")
        reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0)
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] >= 1
        reader.close()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "stopping after this article (SIGTERM)" in err and "poll 1 (stopped)" in err
    stored = query(db, "SELECT count(*) FROM articles")[0][0]
    assert 1 <= stored < 8 and query(db, "SELECT count(*) FROM feed_items WHERE status = 'stored'") == [(stored,)]
    done = subprocess.run([CLAIMS, "watch", "--feeds", str(feeds), "--db", str(db), "--once", "--delay", "0"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f"{8 - stored} articles ({8 - stored} new" in done.stderr
    assert query(db, "SELECT count(*), min(outlet), max(outlet) FROM articles") == [(8, "The Valley Herald",
                                                                                    "The Valley Herald")]
    hits = [len(site.hits(f"/news/{n}.html")) for n in range(1, 9)]
    assert hits[:stored] == [1] * stored and set(hits[stored:]) <= {1, 2}  # fetched ahead of the stop: again


def test_the_feed_list_and_the_interval():
    assert seconds_of("15m") == 900 and seconds_of("1h") == 3600 and seconds_of("90s") == seconds_of("90") == 90
    for bad in ("15x", "", "0s", "m"):
        with pytest.raises(ClaimsError):
            seconds_of(bad)


def test_a_feed_list_names_outlets_and_a_line_that_is_no_url(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# newsroom feeds\nhttps://a.example/rss  The Valley Herald\n\nhttps://b.example/atom.xml\n")
    assert read_feed_list(path) == [Source("https://a.example/rss", "The Valley Herald"),
                                    Source("https://b.example/atom.xml", None)]
    path.write_text("https://a.example/rss\nfeeds.example/rss Herald\n")
    with pytest.raises(BadInput) as error:
        read_feed_list(path)
    assert (error.value.line, error.value.message) == (2, "not an http(s) URL: feeds.example/rss")


def test_repeats_of_checked_claims_are_reported_as_they_arrive(site, tmp_path):
    """A new article that says again what a fact-checker judged is counted in the poll's line."""
    from claims.review import add_review
    from claims.store import connect

    items = pages(site, [1])
    feed = site.add("/feed.xml", rss(items), RSS)
    db = tmp_path / "c.db"
    first = poll(db, [feed])
    assert (first.new, first.repeats) == (1, 0)
    [(quote_id,)] = query(db, "SELECT id FROM quotes WHERE text LIKE '%rebuild every one of them%'")
    engine = connect(db)
    with engine.begin() as conn:
        add_review(conn.connection.driver_connection, verdict="false", quote_id=quote_id)
    engine.dispose()
    site.add("/feed.xml", rss(items + pages(site, [2])), RSS)
    second = poll(db, [feed])
    assert (second.new, second.repeats) == (1, 1)
    assert "1 repeats of checked claims" in second.line()
