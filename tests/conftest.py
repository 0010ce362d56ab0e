"""App and client fixtures shared by the web, PDF and browser tests."""

from __future__ import annotations

import re

import pytest

from app import create_app
from app.store import upgrade

TODAY = "2026-11-29"
LANGS = ("zh_Hans_CN", "zh_Hant_TW", "en")


@pytest.fixture
def app(tmp_path):
    url = f"sqlite:///{tmp_path / 'test.sqlite'}"
    upgrade(url)
    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DATABASE_URL": url,
                       "FIXED_TODAY": TODAY, "SECRET_KEY": "test", "RATELIMIT_ENABLED": False})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def case_client(client):
    """A client with a fresh case open."""
    assert client.post("/new").status_code == 302
    return client


def field_errors(html: str) -> dict[str, str]:
    """{field id: error text} from a rendered form."""
    return dict(re.findall(r'<p class="field__error" id="([^"]+)-error">([^<]*)</p>', html))


def set_language(client, lang: str) -> None:
    client.set_cookie("lang", lang)
