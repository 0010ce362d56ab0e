"""In a real browser (a phone): a 支付令 recorded in the court step leads to its 支付令异议书.

The server's today is 2026-02-16. The order was received on 2026-02-14, the day before the Spring
Festival block, so the objection deadline is Monday 2026-03-02 (court-step's browser test checks the
count). From the paper's page the user reaches the objection; the documents page says what an
objection must be, and the PDF names the court and the 案号, disputes the amount with the user's own
figures and carries the deadline on its submission sheet.
"""

from __future__ import annotations

import pytest

from tests.browser import steps
from tests.browser.a11y import assert_page_ok

PINNED_TODAY = "2026-02-16"
CMB = {"issuer": "cmb", "tail": "1234", "owed": "58,000", "principal": "45000", "first_missed_on": "2025-03-01",
       "collector": "bank"}


@pytest.mark.needs_endpoints("court.index", "letters.index")
def test_a_payment_order_leads_to_an_objection_disputing_the_amount(open_context, live_server, shots):
    with live_server.on_day(PINNED_TODAY) as server:
        page = open_context("phone", server).new_page()
        page.goto("/")
        steps.start_case(page)
        steps.open_add_debt(page)
        steps.fill_form(page.locator("form.debt-form"), **CMB)
        steps.save_debt(page)

        page.goto("/court/new")
        debt_id = page.locator("select[name=debt_id] option").first.get_attribute("value")
        steps.fill_form(page.locator("form.debt-form"), kind="payment_order", channel="court_post",
                        received_on="2026-02-14", debt_id=debt_id, body="北京市朝阳区人民法院",
                        case_number="（2026）京0105民督123号", address="北京市朝阳区某路1号", claimed="58,000",
                        claimed_principal="45,000", claimed_charges="13,000", admitted="45000")
        steps.submit(page, "form.debt-form")
        documents = page.locator("#documents")
        assert "支付令异议书" in documents.inner_text()
        assert_page_ok(page, phone=True)

        with page.expect_navigation():
            documents.locator("a[href^='/letters/#doc-court-objection-']").click()
        card = page.locator("li[id^='doc-court-objection-']")
        assert "最后期限：2026年3月2日" in card.inner_text()
        card.locator("details.court-submit__know > summary").click()       # what an objection must be: folded
        assert "口头异议无效" in card.locator("details.court-submit__know").inner_text()
        card.locator("details.sending > summary").click()
        assert "法院地址：北京市朝阳区某路1号" in card.locator("details.sending").inner_text()
        assert_page_ok(page, phone=True)
        shots.take(page, "phone-court-objection-card")

        href = card.locator("a[href$='.pdf']").first.get_attribute("href")
        pages, printed = steps.pdf_text(steps.download(page, href))
        assert pages == 2
        for expected in ("提出支付令书面异议：最晚2026年3月2日（星期一）", "以法院的通知为准", "北京市朝阳区人民法院：",
                         "(2026)京0105民督123号", "¥58,000.00（人民币伍万捌仟元整）",
                         "其中本金¥45,000.00，利息、复利、违约金及费用¥13,000.00",
                         "异议人认可的欠款金额为¥45,000.00（人民币肆万伍仟元整），对超出部分¥13,000.00（人民币壹万叁仟元整）不予认可",
                         "请求贵院依法裁定终结督促程序，支付令自行失效"):
            assert expected in printed, expected
