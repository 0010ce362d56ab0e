"""UI strings of the desk: why a resume code was not printed on the cover sheet."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

CODE_ERRORS = {
    "missing": _l("要在封面页上印恢复码，请输入这个案件的恢复码。"),
    "wrong": _l("这不是当前这个案件的恢复码。请核对后再输入；本站不保存恢复码，无法替您找回。"),
}
