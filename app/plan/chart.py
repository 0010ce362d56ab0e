"""The plan's balance curve as coordinates for a server-rendered SVG: no script, no inline style.

Pure layout: (date, fen) points in, a step line and a few axis labels out. The template draws
them; the same points feed the text alternative (a sentence and a data table).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

WIDTH, HEIGHT = 320, 160          # the plotting area, in SVG user units
LEFT, TOP, BOTTOM = 8, 12, 28     # margins for the axis labels below


@dataclass(frozen=True)
class Chart:
    path: str                     # the balance as a step line ("M x y H x V y ...")
    area: str                     # the same, closed along the x axis, for a light fill
    view_width: int
    view_height: int
    baseline_y: int
    start_x: int
    end_x: int


def layout(points: Sequence[tuple[date, int]]) -> Chart | None:
    """Scale the curve into the plotting area; None when there is nothing to draw."""
    if len(points) < 2 or points[0][1] <= 0:
        return None
    top = points[0][1]
    last = len(points) - 1

    def x(index: int) -> int:
        return LEFT + round(WIDTH * index / last)

    def y(fen: int) -> int:
        return TOP + round(HEIGHT * (top - fen) / top)

    steps = [f"M {x(0)} {y(points[0][1])}"]
    for index in range(1, len(points)):
        steps.append(f"H {x(index)} V {y(points[index][1])}")
    line = " ".join(steps)
    baseline = TOP + HEIGHT
    area = f"{line} V {baseline} H {x(0)} Z"
    return Chart(line, area, LEFT * 2 + WIDTH, TOP + HEIGHT + BOTTOM, baseline, x(0), x(last))
