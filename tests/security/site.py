"""The app as the security tests see it: a seeded case, a crawl of its pages, and its URL map.

Everything is discovered at test time (url_map, links, forms), so steps that other people add
later are covered by these tests without editing them.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException
from werkzeug.routing import Rule
from werkzeug.test import TestResponse

from app import create_app
from app.store import upgrade
from app.wizard import STEPS
from tests.security import webforms

TODAY = "2026-11-29"
SESSION_COOKIE = "sa_session"
SECRET_KEY = "security-tests"
DUMMY_ARGUMENT = "0"
MAX_PAGES = 200
DEBTS = (
    {"issuer": "cmb", "owed": "12,345.67", "tail": "1234", "collector_name": "某某催收公司"},
    {"issuer": "icbc", "owed": "8000", "tail": "5678", "collector": "bank", "collector_name": ""},
    {"issuer": "other", "issuer_other": "某农商银行", "owed": "30000", "tail": "9012",
     "collector": "lawyer", "collector_name": "某某律师事务所"},
)


def make_app(tmp_path: Path, **overrides: Any) -> Flask:
    """A test app on a fresh SQLite file; rate limits off and CSRF off unless overridden."""
    url = f"sqlite:///{tmp_path / 'security.sqlite'}"
    upgrade(url)
    config = {"TESTING": True, "WTF_CSRF_ENABLED": False, "DATABASE_URL": url, "FIXED_TODAY": TODAY,
              "SECRET_KEY": SECRET_KEY, "LOOKUP_SECRET": "security-tests-lookup", "RATELIMIT_ENABLED": False}
    return create_app(config | overrides)


def is_html(response: TestResponse) -> bool:
    return response.mimetype == "text/html"


def submit(client, form: webforms.Form, overrides: dict[str, str] | None = None) -> TestResponse:
    """POST `form` as a browser would, filled with valid answers except `overrides`."""
    return client.post(webforms.local_path(form.action) or form.action,
                       data=MultiDict(webforms.fill(form, overrides)))


def page(client, path: str) -> webforms.Page:
    response = client.get(path)
    return webforms.parse(response.get_data(as_text=True), f"http://localhost{path}")


@dataclass
class Seeded:
    """What seeding did: every form submitted and the status it got (for failure messages)."""

    submitted: list[tuple[str, int]] = field(default_factory=list)


def seed_case(client, debts: tuple[dict[str, str], ...] = DEBTS) -> Seeded:
    """Open a new case and fill every step that exists through its own forms (CSRF tokens included)."""
    seeded = Seeded()
    start = page(client, "/")
    new_form = webforms.first_form_with_action(start, "/new")
    assert new_form is not None, "the start page has no form posting to /new"
    assert submit(client, new_form).status_code == 302
    for answers in debts:
        form = webforms.post_forms(page(client, "/debts/new"))[0]
        seeded.submitted.append(("/debts/new", submit(client, form, answers).status_code))
    for step in _later_steps(client.application):
        _fill_step(client, step, seeded)
    return seeded


def _later_steps(app: Flask) -> list[str]:
    """URL prefixes of the wizard steps after the debts list that are registered."""
    prefixes = []
    for step in STEPS:
        if step.endpoint in app.view_functions and step.prefixes[0] not in ("start", "debts"):
            rule = next(app.url_map.iter_rules(step.endpoint))
            prefixes.append(rule.rule)
    return prefixes


def _fill_step(client, prefix: str, seeded: Seeded) -> None:
    """Submit each safe POST form found on the step's pages once (the step page first, then add-pages)."""
    done: set[str] = set()
    queue = deque([prefix])
    visited: set[str] = set()
    while queue and len(visited) < 30:
        path = queue.popleft()
        if path in visited:
            continue
        visited.add(path)
        current = page(client, path)
        for form in webforms.post_forms(current):
            action = webforms.local_path(form.action)
            if action and form.is_safe_to_submit and action not in done and any(f.is_text for f in form.fields):
                done.add(action)
                seeded.submitted.append((action, submit(client, form).status_code))
        for link in current.links:
            local = webforms.local_path(link, "localhost")
            if local and local.startswith(prefix) and local not in visited and "." not in local.rsplit("/", 1)[-1]:
                queue.append(local)


DOWNLOAD_SUFFIXES = (".pdf", ".json", ".ics", ".zip")


def crawl(client, start: str = "/", downloads: bool = True) -> dict[str, TestResponse]:
    """GET every same-site page reachable by links from `start` (unsafe links skipped; PDFs and
    other downloads too unless `downloads`)."""
    seen: dict[str, TestResponse] = {}
    queue = deque([start])
    while queue and len(seen) < MAX_PAGES:
        path = queue.popleft()
        if path in seen:
            continue
        response = client.get(path)
        seen[path] = response
        if is_html(response) and response.status_code == 200:
            for link in webforms.parse(response.get_data(as_text=True), f"http://localhost{path}").links:
                local = webforms.local_path(link, "localhost")
                if local and local not in seen and (downloads or not local.split("?")[0].endswith(DOWNLOAD_SUFFIXES)):
                    queue.append(local)
    return seen


def form_actions(responses: dict[str, TestResponse]) -> list[str]:
    """Local paths that the crawled pages' POST forms submit to (rules a link never shows)."""
    actions = []
    for path, response in responses.items():
        if is_html(response) and response.status_code == 200:
            parsed = webforms.parse(response.get_data(as_text=True), f"http://localhost{path}")
            actions += [a for f in webforms.post_forms(parsed) if (a := webforms.local_path(f.action))]
    return actions


def rules(app: Flask, method: str) -> list[Rule]:
    return sorted((r for r in app.url_map.iter_rules() if method in (r.methods or ())), key=lambda r: r.rule)


def example_arguments(app: Flask, paths: list[str]) -> dict[str, dict[str, Any]]:
    """{rule: arguments} for rules that some crawled path matched (real ids from the seeded case)."""
    adapter = app.url_map.bind("localhost")
    found: dict[str, dict[str, Any]] = {}
    for path in paths:
        for method in ("GET", "POST"):
            try:
                rule, args = adapter.match(path.split("?")[0], method=method, return_rule=True)
            except HTTPException:
                continue
            found.setdefault(rule.rule, args)
    return found


def discover(client) -> dict[str, dict[str, Any]]:
    """Crawl from the start page and return {rule: real arguments} for every rule seen in links or forms."""
    pages = crawl(client)
    return example_arguments(client.application, list(pages) + form_actions(pages))


def url_for_rule(app: Flask, rule: Rule, examples: dict[str, dict[str, Any]]) -> tuple[str, bool]:
    """(path, filled): the rule with arguments from the seeded case, or with dummies (filled=False)."""
    args = examples.get(rule.rule)
    filled = args is not None or not rule.arguments
    if args is None:
        args = {name: _dummy(rule, name) for name in rule.arguments}
    adapter = app.url_map.bind("localhost")
    method = "GET" if "GET" in (rule.methods or ()) else "POST"
    return adapter.build(rule.endpoint, args, method=method, force_external=False), filled


def _dummy(rule: Rule, name: str) -> Any:
    converter = rule._converters.get(name)   # noqa: SLF001 (werkzeug exposes no public accessor)
    if converter is not None and type(converter).__name__ in ("IntegerConverter", "FloatConverter"):
        return 0
    if rule.endpoint == "static":
        return "css/app.css"
    return DUMMY_ARGUMENT


def session_cookie(client) -> str:
    cookie = client.get_cookie(SESSION_COOKIE)
    assert cookie is not None, "no session cookie: seeding did not open a case"
    return cookie.value


def clone(app: Flask, cookie_value: str, **kwargs: Any):
    """A new client in the same session: the session cookie carries everything that opens the case."""
    other = app.test_client(**kwargs)
    other.set_cookie(SESSION_COOKIE, cookie_value)
    return other
