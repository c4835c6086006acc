"""claims: quotes, reported speech and numeric claims from news articles, in SQLite.

    import claims
    result = claims.extract("“No,” Mayor Ana Ruiz said Tuesday.", published="2025-07-23")

    db = claims.open("db/claims.db")      # the database, to pandas
    db.quotes(speaker="Zelenskiy", since="2026-03-01")
"""

__version__ = "0.1.0"

from . import extract  # noqa: E402  (callable: claims.extract(text, published=None))
from .api import open  # noqa: E402,A004  (claims.open(path) -> Database of DataFrames)

__all__ = ["extract", "open", "__version__"]
