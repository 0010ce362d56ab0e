"""The volunteer desk (issue 12): which case is open on every page, its label and notes, closing and
switching, asking before a new or imported case replaces the open one, the cover sheet's code check,
the review screen's per-creditor standing and "全部打印" at the top of the documents page."""

from __future__ import annotations

import json
import re
from datetime import date
from io import BytesIO

import pytest

from app import timeline
from app.core.case import Case, case_to_data
from app.timeline import Event, Standing
from tests.conftest import field_errors
from tests.factories import make_debt
from tests.web.test_cases import all_rows, case_open, code_of, exported, resume, row_for

LABEL = "张三 A-17"
DEBT = {"issuer": "cmb", "owed": "12,345.67", "first_missed_on": "2025-03-01", "tail": "1234"}


def bar(html: str) -> str:
    """The open-case bar at the top of the page ('' when there is none)."""
    found = re.search(r'<div class="case-bar" id="case-bar">(.*?)</div>\s*</div>', html, re.S)
    return found[1] if found else ""


def start(client, label: str = LABEL) -> str:
    assert client.post("/new", data={"label": label}).status_code == 302
    return code_of(client)


def case_file(case: Case) -> tuple[BytesIO, str]:
    return BytesIO(json.dumps(case_to_data(case), ensure_ascii=False).encode()), "case.json"


@pytest.fixture
def standings(monkeypatch):
    """Replace the registered standing providers by one the test fills in (the negotiation and
    complaint steps register theirs on their own branches)."""
    rows: list[Standing] = []
    monkeypatch.setattr(timeline, "_standing_providers", [lambda case, today: list(rows)])
    return rows


# --- the label and the open-case bar -----------------------------------------------------------

def test_the_label_given_at_the_start_is_shown_on_every_case_page(client):
    start(client)
    client.post("/debts/new", data=DEBT)
    for path in ("/debts/", "/summary/", "/letters/", "/next/", "/desk/", "/case", "/"):
        page = client.get(path)
        assert page.status_code == 200, path
        shown = bar(page.text)
        assert LABEL in shown and "关闭此案件" in shown and "切换案件" in shown, path
    assert exported(client).label == LABEL


def test_without_a_label_the_bar_says_current_case_and_without_a_case_there_is_no_bar(client):
    assert bar(client.get("/").text) == ""
    start(client, label="")
    shown = bar(client.get("/debts/").text)
    assert "当前案件" in shown and "case-bar__label--neutral" in shown


def test_discreet_mode_hides_the_label_everywhere_on_screen(client):
    start(client)
    client.post("/debts/new", data=DEBT)
    client.set_cookie("discreet", "1")
    for path in ("/debts/", "/summary/", "/letters/", "/desk/"):
        page = client.get(path).text
        assert LABEL not in page, path
        assert "当前案件" in bar(page), path
    asked = client.post("/new")
    assert asked.status_code == 200 and LABEL not in asked.text and "“当前案件”" in asked.text
    client.set_cookie("discreet", "0")
    assert LABEL in bar(client.get("/debts/").text)


def test_the_label_can_be_changed_at_any_time_and_bad_labels_are_refused_at_the_field(client):
    start(client)
    assert client.post("/desk/label", data={"label": "  李四  ", "case_version": "1"}).status_code == 302
    assert exported(client).label == "李四"
    too_long = client.post("/desk/label", data={"label": "长" * 41, "case_version": "2"})
    assert too_long.status_code == 422
    assert field_errors(too_long.text)["label"] == "案件标签（可以不填）最多 40 个字。"
    assert "长" * 41 in too_long.text                                     # what was typed is kept
    stale = client.post("/desk/label", data={"label": "王五", "case_version": "1"})
    assert stale.status_code == 409 and 'value="王五"' in stale.text
    assert exported(client).label == "李四"
    two_lines = client.post("/desk/label", data={"label": "张\n三\x07", "case_version": "2"})
    assert two_lines.status_code == 302 and exported(client).label == "张 三"       # one line, nothing invisible


def test_a_label_too_long_at_the_start_opens_no_case(client):
    response = client.post("/new", data={"label": "长" * 41})
    assert response.status_code == 422 and "label" in field_errors(response.text)
    assert not case_open(client)


def test_the_review_screen_shows_the_label_with_a_link_to_change_it(client):
    start(client)
    page = client.get("/letters/").text
    assert 'id="review-label"' in page and 'href="/desk/label"' in page and LABEL in page


# --- notes ---------------------------------------------------------------------------------------

def test_notes_keep_their_lines_and_are_stored_encrypted(app, client):
    start(client)
    notes = "周三下午来访。\r\n带齐工资流水。"
    assert client.post("/desk/notes", data={"notes": notes, "case_version": "1"}).status_code == 302
    assert exported(client).notes == "周三下午来访。\n带齐工资流水。"
    assert "周三下午来访。\n带齐工资流水。" in client.get("/desk/").text
    stored = b"".join(bytes(v) if isinstance(v, bytes | memoryview) else str(v).encode() for row in all_rows(app)
                      for v in row)
    assert "周三下午来访".encode() not in stored and LABEL.encode() not in stored


def test_notes_over_the_limit_are_refused_at_the_field_and_invisible_characters_dropped(client):
    start(client)
    long = client.post("/desk/notes", data={"notes": "字" * 2001, "case_version": "1"})
    assert long.status_code == 422 and field_errors(long.text)["notes"] == "志愿者备注最多 2000 个字。"
    assert exported(client).notes == ""
    bell = client.post("/desk/notes", data={"notes": "响铃\x07\n第二行", "case_version": "1"})
    assert bell.status_code == 302 and exported(client).notes == "响铃\n第二行"


# --- close and switch --------------------------------------------------------------------------

def test_switch_closes_the_case_and_goes_to_the_resume_form_and_the_code_opens_it_again(client):
    code = start(client)
    response = client.post("/case/switch")
    assert response.status_code == 302 and response.location == "/#resume-title"
    assert not case_open(client)
    page = client.get("/")
    assert "请输入要打开的案件的恢复码" in page.text and 'id="resume-title"' in page.text and bar(page.text) == ""
    assert resume(client, code).status_code == 302
    assert LABEL in bar(client.get("/summary/").text)


def test_close_from_the_bar_ends_the_case_here(client):
    start(client)
    assert client.post("/case/close").status_code == 302
    assert not case_open(client) and client.get("/debts/").status_code == 302


# --- asking before replacing the open case -----------------------------------------------------

def test_starting_a_new_case_while_one_is_open_asks_first_and_changes_nothing(app, client):
    code = start(client)
    client.post("/debts/new", data=DEBT)
    before = all_rows(app)
    asked = client.post("/new", data={"label": "李四"})
    assert asked.status_code == 200
    assert f"这台电脑上已经打开了一个案件：<strong class=\"replace__name\" lang=\"\">{LABEL}</strong>" in asked.text
    assert "关闭“张三 A-17”，开始新案件" in asked.text and "返回，继续“张三 A-17”" in asked.text
    assert 'name="replace" type="hidden" value="1"' in asked.text and 'value="李四"' in asked.text
    assert all_rows(app) == before and code_of(client) == code
    assert exported(client).label == LABEL and len(exported(client).debts) == 1


def test_close_it_and_continue_starts_the_new_case_and_the_old_one_stays_reachable(app, client):
    old_code = start(client)
    client.post("/debts/new", data=DEBT)
    response = client.post("/new", data={"label": "李四", "replace": "1"})
    assert response.status_code == 302 and response.location == "/debts/"
    assert len(all_rows(app)) == 2
    assert exported(client) == Case(label="李四")
    other = app.test_client()
    assert resume(other, old_code).status_code == 302
    assert exported(other).label == LABEL and len(exported(other).debts) == 1


def test_importing_while_a_case_is_open_asks_first_on_a_page_naming_it(app, client):
    start(client)
    assert 'href="/case/import"' in client.get("/").text and 'href="/case/import"' in client.get("/case").text
    page = client.get("/case/import")
    assert page.status_code == 200 and "导入案件文件之前" in page.text and LABEL in page.text
    assert 'enctype="multipart/form-data"' in page.text and 'name="replace" type="hidden" value="1"' in page.text


def test_a_good_file_sent_without_the_confirmation_is_not_imported(app, client):
    start(client)
    before = all_rows(app)
    response = client.post("/case/import", data={"file": case_file(Case(label="李四"))},
                           content_type="multipart/form-data")
    assert response.status_code == 200 and "文件还没有导入，当前案件也没有改动" in response.text
    assert all_rows(app) == before and exported(client).label == LABEL


def test_a_confirmed_import_closes_the_open_case_which_stays_reachable_by_its_code(app, client):
    old_code = start(client)
    response = client.post("/case/import", data={"replace": "1", "file": case_file(Case(label="李四"))},
                           content_type="multipart/form-data")
    assert response.status_code == 302 and exported(client).label == "李四"
    other = app.test_client()
    assert resume(other, old_code).status_code == 302 and exported(other).label == LABEL


def test_a_refused_file_keeps_the_open_case_open_and_unchanged(app, client):
    code = start(client)
    before = all_rows(app)
    response = client.post("/case/import", data={"replace": "1", "file": (BytesIO(b"{}"), "case.json")},
                           content_type="multipart/form-data")
    assert response.status_code == 422 and "file" in field_errors(response.text)
    assert LABEL in response.text                                           # still the page naming the case
    assert all_rows(app) == before and code_of(client) == code and exported(client).label == LABEL


def test_without_an_open_case_nothing_is_asked(client):
    assert client.get("/case/import").status_code == 302
    assert client.post("/case/import", data={"file": case_file(Case(label="李四"))},
                       content_type="multipart/form-data").status_code == 302
    assert exported(client).label == "李四"


def test_resuming_another_case_while_one_is_open_asks_first_and_changes_nothing(app, client):
    other = app.test_client()
    other_code = start(other, "李四")
    code = start(client)
    client.post("/debts/new", data=DEBT)
    before = all_rows(app)
    asked = resume(client, other_code.lower().replace("-", " "))
    assert asked.status_code == 200 and "打开另一个案件之前" in asked.text
    assert f"这台电脑上已经打开了一个案件：<strong class=\"replace__name\" lang=\"\">{LABEL}</strong>" in asked.text
    assert "关闭“张三 A-17”，打开另一个案件" in asked.text and "返回，继续“张三 A-17”" in asked.text
    assert 'action="/resume"' in asked.text and 'name="replace" type="hidden" value="1"' in asked.text
    assert "李四" not in asked.text                                  # the other case is not shown before it opens
    assert all_rows(app) == before and code_of(client) == code      # no epoch raised, no expiry clock restarted
    assert exported(client).label == LABEL and len(exported(client).debts) == 1
    assert exported(other).label == "李四"                           # the other case's own session is untouched


def test_close_it_and_open_the_other_case_and_the_first_one_still_opens_with_its_code(app, client):
    other_code = start(app.test_client(), "李四")
    code = start(client)
    client.post("/debts/new", data=DEBT)
    asked = resume(client, other_code)
    hidden_code = re.search(r'<input autocomplete="off" id="code" name="code" type="hidden" value="([^"]+)">', asked.text)[1]
    response = client.post("/resume", data={"code": hidden_code, "replace": "1"})
    assert response.status_code == 302 and response.location == "/summary/"
    assert exported(client).label == "李四" and "李四" in bar(client.get("/summary/").text)
    elsewhere = app.test_client()
    assert resume(elsewhere, code).status_code == 302                 # closed, not deleted
    assert exported(elsewhere).label == LABEL and len(exported(elsewhere).debts) == 1


def test_the_first_case_is_closed_everywhere_only_once_the_other_one_opens(app, client):
    other_code = start(app.test_client(), "李四")
    code = start(client)
    epoch = row_for(app, code).epoch
    resume(client, other_code)
    assert row_for(app, code).epoch == epoch                           # asking closes nothing
    assert client.post("/resume", data={"code": other_code, "replace": "1"}).status_code == 302
    assert row_for(app, code).epoch == epoch + 1                       # as 关闭此案件: every session of it ends
    assert exported(client).label == "李四"


def test_a_wrong_code_is_refused_at_the_field_before_anything_is_asked(app, client):
    code = start(client)
    before = all_rows(app)
    wrong = resume(client, "AAAA-BBBB-CCCC-DDDD-EEEE")
    assert wrong.status_code == 422 and field_errors(wrong.text)["code"] == "找不到这个恢复码对应的案件。请核对后再试。"
    assert "打开另一个案件之前" not in wrong.text
    confirmed_wrong = client.post("/resume", data={"code": "AAAA-BBBB-CCCC-DDDD-EEEE", "replace": "1"})
    assert confirmed_wrong.status_code == 422 and "code" in field_errors(confirmed_wrong.text)
    empty = resume(client, "")
    assert empty.status_code == 422 and field_errors(empty.text)["code"] == "请输入恢复码。"
    for typed in ("A" * 101, "K7QF-M2XA-9RTD-W4PB", "\u202eK7QF"):
        assert resume(client, typed).status_code == 422, typed
    assert all_rows(app) == before and code_of(client) == code and exported(client).label == LABEL


def test_resuming_the_case_that_is_open_goes_straight_on(app, client):
    code = start(client)
    client.post("/debts/new", data=DEBT)
    response = resume(client, code)
    assert response.status_code == 302 and response.location == "/summary/"
    assert exported(client).label == LABEL and len(exported(client).debts) == 1
    assert len(all_rows(app)) == 1


def test_in_discreet_mode_the_question_names_the_current_case_only(app, client):
    other_code = start(app.test_client(), "李四")
    start(client)
    client.set_cookie("discreet", "1")
    asked = resume(client, other_code)
    assert asked.status_code == 200 and LABEL not in asked.text
    assert "关闭“当前案件”，打开另一个案件" in asked.text


def test_in_discreet_mode_the_label_page_hides_the_label_until_asked(client):
    start(client)
    client.set_cookie("discreet", "1")
    hidden = client.get("/desk/label")
    assert hidden.status_code == 200 and LABEL not in hidden.text
    assert "标签已隐藏" in hidden.text and 'href="/desk/label?show=1"' in hidden.text
    assert 'name="label"' not in hidden.text
    shown = client.get("/desk/label?show=1")
    assert shown.status_code == 200 and f'value="{LABEL}"' in shown.text
    refused = client.post("/desk/label", data={"label": "长" * 41, "case_version": "1"})
    assert refused.status_code == 422 and "长" * 41 in refused.text            # what was typed stays
    assert client.post("/desk/label", data={"label": "李四", "case_version": "1"}).status_code == 302
    client.set_cookie("discreet", "0")
    assert 'value="李四"' in client.get("/desk/label").text


# --- the cover sheet's form --------------------------------------------------------------------

def test_a_wrong_code_is_refused_at_the_field_and_nothing_is_printed(client):
    start(client)
    other = "2222-3333-4444-5555-6666"
    response = client.post("/desk/cover.pdf", data={"include_code": "y", "code": other})
    assert response.status_code == 422 and response.mimetype == "text/html"
    assert field_errors(response.text)["code"].startswith("这不是当前这个案件的恢复码")
    assert other in response.text                                            # what was typed is kept
    missing = client.post("/desk/cover.pdf", data={"include_code": "y", "code": ""})
    assert missing.status_code == 422 and "请输入这个案件的恢复码" in field_errors(missing.text)["code"]
    garbage = client.post("/desk/cover.pdf", data={"include_code": "y", "code": "x" * 500})
    assert garbage.status_code == 422


def test_the_right_code_typed_any_way_gives_the_pdf(client):
    code = start(client)
    typed = code.lower().replace("-", " ")
    response = client.post("/desk/cover.pdf", data={"include_code": "y", "code": typed})
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"] == "attachment; filename=cover-sheet-2026-11-29.pdf"


def test_the_desk_page_warns_that_the_code_opens_the_case(client):
    start(client)
    page = client.get("/desk/").text
    assert "凭恢复码可以打开这个案件的全部内容" in page and 'name="include_code"' in page
    assert 'href="/desk/cover.pdf"' in page


# --- review screen and documents page ----------------------------------------------------------

def test_the_review_screen_shows_each_creditors_state_and_the_date_of_its_last_change(client, standings):
    case = Case(debts=(make_debt(id="d0000001", tail="1234"), make_debt(id="d0000002", issuer="icbc", tail="5678")))
    client.post("/case/import", data={"file": case_file(case)}, content_type="multipart/form-data")
    standings += [
        Standing("request-d0000001", "招商银行 尾号1234", "银行还价", date(2026, 11, 25), "看还价是否负担得起",
                 debt_id="d0000001"),
        Standing("request-d0000002", "中国工商银行 尾号5678", "草稿", None, "定稿并寄出", debt_id="d0000002"),
        Standing("complaint-x", "某某催收公司", "已寄出", date(2026, 11, 1), "等待答复"),
    ]
    page = client.get("/letters/").text
    first = page.index('href="/debts/d0000001/edit"')
    assert page.index("银行还价（2026年11月25日）") < first
    assert page.index("草稿（尚未记录变化）") < page.index('href="/debts/d0000002/edit"')
    assert 'id="standing-d0000001-1"' in page and "某某催收公司" not in page


def test_print_all_sits_at_the_top_of_the_documents_page(client):
    case = Case(debts=(make_debt(id="d0000001", tail="1234"),))
    client.post("/case/import", data={"file": case_file(case)}, content_type="multipart/form-data")
    page = client.get("/letters/").text
    top = page.index('id="print-all-top"')
    assert top < page.index("核对您填写的内容") and page.index('href="/letters/all.pdf"') < top + 200
    assert page.rindex('href="/letters/all.pdf"') > page.index('id="documents"')     # and still after the list


def test_upcoming_events_do_not_need_a_standing_provider(client, standings, monkeypatch):
    """The sheet and the review screen work with no rows at all (the state of this branch alone)."""
    start(client)
    assert client.get("/letters/").status_code == 200
    monkeypatch.setattr(timeline, "_providers", [lambda case, today: [Event("e1", date(2026, 12, 1), "回访")]])
    assert client.get("/desk/cover.pdf").status_code == 200
