"""App and client fixtures shared by the web, PDF and browser tests."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from jinja2 import BytecodeCache

from app import create_app
from app.store import upgrade

TODAY = "2026-11-29"
LANGS = ("zh_Hans_CN", "zh_Hant_TW", "en")


class SharedBytecode(BytecodeCache):
    """Compiled templates shared by every test's app: keyed by name and source checksum."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


SHARED_BYTECODE = SharedBytecode()


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory):
    """One migrated SQLite file; each test gets its own copy (migrating each time is slow)."""
    path = tmp_path_factory.mktemp("db") / "template.sqlite"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def app(tmp_path, migrated_db):
    db = tmp_path / "test.sqlite"
    shutil.copyfile(migrated_db, db)
    flask_app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DATABASE_URL": f"sqlite:///{db}",
                            "FIXED_TODAY": TODAY, "SECRET_KEY": "test", "LOOKUP_SECRET": "test-lookup",
                            "RATELIMIT_ENABLED": False})
    flask_app.jinja_env.bytecode_cache = SHARED_BYTECODE
    return flask_app


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


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """A local HTTP server that records every request: yields (port, paths requested).

    PDF tests point user text and stylesheets at it and assert it was never asked for anything.
    """
    seen: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            seen.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"p { color: red }")

        def log_message(self, *args: object) -> None:
            """Keep the test output quiet."""

    server = HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_port, seen
    server.shutdown()
    server.server_close()
