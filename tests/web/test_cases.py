"""Issue 3 through HTTP: cases that last, resume codes, export/import, delete, expiry, rate limits,
and no personal data in the database or the logs.

Tests marked with the `db_url` fixture run twice: on a fresh SQLite file and on a fresh schema of
the PostgreSQL at TEST_DATABASE_URL (see tests/store/conftest.py). The rate-limit test runs once
with in-memory storage and once against the Redis at TEST_REDIS_URL.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
import redis
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app import create_app
from app.core.case import Case, case_from_data, case_to_data
from app.store import lookup_for, upgrade
from app.store.schema import cases as cases_table
from tests.conftest import TODAY, field_errors, set_language
from tests.factories import make_debt
from tests.rich_case import PERSONAL, make_rich_case
from tests.store.conftest import _stored_bytes, db_url, postgres_url  # noqa: F401  (fixtures, shared)

WRONG_CODE = "找不到这个恢复码对应的案件。请核对后再试。"
NOTHING_IMPORTED = "没有导入任何内容，当前案件没有改动。"
UNREADABLE = "服务器上的这个案件无法安全打开"
GONE = "这个案件已不在服务器上"
ENDED = "本浏览器里的这个案件已被关闭"
DEBT = {"kind": "card", "issuer": "other", "issuer_other": PERSONAL["creditor_other"], "tail": "4321",
        "owed": "23,456.78", "principal": "", "limit": "", "first_missed_on": "2025-03-01",
        "last_payment_on": "", "last_payment": "", "collector": "agency",
        "collector_name": PERSONAL["collector"], "demands-0": "", "demands-1": "", "demands-2": "",
        "demands-3": ""}


def make_app(url: str, **overrides):
    upgrade(url)
    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DATABASE_URL": url,
                       "FIXED_TODAY": TODAY, "SECRET_KEY": "test", "LOOKUP_SECRET": "test-lookup",
                       "RATELIMIT_ENABLED": False} | overrides)


@pytest.fixture
def any_app(db_url):  # noqa: F811  (the fixture imported above)
    """The app on SQLite, then on PostgreSQL."""
    app = make_app(db_url)
    yield app
    app.extensions["case_store"].close()


# --- helpers -----------------------------------------------------------------------------------

def store(app):
    return app.extensions["case_store"]


def encode(case: Case) -> bytes:
    return json.dumps(case_to_data(case), ensure_ascii=False).encode()


def upload(client, data: bytes, name: str = "case.json"):
    """POST a file to the import form, as confirmed on the page that asks before replacing an
    open case. The body is built here: the test client spools large
    multipart bodies to a temporary file it never closes (a ResourceWarning, an error here)."""
    boundary = "shangan-test-" + secrets.token_hex(8)
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="replace"\r\n\r\n1\r\n'   # confirmed (issue 12)
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: application/json\r\n\r\n")
    body = head.encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return client.post("/case/import", data=body, content_type=f"multipart/form-data; boundary={boundary}")


def exported(client) -> Case:
    response = client.get("/case/export.json")
    assert response.status_code == 200
    return case_from_data(json.loads(response.data))


def session_value(client, key: str):
    with client.session_transaction() as session:
        return session.get(key)


def code_of(client) -> str:
    """The resume code of the client's case, as the page shown once after opening it showed it.
    The session never carries it readably (issue 15), so the first call after a case is made
    reads the debts page, which pops it; later calls return what that page showed."""
    if session_value(client, "new_code") is not None:
        html = client.get("/debts/").get_data(as_text=True)
        client.shown_code = re.search(r'class="resume-code resume-code--large">([^<]+)<', html)[1]
    return client.shown_code


def case_open(client) -> bool:
    return session_value(client, "case_lookup") is not None


def all_rows(app) -> list[tuple]:
    with store(app).engine.connect() as connection:
        return [tuple(r) for r in connection.execute(select(cases_table).order_by(cases_table.c.lookup))]


def row_for(app, code: str):
    with store(app).engine.connect() as connection:
        return connection.execute(select(cases_table).where(cases_table.c.lookup == store(app).row_id(lookup_for(code)))).first()


def set_columns(app, code: str, **values) -> None:
    with store(app).engine.begin() as connection:
        connection.execute(cases_table.update().where(cases_table.c.lookup == store(app).row_id(lookup_for(code))).values(**values))


def resume(client, typed: str):
    return client.post("/resume", data={"code": typed})


def open_case_with_one_debt(client) -> str:
    assert client.post("/new").status_code == 302
    assert client.post("/debts/new", data=DEBT).status_code == 302
    return code_of(client)


# --- round trips -------------------------------------------------------------------------------

def test_rich_case_round_trips_exactly_through_import_store_and_export(any_app):
    rich = make_rich_case()
    client = any_app.test_client()
    response = upload(client, encode(rich))
    assert response.status_code == 302 and response.location == "/summary/"
    assert client.get("/summary/").status_code == 200

    code = code_of(client)
    _key, plaintext, version = store(any_app).open(code)
    assert case_from_data(json.loads(plaintext)) == rich and version == 1

    first_export = client.get("/case/export.json").data
    assert case_from_data(json.loads(first_export)) == rich
    elsewhere = any_app.test_client()
    assert upload(elsewhere, first_export).status_code == 302
    assert code_of(elsewhere) != code
    assert elsewhere.get("/case/export.json").data == first_export


def test_a_case_entered_in_one_browser_resumes_in_another_with_nothing_lost(any_app):
    here = any_app.test_client()
    code = open_case_with_one_debt(here)
    expected = exported(here)
    there = any_app.test_client()
    typed = code.lower().replace("-", " ")
    response = resume(there, typed)
    assert response.status_code == 302 and response.location == "/summary/"
    assert exported(there) == expected
    [debt] = exported(there).debts
    assert (debt.issuer_other, debt.owed_fen, debt.tail) == (PERSONAL["creditor_other"], 2_345_678, "4321")
    listing = there.get("/debts/").text
    assert PERSONAL["creditor_other"] in listing and "23,456.78" in listing
    assert code not in listing and code not in there.get("/case").text   # shown once, at the start
    assert here.get("/debts/").location == "/"          # the resume ended the first browser's session


# --- nothing personal at rest ------------------------------------------------------------------

def test_saved_cases_leave_no_personal_text_code_or_key_in_the_database(any_app):
    client = any_app.test_client()
    assert upload(client, encode(make_rich_case())).status_code == 302
    assert client.post("/debts/new", data=DEBT | {"issuer_other": PERSONAL["creditor_other"] + "X"}).status_code == 302
    code = code_of(client)
    raw = _stored_bytes(store(any_app))
    assert store(any_app).row_id(lookup_for(code)).encode() in raw   # the dump does see the row,
    assert lookup_for(code).encode() not in raw         # under its keyed id only
    for label, secret in PERSONAL.items():
        for form in (secret.encode(), json.dumps(secret)[1:-1].encode(), secret.encode("utf-16-le")):
            assert form not in raw, label
    for form in (code, code.replace("-", ""), code.lower()):
        assert form.encode() not in raw
    key = store(any_app).open(code)[0]
    assert key not in raw and key.hex().encode() not in raw


# --- resume codes ------------------------------------------------------------------------------

def test_resume_restarts_the_expiry_clock_without_a_new_version(app):
    code = open_case_with_one_debt(app.test_client())
    long_ago = datetime.now(UTC) - timedelta(days=89)
    set_columns(app, code, updated_at=long_ago)
    assert resume(app.test_client(), code).status_code == 302
    row = row_for(app, code)
    assert datetime.now(UTC) - row.updated_at < timedelta(minutes=1)
    assert row.version == 2


def tamper_ciphertext(app, code):
    ciphertext = row_for(app, code).ciphertext
    set_columns(app, code, ciphertext=bytes([ciphertext[0] ^ 1]) + ciphertext[1:])


@pytest.mark.parametrize("attempt", ["unknown", "malformed", "too_short", "overlong", "tampered", "emoji"])
def test_every_failed_resume_gets_the_same_neutral_message_and_changes_nothing(app, attempt):
    owner = app.test_client()
    code = open_case_with_one_debt(owner)
    if attempt == "tampered":
        tamper_ciphertext(app, code)
    typed = {"unknown": "K7QF-M2XA-9RTD-W4PB-HN3C", "malformed": "K7QF-M2XA-9RTD-W4PB-HN30",
             "too_short": "K7QF-M2XA", "overlong": "K7QF" * 500, "tampered": code,
             "emoji": "🙂" * 20}[attempt]
    before = all_rows(app)
    visitor = app.test_client()
    response = resume(visitor, typed)
    assert response.status_code == 422
    assert field_errors(response.text) == {"code": WRONG_CODE}
    assert all_rows(app) == before
    assert not case_open(visitor)
    assert visitor.get("/debts/").location == "/"


def test_empty_code_asks_for_one(client):
    response = resume(client, "  ")
    assert response.status_code == 422 and field_errors(response.text) == {"code": "请输入恢复码。"}


def test_an_open_case_whose_row_was_tampered_with_is_closed_with_a_clear_message(app):
    client = app.test_client()
    code = open_case_with_one_debt(client)
    tamper_ciphertext(app, code)
    before = all_rows(app)
    response = client.get("/debts/")
    assert response.status_code == 302 and response.location == "/"
    assert UNREADABLE in client.get("/").text
    assert not case_open(client)
    assert all_rows(app) == before


def test_a_rolled_back_row_is_detected_by_the_version_this_browser_saw(app):
    client = app.test_client()
    code = open_case_with_one_debt(client)                       # version 2: one debt
    backup = row_for(app, code)
    assert client.post("/debts/new", data=DEBT | {"tail": "9999"}).status_code == 302   # version 3
    set_columns(app, code, nonce=backup.nonce, ciphertext=backup.ciphertext, version=backup.version)
    before = all_rows(app)
    response = client.get("/debts/")
    assert response.status_code == 302 and response.location == "/"
    assert UNREADABLE in client.get("/").text
    assert not case_open(client)
    assert all_rows(app) == before
    assert resume(client, code).status_code == 302                # the code still opens what is stored
    assert [d.tail for d in exported(client).debts] == ["4321"]


def test_a_case_deleted_elsewhere_is_reported_gone(app):
    here = app.test_client()
    code = open_case_with_one_debt(here)
    there = app.test_client()
    resume(there, code)
    assert there.post("/case/delete", data={"confirm": "y"}).status_code == 302
    assert here.get("/debts/").location == "/"
    assert GONE in here.get("/").text


# --- stale versions ----------------------------------------------------------------------------

def stored_case(app, code) -> tuple[Case, int]:
    _key, plaintext, version = store(app).open(code)
    return case_from_data(json.loads(plaintext)), version


def test_a_stale_tab_gets_409_keeps_its_input_and_overwrites_nothing(app):
    client = app.test_client()
    assert client.post("/new").status_code == 302
    code = code_of(client)
    assert 'name="case_version" type="hidden" value="1"' in client.get("/debts/new").text
    assert client.post("/debts/new", data=DEBT | {"case_version": "1"}).status_code == 302
    newer = stored_case(app, code)

    stale = client.post("/debts/new", data=DEBT | {"case_version": "1", "tail": "7777"})
    assert stale.status_code == 409
    assert "这个案件刚在另一个窗口或设备上更新过" in stale.text
    assert 'value="7777"' in stale.text                             # what was typed is kept
    assert 'name="case_version" type="hidden" value="2"' in stale.text   # resubmitting is based on the newer data
    assert stored_case(app, code) == newer and newer[1] == 2
    assert "尾号4321" in client.get("/debts/").text


def test_resuming_on_a_second_device_ends_the_first_ones_session_and_its_save_writes_nothing(app):
    first = app.test_client()
    assert first.post("/new").status_code == 302
    code = code_of(first)
    assert 'type="hidden" value="1"' in first.get("/debts/new").text
    second = app.test_client()
    assert resume(second, code).status_code == 302
    before = all_rows(app)

    response = first.post("/debts/new", data=DEBT | {"case_version": "1", "tail": "8888"})
    assert response.status_code == 302 and response.location == "/"
    assert ENDED in first.get("/").text and not case_open(first)
    assert all_rows(app) == before
    assert second.post("/debts/new", data=DEBT | {"case_version": "1"}).status_code == 302
    assert [d.tail for d in exported(second).debts] == ["4321"]


# --- import refusals ---------------------------------------------------------------------------

def case_json(schema_version: int | None = None, **case_fields) -> bytes:
    data = case_to_data(Case())
    data["case"].update(case_fields)
    if schema_version is not None:
        data["schema_version"] = schema_version
    return json.dumps(data).encode()


def debt_data(n: int = 1, **changes) -> dict:
    return case_to_data(Case(debts=(make_debt(id=f"d{n:07d}"),)))["case"]["debts"][0] | changes


NARRATIVE = "request-d0000001-hardship"
BAD_FILES = {
    "not json": (b"this is not json", "这个文件不是有效的案件文件（无法读取）。"),
    "not utf-8": (b'{"schema_version": 1, "case": {"\xff": 1}}', "这个文件不是有效的案件文件（无法读取）。"),
    "empty": (b"", "这个文件不是有效的案件文件（无法读取）。"),
    "deep nesting": (b"[" * 100_000, "这个文件不是有效的案件文件（无法读取）。"),
    "5000-digit number": (b'{"n": ' + b"9" * 5000 + b"}", "这个文件不是有效的案件文件（无法读取）。"),
    "a list": (b"[]", "缺少版本号（schema_version）或案件内容"),
    "no envelope": (json.dumps(case_to_data(Case())["case"]).encode(), "缺少版本号（schema_version）或案件内容"),
    "wrong schema_version": (json.dumps({"schema_version": 4, "case": {}}).encode(),
                             "这个案件文件的版本号（schema_version）本站不认识"),
    "unknown field": (case_json(shoe_size=42), "文件里有本站不认识的内容（位置：shoe_size）。"),
    "unknown nested field": (case_json(debts=[debt_data(colour="red")]),
                             "文件里有本站不认识的内容（位置：debts[0].colour）。"),
    "missing field": (case_json(debts=[{k: v for k, v in debt_data().items() if k != "owed_fen"}]),
                      "文件缺少必需的内容（位置：debts[0].owed_fen）。"),
    "string for money": (case_json(debts=[debt_data(owed_fen="12345")]),
                         "文件里有一项的类型不对（位置：debts[0].owed_fen）"),
    "float for money": (case_json(debts=[debt_data(owed_fen=123.45)]),
                        "文件里有一项的类型不对（位置：debts[0].owed_fen）"),
    "bad date": (case_json(debts=[debt_data(first_missed_on="2025-02-30")]),
                 "文件里有一项的值无效（位置：debts[0].first_missed_on）"),
    "bad choice": (case_json(debts=[debt_data(kind="mortgage")]), "文件里有一项的值无效（位置：debts[0].kind）"),
    "too many debts": (case_json(debts=[debt_data(n) for n in range(51)]), "文件里有 51 笔欠款，最多可以有 50 笔。"),
    "too long text": (case_json(narratives={NARRATIVE: "字" * 10_001}),
                      f"文件里有一段文字超过 10000 个字（位置：narratives.{NARRATIVE}）。"),
    "too long name": (case_json(applicant={"name": "名" * 41}), "文件里有一段文字超过 40 个字（位置：applicant.name）。"),
    "negative money": (case_json(debts=[debt_data(owed_fen=-100)]),
                       "文件里有金额是负数或超过一亿元（位置：debts[0].owed_fen）。"),
    "lone surrogate": (b'{"schema_version": 1, "case": {"budget": {"story": "\\ud800"}}}',
                       "文件里有控制字符、换行或无法识别的字符（位置：budget.story）"),
    "year 1": (case_json(debts=[debt_data(first_missed_on="0001-01-01")]),
               "文件里有日期无效、早于 1900 年或晚于 2100 年（位置：debts[0].first_missed_on）。"),
    # issue 15: what an earlier import let through and a later page or download broke on
    "a timezone on a datetime": (
        case_json(incidents=[{"id": "e0000001", "occurred_at": "2026-03-05T23:10:00+08:00", "channel": "sms"}]),
        "文件里有时间带着时区或秒（位置：incidents[0].occurred_at）"),
    "a timezone on a time": (
        case_json(incidents=[{"id": "e0000001", "occurred_at": "2026-03-05T23:10:00", "channel": "sms",
                              "until": "23:40:00+00:00"}]),
        "文件里有时间带着时区或秒（位置：incidents[0].until）"),
    "two accounts with one id": (case_json(debts=[debt_data(1), debt_data(1)]),
                                 "文件里有两条记录的编号相同（位置：debts[1].id）"),
    "an id with a line break": (case_json(debts=[debt_data(id="d000\r\n01")]),
                                "文件里有编号不是本站生成的格式（位置：debts[0].id）"),
    "an issuer outside the list": (case_json(debts=[debt_data(issuer="../../x<script>")]),
                                   "文件里有本站不认识的选项（位置：debts[0].issuer）"),
    "a tail that is not 4 digits": (case_json(debts=[debt_data(tail="12\n34")]),
                                    "文件里有一项的格式不对（位置：debts[0].tail）"),
    "a line break in a name": (case_json(applicant={"name": "张三\r\nSet-Cookie: x=1"}),
                               "文件里有控制字符、换行或无法识别的字符（位置：applicant.name）"),
    "an unknown fact": (case_json(incidents=[{"id": "e0000001", "occurred_at": "2026-03-05T23:10:00",
                                              "channel": "sms", "facts": ["made_up"]}]),
                        "文件里有本站不认识的选项（位置：incidents[0].facts[0]）"),
    "a narrative key the app never makes": (case_json(narratives={"request.intro": "好"}),
                                            "文件里有一项的格式不对（位置：narratives.request.intro）"),
    "a sent date that is not a date": (case_json(1, complaints_sent_on={"agency-0123456789": "soon"}),
                                       "文件里有一项的值无效（位置：complaints_sent_on.agency-0123456789），例如日期或选项不对。"),
    "a control character in a key": (case_json(narratives={"a\x1b[31m": "好"}),
                                      "文件里有控制字符、换行或无法识别的字符（位置：narratives.a?[31m）"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_case_file_is_refused_at_the_field_and_changes_nothing(app, name):
    data, message = BAD_FILES[name]
    client = app.test_client()
    code = open_case_with_one_debt(client)
    before_rows, before_case = all_rows(app), exported(client)
    response = upload(client, data)
    assert response.status_code == 422
    error = field_errors(response.text)["file"]
    assert message in error and error.endswith(NOTHING_IMPORTED)
    assert 'aria-invalid="true"' in response.text
    assert all_rows(app) == before_rows
    assert code_of(client) == code and exported(client) == before_case


def test_several_problems_in_one_file_are_each_reported(app):
    many = Case(incidents=tuple(replace(make_rich_case().incidents[0], id=f"e{n:07d}", debt_id="")
                                for n in range(301)),
                debts=(make_debt(id="d0000001", owed_fen=-1),))
    response = upload(app.test_client(), encode(many))
    assert response.status_code == 422
    assert field_errors(response.text)["file"] == " ".join((
        "文件里有金额是负数或超过一亿元（位置：debts[0].owed_fen）。", "文件里有 301 条催收记录，最多可以有 300 条。",
        NOTHING_IMPORTED))


def test_a_file_at_the_limits_is_imported(app):
    limits_case = Case(debts=tuple(make_debt(id=f"d{n:07d}") for n in range(50)),
                       narratives={NARRATIVE: "字" * 10_000})
    client = app.test_client()
    assert upload(client, encode(limits_case)).status_code == 302
    assert exported(client) == limits_case


def test_an_export_made_after_deleting_an_account_its_incidents_name_imports_again(app):
    """Deleting an account leaves its incidents' debt_id: the app's own export, so it must import."""
    rich = make_rich_case()
    client = app.test_client()
    assert upload(client, encode(replace(rich, debts=rich.debts[:3], incidents=rich.incidents[:4]))).status_code == 302
    named = exported(client).incidents[0].debt_id
    assert client.post(f"/debts/{named}/delete").status_code == 302
    before = client.get("/case/export.json").data
    assert named not in {d.id for d in exported(client).debts}
    elsewhere = app.test_client()
    assert upload(elsewhere, before).status_code == 302
    assert elsewhere.get("/case/export.json").data == before


def test_a_bad_file_on_the_start_page_creates_no_case(app):
    client = app.test_client()
    response = upload(client, b"{}")
    assert response.status_code == 422 and "file" in field_errors(response.text)
    assert "开始新的案件" in response.text
    assert all_rows(app) == [] and not case_open(client)


def test_import_without_a_file_asks_for_one(case_client):
    response = case_client.post("/case/import", data={}, content_type="multipart/form-data")
    assert response.status_code == 422
    assert field_errors(response.text)["file"] == "请选择之前导出的案件文件（.json）。"


def test_a_file_over_1_mb_is_refused_at_the_field(app):
    client = app.test_client()
    code = open_case_with_one_debt(client)
    before = all_rows(app)
    padded = case_json(narratives={NARRATIVE: "x" * 1024 * 1024})
    response = upload(client, padded)
    assert response.status_code == 422
    assert field_errors(response.text)["file"].startswith("文件超过 1 MB")
    assert all_rows(app) == before and code_of(client) == code


def test_an_upload_over_the_request_limit_gets_the_413_page_and_changes_nothing(app):
    client = app.test_client()
    code = open_case_with_one_debt(client)
    before = all_rows(app)
    response = upload(client, b"x" * (3 * 1024 * 1024))
    assert response.status_code == 413 and "提交的内容太大" in response.text
    assert all_rows(app) == before and code_of(client) == code


# --- delete ------------------------------------------------------------------------------------

def test_delete_needs_the_confirmation_and_keeps_the_case_without_it(app):
    client = app.test_client()
    code = open_case_with_one_debt(client)
    before = all_rows(app)
    response = client.post("/case/delete", data={})
    assert response.status_code == 422 and "confirm" in field_errors(response.text)
    assert all_rows(app) == before and code_of(client) == code


def test_delete_removes_the_row_clears_the_session_and_kills_the_code(app):
    client = app.test_client()
    code = open_case_with_one_debt(client)
    other = open_case_with_one_debt(app.test_client())
    response = client.post("/case/delete", data={"confirm": "y"})
    assert response.status_code == 302 and response.location == "/"
    assert row_for(app, code) is None and row_for(app, other) is not None
    with client.session_transaction() as session:
        assert not {"case_lookup", "case_key", "case_epoch", "case_code", "case_seen_version"} & set(session)
    assert "案件已删除" in client.get("/").text
    assert field_errors(resume(app.test_client(), code).text) == {"code": WRONG_CODE}


# --- expiry ------------------------------------------------------------------------------------

def test_purge_command_removes_old_cases_and_keeps_recent_ones(app):
    old, recent = (open_case_with_one_debt(app.test_client()) for _ in range(2))
    set_columns(app, old, updated_at=datetime.now(UTC) - timedelta(days=91))
    set_columns(app, recent, updated_at=datetime.now(UTC) - timedelta(days=89))
    result = app.test_cli_runner().invoke(args=["purge"])
    assert result.exit_code == 0 and result.output == "purged 1 case(s) untouched for 90 days\n"
    assert row_for(app, old) is None and row_for(app, recent) is not None


def test_purge_command_takes_an_age_and_refuses_a_nonsense_one(app):
    code = open_case_with_one_debt(app.test_client())
    set_columns(app, code, updated_at=datetime.now(UTC) - timedelta(days=10))
    runner = app.test_cli_runner()
    assert runner.invoke(args=["purge", "--days", "0"]).exit_code == 2
    assert runner.invoke(args=["purge", "--days", "11"]).output == "purged 0 case(s) untouched for 11 days\n"
    assert runner.invoke(args=["purge", "--days", "9"]).output == "purged 1 case(s) untouched for 9 days\n"
    assert all_rows(app) == []


class Ticks:
    """A monotonic clock for the purge schedule that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_requests_purge_expired_cases_at_most_once_an_hour(app):
    ticks = Ticks()
    app.extensions["case_purge"].clock = ticks
    client = app.test_client()
    code = open_case_with_one_debt(client)                       # the first request purged (nothing)
    set_columns(app, code, updated_at=datetime.now(UTC) - timedelta(days=91))
    ticks.now += 3599
    assert app.test_client().get("/").status_code == 200
    assert row_for(app, code) is not None
    ticks.now += 2
    assert app.test_client().get("/").status_code == 200
    assert row_for(app, code) is None


def test_a_failing_opportunistic_purge_is_logged_and_the_request_still_succeeds(app, monkeypatch, caplog):
    def broken(_older_than):
        raise OperationalError("DELETE FROM cases", {"secret": "13800000000"}, Exception("disk I/O error"))
    monkeypatch.setattr(store(app), "purge", broken)
    response = app.test_client().post("/new")
    assert response.status_code == 302
    assert [r.getMessage() for r in caplog.records if r.name == "app"] == ["opportunistic purge failed: OperationalError"]
    assert "13800000000" not in caplog.text


# --- rate limit --------------------------------------------------------------------------------

@pytest.fixture
def redis_storage():
    """The Redis at TEST_REDIS_URL; fails (or skips with SHANGAN_ALLOW_NO_REDIS=1) if it does not answer."""
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379")
    connection = redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3)
    try:
        connection.ping()
    except redis.RedisError as exc:
        connection.close()
        where = urlsplit(url)
        message = f"Redis at {where.hostname}:{where.port} does not answer: {exc}"
        if os.environ.get("SHANGAN_ALLOW_NO_REDIS") == "1":
            pytest.skip(f"{message} (skipped: SHANGAN_ALLOW_NO_REDIS=1)")
        pytest.fail(f"{message}\nStart Redis (`make test` does), point TEST_REDIS_URL at one, "
                    "or set SHANGAN_ALLOW_NO_REDIS=1 to skip the Redis run.", pytrace=False)
    yield url, connection
    connection.close()


@pytest.fixture(params=["memory", "redis"])
def limited_app(request, tmp_path):
    """The app with the resume limit on, counting in memory or in Redis; a random client address
    keeps runs apart in a shared Redis, and its counters are removed afterwards."""
    address = f"10.{secrets.randbelow(256)}.{secrets.randbelow(256)}.{1 + secrets.randbelow(254)}"
    storage, connection = "memory://", None
    if request.param == "redis":
        storage, connection = request.getfixturevalue("redis_storage")
    app = make_app(f"sqlite:///{tmp_path / 'limited.sqlite'}", RATELIMIT_ENABLED=True,
                   RATELIMIT_STORAGE_URI=storage)
    yield app, address, connection
    if connection is not None:
        for key in connection.scan_iter(match=f"*{address}*"):
            connection.delete(key)


def client_at(app, address: str):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def test_the_eleventh_resume_attempt_in_a_minute_gets_the_translated_429_page(limited_app):
    app, address, counters = limited_app
    code = open_case_with_one_debt(app.test_client())
    client = client_at(app, address)
    set_language(client, "zh_Hant_TW")
    for attempt in range(10):
        assert resume(client, f"K7QF-M2XA-9RTD-W4PB-{attempt + 22:02d}AA").status_code == 422, attempt
    blocked = resume(client, code)                                 # even the right code waits now
    assert blocked.status_code == 429
    assert "嘗試次數過多" in blocked.text and 'lang="zh-Hant-TW"' in blocked.text
    assert not case_open(client)
    neighbour = client_at(app, "192.0.2.7")
    assert resume(neighbour, code).status_code == 302              # counted per client
    if counters is not None:
        assert any(counters.scan_iter(match=f"*{address}*start.resume*")), "no counter in Redis"


# --- logs --------------------------------------------------------------------------------------

def test_a_full_flow_logs_no_personal_data_nor_the_code(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool", "werkzeug", "flask-limiter", "app",
                 "alembic"):
        caplog.set_level(logging.DEBUG, logger=name)
    app = make_app(f"sqlite:///{tmp_path / 'logged.sqlite'}", RATELIMIT_ENABLED=True)
    client = app.test_client()
    assert upload(client, encode(make_rich_case())).status_code == 302
    assert client.post("/debts/new", data=DEBT).status_code == 302
    assert client.post("/debts/new", data=DEBT | {"case_version": "1"}).status_code == 409
    assert client.post("/debts/new", data=DEBT | {"owed": "-1"}).status_code == 422
    assert client.get("/summary/").status_code == 200
    exported_file = client.get("/case/export.json").data
    assert upload(client, exported_file + b"x").status_code == 422
    code = code_of(client)
    elsewhere = app.test_client()
    assert resume(elsewhere, code.lower()).status_code == 302
    near_miss = code[:-1] + ("Z" if code[-1] != "Z" else "Y")
    assert resume(app.test_client(), near_miss).status_code == 422
    assert elsewhere.post("/case/delete", data={"confirm": "y"}).status_code == 302
    assert client.get("/debts/").status_code == 302

    assert any(r.name.startswith("sqlalchemy.engine") for r in caplog.records)   # SQL was logged, params too
    logged = caplog.text + "\n".join(str(r.args) for r in caplog.records)
    for label, secret in PERSONAL.items():
        assert secret not in logged and json.dumps(secret)[1:-1] not in logged, label
    for form in (code, code.replace("-", ""), code.lower()):
        assert form not in logged
