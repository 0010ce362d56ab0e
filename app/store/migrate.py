"""Run the store's Alembic migrations from Python: `flask db-upgrade`, set-up and tests call this.

There is no alembic.ini; `alembic_config(url)` builds the configuration, so a new revision is
made with `alembic.command.revision(alembic_config(url), message=..., autogenerate=True)`.
Run `upgrade` once per deploy, before the app servers start, not from each of them.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from app.store.db import make_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    """Alembic settings pointing at our migrations folder and at `url`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))   # configparser interpolation
    return config


def upgrade(url: str, revision: str = "head", *, lookup_secret: bytes | None = None) -> None:
    """Bring the database at `url` to `revision` (default: the newest), in one transaction.

    `lookup_secret` (LOOKUP_SECRET) is needed only to re-key rows that exist when revision 0002
    runs; an empty database migrates without it.
    """
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            config = alembic_config(url)
            config.attributes["connection"] = connection
            config.attributes["lookup_secret"] = lookup_secret
            command.upgrade(config, revision)
    finally:
        engine.dispose()
