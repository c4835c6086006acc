"""The one clock of the database: when an article was ingested, a verdict or a decision recorded."""

from __future__ import annotations

from datetime import datetime, timezone


def now() -> str:
    """Now, in UTC, to the second, as ISO 8601 ("2026-03-05T14:02:11+00:00"): sortable as text."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
