"""Translated error pages. 500s are logged without personal data: no form values, no case.

When the database is unavailable (cases.Unavailable) the answer is a 503 page that carries what
the user just submitted in hidden fields of a form posting to the same address, so nothing typed
is lost: one press on "send again" repeats the request once the database is back. The store
writes each save in one transaction, so a failed save changed nothing.
"""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from app import cases
from app.security import log_safe

bp = Blueprint("errors", __name__)
RETRY_AFTER_S = 30


def _page(status: int, title: str, message: str):
    return render_template("errors/error.html", status=status, title=title, message=message), status


@bp.app_errorhandler(CSRFError)
def csrf_error(_error: CSRFError):
    return _page(400, _("页面已过期"),
                 _("为了保护您的信息，这个页面已过期。请返回上一页，刷新后再提交一次。您已保存的内容不会丢失。"))


@bp.app_errorhandler(404)
def not_found(_error: HTTPException):
    return _page(404, _("找不到这个页面"), _("这个地址不存在。请从首页重新开始，或用恢复码继续您的案件。"))


@bp.app_errorhandler(413)
def too_large(_error: HTTPException):
    return _page(413, _("提交的内容太大"), _("提交的内容超过了允许的大小。请缩短文字或选择较小的文件。"))


@bp.app_errorhandler(429)
def too_many(_error: HTTPException):
    return _page(429, _("尝试次数过多"), _("请稍等几分钟再试。这是为了保护所有人的案件安全。"))


@bp.app_errorhandler(405)
def not_allowed(_error: HTTPException):
    return _page(405, _("无法这样访问"), _("请使用页面上的按钮和链接操作。"))


@bp.app_errorhandler(cases.Unavailable)
def store_unavailable(error: cases.Unavailable):
    current_app.logger.error("case store unavailable on %s %s: %s", log_safe(request.method),
                             request.url_rule, log_safe(error))
    kept = list(request.form.items(multi=True)) if request.method == "POST" else []
    page = render_template(
        "errors/unavailable.html", status=503, title=_("暂时无法保存"),
        message=_("存放案件的数据库暂时连不上，刚才的操作没有保存，已保存的内容也没有被改动。"),
        kept=kept, action=request.path)
    return page, 503, {"Retry-After": str(RETRY_AFTER_S)}


@bp.app_errorhandler(500)
def server_error(error: Exception):
    original = getattr(error, "original_exception", None)
    if original is None:        # an unhandled exception was already logged (app.ShanganFlask)
        current_app.logger.error("500 on %s %s", log_safe(request.method), request.url_rule)
    return _page(500, _("出错了"),
                 _("服务器出了问题，您的案件没有被改动。请稍后再试；如果一直这样，请联系部署本服务的机构。"))
