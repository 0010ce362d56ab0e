"""Browser test harness: one live gunicorn server and one Chromium for tests/browser, fresh contexts per test.

Fixtures (page helpers are in steps.py, accessibility checks in a11y.py):

- ``live_server`` (package scope: started before the first browser test, stopped after the last):
  ``.base_url``, ``.url_for(endpoint, **values)``, ``.has(endpoint)``, ``.quick_exit_url``. The app
  runs under gunicorn (2 workers) on 127.0.0.1 on a free port, against a fresh SQLite file, with
  today pinned to 2026-11-29 and the current .po catalogs compiled into a tmp dir.
- ``live_server.on_day(today)`` -> a context manager: a second server on the same database with the
  same secrets, today pinned to ``today`` ("a week later": the app is restarted, the data stays;
  stopped at the end of the with block). Open a context on it with ``open_context(profile, server)``.
- ``browser`` (package): Chromium from ``/usr/bin/chromium``; a missing browser FAILS the run.
- ``open_context(profile, server=live_server)`` -> a new BrowserContext for "phone" (360x740, zh_Hans_CN, touch),
  "desktop" (1280x800, English UI) or "nojs" (the phone with JavaScript disabled; its
  ``context.inspector`` is a scripting twin where axe checks copies of its pages). Closed after
  the test. Every request to a host other than 127.0.0.1 is aborted and recorded in
  ``context.blocked`` so nothing leaves the machine and the quick-exit target is observed only.
- ``phone``, ``desktop``, ``nojs``: a Page in a fresh context of that profile.
- ``shots``: ``shots.take(page, name)`` saves a full-page JPEG to a tmp dir, and also to
  docs/screenshots/ when SCREENSHOTS=1 (``make screenshots``).
- Marker ``@pytest.mark.needs_endpoints("conduct.index", ...)``: the test is skipped while any of
  those endpoints is missing from the app, and runs by itself once the step is registered.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess  # nosec B404 - starts our own app server for the tests
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT_DIR = ROOT / "docs" / "screenshots"
STARTUP_SECONDS = 30

PROFILES = {
    "phone": {"viewport": {"width": 360, "height": 740}, "locale": "zh-CN", "is_mobile": True,
              "has_touch": True},
    "desktop": {"viewport": {"width": 1280, "height": 800}, "locale": "en-US"},
    "nojs": {"viewport": {"width": 360, "height": 740}, "locale": "zh-CN", "is_mobile": True,
             "has_touch": True, "java_script_enabled": False},
    "hant": {"viewport": {"width": 360, "height": 740}, "locale": "zh-TW", "is_mobile": True,
             "has_touch": True},
}
UI_LANGUAGE = {"phone": "zh_Hans_CN", "desktop": "en", "nojs": "zh_Hans_CN", "hant": "zh_Hant_TW"}


def pytest_configure(config):
    config.addinivalue_line("markers", "needs_endpoints(*names): skip until these Flask endpoints exist")


@dataclass
class LiveServer:
    base_url: str
    quick_exit_url: str
    rules: dict[str, str] = field(default_factory=dict)     # endpoint -> URL rule
    env: dict[str, str] = field(default_factory=dict, repr=False)
    tmp: Path | None = None

    @contextmanager
    def on_day(self, today: str):
        """The same app and database restarted with today pinned to `today` (an ISO date)."""
        env = {**self.env, "FLASK_FIXED_TODAY": today}
        with _serving(self.tmp, env, f"gunicorn-{today}.log") as base_url:
            yield replace(self, base_url=base_url, env=env)

    def has(self, endpoint: str) -> bool:
        return endpoint in self.rules

    def url_for(self, endpoint: str, **values) -> str:
        """The path for an endpoint, built by the app itself (so prefixes are never guessed)."""
        return self._adapter().build(endpoint, values)

    def _adapter(self):
        return _app_for_urls().url_map.bind("127.0.0.1")


_URL_APP = []


def _app_for_urls():
    """An in-process app built from the same tree as the server: its url_map answers what exists."""
    if not _URL_APP:
        from app import create_app
        _URL_APP.append(create_app({"TESTING": True, "SECRET_KEY": "urls-only", "SKIP_ENVIRONMENT_CHECK": True,
                                    "DATABASE_URL": "sqlite://"}))
    return _URL_APP[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _compile_catalogs(tmp: Path) -> Path:
    """The current .po files compiled into tmp (as `make` would), so stale .mo files never mislead."""
    import fcntl

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    target = tmp / "locales"
    with open(ROOT / "locales" / ".lock", "a") as lock:       # tools/i18n.py holds it while writing
        fcntl.flock(lock, fcntl.LOCK_EX)
        for po in (ROOT / "locales").glob("*/LC_MESSAGES/messages.po"):
            mo = target / po.relative_to(ROOT / "locales").with_suffix(".mo")
            mo.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as source, mo.open("wb") as out:
                write_mo(out, read_po(source, locale=po.parts[-3]), use_fuzzy=True)
    return target


def _server_env(tmp: Path, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLASK_")}
    env.update({
        "DATABASE_URL": database_url,
        "FLASK_SECRET_KEY": "browser-tests-" + os.urandom(16).hex(),
        "FLASK_LOOKUP_SECRET": "browser-tests-lookup-" + os.urandom(16).hex(),
        "FLASK_FIXED_TODAY": TODAY,
        "FLASK_SESSION_COOKIE_SECURE": "false",    # plain http on loopback
        "SHANGAN_INSTANCE": str(tmp / "instance"),
        "FLASK_BABEL_TRANSLATION_DIRECTORIES": str(_compile_catalogs(tmp)),
        "PYTHONDONTWRITEBYTECODE": "1",
    })
    return env


def _wait_until_answering(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"The app server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # nosec B310 - our loopback server
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    pytest.fail(f"The app server did not answer {url} within {STARTUP_SECONDS} s:\n{log.read_text()[-3000:]}")


@contextmanager
def _serving(tmp: Path, env: dict[str, str], log_name: str = "gunicorn.log"):
    """Run the app under gunicorn on a free loopback port with `env`; yields its base URL."""
    port = _free_port()
    log = tmp / log_name
    command = [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}",
               "--graceful-timeout", "3", "--timeout", "120", "wsgi:app"]
    with log.open("wb") as log_handle:
        process = subprocess.Popen(command, cwd=ROOT, env=env,  # nosec B603
                                   stdout=log_handle, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_answering(base_url + "/", process, log)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="package")
def live_server(tmp_path_factory):
    from app.store import upgrade

    tmp = tmp_path_factory.mktemp("live-server")
    database_url = f"sqlite:///{tmp / 'cases.sqlite'}"
    upgrade(database_url)
    env = _server_env(tmp, database_url)
    with _serving(tmp, env) as base_url:
        app = _app_for_urls()
        rules = {rule.endpoint: rule.rule for rule in app.url_map.iter_rules()}
        yield LiveServer(base_url, app.config["QUICK_EXIT_URL"], rules, env, tmp)


@pytest.fixture(autouse=True)
def _needs_endpoints(request):
    marker = request.node.get_closest_marker("needs_endpoints")
    if marker is None:
        return
    known = _app_for_urls().view_functions          # no server needed to know what is registered
    missing = [name for name in marker.args if name not in known]
    if missing:
        pytest.skip(f"waiting for step endpoints: {', '.join(missing)}")


@pytest.fixture(scope="package")
def browser():
    if not (Path(CHROMIUM).exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(f"Chromium is missing at {CHROMIUM}. Run `make test`, which installs it "
                    "(tools/system-packages.sh test, i.e. apt-get install chromium).", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # launch() gives every browser a fresh temporary user data dir, removed on close.
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _only_loopback(context) -> None:
    """Abort every request leaving 127.0.0.1, and remember it (the quick exit is seen, not fetched)."""
    context.blocked = []

    def route(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            context.blocked.append(route.request.url)
            route.abort()
    context.route("**/*", route)


@pytest.fixture
def open_context(browser, live_server):
    opened = []

    def open_context(profile: str = "phone", server: LiveServer | None = None):
        server = server or live_server
        context = browser.new_context(base_url=server.base_url, accept_downloads=True,
                                      **PROFILES[profile])
        context.set_default_timeout(10_000)
        context.add_cookies([{"name": "lang", "value": UI_LANGUAGE[profile], "url": server.base_url}])
        context.profile = profile
        context.inspector = None
        if PROFILES[profile].get("java_script_enabled") is False:      # axe runs in a scripting twin
            twin = {k: v for k, v in PROFILES[profile].items() if k != "java_script_enabled"}
            context.inspector = browser.new_context(base_url=server.base_url, **twin)
            _only_loopback(context.inspector)
            opened.append(context.inspector)
        _only_loopback(context)
        opened.append(context)
        return context

    yield open_context
    for context in opened:
        context.close()


@pytest.fixture
def phone(open_context):
    return open_context("phone").new_page()


@pytest.fixture
def desktop(open_context):
    return open_context("desktop").new_page()


@pytest.fixture
def nojs(open_context):
    return open_context("nojs").new_page()


class Screenshots:
    """Full-page pictures of key pages: always to a tmp dir, to docs/screenshots/ with SCREENSHOTS=1.
    JPEG at quality 80 keeps the committed pictures small (a phone summary is 5 screens long)."""

    def __init__(self, tmp: Path, publish: bool) -> None:
        self.tmp, self.publish = tmp, publish

    def take(self, page, name: str) -> Path:
        path = self.tmp / f"{name}.jpg"
        page.screenshot(path=str(path), full_page=True, type="jpeg", quality=80)
        if self.publish:
            SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, SCREENSHOT_DIR / path.name)
        return path

    def keep(self, name: str, data: bytes) -> None:
        """Publish a downloaded file beside the pictures (`make screenshots` renders PDF pages)."""
        if self.publish:
            SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
            (SCREENSHOT_DIR / name).write_bytes(data)


@pytest.fixture(scope="package")
def shots(tmp_path_factory):
    return Screenshots(tmp_path_factory.mktemp("screenshots"), os.environ.get("SCREENSHOTS") == "1")
