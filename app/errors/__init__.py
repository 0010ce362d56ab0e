from app.errors.views import bp

__all__ = ["bp"]
