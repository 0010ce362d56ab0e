"""SPEC step 3, the debt summary."""

from app.summary.views import bp

__all__ = ["bp"]
