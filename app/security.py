"""Security headers on every response, the shared rate limiter, checked sessions, safe logging.

Rate limits count per client address in RATELIMIT_STORAGE_URI (`memory://` by default: per
process; `redis://host:6379` lets every worker and server share one count). If that storage stops
answering, limits fall back to per-process memory instead of failing requests. Behind a reverse
proxy, set TRUSTED_PROXIES to the number of proxies in front so the client address and https are
read from their X-Forwarded-* headers; with the default 0 those headers are ignored, so a client
cannot spoof its way out of a limit.

Sessions: Flask's signed cookie is read by `CheckedSessionInterface`, which treats a cookie that
does not decode, or whose known keys do not have the shape this app writes, as no session at
all (a cookie signed with the right secret but holding, say, a malformed case key).

Logs: whatever a client sent (path, query, form, headers) never reaches a log line as is. Errors
are logged by URL rule and exception type (`describe_exception`), and `log_safe` escapes any
other text that must be logged, so CR/LF and other control characters cannot forge lines.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import traceback
from collections.abc import Callable

from flask import Flask, Response, current_app, request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from itsdangerous import URLSafeTimedSerializer
from werkzeug.middleware.proxy_fix import ProxyFix

limiter = Limiter(key_func=get_remote_address, default_limits=[])
# Opening a case costs a scrypt derivation (32 MiB, tens of ms) and a database row: one count
# per client shared by every route that opens one (new case, import).
limit_new_cases = limiter.shared_limit(lambda: current_app.config["NEW_CASE_RATE_LIMIT"], scope="new-case")

CSP = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
))


def set_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["X-Frame-Options"] = "DENY"
    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()"
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if request.is_secure:
        headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    if not request.path.startswith("/static/"):
        headers["Cache-Control"] = "no-store"   # pages and PDFs may show case data
    return response


MAX_FRAMES = 6
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def log_safe(text: object) -> str:
    """`text` with every control character (CR, LF, ESC, ...) written as an escape: one line."""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), str(text))


def describe_exception(error: BaseException | None) -> str:
    """'KeyError at app/x.py:12 in f < app/y.py:30 in g': the type and the innermost frames,
    never the exception's message (which may quote user input)."""
    if error is None:
        return "error"
    frames = traceback.extract_tb(error.__traceback__)[-MAX_FRAMES:]
    where = " < ".join(f"{_short(f.filename)}:{f.lineno} in {f.name}" for f in reversed(frames))
    return log_safe(f"{type(error).__name__} at {where}" if where else type(error).__name__)


def _short(filename: str) -> str:
    marker = filename.rfind("/app/")
    return filename[marker + 1:] if marker >= 0 else filename.rsplit("/", 1)[-1]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62


def _is_case_key(value: object) -> bool:
    if not isinstance(value, str) or not value.isascii():
        return False
    try:
        return len(base64.b64decode(value, validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


def _is_flashes(value: object) -> bool:
    return isinstance(value, list | tuple) and all(
        isinstance(item, list | tuple) and len(item) == 2 and all(isinstance(x, str) for x in item)
        for item in value)


_HEX64 = re.compile(r"[0-9a-f]{64}")
_TOKENISH = re.compile(r"[0-9A-Za-z_=-]{1,512}")
# The shape of every key this app (and Flask, Flask-WTF) writes into the session.
SESSION_SHAPES: dict[str, Callable[[object], bool]] = {
    "case_lookup": lambda v: isinstance(v, str) and _HEX64.fullmatch(v) is not None,
    "case_key": _is_case_key,
    "case_epoch": _is_int,
    "case_seen_version": _is_int,
    "new_code": lambda v: isinstance(v, str) and _TOKENISH.fullmatch(v) is not None,
    "show_code": lambda v: isinstance(v, bool),
    "csrf_token": lambda v: isinstance(v, str) and _TOKENISH.fullmatch(v) is not None,
    "_flashes": _is_flashes,
    "_permanent": lambda v: isinstance(v, bool),
}
CASE_SESSION_KEYS = ("case_lookup", "case_key", "case_epoch")


def session_is_sane(data: object) -> bool:
    """True if `data` is a dict whose known keys all have the shape this app writes, and which
    holds either all of the case keys or none (an older cookie without an epoch opens nothing)."""
    if not isinstance(data, dict):
        return False
    if not all(check(data[name]) for name, check in SESSION_SHAPES.items() if name in data):
        return False
    held = sum(name in data for name in CASE_SESSION_KEYS)
    return held in (0, len(CASE_SESSION_KEYS))


class CheckedSessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, where a cookie that is unreadable or malformed (by
    `session_is_sane`) counts as no session, instead of failing some later request with a 500."""

    _signing: tuple[object, URLSafeTimedSerializer | None] = (None, None)

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        """Flask's serializer, made once per secret (and fallbacks) instead of on every request."""
        secrets = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        known, serializer = self._signing
        if known != secrets:
            serializer = super().get_signing_serializer(app)
            self._signing = (secrets, serializer)
        return serializer

    def open_session(self, app: Flask, request) -> SecureCookieSession | None:
        serializer = self.get_signing_serializer(app)
        if serializer is None:
            return None
        value = request.cookies.get(self.get_cookie_name(app))
        if not value:
            return self.session_class()
        try:
            data = serializer.loads(value, max_age=int(app.permanent_session_lifetime.total_seconds()))
        except Exception:  # noqa: BLE001 — a bad signature, or signed content we cannot decode
            return self.session_class()
        if not session_is_sane(data):
            return self.session_class()
        return self.session_class(data)


def init_app(app: Flask) -> None:
    # Defaults kept here, beside the limiter they configure (app.config may override them).
    app.config.setdefault("RATELIMIT_IN_MEMORY_FALLBACK_ENABLED", True)
    app.config.setdefault("TRUSTED_PROXIES", 0)
    app.config.setdefault("NEW_CASE_RATE_LIMIT", "20 per minute;300 per day")
    proxies = int(app.config["TRUSTED_PROXIES"])
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)
    limiter.init_app(app)
    # Flask-Limiter logs each breach at INFO with the client's IP address: personal data.
    logging.getLogger("flask-limiter").setLevel(logging.WARNING)
    app.session_interface = CheckedSessionInterface()
    app.after_request(set_headers)
