"""SPEC step 6 through the test client: affordability, the pro-rata split, schedules, the 60-month
check, the preview that never saves, and every bad input answered at its field.

Expected figures are computed here independently of app.core.plan (plain integer arithmetic).
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from app.core import plan as core_plan
from app.core.case import Budget, PlanChoices
from app.plan import wording
from tests.conftest import LANGS, field_errors, set_language
from tests.factories import make_debt

BUDGET = {"income_wages": "8000", "spending_housing": "3000", "spending_food": "2000", "household_size": "2"}
THREE = (("cmb", "10000"), ("icbc", "6,000"), ("abc", "4000"))


def add_debt(client, issuer: str, owed: str, **extra):
    data = {"kind": "card", "issuer": issuer, "owed": owed, "first_missed_on": "2025-03-01",
            "collector": "bank"} | extra
    assert client.post("/debts/new", data=data).status_code == 302


@pytest.fixture
def planned(case_client):
    """A case with the budget above and three debts of ¥10,000 / ¥6,000 / ¥4,000."""
    assert case_client.post("/budget/", data=BUDGET).status_code == 302
    for issuer, owed in THREE:
        add_debt(case_client, issuer, owed)
    return case_client


def cells(html: str, name: str) -> list[str]:
    return re.findall(rf'data-cell="{name}">([^<]*)<', html)


def version(client) -> str:
    return re.search(r'name="case_version" type="hidden" value="(\d+)"', client.get("/plan/").text)[1]


def split(offer: int, owed: list[int]) -> list[int]:
    """Independent pro-rata split: floor shares, leftover fen one each to the largest (list order on ties)."""
    shares = [offer * o // sum(owed) for o in owed]
    order = sorted(range(len(owed)), key=lambda i: (-owed[i], i))
    for i in order[: offer - sum(shares)]:
        shares[i] += 1
    return shares


def yuan(fen: int) -> str:
    return f"¥{fen // 100:,}.{fen % 100:02d}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_page_renders_in_every_language(planned, lang):
    set_language(planned, lang)
    resp = planned.get("/plan/")
    assert resp.status_code == 200
    for name in ("offer", "down", "start", "waive"):
        assert f'id="{name}"' in resp.text
    assert 'role="img"' in resp.text and "js/plan.js" in resp.text


@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_page_renders_without_budget_or_debts(case_client, lang):
    set_language(case_client, lang)
    resp = case_client.get("/plan/")
    assert resp.status_code == 200 and 'id="offer"' in resp.text
    if lang == "zh_Hans_CN":
        assert "还没有填写收支情况，所以没有建议金额" in resp.text and "还没有登记欠款" in resp.text


def test_affordability_shows_disposable_buffer_and_default_offer(planned):
    text = planned.get("/plan/").text
    shown = dict(re.findall(r'data-afford="(\w+)">([^<]*)<', text))
    # income 8,000 − spending 5,000 = 3,000; buffer 10 % of 5,000 = 500; offer 3,000 − 500 = 2,500
    assert shown == {"income": "¥8,000.00", "spending": "¥5,000.00", "disposable": "¥3,000.00",
                     "buffer": "¥500.00", "offer": "¥2,500.00"}
    assert "不填就按建议金额 ¥2,500.00" in text
    assert re.search(r'data-result="offer">¥2,500.00<', text)


def test_three_debts_get_exact_pro_rata_shares_and_months(planned):
    assert planned.post("/plan/", data={"offer": "1,001"}).status_code == 302
    text = planned.get("/plan/").text
    owed = [1_000_000, 600_000, 400_000]
    shares = split(100_100, owed)
    assert shares == [50_050, 30_030, 20_020]
    assert cells(text, "monthly") == ["¥500.50", "¥300.30", "¥200.20"]
    months = [-(-o // s) for o, s in zip(owed, shares, strict=True)]          # 20, 20, 20
    assert cells(text, "months") == [f"{m} 期" for m in months]
    assert cells(text, "first") == ["2026年12月1日"] * 3
    assert cells(text, "last") == ["2028年7月1日"] * 3                        # 2026-12-01 + 19 months
    last = owed[0] - 19 * shares[0]
    assert yuan(last) == "¥490.50" and "<td>¥490.50</td>" in text
    assert 'id="plan-fits"' in text


def test_leftover_fen_go_to_the_largest_creditor(planned):
    planned.post("/plan/", data={"offer": "1000.01"})
    assert cells(planned.get("/plan/").text, "monthly") == [yuan(s) for s in split(100_001, [10, 6, 4])]
    assert cells(planned.get("/plan/").text, "monthly") == ["¥500.01", "¥300.00", "¥200.00"]


def test_a_plan_over_sixty_months_is_flagged_with_the_minimums(planned):
    planned.post("/plan/", data={"offer": "100"})
    text = planned.get("/plan/").text
    owed = [1_000_000, 600_000, 400_000]
    assert cells(text, "months") == ["200 期", "200 期", "200 期"]
    for fen in owed:
        assert f"每月至少要还 {yuan(-(-fen // 60))} 才能在 60 期内还清" in text   # ¥166.67, ¥100.00, ¥66.67
    needs = [-(-fen // 60) for fen in owed]
    fits = [all(s >= n for s, n in zip(split(x, owed), needs, strict=True)) for x in range(33_000, 34_000)]
    least = 33_000 + next(i for i in range(len(fits)) if all(fits[i:]))
    assert least == 33_335
    assert f"整个方案每月至少要 {yuan(least)}" in text
    assert 'id="plan-over"' in text and "先付一笔首付款" in text and "请求银行减免一部分欠款" in text


def test_a_down_payment_is_split_and_paid_on_the_start_date(planned):
    planned.post("/plan/", data={"offer": "1001", "down": "2000", "start": "2026-12-15"})
    text = planned.get("/plan/").text
    assert cells(text, "down") == ["¥1,000.00", "¥600.00", "¥400.00"]
    assert cells(text, "first") == ["2026年12月15日"] * 3
    assert 'value="2000.00"' in text and 'value="2026-12-15"' in text


def test_waiving_fees_targets_the_principal_and_warns_when_it_is_unknown(case_client):
    case_client.post("/budget/", data=BUDGET)
    add_debt(case_client, "cmb", "12000", principal="9000")
    add_debt(case_client, "icbc", "5000")
    assert case_client.post("/plan/", data={"waive": "y"}).status_code == 302
    text = case_client.get("/plan/").text
    assert cells(text, "amount") == ["¥9,000.00", "¥5,000.00"]
    assert "要还的总额只算本金" in text and "这笔没有填本金" in text
    assert re.search(r'<input [^>]*checked id="waive"', text)


def test_going_back_to_debts_and_changing_an_amount_changes_the_plan(planned):
    planned.post("/plan/", data={"offer": "1001"})
    debt_id = re.findall(r'href="/debts/([0-9a-f]+)/edit"', planned.get("/debts/").text)[0]
    data = {"kind": "card", "issuer": "cmb", "owed": "20000", "first_missed_on": "2025-03-01", "collector": "bank"}
    assert planned.post(f"/debts/{debt_id}/edit", data=data).status_code == 302
    text = planned.get("/plan/").text
    assert cells(text, "amount")[0] == "¥20,000.00"
    assert cells(text, "monthly") == [yuan(s) for s in split(100_100, [20, 6, 4])]   # ¥667.34 …
    assert 'value="1001.00"' in text


def test_going_back_to_the_budget_changes_the_suggested_offer(planned):
    planned.post("/budget/", data=BUDGET | {"income_wages": "9000"})
    assert re.search(r'data-afford="offer">¥3,500.00<', planned.get("/plan/").text)


def test_preview_returns_the_fragment_without_saving(planned):
    before = version(planned)
    resp = planned.post("/plan/preview", data={"offer": "1001", "down": "", "start": ""})
    assert resp.status_code == 200
    assert "<html" not in resp.text and 'id="plan-result-title"' in resp.text
    assert cells(resp.text, "monthly") == ["¥500.50", "¥300.30", "¥200.20"]
    assert version(planned) == before
    assert cells(planned.get("/plan/").text, "monthly") == ["¥1,250.00", "¥750.00", "¥500.00"]   # saved: default


def test_preview_with_a_bad_value_says_what_to_correct(planned):
    before = version(planned)
    resp = planned.post("/plan/preview", data={"offer": "3万5"})
    assert resp.status_code == 422 and "<html" not in resp.text and "3.5万" in resp.text
    assert version(planned) == before


def test_the_chart_is_an_svg_image_with_a_text_alternative(planned):
    planned.post("/plan/", data={"offer": "1001"})
    text = planned.get("/plan/").text
    svg = text[text.index("<svg role=\"img\""):text.index("</svg>")]
    assert 'aria-labelledby="plan-chart-title plan-chart-desc"' in svg and "<title" in svg and "<desc" in svg
    assert "style=" not in svg
    summary = "欠款合计 ¥20,000.00，从 2026年12月1日 起逐月减少，到 2028年7月1日 付完最后一期后全部还清，共 20 个月。"
    assert summary in svg and f'<p class="plan-chart__summary">{summary}</p>' in text
    assert "<th scope=\"row\">2027年1月1日</th><td>¥18,999.00</td>" in text     # 20,000 − 1,001


def schedule_links(html: str) -> list[str]:
    return re.findall(r'<a href="(/plan/schedule/[^"]+)">', html)


def typed_schedule_forms(html: str) -> list[tuple[str, dict[str, str]]]:
    """(action, hidden fields) of each "full schedule" form of a preview: typed values are posted."""
    forms = re.findall(r'<form class="schedule-link" method="post" action="([^"]+)">(.*?)</form>', html, re.S)
    return [(action, dict(re.findall(r'name="([^"]+)" value="([^"]*)"', body))) for action, body in forms]


def test_typed_amounts_never_travel_in_a_url(planned):
    assert planned.get("/plan/preview?offer=1001").status_code == 405
    page = planned.get("/plan/").text
    assert 'data-preview="/plan/preview"' in page and 'method="post"' in page


def test_each_schedule_is_shown_as_runs_of_equal_installments(planned):
    """¥10,000 at ¥500.50 a month: 19 equal installments and a last one of ¥490.50, in two lines."""
    planned.post("/plan/", data={"offer": "1001"})
    text = planned.get("/plan/").text
    assert text.count("完整还款计划（20 期）") == 3 and len(schedule_links(text)) == 3
    assert ('<tr><th scope="row">1–19</th><td>2026年12月1日 至 2028年6月1日，每月一期</td><td>¥500.50</td></tr>'
            '<tr><th scope="row">20</th><td>2028年7月1日</td><td>¥490.50</td></tr>') in text


def test_a_down_payment_is_its_own_line_before_the_monthly_run(planned):
    planned.post("/plan/", data={"offer": "1000", "down": "2000"})
    text = planned.get("/plan/").text
    assert '<tr><th scope="row">1</th><td>2026年12月1日</td><td>¥1,000.00</td></tr>' in text    # 2,000 × 10/20
    assert '<tr><th scope="row">2–19</th><td>2027年1月1日 至 2028年6月1日，每月一期</td><td>¥500.00</td></tr>' in text


def test_the_schedule_page_lists_every_installment(planned):
    planned.post("/plan/", data={"offer": "1001"})
    first = schedule_links(planned.get("/plan/").text)[0]
    resp = planned.get(first)
    assert resp.status_code == 200 and "招商银行 的还款计划" in resp.text
    rows = re.findall(r'<tr><th scope="row">(\d+)</th><td>([^<]*)</td><td>([^<]*)</td></tr>', resp.text)
    months = [date(2026 + (11 + k) // 12, (11 + k) % 12 + 1, 1) for k in range(20)]
    assert rows == [(str(n), f"{on.year}年{on.month}月{on.day}日", "¥490.50" if n == 20 else "¥500.50")
                    for n, on in enumerate(months, start=1)]
    assert 'href="/plan/"' in resp.text


def test_the_previewed_schedule_links_to_the_typed_plan_without_saving_it(planned):
    before = version(planned)
    fragment = planned.post("/plan/preview", data={"offer": "1001", "down": "", "start": ""}).text
    assert not schedule_links(fragment)
    action, fields = typed_schedule_forms(fragment)[0]
    assert fields.pop("csrf_token") and fields == {"offer": "1001", "down": "", "start": ""}
    resp = planned.post(action, data=fields)
    assert resp.status_code == 200 and "还没有保存" in resp.text
    assert '<tr><th scope="row">20</th><td>2028年7月1日</td><td>¥490.50</td></tr>' in resp.text
    assert version(planned) == before
    assert cells(planned.get("/plan/").text, "monthly") == ["¥1,250.00", "¥750.00", "¥500.00"]   # saved: default


def test_the_schedule_page_with_a_bad_typed_value_says_what_to_correct(planned):
    link = schedule_links(planned.get("/plan/").text)[0]
    resp = planned.post(link, data={"offer": "3万5"})
    assert resp.status_code == 422 and "3.5万" in resp.text and "<tbody>" not in resp.text


def test_the_schedule_of_an_unknown_debt_is_404(planned):
    assert planned.get("/plan/schedule/nothere").status_code == 404


@pytest.mark.parametrize("lang", LANGS)
def test_the_schedule_page_in_every_language(planned, lang):
    set_language(planned, lang)
    link = schedule_links(planned.get("/plan/").text)[0]
    assert planned.get(link).status_code == 200


LONG = "1" * 10_000
BAD_INPUTS = [
    ("offer", "-1", "offer"),
    ("offer", "abc", "offer"),
    ("offer", "3万5", "offer"),
    ("offer", LONG, "offer"),
    ("offer", "<script>alert(1)</script>", "offer"),
    ("offer", "12.345", "offer"),
    ("down", "-100", "down"),
    ("down", "五千", "down"),
    ("down", "100000001", "down"),
    ("start", "2026-11-28", "start"),            # yesterday
    ("start", "2028-01-01", "start"),            # more than a year ahead
    ("start", "next month", "start"),
    ("start", "2026-02-30", "start"),
    ("start", LONG, "start"),
    ("start", "<script>", "start"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "value", "error_field"), BAD_INPUTS)
def test_bad_input_is_answered_at_its_field_and_kept(planned, lang, name, value, error_field):
    set_language(planned, lang)
    before = version(planned)
    resp = planned.post("/plan/", data={"offer": "1001", "down": "", "start": ""} | {name: value})
    assert resp.status_code == 422
    assert error_field in field_errors(resp.text)
    assert 'aria-invalid="true"' in resp.text
    assert "<script>" not in resp.text.split("<main")[1]
    assert value.replace("<", "&lt;").replace(">", "&gt;") in resp.text
    assert name == "offer" or 'value="1001"' in resp.text
    assert version(planned) == before
    preview = planned.post("/plan/preview", data={name: value})
    assert preview.status_code == 422


def test_full_width_digits_and_today_as_start_are_accepted(planned):
    assert planned.post("/plan/", data={"offer": "１００１", "start": "2026-11-29"}).status_code == 302
    assert cells(planned.get("/plan/").text, "first") == ["2026年11月29日"] * 3


def test_an_empty_offer_goes_back_to_the_suggestion(planned):
    planned.post("/plan/", data={"offer": "1001"})
    planned.post("/plan/", data={"offer": ""})
    assert re.search(r'data-result="offer">¥2,500.00<', planned.get("/plan/").text)


def test_stale_form_is_refused_with_the_newer_data(planned):
    planned.post("/plan/", data={"offer": "1001"})
    resp = planned.post("/plan/", data={"offer": "2000", "case_version": "1"})
    assert resp.status_code == 409 and "另一个窗口" in resp.text
    assert 'value="2000"' in resp.text and cells(resp.text, "monthly")[0] == "¥500.50"


def _core_codes() -> set[str]:
    """Every code-like string literal in app/core/plan.py (codes are snake_case words)."""
    source = Path(core_plan.__file__).read_text(encoding="utf-8")
    return {node.value for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", node.value)}


def test_every_code_the_core_can_emit_has_wording():
    codes = _core_codes()
    assert {"no_budget", "over_60_months", "principal_unknown", "schedule_too_long"} <= codes
    assert codes <= set(wording.MESSAGES)


def test_codes_emitted_by_real_plans_have_wording():
    debts = [make_debt(id="a", owed_fen=1_000_000), make_debt(id="b", owed_fen=1, principal_fen=None),
             make_debt(id="c", owed_fen=0)]
    budgets = [None, Budget(income_fen={"wages": 100}, spending_fen={"food": 500}),
               Budget(income_fen={"wages": 1000}, spending_fen={"food": 950})]
    choices = [PlanChoices(), PlanChoices(monthly_offer_fen=1, down_payment_fen=10**9, waive_fees=True),
               PlanChoices(monthly_offer_fen=100)]
    seen = {code for b in budgets for c in choices
            for plan in [core_plan.build(debts, b, c, date(2026, 11, 29))]
            for code in (*plan.warnings, *(x for cp in plan.creditors for x in cp.codes))}
    assert seen <= set(wording.MESSAGES)
    assert {"no_budget", "no_disposable_income", "no_room_after_buffer", "down_payment_capped",
            "offer_above_affordable", "principal_unknown", "nothing_owed"} <= seen


def test_schedule_links_are_the_urls_url_for_builds(app):
    from flask import url_for

    from app.plan.views import schedule_urls
    ids = ["3412d51b", "00000000", "a/b c%d", "名字", "ABCDEF12"]
    with app.test_request_context("/plan/"):
        assert schedule_urls(ids) == {i: url_for("plan.schedule", debt_id=i) for i in ids}
    with app.test_request_context("/plan/", base_url="http://example.org/mounted/"):
        assert schedule_urls(ids)["3412d51b"] == "/mounted/plan/schedule/3412d51b"


def test_every_creditor_links_to_its_own_schedule(planned):
    html = planned.get("/plan/").text
    links = re.findall(r'<a href="(/plan/schedule/[0-9a-f]{8})">', html)
    assert len(links) == len(set(links)) == 3
    assert all(planned.get(link).status_code == 200 for link in links)
