"""The wizard's steps, in order, and the step indicator every page shows.

A step appears in the indicator once its endpoint exists, so a blueprint added later
joins the path by being registered. The indicator depends only on the locale, the current step
and whether a case is open, so each variant is rendered once per process (app.fragments).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app, request
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from app.fragments import fragment

INDICATOR_TEMPLATE = "_layout/steps.html"


@dataclass(frozen=True)
class Step:
    endpoint: str
    label: object          # lazy string
    prefixes: tuple[str, ...]   # blueprint names that belong to this step


STEPS = (
    Step("start.index", _l("开始"), ("start",)),
    Step("debts.index", _l("债务清单"), ("debts",)),
    Step("summary.index", _l("债务概况"), ("summary",)),
    Step("conduct.index", _l("催收行为自查"), ("conduct",)),
    Step("court.index", _l("法院与仲裁"), ("court",)),
    Step("budget.index", _l("收支情况"), ("budget",)),
    Step("plan.index", _l("还款方案"), ("plan",)),
    Step("letters.index", _l("文书"), ("review", "letters")),
    Step("next_steps.index", _l("后续跟进"), ("next_steps",)),
)


def available_steps() -> list[Step]:
    views = current_app.view_functions
    return [s for s in STEPS if s.endpoint in views]


def current_number() -> int | None:
    """This request's step number (1 for the first), or None outside the wizard."""
    blueprint = request.blueprint or ""
    for number, step in enumerate(available_steps(), start=1):
        if blueprint in step.prefixes:
            return number
    return None


def step_indicator(linked: bool) -> Markup:
    """The step indicator for this request (empty outside the wizard); `linked`: a case is open,
    so the other steps are links."""
    number = current_number()
    if number is None:
        return Markup("")
    return fragment(INDICATOR_TEMPLATE, number=number, linked=linked)


def next_step(endpoint: str) -> Step | None:
    steps = available_steps()
    names = [s.endpoint for s in steps]
    if endpoint in names and names.index(endpoint) + 1 < len(steps):
        return steps[names.index(endpoint) + 1]
    return None


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(wizard_steps=available_steps, wizard_next=next_step,
                                 step_indicator=step_indicator)
