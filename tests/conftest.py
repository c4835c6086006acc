"""Shared fixtures: the bundled sample corpus, a database built from it, and ../shared when present."""

from __future__ import annotations

import shutil
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
