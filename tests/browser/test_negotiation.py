"""After the letter, in a real browser: print the request to 招商银行, mark it sent, enter the bank's
counter-offer, see it beside the plan and the budget, accept it; only then a payment reminder
appears, for that creditor alone, on the next-steps page and in the calendar file.

Today is 2026-11-29. Two cards: 招商银行 ¥58,000 and 工商银行 ¥12,345.67; ¥3,300.00 a month is left
after essential spending, and the plan offers ¥3,030.00 (shares ¥2,498.24 and ¥531.76).
"""

from __future__ import annotations

import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser import steps
from tests.browser.a11y import assert_page_ok
from tests.browser.test_first_steps import ICBC, PHONE, cmb

NEEDED = ("negotiate.page", "negotiate.record", "letters.index", "letters.pdf", "next_steps.index")
BUDGET = {"income_wages": "6000", "household_size": "2", "dependants": "1", "spending_housing": "1500",
          "spending_food": "1200", "reason_job_loss": True, "since_job_loss": "2025-02",
          "story": "2025年2月公司裁员，我失业了。", "documents": ["unemployment"]}


def submit_action(page, action: str, **fields) -> None:
    form = page.locator(f"form[action$='/{action}']")
    steps.fill_form(form, **{f"{action}-{name}": value for name, value in fields.items()})
    steps.submit(page, f"form[action$='/{action}']")


@pytest.mark.needs_endpoints(*NEEDED)
def test_print_send_counter_offer_accept_then_reminders_for_that_bank_only(phone, live_server):
    page = phone
    steps.start_case(page)
    steps.add_debt(page, **cmb(PHONE))
    steps.add_debt(page, **ICBC)
    steps.go_to(page, live_server, "budget.index")
    steps.save_budget(page, **BUDGET)
    steps.go_to(page, live_server, "letters.index")
    steps.save_applicant(page, name="张晓明", phone="13800001234")

    tracking = page.locator("a[href^='/letters/creditor/']")
    expect(tracking).to_have_count(2)
    creditor_path = tracking.first.get_attribute("href")
    cmb_id = creditor_path.rsplit("/", 1)[1]
    icbc_id = tracking.nth(1).get_attribute("href").rsplit("/", 1)[1]
    pdf = steps.download(page, f"/letters/request-{cmb_id}.pdf")          # print
    assert pdf.startswith(b"%PDF")

    steps.follow(page, creditor_path)
    expect(page.locator(".request-state")).to_contain_text("草稿")
    assert_page_ok(page, phone=True)
    submit_action(page, "send", on="2026-11-29", channel="ems", tracking="EA123456789CN")
    assert steps.path_of(page) == creditor_path
    expect(page.locator(".request-state")).to_contain_text("已寄出")
    expect(page.locator("main")).to_contain_text("答复期限：2026年12月14日")
    assert_page_ok(page, phone=True)                                      # the reply forms' toggles too

    page.locator("details.reply-form summary").first.click()              # 银行还价
    submit_action(page, "counter", on="2026-11-29", monthly="2600", installments="22", first_due_on="2027-01-05")
    expect(page.locator(".request-state")).to_contain_text("银行还价")
    table = page.locator(".comparison__table")
    expect(table).to_contain_text("¥2,498.24")
    expect(table).to_contain_text("¥2,600.00")
    expect(page.locator(".comparison__verdict")).to_contain_text("付得起")
    expect(page.locator(".comparison__others")).to_contain_text("中国工商银行")
    assert_page_ok(page, phone=True)

    page.goto("/next/")
    expect(page.locator(".timeline__item--payment")).to_have_count(0)     # a counter-offer is not agreed

    page.goto(creditor_path)
    submit_action(page, "accept", on="2026-11-29", reference="HT-2026-001")
    expect(page.locator(".request-state")).to_contain_text("已达成协议")
    expect(page.locator(".agreement__next")).to_contain_text("2027年1月5日")
    assert_page_ok(page, phone=True)

    page.goto("/next/")
    payments = page.locator(".timeline__item--payment")
    expect(payments.first).to_contain_text("还款提醒：招商银行 ¥2,600.00")
    assert all("工商银行" not in text for text in payments.all_inner_texts())
    expect(page.locator(f"#standing-request-{cmb_id}")).to_contain_text("下一期还款 ¥2,600.00")
    expect(page.locator(f"#standing-request-{icbc_id}")).to_contain_text("草稿")
    assert_page_ok(page, phone=True)
    calendar = Calendar.from_ical(steps.download(page, "/next/calendar.ics"))
    uids = [str(e["uid"]) for e in calendar.walk("VEVENT") if str(e["uid"]).startswith("payment-")]
    assert len(uids) == 22 and all(re.fullmatch(rf"payment-{cmb_id}-1-\d+@shangan\.invalid", u) for u in uids)
