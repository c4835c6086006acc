"""Fact-checker passwords: PBKDF2-SHA256 hashes, checked in constant time.

Only hashes are configured (from the environment, see datasette.yaml), never passwords.
The format is Django's and datasette-auth-passwords': pbkdf2_sha256$iterations$salt$hash.

Make a hash:

    python -m claims.web.passwords 'correct horse battery staple'
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import sys

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 480_000


def hash_password(password: str, salt: str | None = None, iterations: int = ITERATIONS) -> str:
    """The hash string to configure for `password`."""
    salt = salt or secrets.token_urlsafe(12)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("utf-8"), iterations)
    return f"{ALGORITHM}${iterations}${salt}${base64.b64encode(digest).decode('ascii')}"


def verify_password(password: str, hashed: str | None) -> bool:
    """True when `password` matches `hashed`; False for a malformed or missing hash."""
    try:
        algorithm, iterations, salt, _ = (hashed or "").split("$", 3)
        iterations = int(iterations)
    except ValueError:
        return False
    if algorithm != ALGORITHM or not 1 <= iterations <= 10_000_000:
        return False
    return hmac.compare_digest(hash_password(password, salt, iterations), hashed)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m claims.web.passwords PASSWORD")
    print(hash_password(sys.argv[1]))
