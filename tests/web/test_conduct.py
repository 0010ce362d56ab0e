"""SPEC step 4 through the test client: the incident log, its bad inputs, the findings page,
the complaint's next-step dates and the wording that covers every rule and fact."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest

from app.conduct import letter, wording
from app.conduct.complaint import complaint_key
from app.conduct.followup import complaint_events
from app.core.case import Case, Channel, CollectorKind, EvidenceKind, Incident, Party
from app.core.complaints import ComplaintEntry, ComplaintRecord, SendChannel, Step
from app.core.conduct.checks import CollectorKey
from app.core.conduct.facts import FACTS, Fact
from app.core.conduct.rules import RULES, Severity
from app.documents import documents_for
from tests.conftest import LANGS, field_errors, set_language

AGENCY = "某某催收公司"
DEBT = {"kind": "card", "issuer": "cmb", "tail": "1234", "owed": "12345", "first_missed_on": "2025-03-01",
        "collector": "agency", "collector_name": AGENCY}
BLANK_EVIDENCE = {f"evidence-{n}-{part}": "" for n in range(3) for part in ("kind", "dated_on", "note")}
INCIDENT = {
    "on_date": "2026-11-21", "at_time": "10:15", "count": "1", "until": "", "channel": "third_party",
    "contacted": "employer", "collector_kind": "agency", "collector_name": AGENCY, "caller_name": "王经理",
    "caller_number": "021-12345678", "number_dialled": "", "debt_id": "", "facts": ["told_third_party_amount"],
    "details": "对方对我老板说我欠了五万。",
} | BLANK_EVIDENCE | {"evidence-0-kind": "recording", "evidence-0-dated_on": "2026-11-21",
                       "evidence-0-note": "老板转发的录音"}
BATCH = {"on_date": "2026-11-20", "at_time": "21:30", "until": "23:10", "count": "7",
         "channel": "call_unanswered", "collector_kind": "agency", "collector_name": AGENCY,
         "caller_number": "", "number_dialled": "13800000000", "debt_id": ""}


def add(client, **changes):
    return client.post("/conduct/new", data=INCIDENT | changes)


def add_batch(client, **changes):
    return client.post("/conduct/batch", data=BATCH | changes)


def incident_ids(client) -> list[str]:
    return re.findall(r'href="/conduct/([0-9a-f]+)/edit"', client.get("/conduct/").text)


def findings(html: str) -> list[tuple[str, str, str]]:
    """(rule id, severity code, what the page shows for it) for every row of findings, in order.

    What is shown is the row's article (severity, rule, count, one line of the user's facts per
    finding) followed by the explanation its link leads to on the same page (citations,
    comparisons, what to do): each rule is explained once per page and every row of it links there.
    """
    parts = re.split(r'(?=<article class="finding)', html)[1:]
    found = []
    for part in parts:
        severity, rule = re.match(r'<article class="finding finding--(\w+)" data-rule="(\w+)"', part).groups()
        article = part.split("</article>")[0]
        found.append((rule, severity, article + explanation(html, article)))
    return found


def explanation(html: str, article: str) -> str:
    """The explanation a finding's article links to: exactly one link, to one element with that id."""
    [anchor] = re.findall(r'<a href="#(rule-[\w-]+)">', article)
    [target] = re.findall(rf'<div class="rule-guide__body" id="{anchor}".*?(?=<details class="panel rule-guide__item|</section>)',
                          html, flags=re.S)
    return target


# --- the incident log --------------------------------------------------------------------------------

def test_an_incident_is_saved_and_listed_with_its_facts(case_client):
    resp = add(case_client)
    assert resp.status_code == 302 and resp.location == "/conduct/"
    text = case_client.get("/conduct/").text
    assert "2026年11月21日 10:15" in text and AGENCY in text and "我的单位或老板" in text
    assert "对方把我欠多少钱告诉了别人" in text


def test_a_batch_of_calls_is_one_incident_with_its_count_and_window(case_client):
    assert add_batch(case_client).status_code == 302
    text = case_client.get("/conduct/").text
    assert "2026年11月20日 21:30–23:10" in text and "共 7 次" in text
    assert len(incident_ids(case_client)) == 1


def test_edit_keeps_the_id_and_the_evidence(case_client):
    add(case_client)
    [incident_id] = incident_ids(case_client)
    form = case_client.get(f"/conduct/{incident_id}/edit").text
    assert 'value="老板转发的录音"' in form and 'value="2026-11-21"' in form
    assert 'id="evidence-2-kind"' in form and 'id="evidence-3-kind"' not in form   # three slots
    assert 'value="told_third_party_amount" id="facts-told_third_party_amount" checked' in form
    changed = INCIDENT | {"at_time": "11:40"}
    assert case_client.post(f"/conduct/{incident_id}/edit", data=changed).status_code == 302
    assert incident_ids(case_client) == [incident_id]
    assert "2026年11月21日 11:40" in case_client.get("/conduct/").text


def test_remove_deletes_only_that_incident(case_client):
    add(case_client)
    add_batch(case_client)
    first, second = incident_ids(case_client)
    assert case_client.post(f"/conduct/{first}/delete").status_code == 302
    assert incident_ids(case_client) == [second]


def test_full_width_digits_and_colon_are_accepted(case_client):
    assert add_batch(case_client, count="７", at_time="２１：３０", until="２３：１０").status_code == 302
    assert "共 7 次" in case_client.get("/conduct/").text


def test_a_window_past_midnight_is_accepted_in_the_past(case_client):
    assert add_batch(case_client, at_time="23:30", until="00:40").status_code == 302
    assert "23:30–00:40" in case_client.get("/conduct/").text


def test_the_number_of_incidents_is_limited(app, case_client):
    app.config["MAX_INCIDENTS"] = 1
    add_batch(case_client)
    resp = case_client.get("/conduct/new")
    assert resp.status_code == 302 and resp.location == "/conduct/"
    assert add(case_client).status_code == 302
    assert len(incident_ids(case_client)) == 1


def test_stale_form_is_refused_with_the_input_kept(case_client):
    add_batch(case_client)
    resp = add(case_client, case_version="1", caller_name="李四")
    assert resp.status_code == 409 and "另一个窗口" in resp.text and 'value="李四"' in resp.text


BAD_INPUTS = [
    ("on_date", "", "on_date"),
    ("on_date", "2026-11-30", "on_date"),                 # tomorrow
    ("on_date", "not a date", "on_date"),
    ("at_time", "", "at_time"),
    ("at_time", "25:00", "at_time"),
    ("at_time", "<script>", "at_time"),
    ("count", "", "count"),
    ("count", "seven", "count"),
    ("count", "0", "count"),
    ("count", "201", "count"),
    ("count", "２０１", "count"),                          # full-width digits: read, then too many
    ("caller_number", "<script>alert(1)</script>", "caller_number"),
    ("caller_name", "x" * 10_000, "caller_name"),
    ("details", "长" * 10_000, "details"),
    ("channel", "<script>", "channel"),
    ("contacted", "debtor", "contacted"),                 # a third-party contact needs the person
    ("evidence-0-dated_on", "", "evidence-0-dated_on"),   # a kind of evidence without its date
    ("evidence-0-dated_on", "2027-01-01", "evidence-0-dated_on"),
    ("evidence-1-kind", "photo", "evidence-1-kind"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "value", "error_field"), BAD_INPUTS)
def test_bad_input_is_answered_at_its_field_and_kept(case_client, lang, name, value, error_field):
    set_language(case_client, lang)
    resp = add(case_client, **{name: value})
    assert resp.status_code == 422
    errors = field_errors(resp.text)
    assert error_field in errors, errors
    assert f'href="#{error_field}"' in resp.text             # listed in the summary, linked to the field
    assert "<script>" not in resp.text.split("<main")[1]
    if value and name not in ("channel", "contacted", "evidence-1-kind"):
        kept = value.replace("<", "&lt;").replace(">", "&gt;")
        assert kept in resp.text
    assert 'value="王经理"' in resp.text or name == "caller_name"
    assert incident_ids(case_client) == []


def test_an_unknown_fact_code_is_refused(case_client):
    resp = add(case_client, facts=["told_third_party_amount", "was_harassment"])
    assert resp.status_code == 422 and "facts" in field_errors(resp.text)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "value"), [("count", "abc"), ("until", ""), ("until", "9pm"),
                                             ("until", "21:10"),      # before 21:30: a typo, not a 24-hour night
                                             ("at_time", "23:30"), ("number_dialled", "电话")])
def test_bad_batch_input_is_answered_at_its_field(case_client, lang, name, value):
    set_language(case_client, lang)
    changes = {name: value} | ({"on_date": "2026-11-29", "until": "00:40"} if value == "23:30" else {})
    resp = add_batch(case_client, **changes)
    assert resp.status_code == 422
    error_field = "until" if value == "23:30" else name    # tonight, past midnight: ends tomorrow
    assert error_field in field_errors(resp.text)
    assert 'value="13800000000"' in resp.text or name == "number_dialled"


# --- findings ----------------------------------------------------------------------------------------

def test_a_night_of_calls_and_an_employer_told_the_amount(case_client):
    case_client.post("/debts/new", data=DEBT)
    add_batch(case_client)
    add(case_client)
    html = case_client.get("/conduct/findings").text
    shown = {rule: (severity, body) for rule, severity, body in findings(html)}
    assert shown["c_hours_night"][0] == "breach"
    assert shown["c_calls_unanswered_over_6"][0] == "breach"
    assert shown["c_third_party_disclosure"][0] == "unlawful"
    assert "违规" in shown["c_hours_night"][1] and "违法" in shown["c_third_party_disclosure"][1]
    assert "21:30–23:10，共 7 次" in shown["c_hours_night"][1]
    assert "打到 13800000000 没接通的电话共 7 次" in shown["c_calls_unanswered_over_6"][1]
    assert "对方把我欠多少钱告诉了别人" in shown["c_third_party_disclosure"][1]
    assert "《金融机构个人消费类贷款催收工作指引（试行）》" in shown["c_hours_night"][1]
    assert "不宜超过6次" in shown["c_calls_unanswered_over_6"][1]
    assert "第五十条第一款第（六）项" in shown["c_third_party_disclosure"][1]
    assert "第一千零三十二条" in shown["c_third_party_disclosure"][1]
    assert "12378" in shown["c_hours_night"][1] and "110" not in shown["c_hours_night"][1]
    assert html.index('data-rule="c_third_party_disclosure"') < html.index('data-rule="c_hours_night"')
    key = key_of()
    assert f"/conduct/complaint/{key}" in html and "银行业保险业消费投诉处理管理办法" in html
    assert "信上还缺您的姓名、联系电话" in html and f"/conduct/complaint/{key}.pdf" not in html


@pytest.mark.parametrize(("day", "article", "not_article"), [
    ("2025-12-31", "第四十二条第（六）项", "第五十条"),
    ("2026-01-01", "第五十条第一款第（六）项", "第四十二条"),
])
def test_the_public_security_article_follows_the_incident_date(case_client, day, article, not_article):
    add(case_client, on_date=day, **{"evidence-0-dated_on": day})
    [(rule, severity, body)] = findings(case_client.get("/conduct/findings").text)
    assert (rule, severity) == ("c_third_party_disclosure", "unlawful")
    assert article in body and not_article not in body


def test_each_rule_is_explained_once_and_every_finding_links_to_its_explanation(case_client):
    """Three nights of calls: three findings in one row, one explanation; disclosures either side
    of the 2026 change cite different articles, so each gets its own row and explanation."""
    for day in ("2026-11-20", "2026-11-21", "2026-11-22"):
        add_batch(case_client, on_date=day)
    add(case_client, on_date="2025-12-31", **{"evidence-0-dated_on": "2025-12-31"})
    add(case_client, on_date="2026-11-21")
    html = case_client.get("/conduct/findings").text
    links = dict.fromkeys(re.findall(r'<p class="finding__more"><a href="#(rule-[\w-]+)">', html))
    assert list(links) == ["rule-c_third_party_disclosure", "rule-c_third_party_disclosure-2", "rule-c_hours_night",
                           "rule-c_calls_unanswered_over_6"]
    for anchor in links:
        assert html.count(f'id="{anchor}"') == 1
    assert html.count('data-rule="c_hours_night"') == 1 + 1        # one row, one explanation
    [nights] = [body for rule, _severity, body in findings(html) if rule == "c_hours_night"]
    assert "3 次" in nights and nights.count('<span class="finding__when">') == 3
    assert html.count('class="panel rule-guide__item') == 4
    by_date = {body.split('<span class="finding__when">')[1][:11]: body
               for rule, _severity, body in findings(html) if rule == "c_third_party_disclosure"}
    assert "第四十二条第（六）项" in by_date["2025年12月31日"] and "第五十条" not in by_date["2025年12月31日"]
    assert "第五十条第一款第（六）项" in by_date["2026年11月21日"]


def test_evening_contact_is_only_noted_with_a_foreign_comparison(case_client):
    add_batch(case_client, at_time="21:10", until="21:20", count="2")
    [(rule, severity, body)] = findings(case_client.get("/conduct/findings").text)
    assert (rule, severity) == ("c_hours_evening_21_22", "noted")
    assert "合规" in body and "国外做法，仅供对比，不是中国法律" in body and "法律依据" not in body
    assert "/conduct/complaint/" not in case_client.get("/conduct/findings").text


def test_threats_of_harm_say_call_110_first(case_client):
    add(case_client, channel="call_answered", contacted="debtor", facts=["threatened_harm"])
    [(rule, _severity, body)] = findings(case_client.get("/conduct/findings").text)
    assert rule == "c_threat_violence"
    assert body.index("110") < body.index("保存证据")


def test_finding_lines_escape_the_users_own_text(app):
    """A row's lines are built as markup outside the template: what the user typed stays text."""
    from app.conduct.findings_page import Rows, explanations
    from app.core.conduct.engine import Finding
    typed = '<b onclick="x">1380</b> & co'
    finding = Finding("c_calls_unanswered_over_6", Severity.BREACH, ("i1",),
                      {"date": "2026-11-20", "count": "7", "number": typed}, (),
                      datetime(2026, 11, 20, 21, 30), CollectorKey(CollectorKind.AGENCY, AGENCY))
    with app.test_request_context("/conduct/findings"):
        shown = Rows(explanations([finding]))
        [row] = shown.rows([finding])
    assert typed not in row.lines and "<b" not in row.lines
    assert "&lt;b onclick=&#34;x&#34;&gt;1380&lt;/b&gt; &amp; co" in row.lines
    assert row.lines.startswith('<li><span class="finding__when">2026年11月20日</span>：')
    assert row.lines.count("<li>") == 1 and row.lines.endswith("</li>")


@pytest.mark.parametrize("lang", LANGS)
def test_findings_page_in_every_language(case_client, lang):
    set_language(case_client, lang)
    add_batch(case_client)
    resp = case_client.get("/conduct/findings")
    assert resp.status_code == 200 and 'data-rule="c_hours_night"' in resp.text


def test_findings_page_without_incidents(case_client):
    resp = case_client.get("/conduct/findings")
    assert resp.status_code == 200 and "/conduct/complaint/" not in resp.text


# --- the complaint's next steps ------------------------------------------------------------------------

def key_of(name: str = AGENCY, creditor: str = "招商银行") -> str:
    return complaint_key(CollectorKey(CollectorKind.AGENCY, name), creditor)


def sent_form(key: str, on: str = "2026-11-25", channel: str = "registered_mail", tracking: str = "") -> dict:
    return {f"{key}-sent-on": on, f"{key}-sent-channel": channel, f"{key}-sent-tracking": tracking}


def test_marking_the_complaint_sent_is_stored(case_client):
    add_batch(case_client)
    key = key_of(creditor="")
    resp = case_client.post(f"/conduct/findings/{key}/sent", data=sent_form(key, tracking="XA123"))
    assert resp.status_code == 302 and resp.location.endswith(f"#complaint-{key}")
    text = case_client.get("/conduct/findings").text
    assert "2026年11月25日</time> 已寄出（挂号信，单号 XA123）" in text
    [record] = case_client.get("/case/export.json").get_json()["case"]["complaints"]
    assert record == {"key": key, "history": [{"step": "sent", "on": "2026-11-25", "channel": "registered_mail",
                                               "tracking": "XA123", "summary": "", "satisfied": None}]}


@pytest.mark.parametrize(("value", "channel"), [("", "ems"), ("2026-12-01", "ems"), ("yesterday", "ems"),
                                                ("2026-11-25", ""), ("2026-11-25", "pigeon")])
def test_a_bad_sent_date_or_channel_is_answered_at_its_field(case_client, value, channel):
    add_batch(case_client)
    key = key_of(creditor="")
    resp = case_client.post(f"/conduct/findings/{key}/sent", data=sent_form(key, value, channel))
    field = f"{key}-sent-on" if value != "2026-11-25" else f"{key}-sent-channel"
    assert resp.status_code == 422 and field in field_errors(resp.text)
    assert '"complaints": []' in case_client.get("/case/export.json").text


def test_sent_form_for_an_unknown_complaint_or_step_is_404(case_client):
    assert case_client.post("/conduct/findings/agency-0000000000/sent", data={}).status_code == 404
    add_batch(case_client)
    assert case_client.post(f"/conduct/findings/{key_of(creditor='')}/lost", data={}).status_code == 404


def night_calls(**changes) -> Incident:
    base = Incident(id="n1", occurred_at=datetime(2026, 11, 20, 21, 30), channel=Channel.CALL_UNANSWERED,
                    collector_kind=CollectorKind.AGENCY, collector_name=AGENCY, count=7, until=time(23, 10))
    return Incident(**{**base.__dict__, **changes})


def test_no_dated_event_until_the_complaint_is_sent(app):
    key = key_of(creditor="")
    sent = ComplaintRecord(key, (ComplaintEntry(Step.SENT, date(2026, 11, 25), channel=SendChannel.EMS),))
    with app.test_request_context():
        planned = complaint_events(Case(incidents=(night_calls(),)), date(2026, 11, 29))
        events = complaint_events(Case(incidents=(night_calls(),), complaints=(sent,)), date(2026, 11, 29))
    assert planned == []
    # 15 days from an estimated receipt 3 days after the day it was sent
    assert [(e.kind, e.on) for e in events] == [("complaint_due", date(2026, 12, 13)),
                                                 ("escalate", date(2026, 12, 14))]
    assert "送达日只是估计" in events[0].detail
    assert events[0].key == f"complaint-{key}-due" and AGENCY in events[0].title and "12378" in events[1].title


def test_no_complaint_no_events_and_no_document(app):
    lawful = night_calls(occurred_at=datetime(2026, 11, 20, 10, 0), until=None, count=1,
                         channel=Channel.CALL_ANSWERED, facts=(Fact.POLITE_REMINDER.value,))
    with app.test_request_context():
        assert complaint_events(Case(incidents=(lawful,)), date(2026, 11, 29)) == []
        assert documents_for(Case(incidents=(lawful,)), date(2026, 11, 29)) == []


def test_the_complaint_is_registered_as_a_document(app):
    with app.test_request_context():
        [doc] = documents_for(Case(incidents=(night_calls(),)), date(2026, 11, 29))
    key = key_of(creditor="")
    assert doc.key == f"complaint-{key}" and doc.template == "letters/_complaint_section.html"
    assert doc.filename == f"complaint-{key}.pdf" and doc.filename.isascii()
    assert [p.key for p in doc.paragraphs] == [f"complaint-{key}-statement"]
    assert "2026-12-17" in doc.explain_en and "estimate" in doc.explain_en and AGENCY in doc.title


def test_the_users_statement_replaces_the_draft(app):
    key = key_of(creditor="")
    case = Case(incidents=(night_calls(),), narratives={f"complaint-{key}-statement": "我自己写的话。"})
    with app.test_request_context():
        [doc] = documents_for(case, date(2026, 11, 29))
    assert doc.context["statement"] == "我自己写的话。"


# --- wording covers the core -------------------------------------------------------------------------

def test_every_rule_and_fact_has_wording():
    assert {r.id for r in RULES} == set(wording.RULES)
    assert set(FACTS) == set(wording.FACTS) == set(letter.FACTS)
    assert not [text for text in letter.FACTS.values() if "我" in text]      # the letter's voice is 本人
    assert set(Channel) == set(wording.CHANNELS) == set(letter.CHANNELS)
    assert set(Party) == set(wording.PARTIES) and set(Party) - {Party.DEBTOR} == set(letter.PARTIES)
    assert set(EvidenceKind) == set(wording.EVIDENCE_KINDS) == set(letter.EVIDENCE)
    serious = {r.id for r in RULES if r.severity is not Severity.NOTED}
    assert serious == set(letter.BREACHES)


def test_chinese_numerals_for_exhibits():
    assert [letter.cn_number(n) for n in (1, 10, 12, 20, 47, 99, 100)] == [
        "一", "十", "十二", "二十", "四十七", "九十九", "100"]
