"""On a 390×844 phone in Simplified Chinese: a collector calls, the user opens the companion in one
tap from a step page, logs the call in two taps after it (a toggle and save: the time is prefilled),
sees the finding, and reads what their phase brings next on the summary. The companion prints on
one A4 page. Today is pinned to 2026-11-29.
"""

from __future__ import annotations

import pytest

from tests.browser import steps
from tests.browser.a11y import assert_page_ok
from tests.browser.conftest import _only_loopback

PHONE = {"viewport": {"width": 390, "height": 844}, "locale": "zh-CN", "is_mobile": True, "has_touch": True}


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.base_url, **PHONE)
    context.set_default_timeout(10_000)
    context.add_cookies([{"name": "lang", "value": "zh_Hans_CN", "url": live_server.base_url}])
    _only_loopback(context)
    yield context.new_page()
    context.close()


def tap(page, selector: str) -> None:
    with page.expect_navigation():
        page.locator(selector).first.tap()


def test_answer_log_and_read_what_comes_next_on_a_phone(page):
    steps.start_case(page)
    steps.add_debt(page, issuer="cmb", tail="1234", owed="12345", first_missed_on="2025-03-01")

    tap(page, "header .call-link")                                   # one tap, from the debts step
    assert steps.path_of(page) == "/call/"
    assert page.locator("h1").inner_text() == "接到催收电话时"
    assert_page_ok(page, phone=True)

    tap(page, "main .call__log a.button")                            # "刚挂电话？记下来"
    assert steps.path_of(page) == "/conduct/quick"
    save = page.locator("button[name=then][value=save]")
    title, box = page.locator("#quick-log").bounding_box(), save.bounding_box()
    assert 0 <= title["y"] and box["y"] + box["height"] <= 844, (title, box)    # the form on one screen
    assert page.locator("[name=at_time]").input_value()              # prefilled with now
    assert_page_ok(page, phone=True)

    page.locator("label[for=toggles-insulting_words]").tap()          # tap 1
    with page.expect_navigation():
        save.tap()                                                   # tap 2
    assert steps.path_of(page) == "/conduct/findings"
    assert page.locator("article.finding[data-rule=c_insult]").count() == 1

    page.goto("/summary/")
    late = page.locator("#phase-late")
    assert "后期（逾期 90 天以上）" in late.inner_text()
    assert "常见做法，不是法律规定" in late.inner_text()
    assert page.locator("#phase-credit").count() == 1


def test_the_companion_prints_on_one_a4_page(page):
    page.goto("/call/")
    count, text = steps.pdf_text(page.pdf(format="A4"))
    assert count == 1
    # Chromium's PDF text maps some glyphs to radicals (⼈ for 人), so check phrases without them.
    assert text.startswith("接到催收电话时先深呼吸。") and "拨打110" in text
    assert "“不还钱就让你坐牢”" in text and "法院认定的夫妻共同债务除外）。" in text
    assert "快速离开" not in text and "刚挂电话？记下来" not in text
