"""The complaint letter (催收投诉信): its text, built from a Complaint, always in Simplified Chinese.

Letters go to mainland banks whatever the UI language, so the sentences here are plain Chinese,
not msgids; the user's checklist facts are reused from `wording` under the zh_Hans_CN locale
(their msgids are the Chinese text). Every user string reaches the page through Jinja's
autoescaping, never as markup.
"""

from __future__ import annotations

from datetime import date

from flask_babel import force_locale

from app.conduct import wording
from app.conduct.complaint import Complaint, complaints_for, reply_by
from app.core import citations, dates
from app.core.case import Case, Channel, CollectorKind, DebtKind, EvidenceKind, Incident, Party
from app.core.citations import Citation, Tag
from app.core.conduct.facts import Fact
from app.documents import Document, Paragraph, narrative, register
from app.downloads import safe_filename

BLANK = "__________"
TITLE = "催收行为投诉信"

# The conduct a letter complains of, per rule (违法 and 违规 rules only: the others are lawful).
BREACHES = {
    "c_hours_night": "在晚上22:00至次日早上8:00之间，未经本人同意进行催收",
    "c_calls_unanswered_over_6": "同一天内向本人同一号码拨打电话超过6次",
    "c_calls_connected_over_3": "同一天内与本人接通的催收电话超过3次",
    "c_harassing_messages": "反复发送辱骂、恐吓信息，或纠缠、跟踪本人",
    "c_third_party_pressure": "向与欠款无关的人催收或施压",
    "c_third_party_disclosure": "向与欠款无关的人透露本人的欠款情况",
    "c_contacts_harvest": "使用本人从未提供的通讯录等个人信息联系他人",
    "c_threat_violence": "威胁本人及家人的人身安全",
    "c_violence_detention": "殴打、拦截本人或限制本人的人身自由",
    "c_insult": "辱骂、侮辱本人",
    "c_impersonate_authority": "冒充国家机关工作人员或以国家机关的名义催收",
    "c_impersonate_other": "冒用律师、贵行员工或其他机构的身份催收",
    "c_fake_legal_document": "发送伪造的法律文书",
    "c_public_notice": "张贴催收公告或律师函",
    "c_no_identification": "拒绝说明催收人员的身份以及代表哪家机构催收",
    "c_private_channel_agency": "催收机构使用私人手机号或个人社交账号联系本人",
    "c_personal_account": "要求本人把还款转入个人账户或个人收款码",
    "c_false_legal_threat": "以虚假或夸大的后果、金额相威胁",
    "c_home_entry": "未经本人同意进入本人住宅，或经要求后拒不离开",
    "c_workplace_visit": "到本人工作单位催收",
    "c_unlawful_fees": "索要或收取合同约定以外的费用",
    "c_induce_borrowing": "诱导或逼迫本人借新债还旧债",
    "c_collection_after_agreement": "在本人已签订并正在履行分期还款协议的情况下继续催收",
}

CHANNELS = {
    Channel.CALL_ANSWERED: "来电，本人接听",
    Channel.ROBOT_CALL: "以机器人语音来电，本人接听",
    Channel.CALL_UNANSWERED: "来电，本人未接通",
    Channel.SMS: "发来短信",
    Channel.APP_MESSAGE: "通过App或微信发来消息",
    Channel.LETTER: "寄来信件",
    Channel.HOME_VISIT: "到本人住所上门催收",
    Channel.WORKPLACE_VISIT: "到本人工作单位催收",
    Channel.THIRD_PARTY: "联系了本人以外的人",
}

PARTIES = {
    Party.RELATIVE: "本人的亲属", Party.EMPLOYER: "本人的工作单位", Party.COLLEAGUE: "本人的同事",
    Party.CONTACTS: "本人通讯录中的联系人", Party.GUARANTOR: "本人的担保人",
    Party.SPOUSE_DEBT_RELATED: "本人的配偶",
}

EVIDENCE = {
    EvidenceKind.RECORDING: "录音", EvidenceKind.SCREENSHOT: "截图", EvidenceKind.LETTER: "信件或文书",
    EvidenceKind.WITNESS: "证人证言", EvidenceKind.CALL_LOG: "通话记录",
}

THIRD_PARTY_RULES = frozenset({"c_third_party_pressure", "c_third_party_disclosure", "c_contacts_harvest"})
STATEMENT = ("上述行为影响了本人及家人的正常生活。本人没有拒绝还款，愿意与贵行协商可以负担的还款安排，"
             "也请贵行依法依规进行催收。")
_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 -> 一, 12 -> 十二, 40 -> 四十; from 100 on, Arabic digits (an annex that long is rare)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def collector_text(complaint: Complaint) -> str:
    """How the letter names the collector, first time round."""
    kind, name = complaint.collector
    if kind is CollectorKind.BANK:
        return "贵行的催收人员"
    if kind is CollectorKind.AGENCY:
        return f"催收机构“{name}”" if name else "一家未说明名称的催收机构"
    return f"自称“{name}”的催收人员" if name else "身份不明的催收人员"


def addressee(complaint: Complaint) -> str:
    issuers = list(dict.fromkeys(d.creditor_name for d in complaint.debts))
    return ("、".join(issuers) if issuers else BLANK) + "消费者权益保护部门"


def accounts_text(complaint: Complaint) -> str:
    """'贵行信用卡（尾号1234）', one card or several, and a blank to fill in when none is known."""
    debts = complaint.debts
    if not debts:
        return f"贵行信用卡（尾号{BLANK}）"
    several_issuers = len({d.creditor_name for d in debts}) > 1
    parts = []
    for debt in debts:
        kind = "信用卡" if debt.kind is DebtKind.CARD else "贷款账户"
        owner = debt.creditor_name if several_issuers else "贵行"
        parts.append(f"{owner}{kind}（尾号{debt.tail or BLANK}）")
    return "、".join(parts)


def when_text(incident: Incident) -> str:
    """'2026年11月20日21:30至23:10', marking a window that ends the next morning."""
    start = incident.occurred_at
    text = dates.format_cn_date(start.date()) + start.strftime("%H:%M")
    if incident.until is not None and incident.until != start.time().replace(second=0, microsecond=0):
        next_day = incident.until < start.time()
        text += "至" + ("次日" if next_day else "") + incident.until.strftime("%H:%M")
    return text


def incident_text(incident: Incident) -> str:
    """What happened, in one or two sentences after the date and time."""
    what = CHANNELS[incident.channel]
    if incident.count > 1:
        what += f"，共{incident.count}次"
    notes = []
    if incident.contacted is not Party.DEBTOR:
        notes.append(f"被联系的是{PARTIES[incident.contacted]}")
    if incident.caller_name:
        notes.append(f"对方自称“{incident.caller_name}”")
    if incident.caller_number:
        notes.append(f"来电或联系号码为{incident.caller_number}")
    if incident.number_dialled:
        notes.append(f"拨打的是本人的号码{incident.number_dialled}")
    sentence = f"对方{what}" + (f"（{'；'.join(notes)}）" if notes else "") + "。"
    facts = [str(wording.FACTS[Fact(code)]) for code in incident.facts if code in wording.FACTS]
    if facts:
        sentence += "具体情况：" + "；".join(facts) + "。"
    return sentence


def cite(rows: list[Citation]) -> list[str]:
    """Instrument and article, articles of one instrument joined; where no article is confirmed,
    the instrument and its substance in plain words. ＊ marks rows known from secondary sources."""
    parts: list[tuple[str, list[str], bool]] = []
    for row in rows:
        number = f"（{row.doc_number}）" if row.doc_number and not row.article else ""
        name = f"《{row.instrument}》{number}"
        secondary = row.tag is Tag.SECONDARY
        if not row.article:
            parts.append((f"{name}（要点：{row.substance_zh.rstrip('。')}）", [], secondary))
        elif parts and parts[-1][0] == name and parts[-1][1] and parts[-1][2] == secondary:
            parts[-1][1].append(row.article)
        else:
            parts.append((name, [row.article], secondary))
    return [name + "、".join(articles) + ("＊" if secondary else "") for name, articles, secondary in parts]


def _breaches(complaint: Complaint, numbers: dict[str, int]) -> list[dict]:
    several = len(complaint.incidents) > 1
    rows = []
    for finding in complaint.findings:
        shown = [c for c in map(citations.get, finding.citation_ids) if citations.shown_as_law(c)]
        refs = sorted(numbers[i] for i in finding.incident_ids if i in numbers)
        rows.append({
            "text": BREACHES[finding.rule_id],
            "refs": f"（见上述第{'、'.join(map(str, refs))}项）" if several and refs else "",
            "citations": cite(shown),
        })
    return rows


def _requests(complaint: Complaint, due: date) -> list[str]:
    asks = ["立即停止上述催收行为"]
    if any(f.rule_id in THIRD_PARTY_RULES for f in complaint.findings):
        asks.append("不再联系本人的亲属、同事、工作单位等与欠款无关的人，不再向他们透露本人的欠款情况")
    if complaint.collector.kind is CollectorKind.BANK:
        asks.append("书面告知本人上述催收由贵行哪个部门进行；如系委托外部机构，请告知该机构的名称及其与贵行的委托关系")
    else:
        asks.append("书面告知本人实施上述催收的机构名称，以及该机构与贵行的关系（是否受贵行委托催收）")
    asks.append("对上述行为进行调查，依规处理，并将处理结果告知本人")
    asks.append(f"请于{dates.format_cn_date(due)}前书面答复本人")
    return asks


def _exhibits(complaint: Complaint, numbers: dict[str, int]) -> list[str]:
    several = len(complaint.incidents) > 1
    rows = []
    for incident in complaint.incidents:
        for item in incident.evidence:
            text = f"{EVIDENCE[item.kind]}，{dates.format_cn_date(item.dated_on)}"
            if item.note:
                text += f"，{item.note}"
            if several:
                text += f"（对应上述第{numbers[incident.id]}项）"
            rows.append(text)
    return [f"证据{cn_number(n)}：{text}" for n, text in enumerate(rows, start=1)]


def statement_paragraph(complaint: Complaint) -> Paragraph:
    """The one paragraph the user may rewrite in their own words."""
    return Paragraph(key=f"complaint-{complaint.key}-statement", label=str(wording.STATEMENT_LABEL),
                     default=STATEMENT)


def letter_context(case: Case, complaint: Complaint, today: date) -> dict:
    """Everything the letter template prints, already worded in Simplified Chinese."""
    numbers = {incident.id: n for n, incident in enumerate(complaint.incidents, start=1)}
    applicant = case.applicant
    with force_locale("zh_Hans_CN"):
        incidents = [{"number": numbers[i.id], "when": when_text(i), "text": incident_text(i),
                      "details": i.details} for i in complaint.incidents]
    breaches = _breaches(complaint, numbers)
    return {
        "title": TITLE, "addressee": addressee(complaint), "accounts": accounts_text(complaint),
        "collector": collector_text(complaint), "incidents": incidents, "breaches": breaches,
        "requests": _requests(complaint, reply_by(today)), "exhibits": _exhibits(complaint, numbers),
        "statement": narrative(case, statement_paragraph(complaint)),
        "name": applicant.name.strip() or BLANK, "phone": applicant.phone.strip() or BLANK,
        "dated": dates.format_cn_date(today),
    }


def explain_en(complaint: Complaint, today: date) -> str:
    incidents = len(complaint.incidents)
    return (f"A complaint to the card issuer's consumer-protection department about the collector's conduct: "
            f"{incidents} incident{'s' if incidents != 1 else ''} with date and time, the rules they break "
            f"({len(complaint.findings)} finding{'s' if len(complaint.findings) != 1 else ''}) and their "
            f"sources, a request to stop, to name the agency and its relation to the bank, and a written "
            f"reply by {reply_by(today).isoformat()} (15 days, as the complaint-handling rules set), "
            f"then the evidence annex. Print, sign and send it; keep a copy and note the day you sent it.")


def document(case: Case, complaint: Complaint, today: date) -> Document:
    with force_locale("zh_Hans_CN"):
        label = str(wording.collector_label(complaint.collector))
    return Document(
        key=f"complaint-{complaint.key}", title=f"{TITLE}（{label}）",
        summary=str(wording.complaint_summary(complaint.collector)),
        template="letters/_complaint_section.html",
        filename=safe_filename("complaint", complaint.key, ext="pdf"),
        context=letter_context(case, complaint, today), paragraphs=(statement_paragraph(complaint),),
        explain_en=explain_en(complaint, today),
    )


@register
def complaint_documents(case: Case, today: date) -> list[Document]:
    """Documents provider: one complaint letter per collector with 违法 or 违规 findings."""
    return [document(case, complaint, today) for complaint in complaints_for(case)]
