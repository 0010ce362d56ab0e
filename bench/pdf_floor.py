"""The floor for letter benchmarks (issue 11 "Speed"): one plain A4 page with one Chinese sentence.

Fixed by the issue: one A4 page of plain HTML holding one Chinese sentence, no app CSS, rendered
by WeasyPrint with one shared FontConfiguration in the same process. WeasyPrint's default page
is A4 and its user-agent stylesheet is all the styling there is; the sentence's font comes from
Fontconfig's default (serif) match for lang="zh-Hans-CN". bench/pdfs.py renders this floor
interleaved round by round with the letter; this script times the floor alone.

Run from the repository root: `.venv/bin/python bench/pdf_floor.py [runs]`. One warm-up render,
then `runs` timed renders (default 20); prints the median wall and CPU time in ms.
"""

import statistics
import sys
import time

from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration

FLOOR_HTML = ('<!DOCTYPE html><html lang="zh-Hans-CN"><head><meta charset="utf-8"><title>floor</title>'
              '</head><body><p>本人申请分期偿还信用卡欠款。</p></body></html>')


def floor_renderer():
    """A function rendering the floor page to PDF bytes; every call shares one FontConfiguration."""
    fonts = FontConfiguration()

    def render() -> bytes:
        return HTML(string=FLOOR_HTML).write_pdf(font_config=fonts)

    return render


def main(runs: int) -> None:
    render = floor_renderer()
    pages = len(HTML(string=FLOOR_HTML).render(font_config=FontConfiguration()).pages)
    render()
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        render()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    print(f"pdf floor ({pages} page): median {statistics.median(wall):.1f} ms wall, "
          f"{statistics.median(cpu):.1f} ms CPU over {runs} renders; {len(render()) / 1024:.1f} KB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
