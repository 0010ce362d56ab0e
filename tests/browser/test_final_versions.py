"""A rewritten paragraph goes stale, the user chooses, marks the letter final and prints it, in a
browser without JavaScript; the preview printed by Chromium is the A4 letter without the app around it.

Today is 2026-11-29. One card (招商银行, tail 1234); the budget's story rewritten after the edit.
"""

from __future__ import annotations

import re
import unicodedata
from io import BytesIO

import pytest
from pypdf import PdfReader

from tests.browser import steps
from tests.browser.a11y import assert_page_ok
from tests.browser.test_first_steps import NO_JS, cmb

NEEDED = ("budget.index", "letters.index", "letters.edit", "letters.finalize", "letters.keep_edit", "letters.use_draft",
          "letters.preview", "letters.pdf")
MINE = "我于2025年2月被公司裁员，至今只有打零工的收入。我愿意还款，恳请贵行停止计息，同意分期。"
BUDGET = {"income_wages": "6000", "household_size": "2", "dependants": "1", "spending_housing": "1500",
          "spending_food": "1200", "reason_job_loss": True, "since_job_loss": "2025-02",
          "story": "2025年2月公司裁员，我失业了。", "documents": ["unemployment"]}
NEW_STORY = "公司倒闭以后，我一直没有找到工作。"
A4_POINTS = (595, 842)


def left_edge(pdf_page) -> float:
    """The smallest x (points) at which the page draws text."""
    xs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            xs.append(tm[4] * cm[0] + cm[4])
    pdf_page.extract_text(visitor_text=visit)
    return min(xs)


@pytest.mark.needs_endpoints(*NEEDED)
def test_stale_edit_then_final_then_print(nojs, live_server):
    page = nojs
    steps.start_case(page)
    steps.add_debt(page, **cmb(NO_JS))
    steps.go_to(page, live_server, "budget.index")
    steps.save_budget(page, **BUDGET)
    steps.go_to(page, live_server, "letters.index")
    steps.save_applicant(page, name="张晓明", phone="13800001234")

    steps.edit_narrative(page, MINE)                     # ends on the preview, nothing stale yet
    assert page.locator(".stale-edit").count() == 0

    steps.go_to(page, live_server, "budget.index")
    steps.save_budget(page, **(BUDGET | {"income_wages": "8000", "story": NEW_STORY}))
    steps.go_to(page, live_server, "letters.index")
    notice = page.locator("#review-stale ~ .stale-edit, section .stale-edit").first
    assert "可能已经过时" in notice.inner_text()
    texts = notice.locator(".side-by-side__text").all_inner_texts()
    assert texts[0].strip() == MINE and NEW_STORY in texts[1]
    assert_page_ok(page, phone=True)
    key = page.locator("li.document-card[id^='doc-request-']").get_attribute("id").removeprefix("doc-")
    steps.follow(page, f"/letters/{key}/preview")               # the preview says so too
    assert page.locator(".stale-edit").count() == 1
    assert_page_ok(page, phone=True)
    steps.go_to(page, live_server, "letters.index")

    steps.submit(page, ".stale-edit form[action$='/keep']")        # keep mine
    assert page.locator(".stale-edit").count() == 0
    card = page.locator("li.document-card[id^='doc-request-']")
    assert "草稿" in card.locator(".doc-state").inner_text()

    steps.submit(page, "li.document-card[id^='doc-request-'] form[action$='/final']")
    card = page.locator("li.document-card[id^='doc-request-']")
    assert "第 1 版，2026年11月29日 定稿" in card.locator(".doc-state").inner_text()
    assert "怎样寄出" in card.inner_text()
    assert_page_ok(page, phone=True)

    letter = steps.download(page, f"/letters/{key}.pdf")
    _pages, text = steps.pdf_text(letter)
    assert "张晓明" in text and "".join(MINE.split()) in text and "2026年11月29日" in text

    steps.follow(page, f"/letters/{key}/preview")
    printed = PdfReader(BytesIO(page.pdf(prefer_css_page_size=True)))
    width, height = (round(float(v)) for v in printed.pages[0].mediabox.upper_right)
    assert (width, height) == A4_POINTS
    # NFKC: the CJK font maps some glyphs to Kangxi radicals (⼈ for 人) in the extracted text
    shown = unicodedata.normalize("NFKC", "".join("".join(p.extract_text() for p in printed.pages).split()))
    assert "个性化分期还款" in shown and "张晓明" in shown
    for chrome in ("快速离开", "返回文书列表", "下载定稿PDF", "怎样寄出", "本工具提供法律信息"):
        assert chrome not in shown, chrome
    assert re.match(r"第1.共\d+.", shown), shown[:20]       # letters.css's page numbers (页 may be ⻚)
    families = {str(font.get_object()["/FontDescriptor"]["/FontFamily"])
                for p in printed.pages for font in p["/Resources"]["/Font"].values()}
    assert families and all("Serif CJK SC" in family or "Serif SC" in family for family in families), families
    assert 69 <= left_edge(printed.pages[0]) <= 73             # the 2.5 cm margin (70.9 pt)
