"""Issue 15, done means: no request, with any input a client can send, answers 500.

Hypothesis builds requests against each rule of the URL map in turn, GET and POST (a test per
method and rule, so every one gets its share of examples): the rule's arguments,
the query string (with `next`, `on` and other names), form values, the language, discreet and
session cookies, and Accept-Language, all drawn from arbitrary text mixed with the spellings that
broke things before (CR LF, NUL, line separators, other sites, backslashes, percent-escapes). A
request is sent without a case, with a valid case session, or with a forged one (signed with the
right secret but malformed, or unsigned text). Every answer must be below 500, carry no CR or LF
in any header, and every log record written meanwhile must be one line. (Checked: with the
`next` handling from before issue 15, the `/lang/<code>` and `/discreet` cases fail at once.)

PDF rules are fuzzed without a case and with forged sessions only: with a case each one renders a
PDF (about a second), and their inputs are the rule's arguments, which the other rules share.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict
from werkzeug.routing import Rule

from tests.security import site

HOSTILE = ["\r\nSet-Cookie: stolen=1", "\r", "\n", "%0d%0aX-Injected: 1", "%0D%0A", "\x00", "\u2028",
           "\u0085", "//evil.example/", "/\\evil.example", "\\\\evil.example", "https://evil.example",
           "/ok\r\nLocation: https://evil.example", "../../etc/passwd", "%2e%2e%2f", "{{7*7}}", "'\"<>",
           "🙂", "\ud7ff", "１２３", "-1", "0", "99999999999999999999", "1e309", "NaN", " ", ""]
TEXT = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=30),
                 st.tuples(st.sampled_from(HOSTILE), st.text(max_size=10)).map("".join))
# Same-site-looking paths with a control character inside: what a redirect target must survive.
PATHISH = st.tuples(st.sampled_from(["/", "/summary/", "/debts/?x="]), st.text(max_size=10),
                    st.sampled_from(["\r\n", "\r", "\n", "\x00", "\x7f", "\x85", "\u2028", "\t", " "]),
                    st.text(max_size=10)).map("".join)
NAMES = st.one_of(st.sampled_from(["next", "on", "lang", "code", "confirm", "case_version", "then",
                                   "owed", "tail", "issuer", "story", "csrf_token", "key"]), TEXT)
# A header (and so a cookie) cannot hold CR or LF on the wire: HTTP framing ends the header there.
HEADER_TEXT = TEXT.map(lambda text: text.replace("\r", "").replace("\n", ""))
JSONISH = st.one_of(st.none(), st.booleans(), st.integers(), st.lists(st.text(max_size=5), max_size=3),
                    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))
CODE_RE = re.compile(r'class="resume-code resume-code--large">([^<]+)<')


@dataclass
class World:
    app: object
    examples: dict
    export: bytes
    code: str
    cookie: str = ""


def _all_rules() -> list[tuple[str, str]]:
    """(method, rule) for every rule but static files, from an app made only to read its URL map."""
    from app import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "x", "LOOKUP_SECRET": "x", "DATABASE_URL": "sqlite://",
                      "SKIP_ENVIRONMENT_CHECK": True})
    return [(method, rule.rule) for method in ("GET", "POST") for rule in site.rules(app, method)
            if rule.endpoint != "static"]


ALL_RULES = _all_rules()
# Endpoints after which the shared case session must be opened again (they end it or delete it).
ENDS_SESSION = {"start.quick_exit", "start.close_case", "start.delete_case"}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    app = site.make_app(tmp_path_factory.mktemp("no500"))
    client = app.test_client()
    site.seed_case(client)
    examples = site.discover(client)
    export = client.get("/case/export.json").data
    return World(app, examples, export, _code_after_import(app, export))


def _code_after_import(app, export: bytes) -> str:
    """A fresh copy of the seeded case (so fuzzing cannot delete the only one); its code."""
    client = app.test_client()
    response = client.post("/case/import", data={"replace": "1", "file": (_Bytes(export), "case.json")},
                           content_type="multipart/form-data")
    assert response.status_code == 302, response.status_code
    return CODE_RE.search(client.get("/debts/").get_data(as_text=True))[1]


class _Bytes:
    """A tiny file object for the test client (BytesIO would be closed by it after one use)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.done = False

    def read(self, size: int = -1) -> bytes:
        if self.done:
            return b""
        self.done = True
        return self.data


def case_client(world: World):
    """A client with the seeded case open (resumed again after an example ended its session, and
    recreated by import if one deleted it)."""
    client = world.app.test_client()
    if world.cookie:
        client.set_cookie(site.SESSION_COOKIE, world.cookie)
        return client
    if client.post("/resume", data={"code": world.code}).status_code != 302:
        world.code = _code_after_import(world.app, world.export)
        assert client.post("/resume", data={"code": world.code}).status_code == 302
    world.cookie = site.session_cookie(client)
    return client


class OneLine(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.broken: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage() + (self.formatException(record.exc_info) if record.exc_info else "")
        if "\r" in text or "\n" in text:
            self.broken.append(f"{record.name}: {text!r}")

    def formatException(self, exc_info) -> str:   # noqa: N802 (logging's naming)
        return logging.Formatter().formatException(exc_info)


@pytest.fixture
def log_lines():
    handler = OneLine()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield handler
    root.removeHandler(handler)
    root.setLevel(old_level)


@st.composite
def requests(draw, rule: Rule, method: str):
    return {
        "args": {name: draw(st.one_of(st.none(), TEXT)) for name in sorted(rule.arguments)},
        "raw_path": draw(st.booleans()),
        # `next` on every request, as the language and discreet links carry it; then any others.
        "query": [("next", draw(st.one_of(TEXT, PATHISH)))] + draw(st.lists(st.tuples(NAMES, TEXT), max_size=3)),
        "form": draw(st.lists(st.tuples(NAMES, TEXT), max_size=6)) if method == "POST" else [],
        "session": draw(st.sampled_from(["none", "case", "forged", "text"])),
        "forged": draw(st.dictionaries(st.sampled_from(["case_lookup", "case_key", "case_epoch",
                                                        "case_seen_version", "csrf_token", "_flashes",
                                                        "new_code"]), TEXT | JSONISH, max_size=2)),
        "cookie_text": draw(HEADER_TEXT),
        "lang": draw(st.one_of(st.none(), st.sampled_from(["en", "zh_Hant_TW"]), HEADER_TEXT)),
        "discreet": draw(st.one_of(st.none(), HEADER_TEXT)),
        "accept_language": draw(st.one_of(st.none(), HEADER_TEXT)),
    }


def _path(world: World, rule: Rule, spec: dict) -> str:
    known = world.examples.get(rule.rule, {})
    values = {}
    for name in rule.arguments:
        value = spec["args"].get(name)
        values[name] = known.get(name, site._dummy(rule, name)) if value is None else value
    path = rule.rule
    for name, value in values.items():
        # Raw: as typed, except "?" and "#", which would end the path (the query is drawn apart).
        text = str(value).replace("?", "%3F").replace("#", "%23") if spec["raw_path"] else quote(str(value), safe="")
        path = re.sub(rf"<(?:[^:<>]+:)?{re.escape(name)}>", lambda _m, t=text: t, path)
    return path


def _headers_are_single_lines(response) -> list[str]:
    return [f"{k}: {v!r}" for k, v in response.headers.items() if any(c in k + v for c in "\r\n")]


@pytest.mark.parametrize(("method", "rule_text"), ALL_RULES, ids=[f"{m} {r}" for m, r in ALL_RULES])
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_no_request_answers_500_or_breaks_a_header_or_a_log_line(world, log_lines, method, rule_text, data):
    rule = next(r for r in world.app.url_map.iter_rules() if r.rule == rule_text and method in r.methods)
    spec = data.draw(requests(rule, method))
    if rule.rule.endswith(".pdf") and spec["session"] == "case":
        spec["session"] = "forged"
    client = case_client(world) if spec["session"] in ("case", "forged") else world.app.test_client()
    if spec["session"] == "forged":
        serializer = world.app.session_interface.get_signing_serializer(world.app)
        valid = serializer.loads(site.session_cookie(client))
        client.set_cookie(site.SESSION_COOKIE, serializer.dumps(valid | spec["forged"]))
    elif spec["session"] == "text":
        client.set_cookie(site.SESSION_COOKIE, spec["cookie_text"])
    for name, value in (("lang", spec["lang"]), ("discreet", spec["discreet"])):
        if value is not None:
            client.set_cookie(name, value)
    headers = {"Accept-Language": spec["accept_language"]} if spec["accept_language"] is not None else {}
    path = _path(world, rule, spec)
    response = client.open(path, method=method, query_string=spec["query"], headers=headers,
                           data=MultiDict(spec["form"]) if method == "POST" else None)
    response.close()
    if rule.endpoint in ENDS_SESSION:
        world.cookie = ""
    described = json.dumps({"method": method, "path": path} | {k: spec[k] for k in ("query", "form", "session")},
                           ensure_ascii=True)
    assert response.status_code < 500, described
    assert _headers_are_single_lines(response) == [], described
    assert log_lines.broken == [], described
