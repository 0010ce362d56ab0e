"""UI messages for the requests' timeline events (reply-by dates and agreed payments)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

PAYMENT_TITLE = _l("还款提醒：%(creditor)s %(amount)s")
PAYMENT_DETAIL = _l("按 %(date)s 达成的还款协议，第 %(n)s 期，共 %(total)s 期。")
PAYMENT_ADVICE = _l("请还到自己的账户或银行官方渠道，不要转给个人。")
ACCOUNT_WITH_TAIL = _l("%(creditor)s 尾号%(tail)s")
REPLY_TITLE = _l("等待答复：%(creditor)s，预计 %(date)s 前")
REPLY_COUNTED_FROM_SIGNING = _l("按申请书落款日期 %(date)s 计算。")
REPLY_COUNTED_FROM_TODAY = _l("还没有填写申请书落款日期，先按今天计算；在“申请人信息”里填上实际寄出的日期，这里会跟着改。")
REPLY_COUNTED_FROM_SENT = _l("按 %(date)s 寄出计算。")
REPLY_GIVEN_BY_BANK = _l("这是银行 %(date)s 要求补材料时给的新期限。")
REPLY_DETAIL = _l("到这天还没有书面答复，可以按协商话术打电话询问，或者再寄一次。")
NO_PAYMENT_BEFORE_AGREEMENT = _l("不要在拿到书面协议前付款。")
