"""Size bounds: request body, characters per text field, accounts and incidents per case.

Forms and fields are found by crawling a seeded case, so a field added later without a bound
makes these tests fail.
"""

from __future__ import annotations

import json

import pytest
from werkzeug.datastructures import MultiDict

from tests.conftest import field_errors
from tests.security import site, webforms

TOO_LARGE = "提交的内容太大"
BODY_LIMIT = 64 * 1024


def _exported(client) -> dict:
    """The open case as the user's own export file shows it."""
    return json.loads(client.get("/case/export.json").get_data(as_text=True))["case"]


def _forms(client) -> list[tuple[str, webforms.Form]]:
    """(page, form) for every safe POST form with text fields on the crawled pages."""
    found, seen = [], set()
    for path in site.crawl(client):
        if path.endswith((".pdf", ".json", ".ics")):
            continue
        for form in webforms.post_forms(site.page(client, path)):
            action = webforms.local_path(form.action)
            if action and form.is_safe_to_submit and form.text_fields() and action not in seen:
                seen.add(action)
                found.append((path, form))
    return found


@pytest.fixture
def seeded(tmp_path):
    app = site.make_app(tmp_path, MAX_CONTENT_LENGTH=BODY_LIMIT, WTF_CSRF_ENABLED=True)
    client = app.test_client()
    site.seed_case(client)
    return app, client


def test_a_body_over_the_limit_gets_the_translated_413_page_on_every_post_route(seeded):
    app, client = seeded
    examples = site.discover(client)
    body = b"story=" + b"x" * BODY_LIMIT
    wrong = []
    for rule in site.rules(app, "POST"):
        path, _ = site.url_for_rule(app, rule, examples)
        response = client.post(path, data=body, content_type="application/x-www-form-urlencoded")
        if response.status_code != 413 or TOO_LARGE not in response.get_data(as_text=True):
            wrong.append(f"{path} -> {response.status_code}")
    assert wrong == []


def test_every_text_field_refuses_more_than_the_text_limit_at_the_field(seeded):
    app, client = seeded
    longest = app.config["MAX_TEXT_CHARS"] + 1
    forms = _forms(client)
    assert len(forms) >= 3, [p for p, _ in forms]
    unbounded = []
    for page, form in forms:
        for f in form.text_fields():
            fresh = webforms.post_forms(site.page(client, page))
            current = next(x for x in fresh if x.action == form.action)
            overlong = "字" * longest
            response = client.post(webforms.local_path(form.action),
                                   data=MultiDict(webforms.fill(current, {f.name: overlong})))
            refused = response.status_code == 422 and f.name in field_errors(response.get_data(as_text=True))
            if not refused and overlong in json.dumps(_exported(client), ensure_ascii=False):
                unbounded.append(f"{form.action} {f.name} -> {response.status_code}")
    assert unbounded == []


def test_adding_beyond_the_account_and_incident_limits_is_refused_with_a_message(tmp_path):
    app = site.make_app(tmp_path)
    client = app.test_client()
    site.seed_case(client)
    forms = _forms(client)                       # collected while adding is still allowed
    seeded = _exported(client)
    app.config.update(MAX_DEBTS=len(seeded["debts"]), MAX_INCIDENTS=len(seeded["incidents"]))
    shown = []
    for page, form in forms:
        response = site.submit(client, form)
        if response.status_code == 302:
            shown.append(client.get(response.location).get_data(as_text=True))
        shown.append(client.get(page, follow_redirects=True).get_data(as_text=True))
    after = _exported(client)
    assert len(after["debts"]) == app.config["MAX_DEBTS"]
    assert len(after["incidents"]) == app.config["MAX_INCIDENTS"]
    assert f"最多可以登记 {app.config['MAX_DEBTS']} 笔欠款" in "".join(shown)
    if "conduct.new" in app.view_functions:
        assert f"最多可以登记 {app.config['MAX_INCIDENTS']} 条记录" in "".join(shown)
