"""CaseStore: create, reopen, read, save, delete and purge encrypted cases.

The web layer holds two things per visitor: the lookup (`lookup_for(code)`) and the key handed
back by `create` or `open`. With them it calls `load` and `save`, which never run the KDF.
Plaintext is opaque bytes (the case as JSON); the store only ever sees it encrypted at rest.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Row, delete, insert, select, update

from app.store import codes, crypto
from app.store.db import make_engine
from app.store.errors import NotFound, StaleVersion
from app.store.schema import as_utc, cases

FIRST_VERSION = 1
_UNKNOWN_SALT = bytes(crypto.SALT_BYTES)   # KDF input for codes with no case: see `open`


def utc_now() -> datetime:
    return datetime.now(UTC)


class CaseStore:
    """The encrypted case table at `url` (already migrated with `app.store.migrate.upgrade`).

    `clock` returns the current aware datetime; tests pass a fake one.
    """

    def __init__(self, url: str, *, clock: Callable[[], datetime] = utc_now) -> None:
        self.engine = make_engine(url)
        self._clock = clock

    def close(self) -> None:
        """Close pooled connections (at shutdown, and in tests before a schema is dropped)."""
        self.engine.dispose()

    def create(self, plaintext: bytes) -> tuple[str, bytes, int]:
        """Store a new case; returns (resume code to show once, key for the session, version)."""
        code = codes.new_code()
        lookup, salt = crypto.lookup_for(code), crypto.new_salt()
        key = crypto.derive_key(code, salt)
        nonce, ciphertext = crypto.seal(key, lookup, FIRST_VERSION, plaintext)
        now = as_utc(self._clock())
        with self.engine.begin() as connection:
            connection.execute(insert(cases).values(
                lookup=lookup, salt=salt, nonce=nonce, ciphertext=ciphertext,
                version=FIRST_VERSION, created_at=now, updated_at=now))
        return code, key, FIRST_VERSION

    def open(self, code: str) -> tuple[bytes, bytes, int]:
        """Resume by code: (key, plaintext, version).

        Raises CodeError for text that cannot be a code, NotFound for a code with no case (the
        KDF still runs, so a miss takes as long as a hit and the message is always the same),
        Tampered if the row does not decrypt.
        """
        lookup = crypto.lookup_for(code)
        row = self._row(lookup)
        if row is None:
            crypto.derive_key(code, _UNKNOWN_SALT)
            raise NotFound()
        key = crypto.derive_key(code, row.salt)
        return key, self._unseal(key, row), row.version

    def load(self, lookup: str, key: bytes) -> tuple[bytes, int]:
        """(plaintext, version) of the case; NotFound if it is gone, Tampered if it won't decrypt."""
        row = self._row(lookup)
        if row is None:
            raise NotFound()
        return self._unseal(key, row), row.version

    def stamp(self, lookup: str) -> tuple[int, bytes] | None:
        """(version, nonce) of the case without reading or decrypting it; None if it is gone.
        Every write changes both, so they name the stored ciphertext exactly."""
        query = select(cases.c.version, cases.c.nonce).where(cases.c.lookup == lookup)
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return None if row is None else (row.version, row.nonce)

    def save(self, lookup: str, key: bytes, plaintext: bytes, expected_version: int) -> int:
        """Replace the case if it is still at `expected_version`; returns the new version.

        The current row is first decrypted with `key`, so a wrong key or a tampered row raises
        Tampered instead of being overwritten. The write itself is one UPDATE guarded by the
        version, so of two concurrent saves from the same version exactly one wins; the other
        gets StaleVersion carrying the winner's data and version.
        """
        current, version = self.load(lookup, key)
        if version != expected_version:
            raise StaleVersion(current, version)
        new_version = expected_version + 1
        nonce, ciphertext = crypto.seal(key, lookup, new_version, plaintext)
        guarded = update(cases).where(cases.c.lookup == lookup, cases.c.version == expected_version)
        with self.engine.begin() as connection:
            written = connection.execute(guarded.values(
                nonce=nonce, ciphertext=ciphertext, version=new_version,
                updated_at=as_utc(self._clock()))).rowcount
        if written != 1:
            raise StaleVersion(*self.load(lookup, key))
        return new_version

    def touch(self, lookup: str) -> bool:
        """Mark the case as used now, so opening it by code restarts its expiry clock.

        Only `updated_at` changes: version, nonce and ciphertext stay, so a form open in another
        tab is not made stale by someone merely resuming. False if there is no such case.
        """
        touched = update(cases).where(cases.c.lookup == lookup).values(updated_at=as_utc(self._clock()))
        with self.engine.begin() as connection:
            return connection.execute(touched).rowcount == 1

    def delete(self, lookup: str) -> bool:
        """Remove the case at once; False if there was none."""
        with self.engine.begin() as connection:
            return connection.execute(delete(cases).where(cases.c.lookup == lookup)).rowcount == 1

    def purge(self, older_than: datetime) -> int:
        """Delete cases not saved since `older_than` (aware); returns how many went."""
        cutoff = as_utc(older_than)
        with self.engine.begin() as connection:
            return connection.execute(delete(cases).where(cases.c.updated_at < cutoff)).rowcount

    def _row(self, lookup: str) -> Row | None:
        with self.engine.connect() as connection:
            return connection.execute(select(cases).where(cases.c.lookup == lookup)).first()

    @staticmethod
    def _unseal(key: bytes, row: Row) -> bytes:
        return crypto.unseal(key, row.lookup, row.version, row.nonce, row.ciphertext)
