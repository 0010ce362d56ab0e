from app.summary.views import bp

__all__ = ["bp"]
