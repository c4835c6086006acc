"""`claims watch` on 50 feeds of 40 articles, polled 3 times: articles a second, requests made, peak memory.

A news site on a local HTTP server (tests/newsserver.py: ETag and Last-Modified answered, 304 to a
matching conditional request) serves FEEDS RSS feeds of ITEMS article pages each, all different.
`claims watch --feeds FILE --once` runs three times, as a newsroom's watch polls three times: the
first poll reads every article; the feeds do not change, so the second and third must cost one
conditional request per feed (a 304) and nothing else. The peer, measured in the same run, is what a
newsroom without `claims watch` would do: `claims ingest` of the same feed URLs at every poll (every
feed and every page fetched again; the database keeps each article once).

Every command runs as a subprocess, as it is run; its peak memory is its peak RSS (os.wait4). All
feeds are on one host here, so the politeness delay between two requests to a host is 0 (--delay 0,
and CLAIMS_HOST_DELAY=0 for ingest):
with the default of a second, a poll of 2,000 pages on one host would take 2,000 seconds whatever
the code. The whole trial runs TRIALS times (fresh databases); the medians are printed.

    PYTHONPATH=. .venv/bin/python benchmarks/watch.py [--feeds 50] [--items 40] [--trials 3]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]  # not numbers.py as numbers
sys.path.insert(0, str(ROOT / "tests"))

import argparse  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from newsserver import RSS, NewsServer, article_page, rss  # noqa: E402

CLAIMS = str(Path(sys.executable).parent / "claims")
POLLS = 3


def build_site(server: NewsServer, feeds: int, items: int) -> list[str]:
    """FEEDS feeds of ITEMS distinct article pages each; the feed URLs."""
    server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    urls = []
    for f in range(feeds):
        entries = []
        for i in range(items):
            n = f * items + i
            link = server.add(f"/outlet-{f}/news/{i}.html", article_page(n, title=f"Outlet {f}, story {i}"))
            entries.append({"link": link, "title": f"Outlet {f}, story {i}",
                            "published": f"Mon, {1 + n % 28:02d} Mar 2026 10:00:00 GMT"})
        urls.append(server.add(f"/outlet-{f}/feed.xml", rss(entries, title=f"Outlet {f}"), RSS))
    return urls


def run(args: list[str]) -> tuple[float, float, str, int]:
    """(seconds, peak RSS in MB, stderr, exit status) of a command run as a subprocess."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "CLAIMS_HOST_DELAY": "0"})  # ingest's --delay 0
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - started, usage.ru_maxrss / 1024, err, proc.returncode


def poll_counts(server: NewsServer, since: int) -> dict:
    hits = server.log[since:]
    return {"requests": len(hits), "304": sum(h.status == 304 for h in hits),
            "conditional": sum(h.conditional for h in hits), "pages": sum(h.path.endswith(".html") for h in hits)}


def trial(server: NewsServer, feed_urls: list[str], folder: Path) -> dict:
    """Three polls by `claims watch`, three by `claims ingest`: figures per poll of each."""
    feeds_file = folder / "feeds.txt"
    feeds_file.write_text("\n".join(feed_urls) + "\n")
    out = {"watch": [], "ingest": []}
    for tool in ("watch", "ingest"):
        db = folder / f"{tool}.db"
        for number in range(POLLS):
            mark = len(server.log)
            args = ([CLAIMS, "watch", "--feeds", str(feeds_file), "--once", "--delay", "0", "--db", str(db)]
                    if tool == "watch" else [CLAIMS, "ingest", *feed_urls, "--db", str(db), "-q"])
            seconds, peak, err, status = run(args)
            if status != 0:
                raise SystemExit(f"{tool} poll {number + 1} failed ({status}):\n{err[-2000:]}")
            found = re.search(r"(\d+) articles \((\d+) new", err)
            out[tool].append({"seconds": seconds, "peak_mb": peak, "articles": int(found[1]), "new": int(found[2]),
                              **poll_counts(server, mark)})
        db.unlink()
    return out


def median(trials: list[dict], tool: str, number: int, key: str) -> float:
    return statistics.median(t[tool][number][key] for t in trials)


def report(trials: list[dict], feeds: int, items: int) -> None:
    total = feeds * items
    print(f"{feeds} feeds x {items} articles = {total} articles, {POLLS} polls; medians of {len(trials)} trials")
    print(f"{'':22}{'poll':>5}{'seconds':>9}{'articles':>9}{'new':>6}{'art/s':>8}{'requests':>9}{'304s':>6}"
          f"{'pages':>7}{'peak MB':>9}")
    for tool in ("watch", "ingest"):
        name = "claims watch" if tool == "watch" else "claims ingest (peer)"
        for n in range(POLLS):
            seconds, new = median(trials, tool, n, "seconds"), median(trials, tool, n, "new")
            print(f"{name if n == 0 else '':22}{n + 1:>5}{seconds:>9.1f}{median(trials, tool, n, 'articles'):>9.0f}"
                  f"{new:>6.0f}{(new / seconds if new else 0):>8.1f}{median(trials, tool, n, 'requests'):>9.0f}"
                  f"{median(trials, tool, n, '304'):>6.0f}{median(trials, tool, n, 'pages'):>7.0f}"
                  f"{median(trials, tool, n, 'peak_mb'):>9.0f}")
    first_w, first_i = median(trials, "watch", 0, "seconds"), median(trials, "ingest", 0, "seconds")
    later_w = sum(median(trials, "watch", n, "requests") for n in range(1, POLLS))
    later_i = sum(median(trials, "ingest", n, "requests") for n in range(1, POLLS))
    all_w = sum(median(trials, "watch", n, "seconds") for n in range(POLLS))
    all_i = sum(median(trials, "ingest", n, "seconds") for n in range(POLLS))
    print(f"first poll: watch {total / first_w:.1f} articles/s, ingest {total / first_i:.1f} articles/s "
          f"(watch / ingest = {first_w and (total / first_w) / (total / first_i):.2f})")
    print(f"polls 2-{POLLS}: watch {later_w:.0f} requests, ingest {later_i:.0f} (watch / ingest = "
          f"{later_w / later_i:.3f}); all {POLLS} polls: watch {all_w:.1f}s, ingest {all_i:.1f}s "
          f"(ratio {all_w / all_i:.2f})")
    conditional = all(t["watch"][n]["304"] == feeds and t["watch"][n]["pages"] == 0
                      for t in trials for n in range(1, POLLS))
    print(f"polls 2-{POLLS} of watch: every feed answered 304 and no page asked for: {conditional}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--trials", type=int, default=3)
    args = parser.parse_args()
    with NewsServer() as server, tempfile.TemporaryDirectory() as tmp:
        urls = build_site(server, args.feeds, args.items)
        trials = []
        for number in range(args.trials):
            trials.append(trial(server, urls, Path(tmp)))
            print(f"trial {number + 1}: watch polls {[round(p['seconds'], 1) for p in trials[-1]['watch']]} s, "
                  f"ingest polls {[round(p['seconds'], 1) for p in trials[-1]['ingest']]} s", file=sys.stderr)
        report(trials, args.feeds, args.items)


if __name__ == "__main__":
    main()
