from app.start.views import bp

__all__ = ["bp"]
