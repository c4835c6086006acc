"""claims: quotes, reported speech and numeric claims from news articles, in SQLite.

    import claims
    result = claims.extract("“No,” Mayor Ana Ruiz said Tuesday.", published="2025-07-23")

    db = claims.open("db/claims.db")      # the database, to pandas
    db.quotes(speaker="Zelenskiy", since="2026-03-01")
"""

__version__ = "0.1.0"

from . import extract  # noqa: E402  (callable: claims.extract(text, published=None))

__all__ = ["extract", "open", "__version__"]


def __getattr__(name: str):
    """`claims.open`, imported on first use: it brings pandas, Arrow and SQLModel, which
    extraction alone (`import claims.extract`, each ingest worker) has no need of."""
    if name == "open":
        from .api import open

        return open
    raise AttributeError(f"module 'claims' has no attribute {name!r}")
