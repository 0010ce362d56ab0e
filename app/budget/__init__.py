from app.budget.views import bp

__all__ = ["bp"]
