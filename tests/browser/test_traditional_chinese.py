"""Every page of the path in Traditional Chinese, on a phone, passes the same checks.

The phone (Simplified) and desktop (English) runs walk the path by typing; here a case is
loaded from a file through the import form, then every page is visited and checked: axe,
labels, tap targets and <html lang>.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from app.core.case import case_to_data
from tests.browser import steps
from tests.browser.a11y import assert_page_ok
from tests.rich_case import make_rich_case

PAGES = ("start.index", "debts.index", "debts.new", "summary.index", "conduct.index", "conduct.new",
         "conduct.batch", "conduct.findings", "budget.index", "plan.index", "letters.index",
         "letters.applicant", "next_steps.index", "start.case_menu")


def small_case():
    rich = make_rich_case()
    return replace(rich, debts=rich.debts[:3], incidents=rich.incidents[:6])


def test_every_page_in_traditional_chinese_passes_the_checks(open_context, live_server, tmp_path):
    page = open_context("hant").new_page()
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(case_to_data(small_case()), ensure_ascii=False), encoding="utf-8")
    page.goto("/")
    page.locator("form[action='/case/import'] input[type=file]").set_input_files(str(case_file))
    steps.submit(page, "form[action='/case/import']")
    assert steps.path_of(page) == "/summary/"
    for endpoint in PAGES:
        page.goto(live_server.url_for(endpoint))
        assert page.locator("html").get_attribute("lang") == "zh-Hant-TW", endpoint
        assert_page_ok(page, phone=True)
    page.goto(live_server.url_for("letters.index"))
    preview = page.locator("a[href$='/preview']").first.get_attribute("href")
    page.goto(preview)
    assert re.search(r"[\u4e00-\u9fff]", page.locator("main").inner_text())
    assert_page_ok(page, phone=True)
