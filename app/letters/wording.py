"""UI words for the documents step: incident channels on the review screen, document summaries, and
each document's explanation for volunteers in the English UI. Budget labels come from app.budget.wording.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from app.core.case import Channel

CHANNELS = {
    Channel.CALL_ANSWERED: _l("电话（接通）"),
    Channel.ROBOT_CALL: _l("机器人电话"),
    Channel.CALL_UNANSWERED: _l("电话（未接）"),
    Channel.SMS: _l("短信"),
    Channel.APP_MESSAGE: _l("App 或微信消息"),
    Channel.LETTER: _l("信件"),
    Channel.HOME_VISIT: _l("上门"),
    Channel.WORKPLACE_VISIT: _l("到单位"),
    Channel.THIRD_PARTY: _l("联系了别人"),
}

SUMMARY_SUMMARY = _l("给志愿者看的一页案件概要：欠款、收支、方案和重要日期。")
SCRIPT_SUMMARY = _l("给银行打电话时照着说的话，以及收费“代理”的骗局提醒。")

# Shown to volunteers in the English UI: what each Chinese document says.
REQUEST_EXPLAIN_EN = (
    "A request to {creditor} for a personalised installment plan (个性化分期, often called 停息挂账). "
    "It gives the debtor's name and phone (the ID number only if given, masked unless chosen), the "
    "card's last four digits, the balance as the debtor knows it on the letter's date in figures and "
    "capital numerals ('the bank's own figure prevails'), the hardship statement (the only editable "
    "text, which holds no amounts), then fixed figures from the budget: household, monthly income by "
    "source, essential spending, the monthly offer and this bank's share. It asks the bank to stop "
    "interest, waive penalty fees and hold {held} to be repaid in {months} installments starting "
    "{start}, numbered as in the schedule (a down payment is installment 1), and asks, as a request "
    "only, to pause outside collection while the bank considers it. It cites Article 70 of the "
    "credit-card supervision rules as something the bank MAY agree to (not a right), commits the "
    "debtor to pay on time, not to apply for new cards until paid, and to report income changes, asks "
    "for a written reply by {reply_by}, lists numbered attachments (a copy of the ID card only when the "
    "full ID number is printed), and ends with a line to sign and fingerprint, the printed name and the "
    "date. Annexes: the full schedule (60 installments fit one page) and, with more than one debt, a "
    "list of all the debtor's debts with each one's monthly share."
)
LENDER_EXPLAIN_EN = (
    "A request to {creditor} (an online or consumer-finance lender), addressed to the company's legal "
    "name as given on the debt form (with a blank to fill in otherwise), to stop interest, waive penalty "
    "fees and accept {held} in {months} installments starting {start}. Like the bank letter it states "
    "the balance as the debtor knows it, the hardship statement, the household figures, the monthly "
    "share, a request to pause outside collection, the commitments, numbered attachments, the signature "
    "and fingerprint line and the annexes. Article 70 covers bank credit cards only, so this letter cites "
    "no rule: it simply asks. It asks for a written reply by {reply_by}."
)
SUMMARY_EXPLAIN_EN = (
    "A one-page case summary for the volunteer: each debt with days overdue, stage and flags; household "
    "income and spending; the plan per creditor and whether it fits 60 months; collector findings by "
    "severity if incidents were logged; and the key dates. Not for sending to the bank."
)
SCRIPT_EXPLAIN_EN = (
    "A phone script for calling each bank, using the debtor's own figures: what to say, what to ask "
    "(the agent's name and employee number, whether the plan is possible, written confirmation, which "
    "account to pay into), what not to agree to (paying into a personal account, paying before a written "
    "agreement, promising more than is affordable), and a warning about paid 'debt relief agents': the "
    "request is free to make yourself."
)

# What a document still needs before it is printed (codes of app.documents.NEEDS).
NEEDS = {
    "name": _l("姓名"),
    "phone": _l("联系电话"),
    "claimed": _l("法院文书上对方请求的金额"),     # court papers: the amounts the court documents print
    "admitted": _l("您认可的欠款金额"),
}
