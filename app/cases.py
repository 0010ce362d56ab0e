"""Load and save the current case through the encrypted store; views never touch storage.

The session holds what finds and opens the case (lookup, key, resume code) — never the case.
Each form carries the version it was rendered from, so a save from a stale tab is refused
instead of silently overwriting newer answers.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from flask import Flask, current_app, g, session

from app.core import case as core_case
from app.core.case import Case
from app.store import crypto, errors
from app.store.repository import CaseStore

_KEYS = ("case_lookup", "case_key", "case_code")


class NoCase(Exception):
    """The request needs a case and the session has none (new visitor, expired, deleted)."""


class Conflict(Exception):
    """The case changed elsewhere since this form was shown."""

    def __init__(self, newer: Case, version: int) -> None:
        super().__init__("stale case version")
        self.newer = newer
        self.version = version


def init_app(app: Flask) -> None:
    url = app.config.get("DATABASE_URL") or _default_url(app)
    app.config["DATABASE_URL"] = url
    app.extensions["case_store"] = CaseStore(url)


def _default_url(app: Flask) -> str:
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{Path(app.instance_path) / 'shangan.sqlite'}"


def store() -> CaseStore:
    return current_app.extensions["case_store"]


def has_case() -> bool:
    return all(k in session for k in _KEYS)


def code() -> str | None:
    return session.get("case_code")


def current() -> tuple[Case, int]:
    """(case, version) for this session; raises NoCase. Decrypted once per request."""
    if "case" not in g:
        if not has_case():
            raise NoCase()
        try:
            plaintext, version = store().load(session["case_lookup"], _key())
        except (errors.NotFound, errors.Tampered) as exc:
            forget()
            raise NoCase() from exc
        g.case = (_decode(plaintext), version)
    return g.case


def load() -> Case:
    return current()[0]


def version() -> int:
    return current()[1]


def start(case: Case | None = None) -> str:
    """Create a new stored case and open it in this session; returns its resume code."""
    plaintext = _encode(case or Case())
    new_code, key, new_version = store().create(plaintext)
    _remember(new_code, key)
    g.case = (case or Case(), new_version)
    return new_code


def resume(typed_code: str) -> bool:
    """Open the case for a typed code. False for unknown, wrong or malformed codes alike."""
    try:
        key, plaintext, found_version = store().open(typed_code)
        decoded = _decode(plaintext)
    except (errors.StoreError, ValueError):
        return False
    from app.store import codes
    _remember(codes.normalize(typed_code), key)
    g.case = (decoded, found_version)
    return True


def save(case: Case, based_on: int | None = None) -> int:
    """Write `case`; `based_on` is the version the user's form showed. Raises Conflict if stale."""
    _, loaded_version = current()
    expected = loaded_version if based_on is None else based_on
    try:
        new_version = store().save(session["case_lookup"], _key(), _encode(case), expected)
    except errors.StaleVersion as stale:
        raise Conflict(_decode(stale.plaintext), stale.version) from stale
    g.case = (case, new_version)
    return new_version


def delete() -> None:
    if has_case():
        store().delete(session["case_lookup"])
    forget()


def forget() -> None:
    """Close the case in this browser (the stored case stays, reachable by its code)."""
    for key in _KEYS:
        session.pop(key, None)
    g.pop("case", None)


def export_bytes() -> bytes:
    return json.dumps(core_case.case_to_data(load()), ensure_ascii=False, indent=2).encode("utf-8")


def _remember(resume_code: str, key: bytes) -> None:
    session.permanent = True
    session["case_lookup"] = crypto.lookup_for(resume_code)
    session["case_key"] = base64.b64encode(key).decode("ascii")
    session["case_code"] = resume_code


def _key() -> bytes:
    return base64.b64decode(session["case_key"])


def _encode(case: Case) -> bytes:
    return json.dumps(core_case.case_to_data(case), ensure_ascii=False, separators=(",", ":")).encode()


def _decode(plaintext: bytes) -> Case:
    return core_case.case_from_data(json.loads(plaintext))
