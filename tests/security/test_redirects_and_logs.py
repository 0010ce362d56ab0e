"""No open redirect on any route, and nothing personal in the logs even when things go wrong.

Every GET rule of the URL map gets a `next` parameter pointing elsewhere in every spelling a
browser would follow off-site; a redirect may only go to this site or to the configured quick-exit
page. Then a case full of unique markers goes through errors of every kind (CSRF, 404, 405, 413,
429, database unavailable) while every log record is captured: no marker, code or key appears.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import quote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.downloads import safe_filename
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


# --- issue 15: each class at its root, with generated inputs ----------------------------------

NASTY = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["/ok\r\nSet-Cookie: stolen=1", "/\r\n", "/a%0d%0ab", "/\x00", "/\u2028", "/\\evil",
                     "//evil.example", "/\t/evil.example", "/ä", "/" + "a" * 5000]),
    st.tuples(st.just("/"), st.text(max_size=20), st.sampled_from(["\r", "\n", "\r\n", "\x7f", "\x85"]),
              st.text(max_size=20)).map("".join),
)


@pytest.fixture(scope="module")
def plain_app(tmp_path_factory):
    return site.make_app(tmp_path_factory.mktemp("redirects"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=NASTY, route=st.sampled_from(["/lang/en", "/lang/zh_Hant_TW", "/lang/xx", "/discreet"]),
       on=st.sampled_from(["0", "1"]))
def test_any_next_value_redirects_to_a_same_site_path_without_control_characters(plain_app, target, route, on):
    response = plain_app.test_client().get(route, query_string={"next": target, "on": on})
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith("/") and not location.startswith("//") and "\\" not in location
    assert not re.search(r"[\x00-\x20\x7f-\x9f]", location)
    assert location in (target, target.removesuffix("?"), "/")
    assert all("\r" not in v and "\n" not in v for _k, v in response.headers.items())


@given(pieces=st.lists(st.text(), max_size=5), ext=st.sampled_from(["pdf", "json", "ics"]))
def test_download_names_keep_only_ascii_letters_digits_and_dashes(pieces, ext):
    name = safe_filename(*pieces, ext=ext)
    assert re.fullmatch(rf"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.{ext}", name), name
    assert len(name) <= 80 + 1 + len(ext)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(issuer=st.text(max_size=30), tail=st.text(max_size=12), debt_id=st.text(max_size=30))
def test_request_letter_names_are_safe_whatever_the_imported_case_holds(issuer, tail, debt_id):
    from app.letters.providers import request_filename
    from tests.factories import make_debt

    name = request_filename(make_debt(issuer=issuer, tail=tail, id=debt_id))
    assert re.fullmatch(r"[A-Za-z0-9-]+\.pdf", name), name


def test_every_download_of_a_seeded_case_has_a_safe_one_line_name(tmp_path):
    app = site.make_app(tmp_path)
    client = app.test_client()
    site.seed_case(client)
    downloads = [p for p in site.crawl(client) if p.split("?")[0].endswith(site.DOWNLOAD_SUFFIXES)]
    assert any(p.endswith(".pdf") for p in downloads) and "/case/export.json" in downloads
    for path in downloads:
        response = client.get(path)
        disposition = response.headers["Content-Disposition"]
        assert re.fullmatch(r'attachment; filename=[A-Za-z0-9-]+\.(pdf|json|ics)', disposition), (path, disposition)


@pytest.fixture(scope="module")
def crashing_app(tmp_path_factory):
    """The app with one extra route that fails the way an unforeseen bug would."""
    app = site.make_app(tmp_path_factory.mktemp("crash"), PROPAGATE_EXCEPTIONS=False)

    @app.route("/boom/<anything>", methods=["GET", "POST"])
    def boom(anything):
        raise KeyError(f"{anything}\r\n{MARKER}")

    return app


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tail=st.text(min_size=1, max_size=40).filter(lambda t: "/" not in t and "?" not in t and "#" not in t),
       query=st.text(max_size=40))
def test_an_unhandled_error_logs_one_line_with_the_rule_and_type_never_the_request(crashing_app, tail, query):
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    keep = Keep(logging.DEBUG)
    crashing_app.logger.addHandler(keep)
    try:
        response = crashing_app.test_client().get(f"/boom/x{quote(tail, safe='')}%0D%0AFAKE",
                                                  query_string={"q": query + MARKER})
    finally:
        crashing_app.logger.removeHandler(keep)
    assert response.status_code == 500 and "出错了" in response.get_data(as_text=True)
    assert records, "the error was not logged"
    for record in records:
        text = record.getMessage()
        assert "\r" not in text and "\n" not in text and record.exc_info is None, text
        assert MARKER not in text and "FAKE" not in text, text
    assert any("KeyError" in r.getMessage() and "/boom/<anything>" in r.getMessage() for r in records)
