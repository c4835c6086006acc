"""Shared fixtures: the bundled sample corpus, a database built from it, and ../shared when present."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "claims" / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seed" / "article.txt").exists():
        pytest.skip("../shared (seed article and eval data) is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def _sample_db_master(tmp_path_factory) -> Path:
    from claims.ingest import ingest

    path = tmp_path_factory.mktemp("sample") / "claims.db"
    summary = ingest([str(SAMPLES)], str(path))
    assert summary.articles >= 8 and not summary.errors, summary.line()
    return path


@pytest.fixture
def sample_db(_sample_db_master, tmp_path) -> Path:
    """A fresh copy of the database `make demo` builds from the sample corpus."""
    path = tmp_path / "claims.db"
    shutil.copy(_sample_db_master, path)
    return path


@pytest.fixture
def db_path(tmp_path) -> Path:
    """Where a test may create an empty database."""
    return tmp_path / "claims.db"


# Known quotes and claims on top of the sample corpus, written through claims.ingest.save_article
# (the writer of `claims ingest`, a batch of one), so the API, export and notebook tests do not depend on how much the extractors find today.
KNOWN_ARTICLES = [
    dict(url="https://test-gazette.example/2026/04/01/evacuation", published="2026-04-01",
         title="Governor and aid group clash over evacuation figure",
         text="Governor Ilona Varga said on Tuesday that more than 1,200 people were evacuated. "
              "“The governor’s number is simply not true,” said Oleksandra Shevchuk, director of the "
              "Valley Aid Network. Shevchuk said fewer than 500 people were evacuated by the authorities.",
         speakers=[("Ilona Varga", "governor", ["Governor Ilona Varga", "Varga"]),
                   ("Oleksandra Shevchuk", "director", ["Shevchuk"]),
                   ("Valley Aid Network", None, [])],
         quotes=[("indirect", "more than 1,200 people were evacuated", "Ilona Varga", "Governor Ilona Varga",
                  "said", "2026-03-31"),
                 ("direct", "The governor’s number is simply not true", "Oleksandra Shevchuk", "Oleksandra Shevchuk",
                  "said", None),
                 ("indirect", "fewer than 500 people were evacuated by the authorities", "Oleksandra Shevchuk",
                  "Shevchuk", "said", None)],
         claims=[("more than 1,200", 1200.0, 1200.0, None, "more than", "people", "evacuated", "Ilona Varga",
                  0, "Oleksandra Shevchuk"),
                 ("fewer than 500", 500.0, None, 500.0, "fewer than", "people", "evacuated", "Oleksandra Shevchuk",
                  2, None)]),
    dict(url="https://test-gazette.example/2026/04/08/evacuation-revised", published="2026-04-08",
         title="Governor lowers evacuation figure",
         text="Governor Varga told reporters on Wednesday that about 900 people were evacuated. "
              "Shevchuk, Oleksandra, warned that the flood fund was still unpaid.",
         speakers=[("Ilona Varga", "governor", ["Governor Varga"]),
                   ("Shevchuk, Oleksandra", None, [])],
         quotes=[("indirect", "about 900 people were evacuated", "Ilona Varga", "Governor Varga", "told", None),
                 ("indirect", "the flood fund was still unpaid", "Shevchuk, Oleksandra", "Shevchuk, Oleksandra",
                  "warned", "2026-04-07")],
         claims=[("about 900", 900.0, 850.0, 950.0, "about", "people", "evacuated", "Ilona Varga", 0, None)]),
]
KNOWN_OUTLET = "Test Gazette"


def add_known_articles(path: Path) -> None:
    """Save KNOWN_ARTICLES into the claims database at `path`."""
    from claims.extract.records import Claim, Extraction, Quote, Speaker
    from claims.sources import Article
    from claims.ingest import save_article
    from claims.store import connect

    engine = connect(path)
    for known in KNOWN_ARTICLES:
        text = known["text"]
        speakers = [Speaker(name=name, kind="organization" if "Network" in name else "person", role=role,
                            aliases=aliases) for name, role, aliases in known["speakers"]]
        quotes = []
        for kind, quote, speaker, speaker_text, cue, said_on in known["quotes"]:
            start = text.index(quote)
            quotes.append(Quote(kind=kind, text=quote, start=start, end=start + len(quote), speaker=speaker,
                                speaker_text=speaker_text, cue=cue, said_on=said_on, confidence=0.9))
        claims = []
        for number, value, lower, upper, qualifier, unit, obj, claimant, quote_index, disputed in known["claims"]:
            start = text.index(number)
            claims.append(Claim(text=text, number_text=number, start=start, end=start + len(number), value=value,
                                lower=lower, upper=upper, qualifier=qualifier, unit=unit, object=obj,
                                claimant=claimant, claimant_text=claimant, quote_index=quote_index,
                                disputed_by=disputed, confidence=0.8))
        extraction = Extraction(title=known["title"], outlet=KNOWN_OUTLET, published=known["published"],
                                quotes=quotes, claims=claims, speakers=speakers)
        article = Article(text=text, source=known["url"], url=known["url"], title=known["title"],
                          outlet=KNOWN_OUTLET, published=known["published"])
        with engine.begin() as conn:
            save_article(conn, article, extraction)
    engine.dispose()


@pytest.fixture(scope="session")
def _claims_db_master(_sample_db_master, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("known") / "claims.db"
    shutil.copy(_sample_db_master, path)
    add_known_articles(path)
    return path


@pytest.fixture
def claims_db(_claims_db_master, tmp_path) -> Path:
    """A fresh copy of the sample database plus KNOWN_ARTICLES: quotes and claims whatever the extractors find."""
    path = tmp_path / "claims.db"
    shutil.copy(_claims_db_master, path)
    return path


@pytest.fixture(scope="session")
def dump():
    """A function giving every row of a database's tables (ingest times aside), in id order, and
    what full-text search finds in each searchable table: two databases built two ways compare equal."""
    tables = ("articles", "speakers", "speaker_aliases", "speaker_keys", "quotes", "claims")

    def rows(path: Path) -> dict:
        conn = sqlite3.connect(path)
        try:
            out = {}
            for table in tables:
                cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "ingested_at"]
                out[table] = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM {table} ORDER BY id").fetchall()
            for table, word in (("quotes", "said"), ("articles", "dam"), ("claims", "people")):
                out[f"{table}_fts"] = conn.execute(
                    f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rowid", (word,)).fetchall()
            return out
        finally:
            conn.close()

    return rows


# --- issue 16, points 3-6: an archive of generated news, with and without dates ----------------------

ARCHIVE_TOWNS = ["Drevna", "Holtsek", "Kestria", "Northbank", "Meridian", "Valtor"]


def archive_rows(n: int, dated: bool) -> list[dict]:
    """n generated articles as a news export gives them (JSONL rows), with or without dates.

    Marta Kovalenko is quoted in every one, as mayor in the first half and as governor in the
    second (roles over time); every article claims $2.7 billion and a number of homes; analysts
    are "Analysts" or "analysts" by turns and one outlet in three is written in small letters
    (facets must count each as one); the summit's "communiqu&#233;" is escaped as on the web
    page it came from; Gordon Brown is named in one article in ten and "Mr Brown", whom no rule
    can resolve, speaks in others (the review queue).
    """
    rows = []
    for i in range(n):
        town = ARCHIVE_TOWNS[i % len(ARCHIVE_TOWNS)]
        role = "Mayor" if i < n // 2 else "Governor"
        paragraphs = [
            f"“We will rebuild every bridge in {town} before winter,” {role} Marta Kovalenko said on Tuesday.",
            f"The council approved $2.7 billion for repairs, and {100 + 7 * i:,} homes were evacuated.",
            ("Analysts" if i % 2 else "analysts") + f" said the budget for {town} would not last the year.",
            "The final communiqu&#233; of the summit called the plan ambitious, Finance Minister Ana Ruiz "
            "told reporters.",
        ]
        if i % 10 == 0:
            paragraphs.append("Gordon Brown, the harbour master, said the port of Drevna would reopen in May.")
        elif i % 10 == 5:
            paragraphs.append("Mr Brown said the cranes at the harbour were badly damaged.")
        outlet = ["The Test Wire", "Valley Herald"][i % 2]
        row = {"id": f"{'dated' if dated else 'undated'}-{i}", "title": f"{town} approves repair budget ({i})",
               "outlet": outlet.lower() if i % 3 == 0 else outlet, "author": "Jo Reyes",
               "url": f"https://wire.example/{'d' if dated else 'u'}/{i}", "text": "\n\n".join(paragraphs)}
        if dated:
            row["published"] = f"2026-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}"
        rows.append(row)
    return rows


def ingest_archive(folder: Path, name: str, rows: list[dict]) -> Path:
    """`claims ingest` (the command, as a newsroom runs it) of `rows` into folder/name.db."""
    import json
    import subprocess
    import sys

    corpus = folder / f"{name}.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    db = folder / f"{name}.db"
    claims = Path(sys.executable).parent / "claims"
    done = subprocess.run([str(claims), "ingest", str(corpus), "--db", str(db), "-q"], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return db


@pytest.fixture(scope="session")
def dated_archive(tmp_path_factory) -> Path:
    """200 generated articles with their dates, ingested into dated.db."""
    return ingest_archive(tmp_path_factory.mktemp("archive"), "dated", archive_rows(200, dated=True))


@pytest.fixture(scope="session")
def undated_archive(tmp_path_factory) -> Path:
    """100 generated articles without dates (an export that gave none), ingested into undated.db."""
    return ingest_archive(tmp_path_factory.mktemp("archive"), "undated", archive_rows(100, dated=False))
