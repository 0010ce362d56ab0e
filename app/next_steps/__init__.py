"""Next steps (SPEC step 8): the timeline page and its calendar file.

Importing this package registers the plan's payment dates and the request letters' reply-by
dates as timeline events.
"""

from app.next_steps.views import bp

__all__ = ["bp"]
