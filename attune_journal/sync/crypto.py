"""The sync folder's key and sealed files (docs/sync-format.md, "Keys and sealing").

The key is Argon2id (libsodium's ``crypto_pwhash`` through PyNaCl) of the passphrase
with the folder's salt, ``ops`` and ``mem``: 32 bytes. A sealed file is ``ATJS1\\n``,
a 24-byte random nonce, then the XChaCha20-Poly1305 ciphertext (``nacl.secret.Aead``)
of the UTF-8 JSON body, with associated data the file's path below ``attune-journal/``,
so a file that was moved, renamed or changed by one byte does not open.

No cryptography is written here: PyNaCl does all of it. Nothing here knows what a
body means; bodies are JSON objects.
"""

from __future__ import annotations

import json
from typing import Any

from attune_journal.core.i18n import translate

MAGIC = b"ATJS1\n"
NONCE_SIZE = 24
KEY_SIZE = 32
SALT_SIZE = 16
_TAG_SIZE = 16

# The format's defaults (folder.json's "kdf"): Argon2id with 3 passes over 256 MiB.
DEFAULT_OPS = 3
DEFAULT_MEM = 268_435_456

# Limits on what a folder.json may ask for: libsodium's own floor, and a ceiling so a
# foreign or damaged folder.json cannot make a computer spend minutes or all its memory.
MIN_OPS = 1
MAX_OPS = 64
MIN_MEM = 8192
MAX_MEM = 4 * 1024**3


class SyncError(Exception):
    """Base class: sync cannot do what was asked, through no bug of ours; the message says why."""


class WrongPassphraseError(SyncError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Sync",
                "That passphrase does not open this sync folder; please check it and try "
                "again (nothing was written).",
            )
        )


class SyncFileError(SyncError):
    """One file of the sync folder cannot be used; it is passed over and the others apply.

    ``path`` is the file's path below ``attune-journal/``; ``reason`` is one of
    ``not-sealed`` (not a sealed sync file), ``sealed-elsewhere`` (changed, damaged,
    moved, renamed or sealed with another key: the seal does not open), ``unreadable``
    (opened but its contents are not a JSON object), ``misplaced`` (its body names
    another device or number than its path), ``missing`` (no longer in the folder).
    """

    def __init__(self, path: str, reason: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


def derive_key(passphrase: str, salt: bytes, ops: int, mem: int) -> bytes:
    """The 32-byte folder key: Argon2id of the passphrase (UTF-8), ``salt``, ``ops``, ``mem``."""
    from nacl.exceptions import RuntimeError as SodiumRuntimeError
    from nacl.pwhash import argon2id

    if len(salt) != SALT_SIZE:
        raise SyncError(f"The sync folder's salt must be {SALT_SIZE} bytes, not {len(salt)}.")
    if not (MIN_OPS <= ops <= MAX_OPS and MIN_MEM <= mem <= MAX_MEM):
        raise SyncError(
            translate(
                "Sync",
                "The sync folder asks for a key setting this version of Attune Journal does "
                "not accept (ops {ops}, memory {mem} bytes).",
            ).format(ops=ops, mem=mem)
        )
    try:
        key: bytes = argon2id.kdf(
            KEY_SIZE, passphrase.encode("utf-8"), salt, opslimit=ops, memlimit=mem
        )
    except (MemoryError, SodiumRuntimeError):  # libsodium could not allocate ``mem``
        raise SyncError(
            translate(
                "Sync",
                "There is not enough free memory to work out the sync key; please close some "
                "programs and try again.",
            )
        ) from None
    return key


def seal(key: bytes, path: str, body: dict[str, Any]) -> bytes:
    """The bytes of the sealed file at ``path`` (below ``attune-journal/``) holding ``body``."""
    from nacl.secret import Aead

    plain = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    sealed = Aead(key).encrypt(plain, aad=path.encode("utf-8"))  # random nonce + ciphertext
    return MAGIC + bytes(sealed)


def open_sealed(key: bytes, path: str, data: bytes) -> dict[str, Any]:
    """The body of the sealed file at ``path``; ``SyncFileError`` naming it if it cannot be."""
    from nacl.exceptions import CryptoError
    from nacl.secret import Aead

    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + NONCE_SIZE + _TAG_SIZE:
        raise SyncFileError(
            path,
            "not-sealed",
            f"The sync file {path} is not a sealed Attune Journal sync file, so it was "
            "passed over.",
        )
    nonce = data[len(MAGIC) : len(MAGIC) + NONCE_SIZE]
    try:
        plain = Aead(key).decrypt(
            data[len(MAGIC) + NONCE_SIZE :], aad=path.encode("utf-8"), nonce=nonce
        )
    except CryptoError:
        raise SyncFileError(
            path,
            "sealed-elsewhere",
            f"The sync file {path} does not open: it was changed or damaged after it was "
            "written, moved or renamed, or sealed for another sync folder, so it was "
            "passed over.",
        ) from None
    try:
        body = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        body = None
    if not isinstance(body, dict):
        raise SyncFileError(
            path,
            "unreadable",
            f"The sync file {path} opened but what it holds cannot be read by this version "
            "of Attune Journal, so it was passed over.",
        )
    return body
