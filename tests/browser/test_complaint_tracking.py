"""A complaint letter tracked to an answer in a real browser without JavaScript (issue 12): marked
sent by EMS, an unsatisfying answer recorded, and the 12378 escalation step shown and recorded.

Today is 2026-11-29. One card (招商银行, tail 1234) and five night calls from a collection agency.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import steps
from tests.browser.a11y import assert_page_ok
from tests.browser.test_first_steps import NO_JS, cmb
from tests.browser.test_full_path import night_calls

NEEDED = ("conduct.index", "conduct.batch", "conduct.findings", "conduct.track", "letters.index",
          "next_steps.index")


@pytest.mark.needs_endpoints(*NEEDED)
def test_sent_then_an_unsatisfying_answer_then_12378(nojs, live_server):
    page = nojs
    steps.start_case(page)
    steps.add_debt(page, **cmb(NO_JS))
    steps.go_to(page, live_server, "conduct.index")
    steps.add_incident(page, batch=True, **night_calls(NO_JS))
    steps.go_to(page, live_server, "conduct.findings")

    tracking = page.locator(".complaint-tracking").first
    expect(tracking.locator(".badge")).to_have_text("尚未寄出")
    steps.go_to(page, live_server, "next_steps.index")           # nothing dated before it is sent
    expect(page.locator(".timeline__item--complaint_due")).to_have_count(0)

    steps.go_to(page, live_server, "conduct.findings")
    steps.mark_complaint_sent(page, "2026-11-20", channel="ems", tracking="EA123456789CN")
    assert steps.path_of(page) == "/conduct/findings"
    tracking = page.locator(".complaint-tracking").first
    expect(tracking.locator(".badge")).to_have_text("已寄出")
    expect(tracking.locator(".complaint-tracking__history li")).to_have_text(
        ["2026年11月20日 已寄出（EMS，单号 EA123456789CN）"])
    expect(tracking.locator("form.track-form--escalated")).to_have_count(0)    # not before 2026-12-09
    assert "如果到 2026年12月9日 仍没有答复" in tracking.inner_text()
    assert_page_ok(page, phone=True)

    steps.go_to(page, live_server, "next_steps.index")           # 11-20 + 3 (estimate) + 15 days
    expect(page.locator(".timeline__item--complaint_due time[datetime='2026-12-08']")).to_have_count(1)
    expect(page.locator(".timeline__item--escalate time[datetime='2026-12-09']")).to_have_count(1)

    steps.go_to(page, live_server, "conduct.findings")
    steps.record_complaint_step(page, "answered", "2026-11-27", satisfied="no",
                                summary="只说已转交催收机构，没有说明机构名称")
    tracking = page.locator(".complaint-tracking").first
    expect(tracking.locator(".badge")).to_have_text("已答复（不满意）")
    escalation = tracking.locator(".escalation")
    expect(escalation).to_be_visible()
    assert "拨打 12378 反映" in escalation.inner_text() and "不是法律规定的顺序" in escalation.inner_text()
    assert "银行业保险业消费投诉处理管理办法" in escalation.text_content()      # inside the folded citation list
    expect(tracking.locator("form.track-form--escalated")).to_have_count(1)
    assert_page_ok(page, phone=True)

    steps.go_to(page, live_server, "next_steps.index")           # escalation open from the answer day
    expect(page.locator(".timeline__item--escalate time[datetime='2026-11-27']")).to_have_count(1)
    expect(page.locator(".timeline__item--complaint_due")).to_have_count(0)

    steps.go_to(page, live_server, "conduct.findings")
    steps.record_complaint_step(page, "escalated", "2026-11-28")
    tracking = page.locator(".complaint-tracking").first
    expect(tracking.locator(".badge")).to_have_text("已向 12378 反映")
    expect(tracking.locator(".complaint-tracking__history li")).to_have_count(3)
    expect(tracking.locator("form.track-form--closed")).to_have_count(1)

    steps.go_to(page, live_server, "letters.index")              # the documents page says so too
    card = page.locator("li.document-card[id^='doc-complaint-']")
    assert "已向 12378 反映" in card.inner_text()
