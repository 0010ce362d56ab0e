"""The volunteer desk in a real browser: the open case's label on every page (hidden in discreet
mode), asking before a new case replaces it, switching back by code, and "全部打印" within the first
screen of the documents page on a 1366x768 desktop. Today is pinned to 2026-11-29."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import steps
from tests.browser.a11y import assert_page_ok
from tests.browser.test_final_versions import BUDGET
from tests.browser.test_first_steps import NO_JS, PHONE, cmb

CLIENT_A, CLIENT_B = "A-17 张", "B-02 李"


def label_shown(page) -> str:
    return page.locator("#case-bar .case-bar__label").inner_text().strip()


def start_here(page, form: str = "form[action='/new']") -> str:
    """Press the form's start button; returns the resume code shown once on the debts page."""
    page.locator(form).locator("button[type=submit]").first.click()
    page.wait_for_url("**/debts/")
    code = page.locator(".code-callout .resume-code").inner_text().strip()
    assert steps.RESUME_CODE.match(code), code
    return code


def start_labelled(page, label: str) -> str:
    """Start page -> type the label -> start: returns the resume code."""
    page.goto("/")
    page.locator("form[action='/new'] [name=label]").fill(label)
    return start_here(page)


@pytest.mark.needs_endpoints("desk.index", "start.switch_case", "debts.index")
def test_the_label_shows_which_case_is_open_and_a_new_case_asks_first(phone):
    page = phone
    code_a = start_labelled(page, CLIENT_A)
    assert label_shown(page) == CLIENT_A
    steps.add_debt(page, **cmb(PHONE))
    assert label_shown(page) == CLIENT_A
    assert_page_ok(page, phone=True)

    page.goto("/discreet?on=1&next=/debts/")
    assert CLIENT_A not in page.locator("body").inner_text()
    assert label_shown(page) == "当前案件"
    page.goto("/discreet?on=0&next=/debts/")

    # client B arrives: starting a new case names client A's case and asks first
    page.goto("/")
    page.locator("form[action='/new'] [name=label]").fill(CLIENT_B)
    steps.submit(page, "form[action='/new']")
    assert steps.path_of(page) == "/new"
    expect(page.locator(".replace__name")).to_have_text(CLIENT_A)
    expect(page.locator("form.replace__form [name=label]")).to_have_value(CLIENT_B)
    assert_page_ok(page, phone=True)
    with page.expect_navigation():
        page.locator(".replace__back").click()                     # "go back": client A is still open
    assert label_shown(page) == CLIENT_A

    page.goto("/")
    page.locator("form[action='/new'] [name=label]").fill(CLIENT_B)
    steps.submit(page, "form[action='/new']")
    code_b = start_here(page, "form.replace__form")  # "close it and continue"
    assert code_b != code_a and label_shown(page) == CLIENT_B
    assert steps.debt_rows(page) == []

    # back to client A by code, through "切换案件"
    steps.submit(page, "#case-bar form[action='/case/switch']")
    assert steps.path_of(page) == "/" and page.locator("#case-bar").count() == 0
    page.locator("form[action='/resume'] [name=code]").fill(code_a)
    steps.submit(page, "form[action='/resume']")
    assert label_shown(page) == CLIENT_A
    page.goto("/debts/")
    assert len(steps.debt_rows(page)) == 1


@pytest.mark.needs_endpoints("desk.index", "desk.label", "debts.index")
def test_the_label_can_be_changed_from_the_desk_without_javascript(nojs):
    page = nojs
    start_labelled(page, "")
    assert label_shown(page) == "当前案件"
    steps.follow(page, "/desk/")
    steps.follow(page, "/desk/label")
    steps.fill_form(page.locator("main form"), label=CLIENT_A)
    steps.submit(page, "main form")
    assert steps.path_of(page) == "/desk/" and label_shown(page) == CLIENT_A
    assert_page_ok(page, phone=True)


@pytest.mark.needs_endpoints("letters.index", "letters.print_all", "budget.index")
def test_print_all_is_within_the_first_screen_on_a_1366_by_768_desktop(open_context, live_server):
    context = open_context("phone")
    page = context.new_page()
    steps.start_case(page)
    steps.add_debt(page, **cmb(NO_JS))
    steps.add_debt(page, issuer="icbc", tail="5678", owed="12,345.67", days_overdue="45", collector="bank")
    steps.go_to(page, live_server, "budget.index")
    steps.save_budget(page, **BUDGET)
    page.set_viewport_size({"width": 1366, "height": 768})
    steps.go_to(page, live_server, "letters.index")
    link = page.locator("a[href='/letters/all.pdf']").first
    expect(link).to_be_visible()
    box = link.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 768, box
    assert page.evaluate("window.scrollY") == 0
    assert page.locator("#documents").bounding_box()["y"] > 768       # the documents themselves are further down
    pack = steps.download(page, "/letters/all.pdf")
    assert pack.startswith(b"%PDF")


@pytest.mark.needs_endpoints("desk.index", "desk.label", "start.resume", "debts.index")
def test_resuming_another_case_asks_first_and_a_wrong_code_closes_nothing(phone):
    page = phone
    code_a = start_labelled(page, CLIENT_A)
    steps.add_debt(page, **cmb(PHONE))
    page.goto("/")
    page.locator("form[action='/new'] [name=label]").fill(CLIENT_B)
    steps.submit(page, "form[action='/new']")
    code_b = start_here(page, "form.replace__form")
    assert label_shown(page) == CLIENT_B

    # a wrong code: refused at the field, client B stays open, nothing asked
    page.goto("/")
    page.locator("form[action='/resume'] [name=code]").fill("AAAA-BBBB-CCCC-DDDD-EEEE")
    steps.submit(page, "form[action='/resume']")
    expect(page.locator("#resume-title")).to_be_visible()
    assert page.locator(".replace__form").count() == 0
    assert "找不到这个恢复码对应的案件" in page.locator("form[action='/resume']").inner_text()
    assert label_shown(page) == CLIENT_B

    # client B's own code: goes straight on
    steps.resume_case(page, code_b)
    assert steps.path_of(page) == "/summary/" and label_shown(page) == CLIENT_B

    # client A's code: the page names client B and asks; "go back" keeps client B
    steps.resume_case(page, code_a)
    assert steps.path_of(page) == "/resume"
    expect(page.locator(".replace__name")).to_have_text(CLIENT_B)
    assert CLIENT_A not in page.locator("main").inner_text()
    assert_page_ok(page, phone=True)
    with page.expect_navigation():
        page.locator(".replace__back").click()
    assert label_shown(page) == CLIENT_B

    # asked again, in discreet mode: the open case is only "当前案件"; close it and open client A
    page.goto("/discreet?on=1&next=/")
    page.locator("form[action='/resume'] [name=code]").fill(code_a)
    steps.submit(page, "form[action='/resume']")
    expect(page.locator(".replace__name")).to_have_text("当前案件")
    assert CLIENT_B not in page.locator("body").inner_text()
    steps.submit(page, "form.replace__form")
    assert steps.path_of(page) == "/summary/" and label_shown(page) == "当前案件"

    # the label page hides the label until asked for
    page.goto("/desk/label")
    assert CLIENT_A not in page.locator("body").inner_text()
    assert page.locator("main [name=label]").count() == 0
    steps.follow(page, "/desk/label?show=1")
    expect(page.locator("main [name=label]")).to_have_value(CLIENT_A)
    page.goto("/discreet?on=0&next=/debts/")
    assert label_shown(page) == CLIENT_A and len(steps.debt_rows(page)) == 1

    # client B was closed, not deleted: its code opens it again, after asking
    steps.resume_case(page, code_b)
    steps.submit(page, "form.replace__form")
    assert label_shown(page) == CLIENT_B
