"""Security headers on every response and the shared rate limiter.

Rate limits count per client address in RATELIMIT_STORAGE_URI (`memory://` by default: per
process; `redis://host:6379` lets every worker and server share one count). If that storage stops
answering, limits fall back to per-process memory instead of failing requests. Behind a reverse
proxy, set TRUSTED_PROXIES to the number of proxies in front so the client address and https are
read from their X-Forwarded-* headers; with the default 0 those headers are ignored, so a client
cannot spoof its way out of a limit.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
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
    app.after_request(set_headers)
