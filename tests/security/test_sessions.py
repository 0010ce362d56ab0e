"""Issue 15: what a stolen cookie gives, and sessions the app did not write.

The session cookie is signed, not encrypted. It carries the case's lookup, key and session epoch,
never the resume code (the code travels sealed under a server key only until the page showing
it once pops it). Quick exit, "关闭此案件" and a new resume raise the case's epoch, after which a
copy of an older cookie opens nothing, not even a page from the worker's page cache. A cookie
signed with the right secret but holding anything malformed is no session at all.
"""

from __future__ import annotations

import base64
import json
import re
import zlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from itsdangerous import base64_decode

from tests.security import site

CODE_RE = re.compile(r'class="resume-code resume-code--large">([^<]+)<')
ENDED = "本浏览器里的这个案件已被关闭"


def cookie_payload(value: str) -> str:
    """The readable part of a Flask session cookie (what anyone holding the cookie can read)."""
    raw = base64_decode(value.lstrip(".").split(".")[0])
    return (zlib.decompress(raw) if value.startswith(".") else raw).decode("utf-8")


def opened(tmp_path, **config):
    app = site.make_app(tmp_path, **config)
    client = app.test_client()
    assert client.post("/new").status_code == 302
    cookie_before_shown = site.session_cookie(client)
    code = CODE_RE.search(client.get("/debts/").get_data(as_text=True))[1]
    return app, client, code, cookie_before_shown


def test_the_cookie_never_carries_the_code_readably(tmp_path):
    app, client, code, before_shown = opened(tmp_path)
    for value in (before_shown, site.session_cookie(client)):
        readable = cookie_payload(value)
        assert code not in readable and code.replace("-", "") not in readable
    data = json.loads(cookie_payload(site.session_cookie(client)))
    assert set(data) <= {"case_lookup", "case_key", "case_epoch", "case_seen_version", "_permanent",
                         "csrf_token"}
    assert code not in client.get("/debts/").get_data(as_text=True)          # shown once only
    assert code not in client.get("/case").get_data(as_text=True)


def test_a_cookie_copied_before_quick_exit_opens_nothing_afterwards(tmp_path):
    app, client, code, _ = opened(tmp_path)
    client.get("/summary/")
    client.get("/summary/")                          # now in this worker's page cache
    stolen = site.clone(app, site.session_cookie(client))
    assert stolen.get("/summary/").status_code == 200
    assert client.get("/exit").status_code == 302
    response = stolen.get("/summary/")
    assert response.status_code == 302 and response.location == "/"
    assert ENDED in stolen.get("/").get_data(as_text=True)
    assert app.test_client().post("/resume", data={"code": code}).status_code == 302   # the case stays


def test_closing_the_case_ends_every_session_and_the_code_opens_it_again(tmp_path):
    app, client, code, _ = opened(tmp_path)
    other_device = site.clone(app, site.session_cookie(client))
    assert "关闭此案件" in client.get("/case").get_data(as_text=True)
    response = client.post("/case/close")
    assert response.status_code == 302 and response.location == "/"
    assert other_device.get("/debts/").location == "/"
    assert client.get("/debts/").location == "/"
    again = app.test_client()
    assert again.post("/resume", data={"code": code}).status_code == 302
    assert again.get("/debts/").status_code == 200


def test_an_old_epoch_cookie_gets_no_cached_page_even_after_a_new_resume(tmp_path):
    app, client, code, _ = opened(tmp_path)
    old_cookie = site.session_cookie(client)
    client.get("/summary/")
    client.get("/summary/")
    assert client.post("/resume", data={"code": code}).status_code == 302    # epoch raised
    client.get("/summary/")
    client.get("/summary/")                                                 # cached for the new epoch
    response = site.clone(app, old_cookie).get("/summary/")
    assert response.status_code == 302 and response.location == "/"


def signed(app, data) -> str:
    return app.session_interface.get_signing_serializer(app).dumps(data)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=80),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
SESSION_KEYS = ["case_lookup", "case_key", "case_epoch", "case_seen_version", "new_code", "show_code",
                "csrf_token", "_flashes", "_permanent", "case_code"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.sampled_from(SESSION_KEYS), JSONISH, min_size=1, max_size=4),
       path=st.sampled_from(["/", "/debts/", "/summary/", "/case", "/case/export.json", "/conduct/",
                             "/letters/", "/next-steps/", "/exit", "/lang/en", "/discreet?on=1"]))
def test_a_signed_session_with_malformed_values_is_no_session_never_a_500(tmp_path, changes, path):
    app, client, _, _ = _shared_case(tmp_path)
    valid = json.loads(cookie_payload(site.session_cookie(client)))
    forged = site.clone(app, signed(app, valid | changes))
    for method in ("GET", "POST"):
        response = getattr(forged, method.lower())(path)
        response.close()
        assert response.status_code < 500, (method, path, changes)


_CACHE: dict = {}


def _shared_case(tmp_path):
    """One seeded app for all hypothesis examples (seeding per example would take minutes)."""
    if "case" not in _CACHE:
        _CACHE["case"] = opened(tmp_path)
    return _CACHE["case"]


@settings(max_examples=60, deadline=None)
@given(value=st.one_of(st.text(max_size=200), st.binary(max_size=200).map(
    lambda b: base64.urlsafe_b64encode(b).decode())))
def test_any_session_cookie_text_is_no_session_never_a_500(tmp_path_factory, value):
    app, _, _, _ = _shared_case(tmp_path_factory.mktemp("c"))
    client = app.test_client()
    client.set_cookie(site.SESSION_COOKIE, value)
    for path in ("/", "/debts/", "/summary/", "/case"):
        response = client.get(path)
        assert response.status_code in (200, 302), (path, value)


def test_quick_exit_still_leaves_at_once_when_the_database_is_down(tmp_path):
    from bench.server import free_port

    app, client, _, _ = opened(tmp_path)
    down = site.make_app(tmp_path / "down", DATABASE_URL=f"postgresql://x@127.0.0.1:{free_port()}/none")
    browser = site.clone(down, site.session_cookie(client))
    response = browser.get("/exit")
    assert response.status_code == 302 and response.location == down.config["QUICK_EXIT_URL"]
    assert browser.get_cookie(site.SESSION_COOKIE) is None or not browser.get_cookie(site.SESSION_COOKIE).value


def test_a_cookie_from_before_the_epoch_holding_the_code_opens_nothing(tmp_path):
    app, client, code, _ = opened(tmp_path)
    serializer = app.session_interface.get_signing_serializer(app)
    current = serializer.loads(site.session_cookie(client))
    old_style = {k: v for k, v in current.items() if k != "case_epoch"} | {"case_code": code}
    old = site.clone(app, serializer.dumps(old_style))
    response = old.get("/debts/")
    assert response.status_code == 302 and response.location == "/"
    assert code not in old.get("/").get_data(as_text=True)
