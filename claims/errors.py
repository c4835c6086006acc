"""The exceptions claims raises. Only cli.py turns them into messages and exit codes."""


class ClaimsError(Exception):
    """Base class of every error claims raises on purpose."""


class BadInput(ClaimsError):
    """An input that cannot be read as articles: names the file and, where known, the line."""

    def __init__(self, source: str, line: int | None, message: str):
        self.source, self.line, self.message = source, line, message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


class DatabaseError(ClaimsError):
    """The database cannot be opened, migrated or written."""


class SpeakerError(ClaimsError):
    """A speaker command names a speaker or alias that does not exist, or asks the impossible."""


class RelinkError(ClaimsError):
    """Re-linking a database would break it (the articles do not come back one for one); nothing is written."""


class AboutError(ClaimsError):
    """The file describing an archive (claims serve --about) cannot be read or has unknown keys."""


class FetchError(ClaimsError):
    """A URL gave nothing to read: no answer, an HTTP error, a refusal by robots.txt, too large or too slow."""

    def __init__(self, url: str, message: str):
        self.url, self.message = url, message
        super().__init__(f"{url}: {message}")
