"""A facet that counts "Analysts" and "analysts" as one value: `{folded: column}` in datasette.yaml.

Articles write the same outlet, role or group in different cases ("The Test Wire" and "the test
wire", "Analysts" at the start of a sentence and "analysts" inside one), and Datasette's column
facet lists each spelling apart, halving the counts. This facet groups the values by lower(),
shows the spelling that sorts first (capitals sort before small letters, so "Analysts"), and
selects with `column__like=value`, which SQLite compares without regard to ASCII case: choosing
"Analysts" keeps the rows of both spellings. (A value with % or _ in it matches a little more
than itself; facet values rarely have them.)
"""

from __future__ import annotations

from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.database import QueryInterrupted


class FoldedFacet(Facet):
    type = "folded"

    async def suggest(self):
        return []  # configured in datasette.yaml only (suggest_facets is off anyway)

    async def facet_results(self):
        results, timed_out = [], []
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            try:
                results.append(await self.one_facet(column, source_and_config["source"]))
            except QueryInterrupted:
                timed_out.append(column)
        return results, timed_out

    async def one_facet(self, column: str, source: str) -> dict:
        """The counts of `column`'s values, case folded, with the links that select each one."""
        size = self.get_facet_size()
        col = escape_sqlite(column)
        sql = f"""select min({col}) as value, count(*) as count from ({self.sql})
                  where {col} is not null and {col} != '' group by lower({col})
                  order by count desc, value limit {size + 1}"""
        rows = (await self.ds.execute(self.database, sql, self.params, truncate=False,
                                      custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
        key = f"{column}__like"
        chosen = {value.lower() for name, value in self.get_querystring_pairs() if name == key}
        values = []
        for row in rows[:size]:
            selected = str(row["value"]).lower() in chosen
            if selected:
                path = path_with_removed_args(self.request, {key})
            else:
                path = path_with_added_args(self.request, {key: row["value"]})
            values.append({"value": row["value"], "label": row["value"], "count": row["count"],
                           "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path)),
                           "selected": selected})
        # Shown as a column facet: the reader sees "outlet", not "outlet (folded)".
        return {"name": column, "type": "column", "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_folded": column})),
                "results": values, "truncated": len(rows) > size}
