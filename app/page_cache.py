"""Rendered case pages kept by each worker process, sealed with the case's own key.

A case page is a function of the stored case row, the locale, the discreet switch, the path and
query, today's date in China and this browser's CSRF secret (forms carry a token made from it).
When a page is asked for again with all of those unchanged (the debtor going back to the
summary, a volunteer reopening the findings), the worker sends what it rendered last time
instead of decrypting, decoding and rendering again. The row is still read on every request,
without decrypting it: its version and nonce change with every write, so a save from any worker
or server makes the old page unreachable at once.

Privacy: the server holds no readable case data between requests (docs/security.md). Each page is
sealed with AES-256-GCM under a key derived from the case key, which only the visitor's session
carries, and the cache key is its associated data: the process memory holds ciphertext it cannot
open by itself, as the database does. The cache is bounded in bytes (PAGE_CACHE_BYTES; 0 turns it
off) and drops the least recently used page first.

A page is neither served from nor put in the cache while the session holds something a page
shows once and drops (SHOWN_ONCE: flashed messages, the new resume code).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, Response, current_app, g, make_response, request, session
from flask_wtf.csrf import generate_csrf

from app import cases
from app.clock import today_in_china
from app.i18n import current_locale
from app.start.views import DISCREET_COOKIE

PAGE_KEY_LABEL = b"shangan/page-cache/v1"
NONCE_BYTES = 12
SHOWN_ONCE = ("_flashes", "show_code", "new_code")   # Flask's flashed messages; the new resume code
PLAIN_HEADERS = frozenset({"Content-Type", "Content-Length"})


class SealedPages:
    """An LRU map from a page's cache key to its sealed bytes, at most `capacity` bytes in all."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.size = 0
        self._pages: OrderedDict[bytes, bytes] = OrderedDict()
        self._lock = threading.Lock()       # gthread workers serve several requests at once

    def get(self, key: bytes, case_key: bytes) -> bytes | None:
        with self._lock:
            sealed = self._pages.get(key)
            if sealed is None:
                return None
            self._pages.move_to_end(key)
        try:
            return AESGCM(_page_key(case_key)).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], key)
        except InvalidTag:          # sealed for another key: not this visitor's page
            return None

    def put(self, key: bytes, case_key: bytes, page: bytes) -> None:
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = nonce + AESGCM(_page_key(case_key)).encrypt(nonce, page, key)
        if len(sealed) > self.capacity:
            return
        with self._lock:
            old = self._pages.pop(key, None)
            self.size += len(sealed) - (len(old) if old else 0)
            self._pages[key] = sealed
            while self.size > self.capacity:
                _, dropped = self._pages.popitem(last=False)
                self.size -= len(dropped)

    def __len__(self) -> int:
        return len(self._pages)


def _page_key(case_key: bytes) -> bytes:
    """A key for pages only, so the case key itself never seals anything but the case."""
    return hmac.digest(case_key, PAGE_KEY_LABEL, hashlib.sha256)


def init_app(app: Flask) -> None:
    capacity = int(app.config["PAGE_CACHE_BYTES"])
    if capacity > 0:
        app.extensions["page_cache"] = SealedPages(capacity)


def cached(view: Callable[..., object]) -> Callable[..., object]:
    """Serve this case page's GET from the sealed cache while nothing it depends on changed."""

    @functools.wraps(view)
    def serve(*args, **kwargs):
        pages: SealedPages | None = current_app.extensions.get("page_cache")
        if pages is None or request.method != "GET" or _shows_once() or not cases.has_case():
            return view(*args, **kwargs)
        row = cases.stamp()
        if row is None:                       # gone, session ended or rolled back: the view says which
            return view(*args, **kwargs)
        key, case_key = _cache_key(*row), cases.key()
        page = pages.get(key, case_key)
        if page is not None:
            return Response(page, mimetype="text/html")
        response = make_response(view(*args, **kwargs))
        if _cacheable(response, rendered_version=row[0]):
            pages.put(key, case_key, response.get_data())
        return response

    return serve


def _cacheable(response: Response, rendered_version: int) -> bool:
    """A plain 200 page (only its body and type are kept, so no header of its own, such as a
    cookie) of the version read before rendering (a save in between is not cached)."""
    loaded = g.get("case")
    return (response.status_code == 200 and response.mimetype == "text/html"
            and PLAIN_HEADERS.issuperset(response.headers.keys())
            and loaded is not None and loaded[1] == rendered_version and not _shows_once())


def _shows_once() -> bool:
    return any(name in session for name in SHOWN_ONCE)


def _cache_key(version: int, nonce: bytes) -> bytes:
    """Everything a case page depends on besides the code that renders it, as bytes."""
    csrf_secret = session.get("csrf_token") or _new_csrf_secret()
    parts = (request.endpoint or "", request.full_path, current_locale(),
             request.cookies.get(DISCREET_COOKIE, ""), today_in_china().isoformat(),
             hashlib.sha256(csrf_secret.encode()).hexdigest(), session["case_lookup"],
             str(cases.epoch()), str(version), nonce.hex())
    return json.dumps(parts).encode("ascii")      # unambiguous, and ASCII whatever the path holds


def _new_csrf_secret() -> str:
    """The session's CSRF secret, made now as Flask-WTF would make it when the page is rendered,
    so the key names the secret the page's forms are signed with."""
    generate_csrf()
    return session["csrf_token"]
