"""A horizontal bar chart of balances as server-rendered SVG: no script, no inline style."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
