"""A facet that counts "Analysts" and "analysts" as one value: `{folded: column}` in datasette.yaml.

Articles write the same outlet, role or group in different cases ("The Test Wire" and "the test
wire", "Analysts" at the start of a sentence and "analysts" inside one), and Datasette's column
facet lists each spelling apart, halving the counts. This facet groups the values by lower(),
shows the spelling that sorts first (capitals sort before small letters, so "Analysts"), and
selects with `column__in=["Analysts", "analysts"]`: choosing it keeps the rows of every spelling.
(lower() folds ASCII letters only: "Élan" and "élan" stay apart, as in SQLite's LIKE.)
"""

from __future__ import annotations

import json

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
        # Grouped as written first (an index on the column serves it, as for Datasette's own
        # facet), then folded: the second grouping is over a few distinct values only.
        sql = f"""select min(value) as value, sum(n) as count, json_group_array(value) as spellings
                  from (select {col} as value, count(*) as n from ({self.sql})
                        where {col} is not null and {col} != '' group by {col})
                  group by lower(value) order by count desc, value limit {size + 1}"""
        rows = (await self.ds.execute(self.database, sql, self.params, truncate=False,
                                      custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
        pairs = self.get_querystring_pairs()
        values = []
        for row in rows[:size]:
            spellings = sorted(json.loads(row["spellings"]))
            # One spelling: column=value, as Datasette's facet writes it; several: column__in=[...],
            # an exact match of each (an index serves it, where LIKE would scan).
            arg = (column, str(spellings[0])) if len(spellings) == 1 else (f"{column}__in", json.dumps(spellings))
            selected = arg in pairs
            if selected:
                path = path_with_removed_args(self.request, {arg[0]: arg[1]})
            else:
                path = path_with_added_args(self.request, {arg[0]: arg[1]})
            values.append({"value": row["value"], "label": row["value"], "count": row["count"],
                           "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path)),
                           "selected": selected})
        # Shown as a column facet: the reader sees "outlet", not "outlet (folded)".
        return {"name": column, "type": "column", "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_folded": column})),
                "results": values, "truncated": len(rows) > size}
