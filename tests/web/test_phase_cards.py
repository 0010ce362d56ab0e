"""The summary's "what comes next" cards (templates/summary/_phase_cards.html). Today is 2026-11-29."""

from __future__ import annotations

import html
import re

CARD = {"kind": "card", "issuer": "cmb", "tail": "1234", "owed": "12345", "first_missed_on": "2025-03-01",
        "collector": "bank", "collector_name": ""}


def cards(client, *debts: dict, part: str = r'<section class="phase-cards".*?</section>') -> str:
    for debt in debts:
        assert client.post("/debts/new", data=debt).status_code == 302
    page = client.get("/summary/")
    assert page.status_code == 200
    found = re.search(part, page.text, re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found[0])).split()) if found else ""


def test_one_card_per_phase_with_practice_labelled_and_the_one_thing_to_do(case_client):
    words = cards(case_client, CARD, CARD | {"issuer": "icbc", "tail": "9876", "first_missed_on": "2026-11-10"})
    assert words.startswith(
        "接下来会怎样 初期（逾期 1–30 天） 中国工商银行 ****9876 "
        "现在要做的一件事： 打银行卡背面的官方客服电话，说明您的情况，问清欠款金额；能还多少先还多少。 "
        "通常接下来（常见做法，不是法律规定）： 短信和 App 提醒还款 "
        "后期（逾期 90 天以上） 招商银行 ****1234 "
        "现在要做的一件事： 保持电话畅通，认真看每一条法院短信和每一份文书：先通过法院官方渠道核实真假，真的要在期限内回应。 "
        "通常接下来（常见做法，不是法律规定）： 律师函、上门拜访、银行可能起诉或申请仲裁")
    assert "中期" not in words


def test_the_credit_record_line_names_the_free_reports_and_links_to_the_dispute_with_its_articles(case_client):
    words = cards(case_client, CARD | {"first_missed_on": "2026-09-15"})
    assert "中期（逾期 31–90 天） 招商银行 ****1234" in words
    assert "信用记录 ：每年可以免费查两次自己的信用报告；发现错误可以提出异议，要求更正。 怎样提出异议" in words
    page = case_client.get("/summary/").text
    assert '<a href="#flag-credit_record">' in page and page.count('id="flag-credit_record"') == 1
    guide = cards(case_client, part=r'<div class="flag-guide__body" id="flag-credit_record">.*?</div></details>')
    assert "对方应在收到异议之日起 20 日内核查处理，并书面答复" in guide
    for article in ("第十五条", "第十六条", "第十七条", "第二十五条", "第二十六条"):
        assert f"《征信业管理条例》{article}" in guide


def test_many_accounts_in_one_phase_are_counted_not_listed(case_client):
    debts = [CARD | {"tail": f"{1000 + n}"} for n in range(5)]
    words = cards(case_client, *debts)
    assert "后期（逾期 90 天以上） 招商银行 ****1000、招商银行 ****1001 等 5 个账户" in words


def test_a_court_case_makes_its_deadlines_the_thing_to_do(case_client):
    words = cards(case_client, CARD | {"collector": "court_filed", "collector_name": "某区人民法院"})
    assert "现在要做的一件事： 已经进入诉讼：注意文书上写的期限，尽快拨打 12348 或找当地法律援助中心咨询。" in words


def test_no_card_while_nothing_is_overdue(case_client):
    assert cards(case_client, CARD | {"first_missed_on": "2026-11-29"}) == ""
