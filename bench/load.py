"""Load with nothing lost: simulated users walk the whole wizard against gunicorn, then every case
is reopened by its resume code and compared with what its user wrote.

Run from the repository root: `.venv/bin/python bench/load.py [--users 50] [--seconds 60]
[--workers 2]`. gunicorn serves the real app on 127.0.0.1 (free port, fresh SQLite in a temporary
folder, its own FLASK_SECRET_KEY). Each user, until time is up: opens a case, adds 3 accounts,
reads the summary, then on every later step that exists (conduct, budget, plan, letters, ...)
submits each form once with valid answers, downloads every PDF linked from those pages, and
downloads the case file. Then each case is reopened in a fresh session by its code: the accounts
must be exactly the ones the user typed and the whole case equal to the user's last download.
Rate limits are raised for the run (every user comes from 127.0.0.1). Prints requests/s,
p50/p95/p99 per step, errors and mismatches (targets: 0 and 0).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere, without installing the app

from bench.browser import Browser  # noqa: E402
from bench.server import Gunicorn  # noqa: E402
from tests.security import webforms  # noqa: E402

CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3,5}\b")
ISSUERS = ("cmb", "icbc", "ccb", "boc", "abc", "bocom")
LATER_STEPS = ("/conduct/", "/budget/", "/plan/", "/letters/", "/next/")
SETTINGS = {"RESUME_RATE_LIMIT": "1000000 per minute", "PDF_RATE_LIMIT": "1000000 per minute",
            "NEW_CASE_RATE_LIMIT": "1000000 per minute"}


@dataclass
class Outcome:
    """What one user wrote into one case, and what it downloaded at the end."""

    code: str
    debts: list[tuple[str, int, str, str]]        # (issuer, owed_fen, tail, collector_name)
    exported: dict


@dataclass
class Tally:
    """Shared by all users: latencies per step, errors, finished cases."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, step: str, seconds: float, problem: str | None = None) -> None:
        with self.lock:
            self.latencies[step].append(seconds)
            if problem:
                self.errors.append(f"{step}: {problem}")


class User:
    def __init__(self, number: int, base_url: str, tally: Tally) -> None:
        self.number, self.base_url, self.tally = number, base_url, tally
        self.random = random.Random(number)   # nosec B311: test data, not secrets

    def _do(self, step: str, method: str, path: str, pairs=None, expect: int = 200):
        browser = self.browser
        try:
            reply = browser.get(path) if method == "GET" else browser.post(path, pairs)
        except OSError as exc:
            self.tally.record(step, 0.0, f"{method} {path}: {type(exc).__name__}")
            browser.close()
            return None
        problem = None if reply.status == expect else f"{method} {path} answered {reply.status}"
        self.tally.record(step, reply.seconds, problem)
        return reply if problem is None else None

    def _page(self, step: str, path: str) -> webforms.Page | None:
        reply = self._do(step, "GET", path)
        return webforms.parse(reply.text, self.base_url + path) if reply else None

    def walk(self, walk_number: int) -> None:
        self.browser = Browser(self.base_url)
        start = self._page("start page", "/")
        if start is None:
            return
        new_form = webforms.first_form_with_action(start, "/new")
        if self._do("open case", "POST", "/new", webforms.fill(new_form), 302) is None:
            return
        listing = self._do("debts list", "GET", "/debts/")
        match = CODE.search(listing.text) if listing else None
        if match is None:
            self.tally.record("debts list", 0.0, "no resume code shown after opening a case")
            return
        debts = [self._add_debt(walk_number, n) for n in range(3)]
        if None in debts:
            return
        self._do("summary", "GET", "/summary/")
        pdfs: set[str] = set()
        for prefix in LATER_STEPS:
            pdfs |= self._later_step(prefix)
        for path in sorted(pdfs):
            self._do("pdf", "GET", path)
        exported = self._do("export", "GET", "/case/export.json")
        if exported:
            with self.tally.lock:
                self.tally.outcomes.append(Outcome(match.group(0), debts, json.loads(exported.body)))
        self.browser.close()

    def _add_debt(self, walk_number: int, n: int) -> tuple[str, int, str, str] | None:
        page = self._page("debt form", "/debts/new")
        if page is None:
            return None
        owed_fen = self.random.randrange(100_00, 500_000_00)
        debt = (self.random.choice(ISSUERS), owed_fen, f"{self.random.randrange(10_000):04d}",
                f"U{self.number}W{walk_number}D{n}催收")
        answers = {"issuer": debt[0], "owed": f"{owed_fen // 100}.{owed_fen % 100:02d}", "tail": debt[2],
                   "collector_name": debt[3], "principal": "", "limit": ""}
        pairs = webforms.fill(webforms.post_forms(page)[0], answers)
        saved = self._do("add debt", "POST", "/debts/new", pairs, 302)
        return debt if saved else None

    def _later_step(self, prefix: str) -> set[str]:
        """Submit each form of a step once (its page and its add-pages); returns PDF links seen."""
        if not self._exists(prefix):
            return set()
        pdfs: set[str] = set()
        queue, seen, done = [prefix], set(), set()
        while queue and len(seen) < 8:
            path = queue.pop(0)
            if path in seen:
                continue
            seen.add(path)
            page = self._page(prefix + " page", path)
            if page is None:
                continue
            for form in webforms.post_forms(page):
                action = webforms.local_path(form.action)
                if action and action not in done and form.is_safe_to_submit and form.text_fields():
                    done.add(action)
                    self._do(prefix + " save", "POST", action, webforms.fill(form), 302)
            for link in page.links:
                local = webforms.local_path(link, f"127.0.0.1:{self.browser.port}")
                if local and local.endswith(".pdf"):
                    pdfs.add(local)
                elif local and local.startswith(prefix) and not re.search(r"/edit|preview|\.\w+$", local):
                    queue.append(local)
        return pdfs

    def _exists(self, prefix: str) -> bool:
        with EXISTING_LOCK:
            if prefix not in EXISTING:
                EXISTING[prefix] = Browser(self.base_url).get(prefix).status != 404
            return EXISTING[prefix]


EXISTING: dict[str, bool] = {}
EXISTING_LOCK = threading.Lock()


def run_users(base_url: str, users: int, seconds: float) -> tuple[Tally, float]:
    tally = Tally()
    deadline = time.monotonic() + seconds

    def loop(number: int) -> None:
        user, walks = User(number, base_url, tally), 0
        while time.monotonic() < deadline:
            walks += 1
            user.walk(walks)

    threads = [threading.Thread(target=loop, args=(n,)) for n in range(users)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, time.monotonic() - started


def verify(base_url: str, outcomes: list[Outcome]) -> list[str]:
    """Reopen each case by its code in a fresh session and compare it with what its user wrote."""
    mismatches = []
    for outcome in outcomes:
        browser = Browser(base_url)
        start = webforms.parse(browser.get("/").text, base_url + "/")
        form = webforms.first_form_with_action(start, "/resume")
        reply = browser.post("/resume", webforms.fill(form, {"code": outcome.code}))
        if reply.status != 302:
            mismatches.append(f"{outcome.code}: resume answered {reply.status}")
            continue
        stored = json.loads(browser.get("/case/export.json").body)
        debts = [(d["issuer"], d["owed_fen"], d["tail"], d["collector_name"])
                 for d in stored["case"]["debts"]]
        if sorted(debts) != sorted(outcome.debts):
            mismatches.append(f"{outcome.code}: accounts differ from what the user typed")
        elif stored != outcome.exported:
            mismatches.append(f"{outcome.code}: case differs from the user's last download")
        browser.close()
    return mismatches


def report(tally: Tally, elapsed: float, mismatches: list[str], users: int, workers: int) -> str:
    requests = sum(len(v) for v in tally.latencies.values())
    lines = [f"load: {users} users, {elapsed:.0f} s, gunicorn {workers} sync workers on 127.0.0.1",
             f"requests: {requests} ({requests / elapsed:.1f}/s), cases completed: {len(tally.outcomes)}",
             f"{'step':<22}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"]
    for step, values in tally.latencies.items():
        p50, p95, p99 = _percentiles(values)
        lines.append(f"{step:<22}{len(values):>7}{p50:>9.0f}{p95:>9.0f}{p99:>9.0f}")
    lines.append(f"errors: {len(tally.errors)}" + "".join(f"\n  {e}" for e in tally.errors[:20]))
    lines.append(f"mismatches: {len(mismatches)}" + "".join(f"\n  {m}" for m in mismatches[:20]))
    return "\n".join(lines)


def _percentiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        only = values[0] * 1000 if values else 0.0
        return only, only, only
    cuts = statistics.quantiles([v * 1000 for v in values], n=100, method="inclusive")
    return statistics.median(values) * 1000, cuts[94], cuts[98]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shangan-load-") as tmp, \
            Gunicorn(Path(tmp), workers=args.workers, settings=SETTINGS) as server:
        tally, elapsed = run_users(server.url, args.users, args.seconds)
        mismatches = verify(server.url, tally.outcomes)
    print(report(tally, elapsed, mismatches, args.users, args.workers))
    return 1 if tally.errors or mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
