"""In a real browser (a phone, Simplified Chinese): the court pages fit a thumb (issue 14) and lose nothing.

"我收到了…" asks for the hearing date only for a 传票 and about jurisdiction only for a complaint, by
CSS :has() (no JavaScript), unless the user has already answered them; the amount breakdown and the note
fold, open when they hold the user's input. A refused form (a future date) keeps everything typed. A
paper with nothing suspicious ticked folds the ways to check it with the court.
"""

from __future__ import annotations

import pytest

from tests.browser import steps
from tests.browser.a11y import assert_page_ok

PINNED_TODAY = "2026-02-16"


def shown(page, field_id: str) -> bool:
    return page.locator(f"#{field_id}").is_visible()


@pytest.mark.needs_endpoints("court.index")
def test_the_court_form_asks_only_what_applies_and_keeps_what_was_typed(open_context, live_server):
    with live_server.on_day(PINNED_TODAY) as server:
        page = open_context("phone", server).new_page()
        steps.start_case(page)
        page.goto("/court/new")
        assert not shown(page, "hearing_on") and not shown(page, "lives_elsewhere")
        assert not shown(page, "claimed_principal") and not shown(page, "note")      # folded
        page.locator("#kind").select_option("summons")
        assert shown(page, "hearing_on") and not shown(page, "lives_elsewhere")
        page.locator("#kind").select_option("complaint")
        assert shown(page, "lives_elsewhere") and shown(page, "clause_not_explained") and not shown(page, "hearing_on")

        # a complaint from a court elsewhere, typed with a wrong (future) date: refused, nothing lost
        steps.fill_form(page.locator("form.debt-form"), kind="complaint", channel="court_post",
                        received_on="2026-02-17", case_number="(2026)京0105民初12345号", claimed="58,000",
                        claimed_principal="45,000", claimed_charges="13,000", lives_elsewhere=True,
                        note="法院专递，家人代收。")
        steps.submit(page, "form.debt-form")
        assert steps.field_error(page, "received_on") == "收到的日期不能晚于今天。"
        assert page.locator("#claimed_charges").input_value() == "13,000" and shown(page, "claimed_charges")
        assert page.locator("#note").input_value() == "法院专递，家人代收。" and shown(page, "note")
        assert page.locator("#lives_elsewhere").is_checked() and shown(page, "lives_elsewhere")
        assert_page_ok(page, phone=True)

        steps.fill_form(page.locator("form.debt-form"), received_on="2026-02-14")
        steps.submit(page, "form.debt-form")
        paper_path = steps.path_of(page)
        assert paper_path.startswith("/court/") and page.locator("#deadlines").is_visible()

        # editing it as another kind: the ticked jurisdiction box stays in sight; the breakdown is open
        page.goto(paper_path + "/edit")
        page.locator("#kind").select_option("payment_order")
        assert shown(page, "lives_elsewhere") and shown(page, "claimed_principal") and shown(page, "note")
        assert not shown(page, "hearing_on")
        assert_page_ok(page, phone=True)


@pytest.mark.needs_endpoints("court.index")
def test_nothing_suspicious_folds_the_ways_to_check(open_context, live_server):
    with live_server.on_day(PINNED_TODAY) as server:
        page = open_context("phone", server).new_page()
        steps.start_case(page)
        page.goto("/court/new")
        steps.fill_form(page.locator("form.debt-form"), kind="payment_order", channel="court_post",
                        received_on="2026-02-14", case_number="(2026)京0105民督123号")
        steps.submit(page, "form.debt-form")
        checks = page.locator("#realness details.court-checks-fold")
        assert not checks.locator("ul.court-checks").is_visible()
        checks.locator("summary").click()
        assert "中国审判流程信息公开网" in checks.locator("ul.court-checks").inner_text()
        assert_page_ok(page, phone=True)
