"""The web side of claims: what the Datasette plugin (claims.datasette_plugin) registers.

- pages, article, speaker, speaker_review, forms: the pages and forms of our own (quote, claim,
  article, speaker and figure pages, the review form, the review queue for people);
- repeats: repeats of checked claims on the claim and quote pages, and their dismissal;
- search: full-text search on table and view pages whose cost does not grow with the archive;
- cells, facets, charts: how results read (cells and facets of tables, small inline SVG charts);
- functions: the SQL functions the canned queries use (fuzzy names, FTS escaping, numbers);
- about: what the instance says about the archive it serves;
- signin: guards around datasette-auth-passwords' fact-checker sign-in;
- speedups: every patch of Datasette's internals, each checked against the running version;
- publish: a database prepared for read-heavy serving (`claims publish`);
- crossdb: the speaker query across shards served together.
"""
