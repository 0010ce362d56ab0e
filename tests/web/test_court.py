"""The step 法院与仲裁 (issue 13): recording papers, each paper's page, the summary's top, the timeline."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import pytest
from icalendar import Calendar

from app.core import citations
from app.core.case import Case, case_from_data
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind, RedFlag
from app.court import pages
from tests.conftest import field_errors, set_language
from tests.factories import make_debt

DEBT = {"kind": "card", "issuer": "cmb", "issuer_other": "", "tail": "1234", "owed": "50,000", "principal": "",
        "limit": "", "first_missed_on": "2025-03-01", "last_payment_on": "", "last_payment": "", "collector": "bank",
        "collector_name": "", "demands-0": "", "demands-1": "", "demands-2": "", "demands-3": ""}
PAYMENT_ORDER = {"kind": "payment_order", "channel": "court_post", "received_on": "2026-11-20",
                 "body": "北京市朝阳区人民法院", "case_number": "（2026）京0105民督123号",
                 "address": "北京市朝阳区朝阳公园南路1号", "hearing_on": "", "claimed": "58,000",
                 "claimed_principal": "45,000", "claimed_charges": "13,000", "admitted": "45,000", "note": ""}


def debt_id(client) -> str:
    return re.search(r'/debts/([0-9a-f]{8})/edit', client.get("/debts/").text)[1]


def add(client, **changes):
    data = PAYMENT_ORDER | {"debt_id": debt_id(client)} | changes
    return client.post("/court/new", data={k: v for k, v in data.items() if v is not None})


def _stored(client) -> tuple[CourtPaper, ...]:
    return case_from_data(json.loads(client.get("/case/export.json").data)).court_papers


@pytest.fixture
def court_client(case_client):
    assert case_client.post("/debts/new", data=DEBT).status_code == 302
    return case_client


def test_a_payment_order_is_saved_and_its_page_reads_the_number_and_gives_the_deadline(court_client):
    resp = add(court_client)
    assert resp.status_code == 302
    [paper] = _stored(court_client)
    assert (paper.kind, paper.channel, paper.received_on) == (PaperKind.PAYMENT_ORDER, PaperChannel.COURT_POST,
                                                              date(2026, 11, 20))
    assert (paper.claimed_fen, paper.claimed_principal_fen, paper.claimed_charges_fen, paper.admitted_fen) == (
        5_800_000, 4_500_000, 1_300_000, 4_500_000)
    assert paper.case_number == "(2026)京0105民督123号"         # NFKC: the brackets as typed, half-width
    assert resp.location == f"/court/{paper.id}"
    page = court_client.get(resp.location).text
    # 11-20 + 15 = Saturday 12-05: Monday 12-07
    assert "向法院提交书面异议（支付令）：<time datetime=\"2026-12-07\">2026年12月7日</time>（星期一）" in page
    assert "按天数算到 2026年12月5日，那天不上班，所以顺延。" in page
    assert "以法院通知为准。" in page and "在期限届满前交邮寄出的，不算过期。" in page
    assert "“民督”这个类型代字的含义本站无法确认，请向法院问清楚。" in page
    assert "异议必须针对债务本身" in page
    assert '<p class="notice notice--warning">只说没钱、要求宽限或分期的异议不算数' in page
    assert "《中华人民共和国民事诉讼法》第八十五条" in page       # the counting rule, cited
    assert "第二百二十七条" in page


def test_bad_input_is_answered_at_the_field_with_422_and_everything_typed_kept(court_client):
    resp = add(court_client, kind="", channel="", received_on="2026-12-01", claimed="五万", admitted="60,000",
               claimed_principal="50,000", claimed_charges="20,000", case_number="(2026)京0105民初1号" + "号" * 40,
               note="写了很多")
    assert resp.status_code == 422
    errors = field_errors(resp.text)
    assert errors["kind"] == "请选择收到的是什么。" and errors["channel"] == "请选择是怎么收到的。"
    assert errors["received_on"] == "收到的日期不能晚于今天。"
    assert "对方要求的总金额要填数字" in errors["claimed"]
    assert errors["case_number"] == "最多 40 个字。"
    assert 'value="写了很多"' not in resp.text and "写了很多</textarea>" in resp.text
    assert 'value="60,000"' in resp.text and 'value="2026-12-01"' in resp.text
    assert _stored(court_client) == ()


def test_the_users_figure_and_the_claims_parts_are_checked_against_the_claim(court_client):
    resp = add(court_client, admitted="60,000", claimed_charges="14,000")
    assert resp.status_code == 422
    errors = field_errors(resp.text)
    assert errors["admitted"] == "您认可的金额不能多于对方要求的总金额。"
    assert errors["claimed_charges"] == "本金加利息费用不能多于对方要求的总金额。"


def test_edit_and_delete_a_paper(court_client):
    add(court_client)
    [paper] = _stored(court_client)
    form = court_client.get(f"/court/{paper.id}/edit").text
    assert 'value="58000.00"' in form and "（2026）" not in form and "(2026)京0105民督123号" in form
    version = re.search(r'name="case_version"[^>]*value="(\d+)"', form)[1]
    data = PAYMENT_ORDER | {"debt_id": paper.debt_id, "received_on": "2026-11-25", "case_version": version}
    assert court_client.post(f"/court/{paper.id}/edit", data=data).status_code == 302
    [edited] = _stored(court_client)
    assert edited.id == paper.id and edited.received_on == date(2026, 11, 25)
    listing = court_client.get("/court/").text
    assert "2026年11月25日 收到" in listing and "（星期四）前" in listing        # 11-25 + 15 = Thursday 12-10
    version = re.search(r'name="case_version"[^>]*value="(\d+)"', listing)[1]
    assert court_client.post(f"/court/{paper.id}/delete", data={"case_version": version}).status_code == 302
    assert _stored(court_client) == ()
    assert court_client.get(f"/court/{paper.id}").status_code == 404


def test_a_stale_form_gets_409_and_keeps_what_was_typed(court_client):
    add(court_client)
    [paper] = _stored(court_client)
    data = PAYMENT_ORDER | {"debt_id": paper.debt_id, "note": "我的备注", "case_version": "1"}
    resp = court_client.post(f"/court/{paper.id}/edit", data=data)
    assert resp.status_code == 409 and "我的备注</textarea>" in resp.text


def test_the_summary_shows_the_court_deadline_first(court_client):
    add(court_client)
    page = court_client.get("/summary/").text
    top = page.index('id="court-deadlines"')
    assert top < page.index('class="totals')
    section = page[top:page.index("</section>", top)]
    assert "最紧急：法院期限" in section
    assert "向法院提交书面异议（支付令）</strong></a>：<time datetime=\"2026-12-07\">" in section
    assert "（星期一）" in section and "(2026)京0105民督123号" in section


def test_a_past_deadline_leaves_the_summary_but_stays_on_the_timeline(court_client):
    add(court_client, received_on="2026-10-01")
    assert 'id="court-deadlines"' not in court_client.get("/summary/").text
    assert "法院期限：向法院提交书面异议（支付令）" in court_client.get("/next/").text


def test_timeline_and_calendar_carry_each_deadline_with_a_stable_uid(court_client):
    add(court_client, kind="summons", hearing_on="2026-12-15", claimed="", claimed_principal="",
        claimed_charges="", admitted="", case_number="(2026)京0105民初12345号")
    add(court_client, kind="complaint", case_number="(2026)京0105民初12345号")
    summons, complaint = _stored(court_client)
    cal = Calendar.from_ical(court_client.get("/next/calendar.ics").data)
    found = {str(e["uid"]): (e["dtstart"].dt, str(e["summary"])) for e in cal.walk("VEVENT")
             if str(e["uid"]).startswith("court-")}
    assert found == {
        f"court-{summons.id}-hearing@shangan.invalid": (date(2026, 12, 15), "开庭（传票（开庭通知），招商银行）"),
        f"court-{complaint.id}-answer@shangan.invalid": (
            date(2026, 12, 7), "法院期限：提交答辩状（起诉状副本 / 应诉通知书，招商银行）"),
        f"court-{complaint.id}-jurisdiction_objection@shangan.invalid": (
            date(2026, 12, 7), "法院期限：提出管辖异议（与答辩期相同）（起诉状副本 / 应诉通知书，招商银行）"),
    }
    standing = court_client.get("/next/").text
    assert f'id="standing-court-{complaint.id}"' in standing and "提交答辩状：2026年12月7日 前" in standing


def test_an_sms_with_a_mediation_number_is_explained_as_pre_filing_mediation(court_client):
    add(court_client, kind="summons", channel="sms", case_number="(2026)京0105民诉前调801号", claimed="",
        claimed_principal="", claimed_charges="", admitted="")
    [paper] = _stored(court_client)
    page = court_client.get(f"/court/{paper.id}").text
    assert "“民诉前调”表示诉前调解案件：这是调解，还不是诉讼，法院还没有立案审理。" in page
    assert "注意：您选的是“传票（开庭通知）”，但这个案号表示的程序一般不会发这种文书。" in page


def test_a_court_sms_asking_for_a_personal_account_is_likely_fake_with_how_to_check(court_client):
    add(court_client, kind="summons", channel="sms", red_flags=["personal_account", "link_or_app"], claimed="",
        claimed_principal="", claimed_charges="", admitted="")
    [paper] = _stored(court_client)
    page = court_client.get(f"/court/{paper.id}").text
    verdict = page[page.index('id="realness"'):page.index("</section>", page.index('id="realness"'))]
    assert "很可能是假的" in verdict and "要求把钱转到个人账户，或扫二维码付款" in verdict
    assert "拨打 12368" in verdict and "中国审判流程信息公开网" in verdict
    assert "（法院公开介绍的做法，不是法律条文）" in verdict          # 12368 rests on practice, not law


def test_an_award_before_the_revised_law_states_the_open_question_and_three_months(court_client):
    add(court_client, kind="arbitration_award", received_on="2026-02-27", claimed="", claimed_principal="",
        claimed_charges="", admitted="")
    [paper] = _stored(court_client)
    page = court_client.get(f"/court/{paper.id}").text
    assert "申请撤销仲裁裁决：<time datetime=\"2026-05-27\">" in page
    assert "哪一个适用还没有定论。请一律按三个月办。" in page
    assert "六个月内" not in page


def test_a_year_without_holiday_data_says_only_weekends_were_skipped(court_client):
    add(court_client, kind="judgment", received_on="2026-11-25", claimed="", claimed_principal="",
        claimed_charges="", admitted="")
    [paper] = _stored(court_client)
    page = court_client.get(f"/court/{paper.id}").text
    assert "对提起上诉：" not in page and "<time datetime=\"2026-12-10\">" in page
    add(court_client, kind="payment_order", received_on="2026-11-29", claimed="", claimed_principal="",
        claimed_charges="", admitted="")
    later = _stored(court_client)[1]
    assert "2026 年的放假安排" not in court_client.get(f"/court/{later.id}").text
    assert later.received_on == date(2026, 11, 29)


def _every_page(case: Case):
    for paper in case.court_papers:
        page = pages.describe(case, paper)
        said = [*page.checks, *page.realness, *page.next, *page.cannot]
        yield paper, said, [page.reading_ids, *(row.citation_ids for row in page.deadlines)]


def test_every_citation_a_court_page_can_show_is_a_verified_row(app):
    """Every paper kind, with every variant that adds a point, walked through the page builder: each
    citation id it passes is a VERIFIED row; a point without a row shown as law is marked practice."""
    base = CourtPaper("c0000000", PaperKind.COMPLAINT, PaperChannel.SMS, date(2026, 2, 20), debt_id="d0000001",
                      case_number="(2026)京0105民诉前调801号", hearing_on=date(2026, 3, 20),
                      red_flags=tuple(RedFlag), lives_elsewhere=True, clause_not_explained=True)
    variants = [replace(base, id=f"c{n:07d}", kind=kind, received_on=on)
                for n, (kind, on) in enumerate((k, on) for k in PaperKind
                                               for on in (date(2026, 2, 20), date(2026, 11, 20)))]
    case = Case(debts=(make_debt(id="d0000001"),), court_papers=tuple(variants))
    shown = set()
    with app.test_request_context("/"):
        for paper, said, id_lists in _every_page(case):
            for point in said:
                law = [i for i in point.citation_ids if citations.shown_as_law(citations.get(i))]
                assert law or point.practice, (paper.kind, point.text)
                shown.update(point.citation_ids)
            for ids in id_lists:
                shown.update(ids)
    assert len(shown) > 40
    for row in shown:
        assert citations.get(row).tag is not citations.Tag.UNVERIFIED, row
    assert "civpro_85" in shown and "arb2025_72" in shown and "arb2017_59" not in shown


@pytest.mark.parametrize(("lang", "weekday"), [("en", "Monday"), ("zh_Hant_TW", "星期一")])
def test_the_pages_render_in_every_language_with_the_weekday_in_it(court_client, lang, weekday):
    add(court_client)
    [paper] = _stored(court_client)
    set_language(court_client, lang)
    for path in ("/court/", "/court/new", f"/court/{paper.id}/edit", f"/court/{paper.id}", "/summary/"):
        assert court_client.get(path).status_code == 200, path
    assert weekday in court_client.get(f"/court/{paper.id}").text


def test_the_volunteers_cover_sheet_lists_the_paper_and_its_deadline_in_simplified_chinese(court_client):
    from tests.pdf.test_renderer import pdf_text
    add(court_client)
    set_language(court_client, "en")
    response = court_client.post("/desk/cover.pdf", data={})
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = pdf_text(response.data)
    assert "支付令·招商银行" in text and "2026年11月20日收到" in text
    assert "向法院提交书面异议（支付令）：2026年12月7日前" in text


def test_every_code_the_core_can_emit_has_wording():
    from app.core.court import deadlines as core_deadlines
    from app.core.court import guidance
    from app.core.court.case_number import CourtLevel, Proceeding, Status
    from app.court import wording
    points = {p.code for table in (guidance.NEXT, guidance.CANNOT) for row in table.values() for p in row}
    points |= {guidance.CLAUSE.code, guidance.SMS_SUMMONS.code, guidance.LATE_SUMMONS.code, guidance.FAKE_SIGNS.code, guidance.CHECK_PLATFORM.code,
               guidance.CHECK_12368.code, guidance.CHECK_ZXGK.code, guidance.ONLY_COURTS_SERVE.code}
    assert points <= set(wording.POINTS)
    emitted = {code for periods in core_deadlines._DAY_PERIODS.values() for code, _days, _item in periods}
    assert emitted | {core_deadlines._NONENFORCEMENT[0], "award_setaside", "hearing"} == set(wording.DEADLINES)
    assert set(wording.KINDS) == set(PaperKind) and set(wording.CHANNELS) == set(PaperChannel)
    assert set(wording.RED_FLAGS) == set(RedFlag) and set(wording.LEVELS) == set(CourtLevel)
    assert set(wording.PROCEEDINGS) == set(Proceeding) and set(wording.NUMBER_STATUS) == set(Status) - {Status.READ}
