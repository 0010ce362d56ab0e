"""The whole path in a real browser, as issue 6 lists it, on a phone in Chinese, a desktop in
English and a phone without JavaScript:

start, three debts, summary (checked page by page in test_first_steps.py), then a night of calls
and an employer call, the findings, the budget, the plan adjusted once, the review screen, a
narrative paragraph rewritten, the print-all PDF downloaded and read, the next steps and their
calendar file, the case resumed in a new browser by its code, and the case deleted. axe-core
runs on every page from the incident log on. Each test waits (skips) until the endpoints it
needs are registered, so it starts running when its step lands.

Today is 2026-11-29. Budget: income ¥7,000, essential spending ¥4,000, so ¥3,000 is left and the
suggested offer is ¥2,600 (10 % of spending kept as a buffer); the user then offers ¥2,000 a month
after a ¥3,000 down payment, which stretches every schedule to 41 installments.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from tests.browser import steps
from tests.browser.a11y import assert_page_ok
from tests.browser.test_first_steps import DESKTOP, ICBC, NO_JS, PHONE, WEILIDAI, Device, cmb, picture

FULL_PATH = ("conduct.index", "conduct.new", "conduct.batch", "conduct.findings", "conduct.track",
             "budget.index", "plan.index", "letters.index", "letters.applicant", "letters.edit",
             "letters.preview", "letters.print_all", "next_steps.index", "next_steps.calendar_file")
RULES_FOUND = ["c_third_party_disclosure", "c_hours_night", "c_calls_connected_over_3", "c_third_party_pressure"]


@dataclass(frozen=True)
class Words:
    """What this user types in their own words (Chinese on the phone, English on the desktop)."""

    employer_call: str
    story: str
    narrative: str
    name: str


ZH = Words(employer_call="对方打电话到我单位，告诉我的领导我欠钱不还，让单位催我还钱。",
           story="2025年2月公司裁员，我失业了，收入断了，信用卡就还不上了。",
           narrative="我于2025年2月被公司裁员，至今只有打零工的收入。我愿意还款，恳请贵行停止计息，同意分期。",
           name="张晓明")
EN = Words(employer_call="They phoned my office and told my manager I owe money and must pay.",
           story="I lost my job in February 2025 and could not keep up the card payments.",
           narrative="我于2025年2月失业，现在愿意按月还款，请求停息分期。",
           name="Zhang Xiaoming")


def words(device: Device) -> Words:
    return EN if device.english else ZH


def night_calls(device: Device) -> dict:
    """Five answered calls from 22:30 to 23:40 on 2026-11-20: night hours, and over 3 in a day."""
    return {"on_date": "2026-11-20", "at_time": "22:30", "until": "23:40", "count": "5",
            "channel": "call_answered", "collector_kind": "agency", "collector_name": device.agency}


def employer_call(device: Device) -> dict:
    """The collector told the employer about the debt and pressed them; the user kept a recording."""
    return {"on_date": "2026-11-21", "at_time": "10:15", "channel": "third_party", "contacted": "employer",
            "collector_kind": "agency", "collector_name": device.agency,
            "facts": ["told_third_party_about_debt", "third_party_pressed"],
            "details": words(device).employer_call,
            "evidence-0-kind": "recording", "evidence-0-dated_on": "2026-11-21"}


def budget(device: Device) -> dict:
    return {"income_wages": "6000", "income_family_help": "1000", "household_size": "3", "dependants": "1",
            "spending_housing": "1500", "spending_food": "1200", "spending_utilities": "300",
            "spending_transport": "200", "spending_medical": "300", "spending_education": "500",
            "reason_job_loss": True, "since_job_loss": "2025-02", "story": words(device).story,
            "documents": ["unemployment"]}


def three_debts(page, device: Device) -> str:
    """Start a case and list the three accounts of test_first_steps (its pages are checked there)."""
    code = steps.start_case(page)
    for debt in (cmb(device), ICBC, WEILIDAI):
        steps.add_debt(page, **debt)
    return code


def check(page, device: Device) -> None:
    assert_page_ok(page, phone=device.phone, english=device.english)


def conduct_and_findings(page, device: Device, live_server, shots) -> None:
    page.goto(live_server.url_for("summary.index"))
    steps.next_step(page)
    assert steps.path_of(page) == "/conduct/"
    check(page, device)
    steps.follow(page, "/conduct/batch")
    check(page, device)
    steps.fill_form(page.locator("form.incident-form"), **night_calls(device))
    steps.submit(page, "form.incident-form")
    steps.follow(page, "/conduct/new")
    check(page, device)
    steps.fill_form(page.locator("form.incident-form"), **employer_call(device))
    steps.submit(page, "form.incident-form", "button[name=then][value=list]")
    assert steps.path_of(page) == "/conduct/"
    expect(page.locator("#incident-list > li")).to_have_count(2)
    check(page, device)

    steps.follow(page, "/conduct/findings")
    assert list(steps.findings_by_collector(page).values()) == [RULES_FOUND]
    targets = steps.explained_once(page, "section.collector article.finding", ".finding__more a",
                                   ".finding__actions li")
    assert sorted(targets) == sorted(f"rule-{rule}" for rule in RULES_FOUND)
    check(page, device)
    steps.mark_complaint_sent(page, "2026-11-25")
    assert steps.path_of(page) == "/conduct/findings"
    check(page, device)
    picture(shots, page, device, "findings")


def budget_and_plan(page, device: Device, shots) -> None:
    steps.next_step(page)
    assert steps.path_of(page) == "/court/"          # no court papers: straight on to the budget
    check(page, device)
    steps.next_step(page)
    assert steps.path_of(page) == "/budget/"
    check(page, device)
    steps.save_budget(page, **budget(device))
    check(page, device)
    suggested = steps.plan_figures(page)
    currency = "CN¥" if device.english else "¥"
    assert suggested["totals"] == {"offer": f"{currency}2,600.00", "total": f"{currency}82,345.67"}
    assert [c["monthly"] for c in suggested["creditors"]] == [f"{currency}1,831.31", f"{currency}389.80",
                                                              f"{currency}378.89"]

    steps.adjust_plan(page, offer="2000", down="3000")
    adjusted = steps.plan_figures(page)
    assert adjusted["totals"] == {"offer": f"{currency}2,000.00", "down": f"{currency}3,000.00",
                                  "total": f"{currency}82,345.67"}
    assert [(c["down"], c["monthly"]) for c in adjusted["creditors"]] == [
        (f"{currency}2,113.05", f"{currency}1,408.70"),
        (f"{currency}449.77", f"{currency}299.85"),
        (f"{currency}437.18", f"{currency}291.45"),
    ]
    for creditor in adjusted["creditors"]:
        assert "41" in creditor["months"], creditor
    if not device.english:
        first = adjusted["creditors"][0]
        assert (first["months"], first["first"], first["last"]) == ("41 期", "2026年12月1日", "2030年4月1日")
    expect(page.locator("#plan-fits")).to_be_visible()
    check(page, device)
    picture(shots, page, device, "plan")

    schedule = page.locator("#plan-result .schedule-link a").first.get_attribute("href")
    steps.follow(page, schedule)
    check(page, device)
    rows = steps.schedule_rows(page)
    assert len(rows) == 41 and [row[0] for row in rows] == [str(n) for n in range(1, 42)]
    assert rows[0][2] == f"{currency}2,113.05" and rows[1][2] == f"{currency}1,408.70"
    page.go_back()
    assert steps.path_of(page) == "/plan/"


def review_and_documents(page, device: Device, shots) -> None:
    steps.next_step(page)
    assert steps.path_of(page) == "/letters/"
    check(page, device)
    steps.save_applicant(page, name=words(device).name, phone="13800138000")
    edit_path = steps.edit_narrative(page, words(device).narrative)
    expect(page.locator(".letter-preview")).to_contain_text(words(device).narrative)
    check(page, device)
    picture(shots, page, device, "letter")
    page.goto(edit_path)
    expect(page.locator("main form textarea").first).to_have_value(words(device).narrative)
    check(page, device)

    page.goto("/letters/")
    documents = page.locator(".document-card").count()
    assert documents >= 5        # three requests, the complaint, the summary sheet (and the phone script)
    picture(shots, page, device, "review")
    pack = steps.download(page, "/letters/all.pdf")
    if device.scripts:
        shots.keep(f"{device.fixture}-pack.pdf", pack)
    pages, text = steps.pdf_text(pack)
    assert pages >= documents
    for expected in (words(device).narrative, words(device).name, "13800138000", "¥58,000.00", "¥12,345.67",
                     "¥12,000.00", "¥1,408.70", "¥2,113.05", device.agency,
                     "2026年11月20日", "2026年11月21日", "商业银行信用卡业务监督管理办法"):
        assert "".join(expected.split()) in text, expected


def next_steps_and_calendar(page, device: Device) -> None:
    steps.next_step(page)
    assert steps.path_of(page) == "/next/"
    # the complaint sent on 2026-11-25: an estimated receipt 3 days later, then 15 days to answer;
    # the requests' reply-by date 15 days from today's letters. Nothing is agreed: no payment dates.
    for day in ("2026-12-13", "2026-12-14"):
        expect(page.locator(f"time[datetime='{day}']").first).to_be_visible()
    expect(page.locator("time[datetime='2026-12-01']")).to_have_count(0)
    check(page, device)
    calendar = steps.download(page, "/next/calendar.ics").decode("utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR")
    for stamp in ("20261213", "20261214"):
        assert f"DTSTART;VALUE=DATE:{stamp}" in calendar, stamp
    assert "UID:payment-" not in calendar and "DTSTART;VALUE=DATE:20300401" not in calendar


def resumed_and_deleted(open_context, device: Device, code: str) -> None:
    page = open_context(device.fixture).new_page()
    steps.resume_case(page, code)
    assert steps.path_of(page) == "/summary/"
    page.goto("/letters/")
    expect(page.locator(".review__item")).to_have_count(5)              # three debts, two incidents
    expect(page.locator("#review-applicant").locator("..")).to_contain_text(words(device).name)
    page.goto("/plan/")
    expect(page.locator("#offer")).to_have_value("2000.00")
    expect(page.locator("#down")).to_have_value("3000.00")
    steps.delete_case(page)
    page.context.close()

    page = open_context(device.fixture).new_page()
    steps.resume_case(page, code)
    assert steps.path_of(page) == "/resume"
    expect(page.locator("#code-error")).to_be_visible()


@pytest.mark.needs_endpoints(*FULL_PATH)
@pytest.mark.parametrize("device", [PHONE, DESKTOP, NO_JS], ids=lambda d: d.fixture)
def test_whole_path(device, open_context, live_server, shots):
    page = open_context(device.fixture).new_page()
    code = three_debts(page, device)
    conduct_and_findings(page, device, live_server, shots)
    budget_and_plan(page, device, shots)
    review_and_documents(page, device, shots)
    next_steps_and_calendar(page, device)
    assert page.context.blocked == []      # no page of the path asked for anything off this server
    page.context.close()                   # the browser is closed; the code is all the user keeps
    resumed_and_deleted(open_context, device, code)


@pytest.mark.needs_endpoints("budget.index", "plan.index", "letters.index")
def test_going_back_and_changing_a_debt_updates_every_later_result(phone, live_server):
    three_debts(phone, PHONE)
    phone.goto(live_server.url_for("budget.index"))
    steps.save_budget(phone, **budget(PHONE))
    steps.adjust_plan(phone, offer="2000")

    steps.step_link(phone, live_server, "debts.index")
    icbc_edit = phone.locator("#debt-list a[href$='/edit']").nth(1)
    steps.follow(phone, icbc_edit.get_attribute("href"))
    expect(phone.locator("#owed")).to_have_value("12345.67")
    steps.fill_form(phone.locator("form.debt-form"), owed="10000")
    steps.save_debt(phone)

    steps.step_link(phone, live_server, "summary.index")
    assert steps.summary_totals(phone)[1] == "¥80,000.00"
    steps.step_link(phone, live_server, "budget.index")
    for name, value in (("income_wages", "6000.00"), ("spending_housing", "1500.00"), ("since_job_loss", "2025-02"),
                        ("story", ZH.story)):
        expect(phone.locator(f"[name='{name}']")).to_have_value(value)
    expect(phone.locator("[name=reason_job_loss]")).to_be_checked()
    steps.step_link(phone, live_server, "plan.index")
    expect(phone.locator("#offer")).to_have_value("2000.00")
    figures = steps.plan_figures(phone)
    assert figures["totals"] == {"offer": "¥2,000.00", "total": "¥80,000.00"}
    assert [c["amount"] for c in figures["creditors"]] == ["¥58,000.00", "¥10,000.00", "¥12,000.00"]
    steps.step_link(phone, live_server, "letters.index")
    expect(phone.locator("#review-debts").locator("..")).to_contain_text("¥10,000.00")


@pytest.mark.needs_endpoints("budget.index", "plan.index")
def test_the_plan_preview_follows_what_is_typed_and_saves_nothing(phone, live_server):
    """Typing an offer recomputes the plan in place (the form POSTed, no amount in any URL); the
    previewed schedule opens through its own POST form; nothing is saved until the button."""
    three_debts(phone, PHONE)
    phone.goto(live_server.url_for("budget.index"))
    steps.save_budget(phone, **budget(PHONE))
    suggested = steps.plan_figures(phone)
    sent = []
    phone.on("request", lambda request: sent.append((request.method, request.url)))

    steps.fill_form(phone.locator("#plan-form"), offer="2000", down="3000")
    expect(phone.locator("#plan-result [data-result=offer]")).to_have_text("¥2,000.00")
    expect(phone.locator("#plan-result [data-result=down]")).to_have_text("¥3,000.00")
    assert [c["monthly"] for c in steps.plan_figures(phone)["creditors"]] == ["¥1,408.70", "¥299.85", "¥291.45"]
    previews = [(method, url) for method, url in sent if "/plan/preview" in url]
    assert previews and all(method == "POST" and "?" not in url for method, url in previews)
    check(phone, PHONE)

    steps.submit(phone, "#plan-result form.schedule-link")
    assert steps.path_of(phone).startswith("/plan/schedule/")
    expect(phone.locator("main .notice--info")).to_contain_text("还没有保存")
    rows = steps.schedule_rows(phone)
    assert len(rows) == 41 and rows[0][2] == "¥2,113.05" and rows[1][2] == "¥1,408.70"
    check(phone, PHONE)
    assert all("2000" not in url and "3000" not in url for _method, url in sent)

    phone.goto(live_server.url_for("plan.index"))
    assert steps.plan_figures(phone) == suggested          # typed, previewed, never saved
    steps.fill_form(phone.locator("#plan-form"), offer="3万5")
    expect(phone.locator("#plan-result .notice--warning")).to_contain_text("3.5万")
