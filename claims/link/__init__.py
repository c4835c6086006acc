"""Speakers: one row per person or organisation, whatever the spelling.

Within an article the extractor has already resolved "Mr Peskov" and "he" to "Dmitry Peskov", or
left the mention unresolved. Across articles, every rule about who is who lives here:

- `names`: normalisation (the key two spellings share), name comparison, blocking keys;
- `linker`: the Linker, which decides which known speaker, if any, a name refers to;
- `index`: the Linker's index over the database (SpeakerIndex, with a LinkCache for an ingest);
- `keys`: the lookup keys of aliases, and writing aliases with them;
- `article`: linking one article (link_article): its speakers, quotes and claims;
- `mentions`: unresolved person mentions ("Mr Brown"), linked on evidence when it arrives;
- `variants`: speakers made for a near spelling or an initial, judged again at the end of an ingest;
- `manual`: human decisions (merge, split, rename, set-role, gazetteer import), stored and
  honoured by every later automatic link;
- `grouping`: how alike two groupings of quotes by speaker are (order independence).

It talks SQL to the documented tables through the connection or cursor it is given, and imports
nothing of claims.store: the orchestrators (claims.ingest, claims.parquet) link, then store.
"""

from .names import fold, normalize, surname  # noqa: F401
from .linker import Linker  # noqa: F401
from .index import LinkCache, SpeakerIndex  # noqa: F401
from .article import ArticleSpeakers, Linked, link_article  # noqa: F401
from .mentions import settle_all, settle_mentions, settle_touched  # noqa: F401
