"""Run the real app under gunicorn on 127.0.0.1 for benchmarks and fault tests.

    with Gunicorn(tmp_dir, workers=2) as server:       # fresh SQLite in tmp_dir, free port
        server.url                                     # "http://127.0.0.1:<port>"

Configuration goes in through the environment exactly as in production (FLASK_SECRET_KEY,
DATABASE_URL, FLASK_<SETTING>), so what is measured is what gets deployed.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess  # nosec B404: starts our own gunicorn with a fixed argument list
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
READY_TIMEOUT_S = 30


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def migrate(database_url: str) -> None:
    sys.path.insert(0, str(ROOT))
    from app.store import upgrade
    upgrade(database_url)


class Gunicorn:
    """gunicorn serving `module:app` (default the real wsgi:app) from the repository root."""

    def __init__(self, workdir: Path, *, workers: int = 2, module: str = "wsgi:app",
                 settings: dict[str, str] | None = None, database_url: str | None = None,
                 threads: int = 1) -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.database_url = database_url or f"sqlite:///{self.workdir / 'bench.sqlite'}"
        self.log = self.workdir / f"gunicorn-{self.port}.log"
        self.workers, self.module, self.threads = workers, module, threads
        self.settings = settings or {}
        self.process: subprocess.Popen | None = None

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FLASK_")}
        env |= {"FLASK_SECRET_KEY": secrets.token_hex(32), "FLASK_LOOKUP_SECRET": secrets.token_hex(32),
                "FLASK_SESSION_COOKIE_SECURE": "false",
                "DATABASE_URL": self.database_url, "SHANGAN_INSTANCE": str(self.workdir / "instance")}
        return env | {f"FLASK_{k}": v for k, v in self.settings.items()}

    def start(self) -> Gunicorn:
        if self.module == "wsgi:app":
            migrate(self.database_url)
        command = [str(GUNICORN), "--workers", str(self.workers), "--threads", str(self.threads),
                   "--bind", f"127.0.0.1:{self.port}", "--graceful-timeout", "5", "--timeout", "120",
                   "--log-level", "warning", self.module]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, env=self.environment(),  # nosec B603
                                            stdout=log, stderr=subprocess.STDOUT)
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}: {self.log.read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/", timeout=2):  # nosec B310: our own 127.0.0.1
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"gunicorn did not answer within {READY_TIMEOUT_S} s: {self.log.read_text()}")

    def worker_pids(self) -> list[int]:
        """The worker processes (children of the master), read from /proc."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text()
        return [int(pid) for pid in children.split()]

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> Gunicorn:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
