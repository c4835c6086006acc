"""Each speaker's number of quotes and claims and the date they were last quoted (speaker_stats).

Triggers (migration m011) keep the table in step with every write. The bulk paths that switch
triggers off for speed (claims load, claims speakers relink) call `rebuild()` once at the end;
`refresh()` rewrites the dates the triggers could only mark as stale (a quote or article date gone).
"""

from __future__ import annotations

# The date a speaker was last quoted, read from the quotes. Walking a much-quoted speaker's
# articles newest first finds it after a few rows; for the others, their own quotes are fewer.
LAST_QUOTED_SQL = """CASE WHEN (SELECT count(*) FROM quotes q WHERE q.speaker_id = {id}) > 500
    THEN (SELECT articles.published FROM articles WHERE articles.published IS NOT NULL
          AND EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = articles.id AND q.speaker_id = {id})
          ORDER BY articles.published DESC LIMIT 1)
    ELSE (SELECT max(articles.published) FROM quotes q JOIN articles ON articles.id = q.article_id
          WHERE q.speaker_id = {id}) END"""


def rebuild(cur) -> None:
    """Count every speaker's quotes and claims and find their last date again, from scratch."""
    cur.execute("DELETE FROM speaker_stats")
    cur.execute("""INSERT INTO speaker_stats (speaker_id, quotes, claims, last_quoted, stale)
        SELECT q.speaker_id, count(*), 0, max(a.published), 0
        FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS NOT NULL
        GROUP BY q.speaker_id""")
    cur.execute("""INSERT INTO speaker_stats (speaker_id, claims)
        SELECT id, n FROM (SELECT claimant_id AS id, count(*) AS n FROM claims
                           WHERE claimant_id IS NOT NULL GROUP BY claimant_id)
        WHERE true ON CONFLICT (speaker_id) DO UPDATE SET claims = excluded.claims""")


def refresh(cur) -> int:
    """Read the stale dates from the quotes again; how many speakers that was."""
    sql = LAST_QUOTED_SQL.format(id="speaker_stats.speaker_id")
    return cur.execute(f"UPDATE speaker_stats SET last_quoted = ({sql}), stale = 0 WHERE stale").rowcount
