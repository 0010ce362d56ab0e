"""Alembic environment: migrate the connection `app.store.migrate.upgrade` hands over, or else
one made from the configured URL through `make_engine` (same driver rewrite and SQLite pragmas).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from app.store.db import make_engine
from app.store.schema import metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = make_engine(context.config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as own_connection:
            _migrate(own_connection)
    finally:
        engine.dispose()


def _migrate(connection: Connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things; batch mode copies the table instead.
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
