"""The web side of claims: helpers of the Datasette plugin (claims.datasette_plugin).

- functions: the SQL functions the canned queries use (fuzzy names, FTS escaping, numbers);
- pages: quote, claim, speaker and figure pages, and the review form;
- signin: guards around datasette-auth-passwords' fact-checker sign-in;
- charts: small inline SVG charts, no JavaScript.
"""
