"""Parquet datasets: what a cluster job leaves on shared storage, and `claims load` of one into SQLite.

A dataset is partitioned by publication month:

    DIR/articles/month=2026-03/part-<digest>.parquet
    DIR/quotes/month=2026-03/part-<digest>.parquet      (same part names in every table)
    DIR/claims/...   DIR/mentions/...

`load()` puts such a dataset into SQLite, or into one SQLite file per year (`shard_by="year"`),
through the writer of `claims ingest` (claims.ingest.store_batch), with the full-text triggers off
during the load and one FTS update at the end.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd

from .batch import ARTICLE_COLUMNS, CLAIM_COLUMNS, ERROR_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, Batch, records
from .errors import ClaimsError, DatabaseError
from .extract.records import Claim, Quote
from .link import LinkCache, settle_touched
from .store import connect, repeats, stats
from .store.writer import TABLES, Written, fts_update
from .timestamps import now


# -- Parquet -----------------------------------------------------------------------------------

def _arrow_type(annotation: str):
    import pyarrow as pa

    annotation = str(annotation)
    if annotation.startswith("int"):
        return pa.int64()
    if annotation.startswith("float"):
        return pa.float64()
    if annotation.startswith("list"):
        return pa.list_(pa.string())
    return pa.string()


def schemas() -> dict:
    """The Arrow schema of each table of the dataset (explicit, so empty parts still agree)."""
    import pyarrow as pa

    quote_types = {f.name: _arrow_type(f.type) for f in fields(Quote)}
    claim_types = {f.name: _arrow_type(f.type) for f in fields(Claim)}
    key = [("content_hash", pa.string()), ("n", pa.int64())]
    return {
        "articles": pa.schema([(c, pa.string()) for c in ARTICLE_COLUMNS if c != "month"]),
        "quotes": pa.schema(key + [(c, quote_types[c]) for c in QUOTE_COLUMNS[2:]]),
        "claims": pa.schema(key + [(c, claim_types[c]) for c in CLAIM_COLUMNS[2:]]),
        "mentions": pa.schema(key + [("name", pa.string()), ("kind", pa.string()), ("role", pa.string()),
                                     ("aliases", pa.list_(pa.string()))]),
    }


def _require_pyarrow():
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise ClaimsError("Parquet needs pyarrow: pip install pyarrow") from None


def write_parquet(batch: Batch, directory: str | Path) -> list[Path]:
    """Write a batch into the dataset at `directory`, one part per publication month; return the parts.

    A part's name is a digest of its articles' content hashes, so writing the same batch again
    replaces the same files: a re-run after a crash leaves the dataset as one run would.
    """
    _require_pyarrow()
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory = Path(directory)
    written = []
    month_of_key = dict(zip(batch.articles["content_hash"], batch.articles["month"]))
    frames = {"articles": batch.articles, "quotes": batch.quotes, "claims": batch.claims,
              "mentions": batch.mentions}
    schema = schemas()
    for month in sorted(set(month_of_key.values())):
        keys = [k for k, m in month_of_key.items() if m == month]
        name = "part-" + hashlib.sha1("\n".join(keys).encode()).hexdigest()[:20] + ".parquet"
        # Articles last: a part whose articles file exists is complete.
        for table in ("quotes", "claims", "mentions", "articles"):
            frame = frames[table]
            rows = records(frame[frame["content_hash"].isin(keys)].drop(columns=["month"], errors="ignore"))
            path = directory / table / f"month={month}" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            pq.write_table(pa.Table.from_pylist(rows, schema=schema[table]), tmp)
            os.replace(tmp, path)  # atomic: a reader never sees half a file
            written.append(path)
    return written


def read_part(directory: Path, month: str, name: str) -> Batch:
    """One part of the dataset (all four tables) as a Batch."""
    import pyarrow.parquet as pq

    frames = {}
    columns = {"articles": ARTICLE_COLUMNS, "quotes": QUOTE_COLUMNS, "claims": CLAIM_COLUMNS,
               "mentions": MENTION_COLUMNS}
    for table in TABLES:
        path = directory / table / f"month={month}" / name
        if path.exists():
            frame = pd.DataFrame(pq.read_table(path).to_pylist())
        else:
            frame = pd.DataFrame(columns=columns[table])
        if table == "articles":
            frame["month"] = month
        frames[table] = frame.reindex(columns=columns[table])
    return Batch(**frames, errors=pd.DataFrame(columns=ERROR_COLUMNS))


def parts(directory: str | Path) -> Iterator[tuple[str, str]]:
    """(month, part name) of every complete part of a dataset, in order."""
    root = Path(directory) / "articles"
    if not root.is_dir():
        raise ClaimsError(f"{directory} is not a claims Parquet dataset (no articles/ folder)")
    for month_dir in sorted(root.glob("month=*")):
        for part in sorted(month_dir.glob("*.parquet")):
            yield month_dir.name.split("=", 1)[1], part.name


# -- loading into SQLite -----------------------------------------------------------------------

def _triggers(cur) -> list[tuple[str, str]]:
    return [(name, sql) for name, sql in cur.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('quotes', 'claims', 'articles')")]


@dataclass
class Loaded:
    """What `claims load` did, per database file."""

    databases: dict  # path -> Written

    def line(self) -> str:
        total = Written()
        for w in self.databases.values():
            total.add(w)
        return (f"{total.new} new articles, {total.replaced} replaced, {total.unchanged} unchanged, "
                f"{total.quotes} quotes, {total.claims} claims, {total.new_speakers} new speakers "
                f"into {len(self.databases)} database{'s' if len(self.databases) != 1 else ''}")


def shard_path(db: str | Path, key: str) -> Path:
    """db/claims.db with key 2025 is db/claims-2025.db."""
    db = Path(db)
    return db.with_name(f"{db.stem}-{key}{db.suffix or '.db'}")


def load(directory: str | Path, db: str | Path, shard_by: str | None = None,
         on_part: Callable[[str, str], None] | None = None) -> Loaded:
    """Load a Parquet dataset into the database `db` (or one database per year with shard_by='year').

    Each database is written in one transaction with its full-text triggers off; the FTS indexes are
    brought up to date once at the end (a 'rebuild' if any article was replaced). Loading the same
    dataset twice changes nothing. Sharded, the speakers table is carried from shard to shard in year
    order, so a speaker has the same id in every shard.
    """
    _require_pyarrow()
    directory = Path(directory)
    groups: dict[str, list[tuple[str, str]]] = {}
    for month, name in parts(directory):
        key = (month[:4] if month != "unknown" else "unknown") if shard_by == "year" else ""
        groups.setdefault(key, []).append((month, name))
    if shard_by not in (None, "year"):
        raise ClaimsError(f"cannot shard by {shard_by!r}: only by year")
    result = Loaded({})
    previous: Path | None = None
    paths = []
    for key in sorted(groups):
        path = shard_path(db, key) if shard_by else Path(db)
        paths.append(path)
        result.databases[str(path)] = _load_one(directory, groups[key], path, previous, on_part)
        previous = path
    if shard_by and len(paths) > 1:
        for path in paths[:-1]:  # every shard gets the speakers later shards added
            _copy_speakers(paths[-1], path)
    return result


def _copy_speakers(source: Path, target: Path) -> None:
    engine = connect(target)
    try:
        with engine.begin() as conn:
            cur = conn.connection.driver_connection.cursor()
            cur.execute("ATTACH DATABASE ? AS src", (str(source),))
            cur.execute("INSERT OR IGNORE INTO speakers SELECT * FROM src.speakers")
            cur.execute("INSERT OR IGNORE INTO speaker_aliases SELECT * FROM src.speaker_aliases")
        with engine.connect() as conn:
            conn.exec_driver_sql("DETACH DATABASE src")
    finally:
        engine.dispose()


def _load_one(directory: Path, group: list[tuple[str, str]], path: Path, previous: Path | None,
              on_part: Callable[[str, str], None] | None) -> Written:
    from .ingest import store_batch
    from .relink import stamp_if_empty

    if previous is not None:
        _copy_speakers(previous, path)
    engine = connect(path)
    stamp_if_empty(engine)  # loaded from empty, it is all under this version's rules
    total = Written()
    try:
        with engine.begin() as conn:
            cur = conn.connection.driver_connection.cursor()
            triggers = _triggers(cur)
            for name, _ in triggers:
                cur.execute(f"DROP TRIGGER {name}")
            cache = LinkCache()
            first_ids = None
            stamp = now()
            stored: list[int] = []
            for month, name in group:
                written = store_batch(conn, read_part(directory, month, name), cache, ingested_at=stamp)
                first_ids = first_ids or written.first_ids
                total.add(written)
                stored += [article_id for status, article_id in written.articles if status != "unchanged"]
                if on_part:
                    on_part(month, name)
            settle_touched(cur, cache)  # surname mentions judged once more, as `claims ingest` does
            if total.new or total.replaced:
                fts_update(cur, first_ids, full=bool(total.replaced))
            for _, sql in triggers:
                cur.execute(sql)
            stats.rebuild(cur)  # the speakers' counts, which the triggers keep, once for the whole load
            repeats.find_in_articles(cur, stored)  # repeats of checked claims, as `claims ingest` finds them
    except ClaimsError:
        raise
    except Exception as error:
        raise DatabaseError(f"cannot load into {path}: {error}") from None
    finally:
        engine.dispose()
    return total
