"""Every state-changing route of the URL map refuses a request without a valid CSRF token.

The rules are enumerated at test time, so a form added later is covered without editing this file.
"""

from __future__ import annotations

import pytest
from flask_babel import force_locale, gettext

from app import csrf
from tests.security import site, webforms

UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
TITLE = "页面已过期"


@pytest.fixture(scope="module")
def protected(tmp_path_factory):
    """An app with CSRF on, a case seeded through its own forms (tokens included), and real ids."""
    app = site.make_app(tmp_path_factory.mktemp("csrf"), WTF_CSRF_ENABLED=True)
    client = app.test_client()
    seeded = site.seed_case(client)
    assert all(status == 302 for _, status in seeded.submitted[:3]), seeded.submitted
    examples = site.discover(client)
    targets = []
    for rule in app.url_map.iter_rules():
        for method in sorted(set(rule.methods or ()) & set(UNSAFE_METHODS)):
            targets.append((method, site.url_for_rule(app, rule, examples)[0]))
    return app, site.session_cookie(client), sorted(targets)


def _page_data(client, path: str) -> dict[str, str]:
    """The fields the page at `path` would send, without its token (empty if there is no such page)."""
    response = client.get(path)
    if response.status_code != 200 or response.mimetype != "text/html":
        return {}
    parsed = webforms.parse(response.get_data(as_text=True), f"http://localhost{path}")
    form = webforms.first_form_with_action(parsed, path)
    return {k: v for k, v in webforms.fill(form) if k != "csrf_token"} if form else {}


def test_the_url_map_has_state_changing_routes_to_check(protected):
    _, _, targets = protected
    paths = {path for _, path in targets}
    assert {"/new", "/resume", "/case/delete", "/debts/new"} <= paths


def test_no_view_or_blueprint_is_exempt_from_csrf(protected):
    assert not csrf._exempt_views and not csrf._exempt_blueprints   # noqa: SLF001 (no public accessor)


@pytest.mark.parametrize("with_case", [True, False])
def test_every_state_changing_route_refuses_a_request_without_token(protected, with_case):
    app, cookie, targets = protected
    refused_wrongly = []
    for method, path in targets:
        client = site.clone(app, cookie) if with_case else app.test_client()
        data = _page_data(client, path)
        response = client.open(path, method=method, data=data)
        body = response.get_data(as_text=True)
        if response.status_code != 400 or TITLE not in body:
            refused_wrongly.append(f"{method} {path} -> {response.status_code}")
    assert refused_wrongly == []


def test_a_token_from_another_session_is_refused(protected):
    app, cookie, targets = protected
    stranger = app.test_client()
    foreign = dict(webforms.fill(webforms.first_form_with_action(site.page(stranger, "/"), "/new")))
    client = site.clone(app, cookie)
    statuses = {f"{m} {p}": client.open(p, method=m, data=foreign).status_code for m, p in targets}
    assert set(statuses.values()) == {400}, statuses


def test_the_refusal_page_is_translated(protected):
    app, cookie, _ = protected
    with app.test_request_context(), force_locale("en"):
        english = gettext(TITLE)
    assert english != TITLE
    client = site.clone(app, cookie)
    client.set_cookie("lang", "en")
    response = client.post("/debts/new", data=_page_data(client, "/debts/new"))
    assert response.status_code == 400 and english in response.get_data(as_text=True)


def test_the_same_post_with_the_page_token_is_accepted(protected):
    app, cookie, _ = protected
    client = site.clone(app, cookie)
    form = webforms.post_forms(site.page(client, "/debts/new"))[0]
    assert form.field_named("csrf_token") is not None
    assert site.submit(client, form).status_code == 302
