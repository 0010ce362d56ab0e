from app.plan.views import bp

__all__ = ["bp"]
