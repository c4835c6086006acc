"""No one let in (issue 9, part 5), against the real `claims serve` (Datasette 1.0a41) over HTTP.

- Anonymous visitors read, and are refused on every write endpoint Datasette 1.0a41 routes
  (listed from its app.py: create, insert, upsert, alter, drop, row update and delete,
  execute-write, stored queries, canned-query writes, tokens) and on the plugin's review
  endpoint; the database is byte-for-byte the same afterwards (every row of every table and
  the schema).
- Hostile article text, titles, outlets, URLs, speaker names, quotes, claims and review notes
  render inert on every page of ours: no script element, event handler or javascript: link
  carrying them.
- Fact-checker passwords are configured as hashes from the environment, and the signing secret
  comes from the environment: a cookie signed with any other secret is not accepted.
- `claims ingest URL` fetches only http(s), within a size limit and a deadline.
"""

from __future__ import annotations

import hashlib
import html.parser
import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import yaml
from itsdangerous import URLSafeSerializer

from test_concurrency import serve

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = str(Path(sys.executable).parent / "claims")
TABLES = ["articles", "speakers", "speaker_aliases", "quotes", "claims", "reviews"]
VIEWS = ["quotes_view", "claims_view", "speakers_view"]
SECRET = "test-secret-" + "9" * 40
PASSWORD = "correct horse battery staple"

# Payloads: each carries a marker so a hit is unambiguous.
XSS = {
    "script": '<script>alert("XSS-script")</script>',
    "img": '<img src=x onerror=alert("XSS-img")>',
    "svg": '<svg/onload=alert("XSS-svg")>',
    "attr": '" onmouseover="alert(\'XSS-attr\')" x="',
    "js_url": "javascript:alert('XSS-jsurl')",
    "js_url_mixed": " JaVaScRiPt:alert('XSS-jsurl2')",
    "iframe": '<iframe src="javascript:alert(`XSS-iframe`)"></iframe>',
    "style": '<style>body{background:url("javascript:alert(\'XSS-style\')")}</style>',
    "close_textarea": '</textarea><script>alert("XSS-textarea")</script>',
    "close_title": '</title><script>alert("XSS-title")</script>',
}
ALL = " ".join(XSS.values())


def hostile_articles() -> list[dict]:
    rows = []
    for i, (name, payload) in enumerate(XSS.items()):
        rows.append({
            "id": f"xss-{name}",
            "title": f"Flood {payload} update",
            "url": payload if "js_url" in name else f"https://example.org/{urllib.parse.quote(payload)}",
            "outlet": f"Outlet {payload}",
            "author": f"Author {payload}",
            "published": f"2026-03-{i + 1:02d}",
            "text": (f"“We evacuated {100 + i} homes {payload},” Mayor Ana Ruiz said on Tuesday. "
                     f"At least {10 + i} people died {payload}, said the {payload} ministry. "
                     f"{payload}"),
        })
    return rows


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("security")
    source = folder / "hostile.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in hostile_articles()) + "\n", encoding="utf-8")
    db = folder / "claims.db"
    done = subprocess.run([CLAIMS, "ingest", str(source), "--db", str(db), "-q"], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    # Whatever extraction made of the payloads, make every text column of every table hostile.
    with sqlite3.connect(db) as conn:
        payloads = list(XSS.values())
        for table in TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                    if r[2].upper().startswith(("VARCHAR", "TEXT")) and r[1] not in
                    ("content_hash", "kind", "origin", "verdict", "normalized", "published", "said_on",
                     "reviewed_at", "ingested_at")]
            ids = [i for (i,) in conn.execute(f"SELECT id FROM {table}")]
            for n, row_id in enumerate(ids):
                values = {c: payloads[(n + k) % len(payloads)] + f" {c}" for k, c in enumerate(cols)}
                if table == "speakers":
                    values["name"] = f"Ana {payloads[n % len(payloads)]} Ruiz"
                if table == "articles" or table == "reviews":
                    values["url"] = XSS["js_url"] if n % 2 == 0 else XSS["js_url_mixed"]
                if values:
                    conn.execute(f"UPDATE {table} SET {', '.join(f'[{c}] = ?' for c in values)} WHERE id = ?",
                                 [*values.values(), row_id])
        claim = conn.execute("SELECT id FROM claims LIMIT 1").fetchone()
        quote = conn.execute("SELECT id FROM quotes LIMIT 1").fetchone()
        assert claim and quote, "the hostile corpus gave no claims or quotes"
        conn.execute("INSERT INTO reviews (claim_id, verdict, note, url, reviewer, reviewed_at) VALUES "
                     "(?, 'false', ?, ?, ?, '2026-03-05T00:00:00Z')", (claim[0], ALL, XSS["js_url"], XSS["img"]))
    return db


def make_hash(password: str) -> str:
    from datasette_auth_passwords.utils import hash_password

    return hash_password(password, iterations=1000)


@pytest.fixture(scope="module")
def server(hostile_db):
    env = {"DATASETTE_SECRET": SECRET, "CLAIMS_FACTCHECKER_HASH": make_hash(PASSWORD)}
    with serve(hostile_db, env=env) as base:
        yield {"base": base, "db": hostile_db, "name": hostile_db.stem}


def snapshot(db: Path) -> str:
    """A digest of every row of every table and of the schema."""
    digest = hashlib.sha256()
    with sqlite3.connect(db) as conn:
        for (sql,) in conn.execute("SELECT coalesce(sql, name) FROM sqlite_master ORDER BY name"):
            digest.update(sql.encode())
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
                                    "ORDER BY name"):
            for row in conn.execute(f"SELECT * FROM [{name}] ORDER BY rowid"):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def write_requests(name: str) -> list[tuple[str, str, dict | None, dict | None]]:
    """(method, path, JSON body, form body) for every write endpoint of Datasette 1.0a41 and ours."""
    reqs: list[tuple[str, str, dict | None, dict | None]] = []
    evil_row = {"id": 999_999, "title": "pwned", "text": "pwned", "content_hash": "x", "ingested_at": "x",
                "name": "pwned", "kind": "person"}
    reqs += [
        ("POST", f"/{name}/-/create", {"table": "pwned", "rows": [{"a": 1}]}, None),
        ("POST", f"/{name}/-/create", {"table": "articles", "rows": [evil_row], "replace": True}, None),
        ("POST", f"/{name}/-/execute-write", {"sql": "DELETE FROM articles"}, {"sql": "DELETE FROM articles"}),
        ("POST", f"/{name}/-/execute-write/analyze", {"sql": "DROP TABLE articles"}, None),
        ("POST", f"/{name}/-/queries/store", {"name": "pwned", "sql": "DELETE FROM articles", "write": True}, None),
        ("POST", f"/{name}/-/queries/analyze", {"sql": "DELETE FROM articles"}, None),
        ("POST", f"/{name}/-/query", {"sql": "DELETE FROM articles"}, {"sql": "DELETE FROM articles"}),
        ("POST", f"/{name}/what_did_they_say", None, {"speaker": "x", "q": ""}),
        ("POST", f"/{name}/what_did_they_say/-/update", {"sql": "DELETE FROM articles"}, None),
        ("POST", f"/{name}/what_did_they_say/-/delete", {}, None),
        ("POST", f"/{name}/figures/-/edit", {"sql": "DELETE FROM articles"}, None),
        ("POST", "/-/create-token", {"actions": ["insert-row"]}, None),
        ("POST", f"/{name}/-/review", None, {"target": "claim", "id": "1", "verdict": "false", "note": "pwned"}),
        ("POST", "/-/login", None, {"username": "factchecker", "password": "wrong", "next": "/"}),
        ("POST", "/-/login", None, {"username": "root", "password": "", "next": "/"}),
    ]
    for table in TABLES:
        reqs += [
            ("POST", f"/{name}/{table}/-/insert", {"rows": [evil_row], "replace": True}, None),
            ("POST", f"/{name}/{table}/-/upsert", {"rows": [{**evil_row, "id": 1}]}, None),
            ("POST", f"/{name}/{table}/-/alter", {"add_column": "pwned", "alter": {"add_columns": [{"name": "p"}]}},
             None),
            ("POST", f"/{name}/{table}/-/drop", {"confirm": True}, None),
            ("POST", f"/{name}/{table}/1/-/update", {"update": {"title": "pwned", "name": "pwned"}}, None),
            ("POST", f"/{name}/{table}/1/-/delete", {}, None),
        ]
    for view in VIEWS:
        reqs += [("POST", f"/{name}/{view}/-/insert", {"row": evil_row}, None),
                 ("POST", f"/{name}/{view}/-/drop", {"confirm": True}, None)]
    reqs += [("POST", f"/{name}/articles", None, {"title": "pwned"}), ("PUT", f"/{name}/articles/1", {"title": "x"}, None),
             ("DELETE", f"/{name}/articles/1", None, None)]
    # Writes hidden in read-only SQL.
    # (Each refused statement costs the server seconds while `rich` is installed: Datasette prints
    # every error with a rich traceback of locals. So a few statements, each of another kind.)
    for sql in ["DELETE FROM articles", "UPDATE speakers SET name = 'pwned'", "DROP TABLE quotes",
                "ATTACH DATABASE 'pwned.db' AS pwned", "WITH x AS (SELECT 1) DELETE FROM quotes",
                "SELECT 1; DELETE FROM articles", "INSERT INTO quotes_fts(quotes_fts) VALUES ('delete-all')"]:
        reqs.append(("GET", f"/{name}/-/query.json?" + urllib.parse.urlencode({"sql": sql}), None, None))
    return reqs


def test_anonymous_visitors_can_read(server):
    with httpx.Client(base_url=server["base"], timeout=60) as client:
        for path in ["/", f"/{server['name']}", f"/{server['name']}/quotes", f"/{server['name']}/articles.json",
                     f"/{server['name']}/-/query.json?sql=select+count(*)+from+articles"]:
            assert client.get(path).status_code == 200, path
        assert client.get("/-/actor.json").json()["actor"] is None


def test_anonymous_visitors_cannot_write_through_any_endpoint(server):
    before = snapshot(server["db"])
    accepted, errors = [], []
    with httpx.Client(base_url=server["base"], timeout=60, follow_redirects=False) as client:
        requests = write_requests(server["name"])
        for method, path, body, form in requests:
            for kind in ("json", "form"):
                if kind == "json" and body is None and method == "POST":
                    continue
                if kind == "form" and form is None:
                    continue
                if kind == "json":
                    response = client.request(method, path, json=body) if body is not None else client.request(method, path)
                else:
                    response = client.request(method, path, data=form)
                ok_statuses = {400, 401, 403, 404, 405}
                if response.status_code >= 500:
                    errors.append((method, path, kind, response.status_code))
                elif response.status_code not in ok_statuses:
                    # A 200 is fine only for a read: a query page that reports the statement refused.
                    text = response.text.lower()
                    refused = any(w in text for w in ("readonly", "read-only", "not allowed", "statement may not",
                                                       "only select", "attempt to write", "permission denied",
                                                       "forbidden"))
                    if not (method == "GET" and refused) and "set-cookie" not in {k.lower() for k in response.headers}:
                        accepted.append((method, path, kind, response.status_code, response.text[:200]))
                    elif "ds_actor" in response.headers.get("set-cookie", ""):
                        accepted.append((method, path, kind, response.status_code, "signed in!"))
        assert client.get("/-/actor.json").json()["actor"] is None
    assert snapshot(server["db"]) == before, "an anonymous request changed the database"
    assert not (server["db"].parent / "pwned.db").exists()
    assert not Path(ROOT / "pwned.db").exists()
    assert not accepted, accepted[:10]
    # Datasette 1.0a41 answers a POST to /db/-/query with a 500 (KeyError 'table' in
    # QueryView.post -> resolve_table): refused all the same, nothing written. Any other 5xx fails.
    assert all(path.endswith("/-/query") and method == "POST" for method, path, _, _ in errors), errors
    assert len(write_requests(server["name"])) >= 50


class Inspector(html.parser.HTMLParser):
    """Collects what would execute in a browser: script bodies, event handlers, javascript: URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._in = tag
        for name, value in attrs:
            value = value or ""
            if "XSS" in value and (name.startswith("on") or tag in ("script", "iframe", "svg")):
                self.found.append(f"<{tag} {name}={value[:80]!r}>")
            if name in ("href", "src", "action", "formaction", "xlink:href", "data") and \
                    re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith(("javascript:", "vbscript:", "data:text/html")):
                self.found.append(f"<{tag} {name}={value[:80]!r}>")
        if tag in ("img", "svg", "iframe") and any("XSS" in (v or "") for _, v in attrs):
            self.found.append(f"<{tag} {attrs!r}"[:120])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._in = None

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in and "XSS" in data:
            self.found.append(f"<{self._in}>{data[:80]!r}")


def executable(page: str) -> list[str]:
    inspector = Inspector()
    inspector.feed(page)
    return inspector.found


def our_pages(name: str, db: Path) -> list[str]:
    q = urllib.parse.quote
    pages = ["/", f"/{name}", "/-/login", f"/-/login?next={q(XSS['js_url'])}", f"/-/login?next={q('//evil.example')}"]
    with sqlite3.connect(db) as conn:
        for table in TABLES:
            pages.append(f"/{name}/{table}")
            pages.append(f"/{name}/{table}?_search={q(XSS['script'])}")
            for (row_id,) in conn.execute(f"SELECT id FROM {table} ORDER BY id LIMIT 4"):
                pages.append(f"/{name}/{table}/{row_id}")
        for view in VIEWS:
            pages.append(f"/{name}/{view}")
            pages.append(f"/{name}/{view}?_search={q('evacuated')}")
            pages.append(f"/{name}/{view}?_facet=outlet" if view != "speakers_view" else f"/{name}/{view}?_facet=kind")
        for kind, table in (("quote", "quotes"), ("claim", "claims"), ("speaker", "speakers")):
            for (row_id,) in conn.execute(f"SELECT id FROM {table} ORDER BY id LIMIT 4"):
                pages.append(f"/{name}/-/{kind}/{row_id}")
        for (obj,) in conn.execute("SELECT DISTINCT object FROM claims WHERE object IS NOT NULL LIMIT 3"):
            pages.append(f"/{name}/-/figure?object={q(obj)}")
    pages.append(f"/{name}/-/figure?object={q(XSS['script'])}")
    queries = yaml.safe_load((ROOT / "datasette.yaml").read_text())["databases"]["claims"].get("queries", {})
    for query, spec in queries.items():
        params = {p: XSS["script"] for p in spec.get("params", [])}
        pages.append(f"/{name}/{query}?" + urllib.parse.urlencode(params))
        params = {p: "Ruiz" if p in ("speaker", "claimant") else "" for p in spec.get("params", [])}
        pages.append(f"/{name}/{query}?" + urllib.parse.urlencode(params))
        for p in spec.get("params", []):
            if p in ("object", "q"):
                params = {**params, p: "XSS"}
        pages.append(f"/{name}/{query}?" + urllib.parse.urlencode(params))
    pages.append(f"/{name}/-/query?" + urllib.parse.urlencode({"sql": f"select '{XSS['script']}' as a, "
                                                                     f"'{XSS['js_url']}' as url"}))
    return pages


def test_hostile_content_renders_inert_on_every_page(server):
    pages = our_pages(server["name"], server["db"])
    problems, statuses = [], {}
    with httpx.Client(base_url=server["base"], timeout=120) as client:
        for path in pages:
            response = client.get(path)
            statuses[path] = response.status_code
            if response.status_code >= 500:
                problems.append((path, response.status_code, response.text[:300]))
                continue
            found = executable(response.text)
            if found:
                problems.append((path, found[:3]))
    assert not problems, problems[:8]
    assert len(pages) >= 60
    # The pages did show the hostile data (escaped), so the test looked at the right thing.
    shown = [p for p in pages if statuses[p] == 200]
    assert len(shown) >= len(pages) * 0.8, {p: s for p, s in statuses.items() if s != 200}


def test_sign_in_redirects_only_within_the_site(server):
    with httpx.Client(base_url=server["base"], timeout=60, follow_redirects=False) as client:
        for target in [XSS["js_url"], "//evil.example/", "https://evil.example/", "/\\evil.example"]:
            response = client.post("/-/login", data={"username": "factchecker", "password": PASSWORD, "next": target})
            assert response.status_code == 303
            location = response.headers["location"]
            assert location.startswith("/") and not location.startswith("//") and "evil" not in location, location


def test_fact_checkers_can_write_so_the_refusals_are_permissions(server):
    with httpx.Client(base_url=server["base"], timeout=60, follow_redirects=False) as client:
        assert client.post("/-/login", data={"username": "factchecker", "password": PASSWORD}).status_code == 303
        assert client.get("/-/actor.json").json()["actor"]["id"] == "factchecker"
        with sqlite3.connect(server["db"]) as conn:
            claim_id = conn.execute("SELECT min(id) FROM claims").fetchone()[0]
            before = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
        response = client.post(f"/{server['name']}/-/review",
                               data={"target": "claim", "id": str(claim_id), "verdict": "false", "note": XSS["script"]})
        assert response.status_code == 303, response.text[:300]
        with sqlite3.connect(server["db"]) as conn:
            assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == before + 1
        # Even signed in, the generic write API stays closed.
        response = client.post(f"/{server['name']}/articles/-/insert", json={"row": {"title": "pwned"}})
        assert response.status_code in (401, 403), response.text[:200]
        page = client.get(f"/{server['name']}/-/claim/{claim_id}")
        assert page.status_code == 200 and not executable(page.text)


def test_signing_secret_comes_from_the_environment(server):
    forged = {"a": {"id": "factchecker", "roles": ["fact-checker"]}}
    with httpx.Client(base_url=server["base"], timeout=60) as client:
        for secret in ["", "secret", "datasette", SECRET[::-1]]:
            cookie = URLSafeSerializer(secret, "actor").dumps(forged)
            client.cookies.set("ds_actor", cookie)
            assert client.get("/-/actor.json").json()["actor"] is None, secret
        client.cookies.set("ds_actor", URLSafeSerializer(SECRET, "actor").dumps(forged))
        assert client.get("/-/actor.json").json()["actor"]["id"] == "factchecker"


def test_no_password_or_secret_in_the_repository():
    config = yaml.safe_load((ROOT / "datasette.yaml").read_text())
    plugin = config.get("plugins", {}).get("datasette-auth-passwords", {}) or {}
    accounts = {key: value for key, value in plugin.items() if key.endswith("_password_hash")}
    assert accounts and all(isinstance(v, dict) and set(v) == {"$env"} for v in accounts.values()), accounts
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    leaks = []
    for rel in tracked:
        path = ROOT / rel
        if rel.startswith("tests/") or not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if re.search(r"pbkdf2_sha256\$\d+\$[\w./+-]+\$[\w./+=-]{20,}", text):
            leaks.append((rel, "password hash"))
        if re.search(r"(?im)^\s*(export\s+)?DATASETTE_SECRET\s*=\s*['\"]?[0-9a-f]{16,}", text):
            leaks.append((rel, "DATASETTE_SECRET value"))
        if re.search(r"(?m)^\s*secret\s*:\s*['\"]?\w{16,}", text):
            leaks.append((rel, "secret in config"))
    assert not leaks, leaks
    from datasette_auth_passwords.utils import hash_password, verify_password

    hashed = hash_password(PASSWORD)
    assert PASSWORD not in hashed and verify_password(PASSWORD, hashed) and not verify_password("wrong", hashed)


# --- claims ingest URL -------------------------------------------------------------------------

ARTICLE_HTML = (b"<html><head><title>Bridge to reopen</title></head><body><article><h1>Bridge to reopen</h1>"
                b"<p>\xe2\x80\x9cWe are ready,\xe2\x80\x9d Mayor Ana Ruiz said on Tuesday at a news conference in the"
                b" town hall.</p><p>The bridge has been closed for three weeks after the flood damaged its supports,"
                b" engineers said.</p></article></body></html>")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.path
        try:
            if path == "/ok":
                self._send(200, ARTICLE_HTML, "text/html; charset=utf-8")
            elif path == "/declared-huge":  # says 50 MB up front
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(50 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"<html>" + b"x" * 1024)
            elif path == "/endless":  # no length, never ends: stopped by the size limit
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                block = b"The mayor said the river rose. " * 2048
                while True:
                    self.wfile.write(block)
            elif path == "/slow":  # a byte now and then: stopped by the deadline
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                while True:
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.3)
            elif path == "/silent":  # never answers
                time.sleep(60)
            elif path == "/to-ftp":
                self._redirect("ftp://127.0.0.1/article.txt")
            elif path == "/to-file":
                self._redirect("file:///etc/passwd")
            elif path == "/png":
                self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(500), "text/html")
            else:
                self._send(404, b"not found", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _send(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def web():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_ingest_url_fetches_only_http_within_a_size_limit_and_a_deadline(web, tmp_path):
    urls = {name: f"{web}/{name}" for name in ("ok", "declared-huge", "endless", "slow", "silent", "to-ftp", "to-file",
                                               "png", "missing")}
    others = ["ftp://127.0.0.1/a.txt", "file:///etc/passwd", "gopher://127.0.0.1/", "javascript:alert(1)",
              "data:text/html,<script>alert(1)</script>"]
    db = tmp_path / "claims.db"
    started = time.monotonic()
    done = subprocess.run([CLAIMS, "ingest", *urls.values(), *others, "--db", str(db), "-q"], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "CLAIMS_URL_TIMEOUT": "3"})
    elapsed = time.monotonic() - started
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-3000:]
    messages = {line.split("error: ", 1)[1] for line in done.stderr.splitlines() if line.startswith("error: ")}

    def message(url):
        found = [m for m in messages if m.startswith(url + ":")]
        assert len(found) == 1, (url, messages)
        return found[0]

    assert "larger than the limit" in message(urls["declared-huge"])
    assert "larger than the limit" in message(urls["endless"])
    assert "timed out" in message(urls["slow"])
    assert "timed out" in message(urls["silent"])
    assert "non-http(s)" in message(urls["to-ftp"]) or "redirected away" in message(urls["to-ftp"])
    assert "could not fetch" in message(urls["to-file"])
    assert "PNG" in message(urls["png"])
    assert "404" in message(urls["missing"])
    for url in others:
        assert "only http(s)" in message(url), url
    assert not any(m.startswith(urls["ok"]) for m in messages)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT url FROM articles").fetchall() == [(urls["ok"],)]
        assert "We are ready" in conn.execute("SELECT text FROM articles").fetchone()[0]
    # Two pages held up by the 3 s deadline, the rest quick: nowhere near a hang.
    assert elapsed < 100, elapsed
