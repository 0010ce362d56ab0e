"""The Flask shell: create_app() wires config, extensions and one blueprint per wizard step."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, request
from flask_babel import Babel
from flask_wtf.csrf import CSRFProtect

from app import checks

ROOT = Path(__file__).resolve().parent.parent     # templates/, static/, locales/ sit beside app/
babel, csrf = Babel(), CSRFProtect()


class ShanganFlask(Flask):
    """Flask, except that an unhandled error is logged by method, URL rule and exception type,
    on one line, with the frames it passed through: never the raw path, query, form or message,
    which may hold personal data or CR/LF that would forge log lines."""

    def log_exception(self, exc_info) -> None:
        from app.security import describe_exception, log_safe
        self.logger.error("unhandled %s on %s %s", describe_exception(exc_info[1]), log_safe(request.method),
                          request.url_rule)


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    app = ShanganFlask(__name__, template_folder=str(ROOT / "templates"), static_folder=str(ROOT / "static"),
                instance_path=os.environ.get("SHANGAN_INSTANCE", str(ROOT / "instance")))
    app.config.from_object("app.config")
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = str(ROOT / "locales")
    app.config.from_prefixed_env()                  # FLASK_SECRET_KEY=..., FLASK_DATABASE_URL=...
    if os.environ.get("DATABASE_URL"):
        app.config["DATABASE_URL"] = os.environ["DATABASE_URL"]
    app.config.update(overrides or {})
    _settle_secrets(app)
    if not app.config.get("SKIP_ENVIRONMENT_CHECK"):
        checks.require_environment()       # CJK font and HarfBuzz subsetter, or stop and say what to install

    from app import cases, commands, fields, i18n, law, layout, page_cache, security, wizard
    babel.init_app(app, locale_selector=i18n.selected_locale)
    csrf.init_app(app)
    i18n.init_app(app)
    fields.init_app(app)
    law.init_app(app)
    wizard.init_app(app)
    layout.init_app(app)
    security.init_app(app)
    cases.init_app(app)
    page_cache.init_app(app)
    commands.init_app(app)

    from app import (
        budget,
        conduct,
        court,
        debts,
        desk,
        errors,
        letters,
        negotiate,
        next_steps,
        plan,
        start,
        summary,
    )
    for part in (errors, start, debts, summary, conduct, court, budget, plan, letters, negotiate, next_steps,
                 desk):
        app.register_blueprint(part.bp)
    from app import call  # the collector-call companion: reachable from every page, not a step
    app.register_blueprint(call.bp)
    return app


def _settle_secrets(app: Flask) -> None:
    """SECRET_KEY (signs cookies) and LOOKUP_SECRET (keys the stored row ids) are required
    outside debug; in debug and tests a development value of each is kept in instance/."""
    relaxed = app.debug or app.testing or app.config.get("TESTING")
    if relaxed:
        app.config["SESSION_COOKIE_SECURE"] = False
    for name, filename in (("SECRET_KEY", "dev-secret"), ("LOOKUP_SECRET", "dev-lookup-secret")):
        if app.config.get(name):
            continue
        if not relaxed:
            raise RuntimeError(f"{name} is not set: export FLASK_{name}=<long random string>.")
        keyfile = Path(app.instance_path) / filename
        keyfile.parent.mkdir(parents=True, exist_ok=True)
        if not keyfile.exists():
            keyfile.write_text(secrets.token_hex(32))
            keyfile.chmod(0o600)
        app.config[name] = keyfile.read_text().strip()
