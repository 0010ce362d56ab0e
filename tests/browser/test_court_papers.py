"""In a real browser (a phone, Simplified Chinese): court papers received, real or fake, and their deadlines.

The server's today is pinned to 2026-02-16, inside the Spring Festival block (2026-02-15 to 02-23;
02-14 and 02-28 are working Saturdays). A 支付令 received on 02-14, the day before the block: 15 days
end on Sunday 03-01, which is not a working day, so the objection deadline is Monday 2026-03-02 —
the summary's first item. An SMS whose 案号 holds 民诉前调 is read as pre-filing mediation; a
"法院短信" asking for money to a personal account is shown as likely fake, with how to check.
"""

from __future__ import annotations

import pytest

from tests.browser import steps
from tests.browser.a11y import assert_page_ok

PINNED_TODAY = "2026-02-16"
CMB = {"issuer": "cmb", "tail": "1234", "owed": "58,000", "principal": "45000", "first_missed_on": "2025-03-01",
       "collector": "bank"}


def record(page, **fields) -> None:
    """Court step -> "我收到了…" -> fill -> save; ends on the paper's own page."""
    page.goto("/court/")
    with page.expect_navigation():
        page.locator("#add-paper").click()
    steps.fill_form(page.locator("form.debt-form"), **fields)
    steps.submit(page, "form.debt-form")
    assert steps.path_of(page).startswith("/court/"), page.url


@pytest.mark.needs_endpoints("court.index")
def test_court_papers_on_a_phone(open_context, live_server, shots):
    with live_server.on_day(PINNED_TODAY) as server:
        page = open_context("phone", server).new_page()
        page.goto("/")
        steps.start_case(page)
        steps.open_add_debt(page)
        steps.fill_form(page.locator("form.debt-form"), **CMB)
        steps.save_debt(page)

        # the step is in the indicator, between the conduct check and the budget
        page.goto("/court/")
        assert_page_ok(page, phone=True)
        labels = [t.strip() for t in page.locator("nav.steps li").all_text_contents()]
        assert labels.index("催收行为自查") + 1 == labels.index("法院与仲裁") == labels.index("收支情况") - 1

        # a payment order received the day before the Spring Festival block; a typo first
        page.goto("/court/new")
        debt_id = page.locator("select[name=debt_id] option").first.get_attribute("value")
        fields = {"kind": "payment_order", "channel": "court_post", "received_on": "2026-02-17",
                  "debt_id": debt_id, "body": "北京市朝阳区人民法院", "case_number": "（2026）京0105民督123号",
                  "claimed": "58,000", "claimed_principal": "45,000", "claimed_charges": "13,000",
                  "admitted": "45000"}
        steps.fill_form(page.locator("form.debt-form"), **fields)
        steps.submit(page, "form.debt-form")
        assert steps.field_error(page, "received_on") == "收到的日期不能晚于今天。"
        assert page.locator("#case_number").input_value() == "（2026）京0105民督123号"   # everything kept
        assert_page_ok(page, phone=True)
        steps.fill_form(page.locator("form.debt-form"), received_on="2026-02-14")
        steps.submit(page, "form.debt-form")
        deadlines = page.locator("#deadlines").inner_text()
        assert "向法院提交书面异议（支付令）：2026年3月2日（星期一）" in deadlines
        assert "按天数算到 2026年3月1日，那天不上班，所以顺延。" in deadlines
        assert "以法院通知为准。" in deadlines
        assert_page_ok(page, phone=True)
        shots.take(page, "phone-court-payment-order")

        # the summary's first item is that deadline
        page.goto("/summary/")
        first = page.locator("main section").first
        assert first.get_attribute("id") == "court-deadlines"
        top = first.locator("li").first.inner_text()
        assert top.startswith("向法院提交书面异议（支付令）：2026年3月2日（星期一）"), top
        assert_page_ok(page, phone=True)
        shots.take(page, "phone-summary-court-deadline")

        # an SMS with a pre-filing mediation number
        record(page, kind="pre_suit_mediation", channel="sms", received_on="2026-02-13",
               debt_id=debt_id, case_number="(2026)京0105民诉前调801号")
        reading = page.locator("#case-number").inner_text()
        assert "“民诉前调”表示诉前调解案件：这是调解，还不是诉讼，法院还没有立案审理。" in reading
        assert page.locator("#deadlines").count() == 0
        assert_page_ok(page, phone=True)

        # a "court SMS" asking for money to a personal account
        record(page, kind="summons", channel="sms", received_on="2026-02-16", debt_id="",
               red_flags=["personal_account", "pay_to_close"])
        verdict = page.locator("#realness").inner_text()
        assert verdict.startswith("很可能是假的")
        assert "要求把钱转到个人账户，或扫二维码付款" in verdict and "说“今天交钱就撤诉”或要交“撤诉费”" in verdict
        assert "拨打 12368" in verdict and "中国审判流程信息公开网" in verdict and "诉讼服务中心" in verdict
        assert_page_ok(page, phone=True)
        shots.take(page, "phone-court-fake-sms")

        # the list of papers, each with its next deadline
        page.goto("/court/")
        rows = page.locator("#paper-list li").all_inner_texts()
        assert len(rows) == 3 and "向法院提交书面异议（支付令）：2026年3月2日（星期一）前" in rows[0]
        assert_page_ok(page, phone=True)
