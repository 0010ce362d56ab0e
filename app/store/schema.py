"""The one table of the case store. Migrations in migrations/versions/ create it; the app never
calls `create_all`. This module is the target that `alembic revision --autogenerate` compares with.

`lookup` is the primary key, which makes it unique and indexed without a surrogate id: a row is
found only through its code and the server's LOOKUP_SECRET (crypto.row_id). `updated_at` is
indexed for the age purge; `epoch` counts ended sessions. Nothing else is stored: no name, no
IP, no plaintext.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, Index, Integer, LargeBinary, MetaData, String, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def as_utc(value: datetime) -> datetime:
    """`value` in UTC; a naive datetime is refused rather than guessed at."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one (UTC)")
    return value.astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out. SQLite keeps no zone, so it stores naive UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = as_utc(value)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


NAMING = {"pk": "pk_%(table_name)s", "ix": "ix_%(table_name)s_%(column_0_name)s"}
metadata = MetaData(naming_convention=NAMING)

cases = Table(
    "cases",
    metadata,
    Column("lookup", String(64), primary_key=True),          # crypto.row_id(secret, lookup_for(code)), hex
    Column("salt", LargeBinary(16), nullable=False),          # scrypt salt, per case
    Column("nonce", LargeBinary(12), nullable=False),         # AES-GCM nonce of the current write
    Column("ciphertext", LargeBinary, nullable=False),        # padded case JSON + 16-byte tag
    Column("version", Integer, nullable=False),               # 1 on create, +1 per save; in the AAD
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("epoch", Integer, nullable=False, server_default="0"),  # session epoch: +1 ends all sessions
    Index(None, "updated_at"),
)
