"""CaseStore: create, reopen, read, save, delete and purge encrypted cases.

The web layer holds three things per visitor: the lookup (`lookup_for(code)`), the key handed
back by `create` or `open` and the session epoch handed back by `create` or `new_session`. With
them it calls `load`, `stamp` and `save`, which never run the KDF. The row itself is stored under
`crypto.row_id(lookup_secret, lookup)`, so the database alone does not let anyone test guessed
codes. Plaintext is opaque bytes (the case as JSON); the store only ever sees it encrypted.

Session epoch: each row counts how often its sessions were ended (`end_sessions`: quick exit,
closing the case) or replaced (`new_session`: a resume by code). A caller passing an older
epoch gets SessionEnded, so a copied cookie stops working once the case is closed or resumed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Row, bindparam, delete, insert, select, update

from app.store import codes, crypto
from app.store.db import make_engine
from app.store.errors import NotFound, SessionEnded, StaleVersion
from app.store.schema import as_utc, cases

FIRST_VERSION = 1
FIRST_EPOCH = 0
_UNKNOWN_SALT = bytes(crypto.SALT_BYTES)   # KDF input for codes with no case: see `open`

# The reads every case page makes, built once: building a statement costs several times more than
# executing it again (SQLAlchemy then finds it compiled in its cache). Only the columns each read
# uses: `load` and `open` never look at the dates.
_ROW = select(cases.c.salt, cases.c.nonce, cases.c.ciphertext, cases.c.version, cases.c.epoch).where(
    cases.c.lookup == bindparam("row_id"))
_STAMP = select(cases.c.version, cases.c.nonce, cases.c.epoch).where(cases.c.lookup == bindparam("row_id"))


def utc_now() -> datetime:
    return datetime.now(UTC)


class CaseStore:
    """The encrypted case table at `url` (already migrated with `app.store.migrate.upgrade`).

    `lookup_secret` keys the stored row ids (LOOKUP_SECRET, from the environment); `clock`
    returns the current aware datetime; tests pass a fake one.
    """

    def __init__(self, url: str, *, lookup_secret: bytes,
                 clock: Callable[[], datetime] = utc_now) -> None:
        if not lookup_secret:
            raise ValueError("CaseStore needs a non-empty lookup_secret")
        self.engine = make_engine(url)
        self._secret = lookup_secret
        self._clock = clock

    def row_id(self, lookup: str) -> str:
        """The `cases.lookup` value stored for this lookup (keyed with the server secret)."""
        return crypto.row_id(self._secret, lookup)

    def close(self) -> None:
        """Close pooled connections (at shutdown, and in tests before a schema is dropped)."""
        self.engine.dispose()

    def create(self, plaintext: bytes) -> tuple[str, bytes, int]:
        """Store a new case; returns (resume code to show once, key for the session, version).
        Its session epoch is FIRST_EPOCH."""
        code = codes.new_code()
        lookup, salt = crypto.lookup_for(code), crypto.new_salt()
        key = crypto.derive_key(code, salt)
        nonce, ciphertext = crypto.seal(key, lookup, FIRST_VERSION, plaintext)
        now = as_utc(self._clock())
        with self.engine.begin() as connection:
            connection.execute(insert(cases).values(
                lookup=self.row_id(lookup), salt=salt, nonce=nonce, ciphertext=ciphertext,
                version=FIRST_VERSION, epoch=FIRST_EPOCH, created_at=now, updated_at=now))
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
        return key, self._unseal(key, lookup, row), row.version

    def load(self, lookup: str, key: bytes, epoch: int | None = None) -> tuple[bytes, int]:
        """(plaintext, version) of the case; NotFound if it is gone, SessionEnded if `epoch` is
        given and is not the row's, Tampered if it won't decrypt."""
        row = self._row(lookup)
        if row is None:
            raise NotFound()
        if epoch is not None and row.epoch != epoch:
            raise SessionEnded()
        return self._unseal(key, lookup, row), row.version

    def stamp(self, lookup: str, epoch: int | None = None) -> tuple[int, bytes] | None:
        """(version, nonce) of the case without reading or decrypting it; None if it is gone or
        `epoch` is given and is not the row's. Every write changes both, so they name the stored
        ciphertext exactly."""
        with self.engine.connect() as connection:
            row = connection.execute(_STAMP, {"row_id": self.row_id(lookup)}).first()
        if row is None or (epoch is not None and row.epoch != epoch):
            return None
        return row.version, row.nonce

    def new_session(self, lookup: str) -> int | None:
        """A resume by code: end every other session of the case and restart its expiry clock.

        Raises the epoch and sets `updated_at`; version, nonce and ciphertext stay, so a form
        open in this browser is not made stale. Returns the new epoch, None if there is no case.
        """
        return self._raise_epoch(lookup, touch=True)

    def end_sessions(self, lookup: str, epoch: int | None = None) -> bool:
        """End every session of the case (quick exit, closing it): cookies holding the current
        epoch open nothing from now on. The case stays, reachable by its code. With `epoch`,
        only a session still current may do this (an ended one cannot end its successors).
        False if the case is gone or `epoch` is not current."""
        return self._raise_epoch(lookup, touch=False, epoch=epoch) is not None

    def _raise_epoch(self, lookup: str, *, touch: bool, epoch: int | None = None) -> int | None:
        values: dict[str, object] = {"epoch": cases.c.epoch + 1}
        if touch:
            values["updated_at"] = as_utc(self._clock())
        raised = update(cases).where(cases.c.lookup == self.row_id(lookup)).values(values)
        if epoch is not None:
            raised = raised.where(cases.c.epoch == epoch)
        with self.engine.begin() as connection:
            if connection.execute(raised).rowcount != 1:
                return None
            query = select(cases.c.epoch).where(cases.c.lookup == self.row_id(lookup))
            return connection.execute(query).scalar_one()

    def save(self, lookup: str, key: bytes, plaintext: bytes, expected_version: int,
             epoch: int | None = None) -> int:
        """Replace the case if it is still at `expected_version`; returns the new version.

        The current row is first decrypted with `key`, so a wrong key or a tampered row raises
        Tampered instead of being overwritten. The write itself is one UPDATE guarded by the
        version, so of two concurrent saves from the same version exactly one wins; the other
        gets StaleVersion carrying the winner's data and version. With `epoch`, a session ended
        meanwhile gets SessionEnded and writes nothing.
        """
        current, version = self.load(lookup, key, epoch)
        if version != expected_version:
            raise StaleVersion(current, version)
        new_version = expected_version + 1
        nonce, ciphertext = crypto.seal(key, lookup, new_version, plaintext)
        guarded = update(cases).where(cases.c.lookup == self.row_id(lookup),
                                      cases.c.version == expected_version)
        if epoch is not None:
            guarded = guarded.where(cases.c.epoch == epoch)
        with self.engine.begin() as connection:
            written = connection.execute(guarded.values(
                nonce=nonce, ciphertext=ciphertext, version=new_version,
                updated_at=as_utc(self._clock()))).rowcount
        if written != 1:
            raise StaleVersion(*self.load(lookup, key, epoch))
        return new_version

    def touch(self, lookup: str) -> bool:
        """Mark the case as used now, so opening it by code restarts its expiry clock.

        Only `updated_at` changes: version, nonce and ciphertext stay, so a form open in another
        tab is not made stale by someone merely resuming. False if there is no such case.
        """
        touched = update(cases).where(cases.c.lookup == self.row_id(lookup)).values(
            updated_at=as_utc(self._clock()))
        with self.engine.begin() as connection:
            return connection.execute(touched).rowcount == 1

    def delete(self, lookup: str) -> bool:
        """Remove the case at once; False if there was none."""
        with self.engine.begin() as connection:
            gone = connection.execute(delete(cases).where(cases.c.lookup == self.row_id(lookup)))
            return gone.rowcount == 1

    def purge(self, older_than: datetime) -> int:
        """Delete cases not saved since `older_than` (aware); returns how many went."""
        cutoff = as_utc(older_than)
        with self.engine.begin() as connection:
            return connection.execute(delete(cases).where(cases.c.updated_at < cutoff)).rowcount

    def _row(self, lookup: str) -> Row | None:
        with self.engine.connect() as connection:
            return connection.execute(_ROW, {"row_id": self.row_id(lookup)}).first()

    @staticmethod
    def _unseal(key: bytes, lookup: str, row: Row) -> bytes:
        """The row's plaintext; the AAD names the unkeyed lookup, as when it was sealed."""
        return crypto.unseal(key, lookup, row.version, row.nonce, row.ciphertext)
