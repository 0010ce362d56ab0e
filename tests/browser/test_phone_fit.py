"""On a phone the step indicator is one line and a menu (a <details>, so it works without JavaScript),
a wide screen shows the whole list; the resume code never breaks inside a group of four."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import steps

# For each dash-separated group of the code's text: the distinct line tops of its characters.
_GROUP_LINES_JS = """
(el) => {
  const text = el.firstChild;
  const lines = [];
  let start = 0;
  for (const group of text.textContent.split('-')) {
    const tops = new Set();
    for (let i = start; i < start + group.length; i++) {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      tops.add(Math.round(range.getBoundingClientRect().top));
    }
    lines.push([group, tops.size]);
    start += group.length + 1;
  }
  return lines;
}
"""


@pytest.mark.parametrize("profile", ["phone", "nojs"])
def test_the_steps_are_one_line_and_a_menu_on_a_phone(open_context, live_server, profile):
    page = open_context(profile).new_page()
    steps.start_case(page)
    nav = page.locator("nav.steps")
    expect(nav.locator(".steps__where")).to_have_text("第 2 步，共 9 步：债务清单")
    expect(nav.locator(".steps__where")).to_be_visible()
    expect(nav.locator(".steps__list")).to_be_hidden()
    assert nav.bounding_box()["height"] <= 60
    nav.locator("summary").click()
    expect(nav.locator(".steps__list")).to_be_visible()
    expect(nav.locator("[aria-current=step]")).to_have_text("债务清单")
    with page.expect_navigation():
        nav.locator(f"a[href='{live_server.url_for('summary.index')}']").click()
    assert steps.path_of(page) == "/summary/"
    expect(page.locator("nav.steps .steps__list")).to_be_hidden()         # folded again on the next page


def test_a_wide_screen_shows_every_step_without_the_menu(desktop, live_server):
    steps.start_case(desktop)
    nav = desktop.locator("nav.steps")
    expect(nav.locator(".steps__list")).to_be_visible()
    expect(nav.locator("summary")).to_be_hidden()
    expect(nav.locator(".steps__item a")).to_have_count(8)
    steps.step_link(desktop, live_server, "summary.index")
    assert steps.path_of(desktop) == "/summary/"


@pytest.mark.parametrize("width", [320, 360, 390])
def test_the_resume_code_never_breaks_inside_a_group(browser, live_server, width):
    context = browser.new_context(base_url=live_server.base_url, viewport={"width": width, "height": 740},
                                  is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        code = steps.start_case(page)
        shown = page.locator(".code-callout .resume-code")
        lines = shown.evaluate(_GROUP_LINES_JS)
        assert [group for group, _ in lines] == code.split("-")
        assert all(count == 1 for _, count in lines), lines
        box = shown.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, box        # nothing runs off the screen
    finally:
        context.close()
