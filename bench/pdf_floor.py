"""The floor for letter benchmarks: median time to render a one-sentence Chinese page.

Run from the repository root: `.venv/bin/python bench/pdf_floor.py [runs]`. One warm-up
render (fonts, caches), then `runs` timed renders (default 20); prints the median in ms.
Anything a real letter costs beyond this is the letter's own layout.
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere, without installing the app

from jinja2 import Environment, FileSystemLoader  # noqa: E402

from app.letters.pdf import html_to_pdf  # noqa: E402

DOCUMENT = (
    '{% extends "letters/_document.html" %}{% block documents %}'
    '<section class="document"><p>本人申请分期偿还信用卡欠款。</p></section>{% endblock %}'
)


def median_ms(runs: int) -> float:
    """Median wall time of `runs` renders after one warm-up, in milliseconds."""
    env = Environment(loader=FileSystemLoader(ROOT / "templates"), autoescape=True)
    html = env.from_string(DOCUMENT).render()
    static = ROOT / "static"
    html_to_pdf(html, static_dir=static)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        html_to_pdf(html, static_dir=static)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    print(f"pdf floor: median {median_ms(runs):.1f} ms over {runs} renders (one-sentence page)")
