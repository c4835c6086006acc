"""claims export: CSV, JSON Lines and Parquet with the API's joins and filters; ClaimReview."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import claims
from claims.cli import cli
from claims.errors import ClaimsError
from claims.export import export

from conftest import KNOWN_OUTLET


def run(*args):
    result = CliRunner().invoke(cli, ["export", *map(str, args)], catch_exceptions=False)
    return result


@pytest.mark.parametrize("table", ["quotes", "claims", "speakers", "articles"])
def test_csv_has_the_api_columns_and_rows(claims_db, tmp_path, table):
    out = tmp_path / f"{table}.csv"
    result = run("--format", "csv", "--table", table, "--out", out, "--db", claims_db)
    assert result.exit_code == 0, result.output
    with claims.open(claims_db) as db:
        expected = getattr(db, table)()
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0].keys()) == list(expected.columns)
    assert [int(r["id"]) for r in rows] == expected["id"].tolist()
    assert f"{len(rows):,} {table} written to {out}" in result.output


def test_csv_to_standard_output_with_filters(claims_db):
    result = run("--format", "csv", "--db", claims_db, "--speaker", "shevchuk, oleksandra", "--outlet", "test gazette")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3 and {r["speaker"] for r in rows} == {"Oleksandra Shevchuk"}
    assert "3 quotes written" in result.stderr


def test_jsonl_values_keep_their_types(claims_db, tmp_path):
    out = tmp_path / "claims.jsonl"
    assert run("--format", "jsonl", "--table", "claims", "--out", out, "--db", claims_db,
               "--outlet", KNOWN_OUTLET, "--since", "2026-04-02").exit_code == 0
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["number_text"] == "about 900" and row["value"] == 900.0 and row["upper"] == 950.0
    assert row["claimant"] == "Ilona Varga" and row["published"] == "2026-04-08"
    assert isinstance(row["id"], int) and row["disputed_by"] is None


def test_parquet_round_trips_to_the_api_frame(claims_db, tmp_path):
    out = tmp_path / "quotes.parquet"
    assert run("--format", "parquet", "--out", out, "--db", claims_db).exit_code == 0
    table = pq.read_table(out)
    assert str(table.schema.field("published").type) == "date32[day]"
    assert str(table.schema.field("speaker_id").type) == "int64"
    with claims.open(claims_db) as db:
        expected = db.quotes()
    got = pd.read_parquet(out)
    assert list(got.columns) == list(expected.columns)
    assert got["id"].tolist() == expected["id"].tolist()
    assert got["text"].tolist() == expected["text"].tolist()


def test_parquet_of_no_rows_still_has_the_schema(claims_db, tmp_path):
    out = tmp_path / "none.parquet"
    assert run("--format", "parquet", "--out", out, "--db", claims_db, "--speaker", "Nobody Atall").exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and "speaker" in table.schema.names


def test_export_streams_in_batches(claims_db, tmp_path, monkeypatch):
    # A batch size of 2 makes every format cross batch boundaries on the small database.
    monkeypatch.setattr("claims.export.BATCH", 2)
    monkeypatch.setattr("claims.export.ROW_GROUP", 3)
    for fmt in ("csv", "jsonl", "parquet"):
        assert export(claims_db, fmt, "quotes", tmp_path / f"q.{fmt}", outlet=KNOWN_OUTLET) == 5
    parquet = pq.ParquetFile(tmp_path / "q.parquet")
    assert parquet.metadata.num_rows == 5 and parquet.metadata.num_row_groups == 2
    assert len((tmp_path / "q.jsonl").read_text(encoding="utf-8").splitlines()) == 5


def test_claimreview(claims_db, tmp_path):
    pytest.importorskip("claims.review")
    from claims.review import add_review

    conn = sqlite3.connect(claims_db)
    add_review(conn, claim_id=1, verdict="false", note="The shelters counted fewer.", reviewer="Desk")
    conn.commit()
    conn.close()
    out = tmp_path / "reviews.json"
    result = run("--format", "claimreview", "--out", out, "--db", claims_db)
    assert result.exit_code == 0, result.output
    documents = json.loads(out.read_text(encoding="utf-8"))
    assert len(documents) == 1 and documents[0]["@type"] == "ClaimReview"
    assert "1 reviews written" in result.output


def test_errors_are_messages(claims_db, tmp_path):
    result = run("--format", "csv", "--db", tmp_path / "missing.db")
    assert result.exit_code == 1 and "does not exist" in result.output
    result = run("--format", "csv", "--db", claims_db, "--since", "yesterday-ish")
    assert result.exit_code == 2 and "is not a date" in result.output
    result = run("--format", "csv", "--db", claims_db, "--out", tmp_path / "no" / "such" / "dir.csv")
    assert result.exit_code == 1 and "cannot write" in result.output
    assert not list(tmp_path.glob("**/*.partial"))
    with pytest.raises(ClaimsError, match="no export format"):
        export(claims_db, "xlsx")


def test_export_to_open_files(claims_db):
    text = io.StringIO()
    assert export(claims_db, "jsonl", "speakers", text, speaker="Varga") == 1
    assert json.loads(text.getvalue())["name"] == "Ilona Varga"
    binary = io.BytesIO()
    assert export(claims_db, "parquet", "claims", binary, outlet=KNOWN_OUTLET) == 3
    binary.seek(0)
    assert pq.read_table(binary).column("value").to_pylist() == [1200.0, 500.0, 900.0]
