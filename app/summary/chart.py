"""A horizontal bar chart of balances as server-rendered SVG: no script, no inline style."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

BAR_HEIGHT, GAP, LABEL_HEIGHT, WIDTH = 22, 14, 18, 320


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    y_label: int
    y_bar: int
    width: int


def layout(values: Sequence[tuple[str, str, int]]) -> tuple[list[Bar], int]:
    """(label, value text, fen) rows -> bars scaled to the largest, and the chart's height."""
    largest = max((fen for _, _, fen in values), default=0) or 1
    bars, y = [], 0
    for label, value_text, fen in values:
        width = max(2, round(WIDTH * fen / largest)) if fen else 0
        bars.append(Bar(label, value_text, y + LABEL_HEIGHT - 4, y + LABEL_HEIGHT, width))
        y += LABEL_HEIGHT + BAR_HEIGHT + GAP
    return bars, max(y, 1)


def svg_bars(bars: Sequence[Bar]) -> Markup:
    """The bars inside the chart's <svg>: each with its label and amount on one line above it.
    Written here rather than by a Jinja loop (20 bars); labels and amounts are escaped."""
    return Markup("".join(  # nosec B704
        f'\n<text y="{bar.y_label}">{escape(bar.label)} · {escape(bar.value_text)}</text>'
        f'<rect y="{bar.y_bar}" width="{bar.width}"/>' for bar in bars))
