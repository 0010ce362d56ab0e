"""What a person does on each page, as small functions the browser tests chain into a path.

Helpers find things by form field names, ids and URLs, never by visible wording, so the same
helper drives the Chinese and the English UI, with or without JavaScript. `fill_form` takes field
names as keyword arguments: a list value fills `name-0`, `name-1`, ... (WTForms FieldList) or,
for checkboxes, ticks each listed value; True/False ticks or clears a single checkbox.
"""

from __future__ import annotations

import re

RESUME_CODE = re.compile(r"^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){4}$")


def path_of(page) -> str:
    """The current path (no host, query or fragment)."""
    return re.split(r"[?#]", re.sub(r"^https?://[^/]+", "", page.url))[0]


def start_case(page) -> str:
    """Start page -> new case; returns the resume code shown on the debts page."""
    page.goto("/")
    page.locator("form[action='/new'] button[type=submit]").click()
    page.wait_for_url("**/debts/")
    code = page.locator(".code-callout .resume-code").inner_text().strip()
    assert RESUME_CODE.match(code), code
    return code


def resume_case(page, code: str) -> None:
    """Start page -> type the code -> the case opens (on its summary)."""
    page.goto("/")
    page.locator("form[action='/resume'] [name=code]").fill(code)
    submit(page, "form[action='/resume']")


def fill_form(scope, **fields) -> None:
    """Fill the named controls inside `scope` (a page or a locator), whatever their type."""
    for name, value in fields.items():
        if isinstance(value, list | tuple):
            _fill_many(scope, name, value)
        else:
            _fill_one(scope, name, value)


def reveal(control) -> None:
    """Open each folded <details> around `control` by tapping its summary, outermost first, as a
    person does before filling a field a long form keeps folded (works without JavaScript)."""
    for details in control.locator("xpath=ancestor::details[not(@open)]").all():
        details.locator("xpath=./summary").click()


def _fill_many(scope, name: str, values) -> None:
    boxes = scope.locator(f"input[type=checkbox][name='{name}']")
    if boxes.count():
        for box in boxes.all():
            wanted = box.get_attribute("value") in values
            if box.is_checked() != wanted:
                reveal(box)
                box.set_checked(wanted)
        return
    for index, value in enumerate(values):
        _fill_one(scope, f"{name}-{index}", value)


def _fill_one(scope, name: str, value) -> None:
    control = scope.locator(f"[name='{name}']")
    reveal(control.first)
    kind = (control.first.get_attribute("type") or "").lower()
    if scope.locator(f"select[name='{name}']").count():
        control.select_option(str(value))
    elif kind == "radio":
        scope.locator(f"input[type=radio][name='{name}'][value='{value}']").check()
    elif kind == "checkbox":
        control.set_checked(bool(value))
    else:
        control.fill(str(value))


def open_add_debt(page) -> None:
    """Debts list -> "add a debt": in place with JavaScript, as a new page without."""
    page.locator("#add-debt").click()
    page.locator("form.debt-form").wait_for()


def submit(page, form: str = "form", button: str = "button[type=submit]") -> None:
    """Press the form's (first matching) submit button and wait for the answer to load."""
    with page.expect_navigation():
        page.locator(form).locator(button).first.click()


def save_debt(page) -> None:
    submit(page, "form.debt-form", "button[name=then][value=list]")


def add_debt(page, **fields) -> None:
    """From the debts list: add one account and come back to the list."""
    open_add_debt(page)
    fill_form(page.locator("form.debt-form"), **fields)
    save_debt(page)
    assert path_of(page) == "/debts/", page.url


def debt_rows(page) -> list[str]:
    return [text.strip() for text in page.locator("#debt-list .debt-row__main").all_inner_texts()]


def go_to(page, live_server, endpoint: str) -> None:
    page.goto(live_server.url_for(endpoint))


def next_step(page) -> None:
    """Follow the page's "next step" button (the primary button in the bottom actions)."""
    with page.expect_navigation():
        page.locator("main .actions a.button--primary").last.click()


def quick_exit(page) -> None:
    page.locator("#quick-exit").click()


def delete_case(page) -> None:
    """Footer -> case menu -> tick the confirmation -> delete; ends on the start page."""
    page.goto("/case")
    form = page.locator("form[action='/case/delete']")
    form.locator("[name=confirm]").check()
    submit(page, "form[action='/case/delete']")
    assert path_of(page) == "/", page.url


def error_summary_links(page) -> list[str]:
    """The field ids the error summary links to, in order."""
    return [link.get_attribute("href") for link in page.locator("#error-summary a").all()]


def field_error(page, field_id: str) -> str:
    """The message shown at a field; also checks it is tied to the field for screen readers."""
    control = page.locator(f"#{field_id}")
    assert control.get_attribute("aria-invalid") == "true", field_id
    assert f"{field_id}-error" in (control.get_attribute("aria-describedby") or "").split(), field_id
    return page.locator(f"#{field_id}-error").inner_text().strip()


def summary_totals(page) -> list[str]:
    """The totals as shown: number of debts, total owed, known principal (with its note)."""
    return [" ".join(text.split()) for text in page.locator("dl.totals dd").all_inner_texts()]


def summary_accounts(page) -> list[tuple[str, list[str]]]:
    """(heading, flag codes) for each account, in the order shown (most urgent first)."""
    accounts = []
    for section in page.locator("section.account").all():
        links = [flag.locator("a").first.get_attribute("href") for flag in section.locator(".flag").all()]
        codes = [href.removeprefix("#flag-") for href in links]
        accounts.append((" ".join(section.locator("h2").inner_text().split()), codes))
    return accounts


def explained_once(page, items: str, link: str, content: str) -> dict[str, int]:
    """Every item's link (`link` inside each of `items`) leads to one element of the page that holds
    `content`: the explanation each kind of flag or rule gets once. {target id: items linking to it}."""
    targets: dict[str, int] = {}
    for item in page.locator(items).all():
        href = item.locator(link).get_attribute("href")
        assert href.startswith("#"), href
        target = page.locator(href)
        assert target.count() == 1, href
        assert target.locator(content).count() >= 1, href
        targets[href[1:]] = targets.get(href[1:], 0) + 1
    return targets


def follow(page, href: str) -> None:
    """Follow a link the page itself offers (by its href) and wait for the next page: a shown one,
    else one in a folded part, opened first."""
    shown = page.locator(f"a[href='{href}']:visible")
    link = shown.first if shown.count() else page.locator(f"a[href='{href}']").first
    reveal(link)                                     # only in a folded part of the page
    with page.expect_navigation():
        link.click()


def step_link(page, live_server, endpoint: str) -> None:
    """Jump to a step through the step indicator, as a user going back or forward would."""
    href = live_server.url_for(endpoint)
    link = page.locator(f"nav.steps a[href='{href}']")
    if not link.is_visible():                        # a phone: the steps are in the menu
        page.locator("nav.steps summary").click()
    with page.expect_navigation():
        link.click()


def add_incident(page, batch: bool = False, **fields) -> None:
    """From the incident log: record one contact (or a batch of the same kind) and come back."""
    follow(page, "/conduct/batch" if batch else "/conduct/new")
    fill_form(page.locator("form.incident-form"), **fields)
    submit(page, "form.incident-form", "button[type=submit]")
    assert path_of(page) == "/conduct/", page.url


def findings_by_collector(page) -> dict[str, list[str]]:
    """{collector section id: rule ids in the order shown} from the findings page."""
    return {section.get_attribute("id"): [a.get_attribute("data-rule") for a in
                                          section.locator("article.finding").all()]
            for section in page.locator("section.collector").all()}


def mark_complaint_sent(page, on: str, channel: str = "registered_mail", tracking: str = "") -> None:
    """On the findings page: record the first complaint letter as sent (date, channel, tracking number)."""
    form = page.locator("form.track-form--sent").first
    form.locator("input[name$='-sent-on']").fill(on)
    form.locator(f"input[type=radio][name$='-sent-channel'][value='{channel}']").check()
    form.locator("input[name$='-sent-tracking']").fill(tracking)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()


def record_complaint_step(page, step: str, on: str, **fields) -> None:
    """On the findings page: record the next step ("received", "answered", "escalated", "closed") of
    the first complaint letter offering it; `fields` by the end of their name (satisfied="no")."""
    form = page.locator(f"form.track-form--{step}").first
    form.locator(f"input[name$='-{step}-on']").fill(on)
    for name, value in fields.items():
        radios = form.locator(f"input[type=radio][name$='-{step}-{name}'][value='{value}']")
        if radios.count():
            radios.check()
        else:
            form.locator(f"[name$='-{step}-{name}']").fill(value)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()


def save_budget(page, **fields) -> None:
    """Fill the budget form and "save and see the plan": ends on the plan page."""
    fill_form(page.locator("form.budget-form"), **fields)
    submit(page, "form.budget-form", "button[name=then][value=next]")
    assert path_of(page) == "/plan/", page.url


def adjust_plan(page, **fields) -> None:
    fill_form(page.locator("#plan-form"), **fields)
    submit(page, "#plan-form")
    assert path_of(page) == "/plan/", page.url


def plan_figures(page) -> dict:
    """The plan's totals (data-result) and each creditor's cells (data-cell), as shown."""
    totals = {dd.get_attribute("data-result"): dd.inner_text().strip()
              for dd in page.locator("#plan-result [data-result]").all()}
    creditors = [{dd.get_attribute("data-cell"): dd.inner_text().strip() for dd in section.locator("[data-cell]").all()}
                 for section in page.locator("#plan-result section.creditor-plan").all()]
    return {"totals": totals, "creditors": creditors}


def schedule_rows(page) -> list[list[str]]:
    """The full schedule page's table: (number, date, amount) per installment, as shown."""
    return [[" ".join(cell.split()) for cell in row.locator("th, td").all_inner_texts()]
            for row in page.locator("table.schedule-table tbody tr").all()]


def save_applicant(page, **fields) -> None:
    follow(page, "/letters/applicant")
    fill_form(page.locator("main form"), **fields)
    submit(page, "main form", "button[type=submit]")
    assert path_of(page) == "/letters/", page.url


def edit_narrative(page, text: str, document_prefix: str = "/letters/request-") -> str:
    """From the review screen: rewrite the first paragraph of the first matching document.
    Ends on that document's preview; returns the edit page's path."""
    link = page.locator(f"a[href^='{document_prefix}'][href$='/edit']").first
    href = link.get_attribute("href")
    follow(page, href)
    page.locator("main form textarea").first.fill(text)
    submit(page, "main form", "button[name=action][value=save]")
    assert path_of(page) == href.replace("/edit", "/preview"), page.url
    return href


def download(page, href: str) -> bytes:
    """Click the page's link to `href` and return the downloaded file's bytes."""
    with page.expect_download() as info:
        page.locator(f"a[href='{href}']").first.click()
    with open(info.value.path(), "rb") as handle:
        return handle.read()


def pdf_text(data: bytes) -> tuple[int, str]:
    """(page count, all text with every whitespace removed: Chinese lines wrap anywhere)."""
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(data))
    return len(reader.pages), re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))
