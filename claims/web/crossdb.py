"""Several databases served side by side (the shards `claims load --shard-by year` writes): the
canned query of Datasette's _memory database that searches them all at once (`claims serve`)."""

from __future__ import annotations


def speaker_everywhere_sql(names: list[str]) -> str:
    """A canned query for Datasette's _memory database (with --crossdb): a speaker's quotes in every shard.

    Each shard is searched on the indexed normalised alias, newest first; at most ten shards, the
    number of databases SQLite attaches to one connection.
    """
    parts = []
    for name in names[:10]:
        db = "[" + name.replace("]", "]]") + "]"
        label = name.replace("'", "''")
        parts.append(
            f"select '{label}' as database, q.id as quote_id, s.name as speaker, q.kind, q.text as quote, "
            f"coalesce(q.said_on, a.published) as said_on, a.outlet, a.title as article, a.url "
            f"from {db}.quotes q join {db}.speakers s on s.id = q.speaker_id "
            f"join {db}.articles a on a.id = q.article_id "
            f"where q.speaker_id in (select speaker_id from {db}.speaker_aliases "
            f"where normalized = normalize_name(:speaker))")
    return "select * from (\n" + "\nunion all\n".join(parts) + "\n) order by said_on desc limit 200"
