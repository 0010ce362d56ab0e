"""Messages of the start page keyed by codes: why a case is not open, why a file was refused."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from app.start.importing import ImportProblem

NO_CASE = {
    "none": _l("请先开始一个新案件，或用恢复码继续。"),
    "ended": _l("本浏览器里的这个案件已被关闭（快速离开、关闭案件，或在别处用恢复码重新打开）。请用恢复码继续。"),
    "gone": _l("这个案件已不在服务器上：它已被删除，或因长时间没有打开而被自动清除。"),
    "unreadable": _l("服务器上的这个案件无法安全打开：它可能被改动过，或服务器恢复了较早的备份。为保护您的信息，本浏览器已关闭这个案件。您可以用恢复码重新打开，或导入之前下载的案件文件。"),
}

WRONG_CODE = _l("找不到这个恢复码对应的案件。请核对后再试。")

# One sentence per kind of problem; %(where)s is the place in the file ("debts[1].id"), for a
# volunteer who opens the file to see what is wrong.
IMPORT_ERRORS = {
    "too_large": _l("文件超过 1 MB，不是本站导出的案件文件。"),
    "not_json": _l("这个文件不是有效的案件文件（无法读取）。"),
    "bad_envelope": _l("这个文件不是本站导出的案件文件：缺少版本号（schema_version）或案件内容。"),
    "unknown_schema_version": _l("这个案件文件的版本号（schema_version）本站不认识，可能来自其他版本的上岸。"),
    "unknown_field": _l("文件里有本站不认识的内容（位置：%(where)s）。"),
    "missing_field": _l("文件缺少必需的内容（位置：%(where)s）。"),
    "bad_type": _l("文件里有一项的类型不对（位置：%(where)s），例如该是数字的地方是文字。"),
    "bad_value": _l("文件里有一项的值无效（位置：%(where)s），例如日期或选项不对。"),
    "too_many_debts": _l("文件里有 %(n)s 笔欠款，最多可以有 %(max)s 笔。"),
    "too_many_incidents": _l("文件里有 %(n)s 条催收记录，最多可以有 %(max)s 条。"),
    "too_many": _l("文件里有一个列表的项数超过 %(max)s（位置：%(where)s）。"),
    "text_too_long": _l("文件里有一段文字超过 %(max)s 个字（位置：%(where)s）。"),
    "bad_text": _l("文件里有控制字符、换行或无法识别的字符（位置：%(where)s），本站导出的这一项不会有。"),
    "bad_form": _l("文件里有一项的格式不对（位置：%(where)s），例如卡号后四位不是 4 个数字。"),
    "bad_amount": _l("文件里有金额是负数或超过一亿元（位置：%(where)s）。"),
    "bad_number": _l("文件里有数量不在 %(low)s 到 %(high)s 之间（位置：%(where)s）。"),
    "bad_date": _l("文件里有日期无效、早于 1900 年或晚于 2100 年（位置：%(where)s）。"),
    "bad_time": _l("文件里有时间带着时区或秒（位置：%(where)s），本站导出的时间只到分钟、不带时区。"),
    "bad_id": _l("文件里有编号不是本站生成的格式（位置：%(where)s）。"),
    "duplicate_id": _l("文件里有两条记录的编号相同（位置：%(where)s），导入后修改其中一条会覆盖另一条。"),
    "duplicate": _l("文件里有重复的选项（位置：%(where)s）。"),
    "bad_code": _l("文件里有本站不认识的选项（位置：%(where)s）。"),
    "missing_text": _l("文件里缺少必填的文字（位置：%(where)s），例如选了“其他”却没有写名称。"),
    "inconsistent": _l("文件里有几项互相矛盾（位置：%(where)s），例如本金多于欠款总额。"),
}
OTHER_IMPORT_ERROR = _l("这个文件的内容不完整或格式不对。")
NOTHING_IMPORTED = _l("没有导入任何内容，当前案件没有改动。")
MAX_WHERE_CHARS = 80


def import_errors(problem: ImportProblem) -> list[str]:
    """One sentence per problem in the file, then one saying that nothing changed."""
    messages = []
    for found in problem.problems:
        values = {"where": shown_where(found.where), "n": "", "max": "", "low": "", "high": ""} | found.params
        messages.append(str(IMPORT_ERRORS.get(found.code, OTHER_IMPORT_ERROR)) % values)
    return [*messages, str(NOTHING_IMPORTED)]


def shown_where(where: str) -> str:
    """The place in the file as printable text: keys come from the file, so control characters,
    line breaks and invisible formatting are replaced, and it is cut short."""
    printable = "".join(c if c.isprintable() else "?" for c in where[:MAX_WHERE_CHARS])
    return printable or "—"
