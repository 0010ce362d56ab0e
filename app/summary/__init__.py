"""SPEC step 3, the debt summary; importing `phases` adds its "what comes next" cards."""

from app.summary import phases
from app.summary.views import bp

__all__ = ["bp", "phases"]
