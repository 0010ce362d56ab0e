"""The core stays pure: no web, form, database or PDF library, and nothing from the shell."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "app" / "core"
FORBIDDEN = ("flask", "wtforms", "sqlalchemy", "weasyprint", "alembic", "babel", "jinja2")


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_imports_no_framework_and_no_shell_module():
    offenders = {}
    for path in CORE.rglob("*.py"):
        bad = {name for name in imported_modules(path)
               if name.split(".")[0] in FORBIDDEN or flask_like(name)
               or (name.startswith("app.") and not name.startswith("app.core"))}
        if bad:
            offenders[str(path.relative_to(CORE))] = sorted(bad)
    assert offenders == {}


def flask_like(name: str) -> bool:
    return name.split(".")[0].startswith("flask_")


def test_the_check_sees_the_core():
    assert len(list(CORE.rglob("*.py"))) >= 10
