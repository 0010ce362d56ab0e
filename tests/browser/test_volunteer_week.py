"""Issue 12's "done means", end to end in a real browser: a volunteer's week with client A.

On 2026-11-29 (the live server's pinned day) the volunteer opens client A's case (label "A-17 张"),
enters two cards, 招商银行 ¥58,000 and 工商银行 ¥12,345.67, a budget leaving ¥3,300.00 a month
(the plan offers ¥3,030.00: shares ¥2,498.24 and ¥531.76), prints both request letters and marks
them sent (the .ics then holds only the two reply-by dates) and writes a note for the paper file;
then client B arrives and the volunteer starts B's case, the app asking first.

"A week later" is another run of the app on the same database with today pinned to 2026-12-06
(``live_server.on_day``): the volunteer reopens A with the resume code noted on the first day,
records 招商银行's counter-offer (¥2,600.00 × 22 from 2027-01-05) and 工商银行's refusal, sees the
counter-offer fits the budget (¥2,600.00 + ¥531.76 = ¥3,131.76 of ¥3,300.00), accepts it, and only
then are there payment reminders: for 招商银行 alone, on the next-steps page and in the .ics. The
cover sheet PDF shows all of it.
"""

from __future__ import annotations

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser import steps
from tests.browser.a11y import assert_page_ok
from tests.browser.test_first_steps import ICBC, PHONE, cmb
from tests.browser.test_negotiation import BUDGET, submit_action

NEEDED = ("desk.index", "desk.cover_sheet", "start.switch_case", "negotiate.page", "negotiate.record",
          "letters.index", "letters.pdf", "next_steps.index", "next_steps.calendar_file")
CLIENT_A, CLIENT_B = "A-17 张", "B-02 李"
A_WEEK_LATER = "2026-12-06"
NOTE = "两封申请书11月29日已寄出，下周四回访。"


def label_shown(page) -> str:
    return page.locator("#case-bar .case-bar__label").inner_text().strip()


def start_labelled(page, label: str, form: str = "form[action='/new']") -> str:
    """Type the label into the start form and start; returns the resume code shown once."""
    page.locator(form).locator("[name=label]").fill(label)
    page.locator(form).locator("button[type=submit]").first.click()
    page.wait_for_url("**/debts/")
    code = page.locator(".code-callout .resume-code").inner_text().strip()
    assert steps.RESUME_CODE.match(code), code
    return code


def creditor_pages(page) -> tuple[str, str]:
    """The two creditors' tracking pages, as the documents page links them (招商银行 first)."""
    links = page.locator("a[href^='/letters/creditor/']")
    expect(links).to_have_count(2)
    return links.first.get_attribute("href"), links.nth(1).get_attribute("href")


def payment_reminders(page) -> list[str]:
    return [" ".join(text.split()) for text in page.locator(".timeline__item--payment").all_inner_texts()]


def calendar_uids(page) -> list[str]:
    """The .ics's event UIDs, fetched in the page's session (the page offers no link while
    there is no dated event)."""
    response = page.request.get("/next/calendar.ics")
    assert response.status == 200, response.status
    return [str(event["uid"]) for event in Calendar.from_ical(response.body()).walk("VEVENT")]


@pytest.mark.needs_endpoints(*NEEDED)
def test_a_volunteers_week_print_send_switch_client_come_back_counter_offer_refusal_accept(
        open_context, live_server):
    # ---- Day 1, 2026-11-29: client A ------------------------------------------------------------
    page = open_context("phone").new_page()
    page.goto("/")
    code_a = start_labelled(page, CLIENT_A)                 # noted in the volunteer's paper file
    assert label_shown(page) == CLIENT_A
    steps.add_debt(page, **cmb(PHONE))
    steps.add_debt(page, **ICBC)
    steps.go_to(page, live_server, "budget.index")
    steps.save_budget(page, **BUDGET)
    steps.go_to(page, live_server, "letters.index")
    steps.save_applicant(page, name="张晓明", phone="13800001234")

    cmb_page, icbc_page = creditor_pages(page)
    cmb_id, icbc_id = cmb_page.rsplit("/", 1)[1], icbc_page.rsplit("/", 1)[1]
    for debt_id in (cmb_id, icbc_id):                        # print both request letters
        letter = steps.download(page, f"/letters/request-{debt_id}.pdf")
        assert letter.startswith(b"%PDF")
        pages, text = steps.pdf_text(letter)
        assert pages >= 1 and "张晓明" in text

    sent = {cmb_page: ("ems", "EA123456789CN"), icbc_page: ("registered", "RR987654321CN")}
    for creditor_page, (channel, tracking) in sent.items():
        page.goto(creditor_page)
        expect(page.locator(".request-state")).to_contain_text("草稿")
        submit_action(page, "send", on="2026-11-29", channel=channel, tracking=tracking)
        assert steps.path_of(page) == creditor_page
        expect(page.locator(".request-state")).to_contain_text("已寄出")
        history = page.locator(".request-history")
        expect(history).to_contain_text("2026年11月29日 寄出申请书")
        expect(history).to_contain_text(tracking)
        expect(page.locator("main")).to_contain_text("答复期限：2026年12月14日")
    assert_page_ok(page, phone=True)

    page.goto("/next/")
    expect(page.locator(f"#standing-request-{cmb_id}")).to_contain_text("已寄出")
    expect(page.locator(f"#standing-request-{icbc_id}")).to_contain_text("已寄出")
    assert payment_reminders(page) == []                    # nothing is agreed: no installment to pay
    waiting = page.locator(".timeline__item")
    expect(waiting).to_have_count(2)
    for item in waiting.all():
        expect(item).to_contain_text("预计 2026年12月14日 前")
    assert page.locator(".timeline").inner_text().count("不要在拿到书面协议前付款") == 1   # said once for both
    assert sorted(calendar_uids(page)) == sorted(f"request-{d}-reply@shangan.invalid" for d in (cmb_id, icbc_id))

    steps.follow(page, "/desk/")                             # a note for the paper file
    steps.follow(page, "/desk/notes")
    steps.fill_form(page.locator("main form"), notes=NOTE)
    steps.submit(page, "main form")
    assert steps.path_of(page) == "/desk/"

    # ---- Client B arrives: the app names A's case and asks before starting another --------------
    page.goto("/")
    page.locator("form[action='/new'] [name=label]").fill(CLIENT_B)
    steps.submit(page, "form[action='/new']")
    expect(page.locator(".replace__name")).to_have_text(CLIENT_A)
    code_b = start_labelled(page, CLIENT_B, "form.replace__form")
    assert code_b != code_a and label_shown(page) == CLIENT_B
    assert steps.debt_rows(page) == []                      # B is a new, empty case

    # ---- A week later, 2026-12-06: the app restarted, the volunteer reopens A by its code ---------
    with live_server.on_day(A_WEEK_LATER) as later:
        page = open_context("phone", later).new_page()
        steps.resume_case(page, code_a)
        assert label_shown(page) == CLIENT_A
        page.goto("/debts/")
        assert len(steps.debt_rows(page)) == 2               # A's data is all there

        page.goto("/next/")
        assert payment_reminders(page) == []

        # 招商银行 counter-offers: shown beside the plan, checked against the budget
        page.goto(cmb_page)
        expect(page.locator(".request-state")).to_contain_text("已寄出")
        expect(page.locator(".request-history")).to_contain_text("2026年11月29日 寄出申请书")
        page.locator("details.reply-form summary").first.click()          # 银行还价
        submit_action(page, "counter", on="2026-12-05", monthly="2600", installments="22",
                      first_due_on="2027-01-05")
        expect(page.locator(".request-state")).to_contain_text("银行还价")
        table = page.locator(".comparison__table")
        expect(table).to_contain_text("¥2,498.24")                   # the plan's share
        expect(table).to_contain_text("¥2,600.00")                   # the bank's counter-offer
        verdict = page.locator(".comparison__verdict")
        expect(verdict).to_contain_text("付得起")
        expect(verdict).to_contain_text("¥3,300.00")
        expect(verdict).to_contain_text("¥3,131.76")
        expect(page.locator(".comparison__others")).to_contain_text("中国工商银行")
        assert_page_ok(page, phone=True)

        # 工商银行 refuses: the page says what can be done next
        page.goto(icbc_page)
        page.locator("details.reply-form summary", has_text="银行拒绝").click()
        submit_action(page, "refused", on="2026-12-04", note="电话告知不同意分期")
        expect(page.locator(".request-state")).to_contain_text("银行拒绝")
        after = page.locator("section[aria-labelledby=after-refusal-title]")
        expect(after).to_contain_text("书面请银行说明拒绝")
        expect(after).to_contain_text("修改方案再申请")
        expect(after).to_contain_text("12378")
        expect(page.locator("form[action$='/revise']")).to_have_count(1)
        expect(page.locator(".request-history")).to_contain_text("2026年12月4日 银行拒绝")
        assert_page_ok(page, phone=True)

        # before accepting: still no payment reminder anywhere
        page.goto("/next/")
        assert payment_reminders(page) == []
        expect(page.locator(f"#standing-request-{cmb_id}")).to_contain_text("银行还价")
        expect(page.locator(f"#standing-request-{icbc_id}")).to_contain_text("银行拒绝")
        assert not [uid for uid in calendar_uids(page) if uid.startswith("payment-")]

        # accept the counter-offer, now that it fits the budget
        page.goto(cmb_page)
        submit_action(page, "accept", on=A_WEEK_LATER, reference="HT-2026-001")
        expect(page.locator(".request-state")).to_contain_text("已达成协议")
        expect(page.locator(".agreement__next")).to_contain_text("2027年1月5日")
        expect(page.locator(".agreement__next")).to_contain_text("¥2,600.00")

        # only now: payment reminders, for 招商银行 alone
        page.goto("/next/")
        reminders = payment_reminders(page)
        assert reminders and all("还款提醒：招商银行 ¥2,600.00" in r for r in reminders), reminders
        assert not [r for r in reminders if "工商银行" in r]
        expect(page.locator(".timeline__item--payment").first).to_contain_text("2027年1月5日")
        expect(page.locator(f"#standing-request-{cmb_id}")).to_contain_text("下一期还款 ¥2,600.00")
        expect(page.locator(f"#standing-request-{icbc_id}")).to_contain_text("银行拒绝")
        assert_page_ok(page, phone=True)

        calendar = Calendar.from_ical(steps.download(page, "/next/calendar.ics"))
        payments = [e for e in calendar.walk("VEVENT") if str(e["uid"]).startswith("payment-")]
        assert len(payments) == 22
        assert all(str(e["uid"]).startswith(f"payment-{cmb_id}-") for e in payments)
        assert all("招商银行" in str(e["summary"]) and "2,600.00" in str(e["summary"]) for e in payments)
        assert not [e for e in calendar.walk("VEVENT") if icbc_id in str(e["uid"])
                    and str(e["uid"]).startswith("payment-")]
        assert min(e.decoded("dtstart") for e in payments).isoformat() == "2027-01-05"

        # the cover sheet for A's paper file shows all of it
        steps.follow(page, "/desk/")
        cover = steps.download(page, "/desk/cover.pdf")
        assert cover.startswith(b"%PDF")
        pages, text = steps.pdf_text(cover)
        assert pages == 1
        assert "A-17张" in text and "2026年12月6日" in text
        assert "银行同意，已达成协议" in text and "银行拒绝" in text
        assert "2027年1月5日还款提醒：招商银行¥2,600.00" in text
        assert "书面询问拒绝理由" in text and NOTE in text
        assert code_a.replace("-", "") not in text.replace("-", "")   # the code only when asked for
