"""SPEC step 8: the timeline page and the .ics calendar file of payment and reply-by dates."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from io import BytesIO

from icalendar import Calendar

from app.core.case import (
    Applicant,
    Budget,
    Case,
    Negotiation,
    PlanChoices,
    RecordKind,
    RequestRecord,
    SendChannel,
    Terms,
    case_to_data,
)
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


SENT = RequestRecord(RecordKind.SENT, date(2026, 11, 20), channel=SendChannel.EMS)
AGREED_TERMS = Terms(monthly_fen=160_000, installments=7, first_due_on=date(2026, 12, 5), down_payment_fen=50_000)
AGREED = RequestRecord(RecordKind.AGREED, date(2026, 11, 27), terms=AGREED_TERMS)


def with_history(case: Case, *records, debt_id: str = "d0000001") -> Case:
    return replace(case, negotiations=(*case.negotiations, Negotiation(debt_id, records=records)))


def test_a_proposal_has_no_payment_event_only_its_reply_by_date(client):
    seed(client)                      # ¥12,345.67 at ¥1,600.00 a month proposed: nothing agreed
    events = calendar_events(client)
    assert [str(e["uid"]) for e in events] == ["request-d0000001-reply@shangan.invalid"]
    [reply] = events
    assert reply.decoded("dtstart") == date(2026, 12, 14)
    assert str(reply["summary"]) == "等待答复：招商银行，预计 2026年12月14日 前"
    assert "不要在拿到书面协议前付款。" in str(reply["description"])
    page = client.get("/next/").text
    assert "还款提醒：" not in page and "第 1 期，共" not in page


def test_agreed_terms_give_every_payment_with_exact_amount_and_date(client):
    seed(client, with_history(CASE, SENT, AGREED))
    payments = sorted((e.decoded("dtstart"), str(e["uid"]), str(e["summary"])) for e in calendar_events(client)
                      if str(e["uid"]).startswith("payment-"))
    assert [on for on, _, _ in payments] == [date(2026, 12, 5), date(2027, 1, 5), date(2027, 2, 5),
                                             date(2027, 3, 5), date(2027, 4, 5), date(2027, 5, 5),
                                             date(2027, 6, 5), date(2027, 7, 5)]
    assert [uid for _, uid, _ in payments][:2] == ["payment-d0000001-1-1@shangan.invalid",
                                                   "payment-d0000001-1-2@shangan.invalid"]
    assert [title for _, _, title in payments] == ["还款提醒：招商银行 ¥500.00"] + ["还款提醒：招商银行 ¥1,600.00"] * 7


def test_events_are_all_day_with_stable_uids_and_a_reminder(client):
    seed(client, with_history(CASE, SENT, AGREED))
    first, second = calendar_events(client), calendar_events(client)
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in second]
    assert len({str(e["uid"]) for e in first}) == len(first) == 8       # agreed: no reply-by date any more
    for event in first:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert type(start) is date and end == start + timedelta(days=1)
        alarms = [a.decoded("trigger") for a in event.walk("VALARM")]
        if str(event["uid"]).startswith("payment-"):      # three days before, then the day before
            assert alarms == [-timedelta(days=2, hours=15), -timedelta(hours=15)]
        else:
            assert alarms == [-timedelta(hours=15)]


def test_calendar_has_no_personal_details(client):
    seed(client, with_history(CASE, SENT, AGREED))
    raw = client.get("/next/calendar.ics").data.decode()
    assert "张三" not in raw and "110101" not in raw and "13800001234" not in raw


def test_reply_date_follows_the_signing_date_before_sending(client):
    seed(client, replace(CASE, applicant=replace(CASE.applicant, signed_on=date(2026, 12, 5))))
    [reply] = [e for e in calendar_events(client) if str(e["uid"]).startswith("request-d0000001-reply")]
    assert reply.decoded("dtstart") == date(2026, 12, 20)


def test_reply_date_counts_from_the_day_it_was_sent(client):
    seed(client, with_history(CASE, SENT))
    [reply] = calendar_events(client)
    assert reply.decoded("dtstart") == date(2026, 12, 5) and "按 2026年11月20日 寄出计算。" in str(reply["description"])


def test_more_documents_moves_the_reply_date_to_the_banks_new_date(client):
    asked = RequestRecord(RecordKind.MORE_DOCUMENTS, date(2026, 11, 25), asked_for=("收入证明",),
                          reply_by_on=date(2026, 12, 31))
    seed(client, with_history(CASE, SENT, asked))
    [reply] = calendar_events(client)
    assert str(reply["uid"]) == "request-d0000001-reply@shangan.invalid"
    assert reply.decoded("dtstart") == date(2026, 12, 31)


def test_a_refused_request_has_no_date_but_its_row_says_what_next(client):
    seed(client, with_history(CASE, SENT, RequestRecord(RecordKind.REFUSED, date(2026, 11, 28))))
    assert calendar_events(client) == []
    page = client.get("/next/").text
    assert "银行拒绝" in page and "书面询问拒绝理由，或者修改方案再申请" in page
    assert 'href="/letters/creditor/d0000001"' in page


def test_two_cards_with_one_bank_only_the_agreed_one_gets_payments_told_apart_by_tail(client):
    two = replace(CASE, debts=(make_debt(id="0000000a", tail="1234"), make_debt(id="0000000b", tail="5678")))
    seed(client, with_history(two, SENT, AGREED, debt_id="0000000a"))
    titles = {str(e["summary"]) for e in calendar_events(client)}
    assert "还款提醒：招商银行 尾号1234 ¥1,600.00" in titles
    assert not any(t.startswith("还款提醒：招商银行 尾号5678") for t in titles)
    assert "等待答复：招商银行 尾号5678，预计 2026年12月14日 前" in titles


def test_page_lists_the_first_12_months_of_agreed_payments_and_the_calendar_has_them_all(client):
    long_terms = Terms(monthly_fen=50_000, installments=25, first_due_on=date(2026, 12, 1))
    seed(client, with_history(CASE, SENT, RequestRecord(RecordKind.AGREED, date(2026, 11, 27), terms=long_terms)))
    text = client.get("/next/").text
    assert "2027年11月1日" in text and "2027年12月1日" not in text
    assert "之后还有 13 次还款" in text and 'href="/next/calendar.ics"' in text
    payments = [e for e in calendar_events(client) if str(e["uid"]).startswith("payment-")]
    assert len(payments) == 25


def test_where_things_stand_has_one_row_per_creditor_with_its_next_action(client):
    seed(client, with_history(CASE, SENT, AGREED))
    page = client.get("/next/").text
    row = page[page.index('id="standing-request-d0000001"'):]
    row = row[:row.index("</tr>")]
    assert "银行同意，已达成协议" in row and "2026年11月27日" in row
    assert "下一期还款 ¥500.00，2026年12月5日" in row


def test_page_without_a_plan_says_there_is_nothing_yet(client):
    seed(client, Case())
    text = client.get("/next/").text
    assert "还没有需要跟进的日期" in text
    assert calendar_events(client) == []


def test_a_creditor_over_60_installments_gets_no_reply_date_since_it_gets_no_letter(client):
    seed(client, replace(CASE, plan=PlanChoices(monthly_offer_fen=10_000)))
    replies = [e for e in calendar_events(client) if "request-d1-reply" in str(e.get("UID"))]
    assert replies == []


def test_a_pending_counter_offer_has_no_dated_event_and_the_page_points_to_the_table(client):
    counter = RequestRecord(RecordKind.COUNTER, date(2026, 11, 25), terms=AGREED_TERMS)
    seed(client, with_history(CASE, SENT, counter))
    text = client.get("/next/").text
    assert "现在没有带日期的事项：上面的表格写着每一家的下一步。" in text and "还没有需要跟进的日期" not in text
    assert 'id="standing-request-d0000001"' in text and calendar_events(client) == []


def test_advice_shared_by_events_is_said_once_on_the_page_and_in_full_in_each_calendar_event(client):
    debts = tuple(make_debt(id=f"0000000{n}", tail=f"123{n}") for n in range(3))
    case = replace(CASE, debts=debts)
    seed(client, with_history(case, SENT, AGREED, debt_id="00000000"))
    page = client.get("/next/").text
    assert page.count("到这天还没有书面答复，可以按协商话术打电话询问，或者再寄一次。") == 1     # two requests await replies
    assert page.count("请还到自己的账户或银行官方渠道，不要转给个人。") == 1            # eight agreed payments
    assert page.count("第 1 期，共 8 期。") == 1 and page.count("等待答复：") == 2
    for event in calendar_events(client):
        description = str(event["description"])
        if str(event["uid"]).startswith("payment-"):
            assert description.endswith("期。 请还到自己的账户或银行官方渠道，不要转给个人。")
        else:
            assert "到这天还没有书面答复" in description and description.endswith("不要在拿到书面协议前付款。")
