from app.debts.views import bp

__all__ = ["bp"]
