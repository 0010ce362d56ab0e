"""When a collector calls (接到催收电话时): one printable screen, reachable from every page, no case
needed."""

from app.call.views import bp

__all__ = ["bp"]
