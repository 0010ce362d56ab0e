"""The complaint letter (催收投诉信): its text, built from a Complaint, always in Simplified Chinese.

Letters go to mainland creditors whatever the UI language, so the sentences here are plain Chinese,
not msgids, including the user's checklist facts restated in the letter's voice (`FACTS`: 本人,
not the checklist's 我). One letter per collector and creditor (app.conduct.complaint): a bank is
贵行, a 网贷/消费金融 lender 贵机构. Every user string reaches the page through Jinja's
autoescaping, never as markup.
"""

from __future__ import annotations

from datetime import date

from flask_babel import force_locale
from markupsafe import Markup

from app.conduct import wording
from app.conduct.complaint import (
    DELIVERY_ESTIMATE_DAYS,
    REPLY_DAYS,
    Complaint,
    ReplyBy,
    complaints_for,
    received_on,
    reply_by,
)
from app.core import citations, dates
from app.core.case import Case, Channel, CollectorKind, EvidenceKind, Incident, Party
from app.core.citations import Citation, Tag
from app.core.conduct.engine import Finding
from app.core.conduct.facts import Fact
from app.core.letters.common import count_cn
from app.core.letters.request import letter_date
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
    "c_impersonate_other": "冒用律师、{you}员工或其他机构的身份催收",
    "c_fake_legal_document": "发送伪造的法律文书",
    "c_public_notice": "张贴催收公告或律师函",
    "c_no_identification": "拒绝说明催收人员的身份以及代表哪家机构催收",
    "c_private_channel_agency": "催收机构使用私人手机号或个人社交账号联系本人",
    "c_personal_account": "要求本人把还款转入个人账户或个人收款码",
    "c_false_legal_threat": "以虚假或夸大的后果、金额相威胁",
    "c_home_entry": "未经本人同意进入本人住宅，或经要求后拒不离开",
    "c_workplace_visit": "上门到本人工作单位催收",
    "c_unlawful_fees": "索要或收取合同约定以外的费用",
    "c_induce_borrowing": "诱导或逼迫本人借新债还旧债",
    "c_collection_after_agreement": "在本人已签订并正在履行分期还款协议的情况下继续催收",
}

# c_false_legal_threat for the court threats alone: a false statement of legal consequences (what is
# true is in court-stage-zh.md §7), and a court-looking demand for payment told as what it was.
LEGAL_CONSEQUENCES = "以虚假或夸大的法律后果相威胁"
COURT_LOOKING_DEMAND = "发来看似法院发出的短信或文书，要求本人付款"
_COURT_THREATS = frozenset(f.value for f in (
    Fact.THREATENED_IMMEDIATE_LAWSUIT, Fact.THREATENED_ARREST_FOR_ABSENCE, Fact.THREATENED_FAMILY_ACCOUNTS))
_OTHER_THREATS = frozenset(f.value for f in (Fact.FALSE_ARREST_OR_BLACKLIST_THREAT, Fact.INFLATED_AMOUNT))

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

# The checklist facts as the letter states them: the debtor's own checklist words ("对方骂我"), in the
# letter's voice ("本人"). Plain Chinese, not msgids (letters are always Simplified Chinese).
FACTS = {
    Fact.INSULTING_WORDS: "对方辱骂本人，或说了侮辱本人的话",
    Fact.REPEATED_ABUSIVE_MESSAGES: "对方一次又一次发来辱骂或恐吓的消息",
    Fact.THREATENED_HARM: "对方说要伤害本人或本人的家人",
    Fact.THREATENED_HOME_VISIT: "对方说要到本人家里来找麻烦",
    Fact.FALSE_ARREST_OR_BLACKLIST_THREAT: "对方说本人会被抓、上“黑名单”、孩子不能上学之类的话",
    Fact.INFLATED_AMOUNT: "对方说的欠款数额比本人的账单多",
    Fact.THREATENED_IMMEDIATE_LAWSUIT: "对方称马上起诉本人、明天就立案，或要“上门起诉”",
    Fact.THREATENED_ARREST_FOR_ABSENCE: "对方称本人不出庭（或不接电话）就会被抓",
    Fact.THREATENED_FAMILY_ACCOUNTS: "对方称要冻结本人家人的账户，或查封本人家人的房产",
    Fact.REFUSED_IDENTITY: "对方不肯说明自己的姓名、所属机构，或替谁催收",
    Fact.CLAIMED_COURT_OR_POLICE: "对方自称是公安、法院、检察院或政府的工作人员，或称替他们办事",
    Fact.CLAIMED_TO_BE_LAWYER: "对方自称是律师",
    Fact.CLAIMED_TO_BE_BANK: "对方自称是银行的员工",
    Fact.IDENTITY_FOUND_FALSE: "本人向银行或律师事务所核实过，对方所称的身份不实",
    Fact.SENT_FAKE_LEGAL_DOCUMENT: "对方发来“传票”“立案通知”或律师函，但并非经法院或律师事务所正式渠道送达",
    Fact.COURT_LOOKING_PAYMENT_DEMAND: "对方发来看似法院发出的短信或文书，要求本人付款",
    Fact.USED_PRIVATE_PHONE_OR_WECHAT: "对方用私人手机号或个人微信联系本人",
    Fact.ASKED_PERSONAL_ACCOUNT: "对方要求本人把钱转入个人账户或个人收款码",
    Fact.ASKED_FEE_TO_STOP: "对方要求本人交一笔钱，称交了就停止催收",
    Fact.CHARGED_COLLECTION_FEE: "对方要求本人支付“催收费”“手续费”“律师费”等合同没有约定的费用",
    Fact.PRESSED_NEW_LOAN: "对方要求本人去借网贷、套现或向家人借钱来还款",
    Fact.TOLD_THIRD_PARTY_AMOUNT: "对方把本人的欠款数额告诉了他人",
    Fact.TOLD_THIRD_PARTY_ABOUT_DEBT: "对方告诉他人本人欠款或逾期",
    Fact.THIRD_PARTY_PRESSED: "对方要求他人替本人还钱，或让他人逼本人还钱",
    Fact.THIRD_PARTY_ASKED_TO_STOP: "被联系的人此前已要求对方不要再联系他",
    Fact.ASKED_ONLY_CONTACT_DETAILS: "对方只是询问如何联系本人，或请人带话",
    Fact.DEBTOR_UNREACHABLE: "那段时间他人联系不上本人",
    Fact.USED_CONTACT_LIST: "对方联系了本人手机通讯录中的人，而本人从未向对方提供过这些人的电话",
    Fact.EXPOSED_DEBT_ONLINE: "对方在群聊或网上公开了本人欠款的事",
    Fact.POSTED_PUBLIC_NOTICE: "对方在本人家、单位或公共场所张贴催收通知或律师函",
    Fact.CALLED_WORKPLACE: "对方打电话到本人的工作单位",
    Fact.ENTERED_HOME: "对方未经本人同意进入本人家中",
    Fact.REFUSED_TO_LEAVE: "本人要求对方离开，对方拒不离开",
    Fact.HIT_OR_BLOCKED: "对方殴打、推搡本人，或拦着不让本人离开",
    Fact.DETAINED_OR_TAKEN_AWAY: "对方把本人关起来，或把本人带到别的地方",
    Fact.FOLLOWED_OR_STALKED: "对方跟踪本人",
    Fact.DEBTOR_CONSENTED_TO_TIME: "本人事先同意过对方在这个时间联系",
    Fact.AFTER_INSTALLMENT_AGREEMENT: "本人已与债权人签订分期还款协议，并一直按约定还款",
    Fact.POLITE_REMINDER: "对方说明了身份，态度礼貌，告知了欠款金额",
    Fact.LAWSUIT_OR_CREDIT_REPORT: "债权人起诉、申请支付令、报送征信或向公安机关报案",
    Fact.CONTINUED_AFTER_AUTHORITY_STOPPED: "派出所或其他部门已经制止或处罚过对方，对方仍继续这样做",
}

EVIDENCE = {
    EvidenceKind.RECORDING: "录音", EvidenceKind.SCREENSHOT: "截图", EvidenceKind.LETTER: "信件或文书",
    EvidenceKind.WITNESS: "证人证言", EvidenceKind.CALL_LOG: "通话记录",
}

THIRD_PARTY_RULES = frozenset({"c_third_party_pressure", "c_third_party_disclosure", "c_contacts_harvest"})
STATEMENT = ("上述行为影响了本人及家人的正常生活。本人没有拒绝还款，愿意与{you}协商可以负担的还款安排，"
             "也请{you}依法依规进行催收。")
# Counting rules count the collector's contacts with the debtor that day, whichever debt they were for.
_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 -> 一, 12 -> 十二, 40 -> 四十; from 100 on, Arabic digits (an annex that long is rare)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def you(complaint: Complaint) -> str:
    """How the letter addresses the creditor: 贵行 for a bank (or an unknown creditor of card debt),
    贵机构 for a 网贷/消费金融 lender, which is not necessarily a bank."""
    return "贵机构" if complaint.lender else "贵行"


def own_staff(complaint: Complaint) -> bool:
    """The creditor collecting itself (a bank the user did not name counts as the creditor)."""
    kind, name = complaint.collector
    return kind is CollectorKind.BANK and not (name and complaint.creditor and name != complaint.creditor)


def user(text: str) -> Markup:
    """A user's string inside a letter sentence, escaped. The template prints every sentence holding
    one in a block of class `user-text`; not in an inline span of its own, because WeasyPrint does
    not wrap a long Latin run inside a nested inline box (tests/pdf/test_user_text_wraps.py)."""
    return Markup("{}").format(text)


def collector_text(complaint: Complaint) -> Markup:
    """How the letter names the collector, first time round."""
    kind, name = complaint.collector
    if own_staff(complaint):
        return Markup("{}的催收人员").format(you(complaint))
    if kind is CollectorKind.BANK:
        return Markup("“{}”的催收人员").format(user(name))
    if kind is CollectorKind.AGENCY:
        return Markup("催收机构“{}”").format(user(name)) if name else Markup("一家未说明名称的催收机构")
    return Markup("自称“{}”的催收人员").format(user(name)) if name else Markup("身份不明的催收人员")


def addressee(complaint: Complaint) -> str:
    """'招商银行消费者权益保护部门' for a bank; a lender's complaint desk, whose name we do not know,
    as '某某消费金融投诉处理部门'; a line to fill in when the creditor is not known."""
    name = user(complaint.creditor) if complaint.creditor else BLANK
    return (Markup("{}投诉处理部门") if complaint.lender else Markup("{}消费者权益保护部门")).format(name)


def accounts_text(complaint: Complaint) -> Markup:
    """What the debtor holds, as the opening sentence says it after '本人…': '持有贵行信用卡（尾号1234）',
    '持有贵行的两张信用卡（尾号1234、5678）', '在贵机构有借款（账户尾号8888）', with a blank to fill
    in when no account is known."""
    debts = complaint.debts
    tails = Markup("、").join(user(d.tail) if d.tail else BLANK for d in debts) or BLANK
    who = you(complaint)
    if complaint.lender:
        several = f"{count_cn(len(debts))}笔" if len(debts) > 1 else ""
        return Markup("在{}有{}借款（账户尾号{}）").format(who, several, tails)
    if len(debts) <= 1:
        return Markup("持有{}信用卡（尾号{}）").format(who, tails)
    return Markup("持有{}的{}张信用卡（尾号{}）").format(who, count_cn(len(debts)), tails)


def when_text(incident: Incident) -> str:
    """'2026年11月20日21:30至23:10', marking a window that ends the next morning."""
    start = incident.occurred_at
    text = dates.format_cn_date(start.date()) + start.strftime("%H:%M")
    if incident.until is not None and incident.until != start.time().replace(second=0, microsecond=0):
        next_day = incident.until < start.time()
        text += "至" + ("次日" if next_day else "") + incident.until.strftime("%H:%M")
    return text


def incident_text(incident: Incident) -> Markup:
    """What happened, in one or two sentences after the date and time."""
    what = CHANNELS[incident.channel]
    if incident.count > 1:
        what += f"，共{incident.count}次"
    notes: list[Markup] = []
    if incident.contacted is not Party.DEBTOR:
        notes.append(Markup("被联系的是{}").format(PARTIES[incident.contacted]))
    if incident.caller_name:
        notes.append(Markup("对方自称“{}”").format(user(incident.caller_name)))
    if incident.caller_number:
        notes.append(Markup("来电或联系号码为{}").format(user(incident.caller_number)))
    if incident.number_dialled:
        notes.append(Markup("拨打的是本人的号码{}").format(user(incident.number_dialled)))
    sentence = Markup("对方{}").format(what)
    if notes:
        sentence += Markup("（{}）").format(Markup("；").join(notes))
    sentence += Markup("。")
    facts = [FACTS[Fact(code)] for code in incident.facts if code in FACTS]
    if facts:
        sentence += Markup("具体情况：{}。").format("；".join(facts))
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


COUNTED = {
    "c_calls_unanswered_over_6": "该催收方向本人同一号码拨打而未接通的电话共{n}次",
    "c_calls_connected_over_3": "该催收方与本人接通的催收电话共{n}次",
}


def count_note(complaint: Complaint, finding) -> str:
    """For a counting rule: the day and the count, stated as the collector's conduct toward the
    debtor, saying so when some of those calls were about another creditor's debt."""
    if finding.rule_id not in COUNTED or "count" not in finding.facts:
        return ""
    day = dates.format_cn_date(date.fromisoformat(finding.facts["date"]))
    text = f"{day}当天，" + COUNTED[finding.rule_id].format(n=finding.facts["count"])
    if not set(finding.incident_ids) <= {i.id for i in complaint.incidents}:
        text += f"，其中包括为本人其他欠款催收的来电；上文只列出与{you(complaint)}欠款有关的来电"
    return text


def breach_text(complaint: Complaint, finding: Finding) -> str:
    """The conduct a finding complains of, as the letter states it."""
    if finding.rule_id != "c_false_legal_threat":
        return BREACHES[finding.rule_id].format(you=you(complaint))
    codes = set(finding.facts.get("facts", "").split(","))
    parts = []
    if codes & _OTHER_THREATS:
        parts.append(BREACHES["c_false_legal_threat"])
    elif codes & _COURT_THREATS:
        parts.append(LEGAL_CONSEQUENCES)
    if Fact.COURT_LOOKING_PAYMENT_DEMAND.value in codes:
        parts.append(COURT_LOOKING_DEMAND)
    return "；".join(parts)


def _breaches(complaint: Complaint, numbers: dict[str, int]) -> list[dict]:
    several = len(complaint.incidents) > 1
    rows = []
    for finding in complaint.findings:
        shown = [c for c in map(citations.get, finding.citation_ids) if citations.shown_as_law(c)]
        refs = sorted(numbers[i] for i in finding.incident_ids if i in numbers)
        notes = [n for n in (count_note(complaint, finding),) if n]
        if several and refs:
            notes.append(f"见上述第{'、'.join(map(str, refs))}项")
        rows.append({
            "text": breach_text(complaint, finding),
            "refs": f"（{'；'.join(notes)}）" if notes else "",
            "citations": cite(shown),
        })
    return rows


def reply_text(due: ReplyBy) -> str:
    """'请于…前书面答复本人', saying which date the 15 days are counted from."""
    by = dates.format_cn_date(due.on)
    start = dates.format_cn_date(due.counted_from)
    if due.received_entered:
        return f"请于{by}前书面答复本人（自本投诉于{start}送达之日起{REPLY_DAYS}日计算）"
    return (f"请于{by}前书面答复本人（自收到本投诉之日起{REPLY_DAYS}日计算；本人估计本信于{start}前后送达，"
            f"即落款日后约{DELIVERY_ESTIMATE_DAYS}日，此送达日仅为估计，以实际收到之日为准）")


def _requests(complaint: Complaint, due: ReplyBy) -> list[str]:
    who = you(complaint)
    asks = ["立即停止上述催收行为"]
    if any(f.rule_id in THIRD_PARTY_RULES for f in complaint.findings):
        asks.append("不再联系本人的亲属、同事、工作单位等与欠款无关的人，不再向他们透露本人的欠款情况")
    if own_staff(complaint):
        asks.append(f"书面告知本人上述催收由{who}哪个部门进行；如系委托外部机构，请告知该机构的名称及其与{who}的委托关系")
    else:
        asks.append(f"书面告知本人实施上述催收的机构名称，以及该机构与{who}的关系（是否受{who}委托催收）")
    asks.append("对上述行为进行调查，依规处理，并将处理结果告知本人")
    asks.append(reply_text(due))
    return asks


def _exhibits(complaint: Complaint, numbers: dict[str, int]) -> list[Markup]:
    several = len(complaint.incidents) > 1
    rows: list[Markup] = []
    for incident in complaint.incidents:
        for item in incident.evidence:
            text = Markup("{}，{}").format(EVIDENCE[item.kind], dates.format_cn_date(item.dated_on))
            if item.note:
                text += Markup("，{}").format(user(item.note))
            if several:
                text += Markup("（对应上述第{}项）").format(numbers[incident.id])
            rows.append(text)
    return [Markup("证据{}：").format(cn_number(n)) + text for n, text in enumerate(rows, start=1)]


def statement_paragraph(case: Case, complaint: Complaint) -> Paragraph:
    """The one paragraph the user may rewrite in their own words. A statement written before letters
    were split per creditor (kept under the collector's old key) is each split letter's draft."""
    legacy = case.narratives.get(f"complaint-{complaint.legacy_key}-statement")
    return Paragraph(key=f"complaint-{complaint.key}-statement", label=str(wording.STATEMENT_LABEL),
                     default=legacy or STATEMENT.format(you=you(complaint)))


def letter_context(case: Case, complaint: Complaint, today: date) -> dict:
    """Everything the letter template prints, already worded in Simplified Chinese."""
    numbers = {incident.id: n for n, incident in enumerate(complaint.incidents, start=1)}
    applicant = case.applicant
    with force_locale("zh_Hans_CN"):
        incidents = [{"number": numbers[i.id], "when": when_text(i), "text": incident_text(i),
                      "details": i.details} for i in complaint.incidents]
    breaches = _breaches(complaint, numbers)
    due = reply_by(today, received_on(case, complaint))
    return {
        "title": TITLE, "addressee": addressee(complaint), "accounts": accounts_text(complaint),
        "you": you(complaint), "lender": complaint.lender,
        "starred": any("＊" in text for row in breaches for text in row["citations"]),
        "collector": collector_text(complaint), "incidents": incidents, "breaches": breaches,
        "requests": _requests(complaint, due), "exhibits": _exhibits(complaint, numbers),
        "statement": narrative(case, statement_paragraph(case, complaint)),
        "name": applicant.name.strip() or BLANK, "phone": applicant.phone.strip() or BLANK,
        "dated": dates.format_cn_date(today),
    }


def explain_en(complaint: Complaint, today: date, received=None) -> str:
    incidents = len(complaint.incidents)
    due = reply_by(today, received)
    to = ("the lender's complaints desk" if complaint.lender
          else "the card issuer's consumer-protection department")
    rule = ("" if complaint.lender
            else " (the complaint-handling rules give banks 15 days from receipt for a simple complaint)")
    if due.received_entered:
        counted = f"counted from the receipt date you entered, {due.counted_from.isoformat()}"
    else:
        counted = (f"counted from an estimated receipt on {due.counted_from.isoformat()} "
                   f"({DELIVERY_ESTIMATE_DAYS} "
                   f"days after the letter's date: only an estimate, and the letter says so)")
    return (f"A complaint to {to} about the collector's conduct on this creditor's debt: "
            f"{incidents} incident{'s' if incidents != 1 else ''} with date and time, the rules they break "
            f"({len(complaint.findings)} finding{'s' if len(complaint.findings) != 1 else ''}) and their "
            f"sources, a request to stop, to name the agency and its relation to the creditor, and a written "
            f"reply within {REPLY_DAYS} days of receipt{rule}: by {due.on.isoformat()}, {counted}; "
            f"then the evidence annex. Print, sign and send it; keep a copy and note the day you sent it.")


def document(case: Case, complaint: Complaint, today: date) -> Document:
    with force_locale("zh_Hans_CN"):
        label = str(wording.collector_label(complaint.collector))
    to = f"，致{complaint.creditor}" if complaint.creditor else ""
    return Document(
        key=f"complaint-{complaint.key}", title=f"{TITLE}（{label}{to}）",
        summary=str(wording.complaint_summary(complaint)),
        template="letters/_complaint_section.html",
        filename=safe_filename("complaint", complaint.key, ext="pdf"),
        context=letter_context(case, complaint, today), paragraphs=(statement_paragraph(case, complaint),),
        explain_en=explain_en(complaint, today, received_on(case, complaint)),
    )


@register
def complaint_documents(case: Case, today: date) -> list[Document]:
    """Documents provider: one complaint letter per collector with 违法 or 违规 findings, dated as the
    request letters are (the signing date the user chose, or today)."""
    dated_on = letter_date(case, today)
    return [document(case, complaint, dated_on) for complaint in complaints_for(case)]
