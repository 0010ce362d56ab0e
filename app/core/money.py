"""Money as integer fen (分): parsing what a user types, and writing amounts the way letters do.

Everything here is integer arithmetic on strings of ASCII digits: no float, no Decimal, so an
amount typed as "12,345.67" is exactly 1_234_567 fen and stays so through every sum.
"""

from __future__ import annotations

import re

FEN_PER_YUAN = 100
FEN_PER_WAN = 10_000 * FEN_PER_YUAN
MAX_FEN = 100_000_000 * FEN_PER_YUAN     # ¥100,000,000: anything above is a typing mistake

# Full-width forms a Chinese input method produces, mapped to what the parser reads.
_FULL_WIDTH = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)},
     "，": ",", "．": ".", "￥": "¥", "－": "-", "−": "-"}
)
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
_DIGITS = re.compile(r"[0-9]*")
_MAX_INTEGER_DIGITS = 12                  # longer than any amount under MAX_FEN, even in 万


class AmountError(ValueError):
    """A typed amount we cannot accept; `.code` says why, the form layer words it."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code    # "empty", "not_a_number", "negative", "too_many_decimals", ...


def parse_amount(text: str) -> int:
    """'12,345.6', '１２３４５', '¥12,345', '1.2万' -> fen; anything else raises AmountError.

    Accepted: ASCII or full-width digits, a leading ¥/￥, a trailing 元, a trailing 万 (which
    allows up to six decimals, since 0.000001万 is one fen), thousands commas in groups of
    three, and up to two decimals. Codes: empty, not_a_number, negative, too_many_decimals,
    mixed_units ("3万5"), too_large (over ¥100,000,000), bad_grouping ("1,23,4").
    """
    body = (text or "").translate(_FULL_WIDTH).strip()
    if not body:
        raise AmountError("empty")
    body, negative = _strip_sign_and_currency(body)
    if negative:
        raise AmountError("negative" if re.search("[0-9]", body) else "not_a_number")
    body, wan = _strip_wan(body)
    whole, decimals = _split_number(body)
    max_decimals = 6 if wan else 2
    if len(decimals) > max_decimals:
        raise AmountError("too_many_decimals")
    if len(whole.lstrip("0")) > _MAX_INTEGER_DIGITS:
        raise AmountError("too_large")
    unit = FEN_PER_WAN if wan else FEN_PER_YUAN
    fen = int(whole or "0") * unit + int(decimals or "0") * unit // 10 ** len(decimals)
    if fen > MAX_FEN:
        raise AmountError("too_large")
    return fen


def _strip_sign_and_currency(body: str) -> tuple[str, bool]:
    """Remove a minus sign, ¥ before and 元 after the number; report whether a minus was there."""
    negative = body.startswith("-")
    body = body.removeprefix("-").strip()
    if body.startswith("¥"):
        body = body[1:].strip()
        if body.startswith("-"):
            negative = True
            body = body[1:].strip()
    body = body.removesuffix("元").strip()
    return body, negative


def _strip_wan(body: str) -> tuple[str, bool]:
    """Remove one trailing 万; a 万 anywhere else ('3万5', '1万万') mixes units."""
    if "万" not in body:
        return body, False
    if body.count("万") > 1 or not body.endswith("万"):
        raise AmountError("mixed_units")
    return body[:-1].strip(), True


def _split_number(body: str) -> tuple[str, str]:
    """'12,345.67' -> ('12345', '67'), checking digits and thousands grouping."""
    whole, _, decimals = body.partition(".")
    if not _DIGITS.fullmatch(decimals) or not (whole or decimals):
        raise AmountError("not_a_number")
    if "," in whole:
        if not set(whole) <= set("0123456789,"):
            raise AmountError("not_a_number")
        if not _GROUPED.fullmatch(whole):
            raise AmountError("bad_grouping")
        whole = whole.replace(",", "")
    if not _DIGITS.fullmatch(whole):
        raise AmountError("not_a_number")
    return whole, decimals


def format_yuan(fen: int) -> str:
    """1_234_567 -> '¥12,345.67'; always two decimals; a minus sign goes before the ¥."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}¥{yuan:,}.{cents:02d}"


_DIGIT_CAPITALS = "零壹贰叁肆伍陆柒捌玖"
_PLACE_CAPITALS = ("", "拾", "佰", "仟")
_GROUP_CAPITALS = ("", "万", "亿", "万亿")


def to_capital(fen: int) -> str:
    """1_234_567 -> '人民币壹万贰仟叁佰肆拾伍元陆角柒分', as formal financial writing has it.

    Rules (中国人民银行 填写票据和结算凭证的基本规定; 会计基础工作规范): one 零 for any run of
    zeros between non-zero digits (壹万零伍元整, 壹仟零壹拾元整); no 零 at a group boundary when
    the next group starts with its 仟 digit (壹拾万柒仟元整); a leading 拾 keeps its 壹
    (壹拾元整); 元 followed by 零 when 角 is zero but 分 is not (壹元零伍分); nothing before 角
    or 分 when there are no yuan (伍角整); 整 after 元 or 角, never after 分; 零元整 for zero.
    Where the rules allow either, a zero 元 digit before a non-zero 角 is not written
    (壹拾元伍角整, not 壹拾元零伍角整).
    """
    if fen < 0:
        raise AmountError("negative")
    yuan, cents = divmod(fen, FEN_PER_YUAN)
    jiao, fen_digit = divmod(cents, 10)
    if yuan >= 10_000 ** len(_GROUP_CAPITALS):
        raise AmountError("too_large")
    words = _yuan_capital(yuan) + "元" if yuan else ""
    if jiao:
        words += _DIGIT_CAPITALS[jiao] + "角"
    elif fen_digit and yuan:
        words += "零"
    if fen_digit:
        words += _DIGIT_CAPITALS[fen_digit] + "分"
    else:
        words = (words or "零元") + "整"
    return "人民币" + words


def _yuan_capital(yuan: int) -> str:
    """A positive whole number of yuan in capitals, without the unit: 10005 -> '壹万零伍'."""
    groups = []
    while yuan:
        yuan, group = divmod(yuan, 10_000)
        groups.append(group)
    words = ""
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if not group:
            pending_zero = True
            continue
        if words and (pending_zero or group < 1000):
            words += "零"
        words += _group_capital(group) + _GROUP_CAPITALS[index]
        pending_zero = False
    return words


def _group_capital(group: int) -> str:
    """1..9999 in capitals, zeros inside the group collapsed to one 零: 1010 -> '壹仟零壹拾'."""
    digits = f"{group:04d}".lstrip("0")
    words = ""
    zero_run = False
    for position, char in enumerate(digits):
        place = len(digits) - 1 - position
        if char == "0":
            zero_run = True
            continue
        if zero_run:
            words += "零"
            zero_run = False
        words += _DIGIT_CAPITALS[int(char)] + _PLACE_CAPITALS[place]
    return words
