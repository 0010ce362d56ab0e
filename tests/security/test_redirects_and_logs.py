"""No open redirect on any route, and nothing personal in the logs even when things go wrong.

Every GET rule of the URL map gets a `next` parameter pointing elsewhere in every spelling a
browser would follow off-site; a redirect may only go to this site or to the configured quick-exit
page. Then a case full of unique markers goes through errors of every kind (CSRF, 404, 405, 413,
429, database unavailable) while every log record is captured: no marker, code or key appears.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

import pytest

from bench.server import free_port
from tests.security import site

OFF_SITE = ["https://evil.example/", "//evil.example/", "///evil.example/", "/\\evil.example/",
            "\\\\evil.example/", "/\t/evil.example/", "https:evil.example", "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", " //evil.example/", "%2F%2Fevil.example/"]


def test_no_route_redirects_off_site_whatever_next_says(tmp_path):
    app = site.make_app(tmp_path)
    client = app.test_client()
    site.seed_case(client)
    examples = site.discover(client)
    exit_host = urlsplit(app.config["QUICK_EXIT_URL"]).netloc
    cookie = site.session_cookie(client)
    off_site = []
    for rule in site.rules(app, "GET"):
        path, _ = site.url_for_rule(app, rule, examples)
        plain = site.clone(app, cookie).get(path)
        plain.close()
        if plain.mimetype == "application/pdf":
            continue                    # a download: slow to repeat, and it has no redirect to follow
        for target in OFF_SITE:
            response = site.clone(app, cookie).get(path, query_string={"next": target, "on": "1"})
            response.close()
            location = response.headers.get("Location")
            if location is None:
                continue
            parts = urlsplit(location.strip())
            if (parts.netloc and parts.netloc != exit_host) or parts.scheme not in ("", "http", "https") \
                    or re.match(r"^\s*[/\\]{2}", location):
                off_site.append(f"{path}?next={target!r} -> {location!r}")
    assert off_site == []


MARKER = "MARK7Q3Z"


@pytest.fixture
def marked(tmp_path):
    """A case whose free-text answers carry MARKER, with rate limits and CSRF on."""
    app = site.make_app(tmp_path, WTF_CSRF_ENABLED=True, RATELIMIT_ENABLED=True,
                        RESUME_RATE_LIMIT="2 per minute", MAX_CONTENT_LENGTH=32 * 1024)
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = "10.9.8.7"
    marked_debts = tuple(d | {"collector_name": f"{MARKER}催收", "issuer_other": f"{MARKER}银行"}
                         for d in site.DEBTS)
    site.seed_case(client, debts=marked_debts)
    return app, client


def test_errors_of_every_kind_log_nothing_personal(marked, caplog, tmp_path):
    app, client = marked
    code = re.search(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3,5}", client.get("/case").get_data(as_text=True))
    secrets_seen = [MARKER, client.get_cookie(site.SESSION_COOKIE).value[:20]]
    if code:
        secrets_seen.append(code.group(0))
    caplog.set_level(logging.DEBUG)
    edit = re.search(r'href="(/debts/[0-9a-f]+/edit)"', client.get("/debts/").get_data(as_text=True)).group(1)
    assert client.post(edit, data={"collector_name": MARKER}).status_code == 400            # CSRF
    assert client.get(f"/debts/{MARKER}/edit").status_code == 404
    assert client.get("/case/delete").status_code == 405
    assert client.post(edit, data={"story": MARKER * 5000}).status_code == 413
    for _ in range(3):
        last = client.post("/resume", data={"code": f"{MARKER}-AAAA"})
    assert last.status_code in (400, 429)
    refused = site.make_app(tmp_path / "down", DATABASE_URL=f"postgresql://x@127.0.0.1:{free_port()}/none")
    down = site.clone(refused, client.get_cookie(site.SESSION_COOKIE).value)
    assert down.get("/debts/").status_code == 503
    assert down.post(edit, data={"collector_name": MARKER}).status_code == 503
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert "case store unavailable" in logged                  # the failures were logged, by type
    assert [s for s in secrets_seen if s in logged] == []
