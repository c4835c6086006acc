"""Datasette's URL strings without a list of every str method built at each method call.

Datasette 1.0a41 returns paths as PrefixedUrlString, a str whose methods return the same type.
To tell a str method from anything else, every attribute lookup on one (urljoin makes a dozen)
builds `dir(str)`, a sorted list of 80 names: a search page with facets makes some 260 of them,
the links of the facet values, 6-9 ms of a 50 ms page on a busy two-core machine. The same
check against a set of those names, made once, gives the same answers.
"""

from __future__ import annotations

import datasette
from datasette.utils import PrefixedUrlString

STR_NAMES = frozenset(dir(str))
PATCHED_VERSION = "1.0a41"  # the version whose PrefixedUrlString.__getattribute__ this repeats


def __getattribute__(self, name):
    # PrefixedUrlString.__getattribute__ of Datasette 1.0a41, with STR_NAMES for dir(str).
    if not name.startswith("__") and name in STR_NAMES:

        def method(self, *args, **kwargs):
            value = getattr(super(PrefixedUrlString, self), name)(*args, **kwargs)
            if isinstance(value, str):
                return type(self)(value)
            elif isinstance(value, list):
                return [type(self)(i) for i in value]
            elif isinstance(value, tuple):
                return tuple(type(self)(i) for i in value)
            else:
                return value

        return method.__get__(self)
    return str.__getattribute__(self, name)


def fast_prefixed_urls() -> bool:
    """Use the set for Datasette's URL strings; True if they now do (only on the version repeated)."""
    if PrefixedUrlString.__getattribute__ is __getattribute__:
        return True
    if getattr(datasette, "__version__", None) != PATCHED_VERSION:
        return False
    PrefixedUrlString.__getattribute__ = __getattribute__
    return True
