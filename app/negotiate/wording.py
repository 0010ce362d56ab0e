"""Plain words for the request tracking pages, keyed by core.negotiation's codes and the case enums."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from app.core.case import RecordKind, SendChannel
from app.core.negotiation import State

STATES = {
    State.DRAFT: _l("草稿"),
    State.FINAL: _l("已定稿，未寄出"),
    State.SENT: _l("已寄出，等待答复"),
    State.AGREED: _l("银行同意，已达成协议"),
    State.COUNTER: _l("银行还价"),
    State.REFUSED: _l("银行拒绝"),
    State.MORE_DOCUMENTS: _l("银行要求补材料"),
    State.NO_REPLY: _l("到期无答复"),
    State.DECLINED: _l("您没有接受还价"),
    State.REVISING: _l("准备新版本申请书"),
}

RECORDS = {
    RecordKind.SENT: _l("寄出申请书"),
    RecordKind.AGREED: _l("银行同意（协议）"),
    RecordKind.COUNTER: _l("银行还价"),
    RecordKind.REFUSED: _l("银行拒绝"),
    RecordKind.MORE_DOCUMENTS: _l("银行要求补材料"),
    RecordKind.NO_REPLY: _l("到期无答复"),
    RecordKind.DECLINED: _l("不接受还价"),
    RecordKind.REVISING: _l("开始新版本申请书"),
}

CHANNELS = {
    SendChannel.REGISTERED: _l("挂号信"),
    SendChannel.EMS: _l("EMS"),
    SendChannel.BANK_APP: _l("银行App"),
    SendChannel.IN_PERSON: _l("当面递交"),
    SendChannel.PHONE: _l("电话"),
}

# The one next action of each state (the "where things stand" row, the creditor page).
NEXT = {
    State.DRAFT: _l("核对申请书并定稿，然后寄出"),
    State.FINAL: _l("寄出申请书，并在这里记下寄出日期"),
    State.SENT: _l("等待答复，预计 %(date)s 前"),
    State.AGREED: _l("按协议还款"),
    State.COUNTER: _l("比较银行的还价和您的方案，决定接受、再提方案或不接受"),
    State.REFUSED: _l("书面询问拒绝理由，或者修改方案再申请"),
    State.MORE_DOCUMENTS: _l("补交材料，等待答复，预计 %(date)s 前"),
    State.NO_REPLY: _l("打电话询问或再寄一次；仍无答复可以向银行投诉"),
    State.DECLINED: _l("修改方案再申请"),
    State.REVISING: _l("核对新版本申请书，定稿后寄出"),
}

ACCOUNT_WITH_TAIL = _l("%(creditor)s 尾号%(tail)s")
NEXT_PAYMENT = _l("下一期还款 %(amount)s，%(date)s")
NEXT_MISSED = _l("有 %(n)s 期没有按时还（共 %(amount)s），请尽快补还并联系银行")
PAID_OFF = _l("协议款项已全部还清")

REFUSALS = {
    "not_final": _l("申请书还没有定稿。请先定稿，再记为已寄出，这样寄出的内容会完整保存下来。"),
    "not_sent": _l("还没有记下寄出申请书，不能先记银行的答复。"),
    "no_reply_too_early": _l("还没到答复期限，过了答复日期才能记为“无答复”。"),
    "no_counter": _l("现在没有待回复的银行还价。"),
    "already_agreed": _l("已经和银行达成协议，只能记录还款。"),
    "no_agreement": _l("还没有和银行达成协议。拿到书面协议之前，不要按方案付款。"),
    "before_previous": _l("日期不能早于上一条记录的日期。"),
    "before_agreement": _l("还款日期不能早于达成协议的日期。"),
    "future": _l("日期不能晚于今天。"),
    "reply_by_before": _l("新的答复期限不能早于银行提出要求的日期。"),
    "bad_terms": _l("请填写每月金额（大于0）和期数（1到120期）。"),
    "bad_amount": _l("还款金额要大于0。"),
    "nothing_asked": _l("请写下银行要求补交的材料，每行一项。"),
    "too_many_records": _l("这家机构的记录已经太多，不能再增加。"),
    "too_many_payments": _l("这家机构的还款记录已经太多，不能再增加。"),
    "malformed": _l("这条记录不完整或不是本站写的。"),
}

# Payment warnings (creditor page, summary page, where things stand).
DUE_SOON = _l("%(creditor)s：%(date)s 要还 %(amount)s（按协议第 %(n)s 期）。")
MISSED = _l("%(creditor)s：有 %(n)s 期没有按协议还款（共 %(amount)s），最早一期是 %(date)s。")
DEFAULT_CARD = _l("不按协议还款，协议规定的停止催收就不再适用，银行可以恢复催收（第七十条第三款）；"
                  "请尽快补上，并主动联系银行说明情况。")
DEFAULT_LENDER = _l("不按协议还款，对方可能按协议的违约条款处理、恢复催收。请尽快补上，并主动联系对方说明情况。")
