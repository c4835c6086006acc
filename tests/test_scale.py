"""Scaling out: the same corpus gives the same database in one process, in a pool and on Dask;
Parquet datasets load idempotently; shards by year share speaker ids."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from claims.batch import articles_frame, extract_article, extract_batch, extractions
from claims.cli import cli
from claims.ingest import ingest
from claims.parquet import load, shard_path
from claims.sources import read


def without_ids(dumped: dict) -> dict:
    """Content only, for databases whose rows went in in another order."""
    return {
        "articles": sorted(r[6] for r in dumped["articles"]),  # content_hash
        "quotes": sorted(repr(r[3:]) for r in dumped["quotes"]),  # from speaker_text on
        "speakers": sorted(r[1] for r in dumped["speakers"]),
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, samples_dir) -> Path:
    """The sample corpus plus a JSONL copy of it dated a year earlier: two years, 22 articles."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(samples_dir, folder / "samples")
    with open(folder / "earlier.jsonl", "w") as out:
        for n, article in enumerate(a for a in read([str(samples_dir)]) if not isinstance(a, Exception)):
            out.write(json.dumps({"id": f"earlier-{n}", "title": article.title, "outlet": article.outlet,
                                  "published": "2025-03-01", "text": article.text + "\n\nEarlier edition."}) + "\n")
    return folder


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("single") / "claims.db"
    summary = ingest([str(corpus)], str(db), batch_size=4)
    assert summary.articles == 22 and summary.new == 22 and not summary.errors, summary.line()
    assert summary.quotes > 0
    return db


def test_two_worker_processes_give_the_same_database(corpus, single, tmp_path, dump):
    db = tmp_path / "claims.db"
    ingest([str(corpus)], str(db), workers=2, batch_size=4)
    assert dump(db) == dump(single)


def test_dask_local_cluster_gives_the_same_database(corpus, single, tmp_path, dump):
    pytest.importorskip("distributed")
    db = tmp_path / "claims.db"
    summary = ingest([str(corpus)], str(db), workers=2, dask="local", batch_size=4)
    assert summary.new == 22
    assert dump(db) == dump(single)


def test_extract_batch_is_extraction_as_dataframes(samples_dir):
    articles = [a for a in read([str(samples_dir)]) if not isinstance(a, Exception)]
    batch = extract_batch(articles_frame(articles), published="2026-03-01")
    assert len(batch.articles) == len(articles)
    assert set(batch.quotes.columns) >= {"content_hash", "n", "speaker", "text", "start", "end"}
    assert set(batch.mentions.columns) == {"content_hash", "n", "name", "kind", "role", "aliases"}
    assert batch.articles["month"].str.match(r"^\d{4}-\d{2}$").all()
    # The frames carry everything: turned back into Extractions they equal the direct ones.
    back = extractions(batch)
    for article, key in zip(articles, batch.articles["content_hash"]):
        direct = extract_article(article, "2026-03-01")
        assert back[key] == direct, article.source
    # The offsets index the article's text exactly.
    text_of = dict(zip(batch.articles["content_hash"], batch.articles["text"]))
    for q in batch.quotes.itertuples():
        assert text_of[q.content_hash][q.start:q.end] == q.text


def test_extract_batch_of_nothing():
    batch = extract_batch(pd.DataFrame(columns=["text", "source"]))
    assert len(batch) == 0 and batch.quotes.empty and list(batch.claims.columns)[:2] == ["content_hash", "n"]


def test_rerun_after_an_interruption_ends_like_one_run(corpus, single, tmp_path, dump):
    db = tmp_path / "claims.db"
    read_so_far = []

    def interrupt(item):
        read_so_far.append(item)
        if len(read_so_far) == 15:
            raise KeyboardInterrupt  # as a kill would, in the middle of the fourth batch

    with pytest.raises(KeyboardInterrupt):
        ingest([str(corpus)], str(db), batch_size=4, on_article=interrupt)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 12  # three whole batches
    conn.close()
    summary = ingest([str(corpus)], str(db), batch_size=4)
    assert (summary.unchanged, summary.new) == (12, 10)
    assert dump(db) == dump(single)


def test_a_corrected_article_in_the_same_batch_replaces_the_first(tmp_path):
    path = tmp_path / "two.jsonl"
    rows = [{"id": "a1", "published": "2026-01-02", "text": f'"We will rebuild," said Mayor Anna Kral. Version {n}.'}
            for n in (1, 2)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    summary = ingest([str(path)], str(tmp_path / "claims.db"))
    assert (summary.new, summary.replaced) == (1, 1)
    conn = sqlite3.connect(tmp_path / "claims.db")
    assert conn.execute("SELECT count(*), max(text) FROM articles").fetchone() == (1, rows[1]["text"])
    # Only the second version's quotes, as if it alone had been read.
    alone = tmp_path / "alone.jsonl"
    alone.write_text(json.dumps(rows[1]) + "\n")
    ingest([str(alone)], str(tmp_path / "alone.db"))
    only = sqlite3.connect(tmp_path / "alone.db").execute("SELECT text, start, [end] FROM quotes ORDER BY id").fetchall()
    assert only and conn.execute("SELECT text, start, [end] FROM quotes ORDER BY id").fetchall() == only


def test_parquet_dataset_loads_once(corpus, single, tmp_path, dump):
    dataset = tmp_path / "parquet"
    summary = ingest([str(corpus)], None, parquet=str(dataset), batch_size=4)
    assert summary.articles == 22
    months = sorted(p.name for p in (dataset / "articles").iterdir())
    assert months == ["month=2025-03", "month=2026-03"]
    db = tmp_path / "claims.db"
    first = load(dataset, db)
    assert first.databases[str(db)].new == 22
    once = dump(db)
    # Same articles and quotes; speakers may differ a little, as linking depends on the order of
    # articles, and a dataset loads month by month.
    assert without_ids(once)["articles"] == without_ids(dump(single))["articles"]
    assert without_ids(once)["quotes"] == without_ids(dump(single))["quotes"]
    # Loading again (and re-writing the same parts) changes nothing.
    ingest([str(corpus / "samples")], None, parquet=str(dataset), batch_size=4)
    again = load(dataset, db)
    assert again.databases[str(db)].new == 0 and again.databases[str(db)].unchanged >= 22
    assert dump(db) == once
    # The full-text triggers are back: a later ingest is indexed as it is written.
    conn = sqlite3.connect(db)
    assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")} >= {
        "quotes_ai", "quotes_ad", "quotes_au", "articles_ai", "claims_ai"}
    conn.close()
    extra = tmp_path / "extra.txt"
    extra.write_text('"The water is gone," said Petra Zelenka, a farmer in Lisko, on Friday.\n')
    ingest([str(extra)], str(db), published="2026-04-03")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Zelenka'").fetchone()[0] == 1


def test_shards_by_year_share_speaker_ids(corpus, tmp_path):
    dataset = tmp_path / "parquet"
    ingest([str(corpus)], None, parquet=str(dataset), batch_size=4)
    db = tmp_path / "claims.db"
    loaded = load(dataset, db, shard_by="year")
    assert sorted(loaded.databases) == [str(shard_path(db, "2025")), str(shard_path(db, "2026"))]
    speakers = {}
    for path in loaded.databases:
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 11
        assert conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'said'").fetchone()[0] > 0
        speakers[path] = dict(conn.execute("SELECT id, name FROM speakers"))
        conn.close()
    first, second = speakers.values()
    assert first == second and first


def test_cli_ingest_workers_and_load(corpus, single, tmp_path, dump):
    runner = CliRunner()
    db = tmp_path / "claims.db"
    result = runner.invoke(cli, ["ingest", str(corpus), "--db", str(db), "--workers", "2", "-q"])
    assert result.exit_code == 0, result.output
    assert "22 articles (22 new" in result.output
    for table in ("articles", "quotes"):  # batches of 100 here: speakers may link a little differently
        assert without_ids(dump(db))[table] == without_ids(dump(single))[table]
    dataset = tmp_path / "parquet"
    result = runner.invoke(cli, ["ingest", str(corpus / "samples"), "--parquet", str(dataset), "-w", "1"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["load", str(dataset), "--db", str(tmp_path / "loaded.db"), "--shard-by", "year"])
    assert result.exit_code == 0, result.output
    assert str(shard_path(tmp_path / "loaded.db", "2026")) in result.output
    result = runner.invoke(cli, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1 and "not a claims Parquet dataset" in result.output


def test_serve_several_shards_and_search_a_speaker_across_them(corpus, tmp_path):
    """`claims serve` with two shards: each has its canned queries, and one query spans both."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    dataset = tmp_path / "parquet"
    ingest([str(corpus)], None, parquet=str(dataset), batch_size=4)
    loaded = load(dataset, tmp_path / "claims.db", shard_by="year")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    args = [sys.executable, "-m", "claims.cli", "serve", "--port", str(port)]
    for path in loaded.databases:
        args += ["--db", path]
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=2).read()
                break
            except OSError:
                time.sleep(0.5)
        url = f"{base}/_memory/speaker_everywhere.json?speaker=Ilona+Varga&_shape=array"
        rows = json.loads(urllib.request.urlopen(url, timeout=30).read())
        assert {r["database"] for r in rows} == {"claims-2025", "claims-2026"}
        assert {r["speaker"] for r in rows} == {"Ilona Varga"}
        for name in ("claims-2025", "claims-2026"):
            page = urllib.request.urlopen(f"{base}/{name}/what_did_they_say.json?speaker=Varga&q=&_shape=array",
                                          timeout=30).read()
            assert json.loads(page), name
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_batches_store_what_save_stores_article_by_article(samples_dir, tmp_path, dump):
    """The bulk writer and claims.ingest.save_article() (one article at a time) leave the same rows."""
    from claims.ingest import save_article
    from claims.store import connect

    engine = connect(tmp_path / "save.db")
    for article in read([str(samples_dir)]):
        with engine.begin() as conn:
            save_article(conn, article, extract_article(article))
    engine.dispose()
    ingest([str(samples_dir)], str(tmp_path / "batch.db"), batch_size=4)
    assert dump(tmp_path / "batch.db") == dump(tmp_path / "save.db")
