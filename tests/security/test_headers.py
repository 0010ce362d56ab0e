"""Security headers on every route of the URL map, found at test time, and the cookies' attributes.

A seeded case (every step that exists, filled through its own forms) supplies real ids for rules
with arguments; a rule whose arguments no crawled page shows gets a dummy and may answer 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie

import pytest
from sqlalchemy import create_engine, text
from werkzeug.test import TestResponse

from app.store.schema import cases as cases_table
from tests.security import site

EXTRA_PATHS = ("/no-such-page", "/debts/no-such-id/edit")    # error pages carry the headers too


@dataclass
class Visit:
    rule: str
    path: str
    filled: bool
    scheme: str
    response: TestResponse

    def __str__(self) -> str:
        return f"{self.scheme} GET {self.path} ({self.rule}) -> {self.response.status_code}"


def _rows(url: str) -> list[tuple]:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = [tuple(r) for r in connection.execute(text("SELECT * FROM cases ORDER BY lookup"))]
    engine.dispose()
    return rows


@pytest.fixture(scope="module")
def walk(tmp_path_factory):
    """Every GET rule (and a few error paths) over http and https, each in a copy of the seeded session."""
    app = site.make_app(tmp_path_factory.mktemp("headers"))
    client = app.test_client()
    site.seed_case(client)
    examples = site.example_arguments(app, list(site.crawl(client)))
    cookie = site.session_cookie(client)
    before = _rows(app.config["DATABASE_URL"])
    visits = []
    # Quick exit ends the session (it raises the case's session epoch): it goes last.
    ordered = sorted(site.rules(app, "GET"), key=lambda r: r.endpoint == "start.quick_exit")
    targets = [(r.rule, *site.url_for_rule(app, r, examples)) for r in ordered]
    targets += [(path, path, False) for path in EXTRA_PATHS]
    for rule, path, filled in targets:
        for scheme in ("http", "https"):
            response = site.clone(app, cookie).get(path, base_url=f"{scheme}://localhost")
            response.get_data()
            response.close()        # static files are streamed from an open file
            visits.append(Visit(rule, path, filled, scheme, response))
    return {"visits": visits, "rows_before": before, "rows_after": _rows(app.config["DATABASE_URL"])}


def _failures(visits, check) -> list[str]:
    return [f"{v}: {problem}" for v in visits if (problem := check(v))]


def _csp(visit: Visit) -> dict[str, list[str]]:
    policy = visit.response.headers.get("Content-Security-Policy", "")
    directives = (part.split() for part in policy.split(";") if part.strip())
    return {d[0].lower(): d[1:] for d in directives}


def test_the_walk_reaches_every_step_of_the_seeded_case(walk):
    ok = {v.rule for v in walk["visits"] if v.response.status_code == 200}
    assert {"/", "/debts/", "/summary/", "/debts/<debt_id>/edit"} <= ok


def test_no_route_answers_with_a_server_error_and_filled_routes_exist(walk):
    def check(v: Visit) -> str | None:
        if v.response.status_code >= 500:
            return "server error"
        if v.filled and v.response.status_code == 404:
            return "404 although its arguments came from the seeded case"
        return None
    assert _failures(walk["visits"], check) == []


def test_every_response_has_a_csp_without_inline_exemptions(walk):
    def check(v: Visit) -> str | None:
        csp = _csp(v)
        wanted = {"default-src": ["'self'"], "frame-ancestors": ["'none'"], "form-action": ["'self'"]}
        for name, value in wanted.items():
            if csp.get(name) != value:
                return f"{name} is {csp.get(name)!r}"
        for name in ("script-src", "style-src", "default-src"):
            if any(source != "'self'" for source in csp.get(name, [])):
                return f"{name} allows {csp[name]!r}"
        if any("unsafe" in s or s.startswith(("'nonce-", "'sha")) for values in csp.values() for s in values):
            return "an unsafe-* keyword, nonce or hash"
        return None
    assert _failures(walk["visits"], check) == []


@pytest.mark.parametrize(("header", "expected"), [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
])
def test_every_response_has_the_fixed_headers(walk, header, expected):
    assert _failures(walk["visits"], lambda v: None if v.response.headers.get(header) == expected
                     else f"{header}: {v.response.headers.get(header)!r}") == []


def test_every_response_turns_off_camera_microphone_and_location(walk):
    def check(v: Visit) -> str | None:
        policy = v.response.headers.get("Permissions-Policy", "")
        missing = [f for f in ("camera=()", "microphone=()", "geolocation=()") if f not in policy]
        return f"Permissions-Policy lacks {missing}" if missing else None
    assert _failures(walk["visits"], check) == []


def test_every_response_except_static_files_is_not_stored(walk):
    def check(v: Visit) -> str | None:
        if v.rule.startswith("/static/"):
            return None
        cache = v.response.headers.get("Cache-Control", "")
        return None if "no-store" in cache else f"Cache-Control: {cache!r}"
    assert _failures(walk["visits"], check) == []


def test_case_downloads_and_pdfs_are_not_stored(walk):
    downloads = [v for v in walk["visits"] if v.response.status_code == 200
                 and v.response.mimetype in ("application/pdf", "application/json", "text/calendar")]
    assert downloads, "the walk reached no download (export.json at least exists)"
    assert all("no-store" in v.response.headers["Cache-Control"] for v in downloads)


def test_hsts_is_sent_over_https_only(walk):
    def check(v: Visit) -> str | None:
        hsts = v.response.headers.get("Strict-Transport-Security")
        if v.scheme == "https" and not (hsts and "max-age=31536000" in hsts):
            return f"HSTS missing over https: {hsts!r}"
        if v.scheme == "http" and hsts is not None:
            return "HSTS sent over plain http"
        return None
    assert _failures(walk["visits"], check) == []


def test_walking_every_get_route_changes_no_stored_case(walk):
    """Nothing but the session epoch, which quick exit raises once (the second exit, from the
    now ended session, cannot raise it again)."""
    epoch = list(cases_table.c.keys()).index("epoch")
    assert [r[:epoch] + r[epoch + 1:] for r in walk["rows_after"]] == \
        [r[:epoch] + r[epoch + 1:] for r in walk["rows_before"]]
    assert [r[epoch] for r in walk["rows_after"]] == [r[epoch] + 1 for r in walk["rows_before"]]


class _InlineFinder(HTMLParser):
    """Collects what the CSP would block: inline scripts, <style>, style= and on*= attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        if tag == "script" and "src" not in names:
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style> element")
        self.found += [f"<{tag} {name}=>" for name in names if name == "style" or name.startswith("on")]
        self.found += [f"<{tag} {n}=javascript:>" for n, v in attrs if (v or "").strip().lower().startswith("javascript:")]


def test_no_page_needs_inline_script_or_style(walk):
    def check(v: Visit) -> str | None:
        if v.response.mimetype != "text/html":
            return None
        finder = _InlineFinder()
        finder.feed(v.response.get_data(as_text=True))
        return ", ".join(sorted(set(finder.found))) or None
    assert _failures([v for v in walk["visits"] if v.scheme == "http"], check) == []


def _set_cookies(response: TestResponse) -> dict[str, str]:
    """{cookie name: the whole Set-Cookie line}."""
    lines = response.headers.getlist("Set-Cookie")
    return {next(iter(SimpleCookie(line).keys())): line for line in lines}


def _attributes(line: str) -> set[str]:
    return {part.strip().split("=")[0].lower() for part in line.split(";")[1:]}


@pytest.mark.parametrize("development", [False, True])
def test_cookies_are_httponly_lax_and_secure_outside_development(tmp_path, development):
    app = site.make_app(tmp_path, TESTING=False, DEBUG=development)
    client = app.test_client()
    new_form = site.webforms.first_form_with_action(site.page(client, "/"), "/new")
    cookies = _set_cookies(site.submit(client, new_form))
    cookies |= _set_cookies(client.get("/lang/en?next=/"))
    cookies |= _set_cookies(client.get("/discreet?on=1&next=/"))
    assert set(cookies) == {site.SESSION_COOKIE, "lang", "discreet"}
    for line in cookies.values():
        attributes = _attributes(line)
        assert {"httponly", "path"} <= attributes, line
        assert "SameSite=Lax" in line, line
        assert ("secure" in attributes) is (not development), line
