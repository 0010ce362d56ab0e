"""Labels for the budget's categories, reasons and evidence documents, keyed by the stored codes.

The letters step prints reasons and documents in Simplified Chinese: render these inside
`force_locale("zh_Hans_CN")` and the same lazy strings come out as the letter needs them.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from app.core.case import Affected, HardshipReason, IncomeSource, Spending

INCOME = {
    IncomeSource.WAGES: _l("工资（税后到手）"),
    IncomeSource.BUSINESS: _l("做生意或打零工的收入"),
    IncomeSource.PENSION_BENEFITS: _l("养老金、低保或其他补助"),
    IncomeSource.FAMILY_HELP: _l("家人或亲友的资助"),
    IncomeSource.OTHER: _l("其他收入"),
}

SPENDING = {
    Spending.HOUSING: _l("房租或住房开支"),
    Spending.FOOD: _l("伙食（吃饭）"),
    Spending.UTILITIES: _l("水电燃气"),
    Spending.TRANSPORT: _l("交通和通信（路费、话费、网费）"),
    Spending.MEDICAL: _l("看病吃药"),
    Spending.EDUCATION: _l("孩子上学"),
    Spending.PARENTS: _l("赡养父母"),
    Spending.OTHER_DEBTS: _l("必须还的其他贷款（房贷、车贷等）"),
    Spending.OTHER: _l("其他必要开支"),
}

HARDSHIP = {
    HardshipReason.JOB_LOSS: _l("失业或被裁员"),
    HardshipReason.ILLNESS: _l("生病或受伤"),
    HardshipReason.BUSINESS_FAILURE: _l("生意失败或倒闭"),
    HardshipReason.FAMILY_CHANGE: _l("家庭变故（离婚、亲人去世或重病等）"),
    HardshipReason.INCOME_CUT: _l("收入大幅减少（降薪、停工等）"),
    HardshipReason.OTHER: _l("其他原因"),
}

# Whom a hardship struck: the letter names them ("本人母亲因伤病需要治疗").
AFFECTED = {
    Affected.SELF: _l("我自己"),
    Affected.SPOUSE: _l("配偶"),
    Affected.FATHER: _l("父亲"),
    Affected.MOTHER: _l("母亲"),
    Affected.CHILD: _l("子女"),
    Affected.OTHER_FAMILY: _l("其他家人"),
}

DOCUMENTS = {
    "unemployment": _l("失业证明"),
    "medical": _l("病历/诊断证明"),
    "income": _l("收入证明或银行流水"),
    "hardship_certificate": _l("低保/困难证明"),
    "business_closed": _l("营业执照注销证明"),
    "family_change": _l("离婚/死亡等家庭变故证明"),
}
