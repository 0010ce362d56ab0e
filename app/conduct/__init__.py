"""SPEC step 4, collector conduct: incident log, findings, complaint letters and their next steps.

Importing `letter` and `followup` registers the complaint documents and timeline events; `quick` adds
the quick log's route.
"""

from app.conduct import followup, letter, quick
from app.conduct.views import bp

__all__ = ["bp", "followup", "letter", "quick"]
