"""Extraction: one article's text in, its quotes, numeric claims and speakers out.

A pure function of one article, so it runs the same in-process, in a process pool or on Dask.
"""

from __future__ import annotations

import sys
import types

from ..clean import clean
from .numbers import find_claims
from .quotes import find_quotes
from .records import Claim, Extraction, Mention, Quote, Speaker

__all__ = ["extract", "Extraction", "Quote", "Claim", "Speaker", "Mention"]


def extract(text: str, published: str | None = None, *, id: str | None = None, title: str | None = None,
            outlet: str | None = None, author: str | None = None) -> Extraction:
    """Extract quotes, claims and speakers from one article's text.

    Metadata given here wins over what is found in the text (a pasted page's byline and date).
    Every offset indexes `text` exactly as given.
    """
    page = clean(text)
    published = published or page.published
    quotes, speakers = find_quotes(text, page.paragraphs, published)
    claims = find_claims(text, page.paragraphs, quotes, published=published, outlet=outlet or page.outlet)
    return Extraction(
        id=id,
        title=title or page.title,
        outlet=outlet or page.outlet,
        author=author or page.author,
        published=published,
        quotes=quotes,
        claims=claims,
        speakers=speakers,
    )


class _CallableModule(types.ModuleType):
    """`claims.extract(text)` calls extract() while `claims.extract.quotes` stays the submodule.

    The package and the one-line API share a name (DESIGN.md names the stage, the analysts'
    API names the function); making the module callable keeps both without an import-order trap.
    """

    def __call__(self, text: str, published: str | None = None, **meta) -> Extraction:
        return extract(text, published, **meta)


sys.modules[__name__].__class__ = _CallableModule
