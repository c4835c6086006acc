"""claims: quotes, reported speech and numeric claims from news articles, in SQLite.

    import claims
    result = claims.extract("“No,” Mayor Ana Ruiz said Tuesday.", published="2025-07-23")
"""

__version__ = "0.1.0"

from . import extract  # noqa: E402  (callable: claims.extract(text, published=None))

__all__ = ["extract", "__version__"]
