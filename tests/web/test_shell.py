"""The shell: pages render in every language, errors are translated, the switch is remembered."""

from __future__ import annotations

import shutil

import pytest

from app import create_app
from tests.conftest import LANGS, set_language

HTML_LANG = {"zh_Hans_CN": "zh-Hans-CN", "zh_Hant_TW": "zh-Hant-TW", "en": "en"}


@pytest.mark.parametrize("lang", LANGS)
def test_start_page_renders_in_each_language_with_matching_html_lang(client, lang):
    set_language(client, lang)
    resp = client.get("/")
    assert resp.status_code == 200
    assert f'<html lang="{HTML_LANG[lang]}">' in resp.text
    assert "12348" in resp.text and 'id="quick-exit"' in resp.text


def test_language_switch_is_remembered_in_a_cookie(client):
    resp = client.get("/lang/en?next=/")
    assert resp.status_code == 302 and resp.location == "/"
    assert '<html lang="en">' in client.get("/").text


def test_language_switch_never_redirects_off_site(client):
    for target in ("https://evil.example/", "//evil.example/x", "javascript:alert(1)"):
        assert client.get("/lang/en", query_string={"next": target}).location == "/"


def test_accept_language_picks_traditional_chinese(client):
    assert '<html lang="zh-Hant-TW">' in client.get("/", headers={"Accept-Language": "zh-TW,zh;q=0.8"}).text


def test_english_page_is_translated(client):
    set_language(client, "en")
    text = client.get("/").text
    assert "开始新的案件" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_not_found_page_is_translated_and_404(client, lang):
    set_language(client, lang)
    resp = client.get("/no-such-page")
    assert resp.status_code == 404 and f'<html lang="{HTML_LANG[lang]}">' in resp.text


def test_csrf_failure_gets_a_translated_400_page(app):
    app.config["WTF_CSRF_ENABLED"] = True
    resp = app.test_client().post("/new")
    assert resp.status_code == 400 and "页面已过期" in resp.text


def test_pages_need_a_case_and_send_visitors_to_start(client):
    resp = client.get("/debts/")
    assert resp.status_code == 302 and resp.location == "/"


def test_quick_exit_closes_the_case_in_this_browser(case_client, app):
    resp = case_client.get("/exit")
    assert resp.status_code == 302 and resp.location == app.config["QUICK_EXIT_URL"]
    assert case_client.get("/debts/").status_code == 302


def test_discreet_mode_gives_a_neutral_title(client):
    client.get("/discreet?on=1&next=/")
    title = client.get("/").text.split("<title>")[1].split("</title>")[0]
    assert title == "备忘录"


def test_step_indicator_names_the_step(case_client):
    text = case_client.get("/debts/").text
    assert 'aria-current="step"' in text and "第 2 步" in text


def test_security_headers_on_pages(client):
    resp = client.get("/")
    assert "default-src 'self'" in resp.headers["Content-Security-Policy"]
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Cache-Control"] == "no-store"


def test_a_rate_limit_breach_logs_no_ip_address(tmp_path, migrated_db, caplog):
    db = tmp_path / "limits.sqlite"
    shutil.copyfile(migrated_db, db)
    limited = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "SECRET_KEY": "test",
                          "DATABASE_URL": f"sqlite:///{db}", "RESUME_RATE_LIMIT": "2 per minute",
                          "RATELIMIT_ENABLED": True})
    caplog.set_level("DEBUG")
    client = limited.test_client()
    statuses = [client.post("/resume", data={"code": "AAAA"}, environ_base={"REMOTE_ADDR": "203.0.113.7"}).status_code
                for _ in range(4)]
    assert statuses[-1] == 429
    assert "203.0.113.7" not in caplog.text
