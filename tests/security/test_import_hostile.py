"""The hostile catalogue (tests/security/hostile.py) against imported case files, not only forms.

Issue 15: a file the import accepted broke later pages (time zones), lost data (two accounts with
one id), broke a download (CR/LF in an id) and put `../../x<script>` into a download's file name.
Here every hostile string goes into every kind of place a case file has: ids, codes, keys, times,
one-line text, many-line text. Ids, codes, keys and odd times are refused as a whole, with the
place named and nothing changed; text is refused when it holds what no form could send (control
characters, line breaks in one-line fields, lone surrogates, over-long text) and otherwise shown
escaped, on pages that answer 200, and never in a header, a file name or a log line.
"""

from __future__ import annotations

import copy
import json
import logging
import re
import unicodedata
from datetime import date, datetime, time
from io import BytesIO

import pytest

from app.core import case, serial, validation
from app.core.bounds import Limits
from app.core.case import (
    Applicant,
    Budget,
    Case,
    Channel,
    Debt,
    Evidence,
    EvidenceKind,
    Incident,
    Party,
    case_to_data,
)
from app.core.complaints import ComplaintEntry, ComplaintRecord, SendChannel, Step
from app.start import importing
from app.start.importing import ImportProblem, read_case_file
from tests.conftest import field_errors
from tests.security import hostile, site

LIMITS = Limits(max_debts=50, max_incidents=300, max_text_chars=5000)
NOTHING_IMPORTED = "没有导入任何内容，当前案件没有改动。"
DEBT_ID, INCIDENT_ID = "d0000001", "e0000001"
NARRATIVE = f"request-{DEBT_ID}-hardship"
CASE = Case(
    debts=(Debt(id=DEBT_ID, issuer="other", owed_fen=1_234_567, first_missed_on=date(2025, 3, 1),
                issuer_other="某农商银行", tail="1234", collector_name="某某催收公司"),),
    incidents=(Incident(id=INCIDENT_ID, occurred_at=datetime(2026, 3, 5, 23, 10), channel=Channel.THIRD_PARTY,
                        contacted=Party.RELATIVE, caller_name="李法务", caller_number="02158889999",
                        collector_name="某某催收公司", debt_id=DEBT_ID, number_dialled="13800001234",
                        until=time(23, 40), count=3, facts=("threatened_harm",), details="对方说要上门。",
                        evidence=(Evidence(EvidenceKind.RECORDING, date(2026, 3, 5), "录音"),)),),
    budget=Budget(income_fen={"wages": 300_000}, spending_fen={"housing": 100_000}, story="生意失败。",
                  hardship_other="其他", documents=("medical",), documents_other="住院发票"),
    applicant=Applicant(name="张三", phone="13800001234", id_number="110101199001011237", address="北京市某区"),
    narratives={NARRATIVE: "本人恳请贵行考虑我目前的实际困难。"},
    complaints=(ComplaintRecord("agency-0123456789", (
        ComplaintEntry(Step.SENT, date(2026, 3, 10), channel=SendChannel.EMS, tracking="EA123456789CN"),
        ComplaintEntry(Step.ANSWERED, date(2026, 3, 20), summary="银行说会核查。", satisfied=False))),),
)
EXPORT = case_to_data(CASE)

ONE_LINE = [("debts", 0, "issuer_other"), ("debts", 0, "collector_name"), ("incidents", 0, "caller_name"),
            ("incidents", 0, "collector_name"), ("incidents", 0, "evidence", 0, "note"),
            ("budget", "hardship_other"), ("budget", "documents_other"), ("applicant", "name"),
            ("applicant", "address"), ("complaints", 0, "history", 0, "tracking")]
MANY_LINES = [("budget", "story"), ("incidents", 0, "details"), ("narratives", NARRATIVE),
              ("complaints", 0, "history", 1, "summary")]
ONE_LINE_LIMIT = {"issuer_other": 60, "collector_name": 100, "caller_name": 60, "note": 200, "hardship_other": 200,
                  "documents_other": 200, "name": 40, "address": 120, "tracking": 40}
MANY_LINES_LIMIT = {"summary": 500}
IDS = [("debts", 0, "id"), ("incidents", 0, "id"), ("incidents", 0, "debt_id"), ("complaints", 0, "key")]
CODES = [("debts", 0, "issuer"), ("incidents", 0, "facts", 0), ("budget", "documents", 0)]
KEYS = [("narratives", NARRATIVE), ("budget", "income_fen", "wages")]
SAFE_DOWNLOAD = re.compile(r'attachment; filename=[a-z0-9-]+\.(?:pdf|ics|json)')


def with_value(path: tuple, value) -> dict:
    data = copy.deepcopy(EXPORT)
    target = data["case"]
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return data


def with_key(path: tuple, key: str) -> dict:
    data = copy.deepcopy(EXPORT)
    target = data["case"]
    for step in path[:-1]:
        target = target[step]
    target[key] = target.pop(path[-1])
    return data


def as_file(data: dict) -> bytes:
    """JSON as a crafted file would carry it: lone surrogates as \\ud800 escapes, valid UTF-8."""
    return json.dumps(data).encode("ascii")


def refusal(data: dict) -> list[str] | None:
    """The problem codes of the file, or None when it is imported."""
    try:
        read_case_file(BytesIO(as_file(data)), 1024 * 1024, LIMITS)
    except ImportProblem as problem:
        return problem.codes
    return None


def forms_could_send(text: str, one_line: bool, limit: int) -> bool:
    """What the forms store: no control characters but a textarea's line breaks, no surrogates."""
    for char in text:
        kind = unicodedata.category(char)
        if kind == "Cs" or (kind == "Cc" and (one_line or char not in "\n\r\t")):
            return False
        if one_line and kind in ("Zl", "Zp"):
            return False
    return len(text) <= limit


CATALOGUE = hostile.CATALOGUE + hostile.CASE_FILE_IDS + hostile.CASE_FILE_CODES


def test_the_unchanged_export_is_imported():
    assert refusal(EXPORT) is None


@pytest.mark.parametrize("path", IDS + CODES, ids=lambda path: ".".join(map(str, path)))
def test_every_hostile_string_as_an_id_or_a_code_is_refused(path):
    for text in CATALOGUE:
        if path[-1] == "debt_id" and text == "":
            continue                                   # "" is "no account named"
        assert refusal(with_value(path, text)), (path, text[:40])


@pytest.mark.parametrize("path", KEYS, ids=lambda path: ".".join(map(str, path)))
def test_every_hostile_string_as_a_key_is_refused(path):
    for text in CATALOGUE:
        assert refusal(with_key(path, text)), (path, text[:40])


@pytest.mark.parametrize("path", ONE_LINE + MANY_LINES, ids=lambda path: ".".join(map(str, path)))
def test_hostile_text_is_refused_exactly_when_no_form_could_have_sent_it(path):
    one_line = path in ONE_LINE
    limit = (ONE_LINE_LIMIT[path[-1]] if one_line else MANY_LINES_LIMIT.get(path[-1])
             or LIMITS.max_text_chars * (2 if path[0] == "narratives" else 1))
    for text in hostile.CATALOGUE:
        codes = refusal(with_value(path, text))
        blank_name = path[-1] == "issuer_other" and not text.strip()     # "other" needs its name
        if forms_could_send(text, one_line, limit) and not blank_name:
            assert codes is None, (path, text[:40], codes)
        else:
            assert codes and set(codes) <= {"bad_text", "text_too_long", "missing_text"}, (path, text[:40], codes)


@pytest.mark.parametrize(("path", "values"), [
    (("incidents", 0, "occurred_at"), hostile.CASE_FILE_DATETIMES),
    (("incidents", 0, "until"), hostile.CASE_FILE_TIMES),
    (("debts", 0, "first_missed_on"), ["2026-02-30", "0001-01-01", "9999-12-31", "2026-11-29T10:00:00+08:00"]),
    (("complaints", 0, "history", 0, "on"), ["2026-02-30", "0001-01-01", "9999-12-31", "1800-01-01"]),
    (("complaints", 0, "history", 1, "on"), ["2026-03-09"]),                     # before the letter was sent
], ids=lambda v: ".".join(map(str, v))[:40])
def test_times_with_zones_seconds_or_outside_the_window_are_refused(path, values):
    for value in values:
        assert refusal(with_value(path, value)), (path, value)


def test_a_value_of_the_wrong_type_anywhere_is_refused_or_harmless():
    """Every leaf of the export set to every wrong type: refused, or (None where None is allowed,
    True for a flag ...) a file the import accepts as valid."""
    leaves = list(_leaves(EXPORT["case"]))
    assert len(leaves) > 40
    for path in leaves:
        for value in hostile.CASE_FILE_TYPES:
            refusal(with_value(path, value))           # raises anything but ImportProblem: a bug


def _leaves(data, path=()):
    if isinstance(data, dict) and data:
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list) and data:
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))
    else:
        yield path


# --- through HTTP ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    return site.make_app(tmp_path_factory.mktemp("import-hostile"))


def upload(client, data: dict):
    return client.post("/case/import", data={"replace": "1", "file": (BytesIO(as_file(data)), "case.json")},
                       content_type="multipart/form-data")


ISSUE_15 = {
    "a time zone": with_value(("incidents", 0, "occurred_at"), "2026-03-05T23:10:00+08:00"),
    "two accounts, one id": with_value(("debts",), [EXPORT["case"]["debts"][0]] * 2),
    "CR LF in an id": with_value(("debts", 0, "id"), "d000\r\n01"),
    "markup in an issuer": with_value(("debts", 0, "issuer"), "<script>"),
    "a path in an issuer": with_value(("debts", 0, "issuer"), "../../x<script>"),
    "CR LF in a name": with_value(("applicant", "name"), "张三\r\nSet-Cookie: injected=1"),
    "a log line in a key": with_key(("narratives", NARRATIVE), "\nINFO forged log line"),
}


@pytest.mark.parametrize("name", ISSUE_15)
def test_the_files_of_issue_15_are_refused_with_the_place_named_and_change_nothing(hostile_app, name, caplog):
    caplog.set_level(logging.DEBUG)
    client = hostile_app.test_client()
    assert upload(client, EXPORT).status_code == 302
    before = client.get("/case/export.json").data
    response = upload(client, ISSUE_15[name])
    assert response.status_code == 422
    error = field_errors(response.text)["file"]
    assert "（位置：" in error and error.endswith(NOTHING_IMPORTED), error
    assert "\r" not in error and "\n" not in error and "<script>" not in response.text
    assert client.get("/case/export.json").data == before
    for secret in ("Set-Cookie", "forged log line", "d000", "<script>"):
        assert secret not in caplog.text, secret


def test_an_accepted_file_full_of_hostile_text_shows_it_escaped_and_downloads_under_safe_names(hostile_app, caplog):
    """The texts a form could have sent, in every text field at once: every page, PDF and calendar
    answers 200, markup never comes back raw, download names are ours, no log line carries them."""
    caplog.set_level(logging.DEBUG)
    texts = [t for t in hostile.MARKUP[:8] + hostile.TEMPLATES[:4] + hostile.SQL_AND_PATHS[:8]
             if forms_could_send(t, True, 40)]
    assert len(texts) > 10
    data = copy.deepcopy(EXPORT)
    for index, path in enumerate(ONE_LINE + MANY_LINES):
        data = _set(data, path, texts[index % len(texts)])
    client = hostile_app.test_client()
    assert upload(client, data).status_code == 302
    pages = site.crawl(client)
    assert any(p.endswith(".pdf") for p in pages) and "/next/calendar.ics" in pages
    for path, response in pages.items():
        assert response.status_code in ((200, 302) if path.startswith(("/lang/", "/discreet")) else (200,)), path
        if "Content-Disposition" in response.headers:
            assert SAFE_DOWNLOAD.fullmatch(response.headers["Content-Disposition"]), path
        if site.is_html(response):
            assert "<script>alert(1)" not in response.get_data(as_text=True), path
    for text in texts:
        assert text not in caplog.text


def _set(data: dict, path: tuple, value) -> dict:
    target = data["case"]
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return data


def test_every_problem_the_import_can_find_has_its_own_sentence():
    from pathlib import Path

    from app.start.wording import IMPORT_ERRORS
    sources = "".join(Path(m.__file__).read_text(encoding="utf-8") for m in (validation, serial, importing, case))
    found = set(re.findall(r'(?:Problem|SerialError)\("([a-z_]+)"', sources))
    found |= set(re.findall(r'"(too_many_[a-z]+)"', sources))
    found.discard("unsupported_type")          # a dataclass field of a type serial cannot build: our bug, not data
    assert {"bad_id", "duplicate_id", "bad_time", "bad_code", "unknown_field", "too_large"} <= found
    assert found <= set(IMPORT_ERRORS), found - set(IMPORT_ERRORS)
