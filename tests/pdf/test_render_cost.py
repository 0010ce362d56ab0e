"""app.letters.pdf's speed measures keep their promises: no font-collection copy, the GC restored."""

import gc
import tracemalloc
from pathlib import Path

import pytest

from app.letters.pdf import PdfRenderError, html_to_pdf

STATIC = Path(__file__).resolve().parents[2] / "static"
LETTER = (
    '<!DOCTYPE html><html lang="zh-Hans-CN"><head><meta charset="utf-8">'
    '<link rel="stylesheet" href="css/letters.css"></head><body><section class="document">'
    "<h1>分期还款申请书</h1><p>本人申请分期偿还信用卡欠款。</p></section></body></html>"
)
COLLECTION_BYTES = 20_000_000  # each Noto Serif CJK .ttc is over 26 MB; a subset is under 1 MB


def test_a_render_never_copies_a_whole_font_collection_into_python():
    html_to_pdf(LETTER, static_dir=STATIC)  # warm-up: fonts loaded, caches filled
    tracemalloc.start()
    try:
        pdf = html_to_pdf(LETTER, static_dir=STATIC)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert pdf.startswith(b"%PDF-")
    assert peak < COLLECTION_BYTES, peak


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was_found(enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        html_to_pdf(LETTER, static_dir=STATIC)
        assert gc.isenabled() is enabled
        with pytest.raises(PdfRenderError):
            html_to_pdf("<p>没有样式表</p>", static_dir=STATIC)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
