"""The volunteer desk (issue 12): the case's label and notes, which case is open, the cover sheet PDF."""

from app.desk.views import bp

__all__ = ["bp"]
