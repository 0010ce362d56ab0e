"""The page chrome (app.layout): rendered once per locale and switch, with the page's path, the case's
label and the form token filled in per request, escaped exactly as the templates escaped them."""

from __future__ import annotations

import re

import pytest
from flask import url_for
from markupsafe import escape

from app import layout

TRICKY = ("/summary/?", "/plan/schedule/d1?x=1&y=2", "/?q=<script>\"'&amp;", "/?a=中 文+%20#frag",
          "/?s=!$'()*,/:;?@[]~", "/?m=@@next@@&l=@@label@@")


@pytest.mark.parametrize("path", TRICKY)
def test_the_path_slot_is_quoted_and_escaped_as_url_for_in_a_template(app, path):
    with app.test_request_context("/"):
        expected = str(escape(url_for("start.set_language", code="en", next=path)))
        assert expected.endswith("next=" + layout.query_value(path))


def links_back(html: str) -> list[str]:
    return re.findall(r'href="(/(?:lang/[^"?]+|discreet)\?[^"]*)"', html)


def test_language_and_discreet_links_come_back_to_the_page_asked_for(client):
    for query in ({"q": "<b>\"'&"}, {"n": "中文 1+1"}):
        page = client.get("/call/", query_string=query)
        with client.application.test_request_context("/call/", query_string=query):
            from flask import request
            expected = {str(escape(url_for("start.set_language", code=code, next=request.full_path)))
                        for code in ("zh_Hant_TW", "en")}
            expected.add(str(escape(url_for("start.discreet", on=1, next=request.full_path))))
        assert set(links_back(page.text)) == expected


def test_the_case_label_is_escaped_in_the_bar_and_fills_no_other_slot(client):
    label = "<b>\"&' @@csrf@@ @@next@@"
    assert client.post("/new", data={"label": label}).status_code == 302
    html = client.get("/debts/").text
    bar = re.search(r'<div class="case-bar" id="case-bar">.*?</form>\s*</div>\s*</div>', html, re.S)[0]
    assert '<strong class="case-bar__label" lang="">&lt;b&gt;&#34;&amp;&#39; @@csrf@@ @@next@@</strong>' in bar
    tokens = re.findall(r'name="csrf_token" value="([^"]*)"', bar)
    assert len(tokens) == 2 and tokens[0] == tokens[1] and "@@" not in tokens[0] and tokens[0]
    assert "<b>" not in html


def test_discreet_mode_changes_the_chrome_of_the_same_page(client):
    client.post("/new", data={"label": "张三"})
    plain = client.get("/debts/").text
    client.set_cookie("discreet", "1")
    discreet = client.get("/debts/").text
    assert "接到催收电话？" in plain and "来电应对" in discreet
    assert "/discreet?on=1&amp;next=" in plain and "/discreet?on=0&amp;next=" in discreet
    assert "张三" in plain and "张三" not in discreet
    assert "case-bar__label--neutral" in discreet


def test_the_footer_offers_the_case_menu_only_while_a_case_is_open(client):
    assert "/case\"" not in client.get("/call/").text and "case-code" not in client.get("/call/").text
    client.post("/new", data={})
    page = client.get("/call/").text
    assert 'href="/case"' in page and 'class="case-code"' in page and 'id="case-bar"' in page
