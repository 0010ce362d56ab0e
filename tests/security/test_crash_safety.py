"""Faults: a worker killed mid-save, and a database that refuses, is read-only or is full.

Killed worker: several clients save in a loop against gunicorn (2 workers); workers are killed
with SIGKILL while requests are in flight. Afterwards every case decrypts and holds either the
last answer its client saw confirmed or an answer whose request was cut off: never a mix, never
corrupt. Database failures: a translated 503 page, what the user typed kept in a form that sends
it again, and the stored rows exactly as before.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import sqlite3
import threading
import time
from dataclasses import dataclass, field

import pytest
from sqlalchemy import create_engine, event, text

from app.core.case import case_from_data
from app.store import CaseStore, new_code
from bench.browser import Browser
from bench.server import Gunicorn, free_port
from tests.security import site, webforms

CLIENTS = 6
KILLS = 3
MAX_KILLS = 12       # more, one a second, until one of them has cut off a save
LOOKUP_SECRET = "crash-safety-lookup-secret"
CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3,5}\b")
UNAVAILABLE = "暂时无法保存"
# What a client sees when the worker serving it dies: the connection drops, or the response
# stops short of its Content-Length (http.client.IncompleteRead).
CUT_OFF = (OSError, http.client.HTTPException)


@dataclass
class Writer:
    """One simulated user who keeps renaming the collector of a single debt."""

    base_url: str
    code: str = ""
    edit_path: str = ""
    confirmed: int = 0                                  # last save answered with a redirect
    unknown: list[int] = field(default_factory=list)    # saves cut off before an answer
    errors: list[str] = field(default_factory=list)

    def open_case(self) -> None:
        browser = Browser(self.base_url)
        start = webforms.parse(browser.get("/").text, self.base_url + "/")
        assert browser.post("/new", webforms.fill(webforms.first_form_with_action(start, "/new"))).status == 302
        listing = browser.get("/debts/").text
        self.code = CODE.search(listing).group(0)
        new = webforms.post_forms(webforms.parse(browser.get("/debts/new").text, self.base_url + "/debts/new"))[0]
        assert browser.post("/debts/new", webforms.fill(new, {"collector_name": "v0"})).status == 302
        self.edit_path = re.search(r'href="(/debts/[0-9a-f]+/edit)"', browser.get("/debts/").text).group(1)
        self.browser = browser

    def run(self, stop: threading.Event) -> None:
        attempt = 0
        while not stop.is_set():
            attempt += 1
            try:
                page = self.browser.get(self.edit_path)
                form = webforms.post_forms(webforms.parse(page.text, self.base_url + self.edit_path))[0]
            except CUT_OFF:
                self.browser.close()
                continue
            try:
                reply = self.browser.post(self.edit_path, webforms.fill(form, {"collector_name": f"v{attempt}"}))
            except CUT_OFF:
                self.browser.close()
                self.unknown.append(attempt)
                continue
            if reply.status == 302:
                self.confirmed = attempt
            elif reply.status >= 500:
                self.unknown.append(attempt)
            else:
                self.errors.append(f"save {attempt} answered {reply.status}")


def test_killing_workers_mid_save_leaves_every_case_whole(tmp_path):
    with Gunicorn(tmp_path, workers=2, settings={"LOOKUP_SECRET": LOOKUP_SECRET}) as server:
        writers = [Writer(server.url) for _ in range(CLIENTS)]
        for writer in writers:
            writer.open_case()
        stop = threading.Event()
        threads = [threading.Thread(target=w.run, args=(stop,)) for w in writers]
        for thread in threads:
            thread.start()
        killed = []
        # A kill proves something only when it cuts off a save, not the page fetched before it.
        while len(killed) < KILLS or (not any(w.unknown for w in writers) and len(killed) < MAX_KILLS):
            time.sleep(1.0)
            victim = server.worker_pids()[0]
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)
        time.sleep(1.5)
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        assert Browser(server.url).get("/").status == 200        # the master replaced the workers
        assert not set(killed) & set(server.worker_pids())
    assert [w.errors for w in writers] == [[]] * CLIENTS
    assert sum(len(w.unknown) for w in writers) >= 1, "no save was cut off: the kills hit idle workers"
    store = CaseStore(server.database_url, lookup_secret=LOOKUP_SECRET.encode())
    try:
        for writer in writers:
            _key, plaintext, _version = store.open(writer.code)           # decrypts, or raises
            stored = case_from_data(json.loads(plaintext)).debts[0].collector_name
            allowed = {f"v{writer.confirmed}"} | {f"v{n}" for n in writer.unknown if n > writer.confirmed}
            assert stored in allowed, (writer.code, stored, writer.confirmed, writer.unknown)
    finally:
        store.close()


def _rows(url: str) -> list[tuple]:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = [tuple(r) for r in connection.execute(text("SELECT * FROM cases ORDER BY lookup"))]
    engine.dispose()
    return rows


@pytest.fixture
def seeded(tmp_path):
    """(writable app, session cookie of a case with one debt, path of its edit page)."""
    app = site.make_app(tmp_path)
    client = app.test_client()
    site.seed_case(client, debts=site.DEBTS[:1])
    edit = re.search(r'href="(/debts/[0-9a-f]+/edit)"', client.get("/debts/").get_data(as_text=True)).group(1)
    return app, site.session_cookie(client), edit


def _save_refused_then_resent(app, broken_app, cookie: str, edit: str) -> None:
    """A save on `broken_app` answers 503 with the typed input kept; resent to `app`, it saves."""
    before = _rows(app.config["DATABASE_URL"])
    broken = site.clone(broken_app, cookie)
    form = webforms.post_forms(site.page(site.clone(app, cookie), edit))[0]
    response = site.submit(broken, form, {"collector_name": "刚输入的催收公司"})
    body = response.get_data(as_text=True)
    assert response.status_code == 503 and UNAVAILABLE in body
    assert response.headers["Retry-After"] == "30"
    assert 'value="刚输入的催收公司"' in body
    assert _rows(app.config["DATABASE_URL"]) == before                  # nothing half-written
    kept = webforms.first_form_with_action(webforms.parse(body, "http://localhost" + edit), edit)
    assert kept is not None and ("collector_name", "刚输入的催收公司") in webforms.fill(kept)
    resent = site.submit(site.clone(app, cookie), kept)
    assert resent.status_code == 302
    assert "刚输入的催收公司" in site.clone(app, cookie).get("/case/export.json").get_data(as_text=True)


def test_a_read_only_database_refuses_the_save_clearly_and_keeps_the_input(tmp_path, seeded):
    app, cookie, edit = seeded
    path = app.config["DATABASE_URL"].removeprefix("sqlite:///")
    read_only = site.make_app(tmp_path / "ro", DATABASE_URL=f"sqlite:///file:{path}?mode=ro&uri=true")
    assert site.clone(read_only, cookie).get("/debts/").status_code == 200    # reading still works
    _save_refused_then_resent(app, read_only, cookie, edit)


def test_a_full_disk_refuses_the_save_clearly_and_keeps_the_input(tmp_path, seeded):
    """Writes fail with the error SQLite itself raises when the disk is full (SQLITE_FULL)."""
    app, cookie, edit = seeded
    full = site.make_app(tmp_path / "full", DATABASE_URL=app.config["DATABASE_URL"])

    @event.listens_for(full.extensions["case_store"].engine, "before_cursor_execute")
    def disk_full(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")

    _save_refused_then_resent(app, full, cookie, edit)


def test_a_refused_database_connection_gives_the_translated_page_not_a_crash(tmp_path, seeded):
    app, cookie, edit = seeded
    refused = site.make_app(tmp_path / "pg", DATABASE_URL=f"postgresql://shangan@127.0.0.1:{free_port()}/none")
    client = refused.test_client()
    assert client.get("/").status_code == 200                 # the start page needs no database
    start = site.page(client, "/")
    new_case = site.submit(client, webforms.first_form_with_action(start, "/new"))
    assert new_case.status_code == 503 and UNAVAILABLE in new_case.get_data(as_text=True)
    typed = new_code()
    resume = site.submit(client, webforms.first_form_with_action(start, "/resume"), {"code": typed})
    assert resume.status_code == 503 and f'value="{typed}"' in resume.get_data(as_text=True)
    reading = site.clone(refused, cookie).get("/debts/")
    assert reading.status_code == 503 and UNAVAILABLE in reading.get_data(as_text=True)
    _save_refused_then_resent(app, refused, cookie, edit)


@pytest.mark.parametrize("lang", ["en", "zh_Hant_TW"])
def test_the_unavailable_page_is_translated(tmp_path, seeded, lang):
    _app, cookie, _edit = seeded
    refused = site.make_app(tmp_path / "pg", DATABASE_URL=f"postgresql://shangan@127.0.0.1:{free_port()}/none")
    client = site.clone(refused, cookie)
    client.set_cookie("lang", lang)
    body = client.get("/debts/").get_data(as_text=True)
    assert UNAVAILABLE not in body and "<h1>" in body
