"""Fact-checker sign-in: datasette-auth-passwords' /-/login, with what it lacks added around it.

datasette-auth-passwords (datasette.yaml: `factchecker_password_hash` from the environment and
the actor with the fact-checker role) checks the password and signs the cookie. This ASGI
wrapper (our plugin's `asgi_wrapper` hook) adds what the plugin does not do:

- throttling: after MAX_FAILURES failed sign-ins per address and name within FAILURE_WINDOW
  seconds, 429 until the window has passed;
- timing: an unknown name costs one PBKDF2 check as a known one does, so the time of the
  answer does not tell which names exist;
- the way back and an end: a sign-in goes to the form's `next` (a path on this site only) and
  the session ends after SESSION_SECONDS;
- no HTTP Basic credentials: the plugin checks them on every request with neither throttle nor
  dummy check (a malformed header is a 500), and fact-checkers sign in with the form;
- no /-/password-tool: an anonymous page that spends 0.3 s of CPU per request.
"""

from __future__ import annotations

import functools
import time
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl

from datasette.utils.asgi import PayloadTooLarge, Request, Response
from datasette_auth_passwords.utils import hash_password, verify_password

LOGIN, PASSWORD_TOOL = "/-/login", "/-/password-tool"
SESSION_SECONDS = 8 * 3600
MAX_FAILURES, FAILURE_WINDOW = 10, 15 * 60
_failures: dict[tuple[str, str], list[float]] = {}


def accounts(datasette) -> dict[str, str]:
    """name -> hash, as datasette-auth-passwords reads them (names whose hash is unset left out)."""
    config = datasette.plugin_config("datasette-auth-passwords") or {}
    return {key.removesuffix("_password_hash"): value for key, value in config.items()
            if key.endswith("_password_hash") and value}


@functools.cache
def dummy_hash() -> str:
    """Checked when the name is unknown, so a wrong name takes as long as a wrong password."""
    return hash_password("not a password", salt="dummy-salt-for-timing")


def recent_failures(client: tuple[str, str]) -> list[float]:
    """The times of this (address, name)'s failed sign-ins within the window; older ones forgotten."""
    now = time.monotonic()
    kept = [t for t in _failures.get(client, []) if now - t < FAILURE_WINDOW]
    if kept:
        _failures[client] = kept
    else:
        _failures.pop(client, None)
    return kept


def safe_next(value: str | None) -> str:
    """Only paths on this site: never //host or a scheme, so sign-in cannot redirect elsewhere."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


def without_basic_credentials(scope: dict) -> dict:
    """The request without an `Authorization: Basic` header (a Bearer token is Datasette's own)."""
    headers = [(key, value) for key, value in scope.get("headers") or []
               if not (key == b"authorization" and value[:6].lower() == b"basic ")]
    return dict(scope, headers=headers)


def routed_path(datasette, scope: dict) -> str:
    """The path Datasette routes a request by: the raw path, without the query and base_url."""
    path = (scope.get("raw_path") or scope["path"].encode()).decode("ascii", "replace").partition("?")[0]
    base = datasette.setting("base_url")
    return "/" + path[len(base):] if base != "/" and path.startswith(base) else path


async def run_plugin(app, scope, receive, body: bytes) -> tuple[dict, list[dict]]:
    """The plugin's answer to the sign-in form, whose `body` was read already: (the response
    start, the body messages)."""
    sent: list[dict] = []
    unread = [{"type": "http.request", "body": body, "more_body": False}]

    async def replay():
        return unread.pop() if unread else await receive()

    async def send(message):
        sent.append(message)

    await app(scope, replay, send)
    return sent[0], sent[1:]


def actor_of(datasette, start: dict) -> dict | None:
    """The actor whose cookie the plugin set, or None when it set none (a failed sign-in)."""
    for key, value in start.get("headers") or []:
        if key == b"set-cookie":
            morsel = SimpleCookie(value.decode("latin-1")).get("ds_actor")
            if morsel is not None:
                return datasette.unsign(morsel.value, "actor")["a"]
    return None


def guard(datasette, app):
    """`app` with the sign-in guarded (see the module's docstring)."""
    async def guarded(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        scope, path = without_basic_credentials(scope), routed_path(datasette, scope)
        if path == PASSWORD_TOOL:
            return await Response.text("Not found", status=404).asgi_send(send)
        if path == LOGIN and scope["method"] == "POST":
            return await sign_in(datasette, app, scope, receive, send)
        return await app(scope, receive, send)

    return guarded


async def sign_in(datasette, app, scope, receive, send):
    """The plugin's check of the sign-in form, throttled and as slow for every name; a success
    goes to `next` with a cookie that expires, a failure answers 401."""
    try:
        body = await Request(scope, receive, datasette.setting("max_post_body_bytes")).post_body()
    except PayloadTooLarge as error:
        return await Response.text(str(error), status=413).asgi_send(send)
    form = dict(parse_qsl(body.decode("utf-8", "replace")))
    username = form.get("username", "")
    client = ((scope.get("client") or ("unknown",))[0], username)
    if len(recent_failures(client)) >= MAX_FAILURES:
        return await Response.text("Too many failed sign-ins: wait a quarter of an hour", status=429).asgi_send(send)
    start, rest = await run_plugin(app, scope, receive, body)
    actor = actor_of(datasette, start)
    if actor is not None:
        response = Response.redirect(safe_next(form.get("next")), status=303)
        datasette.set_actor_cookie(response, actor, expire_after=SESSION_SECONDS)
        return await response.asgi_send(send)
    if username not in accounts(datasette):
        verify_password(form.get("password", ""), dummy_hash())
    if len(_failures) > 10_000:  # many names tried: forget the expired ones
        for key in list(_failures):
            recent_failures(key)
    _failures.setdefault(client, []).append(time.monotonic())
    for message in [dict(start, status=401 if start["status"] == 200 else start["status"]), *rest]:
        await send(message)
