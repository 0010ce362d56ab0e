"""Plain words for the conduct step, keyed by the core's codes (rule ids, fact codes, enums).

The checklist labels are first-person statements of fact ("对方说要到我家里来"), never verdicts,
so the same words read right in the form, on the findings page and in the complaint letter
(which is rendered under the Simplified Chinese locale, where the msgid is the text).
"""

from __future__ import annotations

from datetime import date

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from app.core import complaints as tracking
from app.core.case import Channel, CollectorKind, EvidenceKind, Party
from app.core.complaints import ComplaintEntry, SendChannel, State, Step
from app.core.conduct.checks import CollectorKey
from app.core.conduct.engine import Action, Finding
from app.core.conduct.facts import Fact
from app.core.conduct.rules import Severity
from app.i18n import Formats, per_locale, ui_date

CHANNELS = {
    Channel.CALL_ANSWERED: _l("电话（我接了）"),
    Channel.ROBOT_CALL: _l("机器人或 AI 语音电话（我接了）"),
    Channel.CALL_UNANSWERED: _l("电话（没接通或我没接）"),
    Channel.SMS: _l("短信"),
    Channel.APP_MESSAGE: _l("App、微信或其他聊天软件消息"),
    Channel.LETTER: _l("信件"),
    Channel.HOME_VISIT: _l("上门到家里"),
    Channel.WORKPLACE_VISIT: _l("到我的工作单位"),
    Channel.THIRD_PARTY: _l("联系了我以外的人"),
}

COLLECTOR_KINDS = {
    CollectorKind.BANK: _l("银行自己"),
    CollectorKind.AGENCY: _l("催收公司或其他机构"),
    CollectorKind.UNKNOWN: _l("不清楚"),
}

PARTIES = {
    Party.DEBTOR: _l("我本人"),
    Party.RELATIVE: _l("我的亲属"),
    Party.EMPLOYER: _l("我的单位或老板"),
    Party.COLLEAGUE: _l("我的同事"),
    Party.CONTACTS: _l("我通讯录里的人"),
    Party.GUARANTOR: _l("我的担保人"),
    Party.SPOUSE_DEBT_RELATED: _l("我的配偶（这笔钱用于家庭开支）"),
}

EVIDENCE_KINDS = {
    EvidenceKind.RECORDING: _l("录音"),
    EvidenceKind.SCREENSHOT: _l("截图"),
    EvidenceKind.LETTER: _l("信件或文书"),
    EvidenceKind.WITNESS: _l("证人"),
    EvidenceKind.CALL_LOG: _l("通话记录"),
}

FACT_GROUPS = {
    "said": _l("对方说了什么"),
    "identity": _l("对方说自己是谁"),
    "money": _l("钱的事"),
    "others": _l("和别人有关的事"),
    "force": _l("上门和人身安全"),
    "context": _l("其他情况"),
}

FACTS = {
    Fact.INSULTING_WORDS: _l("对方骂我，或说了侮辱我的话"),
    Fact.REPEATED_ABUSIVE_MESSAGES: _l("对方一次又一次发来辱骂或吓人的消息"),
    Fact.THREATENED_HARM: _l("对方说要伤害我或我的家人"),
    Fact.THREATENED_HOME_VISIT: _l("对方说要到我家里来找麻烦"),
    Fact.FALSE_ARREST_OR_BLACKLIST_THREAT: _l("对方说我会被抓、上“黑名单”、孩子不能上学之类的话"),
    Fact.INFLATED_AMOUNT: _l("对方说的欠款数比我的账单多"),
    Fact.THREATENED_IMMEDIATE_LAWSUIT: _l("对方说马上起诉我、明天就立案，或要“上门起诉”"),
    Fact.THREATENED_ARREST_FOR_ABSENCE: _l("对方说我不出庭（或不接电话）就会被抓"),
    Fact.THREATENED_FAMILY_ACCOUNTS: _l("对方说要冻结我家人的账户，或查封我家人的房子"),
    Fact.REFUSED_IDENTITY: _l("对方不肯说自己的名字、公司，或替谁催收"),
    Fact.CLAIMED_COURT_OR_POLICE: _l("对方说自己是公安、法院、检察院或政府的人，或替他们办事"),
    Fact.CLAIMED_TO_BE_LAWYER: _l("对方说自己是律师"),
    Fact.CLAIMED_TO_BE_BANK: _l("对方说自己是银行的员工"),
    Fact.IDENTITY_FOUND_FALSE: _l("我向银行或律所核实过，对方说的身份是假的"),
    Fact.SENT_FAKE_LEGAL_DOCUMENT: _l("对方发来“传票”“立案通知”或律师函，但不是从法院或律所正式渠道来的"),
    Fact.COURT_LOOKING_PAYMENT_DEMAND: _l("对方发来看起来像是法院的短信或文书，要我付款"),
    Fact.USED_PRIVATE_PHONE_OR_WECHAT: _l("对方用私人手机号或个人微信联系我"),
    Fact.ASKED_PERSONAL_ACCOUNT: _l("对方让我把钱打到个人账户或个人收款码"),
    Fact.ASKED_FEE_TO_STOP: _l("对方让我交一笔钱，说交了就停止催收"),
    Fact.CHARGED_COLLECTION_FEE: _l("对方要我付“催收费”“手续费”“律师费”等合同里没有的钱"),
    Fact.PRESSED_NEW_LOAN: _l("对方让我去借网贷、套现或找家人借钱来还"),
    Fact.TOLD_THIRD_PARTY_AMOUNT: _l("对方把我欠多少钱告诉了别人"),
    Fact.TOLD_THIRD_PARTY_ABOUT_DEBT: _l("对方告诉别人我欠钱或逾期了"),
    Fact.THIRD_PARTY_PRESSED: _l("对方让别人替我还钱，或让别人逼我还钱"),
    Fact.THIRD_PARTY_ASKED_TO_STOP: _l("那个人之前已经要求对方不要再联系他"),
    Fact.ASKED_ONLY_CONTACT_DETAILS: _l("对方只是问怎么联系我，或请人带个话"),
    Fact.DEBTOR_UNREACHABLE: _l("那段时间别人联系不上我"),
    Fact.USED_CONTACT_LIST: _l("对方联系了我手机通讯录里的人，而我从没把这些人的电话给过对方"),
    Fact.EXPOSED_DEBT_ONLINE: _l("对方在群聊或网上发了我欠钱的事"),
    Fact.POSTED_PUBLIC_NOTICE: _l("对方在我家、单位或公共场所张贴催收通知或律师函"),
    Fact.CALLED_WORKPLACE: _l("对方打电话到我的单位"),
    Fact.ENTERED_HOME: _l("对方没经过我同意进了我家"),
    Fact.REFUSED_TO_LEAVE: _l("我请对方离开，对方不走"),
    Fact.HIT_OR_BLOCKED: _l("对方打我、推我，或拦着不让我走"),
    Fact.DETAINED_OR_TAKEN_AWAY: _l("对方把我关起来，或把我带到别的地方"),
    Fact.FOLLOWED_OR_STALKED: _l("对方跟踪我"),
    Fact.DEBTOR_CONSENTED_TO_TIME: _l("我事先同意过对方在这个时间联系我"),
    Fact.AFTER_INSTALLMENT_AGREEMENT: _l("我已经和银行签了分期还款协议，并且一直按约定在还"),
    Fact.POLITE_REMINDER: _l("对方说明了身份，态度礼貌，讲了欠款金额"),
    Fact.LAWSUIT_OR_CREDIT_REPORT: _l("银行起诉了我、申请了支付令、上报了征信或向公安报案"),
    Fact.CONTACTED_AFTER_ASKED_TO_STOP: _l("我已经要求对方不要再这样联系我，对方还是又联系了"),
    Fact.CONTINUED_AFTER_AUTHORITY_STOPPED: _l("派出所或其他部门已经制止或处罚过对方，对方仍继续这样做"),
}

SEVERITIES = {
    Severity.UNLAWFUL: _l("违法"),
    Severity.BREACH: _l("违规"),
    Severity.NOTED: _l("合规（仅作记录）"),
}

SEVERITY_MEANING = {
    Severity.UNLAWFUL: _l("违反法律，可能受到处罚。"),
    Severity.BREACH: _l("违反监管规定或行业规范。"),
    Severity.NOTED: _l("本身是允许的，记下来备查。"),
}

RULES = {
    "c_hours_night": _l("在晚上 10 点到早上 8 点之间催收"),
    "c_hours_evening_21_22": _l("在晚上 9 点到 10 点之间联系"),
    "c_calls_unanswered_over_6": _l("一天内对同一号码拨打超过 6 次未接通"),
    "c_calls_connected_over_3": _l("一天内接通的催收电话超过 3 次"),
    "c_harassing_messages": _l("反复发送辱骂、恐吓信息，或纠缠、跟踪"),
    "c_third_party_pressure": _l("向亲友、同事、单位等与欠款无关的人催收"),
    "c_third_party_disclosure": _l("把欠款的事告诉与欠款无关的人"),
    "c_third_party_relay_only": _l("联系不上您时，向别人询问您的联系方式"),
    "c_guarantor_contact": _l("向担保人或与这笔欠款有关的配偶催收"),
    "c_contacts_harvest": _l("使用您没有提供过的通讯录或个人信息"),
    "c_threat_violence": _l("威胁伤害您或家人"),
    "c_violence_detention": _l("动手、拦截、限制人身自由"),
    "c_insult": _l("侮辱、辱骂"),
    "c_impersonate_authority": _l("冒充公安、法院等国家机关"),
    "c_impersonate_other": _l("冒充律师、银行员工或其他机构"),
    "c_fake_legal_document": _l("发送假的法律文书"),
    "c_public_notice": _l("张贴催收通知或律师函"),
    "c_no_identification": _l("不说明身份，也不说明替谁催收"),
    "c_private_channel_agency": _l("催收公司用私人手机或个人微信联系"),
    "c_personal_account": _l("要求把钱打到个人账户"),
    "c_false_legal_threat": _l("虚假或夸大的威胁"),
    "c_home_visit": _l("白天上门催收"),
    "c_home_entry": _l("未经同意进入住宅或赖着不走"),
    "c_workplace_visit": _l("上门到工作单位催收"),
    "c_unlawful_fees": _l("收取合同以外的费用"),
    "c_induce_borrowing": _l("逼您借新债还旧债"),
    "c_lawful_reminder": _l("正常的还款提醒"),
    "c_lawsuit_or_credit_report": _l("起诉、上报征信等合法手段"),
    "c_collection_after_agreement": _l("签了分期协议并按约还款后仍在催收"),
}

# What the rule means for the user; a note where no Chinese rule exists.
RULE_NOTES = {
    "c_hours_evening_21_22": _l("中国没有查到规定晚上 9 点到 10 点不能催收的规则，所以这里只作记录。国外有更严的做法，下面列出仅供对比，不是中国法律。"),
    "c_third_party_relay_only": _l("只在联系不上您时询问联系方式或请人带话、不透露欠款，是允许的；对方如果施压、透露欠款，或对方要求别再联系后仍继续，就不允许了。"),
    "c_personal_account": _l("请只通过银行官方渠道把钱还到您自己的卡账户；有疑问先打银行客服电话核实。"),
    "c_threat_violence": _l("因欠款纠纷恐吓他人，一般不按寻衅滋事罪处理；但派出所等部门制止或处罚后仍继续的除外。所以遇到恐吓请尽早报警，留下记录；如果制止后对方还继续，请在这条记录里勾选相应的情况。"),
    "c_home_visit": _l("上门应当至少两名催收人员一起，说明身份，您要求离开时应当离开。"),
    "c_lawful_reminder": _l("每次催收都会让三年诉讼时效重新计算。"),
    "c_lawsuit_or_credit_report": _l("这些是银行的合法手段；法院的正式文书通过法院渠道送达，可以打法院电话核实。"),
}

# What is true about a collector's court threat, per court-stage item (reference/court-stage-zh.md
# §7–§8; app.core.conduct.court_threats). Each is shown with its item's citations; what rests on
# court pages rather than on law says so.
TRUTHS_TITLE = _l("法律上实际是这样的：")
COURT_TRUTHS = {
    "ct_filing_at_court": _l("起诉要由银行向法院递交起诉状，是否立案由法院在收到起诉状后 7 日内决定。催收人员不能替法院“立案”，也没有“上门起诉”这回事。"),
    "ct_complaint_copy_5d": _l("法院立案后 5 日内把起诉状副本发送给被告：起诉状由法院送来，不是由催收人员送上门。"),
    "ct_no_arrest_for_absence": _l("不会因为不出庭被抓。拘传只适用于必须到庭的被告，即负有赡养、抚育、扶养义务或不到庭就无法查清案情的被告，普通信用卡欠款人不属于这种情况。"),
    "ct_default_judgment": _l("被告经传票传唤、无正当理由不到庭的，法院可以缺席判决，您就失去了当庭反驳的机会。所以收到真正的传票，请按时出庭。"),
    "ct_threat_family_accounts": _l("家人自己的账户和财产，不能因为您的信用卡欠款被执行。例外：与您共有的财产可以被冻结；配偶只有在法院认定这是夫妻共同债务时才要承担。"),
    "ct_freeze_debtor_only": _l("冻结、查封由法院在执行阶段进行，催收人员做不到；法院只能冻结被执行人自己占有或登记在其名下的财产，别人名下的财产只有那个人书面确认属于被执行人时才可以。"),
    "ct_third_party_objection": _l("如果家人自己的账户真的被错误冻结，家人可以向执行法院提出书面异议，法院在 15 日内审查。"),
    "ct_fake_court_notice": _l("法院的诉讼文书由法院当面送达、通过邮政以“法院专递”寄送，或经您同意以电子方式送达。据法院的公开说明，假冒法院通知的常见特征是：要求付款（特别是转到个人账户或扫码）、用私人手机号发送、附链接或要求安装软件、以抓人相威胁、案号向法院核实不到。诉讼费交给法院，不交给催收人员。"),
    "ct_check_case_platform": _l("是否真的有案件，可以用自己的身份证号在中国审判流程信息公开网查询自己的案件。"),
    "ct_check_12368": _l("也可以拨打 12368，或在微信里搜索“人民法院在线服务”，或带身份证到法院诉讼服务中心询问（据法院的公开说明）。不要点短信里的链接。"),
}

ACTIONS = {
    Action.CALL_110: _l("如果正在发生暴力、被限制自由，或有人闯进家里不走，请立即拨打 110 报警。"),
    Action.KEEP_EVIDENCE: _l("保存证据：通话录音、截图、通话记录、信件，记下时间和号码。"),
    Action.COMPLAIN_BANK: _l("向欠款所在的银行或贷款机构投诉：本页上方该催收方一栏里有起草好的投诉信。"),
    Action.ESCALATE_12378: _l("银行收到投诉后，应在 15 日内作出处理决定并告诉您；情况复杂的可延长到 30 日，特别复杂的经审批并告知您后可再延长 30 日。到期没有答复或您不满意，可以拨打 12378（银行保险消费者投诉维权热线）反映。"),
}

DETAIL = {
    "relay_only": _l("对方不只是询问您的联系方式"),
    "debtor_unreachable": _l("当时并不是联系不上您"),
    "collector_kind": _l("对方是催收公司，却说自己是银行员工"),
    "workplace_visit": _l("对方到您的工作单位来了"),
}


TIME_LINE = _l("时间：%(clock)s")
CLOCK_COUNT = _l("%(when)s，共 %(n)s 次")
PARTY_LINE = _l("被联系的人：%(party)s")
UNANSWERED_TO = _l("%(date)s 这一天，打到 %(number)s 没接通的电话共 %(n)s 次")
UNANSWERED_SAME = _l("%(date)s 这一天，打到同一号码没接通的电话共 %(n)s 次")
CONNECTED = _l("%(date)s 这一天，接通的催收电话共 %(n)s 次")
GUIDE_TITLE = _l("这些行为依据什么规定、可以怎么做")
MORE = _l("依据的规定和可以怎么做")
COUNT = _l("%(n)s 次")
FACTS_SEP = _l("；")
WHEN_SEP = _l("：")          # between a finding's date and its facts (the same msgid as the template's)


@per_locale
def words() -> dict:
    """The tables and sentences the findings page uses, as text in the active locale."""
    rules = {rule_id: str(title) for rule_id, title in RULES.items()}
    return {
        "facts": {code: str(text) for code, text in FACTS.items()},
        "parties": {party: str(text) for party, text in PARTIES.items()},
        "detail": {key: str(text) for key, text in DETAIL.items()},
        "severities": {code: str(text) for code, text in SEVERITIES.items()},
        "severity_meaning": {code: str(text) for code, text in SEVERITY_MEANING.items()},
        "rules": rules, "more": str(MORE),
        "rule_notes": {rule_id: str(text) for rule_id, text in RULE_NOTES.items()},
        "actions": {action: str(text) for action, text in ACTIONS.items()},
        "guide_title": str(GUIDE_TITLE),
        "truths_title": str(TRUTHS_TITLE), "truths": {item: str(text) for item, text in COURT_TRUTHS.items()},
        **{name: str(text) for name, text in (
            ("time", TIME_LINE), ("clock_count", CLOCK_COUNT), ("party", PARTY_LINE),
            ("count", COUNT), ("facts_sep", FACTS_SEP), ("when_sep", WHEN_SEP),
            ("unanswered_to", UNANSWERED_TO), ("unanswered_same", UNANSWERED_SAME), ("connected", CONNECTED))},
    }


def clock(facts: dict[str, str], shown: dict | None = None) -> str:
    """'21:30', '21:30–23:10', with the number of contacts when a batch counts several."""
    text = facts["time"] + (f"–{facts['until']}" if "until" in facts else "")
    if "count" in facts:
        return (shown or words())["clock_count"] % {"when": text, "n": facts["count"]}
    return text


def finding_facts(finding: Finding, shown: dict | None = None, fmt: Formats | None = None) -> list[str]:
    """The user's own facts that triggered a finding, as short sentences in the UI language.

    `shown` (words()) and `fmt` are the active locale's; a page listing many findings passes them
    so the locale is looked up once.
    """
    shown = shown or words()
    facts = finding.facts
    lines: list[str] = []
    if "time" in facts:
        lines.append(shown["time"] % {"clock": clock(facts, shown)})
    if "date" in facts:
        lines.append(_count_line(finding.rule_id, facts, shown, fmt))
    if "party" in facts:
        lines.append(shown["party"] % {"party": shown["parties"][Party(facts["party"])]})
    lines += [shown["facts"][Fact(code)] for code in facts.get("facts", "").split(",") if code]
    for key in ("relay_only", "debtor_unreachable"):
        if facts.get(key) == "no":
            lines.append(shown["detail"][key])
    if "collector_kind" in facts and "facts" in facts:
        lines.append(shown["detail"]["collector_kind"])
    if facts.get("channel") == Channel.WORKPLACE_VISIT.value:
        lines.append(shown["detail"]["workplace_visit"])
    return lines


def _count_line(rule_id: str, facts: dict[str, str], shown: dict, fmt: Formats | None) -> str:
    on = date.fromisoformat(facts["date"])
    day = fmt.date(on) if fmt else ui_date(on)
    if rule_id == "c_calls_unanswered_over_6":
        if facts.get("number"):
            return shown["unanswered_to"] % {"date": day, "number": facts["number"], "n": facts["count"]}
        return shown["unanswered_same"] % {"date": day, "n": facts["count"]}
    return shown["connected"] % {"date": day, "n": facts["count"]}


STATEMENT_LABEL = _l("投诉信里“本人的意见”一段")

UNNAMED = {
    CollectorKind.BANK: _l("银行自己（没有写名称）"),
    CollectorKind.AGENCY: _l("催收公司（名称不详）"),
    CollectorKind.UNKNOWN: _l("不清楚是谁"),
}


def collector_label(collector: CollectorKey) -> str:
    """The collector as the user named it, or what we know of it when unnamed."""
    return collector.name or str(UNNAMED[collector.kind])


NAME = _l("姓名")
PHONE = _l("联系电话")


def complaint_to(complaint) -> str:
    """Whom one of a collector's letters goes to, for the findings page."""
    if not complaint.creditor:
        if complaint.lender:
            return _("写给欠款所在的贷款机构（名称待填写）")
        return _("写给欠款所在的银行（名称待填写）")
    return _("写给 %(creditor)s", creditor=complaint.creditor)


def complaint_label(complaint) -> str:
    """'某某催收公司 → 招商银行': the collector, and the creditor the letter goes to when known."""
    who = collector_label(complaint.collector)
    return f"{who} → {complaint.creditor}" if complaint.creditor else who


def complaint_summary(complaint) -> str:
    """One line on what a complaint letter is: to whom, about which collector."""
    who = collector_label(complaint.collector)
    if not complaint.creditor and complaint.lender:
        return _("投诉信：写给欠款所在贷款机构的投诉处理部门（名称待填写），投诉 %(collector)s 的催收行为。",
                 collector=who)
    if not complaint.creditor:
        return _("投诉信：写给欠款所在银行的消费者权益保护部门（银行名称待填写），投诉 %(collector)s 的催收行为。",
                 collector=who)
    if complaint.lender:
        return _("投诉信：写给 %(creditor)s 的投诉处理部门，投诉 %(collector)s 为这笔欠款催收时的行为。",
                 creditor=complaint.creditor, collector=who)
    return _("投诉信：写给 %(creditor)s 的消费者权益保护部门，投诉 %(collector)s 为这笔欠款催收时的行为。",
             creditor=complaint.creditor, collector=who)

TIME_LIMITS = _l("简单的投诉应在 15 日内作出处理决定；情况复杂的，银行可以延长到 30 日，特别复杂的经审批并告知您后可再延长 30 日。")
ESCALATE_DETAIL_LENDER = _l("向哪个部门反映，可以先问 12348 法律援助热线。准备好投诉信、寄出凭证和证据。")
ESCALATE_DETAIL = _l("12378 是银行保险消费者投诉维权热线。打电话前准备好投诉信、寄出凭证和证据。")
PDF_FAILED_TITLE = _l("暂时无法生成 PDF")
PDF_FAILED = _l("PDF 这次没有生成成功，您的案件没有任何改动。请稍后再试；也可以先打开预览页，用浏览器打印。")

# --- tracking a complaint letter (app.core.complaints) ----------------------------------------------

SEND_CHANNELS = {
    SendChannel.REGISTERED_MAIL: _l("挂号信"),
    SendChannel.EMS: _l("EMS"),
    SendChannel.BANK_APP: _l("银行App或官网"),
    SendChannel.IN_PERSON: _l("当面提交"),
    SendChannel.PHONE: _l("客服电话"),
    SendChannel.NOT_RECORDED: _l("方式未记录"),
}

STATES = {
    State.NOT_SENT: _l("尚未寄出"),
    State.SENT: _l("已寄出"),
    State.RECEIVED: _l("银行已收到"),
    State.ANSWERED_SATISFIED: _l("已答复（满意）"),
    State.ANSWERED_UNSATISFIED: _l("已答复（不满意）"),
    State.ESCALATED: _l("已向 12378 反映"),
    State.CLOSED: _l("已结束"),
}
# A 网贷/消费金融 lender: where to escalate is asked of 12348, not assumed to be 12378.
STATES_LENDER = STATES | {State.ESCALATED: _l("已向监管部门反映")}

STEP_TITLES = {
    Step.SENT: _l("已寄出"),
    Step.RECEIVED: _l("银行已收到"),
    Step.ANSWERED: _l("收到答复"),
    Step.ESCALATED: _l("已拨打 12378 反映"),
    Step.CLOSED: _l("结束"),
}
STEP_TITLES_LENDER = STEP_TITLES | {Step.ESCALATED: _l("已向监管部门反映")}

# What the form for each next step is called (its button).
STEP_ACTIONS = {
    Step.SENT: _l("记下寄出"),
    Step.RECEIVED: _l("记下对方收到的日期"),
    Step.ANSWERED: _l("记下答复"),
    Step.ESCALATED: _l("记下已向 12378 反映"),
    Step.CLOSED: _l("结束这项投诉"),
}
STEP_ACTIONS_LENDER = STEP_ACTIONS | {Step.ESCALATED: _l("记下已向监管部门反映")}

TRACKING_ERRORS = {
    "already_sent": _l("这封投诉信已经记下寄出了。"),
    "not_sent": _l("请先记下寄出日期。"),
    "already_received": _l("已经记下对方收到的日期了。"),
    "already_answered": _l("已经记下答复了。"),
    "not_due": _l("答复期限还没过，也没有记下不满意的答复，暂时还不到向 12378 反映的时候。"),
    "satisfied": _l("您记下的答复是满意的，不需要再反映。"),
    "already_escalated": _l("已经记下向 12378 反映了。"),
    "not_answered": _l("还没有记下答复。"),
    "closed": _l("这项投诉已经结束了。"),
    "before_previous": _l("这个日期早于上一步的日期（%(date)s）。"),
    "future": _l("这个日期还没到。"),
    "too_many": _l("这项投诉的记录已经太多了。"),
    "bad_entry": _l("填写的内容不完整。"),
}


def state_label(complaint, state: State) -> str:
    return str((STATES_LENDER if complaint.lender else STATES)[state])


def step_title(complaint, step: Step) -> str:
    return str((STEP_TITLES_LENDER if complaint.lender else STEP_TITLES)[step])


def step_action(complaint, step: Step) -> str:
    return str((STEP_ACTIONS_LENDER if complaint.lender else STEP_ACTIONS)[step])


def entry_text(complaint, entry: ComplaintEntry) -> str:
    """One line of a complaint's history: what happened that day, in the UI language."""
    title = step_title(complaint, entry.step)
    if entry.step is Step.SENT:
        how = str(SEND_CHANNELS[entry.channel or SendChannel.NOT_RECORDED])
        if entry.tracking:
            return _("%(title)s（%(how)s，单号 %(number)s）", title=title, how=how, number=entry.tracking)
        return _("%(title)s（%(how)s）", title=title, how=how)
    if entry.step is Step.ANSWERED:
        verdict = _("满意") if entry.satisfied else _("不满意")
        return _("%(title)s（%(verdict)s）", title=title, verdict=verdict)
    return title


def next_action(complaint, history: tuple[ComplaintEntry, ...], today: date) -> tuple[str, date | None]:
    """The single next thing to do for a complaint, and its date when it has one."""
    current = tracking.state(history)
    twelve = not complaint.lender
    if current is State.NOT_SENT:
        return _("签名后寄出或当面提交，然后在“自查结果”页记下寄出日期和方式。"), None
    if current in (State.SENT, State.RECEIVED):
        due = tracking.answer_due(history)
        opens = tracking.escalation_from(history)
        if due is not None and today > due.on:
            text = (_("答复期限已过，还没有答复：可以拨打 12378 反映。") if twelve
                    else _("答复期限已过，还没有答复：可以向有关金融监管部门反映（可先问 12348）。"))
            return text, opens
        if due is not None and not due.received_entered:
            return _("等待答复，预计 %(date)s 前（按估计的送达日计算）；查到签收日期后请记下。",
                     date=ui_date(due.on)), due.on
        return _("等待答复，应在 %(date)s 前答复。", date=ui_date(due.on) if due else ""), due.on if due else None
    if current is State.ANSWERED_UNSATISFIED:
        text = (_("对答复不满意：可以拨打 12378 反映。") if twelve
                else _("对答复不满意：可以向有关金融监管部门反映（可先问 12348）。"))
        return text, tracking.escalation_from(history)
    if current is State.ANSWERED_SATISFIED:
        return _("问题已解决：可以结束这项投诉。"), None
    if current is State.ESCALATED:
        return _("保留好投诉信、寄出凭证和答复，等待处理结果。"), None
    return _("不需要再做什么。"), None


STEP_SAVED = {
    Step.SENT: _l("已记下寄出。对方应答复的日期已加入“后续跟进”。"),
    Step.RECEIVED: _l("已记下对方收到的日期，答复期限按这一天重新计算。"),
    Step.ANSWERED: _l("已记下答复。"),
    Step.ESCALATED: _l("已记下反映的日期。"),
    Step.CLOSED: _l("这项投诉已结束。"),
}
