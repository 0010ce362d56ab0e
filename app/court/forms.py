"""The "我收到了…" form: one court or arbitration paper, each bad input answered at its field."""

from __future__ import annotations

import unicodedata
from datetime import date

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from app.budget.forms import MultiCheckboxField
from app.core.bounds import CASE_NUMBER_CHARS, COURT_ADDRESS_CHARS, COURT_BODY_CHARS, COURT_NOTE_CHARS
from app.core.case import Debt
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind, RedFlag
from app.court import wording
from app.fields import AmountField, CaseForm, DateTextField, date_error, options

NOT_LISTED = ""


def _too_long(n: int):
    return Length(max=n, message=_l("最多 %(max)d 个字。"))


class PaperForm(CaseForm):
    kind = SelectField(_l("收到的是什么"), [DataRequired(message=_l("请选择收到的是什么。"))],
                       description=_l("以文书标题为准。只收到短信或电话的，选短信里说的文书。"))
    channel = RadioField(_l("怎么收到的"), [DataRequired(message=_l("请选择是怎么收到的。"))],
                         choices=options(wording.CHANNELS))
    received_on = DateTextField(_l("收到的日期"), [DataRequired(message=_l("请填写收到的日期。"))],
                                description=_l("期限从收到的次日开始算。法院专递以您签收的日期为准。"))
    body = StringField(_l("法院或仲裁委员会"), [Optional(), _too_long(COURT_BODY_CHARS)],
                       description=_l("照文书上写的抄，例如“北京市朝阳区人民法院”。"))
    case_number = StringField(_l("案号"), [Optional(), _too_long(CASE_NUMBER_CHARS)],
                              description=_l("例如“(2026)京0105民初12345号”。短信里有案号的也抄下来。"))
    address = StringField(_l("法院地址"), [Optional(), _too_long(COURT_ADDRESS_CHARS)],
                          description=_l("文书上写的地址，以后递交材料用。"))
    debt_id = SelectField(_l("是哪个债权人"))
    hearing_on = DateTextField(_l("开庭日期（传票上有就填）"), [Optional()])
    claimed = AmountField(_l("对方要求的总金额"), [Optional()],
                          description=_l("起诉状、支付令或仲裁申请上写的总额。"))
    claimed_principal = AmountField(_l("其中本金"), [Optional()])
    claimed_charges = AmountField(_l("其中利息、复利、违约金和各种费用"), [Optional()])
    admitted = AmountField(_l("您自己认可的欠款金额"), [Optional()],
                           description=_l("按您的账单和还款记录算，您认为实际欠多少。用于异议书和答辩状，可以以后再填。"))
    red_flags = MultiCheckboxField(_l("有没有下面的情况（勾选符合的）"), choices=options(wording.RED_FLAGS))
    lives_elsewhere = BooleanField(_l("我住在这个法院的辖区以外"))
    clause_not_explained = BooleanField(_l("办卡时没有人提醒我注意合同里选择法院的条款"))
    note = TextAreaField(_l("备注"), [Optional(), _too_long(COURT_NOTE_CHARS)],
                         description=_l("您自己的话，例如是谁送来的、短信原文。只在本站显示。"))

    def __init__(self, debts: tuple[Debt, ...], names: dict[str, str], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind.choices = [("", str(_l("请选择"))), *((k.value, str(label)) for k, label in wording.KINDS.items())]
        self.debt_id.choices = [(d.id, names[d.id]) for d in debts] + [(NOT_LISTED, str(_l("不在清单中 / 不确定")))]

    def validate_with_today(self, today: date) -> bool:
        """WTForms validation, then the rules that need today's date or several fields."""
        valid = self.validate_on_submit()
        for check in (lambda: self._check_received(today), self._check_amounts):
            valid = check() and valid
        return valid

    def _check_received(self, today: date) -> bool:
        if self.received_on.date and self.received_on.date > today:
            self.received_on.errors.append(date_error("future", self.received_on))
            return False
        return True

    def _check_amounts(self) -> bool:
        claimed, principal, charges = self.claimed.fen, self.claimed_principal.fen, self.claimed_charges.fen
        ok = True
        if claimed is not None and self.admitted.fen is not None and self.admitted.fen > claimed:
            self.admitted.errors.append(str(_l("您认可的金额不能多于对方要求的总金额。")))
            ok = False
        if None not in (claimed, principal, charges) and principal + charges > claimed:
            self.claimed_charges.errors.append(str(_l("本金加利息费用不能多于对方要求的总金额。")))
            ok = False
        return ok

    def to_paper(self, paper_id: str) -> CourtPaper:
        return CourtPaper(
            id=paper_id, kind=PaperKind(self.kind.data), channel=PaperChannel(self.channel.data),
            received_on=self.received_on.date, debt_id=self.debt_id.data or NOT_LISTED,
            body=(self.body.data or "").strip(),
            case_number=unicodedata.normalize("NFKC", self.case_number.data or "").strip(),
            address=(self.address.data or "").strip(), hearing_on=self.hearing_on.date,
            claimed_fen=self.claimed.fen, claimed_principal_fen=self.claimed_principal.fen,
            claimed_charges_fen=self.claimed_charges.fen, admitted_fen=self.admitted.fen,
            red_flags=tuple(f for f in RedFlag if f.value in (self.red_flags.data or ())),
            lives_elsewhere=bool(self.lives_elsewhere.data), clause_not_explained=bool(self.clause_not_explained.data),
            note=(self.note.data or "").replace("\r\n", "\n").replace("\r", "\n").strip(),
        )


def form_data_for(paper: CourtPaper) -> dict:
    """Initial form values from a stored paper (amounts as plain yuan)."""
    def yuan(fen):
        return None if fen is None else f"{fen // 100}.{fen % 100:02d}"
    return {
        "kind": paper.kind.value, "channel": paper.channel.value, "received_on": paper.received_on.isoformat(),
        "body": paper.body, "case_number": paper.case_number, "address": paper.address, "debt_id": paper.debt_id,
        "hearing_on": paper.hearing_on.isoformat() if paper.hearing_on else "",
        "claimed": yuan(paper.claimed_fen), "claimed_principal": yuan(paper.claimed_principal_fen),
        "claimed_charges": yuan(paper.claimed_charges_fen), "admitted": yuan(paper.admitted_fen),
        "red_flags": [f.value for f in paper.red_flags], "lives_elsewhere": paper.lives_elsewhere,
        "clause_not_explained": paper.clause_not_explained, "note": paper.note,
    }


def with_paper(papers: tuple[CourtPaper, ...], paper: CourtPaper) -> tuple[CourtPaper, ...]:
    """The list with `paper` replacing the one of the same id, or appended."""
    if any(p.id == paper.id for p in papers):
        return tuple(paper if p.id == paper.id else p for p in papers)
    return (*papers, paper)
