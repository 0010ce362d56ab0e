"""Keys, lookups and sealing of stored cases. Nothing here touches the database.

* Lookup: HMAC-SHA256 keyed with a fixed domain-separation label over the compact code, as hex.
  It is what the session holds to name its case and what the ciphertext is bound to (AAD); the
  label keeps this hash from ever equalling any other hash of the same code.
* Row id: HMAC-SHA256 of the lookup under the server's LOOKUP_SECRET, as hex: the value the
  `cases.lookup` column holds. A stolen database alone cannot test guessed codes: each guess
  needs the secret, which lives in the servers' environment, not in the database. Because it is
  an HMAC of the lookup (not of the code), migration 0002 re-keyed existing rows without codes.
* Key: scrypt(compact code, per-case 16-byte random salt), n=2**15, r=8, p=1, 32 bytes. That needs
  128 * r * n = 32 MiB of memory and takes tens of milliseconds per derivation; OpenSSL refuses it
  under its default 32 MiB `maxmem`, so we allow 64 MiB. The codes already carry 99 bits of
  randomness (see codes.py), so this cost is defence in depth for a stolen database, paid once per
  resume: the web layer keeps the derived key in the session and later requests skip the KDF.
* Seal: AES-256-GCM, a fresh random 96-bit nonce per write, associated data naming the lookup and
  the version, so a ciphertext copied to another row or paired with another version number fails
  to open. Random nonces are safe here: one key writes a few thousand times at most, far below the
  2**32 messages per key that random GCM nonces allow.
* Padding: plaintext is padded (one 0x80 byte, then zeros) to a multiple of 1 KiB before sealing,
  so the ciphertext length tells only roughly how much was typed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.store import codes
from app.store.errors import Tampered

LOOKUP_LABEL = b"shangan/case-lookup/v1"
AAD_LABEL = b"shangan/case/v1"
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
PAD_BLOCK = 1024


def lookup_for(code: str) -> str:
    """The value stored to find a case by its code (64 hex chars); never the code itself."""
    digest = hmac.new(LOOKUP_LABEL, codes.compact(code).encode("ascii"), hashlib.sha256)
    return digest.hexdigest()


def row_id(secret: bytes, lookup: str) -> str:
    """The stored `cases.lookup` value for a case's lookup: HMAC-SHA256 under the server secret."""
    if not secret:
        raise ValueError("the lookup secret is empty")
    return hmac.new(secret, lookup.encode("ascii"), hashlib.sha256).hexdigest()


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def derive_key(code: str, salt: bytes) -> bytes:
    """The case's AES-256 key from its code and salt (scrypt; cost in the module docstring)."""
    return hashlib.scrypt(codes.compact(code).encode("ascii"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                          p=SCRYPT_P, maxmem=SCRYPT_MAXMEM, dklen=KEY_BYTES)


def seal(key: bytes, lookup: str, version: int, plaintext: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext) of `plaintext`, bound to this row's lookup and version."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, _pad(plaintext), _aad(lookup, version))


def unseal(key: bytes, lookup: str, version: int, nonce: bytes, ciphertext: bytes) -> bytes:
    """The plaintext sealed for this lookup and version; raises Tampered if anything differs."""
    try:
        padded = AESGCM(key).decrypt(nonce, ciphertext, _aad(lookup, version))
    except (InvalidTag, ValueError) as exc:     # ValueError: a key or nonce of the wrong size
        raise Tampered() from exc
    return _unpad(padded)


def _aad(lookup: str, version: int) -> bytes:
    return b"\x00".join((AAD_LABEL, lookup.encode("ascii"), str(version).encode("ascii")))


def _pad(data: bytes) -> bytes:
    padded = data + b"\x80"
    return padded + b"\x00" * (-len(padded) % PAD_BLOCK)


def _unpad(padded: bytes) -> bytes:
    return padded.rstrip(b"\x00")[:-1]      # GCM already proved we wrote it, marker included
