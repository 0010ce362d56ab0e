"""SPEC step 8: the timeline page and the .ics calendar file of payment and reply-by dates."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from io import BytesIO

from icalendar import Calendar

from app.core.case import Applicant, Budget, Case, PlanChoices, case_to_data
from tests.factories import make_debt

BUDGET = Budget(income_fen={"wages": 600_000}, spending_fen={"food": 400_000})
CASE = Case(debts=(make_debt(id="d0000001", tail="1234"),), budget=BUDGET,
            applicant=Applicant(name="张三", phone="13800001234", id_number="110101199001011237"))


def seed(client, case: Case = CASE) -> None:
    body = json.dumps(case_to_data(case), ensure_ascii=False).encode()
    resp = client.post("/case/import", data={"replace": "1", "file": (BytesIO(body), "case.json")},
                       content_type="multipart/form-data")
    assert resp.status_code == 302


def calendar_events(client) -> list:
    resp = client.get("/next/calendar.ics")
    assert resp.status_code == 200
    return list(Calendar.from_ical(resp.data).walk("VEVENT"))


def test_calendar_is_text_calendar_and_a_download(client):
    seed(client)
    resp = client.get("/next/calendar.ics")
    assert resp.mimetype == "text/calendar"
    assert resp.headers["Content-Disposition"] == "attachment; filename=reminders.ics"


def test_calendar_has_every_payment_date_and_exact_amount(client):
    seed(client)                      # ¥12,345.67 at ¥1,600.00 a month from 2026-12-01: 7 × 1,600.00 + 1,145.67
    payments = sorted((e.decoded("dtstart"), str(e["summary"])) for e in calendar_events(client)
                      if str(e["uid"]).startswith("payment-"))
    assert [on for on, _ in payments] == [date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1),
                                          date(2027, 4, 1), date(2027, 5, 1), date(2027, 6, 1), date(2027, 7, 1)]
    assert [title for _, title in payments] == ["还款提醒：招商银行 ¥1,600.00"] * 7 + ["还款提醒：招商银行 ¥1,145.67"]


def test_events_are_all_day_with_stable_uids_and_a_reminder(client):
    seed(client)
    first, second = calendar_events(client), calendar_events(client)
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in second]
    assert len({str(e["uid"]) for e in first}) == len(first) == 9
    for event in first:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert type(start) is date and end == start + timedelta(days=1)
        assert [a["action"] for a in event.walk("VALARM")] == ["DISPLAY"]


def test_calendar_has_the_request_reply_date_and_no_personal_details(client):
    seed(client)
    events = calendar_events(client)
    [reply] = [e for e in events if str(e["uid"]).startswith("request-d0000001-reply")]
    assert reply.decoded("dtstart") == date(2026, 12, 14) and str(reply["summary"]) == "申请书答复期限：招商银行"
    raw = client.get("/next/calendar.ics").data.decode()
    assert "张三" not in raw and "110101" not in raw and "13800001234" not in raw


def test_reply_date_follows_the_signing_date(client):
    seed(client, replace(CASE, applicant=replace(CASE.applicant, signed_on=date(2026, 12, 5))))
    [reply] = [e for e in calendar_events(client) if str(e["uid"]).startswith("request-d0000001-reply")]
    assert reply.decoded("dtstart") == date(2026, 12, 20)


def test_two_cards_with_one_bank_are_told_apart_by_their_tails(client):
    seed(client, replace(CASE, debts=(make_debt(id="0000000a", tail="1234"), make_debt(id="0000000b", tail="5678"))))
    titles = {str(e["summary"]) for e in calendar_events(client)}
    assert any(t.startswith("还款提醒：招商银行 尾号1234 ¥") for t in titles)
    assert any(t.startswith("还款提醒：招商银行 尾号5678 ¥") for t in titles)


def test_page_lists_the_first_12_months_and_the_calendar_has_them_all(client):
    seed(client, replace(CASE, plan=PlanChoices(monthly_offer_fen=50_000)))   # 25 payments of ¥500 and one ¥345.67
    text = client.get("/next/").text
    assert "2027年11月1日" in text and "2027年12月1日" not in text
    assert "之后还有 13 次还款" in text and 'href="/next/calendar.ics"' in text
    payments = [e for e in calendar_events(client) if str(e["uid"]).startswith("payment-")]
    assert len(payments) == 25
    assert str(max(payments, key=lambda e: e.decoded("dtstart"))["summary"]) == "还款提醒：招商银行 ¥345.67"


def test_page_without_a_plan_says_there_is_nothing_yet(client):
    seed(client, Case())
    text = client.get("/next/").text
    assert "还没有需要跟进的日期" in text
    assert calendar_events(client) == []


def test_a_creditor_over_60_installments_gets_no_reply_date_since_it_gets_no_letter(client):
    seed(client, replace(CASE, plan=PlanChoices(monthly_offer_fen=10_000)))
    replies = [e for e in calendar_events(client) if "request-d1-reply" in str(e.get("UID"))]
    assert replies == []
