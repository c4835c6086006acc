"""Speakers: one row per person or organisation, whatever the spelling.

Within an article the extractor has already resolved "Peskov" and "he" to "Dmitry Peskov".
Across articles, `Linker` matches each article's speakers against the database:

- `names`: normalisation (the key two spellings share), name comparison, blocking keys;
- `linker`: the Linker and its indexes (in memory, or SQL lookups on indexed key columns);
- `manual`: human decisions (merge, split, rename, set-role, gazetteer import), stored and
  honoured by every later automatic link.
"""

from .names import fold, normalize, surname  # noqa: F401
from .linker import Linker  # noqa: F401
