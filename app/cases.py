"""Load and save the current case through the encrypted store; views never touch storage.

The session holds what finds and opens the case (lookup, key, session epoch) — never the case,
never the resume code — and the newest version this browser has seen. A stored version older
than that means the row was rolled back (a restored backup, or an old ciphertext put back),
which the encryption alone cannot notice, so the case is closed in this browser instead of
silently showing older answers. Only a browser that saw the newer version notices: a fresh
resume by code opens whatever version is stored.

The session epoch lets the user end every other session: quick exit, closing the case and a
new resume raise the row's epoch, and a session holding an older one opens nothing (NoCase
"ended"), however long its cookie would still be valid. The new resume code is shown once, just
after it is made; until then the session carries it sealed under a key derived from the
server's LOOKUP_SECRET, so the cookie alone never reveals it.
Each form carries the version it was rendered from, so a save from a stale tab is refused
instead of silently overwriting newer answers.

Expired cases are purged by `flask purge` (cron) and also here, at most once an hour per process,
before some request: a failure there is logged by type only and never fails the request.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, current_app, g, request, session
from sqlalchemy.exc import InterfaceError, OperationalError

from app.core import case as core_case
from app.core.bounds import Limits
from app.core.case import Case
from app.store import codes, crypto, errors
from app.store.repository import FIRST_EPOCH, CaseStore

_KEYS = ("case_lookup", "case_key", "case_epoch")
_SEEN = "case_seen_version"
NEW_CODE = "new_code"           # the new resume code, sealed, until the page showing it pops it
SHOW_CODE = "show_code"         # older flag set by views after opening a case; popped with it
_NEW_CODE_LABEL = b"shangan/new-code/v1"
MAX_TYPED_CODE = 100            # longer input cannot be a code: refused before any work
PURGE_EVERY_S = 3600


class NoCase(Exception):
    """The request needs a case and the session has none, or has just lost it.

    `reason` is "none" (no case opened in this browser), "gone" (deleted or purged since),
    "ended" (this session was ended: quick exit, the case closed, or resumed by code elsewhere)
    or "unreadable" (the stored row fails authentication, or is older than a version this
    browser has already seen: altered, or the database was restored from a backup). The start
    page words each one.
    """

    def __init__(self, reason: str = "none") -> None:
        super().__init__(reason)
        self.reason = reason


class Conflict(Exception):
    """The case changed elsewhere since this form was shown."""

    def __init__(self, newer: Case, version: int) -> None:
        super().__init__("stale case version")
        self.newer = newer
        self.version = version


class PurgeSchedule:
    """When this process last purged expired cases. `claim()` is True at most once per
    `every_s` seconds, and never for two requests at once."""

    def __init__(self, every_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.every_s = every_s
        self.clock = clock
        self.last: float | None = None
        self._lock = threading.Lock()

    def claim(self) -> bool:
        if not self._lock.acquire(blocking=False):
            return False
        try:
            now = self.clock()
            if self.last is not None and now - self.last < self.every_s:
                return False
            self.last = now       # set before purging: a failing database is not retried at once
            return True
        finally:
            self._lock.release()


def init_app(app: Flask) -> None:
    url = app.config.get("DATABASE_URL") or _default_url(app)
    app.config["DATABASE_URL"] = url
    app.config.setdefault("CASE_PURGE_EVERY_S", PURGE_EVERY_S)
    app.extensions["case_store"] = CaseStore(url, lookup_secret=lookup_secret(app))
    app.extensions["case_store_guarded"] = _Guarded(app.extensions["case_store"])
    app.extensions["case_purge"] = PurgeSchedule(app.config["CASE_PURGE_EVERY_S"])
    app.before_request(_purge_now_and_then)


def lookup_secret(app: Flask) -> bytes:
    """LOOKUP_SECRET as bytes: keys the stored row ids (app/store/crypto.py)."""
    return str(app.config["LOOKUP_SECRET"]).encode("utf-8")


def _default_url(app: Flask) -> str:
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{Path(app.instance_path) / 'shangan.sqlite'}"


def store() -> CaseStore:
    """The app's CaseStore; a database failure in any of its calls raises Unavailable (one
    wrapper per app, made in init_app)."""
    return current_app.extensions["case_store_guarded"]


class Unavailable(Exception):
    """The database cannot be reached or written: down, refusing, read-only, full, locked too long.

    Each store call is one transaction, so nothing was half-written. app.errors answers with a
    translated 503 page that keeps what the user just submitted, ready to send again.
    """


class _Guarded:
    """A CaseStore whose methods raise Unavailable instead of SQLAlchemy's connection errors.

    Housekeeping (purge) is left as it is: it never runs for the user's own request, and its
    callers (the hourly purge, `flask purge`) report the database's own error to the operator.
    """

    HOUSEKEEPING = frozenset({"purge"})

    def __init__(self, inner: CaseStore) -> None:
        self._inner = inner

    def __getattr__(self, name: str):
        attribute = getattr(self._inner, name)
        if not callable(attribute) or name in self.HOUSEKEEPING:
            return attribute

        inner = self._inner

        @functools.wraps(attribute)
        def guarded(*args, **kwargs):
            try:
                return getattr(inner, name)(*args, **kwargs)    # looked up per call, as before
            except (OperationalError, InterfaceError) as exc:
                raise Unavailable(type(exc.orig).__name__ if exc.orig else type(exc).__name__) from exc
        setattr(self, name, guarded)    # wrapped once per process: later calls skip __getattr__
        return guarded


_KEY_SET = frozenset(_KEYS)


def has_case() -> bool:
    return session.keys() >= _KEY_SET        # one look through the session proxy, not three


def take_new_code() -> str | None:
    """The resume code made for this session's case, once: the page showing it calls this, and
    the session no longer carries it afterwards. None if there is none (or it is not readable)."""
    sealed = session.pop(NEW_CODE, None)
    session.pop(SHOW_CODE, None)
    if not isinstance(sealed, str) or not has_case():
        return None
    try:
        raw = base64.urlsafe_b64decode(sealed.encode("ascii"))
        plain = AESGCM(_new_code_key()).decrypt(raw[:12], raw[12:], session["case_lookup"].encode())
    except (ValueError, InvalidTag):
        return None
    return plain.decode("ascii")


def _stash_new_code(new_code: str) -> None:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_new_code_key()).encrypt(nonce, new_code.encode("ascii"), session["case_lookup"].encode())
    session[NEW_CODE] = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def _new_code_key() -> bytes:
    return hmac.digest(lookup_secret(current_app), _NEW_CODE_LABEL, hashlib.sha256)


def current() -> tuple[Case, int]:
    """(case, version) for this session; raises NoCase. Decrypted once per request."""
    if "case" not in g:
        if not has_case():
            raise NoCase()
        try:
            plaintext, version = store().load(session["case_lookup"], key(), epoch())
        except errors.NotFound as exc:
            forget()
            raise NoCase("gone") from exc
        except errors.SessionEnded as exc:
            forget()
            raise NoCase("ended") from exc
        except errors.Tampered as exc:
            forget()
            raise NoCase("unreadable") from exc
        if version < session.get(_SEEN, 0):
            forget()
            raise NoCase("unreadable")
        _seen(version)
        g.case = (_decode(plaintext), version)
    return g.case


def stamp() -> tuple[int, bytes] | None:
    """(version, nonce) of this session's stored case, read without decrypting it; None when it
    is gone, this session was ended, or it is older than this browser has seen (`current()`
    then closes it and says why)."""
    found = store().stamp(session["case_lookup"], epoch())
    if found is None or found[0] < session.get(_SEEN, 0):
        return None
    _seen(found[0])
    return found


def key() -> bytes:
    """The open case's key, from the session (app.security checked its shape on reading)."""
    return base64.b64decode(session["case_key"])


def epoch() -> int:
    """The session epoch this browser's case was opened at."""
    return session["case_epoch"]


def load() -> Case:
    return current()[0]


def version() -> int:
    return current()[1]


def start(case: Case | None = None) -> str:
    """Create a new stored case and open it in this session; returns its resume code."""
    plaintext = _encode(case or Case())
    new_code, key, new_version = store().create(plaintext)
    _remember(new_code, key, FIRST_EPOCH)
    _stash_new_code(new_code)
    _seen(new_version)
    g.case = (case or Case(), new_version)
    return new_code


def resume(typed_code: str) -> bool:
    """Open the case for a typed code, end its other sessions and restart its expiry clock.

    False for unknown, wrong, malformed or overlong codes and unreadable rows alike: the caller
    shows one neutral message, so an attempt learns nothing about why it failed.
    """
    if len(typed_code) > MAX_TYPED_CODE:
        return False
    try:
        key, plaintext, found_version = store().open(typed_code)
        decoded = _decode(plaintext)
    except (errors.StoreError, ValueError):
        return False
    resume_code = codes.normalize(typed_code)
    new_epoch = store().new_session(crypto.lookup_for(resume_code))
    if new_epoch is None:           # deleted between reading and now
        return False
    _remember(resume_code, key, new_epoch)
    _seen(found_version)
    g.case = (decoded, found_version)
    return True


def opens(typed_code: str) -> str | None:
    """Which case a typed code opens, without opening it: "this" (the case open in this browser),
    "other" (another stored case, read and decrypted to be sure) or None (refused, for the same
    reasons and with the same single answer as `resume`). Nothing changes: no session, no epoch,
    no expiry clock. Asking before the open case is replaced needs this first (app.start)."""
    if len(typed_code) > MAX_TYPED_CODE:
        return None
    if this_cases_code(typed_code) is not None:
        return "this"
    try:
        _decode(store().open(typed_code)[1])
    except (errors.StoreError, ValueError):
        return None
    return "other"


def this_cases_code(typed_code: str) -> str | None:
    """The typed code, formatted, when it opens the case open in this browser; else None.

    The code is never stored: the session holds the case's lookup, derived from the code as
    app.store derives it, so the typed code is checked against that, in constant time, with no
    database read and no key derivation.
    """
    if len(typed_code) > MAX_TYPED_CODE or not has_case():
        return None
    try:
        formatted = codes.normalize(typed_code)
    except (errors.StoreError, ValueError):
        return None
    return formatted if hmac.compare_digest(crypto.lookup_for(formatted), session["case_lookup"]) else None


def resume_instead(typed_code: str) -> bool:
    """`resume`, and then, if another case was open in this browser, end every session of that
    one (as `close` does; it stays stored, reachable by its code). A refused code changes
    nothing: the open case is closed only once the other one is open."""
    previous = (session["case_lookup"], epoch()) if has_case() else None
    if not resume(typed_code):
        return False
    if previous is not None and previous[0] != session["case_lookup"]:
        store().end_sessions(*previous)
        session.pop(NEW_CODE, None)         # sealed for the previous case: it would not open
        session.pop(SHOW_CODE, None)
    return True


def save(case: Case, based_on: int | None = None) -> int:
    """Write `case`; `based_on` is the version the user's form showed. Raises Conflict if stale."""
    _, loaded_version = current()
    expected = loaded_version if based_on is None else based_on
    try:
        new_version = store().save(session["case_lookup"], key(), _encode(case), expected, epoch())
    except errors.SessionEnded as exc:
        forget()
        raise NoCase("ended") from exc
    except errors.StaleVersion as stale:
        _seen(stale.version)
        raise Conflict(_decode(stale.plaintext), stale.version) from stale
    except errors.NotFound as exc:
        forget()
        raise NoCase("gone") from exc
    except errors.Tampered as exc:
        forget()
        raise NoCase("unreadable") from exc
    _seen(new_version)
    g.case = (case, new_version)
    return new_version


def save_form(form, case: Case) -> Conflict | None:
    """Save `case` as of the version `form` was shown with. On a stale version nothing is
    written: the conflict is returned and the form now carries the newer version."""
    try:
        save(case, based_on=form.based_on())
    except Conflict as conflict:
        form.case_version.data = str(conflict.version)
        return conflict
    return None


def page_status(conflict: Conflict | None) -> int:
    """200 for a page, 422 for a POST that failed validation, 409 for a stale save."""
    if conflict is not None:
        return 409
    return 422 if request.method == "POST" else 200


def delete() -> None:
    if has_case():
        store().delete(session["case_lookup"])
    forget()


def close() -> None:
    """End every session of the open case (this one and any copy of its cookie) and forget it
    here. The stored case stays, reachable by its code."""
    if has_case():
        store().end_sessions(session["case_lookup"], epoch())
    forget()


def forget() -> None:
    """Close the case in this browser (the stored case stays, reachable by its code)."""
    for key in (*_KEYS, _SEEN, NEW_CODE, SHOW_CODE, "case_code"):
        session.pop(key, None)
    g.pop("case", None)


def limits() -> Limits:
    """The configured size limits of a case (MAX_DEBTS, MAX_INCIDENTS, MAX_TEXT_CHARS)."""
    config = current_app.config
    return Limits(config["MAX_DEBTS"], config["MAX_INCIDENTS"], config["MAX_TEXT_CHARS"])


def purge_expired(days: int | None = None) -> int:
    """Delete cases untouched for `days` (default CASE_TTL_DAYS); returns how many went."""
    age = current_app.config["CASE_TTL_DAYS"] if days is None else days
    return store().purge(datetime.now(UTC) - timedelta(days=age))


def _purge_now_and_then() -> None:
    """Before a request, at most once per CASE_PURGE_EVERY_S in this process: purge expired cases."""
    if not current_app.extensions["case_purge"].claim():
        return
    try:
        purge_expired()
    except Exception as exc:       # housekeeping must never fail the user's request
        current_app.logger.warning("opportunistic purge failed: %s", type(exc).__name__)


def export_bytes() -> bytes:
    return json.dumps(core_case.case_to_data(load()), ensure_ascii=False, indent=2).encode("utf-8")


def _remember(resume_code: str, key: bytes, session_epoch: int) -> None:
    """What this browser needs to open the case: its lookup, key and epoch, never the code."""
    session.permanent = True
    session.pop("case_code", None)
    session["case_lookup"] = crypto.lookup_for(resume_code)
    session["case_key"] = base64.b64encode(key).decode("ascii")
    session["case_epoch"] = session_epoch


def _seen(found_version: int) -> None:
    if session.get(_SEEN) != found_version:
        session[_SEEN] = found_version


def _encode(case: Case) -> bytes:
    return json.dumps(core_case.case_to_data(case), ensure_ascii=False, separators=(",", ":")).encode()


def _decode(plaintext: bytes) -> Case:
    return core_case.case_from_data(json.loads(plaintext))
