"""What each flag, stage and phase means, in plain words, keyed by the core's codes.

The page shows each account's own facts under every flag it carries, and explains each kind of
flag once (what it means, what to do, the law) in a section the flags link to. `words()` is every
table here as text in the active locale, built once per locale and process.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from app.i18n import per_locale

# Each account's phase, by name only: its days overdue stand beside it, and the phase cards below
# the accounts (app.summary.phases) say once what the phase spans and what usually happens in it.
PHASES = {
    "current": _l("未逾期"),
    "early": _l("初期"),
    "middle": _l("中期"),
    "late": _l("后期"),
}

BUCKET_HINT = _l("M1 表示逾期 1–30 天，M2 表示 31–60 天，依此类推；M7+ 表示超过 180 天，属于“长账龄”。实践中，银行对长账龄欠款通常已核销并委托外部催收；这是惯例，不是法律规定。")

COUNTED_FROM = {
    "last_payment": _l("最后一次还款"),
    "first_missed": _l("第一次逾期"),
    "demand": _l("最近一次催收"),
}

FLAGS = {
    "judgment": {
        "title": _l("已经有判决或调解书"),
        "why": _l("您填写的催收情况是：已经有判决或调解书。"),
        "means": _l("判决或调解书确定了要还的金额和期限。期限很重要，请尽快拨打 12348 或到当地法律援助中心咨询，必要时请律师。"),
        "next": _l("找出判决书或调解书，看清还款金额和期限；主动与法院和银行或贷款机构沟通您能做到的还款安排。"),
    },
    "litigation_started": {
        "title": _l("已经被起诉"),
        "why": _l("您填写的催收情况是：法院已经立案。"),
        "means": _l("这是民事诉讼，不是刑事案件。起诉会让诉讼时效重新计算。请留意传票上的开庭时间和答辩期限，按时出庭。"),
        "next": _l("核实传票是否来自法院正式渠道；拨打 12348 或到法律援助中心咨询；在诉讼中仍可以和银行或贷款机构协商分期还款。"),
    },
    "fraud_threshold": {
        "title": _l("已具备“恶意透支”的客观条件，请认真对待"),
        "why": _l("未还本金 %(principal)s，达到五万元；%(first_demand_on)s 和 %(second_demand_on)s 两次催收相隔 30 天以上；第二次催收后已过 %(days_since_second_demand)s 天，超过三个月仍未还款。"),
        "means": _l("构成恶意透支，除了这些客观条件，还必须“以非法占有为目的”。司法解释明确规定：不能仅凭没有按时还款就认定这个目的。真实的困难、保持联系、有能力时还款，就是最好的回应。金额只算本金，不算利息和费用；您还的每一笔钱都算作归还本金。在提起公诉前全部还清的，可以不起诉（“可以”由司法机关决定，不是一定）。"),
        "next": _l("不要换号码，不要躲避银行；保存困难的证明（失业、疾病等）；尽快书面提出分期申请。"),
    },
    "lawsuit_risk": {
        "title": _l("可能被起诉"),
        "why": _l("欠款 %(owed)s，从%(counted_from)s（%(counted_from_on)s）算起已经 %(days_since_payment)s 天没有还款。实践中常会被起诉，但这不是法律规定的起诉条件。"),
        "why_lender": _l("欠款 %(owed)s，从%(counted_from)s（%(counted_from_on)s）算起已经 %(days_since_payment)s 天没有还款。本应用参考的文章说银行信用卡这样常会被起诉，这里借来提醒您；这是惯例，不是法律规定。"),
        "means": _l("本应用参考的文章说，实践中银行对欠款一万元以上、半年以上没有还款的信用卡常会起诉。一万元、半年不是法律规定的起诉条件，而是实践中的常见情形。被起诉是民事纠纷，不等于坐牢。法院会核实欠款：信用卡的利息、复利和违约金总额过高的，您可以请求法院适当减少；其他借款约定的违约金过分高于造成的损失的，也可以请求法院适当减少。"),
        "next": _l("主动联系银行或贷款机构说明困难，书面提出分期还款方案；如果收到法院的传票或起诉状，请尽快拨打 12348 或到法律援助中心咨询。"),
    },
    "limitation_note": {
        "title": _l("诉讼时效：三年，但很容易重新计算"),
        "why": _l("从%(counted_from)s（%(counted_from_on)s）重新计算，按您填写的日期，三年后是 %(ends_on)s。"),
        "means": _l("银行或贷款机构每一次催收（包括送到您手机上的短信）都会让三年重新计算；您自己写的困难说明或分期申请也会。所以这类欠款很少真正“过时效”。时效过后，如果您同意还款或已经还款，也不能再以时效为由拒绝。不要指望拖过时效。"),
        "next": _l("把精力放在与银行协商可以负担的还款方案上。"),
    },
    "credit_record": {
        "title": _l("征信记录"),
        "why": _l("这笔欠款从 %(first_missed_on)s 起逾期。"),
        "means": _l("逾期会在个人信用报告中留下不良记录。不良记录自不良行为或事件终止之日起保存 5 年，期满删除；一般理解为从还清之日起算。报送不良信息的机构应当事先告知您。"),
        "next": _l("还清后保留结清证明。在保存期内，您可以对不良信息添加说明。"),
    },
    "fraud_principal_unknown": {
        "title": _l("请补充本金"),
        "why": _l("欠款总额 %(owed)s 达到五万元，并且已有两次相隔 30 天以上的催收，之后超过三个月没有还款。"),
        "means": _l("是否涉及“恶意透支”只看未还的本金，不算利息和费用。请在这笔欠款里填上本金，我们才能判断。"),
        "next": _l("在账单或银行 App 上查本金，或打银行客服电话询问。"),
    },
}

ELAPSED_NOTE = _l("按您填写的日期，三年似乎已经过去。但是，没有登记在这里的催收同样会让时效重新计算，而且时效过后同意还款就不能再抗辩。这一点请务必先咨询律师或 12348。")

# What would change a flag, worded as the reference supports it and no more: a small payment is
# never offered as a way out of the 恶意透支 elements or of a lawsuit (app.core.flags).
WHAT_CHANGES = {
    "repay_in_full": _l("还清这笔欠款的全部金额"),
    "repay_in_full_before_prosecution": _l("全部还清：恶意透支数额较大的，在提起公诉前全部归还的，可以不起诉；在一审判决前全部归还的，可以免予刑事处罚（“可以”由司法机关决定，不是一定）。依据：两高《关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》第十条。"),
    "signed_agreement": _l("与银行签订书面的个性化分期还款协议，并按协议还款：签署后，银行及其委托的催收机构应当停止催收，不按协议还款的除外。依据：《商业银行信用卡业务监督管理办法》第七十条。"),
    "demand_restarts": _l("银行或贷款机构的每次催收都会让时效重新计算"),
    "payment_restarts": _l("您的每次还款都会让时效重新计算"),
    "proposal_restarts": _l("您提出的分期申请或困难说明也会让时效重新计算"),
    "settle_debt": _l("还清欠款：不良记录一般理解为从还清之日起再保存 5 年"),
    "enter_principal": _l("填写这笔欠款的本金"),
}

# What would change a flag is said once per kind, in its explanation, except for 恶意透支: there
# it is what separates a crime from a debt, so each account carrying it says it too.
CHANGES_PER_ACCOUNT = frozenset({"fraud_threshold"})

GUIDE_TITLE = _l("这些提示的含义、下一步和法律依据")
PAGE = {        # the page's fixed texts (templates/summary/index.html)
    "title": _l("债务概况"),
    "lead": _l("按紧急程度排列。点开提示看原因；每种提示的含义和法律依据在页面下方。"),
    "count": _l("欠款笔数"),
    "owed": _l("欠款总额"),
    "principal": _l("已知本金合计"),
    "unknown": _l("（另有 %(n)s 笔未填本金）"),
    "chart_title": _l("各笔欠款金额对比图（每笔的金额见下方各笔欠款）"),
}
TITLES = _l("%(n)s 条提示：%(titles)s")
LIST_SEP = _l("、")
# Each flag's title in the folded list of an account's flags.
SHORT_TITLES = {
    "judgment": _l("已有判决"),
    "litigation_started": _l("已被起诉"),
    "fraud_threshold": _l("恶意透支条件"),
    "lawsuit_risk": _l("可能被起诉"),
    "limitation_note": _l("诉讼时效"),
    "credit_record": _l("征信记录"),
    "fraud_principal_unknown": _l("请补充本金"),
}
CARD_TAIL = _l("尾号%(tail)s")
EDIT = _l("修改")           # each account's link to its edit page
WHY_SEP = _l("：")          # between a flag's title and the account's facts
FACTS = _l("欠款 %(owed)s · 逾期 %(days)s 天 · 账龄 %(bucket)s · %(phase)s")


@per_locale
def words() -> dict:
    """Every table above as text in the active locale; each flag also gets `short`, its title in
    the folded list of an account's flags."""
    flags = {code: {part: str(text) for part, text in parts.items()} for code, parts in FLAGS.items()}
    for code, shown in flags.items():
        shown["short"] = str(SHORT_TITLES[code])
    return {"flags": flags, "phases": {k: str(v) for k, v in PHASES.items()},
            "changes": {k: str(v) for k, v in WHAT_CHANGES.items()},
            "counted_from": {k: str(v) for k, v in COUNTED_FROM.items()},
            "elapsed": str(ELAPSED_NOTE), "bucket_hint": str(BUCKET_HINT), "guide_title": str(GUIDE_TITLE),
            "tail": str(CARD_TAIL), "facts": str(FACTS), "titles": str(TITLES), "list_sep": str(LIST_SEP),
            "edit": str(EDIT), "why_sep": str(WHY_SEP), **{k: str(v) for k, v in PAGE.items()}}

