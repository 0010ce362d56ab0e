"""Exceptions of the case store, so the web layer can tell "try again" from "gone" from "corrupt"."""

from __future__ import annotations


class StoreError(Exception):
    """Base class of everything the case store raises on purpose."""


class CodeError(StoreError, ValueError):
    """The text typed as a resume code cannot be one (wrong length or characters)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code    # "malformed": the only reason, kept as a code for the shell to word


class NotFound(StoreError):
    """No case for this code or lookup. The message never says which, nor why."""

    MESSAGE = "no case for this code"

    def __init__(self) -> None:
        super().__init__(self.MESSAGE)


class Tampered(StoreError):
    """The row exists but does not decrypt: altered, moved, rolled back, or the key is wrong."""

    def __init__(self) -> None:
        super().__init__("stored case failed authentication")


class SessionEnded(StoreError):
    """The session's epoch is older than the case's: it was closed, quick-exited or resumed
    elsewhere since, so this session opens nothing."""

    def __init__(self) -> None:
        super().__init__("session ended")


class StaleVersion(StoreError):
    """Someone saved since this version was read; carries the newer data so the UI can show it."""

    def __init__(self, plaintext: bytes, version: int) -> None:
        super().__init__(f"case is at version {version}")
        self.plaintext = plaintext
        self.version = version
