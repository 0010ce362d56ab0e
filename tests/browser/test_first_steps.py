"""In a real browser: start a case, list three debts (one typed wrong first), read the summary.

The same path runs on a phone in Simplified Chinese, on a desktop in English, and on a phone
with JavaScript disabled; every page passes axe-core, and on the phone every control is a
44x44 px tap target. Quick exit, resuming by code in a new browser, and deleting the case too.
Today is pinned to 2026-11-29.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from tests.browser import steps
from tests.browser.a11y import assert_page_ok


@dataclass(frozen=True)
class Device:
    fixture: str
    phone: bool
    english: bool
    scripts: bool
    names: dict        # issuer code -> name shown in this UI language
    agency: str        # what this user types as the collector's name


ZH_NAMES = {"cmb": "招商银行", "icbc": "中国工商银行", "weilidai": "微粒贷（微众银行）"}
EN_NAMES = {"cmb": "China Merchants Bank", "icbc": "ICBC (Industrial and Commercial Bank of China)",
            "weilidai": "Weilidai (WeBank)"}
PHONE = Device("phone", phone=True, english=False, scripts=True, names=ZH_NAMES, agency="恒信催收公司")
DESKTOP = Device("desktop", phone=False, english=True, scripts=True, names=EN_NAMES, agency="Hengxin Collections")
NO_JS = Device("nojs", phone=True, english=False, scripts=False, names=ZH_NAMES, agency="恒信催收公司")


def cmb(device: Device) -> dict:
    """¥58,000 owed, ¥52,000 principal, 638 days overdue, two demands 39 days apart in 2025."""
    return {"issuer": "cmb", "tail": "1234", "owed": "58,000", "principal": "52000",
            "first_missed_on": "2025-03-01", "collector": "agency", "collector_name": device.agency,
            "demands": ["2025-04-01", "2025-05-10"]}


ICBC = {"issuer": "icbc", "tail": "5678", "owed": "12,345.67", "days_overdue": "45", "collector": "bank"}
WEILIDAI = {"kind": "online_lender", "issuer": "weilidai", "owed": "1.2万", "first_missed_on": "2026-05-01"}


def check(page, device: Device) -> None:
    assert_page_ok(page, phone=device.phone, english=device.english)


def picture(shots, page, device: Device, name: str) -> None:
    """Screenshots of the phone and desktop runs (the no-JS pages look the same as the phone's)."""
    if device.scripts:
        shots.take(page, f"{device.fixture}-{name}")


def first_steps(page, device: Device, shots) -> str:
    """Start -> three debts (the first typed wrong, then fixed) -> summary. Returns the resume code."""
    page.goto("/")
    check(page, device)
    picture(shots, page, device, "start")

    code = steps.start_case(page)
    check(page, device)

    steps.open_add_debt(page)
    check(page, device)
    wrong = cmb(device) | {"owed": "3万5", "tail": "12a4"}
    steps.fill_form(page.locator("form.debt-form"), **wrong)
    steps.save_debt(page)
    assert_wrong_input_answered(page, device)
    check(page, device)
    picture(shots, page, device, "debt-form-errors")

    steps.fill_form(page.locator("form.debt-form"), owed="58,000", tail="1234")
    steps.save_debt(page)
    assert steps.path_of(page) == "/debts/"
    steps.add_debt(page, **ICBC)
    steps.add_debt(page, **WEILIDAI)

    rows = steps.debt_rows(page)
    assert len(rows) == 3, rows
    for row, issuer, amount in zip(rows, ("cmb", "icbc", "weilidai"), ("58,000.00", "12,345.67", "12,000.00"),
                                   strict=True):
        assert device.names[issuer] in row and amount in row, row
    check(page, device)
    picture(shots, page, device, "debts")

    steps.next_step(page)
    assert steps.path_of(page) == "/summary/"
    assert_summary(page, device)
    check(page, device)
    picture(shots, page, device, "summary")
    return code


def assert_wrong_input_answered(page, device: Device) -> None:
    """422 page: summary of both errors linked to the fields, messages at the fields, input kept."""
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    if device.scripts:
        expect(summary).to_be_focused()
    assert steps.error_summary_links(page) == ["#tail", "#owed"]
    assert steps.field_error(page, "owed") and steps.field_error(page, "tail")
    if not device.english:
        assert "3万5" in steps.field_error(page, "owed")
        assert steps.field_error(page, "tail") == "后四位请填 4 个数字，例如 1234。"
    form = page.locator("form.debt-form")
    expect(form.locator("#owed")).to_have_value("3万5")
    expect(form.locator("#tail")).to_have_value("12a4")
    expect(form.locator("#principal")).to_have_value("52000")
    expect(form.locator("#issuer")).to_have_value("cmb")
    expect(form.locator("#collector_name")).to_have_value(device.agency)
    expect(form.locator("#demands-1")).to_have_value("2025-05-10")


def assert_summary(page, device: Device) -> None:
    """Totals to the fen, most urgent account first, each with the flags the rules give it."""
    currency = "CN¥" if device.english else "¥"
    count, owed, principal = steps.summary_totals(page)
    assert count == "3"
    assert owed == f"{currency}82,345.67"
    assert principal.startswith(f"{currency}52,000.00")
    if not device.english:
        assert principal == "¥52,000.00 （另有 2 笔未填本金）"
    accounts = steps.summary_accounts(page)
    assert [flags for _, flags in accounts] == [
        ["fraud_threshold", "lawsuit_risk", "limitation_note", "credit_record"],
        ["lawsuit_risk", "limitation_note", "credit_record"],
        ["limitation_note", "credit_record"],
    ]
    targets = steps.explained_once(page, "section.account .flag", "a[href^='#flag-']", "details.citations")
    assert targets == {"flag-fraud_threshold": 1, "flag-lawsuit_risk": 2, "flag-limitation_note": 3,
                       "flag-credit_record": 3}
    headings = [heading for heading, _ in accounts]
    assert headings[0].startswith(f"1. {device.names['cmb']}") and "1234" in headings[0]
    assert headings[1] == f"2. {device.names['weilidai']}"
    assert headings[2].startswith(f"3. {device.names['icbc']}") and "5678" in headings[2]


@pytest.mark.parametrize("device", [PHONE, DESKTOP, NO_JS], ids=lambda d: d.fixture)
def test_start_three_debts_and_summary(device, request, shots):
    page = request.getfixturevalue(device.fixture)
    first_steps(page, device, shots)


def test_add_debt_loads_the_form_in_place_with_javascript(phone):
    steps.start_case(phone)
    before = phone.url
    navigations = []
    phone.on("framenavigated", lambda frame: navigations.append(frame.url) if frame == phone.main_frame else None)
    steps.open_add_debt(phone)
    expect(phone.locator("#inline-form-slot form.debt-form")).to_be_visible()
    expect(phone.locator("#add-debt")).to_be_hidden()
    assert phone.evaluate("() => document.activeElement.closest('#inline-form-slot') !== null")
    assert phone.url == before and navigations == []


def test_add_debt_link_opens_the_form_page_without_javascript(nojs):
    steps.start_case(nojs)
    steps.open_add_debt(nojs)
    assert steps.path_of(nojs) == "/debts/new"
    expect(nojs.locator("#inline-form-slot")).to_have_count(0)


@pytest.mark.parametrize("profile", ["phone", "nojs"])
def test_quick_exit_leaves_at_once_and_back_shows_no_case(profile, open_context, live_server):
    context = open_context(profile)
    context.route(live_server.quick_exit_url, lambda route: route.fulfill(
        status=200, content_type="text/html", body="<title>neutral</title><p>weather</p>"))
    page = context.new_page()
    code = steps.start_case(page)
    steps.add_debt(page, **ICBC)

    steps.quick_exit(page)
    page.wait_for_url(live_server.quick_exit_url)
    page.go_back()
    assert code not in page.content()
    expect(page.locator(".resume-code")).to_have_count(0)
    expect(page.locator("#debt-list")).to_have_count(0)
    page.goto("/debts/")
    assert steps.path_of(page) == "/"          # the session no longer holds the case
    expect(page.locator(".resume-code")).to_have_count(0)


def test_case_resumes_by_code_in_a_new_browser(open_context):
    first = open_context("phone")
    page = first.new_page()
    code = steps.start_case(page)
    steps.add_debt(page, **ICBC)
    steps.add_debt(page, **WEILIDAI)
    rows = steps.debt_rows(page)
    first.close()

    page = open_context("phone").new_page()
    steps.resume_case(page, code.lower().replace("-", " "))    # typed forgivingly
    assert steps.path_of(page) == "/summary/"
    page.goto("/debts/")
    assert steps.debt_rows(page) == rows
    page.goto("/case")                          # the code was shown once, at the start, never again
    expect(page.locator(".resume-code")).to_have_count(0)
    assert code not in page.content()


def test_deleted_case_is_gone_and_its_code_no_longer_resumes(open_context):
    page = open_context("phone").new_page()
    code = steps.start_case(page)
    steps.add_debt(page, **ICBC)
    page.goto("/case")
    assert_page_ok(page, phone=True)
    steps.delete_case(page)
    expect(page.locator(".notice--success")).to_have_text("案件已删除。服务器上不再保存它。")
    page.goto("/debts/")
    assert steps.path_of(page) == "/"

    page = open_context("phone").new_page()
    steps.resume_case(page, code)
    assert steps.path_of(page) == "/resume"
    assert steps.field_error(page, "code") == "找不到这个恢复码对应的案件。请核对后再试。"


_DOCUMENT_INDEX = "() => Array.prototype.indexOf.call(document.querySelectorAll('*'), document.activeElement)"


def test_keyboard_focus_follows_the_page_order(desktop):
    """Tab from the top of the debt form: the skip link first, then each control later in the page
    than the one before (a date input takes several presses: day, month, year), through the save
    buttons to the footer, until focus leaves the page. The form's folded parts are open (their
    summaries are in the tab order; Enter opens one)."""
    steps.start_case(desktop)
    desktop.goto("/debts/new")
    desktop.evaluate("() => document.querySelectorAll('form details.fold').forEach((d) => { d.open = true; })")
    positions, reached = [], []
    for _ in range(150):
        desktop.keyboard.press("Tab")
        position = desktop.evaluate(_DOCUMENT_INDEX)
        if positions and position < positions[-1]:
            break
        if not positions or position > positions[-1]:
            positions.append(position)
            reached.append(desktop.evaluate("() => document.activeElement.id || document.activeElement.value "
                                            "|| document.activeElement.getAttribute('href')"))
    assert reached[:4] == ["#main", "/", "/call/", "quick-exit"], reached
    for stop in ("kind-0", "issuer", "owed", "first_missed_on", "demands-3", "list", "add", "/case"):
        assert stop in reached, (stop, reached)
    assert reached.index("owed") < reached.index("list") < reached.index("/case")


def test_step_indicator_tells_where_the_user_is(phone):
    steps.start_case(phone)
    nav = phone.locator("nav.steps")
    expect(nav).to_have_attribute("aria-label", "进度")
    expect(nav.locator("[aria-current=step]")).to_have_text("债务清单")
    expect(nav.locator(".steps__where")).to_have_text("第 2 步，共 9 步：债务清单")
