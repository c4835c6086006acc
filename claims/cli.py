"""The `claims` command. The only module that turns errors into messages and exit codes."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

import click

from . import __version__
from .errors import BadInput, ClaimsError

DEFAULT_DB = "db/claims.db"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def db_option(fn):
    return click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                        help="SQLite database file")(fn)


@click.group()
@click.version_option(__version__, prog_name="claims")
def cli():
    """Quotes, reported speech and numeric claims from news articles, in SQLite.

    Ingest articles, then browse them in Datasette:

        claims ingest claims/samples && claims serve
    """


def check_date(ctx, param, value):
    from .ingest import iso_date

    if value is None:
        return None
    found = iso_date(value)
    if not found:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)")
    return found


@cli.command()
@click.argument("targets", nargs=-1, required=True)
@db_option
@click.option("--outlet", help="Outlet name for articles whose source does not give one")
@click.option("--published", callback=check_date, help="Publication date (YYYY-MM-DD) for articles without one")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, only the summary and errors")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="Extraction processes  [default: all cores]")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on the Dask scheduler at ADDRESS (tcp://host:8786), or 'local' for a LocalCluster "
                   "of --workers processes")
@click.option("--parquet", type=click.Path(file_okay=False),
              help="Write the extracted tables to this Parquet dataset instead of the database "
                   "(then: claims load DIR)")
def ingest(targets, db, outlet, published, quiet, workers, dask_address, parquet):
    """Read articles into the database: files, directories or http(s) URLs.

    Reads .txt and .md (pages pasted from a browser too), .html, .jsonl and .csv
    (one article per row with a `text` column); the URL of an RSS or Atom feed or
    a sitemap gives the article of every page it lists (to follow feeds as they
    change, see claims watch). The same article twice is stored
    once; a corrected one (same url or id) replaces the old one's quotes and claims.
    Bad files are reported with their name and line, and the rest goes on; the exit
    status is 1 if anything failed.

    Extraction runs in --workers processes (all cores by default) or on a Dask
    cluster; this process reads, links speakers and writes, one transaction per
    batch of articles, so the result is the same however it ran.

    Examples:

        claims ingest claims/samples articles.jsonl --db db/claims.db

        claims ingest archive/ --dask tcp://scheduler:8786 --parquet /shared/claims-parquet
    """
    from .ingest import default_workers, ingest as run_ingest

    if workers is None:
        workers = default_workers()
    from .sources import estimate_count

    if not parquet:
        warn_if_outdated(db)

    # A bar only where someone watches, and only when there is more than a handful to wait for.
    total = estimate_count(targets) if not quiet and sys.stderr.isatty() else 0
    bar = click.progressbar(length=total, label="Ingesting", file=sys.stderr, show_pos=True) if total > 5 else None

    def progress(item):
        if isinstance(item, BadInput):
            click.echo(("\n" if bar else "") + click.style("error: ", fg="red") + str(item), err=True)
        if bar:
            bar.update(1)

    try:
        if bar:
            bar.__enter__()
        summary = run_ingest(targets, db, published=published, outlet=outlet, on_article=progress,
                             workers=workers, dask=dask_address, parquet=parquet)
    except ClaimsError as error:
        raise click.ClickException(str(error))
    finally:
        if bar:
            bar.update(max(0, bar.length - bar.pos))  # the estimate counts lines; end the bar full
            bar.__exit__(None, None, None)
    click.echo(summary.line(), err=True)
    if summary.errors:
        sys.exit(1)


@cli.command()
@click.argument("feed_urls", nargs=-1)
@db_option
@click.option("--feeds", "feed_file", type=click.Path(dir_okay=False, exists=True),
              help="A file of feeds: one URL a line, optionally followed by the outlet's name")
@click.option("--every", default="15m", show_default=True, help="Time between polls: 90s, 15m, 1h")
@click.option("--once", is_flag=True, help="Poll once, then exit (status 1 if anything failed)")
@click.option("--delay", default=1.0, show_default=True, type=click.FloatRange(min=0),
              help="Seconds between two requests to one host (robots.txt's Crawl-delay wins if longer)")
@click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a server has to give a whole answer")
@click.option("--retries", default=2, show_default=True, type=click.IntRange(min=0),
              help="Tries after the first on a timeout, a broken connection, 429 or 5xx, waiting longer each time")
def watch(feed_urls, db, feed_file, every, once, delay, timeout, retries):
    """Follow RSS/Atom feeds and news sitemaps: each new article read and stored once.

    Every poll asks each feed whether it changed since the last answer (ETag,
    Last-Modified); from a changed one it reads the articles not read before,
    and those the feed dates newer (a correction replaces the old version). It
    says who it is, obeys robots.txt, waits between requests to one host, gives
    up on a slow server and retries with backoff. A failing feed is reported and
    asked again at the next poll; the others go on. What it has read is kept in
    the database (tables feeds and feed_items), so a restarted watch goes on
    where it stopped; `claims serve` can run beside it. Ctrl-C or SIGTERM stops it
    between two articles.

    Example:

        claims watch --feeds feeds.txt --every 15m
    """
    import signal
    import threading

    from .watch import read_feed_list, seconds_of, Source, watch as run_watch

    try:
        sources = [Source(url) for url in feed_urls] + (read_feed_list(feed_file) if feed_file else [])
        interval = seconds_of(every)
    except ClaimsError as error:
        raise click.ClickException(str(error))
    if not sources:
        raise click.UsageError("give feed URLs or --feeds FILE")
    warn_if_outdated(db)
    stop = threading.Event()

    def on_signal(number, frame):
        if stop.is_set():  # asked twice: stop now
            raise KeyboardInterrupt
        click.echo(f"stopping after this article ({signal.Signals(number).name})", err=True)
        stop.set()

    def on_event(kind, message):
        if kind == "error":
            click.echo(click.style("error: ", fg="red") + message, err=True)
        elif kind != "unchanged":
            click.echo(f"{kind:8} {message}")

    previous = {number: signal.signal(number, on_signal) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        last = run_watch(sources, db, every=interval, once=once, on_event=on_event,
                         on_poll=lambda poll: click.echo(poll.line(), err=True), stop=stop,
                         delay=delay, timeout=timeout, retries=retries)
    except ClaimsError as error:
        raise click.ClickException(str(error))
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if once and last is not None and last.errors:
        sys.exit(1)


@cli.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@click.option("--published", callback=check_date, help="Publication date (YYYY-MM-DD) to resolve 'Tuesday' against")
@click.option("--outlet", help="Outlet name, the claimant of figures no one else claims")
def extract(path, fmt, published, outlet):
    """Print the quotes, claims and speakers of articles as JSON, without a database.

    PATH is a file, a directory, a URL or - for standard input. A .jsonl input gives
    one output line per input line, carrying its `id`. Offsets index each article's
    text exactly as read.

    Example:

        claims extract article.txt --format json > out.json
    """
    from .ingest import extract_article
    from .sources import Article, decode, read

    if path == "-":
        try:
            items = [Article(text=decode(sys.stdin.buffer.read(), "<stdin>"), source="<stdin>")]
        except BadInput as error:
            items = [error]
    else:
        items = read([path])
    failed = False
    results = []
    for item in items:
        if isinstance(item, BadInput):
            click.echo(click.style("error: ", fg="red") + str(item), err=True)
            failed = True
            continue
        result = asdict(extract_article(item, published, outlet))
        if fmt == "jsonl":
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            results.append(result)
    if fmt == "json":
        click.echo(json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=2))
    if failed:
        sys.exit(1)


def config_file(name: str) -> str | None:
    """metadata.yml / datasette.yaml from the current directory, else from the project checkout."""
    for folder in (Path.cwd(), PROJECT_ROOT):
        if (folder / name).exists():
            return str(folder / name)
    return None


@cli.command()
@click.option("--db", "dbs", multiple=True, default=[DEFAULT_DB], show_default=True,
              type=click.Path(dir_okay=False), help="SQLite database file; repeat to serve several (shards)")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--immutable", is_flag=True,
              help="Open the files read-only as `claims publish` prepared them (with its .inspect.json)")
@click.option("--title", help="The archive's name, shown on every page")
@click.option("--description", help="A sentence or two about the archive, on the home page")
@click.option("--source", help="Where the articles come from [default: News articles read with claims ingest]")
@click.option("--source-url", help="A link for the source")
@click.option("--licence", "--license", "licence", help="Under which licence the data may be reused (none is claimed if not given)")
@click.option("--licence-url", "--license-url", "licence_url", help="A link to the licence")
@click.option("--about", "about_file", type=click.Path(dir_okay=False),
              help="A YAML file with these keys (title, description, source, source_url, licence, licence_url); "
                   "the options above win over it")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
def serve(dbs, host, port, immutable, title, description, source, source_url, licence, licence_url, about_file,
          extra):
    """Browse the database in Datasette, with the project's metadata and configuration.

    What the pages say about the archive (its title, description, source and licence) is what
    you give with the options or an --about file, never the demo's words; nothing given, no
    licence is claimed.

    Several --db files (the shards `claims load --shard-by year` writes) are served
    side by side, each with the same tables, facets and canned queries; up to ten of
    them are also attached to one another, so the `speaker_everywhere` query of the
    _memory database finds a speaker's quotes in all of them at once. Arguments after
    -- go to `datasette serve` unchanged.

    Examples:

        claims serve --db db/claims.db --port 8001

        claims serve --db db/claims-2024.db --db db/claims-2025.db

        claims publish --db db/claims.db && claims serve --db db/claims.db --immutable

        claims serve --db news.db --title "Valley news 2026" --source "The Valley Herald" --licence "All rights reserved"

        claims serve --db news.db --about about.yml
    """
    from .store import connect

    for db in dbs:
        if not Path(db).exists():
            raise click.ClickException(f"{db} does not exist: run `claims ingest` first")
        if not immutable:  # (an immutable file is served as published: no migration, no WAL)
            connect(db).dispose()  # migrate before serving
        warn_if_outdated(db)
    args = [sys.executable, "-m", "datasette", "serve", "--host", host, "--port", str(port)]
    if immutable:
        args += [arg for db in dbs for arg in ("-i", db)]
        inspect = Path(dbs[0]).with_suffix(".inspect.json")
        if len(dbs) == 1 and inspect.exists():
            args += ["--inspect-file", str(inspect)]
    else:
        args += list(dbs)
    for flag, name in (("--metadata", "metadata.yml"), ("--config", "datasette.yaml")):
        if found := config_file(name):
            args += [flag, found]
    if len(dbs) > 1:
        from .web.crossdb import speaker_everywhere_sql

        # Datasette attaches at most ten databases to one connection (SQLite's default limit).
        names = [Path(db).stem for db in dbs][:10]
        args += ["--crossdb", "-s", "databases._memory.queries.speaker_everywhere.sql", speaker_everywhere_sql(names),
                 "-s", "databases._memory.queries.speaker_everywhere.title",
                 "A speaker's quotes in every database served"]
    args += about_args(about_file, title=title, description=description, source=source, source_url=source_url,
                       license=licence, license_url=licence_url)
    args += list(extra)
    click.echo(f"Serving {', '.join(dbs)} on http://{host}:{port}/", err=True)
    os.execv(sys.executable, args)


def about_args(about_file: str | None, **given) -> list[str]:
    """The `datasette serve` arguments describing the archive: the --about file's keys, then the
    options given (they win), as the plugin setting plugins.claims.about (claims.web.about)."""
    from .web.about import read_about

    try:
        described = read_about(about_file) if about_file else {}
    except ClaimsError as error:
        raise click.ClickException(str(error))
    described.update({key: value for key, value in given.items() if value})
    return ["-s", "plugins.claims.about", json.dumps(described, ensure_ascii=False)] if described else []


@cli.command("export")
@click.option("--format", "fmt", required=True, type=click.Choice(["csv", "jsonl", "parquet", "claimreview"]),
              help="claimreview: every review as schema.org ClaimReview JSON-LD")
@click.option("--table", default="quotes", show_default=True,
              type=click.Choice(["quotes", "claims", "speakers", "articles"]))
@click.option("--out", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write [default: standard output]")
@db_option
@click.option("--speaker", multiple=True, help="Only this speaker, in any spelling (repeatable)")
@click.option("--since", callback=check_date, help="From this date (YYYY-MM-DD), inclusive")
@click.option("--until", callback=check_date, help="Up to this date (YYYY-MM-DD), inclusive")
@click.option("--outlet", multiple=True, help="Only this outlet (repeatable)")
@click.option("--search", help="Full-text search: rows containing all these words")
def export_command(fmt, table, out, db, speaker, since, until, outlet, search):
    """Write a table with its joins (the columns of claims.open()) as CSV, JSON Lines or Parquet.

    Rows are streamed, so memory stays flat on any size of database.

    Examples:

    \b
        claims export --format csv --table claims --out claims.csv
        claims export --format parquet --speaker "Ilona Varga" --out varga.parquet
        claims export --format claimreview --out reviews.json
    """
    from .export import export

    if fmt == "parquet" and out == "-" and sys.stdout.isatty():
        raise click.ClickException("Parquet is binary: give --out PATH or redirect the output")
    if not Path(db).exists():
        raise click.ClickException(f"{db} does not exist: run `claims ingest` first")
    try:
        written = export(db, fmt, table, out, speaker=list(speaker) or None, since=since, until=until,
                         outlet=list(outlet) or None, q=search)
    except ClaimsError as error:
        raise click.ClickException(str(error))
    what = "reviews" if fmt == "claimreview" else table
    click.echo(f"{written:,} {what} written" + ("" if out == "-" else f" to {out}"), err=True)


@cli.command()
@db_option
def migrate(db):
    """Bring a database written by an older version of claims up to the current schema.

    Adds the tables, columns and views the newer version has, in place; stored articles, quotes,
    claims, speakers and verdicts stay as they are. `claims ingest` does it too; `claims.open()`
    never writes to the file it reads, so it asks for this instead.

    Example:

        claims migrate --db db/claims.db
    """
    from .store import migrate_file

    if not Path(db).is_file():
        raise click.ClickException(f"{db} does not exist: run `claims ingest` first")
    try:
        applied = migrate_file(db)
    except ClaimsError as error:
        raise click.ClickException(str(error))
    if applied:
        click.echo(f"{db}: {len(applied)} schema change(s) applied: {', '.join(applied)}", err=True)
    else:
        click.echo(f"{db} is up to date", err=True)


@cli.command("load")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@db_option
@click.option("--shard-by", type=click.Choice(["year"]),
              help="One database per publication year: --db db/claims.db writes db/claims-2025.db, ...")
def load_command(directory, db, shard_by):
    """Load a Parquet dataset written by `claims ingest --parquet` into SQLite.

    Bulk inserts with the full-text triggers off and one index update at the end,
    in one transaction per database. Speakers are linked here, once, over the
    distinct names. Loading the same dataset (or part of it) twice changes nothing.

    Example:

        claims load /shared/claims-parquet --db db/claims.db --shard-by year
    """
    from .parquet import load

    try:
        loaded = load(directory, db, shard_by=shard_by)
    except ClaimsError as error:
        raise click.ClickException(str(error))
    for path in loaded.databases:
        click.echo(path)
    click.echo(loaded.line(), err=True)


@cli.command()
@click.argument("claim_id", type=int)
@db_option
@click.option("--verdict", required=True, help="true, mostly true, misleading, false or unproven")
@click.option("--note", help="Why: the evidence, in a sentence or two")
@click.option("--url", help="The published fact-check (http or https)")
@click.option("--reviewer", default=lambda: os.environ.get("USER"), help="Who judged it [default: $USER]")
@click.option("--quote", "is_quote", is_flag=True, help="CLAIM_ID is the id of a quote, not of a numeric claim")
def review(claim_id, db, verdict, note, url, reviewer, is_quote):
    """Record a fact-checker's verdict on a claim (or, with --quote, on a quote).

    The same as the review form of the claim and quote pages in `claims serve`.

    Example:

        claims review 12 --verdict "mostly true" --note "The ministry's own figure is 1,150" \\
            --url https://example.org/fact-check/12
    """
    from .review import add_review
    from .store import connect

    if not Path(db).exists():
        raise click.ClickException(f"{db} does not exist: run `claims ingest` first")
    target = {"quote_id" if is_quote else "claim_id": claim_id}
    try:
        engine = connect(db)
        with engine.begin() as conn:
            review_id = add_review(conn, verdict=verdict, note=note, url=url, reviewer=reviewer, **target)
        engine.dispose()
    except ClaimsError as error:
        raise click.ClickException(str(error))
    what = "quote" if is_quote else "claim"
    click.echo(f"review {review_id}: {what} {claim_id} is {verdict.strip().lower()}", err=True)


@cli.command("repeats")
@db_option
@click.option("--since", callback=check_date, help="Only repeats published from this date (YYYY-MM-DD)")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
def repeats_command(db, since, fmt):
    """Claims and quotes that repeat one a fact-checker has judged, newest first, with the verdict.

    Found at ingest and when a verdict is recorded. `repeats` is the id of the judged claim or
    quote (of the same kind).

    Example:

        claims repeats --since 2026-03-01 --format jsonl
    """
    import sqlite3

    from .api import check_schema, read_only
    from .store.repeats import listing

    if not Path(db).is_file():
        raise click.ClickException(f"{db} does not exist: run `claims ingest` first")
    try:
        check_schema(Path(db))
        conn = sqlite3.connect(read_only(Path(db)), uri=True)
        try:
            records = listing(conn.cursor(), since)
        finally:
            conn.close()
    except ClaimsError as error:
        raise click.ClickException(str(error))
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    else:
        for r in records:
            click.echo(f"{r['kind']} {r['id']} ({r['published'] or 'undated'}, {r['outlet'] or '?'}) repeats "
                       f"{r['kind']} {r['repeats']}, {r['verdict']}: {r['reason']} ({r['score']:.2f})\n"
                       f"    {r['speaker'] or 'unattributed'}: {r['text']}")
        click.echo(f"{len(records)} repeats of checked claims", err=True)


@cli.command()
@db_option
@click.option("--inspect-file", type=click.Path(dir_okay=False),
              help="Where to write `datasette inspect` data [default: DB with .inspect.json]")
def publish(db, inspect_file):
    """Prepare the database for read-heavy serving and print how to serve it.

    Adds indexes on every facet and join column, updates the query planner's statistics,
    folds the write-ahead log into one self-contained file and writes `datasette inspect`
    data, so Datasette can open it immutable (no locks, table counts precomputed).

    Example:

        claims publish --db db/claims.db
    """
    import yaml

    from .web.publish import prepare

    config = None
    if found := config_file("datasette.yaml"):
        config = yaml.safe_load(Path(found).read_text())
    try:
        done = prepare(db, config, inspect_file)
    except ClaimsError as error:
        raise click.ClickException(str(error))
    counts = ", ".join(f"{n:,} {table}" for table, n in done.tables.items())
    click.echo(f"{db}: {counts}; {len(done.indexes_created)} indexes created", err=True)
    for name in done.indexes_created:
        click.echo(f"  {name}", err=True)
    options = "".join(f" --{flag} {found}" for flag, name in (("metadata", "metadata.yml"), ("config", "datasette.yaml"))
                      if (found := config_file(name)))
    click.echo(f"""
Serve it read-only and fast (verdicts are recorded on the working copy, then publish again):

    DATASETTE_SECRET=$(python -c 'import secrets; print(secrets.token_hex(32))') \\
    datasette serve --immutable {db} --inspect-file {done.inspect_file}{options} \\
        --host 0.0.0.0 --port 8001 --setting default_cache_ttl 3600
""")



# -- speakers: list, show and correct the people and organisations quoted ----------------------------

@cli.group()
def speakers():
    """List, inspect and correct speakers; every correction is kept and wins over automatic linking.

    Example:

        claims speakers list --search peskov
    """


def who_why(fn):
    fn = click.option("--why", help="Why: kept with the decision")(fn)
    return click.option("--who", help="Who decides (default: $CLAIMS_USER or the login name)")(fn)


def _speaker_line(row) -> str:
    role = f", {row.role}" if row.role else ""
    return f"{row.id}\t{row.name} ({row.kind}{role})"


def _with_speakers(db, action):
    """Run `action(conn)` in one transaction on `db`; SpeakerError and BadInput become messages."""
    from .store import connect

    if not Path(db).exists():
        raise click.ClickException(f"{db} does not exist: run `claims ingest` first")
    try:
        engine = connect(db)
        try:
            with engine.begin() as conn:
                return action(conn)
        finally:
            engine.dispose()
    except ClaimsError as error:
        raise click.ClickException(str(error))


@speakers.command("list")
@db_option
@click.option("--search", "-s", help="Only speakers with a name or alias like this (any spelling)")
@click.option("--kind", type=click.Choice(["person", "organization", "group"]))
@click.option("--limit", default=50, show_default=True, type=int)
def speakers_list(db, search, kind, limit):
    """List speakers with their number of quotes, most quoted first.

    Example:

        claims speakers list --search zelensky --kind person
    """
    from sqlalchemy import text

    from .link import normalize

    def action(conn):
        where, params = [], {"limit": limit}
        if kind:
            where.append("s.kind = :kind")
            params["kind"] = kind
        if search:
            where.append("s.id IN (SELECT speaker_id FROM speaker_aliases WHERE normalized LIKE :like "
                         "OR alias LIKE :raw)")
            params.update(like=f"%{normalize(search)}%", raw=f"%{search}%")
        sql = ("SELECT s.id, s.name, s.kind, s.role, (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS n, "
               "(SELECT count(*) FROM speaker_aliases a WHERE a.speaker_id = s.id) AS aliases FROM speakers s"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY n DESC, s.id LIMIT :limit")
        return conn.execute(text(sql), params).all()

    for sid, name, kind_, role, quotes, aliases in _with_speakers(db, action):
        role = f", {role}" if role else ""
        click.echo(f"{sid}\t{name} ({kind_}{role})\t{quotes} quotes\t{aliases} aliases")


@speakers.command("show")
@db_option
@click.argument("speaker")
def speakers_show(db, speaker):
    """Show a speaker: aliases (manual or automatic), external ids, quotes and decisions.

    SPEAKER is an id, a name or a spelling only one speaker has.

    Example:

        claims speakers show "Dmitry Peskov"
    """
    from sqlalchemy import text

    from .link import manual

    def action(conn):
        row = manual.resolve(conn, speaker)
        aliases = conn.execute(text("SELECT alias, origin, score FROM speaker_aliases WHERE speaker_id = :s ORDER BY id"),
                               {"s": row.id}).all()
        ids = conn.execute(text("SELECT scheme, value FROM speaker_external_ids WHERE speaker_id = :s"),
                           {"s": row.id}).all()
        quotes = conn.execute(text("SELECT count(*) FROM quotes WHERE speaker_id = :s"), {"s": row.id}).scalar()
        return row, aliases, ids, quotes, manual.decisions(conn, row.id)

    row, aliases, ids, quotes, log = _with_speakers(db, action)
    click.echo(_speaker_line(row))
    if row.description:
        click.echo(f"  {row.description}")
    click.echo(f"  {quotes} quotes")
    for scheme, value in ids:
        click.echo(f"  {scheme}: {value}")
    click.echo("  aliases:")
    for alias, origin, score in aliases:
        click.echo(f"    {alias}  [{origin}{'' if score is None else f' {score:.0f}'}]")
    if log:
        click.echo("  decisions:")
    for d in log:
        what = " ".join(str(v) for v in (d["other_name"], d["alias"], d["value"]) if v)
        why = f" because {d['why']}" if d["why"] else ""
        click.echo(f"    {d['decided_at']} {d['who']}: {d['action']} {what}{why}")


@speakers.command("merge")
@db_option
@click.argument("keep")
@click.argument("other")
@who_why
def speakers_merge(db, keep, other, who, why):
    """Merge speaker OTHER into KEEP: one person under two rows.

    OTHER's aliases, quotes and claims move to KEEP and stay there on every later ingest.

    Example:

        claims speakers merge 12 "Volodymyr Zelensky" --why "same person, two spellings"
    """
    from .link import manual

    row = _with_speakers(db, lambda conn: manual.merge(conn, keep, other, who=who, why=why))
    click.echo(f"merged into {_speaker_line(row)}")


@speakers.command("split")
@db_option
@click.argument("speaker")
@click.argument("alias")
@click.option("--name", help="Name of the new speaker (default: the alias)")
@who_why
def speakers_split(db, speaker, alias, name, who, why):
    """Split the spelling ALIAS off SPEAKER into a new speaker: two people under one row.

    Quotes and claims whose mention is written that way move with it, and later articles
    spelling it so link to the new speaker.

    Example:

        claims speakers split "Anna Clark" "A. Clark" --name "Alan Clark" --why "different person"
    """
    from .link import manual

    row = _with_speakers(db, lambda conn: manual.split(conn, speaker, alias, name=name, who=who, why=why))
    click.echo(f"new speaker {_speaker_line(row)}")


@speakers.command("rename")
@db_option
@click.argument("speaker")
@click.argument("name")
@who_why
def speakers_rename(db, speaker, name, who, why):
    """Give SPEAKER the display name NAME; the old name stays an alias.

    Example:

        claims speakers rename 7 "Volodymyr Zelenskyy"
    """
    from .link import manual

    row = _with_speakers(db, lambda conn: manual.rename(conn, speaker, name, who=who, why=why))
    click.echo(_speaker_line(row))


@speakers.command("set-role")
@db_option
@click.argument("speaker")
@click.argument("role")
@click.option("--kind", type=click.Choice(["person", "organization", "group"]), help="Also correct the kind")
@who_why
def speakers_set_role(db, speaker, role, kind, who, why):
    """Set the role of SPEAKER (an empty ROLE clears it); automatic linking never overwrites it.

    Example:

        claims speakers set-role "Dmitry Peskov" "Kremlin spokesman"
    """
    from .link import manual

    row = _with_speakers(db, lambda conn: manual.set_role(conn, speaker, role, kind=kind, who=who, why=why))
    click.echo(_speaker_line(row))


@speakers.command("import")
@db_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@who_why
def speakers_import(db, file, who, why):
    """Import a gazetteer CSV: name, aliases (';'-separated), description, external_id, kind, role.

    Imported names are canonical: they become the speakers' names, their spellings are pinned,
    and speakers automatic linking kept apart under those spellings are merged. Importing the
    same file again updates instead of duplicating.

    Example:

        claims speakers import people.csv --why "newsroom list, March 2026"
    """
    from .link import manual
    from .store import connect

    if not Path(db).exists():
        connect(db).dispose()  # a gazetteer may come before the first article
    done = _with_speakers(db, lambda conn: manual.import_gazetteer(conn, file, who=who, why=why))
    click.echo(f"{done.rows} rows: {done.created} new speakers, {done.updated} updated, {done.merged} merged", err=True)


def _mention_lines(item) -> list[str]:
    """A queue item as the terminal shows it: the mention, its article and quotes, the numbered candidates."""
    lines = [f"[{item.id}] {item.mention!r}: {len(item.quotes)} quote(s) in “{item.title or 'untitled'}” "
             f"({item.outlet or 'no outlet'}, {item.published or 'undated'}, article {item.article_id})"]
    lines += [f"      {q['kind']}: {q['text'][:160]}" for q in item.quotes[:5]]
    for number, c in enumerate(item.candidates, 1):
        roles = f", {'; '.join(c.roles)}" if c.roles else ""
        dates = f", quoted {c.first}" + (f" to {c.last}" if c.last != c.first else "") if c.first else ""
        lines.append(f"  {number}. {c.name} (speaker {c.speaker_id}{roles}): {c.quotes} quotes{dates}; "
                     f"outlets: {', '.join(c.outlets) or 'none'}")
        lines += [f"       + {why}" for why in c.evidence_for] + [f"       - {why}" for why in c.evidence_against]
    return lines


def _decide(db, item, speaker_id, who, why) -> None:
    from .link import assign

    done = _with_speakers(db, lambda conn: assign.decide(conn, item.article_id, item.mention, speaker_id,
                                                         who=who, why=why))
    whom = f"{done.speaker_name} ({done.speaker_id})" if done.speaker_id else "someone else"
    click.echo(f"{item.mention!r} in article {item.article_id} is {whom}: {done.quotes} quotes, "
               f"{done.claims} claims", err=True)


@speakers.command("review")
@db_option
@click.option("--list", "list_only", is_flag=True, help="Print the queue and stop")
@click.option("--pick", nargs=2, metavar="MENTION_ID SPEAKER_ID|n",
              help="Decide one item without asking: a candidate's speaker id, or n for someone else")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1), help="Items to show")
@who_why
def speakers_review(db, list_only, pick, limit, who, why):
    """Say who unresolved mentions are ("Mr Brown", "Ms. Ruiz"): the review queue.

    Each item is a mention one article leaves unresolved, with its quotes and the known
    people it could be, with the evidence for (+) and against (-) each. Answer with a
    candidate's number, n for someone else (none of them), s to skip or q to quit.
    Decisions are recorded (who, when, why) and hold through every re-ingest.

    Examples:

        claims speakers review

        claims speakers review --list --limit 10 && claims speakers review --pick 512 7
    """
    from .link import queue

    if pick:
        mention_id, choice = pick
        item = _with_speakers(db, lambda conn: queue.find(conn, int(mention_id)) if mention_id.isdigit() else None)
        if item is None:
            raise click.ClickException(f"no queue item {mention_id} (see claims speakers review --list)")
        if choice.lower() not in ("n", "nobody") and not choice.isdigit():
            raise click.ClickException(f"SPEAKER_ID must be a speaker id or n, not {choice!r}")
        _decide(db, item, None if not choice.isdigit() else int(choice), who, why)
        return
    items = _with_speakers(db, lambda conn: queue.review_queue(conn, limit=limit))
    if not items:
        click.echo("Nobody to review.", err=True)
    for item in items:
        click.echo("\n".join(_mention_lines(item)))
        if list_only:
            continue
        answer = click.prompt(f"Who is {item.mention!r}? 1-{len(item.candidates)}, n someone else, s skip, q quit",
                              type=click.Choice([*map(str, range(1, len(item.candidates) + 1)), "n", "s", "q"]),
                              show_choices=False, default="s")
        if answer == "q":
            break
        if answer != "s":
            _decide(db, item, None if answer == "n" else item.candidates[int(answer) - 1].speaker_id, who, why)


class RelinkProgress:
    """A bar on a terminal; elsewhere (a log, a cron job) a line at every tenth of the articles."""

    def __init__(self, quiet: bool):
        self.quiet, self.bar, self.shown = quiet, None, 0

    def __call__(self, done: int, total: int) -> None:
        if self.quiet:
            return
        if sys.stderr.isatty():
            if self.bar is None:
                self.bar = click.progressbar(length=total, label="Relinking", file=sys.stderr, show_pos=True)
                self.bar.__enter__()
            self.bar.update(done - self.bar.pos)
        elif done == total or done * 10 // total > self.shown * 10 // total:
            self.shown = done
            click.echo(f"relinking: {done}/{total} articles", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@speakers.command("relink")
@db_option
@click.option("--dry-run", is_flag=True, help="Do all the work, report what would change, write nothing")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="Extraction processes  [default: all cores]")
@click.option("--quiet", "-q", is_flag=True, help="No progress, only the summary")
def speakers_relink(db, dry_run, workers, quiet):
    """Re-extract every stored article and re-link all speakers under the current rules.

    For a database built by an older version: quotes, claims, automatic speakers and
    aliases are derived again from the stored texts, as `claims ingest` would now.
    Human work stays: speakers with a merge, split, rename, role, import, review-queue
    pick or external id keep their id, name, role and pinned spellings; the queue's
    decisions are applied again; a quote or claim that comes back keeps its id, so its
    verdicts stay on it; a verdict whose claim is gone is kept and counted. One transaction: readers see the old data until it commits,
    and an interrupted run changes nothing; it holds the write lock until done, so
    run it when no one is recording verdicts. Running it twice changes nothing more.

    Example:

        claims speakers relink --db db/claims.db --dry-run
    """
    from .ingest import default_workers
    from .relink import relink

    if not Path(db).exists():
        raise click.ClickException(f"{db} does not exist: run `claims ingest` first")
    progress = RelinkProgress(quiet)
    try:
        result = relink(db, dry_run=dry_run, workers=workers or default_workers(), on_batch=progress)
    except ClaimsError as error:
        raise click.ClickException(str(error))
    finally:
        progress.close()
    for line in result.lines():
        click.echo(line, err=True)


def warn_if_outdated(db: str) -> None:
    """Say once that `db` was derived under older rules, and what to run."""
    from .relink import outdated

    if Path(db).exists() and outdated(db):
        click.echo(click.style("note: ", fg="yellow") + f"{db} was built under older extraction and linking rules; "
                   f"run `claims speakers relink --db {db}` to re-derive it (manual decisions and verdicts are kept)",
                   err=True)


if __name__ == "__main__":
    cli()
