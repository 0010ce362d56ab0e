"""Rate limits on resume-code attempts and on every PDF route, in memory and shared through Redis.

Redis comes from TEST_REDIS_URL (default redis://127.0.0.1:6379; `make test` starts one). If it
does not answer the Redis runs fail, unless SHANGAN_ALLOW_NO_REDIS=1 is set, which skips them.
Each test uses client addresses and key prefixes of its own, so runs never share a count.
"""

from __future__ import annotations

import os
import secrets

import pytest
import redis

from bench.browser import Browser
from bench.server import Gunicorn, free_port
from tests.security import site

DEFAULT_REDIS = "redis://127.0.0.1:6379"
LIMIT = 3
TOO_MANY = "尝试次数过多"


@pytest.fixture(scope="session")
def redis_url() -> str:
    url = os.environ.get("TEST_REDIS_URL", DEFAULT_REDIS)
    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        message = f"Redis at {url} does not answer: {exc}"
        if os.environ.get("SHANGAN_ALLOW_NO_REDIS") == "1":
            pytest.skip(f"{message} (skipped: SHANGAN_ALLOW_NO_REDIS=1)")
        pytest.fail(f"{message}\nStart Redis (`make test` does), point TEST_REDIS_URL at one, "
                    "or set SHANGAN_ALLOW_NO_REDIS=1 to skip the Redis runs.", pytrace=False)
    return url


@pytest.fixture(params=["memory", "redis"])
def storage(request) -> str:
    return "memory://" if request.param == "memory" else request.getfixturevalue("redis_url")


def _address() -> str:
    return ".".join(["10", *(str(secrets.randbelow(250) + 1) for _ in range(3))])


def _limited_app(tmp_path, storage_uri: str, **overrides):
    return site.make_app(tmp_path, RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI=storage_uri,
                         RESUME_RATE_LIMIT=f"{LIMIT} per minute", PDF_RATE_LIMIT=f"{LIMIT} per minute",
                         RATELIMIT_KEY_PREFIX=f"test-{secrets.token_hex(4)}", **overrides)


def _client(app, address: str, cookie: str | None = None):
    client = site.clone(app, cookie) if cookie else app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def test_resume_attempts_stop_after_the_limit_for_that_client_only(tmp_path, storage):
    app = _limited_app(tmp_path, storage)
    guesser, bystander = _client(app, _address()), _client(app, _address())
    statuses = [guesser.post("/resume", data={"code": "AAAA-BBBB-CCCC-DDDD-EEEE"}).status_code
                for _ in range(LIMIT + 1)]
    assert statuses == [422] * LIMIT + [429]
    refused = guesser.post("/resume", data={"code": "AAAA-BBBB-CCCC-DDDD-EEEE"})
    assert refused.status_code == 429 and TOO_MANY in refused.get_data(as_text=True)
    assert bystander.post("/resume", data={"code": "AAAA-BBBB-CCCC-DDDD-EEEE"}).status_code == 422


def test_opening_cases_stops_after_the_limit_for_new_and_import_together(tmp_path, storage):
    app = _limited_app(tmp_path, storage, NEW_CASE_RATE_LIMIT=f"{LIMIT} per minute")
    client = _client(app, _address())
    statuses = [client.post("/new", data={"replace": "1"}).status_code for _ in range(LIMIT - 1)]
    statuses.append(client.post("/case/import", data={}).status_code)
    refused = client.post("/new")
    assert statuses == [302] * (LIMIT - 1) + [422]
    assert refused.status_code == 429 and TOO_MANY in refused.get_data(as_text=True)
    assert _client(app, _address()).post("/new").status_code == 302


def _pdf_paths(app, examples) -> list[str]:
    return [site.url_for_rule(app, r, examples)[0] for r in site.rules(app, "GET") if r.rule.endswith(".pdf")]


def test_every_pdf_route_stops_after_the_limit_for_that_client_only(tmp_path, storage):
    app = _limited_app(tmp_path, storage)
    seeder = _client(app, _address())
    site.seed_case(seeder)
    examples = site.discover(seeder)
    paths = _pdf_paths(app, examples)
    assert paths, "no rule ending in .pdf: the PDF limit has nothing to protect"
    cookie = site.session_cookie(seeder)
    for path in paths:
        client = _client(app, _address(), cookie)
        statuses = [client.get(path).status_code for _ in range(LIMIT)]
        assert 429 not in statuses and max(statuses) < 500, (path, statuses)
        refused = client.get(path)
        assert refused.status_code == 429 and TOO_MANY in refused.get_data(as_text=True), path
        assert _client(app, _address(), cookie).get(path).status_code != 429, path


def test_an_unreachable_limit_store_falls_back_to_memory_instead_of_failing(tmp_path):
    app = _limited_app(tmp_path, f"redis://127.0.0.1:{free_port()}")
    client = _client(app, _address())
    statuses = [client.post("/resume", data={"code": "x"}).status_code for _ in range(LIMIT + 1)]
    assert statuses == [422] * LIMIT + [429]


def test_forwarded_for_is_ignored_unless_a_proxy_is_trusted(tmp_path):
    app = _limited_app(tmp_path, "memory://")
    client = _client(app, _address())
    statuses = [client.post("/resume", data={"code": "x"}, headers={"X-Forwarded-For": _address()}).status_code
                for _ in range(LIMIT + 1)]
    assert statuses[-1] == 429       # a spoofed header does not buy fresh attempts


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit_and_https_is_seen(tmp_path):
    app = _limited_app(tmp_path, "memory://", TRUSTED_PROXIES=1)
    proxy = _client(app, "127.0.0.1")
    first, second = _address(), _address()
    statuses = [proxy.post("/resume", data={"code": "x"}, headers={"X-Forwarded-For": first}).status_code
                for _ in range(LIMIT + 1)]
    assert statuses == [422] * LIMIT + [429]
    assert proxy.post("/resume", data={"code": "x"}, headers={"X-Forwarded-For": second}).status_code == 422
    secure = proxy.get("/", headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": second})
    assert "max-age" in secure.headers["Strict-Transport-Security"]


def _attempts_through_two_servers(tmp_path, storage_uri: str) -> list[int]:
    """Resume attempts alternating between two single-worker servers that share a database."""
    prefix = f"shared-{secrets.token_hex(4)}"
    settings = {"RATELIMIT_STORAGE_URI": storage_uri, "RESUME_RATE_LIMIT": f"{LIMIT} per minute",
                "RATELIMIT_KEY_PREFIX": prefix}
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    with Gunicorn(tmp_path / "a", workers=1, settings=settings, database_url=url) as a, \
            Gunicorn(tmp_path / "b", workers=1, settings=settings, database_url=url) as b:
        browsers = [Browser(a.url), Browser(b.url)]
        return [_resume_attempt(browsers[n % 2]) for n in range(LIMIT + 1)]


def _resume_attempt(browser: Browser) -> int:
    start = site.webforms.parse(browser.get("/").text, "http://127.0.0.1/")
    form = site.webforms.first_form_with_action(start, "/resume")
    return browser.post("/resume", site.webforms.fill(form, {"code": "AAAA-BBBB-CCCC-DDDD-EEEE"})).status


def test_two_servers_share_one_limit_through_redis(tmp_path, redis_url):
    assert _attempts_through_two_servers(tmp_path, redis_url) == [422] * LIMIT + [429]


def test_with_memory_storage_each_server_counts_alone(tmp_path):
    """The reason to configure Redis for several servers: in memory, each keeps its own count."""
    assert _attempts_through_two_servers(tmp_path, "memory://") == [422] * (LIMIT + 1)
