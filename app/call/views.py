"""The collector-call companion: what to ask, what to say, what never to do, the truth behind threats."""

from __future__ import annotations

from flask import Blueprint, render_template

from app import cases
from app.call import wording
from app.core.collector_lines import LIMITATION_CITATIONS

bp = Blueprint("call", __name__, url_prefix="/call")


@bp.route("/")
def index():
    """Works with no case open: a frightened caller may have none yet."""
    return render_template("call/index.html", answers=wording.answers(), limitation=LIMITATION_CITATIONS,
                           can_log=cases.has_case())
