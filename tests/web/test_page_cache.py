"""The sealed page cache (app/page_cache.py): a repeated view is served without rendering, and
anything a page depends on (a save from anywhere, the language, the date, a flashed message, the
browser's CSRF secret) gives a freshly rendered page; the cache holds only ciphertext."""

from __future__ import annotations

import re
import shutil

import pytest

from app import create_app
from app.page_cache import SealedPages
from app.summary import views as summary_views
from tests.conftest import TODAY, set_language

COLLECTOR = "琥珀催收服务有限公司"


def add_debt(client, owed: str = "12,345.67", collector: str = COLLECTOR):
    data = {"kind": "card", "issuer": "cmb", "owed": owed, "first_missed_on": "2025-03-01",
            "collector": "agency", "collector_name": collector}
    assert client.post("/debts/new", data=data).status_code == 302


@pytest.fixture
def with_debt(case_client):
    add_debt(case_client)
    listing = case_client.get("/debts/").text   # shows, and so consumes, the "added" message
    case_client.shown_code = resume_code(listing)   # and the new resume code, shown once
    return case_client


@pytest.fixture
def no_render(monkeypatch):
    """After this, rendering the summary fails the test: a 200 can only come from the cache."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("the summary was rendered again")
    return lambda: monkeypatch.setattr(summary_views.overdue, "summarize", refuse)


def pages(app) -> SealedPages:
    return app.extensions["page_cache"]


def own_app(tmp_path, migrated_db, **overrides):
    """An app on its own copy of the migrated database, for tests that need other settings."""
    db = tmp_path / "own.sqlite"
    shutil.copyfile(migrated_db, db)
    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DATABASE_URL": f"sqlite:///{db}",
                       "FIXED_TODAY": TODAY, "SECRET_KEY": "test", "LOOKUP_SECRET": "test-lookup",
                       "RATELIMIT_ENABLED": False} | overrides)


def resume_code(html: str) -> str:
    return re.search(r'class="resume-code resume-code--large">([^<]+)<', html)[1]


def csrf_token(html: str) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html)[1]


def test_a_repeated_view_is_served_from_the_cache_byte_for_byte(app, with_debt, no_render):
    first = with_debt.get("/summary/")
    no_render()
    second = with_debt.get("/summary/")
    assert first.status_code == second.status_code == 200
    assert second.data == first.data
    assert second.headers["Cache-Control"] == "no-store"
    assert second.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_a_save_shows_at_once(with_debt):
    assert "¥12,345.67" in with_debt.get("/summary/").text
    add_debt(with_debt, owed="500")
    with_debt.get("/debts/")
    assert "¥500.00" in with_debt.get("/summary/").text


def test_a_save_from_another_browser_shows_at_once(app, with_debt):
    with_debt.get("/summary/")
    other = app.test_client()                    # the same session (a resume would end this one)
    other.set_cookie("sa_session", with_debt.get_cookie("sa_session").value)
    add_debt(other, owed="777")
    assert "¥777.00" in with_debt.get("/summary/").text


def test_each_language_and_day_has_its_own_page(app, with_debt):
    assert "债务概况" in with_debt.get("/summary/").text
    set_language(with_debt, "en")
    assert "Debt summary" in with_debt.get("/summary/").text
    days_late = with_debt.get("/summary/").text
    app.config["FIXED_TODAY"] = "2026-12-09"
    assert with_debt.get("/summary/").text != days_late


def test_a_waiting_message_is_shown_once_and_never_cached(with_debt, no_render):
    with_debt.get("/summary/")                   # cached without any message
    add_debt(with_debt, owed="500")              # flashes "added" and changes the case
    shown = with_debt.get("/summary/").text
    assert "¥500.00" in shown and 'class="notice notice--success"' in shown
    again = with_debt.get("/summary/").text      # rendered: the page with the message was not kept
    assert 'class="notice' not in again and "¥500.00" in again
    no_render()
    assert with_debt.get("/summary/").text == again


def test_forms_carry_a_token_for_this_browser_not_for_the_one_that_filled_the_cache(tmp_path, migrated_db):
    app = own_app(tmp_path, migrated_db, WTF_CSRF_ENABLED=True)
    first, second = app.test_client(), app.test_client()
    assert first.post("/new", data={"csrf_token": csrf_token(first.get("/").text)}).status_code == 302
    code = resume_code(first.get("/debts/").text)
    filled = first.get("/plan/").text
    opened = {"code": code, "csrf_token": csrf_token(second.get("/").text)}
    assert second.post("/resume", data=opened).status_code == 302
    second.get("/summary/")                              # shows the "case opened" message
    page = second.get("/plan/").text
    form = dict(re.findall(r'name="(csrf_token|case_version)" type="hidden" value="([^"]*)"', page))
    assert form["csrf_token"] not in filled
    reply = second.post("/plan/", data=form | {"offer": "300"})
    assert reply.status_code == 302                      # saved: the token is this browser's own


def test_memory_holds_ciphertext_only(app, with_debt):
    with_debt.get("/summary/")
    with_debt.get("/conduct/findings")
    stored = b"".join(pages(app)._pages.values())
    assert len(pages(app)) == 2
    assert COLLECTOR.encode() not in stored and "¥12,345.67".encode() not in stored
    key = next(iter(pages(app)._pages))
    assert pages(app).get(key, bytes(32)) is None        # another case's key opens nothing


def test_the_cache_stays_within_its_byte_budget():
    sealed = SealedPages(capacity=3000)
    for n in range(10):
        sealed.put(f"page {n}".encode(), bytes(32), bytes(1000))
    assert sealed.size <= 3000 and len(sealed) == 2
    assert sealed.get(b"page 9", bytes(32)) == bytes(1000)
    assert sealed.get(b"page 0", bytes(32)) is None


def test_it_can_be_switched_off(tmp_path, migrated_db):
    app = own_app(tmp_path, migrated_db, PAGE_CACHE_BYTES=0)
    client = app.test_client()
    client.post("/new")
    assert client.get("/summary/").status_code == 200
    assert "page_cache" not in app.extensions


def test_a_deleted_case_is_never_served_from_the_cache(app, with_debt):
    with_debt.get("/summary/")
    code = with_debt.shown_code
    other = app.test_client()
    assert other.post("/resume", data={"code": code}).status_code == 302
    assert other.post("/case/delete", data={"confirm": "y"}).status_code in (302, 200)
    reply = with_debt.get("/summary/")
    assert reply.status_code == 302 and reply.headers["Location"].endswith("/")


def test_any_query_string_is_a_key_of_its_own(with_debt):
    for query in ("?x=%00%ED%A0%80", "?x=%E4%B8%8A%E5%B2%B8", "?x=%FF"):
        first, again = with_debt.get("/summary/" + query), with_debt.get("/summary/" + query)
        assert first.status_code == again.status_code == 200 and first.data == again.data
