"""Where a wizard page's time goes: the same app with probe routes that stop early, against the floor.

Run from the repository root: `.venv/bin/python bench/page_costs.py [--duration 5] [--rounds 3]`.
gunicorn (2 sync workers) serves the real app built by `probe_app()` below, which adds three
routes: the session alone, the session and the case loaded (store, decryption, decoding), and
those plus base.html with an empty page. Each runs with the cookie of a 20-account case and of a
50-incident case (built through the forms, as bench/pages.py does), next to the floor and the
debt summary, so the ratios show what every case page pays before its own content when it is
rendered: the page cache is off here (PAGE_CACHE_BYTES=0), as for the first view after a save;
bench/pages.py measures the cached pages. Reference figures only: there is no target, the exit
status is 0 unless measuring fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere, without installing the app

from bench import pages  # noqa: E402
from bench.server import Gunicorn, migrate  # noqa: E402


def probe_app():
    """The app from wsgi.py plus /probe/session, /probe/load and /probe/base (gunicorn factory)."""
    from flask import render_template

    from app import cases
    from wsgi import app

    empty_page = app.jinja_env.from_string('{% extends "base.html" %}{% block title %}probe{% endblock %}')

    def session_only() -> str:
        return "ok"

    def load() -> str:
        cases.load()
        return "ok"

    def base() -> str:
        cases.load()
        return render_template(empty_page)         # compiled once, as the app's own templates are

    for view in (session_only, load, base):
        app.add_url_rule(f"/probe/{view.__name__}", view.__name__, view)
    return app


def targets(floor_url: str, app_url: str) -> list[pages.Target]:
    accounts = pages._cookie(pages.new_case(app_url, 20))
    conduct = pages.new_case(app_url, 2)
    pages.add_incidents(conduct, 50)
    incidents = pages._cookie(conduct)
    return [pages.Target("floor (one-line route)", floor_url + "/"),
            pages.Target("session only", app_url + "/probe/session_only", accounts),
            pages.Target("+ case, 20 accounts", app_url + "/probe/load", accounts),
            pages.Target("+ base.html, 20 accounts", app_url + "/probe/base", accounts),
            pages.Target("debt summary, 20 accounts", app_url + "/summary/", accounts),
            pages.Target("+ case, 50 incidents", app_url + "/probe/load", incidents),
            pages.Target("+ base.html, 50 incidents", app_url + "/probe/base", incidents),
            pages.Target("findings, 50 incidents", app_url + "/conduct/findings", incidents)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="measurements per target, in turns")
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    measure = pages.measure_wrk if pages.shutil.which("wrk") else pages.measure_python
    with tempfile.TemporaryDirectory(prefix="shangan-costs-") as tmp:
        probed = Gunicorn(Path(tmp) / "app", workers=2, module="bench.page_costs:probe_app()",
                          settings={"PAGE_CACHE_BYTES": "0"})
        migrate(probed.database_url)        # Gunicorn migrates by itself only for wsgi:app
        with Gunicorn(Path(tmp) / "floor", workers=2, module="bench.floor_app:app") as floor, probed as app:
            measured = targets(floor.url, app.url)
            results: dict[str, list[pages.Measure]] = {t.name: [] for t in measured}
            for _ in range(args.rounds):
                for target in measured:
                    results[target.name].append(measure(target, args.duration, args.connections))
    print(pages.report(measured, results, measure.__name__, args).rsplit("\n", 1)[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
