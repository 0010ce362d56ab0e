"""The volunteer's cover sheet as a PDF: real text, one A4 page whatever the case holds, the resume
code only when asked for and checked."""

from __future__ import annotations

import json
import logging
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from app import timeline
from app.core.case import Case, case_to_data
from app.timeline import Event, Standing
from tests.web.test_cases import code_of

A4_POINTS = (595, 842)


def pages(data: bytes) -> list[str]:
    """Each page's text without whitespace (Chinese lines wrap mid-phrase)."""
    return ["".join(page.extract_text().split()) for page in PdfReader(BytesIO(data)).pages]


def open_case(client, case: Case) -> None:
    body = json.dumps(case_to_data(case), ensure_ascii=False).encode()
    assert client.post("/case/import", data={"replace": "1", "file": (BytesIO(body), "case.json")},
                       content_type="multipart/form-data").status_code == 302


@pytest.fixture
def rows(monkeypatch):
    """Standing rows and events the test chooses, in place of the registered providers."""
    standing: list[Standing] = []
    events: list[Event] = []
    monkeypatch.setattr(timeline, "_standing_providers", [lambda case, today: list(standing)])
    monkeypatch.setattr(timeline, "_providers", [lambda case, today: list(events)])
    return standing, events


@pytest.fixture
def quiet_weasyprint(caplog):
    caplog.set_level(logging.WARNING, logger="weasyprint")
    yield
    assert not [r for r in caplog.records if r.name.startswith("weasyprint")], caplog.text   # .notdef = no font


def test_the_sheet_names_the_case_the_day_each_standing_the_dates_and_the_notes(client, rows, quiet_weasyprint):
    standing, events = rows
    open_case(client, Case(label="张三 A-17", notes="周三下午来访。\n带齐工资流水。"))
    standing += [Standing("request-d0000001", "招商银行 尾号1234", "银行还价", date(2026, 11, 25),
                          "比较还价和您的方案", date(2026, 12, 10), debt_id="d0000001"),
                 Standing("complaint-x", "恒信催收公司（致招商银行）", "已寄出", date(2026, 11, 20),
                          "等待答复", date(2026, 12, 5))]
    events += [Event("a", date(2026, 12, 5), "投诉答复期限：恒信催收公司"), Event("old", date(2026, 11, 1), "过去的事")]
    response = client.get("/desk/cover.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = pages(response.data)
    assert len(text) == 1
    sheet = text[0]
    for expected in ("案件封面", "张三A-17", "打印日期2026年11月29日", "招商银行尾号1234", "银行还价", "2026年11月25日",
                     "比较还价和您的方案", "2026年12月10日", "恒信催收公司（致招商银行）", "已寄出",
                     "2026年12月5日投诉答复期限：恒信催收公司", "周三下午来访。带齐工资流水。", "第1页共1页"):
        assert expected in sheet, expected
    assert "过去的事" not in sheet and "恢复码" not in sheet
    assert [round(v) for v in PdfReader(BytesIO(response.data)).pages[0].mediabox[2:]] == list(A4_POINTS)


def test_with_no_rows_the_sheet_says_so_plainly(client, rows, quiet_weasyprint):
    client.post("/new")
    sheet = pages(client.get("/desk/cover.pdf").data)[0]
    assert "（未填写标签）" in sheet and "暂无进展记录：还没有登记任何申请或投诉的寄出、答复等进展。" in sheet
    assert "暂无日期。" in sheet and "备注无。" in sheet


def test_the_code_is_printed_only_when_ticked_and_checked(client, rows, quiet_weasyprint):
    client.post("/new", data={"label": "李四"})
    code = code_of(client)
    unticked = pages(client.post("/desk/cover.pdf", data={"code": code}).data)[0]
    assert code not in unticked and "恢复码" not in unticked
    ticked = pages(client.post("/desk/cover.pdf", data={"include_code": "y", "code": code.lower()}).data)[0]
    assert f"恢复码：{code}" in ticked and "凭这个恢复码可以打开这个案件的全部内容" in ticked


@pytest.mark.parametrize("wide", ["某", "W"], ids=["CJK", "wide Latin"])
def test_a_full_case_still_fits_on_one_page_and_says_what_was_left_out(client, rows, quiet_weasyprint, wide):
    """Every list over its limit, every cell and line as long as it may be, the code printed."""
    standing, events = rows
    notes = "\n".join(wide * 120 for _ in range(40))[:2000]
    open_case(client, Case(label="W" * 40, notes=notes))
    today = date(2026, 11, 29)
    standing += [Standing(f"request-{n}", wide * 100, wide * 100, today - timedelta(days=n), wide * 100,
                          today + timedelta(days=n), debt_id="") for n in range(30)]
    events += [Event(f"e{n}", today + timedelta(days=n), wide * 100) for n in range(50)]
    response = client.post("/desk/cover.pdf", data={"include_code": "y", "code": code_of(client)})
    text = pages(response.data)
    assert len(text) == 1, f"{len(text)} pages"
    sheet = text[0]
    assert "…（共30项，这里只列出前7项，其余见系统）" in sheet
    assert "…（共50项，这里只列出最近的5项，其余见系统）" in sheet
    assert "（备注共2000字，这里只印了开头，全文见系统）" in sheet
    assert "恢复码：" in sheet and "第1页共1页" in sheet


def test_long_unbroken_text_stays_on_the_page(client, rows, quiet_weasyprint):
    """A label or a note without a break opportunity (digits, a URL) wraps instead of running off."""
    standing, _events = rows
    open_case(client, Case(label="9" * 40, notes="https://example.com/" + "a" * 1900))
    standing.append(Standing("x", "1" * 200, "2" * 200, None, "3" * 200))
    text = pages(client.get("/desk/cover.pdf").data)
    assert len(text) == 1 and "9" * 40 in text[0]


def test_the_sheet_is_simplified_chinese_whatever_the_ui_language(client, rows, quiet_weasyprint):
    """Providers word their rows in the UI language; the sheet asks for them in Simplified Chinese."""
    from flask_babel import gettext

    standing, _events = rows
    client.set_cookie("lang", "en")
    client.post("/new", data={"label": "Zhang"})
    assert "Debt list" in client.get("/debts/").text                    # the UI is English
    standing.append(Standing("x", "招商银行", "已寄出", None, "等待答复"))
    timeline._providers.append(lambda case, today: [Event("y", today, gettext("债务清单"))])
    sheet = pages(client.get("/desk/cover.pdf").data)[0]
    assert "2026年11月29日债务清单" in sheet and "Debtlist" not in sheet
