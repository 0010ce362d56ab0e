"""The companion's words for the collector lines of `core.collector_lines`: what they say, what is true."""

from __future__ import annotations

from typing import NamedTuple

from flask_babel import lazy_gettext as _l

from app.core.collector_lines import LINES

SAID = {
    "sue_at_door": _l("明天上门起诉你"),
    "credit_blacklist": _l("把你上征信黑名单"),
    "jail": _l("不还钱就让你坐牢"),
    "freeze_family": _l("冻结你全家的账户"),
}

TRUTH = {
    "sue_at_door": _l("银行可以起诉，但要把起诉状交到法院，由法院立案、由法院送达文书；催收员不能“上门起诉”。"),
    "credit_blacklist": _l("没有所谓“征信黑名单”：逾期会记入信用报告，自不良行为结束之日起保存 5 年；“失信被执行人名单”只能由法院在判决后决定。"),
    "jail": _l("还不上钱本身不是犯罪：恶意透支要有非法占有的目的，单纯没还款不能认定；法院判决后有能力却拒不履行，才可能受罚。"),
    "freeze_family": _l("强制执行要经过法院，只针对您本人的财产；家人自己的账户不会因为您的欠款被冻结（与您共有的财产、法院认定的夫妻共同债务除外）。"),
}


class Answer(NamedTuple):
    code: str
    said: str
    truth: str
    citation_ids: tuple[str, ...]


def answers() -> list[Answer]:
    """Each line a collector uses, with its truthful answer and the rows that answer rests on."""
    return [Answer(line.code, str(SAID[line.code]), str(TRUTH[line.code]), line.citation_ids) for line in LINES]
