"""A rich case for round-trip and secrecy tests: 20 accounts, 50 incidents, budget, plan, letter edits.

Every personal string in it is distinctive (appears nowhere else in the app), so a test can search
raw database bytes or log output for it. Text mixes Simplified Chinese, Traditional, English and
emoji, and every optional field is filled at least once, so an exact round trip proves everything.
"""

from __future__ import annotations

from datetime import date, datetime, time

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
    Party,
    PlanChoices,
)
from app.core.complaints import ComplaintEntry, ComplaintRecord, SendChannel, Step

PERSONAL = {
    "name": "欧阳翠花🌸",
    "phone": "13987654321",
    "id_number": "440305199002297788",
    "address": "深圳市南山区桃源街道龙珠七路88号",
    "creditor_other": "云岭农村商业银行🏦瑞丽支行",
    "collector": "鼎盛恒通资产管理有限公司",
    "caller": "自称李法务的人",
    "caller_number": "02158889999",
    "incident": "对方说要去我女儿的幼儿园找老师😡",
    "story": "2025年3月我开的奶茶店倒闭，丈夫住院做心脏搭桥手术。",
    "narrative": "本人恳请贵行考虑我目前的实际困难，同意分60期偿还本金。We promise 🙏",
    "label": "翠花·第17号🗂",
    "notes": "周三下午来访，下次带齐奶茶店的营业执照复印件。",
}


def _debt(n: int) -> Debt:
    other = n % 5 == 0
    return Debt(
        id=f"d{n:07d}",
        issuer="other" if other else ("cmb", "icbc", "ccb", "boc")[n % 4],
        owed_fen=1_000_000 + n * 12_345,
        first_missed_on=date(2024, 1 + n % 12, 1 + n),
        issuer_other=f"{PERSONAL['creditor_other']}{n}" if other else "",
        kind=DebtKind.ONLINE_LENDER if n % 7 == 0 else DebtKind.CARD,
        tail=f"{1000 + n}",
        principal_fen=800_000 + n if n % 2 else None,
        limit_fen=2_000_000 if n % 3 else None,
        last_payment_on=date(2025, 2, n) if n % 4 == 0 else None,
        last_payment_fen=50_000 if n % 4 == 0 else None,
        collector=list(Collector)[n % len(Collector)],
        collector_name=f"{PERSONAL['collector']}（{n}）" if n % 2 else "",
        demands_on=(date(2025, 4, 1), date(2025, 5, n)) if n % 3 == 0 else (),
    )


def _contacted(n: int) -> Party:
    """Every party in turn; a contact with a third party is never with the debtor (the form refuses it)."""
    party = list(Party)[n % len(Party)]
    return Party.RELATIVE if party is Party.DEBTOR and list(Channel)[n % len(Channel)] is Channel.THIRD_PARTY \
        else party


def _incident(n: int) -> Incident:
    return Incident(
        id=f"a{n:07d}",
        occurred_at=datetime(2025, 6, 1 + n % 28, 7 + n % 15, n % 60),
        channel=list(Channel)[n % len(Channel)],
        collector_kind=list(CollectorKind)[n % len(CollectorKind)],
        collector_name=PERSONAL["collector"] if n % 2 else "",
        caller_name=PERSONAL["caller"] if n % 3 == 0 else "",
        caller_number=PERSONAL["caller_number"] if n % 3 == 0 else "",
        debt_id=f"d{1 + n % 20:07d}",
        contacted=_contacted(n),
        number_dialled=PERSONAL["phone"] if n % 4 == 0 else "",
        count=1 + n % 9,
        until=time(21, 30) if n % 5 == 0 else None,
        facts=("threatened_harm", "told_third_party_about_debt") if n % 6 == 0 else (),
        details=f"第{n}次：{PERSONAL['incident']}" if n % 2 == 0 else "",
        evidence=(Evidence(EvidenceKind.RECORDING, date(2025, 6, 2), "录音 📼"),
                  Evidence(EvidenceKind.SCREENSHOT, date(2025, 6, 3))) if n % 10 == 0 else (),
    )


def make_rich_case() -> Case:
    """The rich case described in the module docstring; the same every call."""
    return Case(
        debts=tuple(_debt(n) for n in range(1, 21)),
        incidents=tuple(_incident(n) for n in range(1, 51)),
        budget=Budget(
            income_fen={"wages": 650_000, "family_help": 100_000},
            spending_fen={"housing": 250_000, "food": 150_000, "medical": 80_000, "parents": 50_000},
            household_size=4, dependants=2,
            hardships=(Hardship(HardshipReason.BUSINESS_FAILURE, date(2025, 3, 1)),
                       Hardship(HardshipReason.ILLNESS)),
            hardship_other="丈夫手術後無法工作",
            story=PERSONAL["story"],
            documents=("unemployment", "medical"),
            documents_other="住院發票 🧾",
        ),
        plan=PlanChoices(monthly_offer_fen=180_000, down_payment_fen=50_000,
                         start_on=date(2027, 1, 1), waive_fees=True),
        applicant=Applicant(name=PERSONAL["name"], phone=PERSONAL["phone"],
                            id_number=PERSONAL["id_number"], show_id_in_letter=True,
                            address=PERSONAL["address"]),
        narratives={"request-d0000001-hardship": PERSONAL["narrative"],
                    "complaint-agency-0123456789-statement": "催收人员多次夜间来电。\n第二段：\t缩进与换行保留。"},
        complaints=(ComplaintRecord("agency-0123456789", (
            ComplaintEntry(Step.SENT, date(2026, 11, 2), channel=SendChannel.EMS, tracking="EA123456789CN"),
            ComplaintEntry(Step.RECEIVED, date(2026, 11, 4)),
            ComplaintEntry(Step.ANSWERED, date(2026, 11, 15), summary="答复：已要求催收机构整改。\n未说明机构名称。",
                           satisfied=False),
            ComplaintEntry(Step.ESCALATED, date(2026, 11, 16)))),),
        label=PERSONAL["label"],
        notes=f"{PERSONAL['notes']}\nVolunteer: 王社工 📎",
    )
