"""Pages that fit a thumb (issue 14): on a 390x844 phone in Simplified Chinese, for a case of 3
accounts and 5 incidents with budget, plan and applicant, every page of the path is at most three
screens tall (2,550 px) with its <details> collapsed, plus 250 px for each of the user's own entries
on a page that lists them. The case is loaded through the import form, then each page is visited and
`document.documentElement.scrollHeight` measured; one failure names every page over its bound.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time

from app.conduct.complaint import complaint_key
from app.core.case import (
    Applicant,
    Budget,
    Case,
    Channel,
    Collector,
    CollectorKind,
    Debt,
    DebtKind,
    Evidence,
    EvidenceKind,
    Hardship,
    HardshipReason,
    Incident,
    Negotiation,
    Party,
    PlanChoices,
    RecordKind,
    RequestRecord,
    SendChannel,
    case_to_data,
)
from app.core.conduct.checks import CollectorKey
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind
from tests.browser import steps

VIEWPORT = {"width": 390, "height": 844}
BOUND_PX = 2_550            # three screens
PER_ENTRY_PX = 250          # each of the user's own entries a page lists
ACCOUNTS, INCIDENTS, PAPERS = 3, 5, 1
AGENCY = "鼎信资产管理有限公司"
COMPLAINT = complaint_key(CollectorKey(CollectorKind.AGENCY, AGENCY), "招商银行")

# page -> (endpoint, its URL values, entries it lists); the case's own ids: debt d0000001, incident a0000001,
# court paper c0000001.
# The documents page lists every account and incident (the review), a letter per account and per court paper.
PAGES = {
    "开始": ("start.index", {}, 0),
    "债务清单": ("debts.index", {}, ACCOUNTS),
    "添加欠款": ("debts.new", {}, 0),
    "修改欠款": ("debts.edit", {"debt_id": "d0000001"}, 0),
    "债务概况": ("summary.index", {}, ACCOUNTS),
    "催收记录": ("conduct.index", {}, INCIDENTS),
    "记下一次联系": ("conduct.new", {}, 0),
    "一次记下多次联系": ("conduct.batch", {}, 0),
    "修改记录": ("conduct.edit", {"incident_id": "a0000001"}, 0),
    "自查结果": ("conduct.findings", {}, INCIDENTS),
    "快速记录": ("conduct.quick", {}, 0),
    "法院与仲裁": ("court.index", {}, PAPERS),
    "我收到了…": ("court.new", {}, 0),
    "修改文书记录": ("court.edit", {"paper_id": "c0000001"}, 0),
    "支付令": ("court.paper", {"paper_id": "c0000001"}, 0),
    "接到催收电话时": ("call.index", {}, 0),
    "收支情况": ("budget.index", {}, 0),
    "还款方案": ("plan.index", {}, ACCOUNTS),
    "文书（核对与列表）": ("letters.index", {}, ACCOUNTS + INCIDENTS + PAPERS),
    "申请人信息": ("letters.applicant", {}, 0),
    "申请书预览": ("letters.preview", {"key": "request-d0000002"}, 0),
    "投诉信预览": ("conduct.complaint_preview", {"key": COMPLAINT}, 0),
    "与银行协商": ("negotiate.page", {"debt_id": "d0000001"}, 0),
    "后续跟进": ("next_steps.index", {}, ACCOUNTS),
    "志愿者工作台": ("desk.index", {}, 0),
    "案件标签": ("desk.label", {}, 0),
    "志愿者备注": ("desk.notes", {}, 0),
    "保存、导出或删除": ("start.case_menu", {}, 0),
}


CLOSE_DETAILS = "document.querySelectorAll('details[open]').forEach((d) => { d.open = false; })"


def bound(entries: int) -> int:
    return BOUND_PX + PER_ENTRY_PX * entries


def _debts() -> tuple[Debt, ...]:
    return (
        Debt(id="d0000001", issuer="cmb", owed_fen=4_820_000, first_missed_on=date(2025, 3, 5), tail="1234",
             principal_fen=3_900_000, limit_fen=5_000_000, last_payment_on=date(2025, 2, 5),
             last_payment_fen=120_000, collector=Collector.AGENCY, collector_name=AGENCY,
             demands_on=(date(2025, 6, 1), date(2025, 8, 10))),
        Debt(id="d0000002", issuer="icbc", owed_fen=1_560_000, first_missed_on=date(2026, 8, 20), tail="5678",
             collector=Collector.BANK),
        Debt(id="d0000003", issuer="other", issuer_other="微粒贷", kind=DebtKind.ONLINE_LENDER,
             lender_entity="深圳前海微众银行股份有限公司", owed_fen=870_000, first_missed_on=date(2026, 10, 1)),
    )


def _incidents() -> tuple[Incident, ...]:
    agency = {"collector_kind": CollectorKind.AGENCY, "collector_name": AGENCY, "debt_id": "d0000001"}
    return (
        Incident(id="a0000001", occurred_at=datetime(2026, 11, 20, 22, 30), channel=Channel.CALL_ANSWERED,
                 count=5, until=time(23, 40), facts=("insulting_words", "threatened_home_visit"), **agency,
                 evidence=(Evidence(EvidenceKind.RECORDING, date(2026, 11, 20)),)),
        Incident(id="a0000002", occurred_at=datetime(2026, 11, 21, 10, 15), channel=Channel.THIRD_PARTY,
                 contacted=Party.EMPLOYER, facts=("told_third_party_about_debt", "third_party_pressed"),
                 details="对方打电话到我单位，告诉我的领导我欠钱不还，让单位催我还钱。", **agency),
        Incident(id="a0000003", occurred_at=datetime(2026, 11, 22, 7, 10), channel=Channel.CALL_UNANSWERED,
                 count=8, until=time(7, 50), number_dialled="13800138000", **agency),
        Incident(id="a0000004", occurred_at=datetime(2026, 11, 24, 14, 0), channel=Channel.SMS,
                 facts=("false_arrest_or_blacklist_threat", "sent_fake_legal_document"), **agency,
                 evidence=(Evidence(EvidenceKind.SCREENSHOT, date(2026, 11, 24)),)),
        Incident(id="a0000005", occurred_at=datetime(2026, 11, 26, 16, 30), channel=Channel.CALL_ANSWERED,
                 collector_kind=CollectorKind.BANK, collector_name="工商银行", debt_id="d0000002",
                 facts=("polite_reminder",)),
    )


def phone_case() -> Case:
    """3 accounts (one already sent its request), 5 incidents, a payment order, budget, plan, applicant, label, notes."""
    return Case(
        debts=_debts(),
        incidents=_incidents(),
        budget=Budget(income_fen={"wages": 600_000, "family_help": 100_000},
                      spending_fen={"housing": 150_000, "food": 120_000, "utilities": 30_000,
                                    "transport": 20_000, "medical": 30_000, "education": 50_000},
                      household_size=3, dependants=1,
                      hardships=(Hardship(HardshipReason.JOB_LOSS, date(2025, 2, 1)),),
                      story="2025年2月公司裁员，我失业了，收入断了，信用卡就还不上了。",
                      documents=("unemployment",)),
        plan=PlanChoices(monthly_offer_fen=200_000, down_payment_fen=300_000),
        applicant=Applicant(name="张晓明", phone="13800138000", address="广东省深圳市南山区科技园路1号"),
        court_papers=(CourtPaper(
            id="c0000001", kind=PaperKind.PAYMENT_ORDER, channel=PaperChannel.COURT_POST,
            received_on=date(2026, 11, 27), debt_id="d0000001", body="深圳市南山区人民法院",
            case_number="(2026)粤0305民督1234号", address="深圳市南山区南头街道", claimed_fen=5_200_000,
            claimed_principal_fen=3_900_000, claimed_charges_fen=1_300_000, admitted_fen=3_900_000),),
        negotiations=(Negotiation("d0000001", (
            RequestRecord(RecordKind.SENT, date(2026, 11, 25), channel=SendChannel.EMS, tracking="EA123456789CN"),)),),
        label="张·深圳",
        notes="周三下午来访。\n下次带齐失业证明。",
    )


def test_every_page_fits_three_screens_on_a_phone(browser, live_server, tmp_path):
    context = browser.new_context(base_url=live_server.base_url, viewport=VIEWPORT, locale="zh-CN",
                                  is_mobile=True, has_touch=True)
    context.add_cookies([{"name": "lang", "value": "zh_Hans_CN", "url": live_server.base_url}])
    try:
        page = context.new_page()
        case_file = tmp_path / "case.json"
        case_file.write_text(json.dumps(case_to_data(phone_case()), ensure_ascii=False), encoding="utf-8")
        page.goto("/")
        page.locator("form[action='/case/import'] input[type=file]").set_input_files(str(case_file))
        steps.submit(page, "form[action='/case/import']")
        assert steps.path_of(page) == "/summary/", page.url
        heights = {}
        for name, (endpoint, values, _entries) in PAGES.items():
            path = live_server.url_for(endpoint, **values)
            response = page.goto(path)
            assert response.status == 200, (name, path, response.status)
            page.evaluate(CLOSE_DETAILS)          # an edit form opens the groups holding the user's input
            heights[name] = page.evaluate("document.documentElement.scrollHeight")
    finally:
        context.close()
    over = [f"{name} ({PAGES[name][0]}): {height} px > {bound(PAGES[name][2])} px"
            for name, height in heights.items() if height > bound(PAGES[name][2])]
    assert not over, "pages over the bound on a 390x844 phone:\n" + "\n".join(over)
