"""The collector-call companion (/call): with or without a case, one tap from every page, neutral
words in discreet mode, and each truthful answer with its verified source."""

from __future__ import annotations

import html
import re

from app.core import citations
from app.core.collector_lines import LINES

LINK = '<a class="call-link" href="/call/">'


def text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_the_companion_works_without_a_case_and_sends_logging_to_the_start(client):
    page = client.get("/call/")
    assert page.status_code == 200
    words = text(page.text)
    assert "“您叫什么名字？工号是多少？”" in words and "“我在录音。”" in words
    assert "“请以书面方式联系我。”" in words and "“不要联系我的单位和家人。”" in words
    assert "“我正在向银行申请个性化分期。”" in words
    assert "把钱打到个人账户或扫个人收款码：只还到银行官方渠道。" in words
    assert "4. 马上挂断，拨打 110 对方威胁要伤害您或您的家人。 有人在您家门口不肯走，或要闯进来。" in words
    assert '<a class="button button--primary" href="/">刚挂电话？记下来</a>' in page.text
    assert "记录要先开始一个案件" in words


def test_with_a_case_the_companion_links_to_the_quick_log(case_client):
    page = case_client.get("/call/")
    assert page.status_code == 200
    assert '<a class="button button--primary" href="/conduct/quick#quick-log">刚挂电话？记下来</a>' in page.text
    assert "记录要先开始一个案件" not in page.text


def test_each_collector_line_expands_to_its_one_line_truth_and_verified_sources(client):
    page = client.get("/call/").text
    blocks = dict(re.findall(r'<details class="call__why" id="line-(\w+)">(.*?)</details>', page, re.S))
    assert list(blocks) == [line.code for line in LINES]
    assert "<strong>“不还钱就让你坐牢”</strong> 还不上钱本身不是犯罪：恶意透支要有非法占有的目的，单纯没还款不能认定；" \
           in blocks["jail"]
    for line in LINES:
        for cid in line.citation_ids:
            row = citations.get(cid)
            assert f"《{row.instrument}》{row.article}：{row.substance_zh}" in html.unescape(blocks[line.code])


def test_the_limitation_warning_cites_article_19_of_the_limitation_rules(client):
    words = text(client.get("/call/").text)
    assert ("《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第十九条：时效过后，在催收通知上签字或者和银行达成新协议，"
            "就不能再以时效已过为由拒绝还款。") in words


def test_every_page_links_to_the_companion_in_its_header(case_client):
    for path in ("/", "/debts/", "/summary/", "/conduct/", "/call/", "/conduct/quick"):
        page = case_client.get(path).text
        header = page[page.index('<header class="site-header">'):page.index("</header>")]
        assert LINK + "接到催收电话？</a>" in header, path


def test_discreet_mode_keeps_the_link_with_neutral_words(client):
    client.set_cookie("discreet", "1")
    page = client.get("/").text
    assert LINK + "来电应对</a>" in page and "接到催收电话？" not in page
    assert "<title>备忘录</title>" in client.get("/call/").text


def test_the_companion_page_uses_no_script_of_its_own_and_its_print_stylesheet(client):
    page = client.get("/call/").text
    assert page.count("<script") == 1          # only the site-wide enhancement every page has
    assert '<link rel="stylesheet" href="/static/css/call.css">' in page
