"""`flask` commands: database migrations and the purge of expired cases (for cron)."""

from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from app import cases
from app.store.migrate import upgrade


@click.command("db-upgrade")
@with_appcontext
def db_upgrade() -> None:
    """Create or migrate the case database to the newest schema."""
    upgrade(current_app.config["DATABASE_URL"], lookup_secret=cases.lookup_secret(current_app))
    click.echo("database is up to date")


@click.command("purge")
@with_appcontext
@click.option("--days", type=click.IntRange(min=1), default=None,
              help="Age in days, at least 1 (default: CASE_TTL_DAYS).")
def purge(days: int | None) -> None:
    """Delete cases nobody has opened for CASE_TTL_DAYS days. Run daily from cron."""
    age = days if days is not None else current_app.config["CASE_TTL_DAYS"]
    removed = cases.purge_expired(age)
    click.echo(f"purged {removed} case(s) untouched for {age} days")


def init_app(app: Flask) -> None:
    app.cli.add_command(db_upgrade)
    app.cli.add_command(purge)
