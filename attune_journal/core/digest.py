"""SHA-256 for the start-up path, without loading OpenSSL.

``hashlib`` loads OpenSSL's libcrypto to offer every algorithm (~4 ms of every start
here); the start-up path needs only SHA-256, for the prompt of the day and the
single-instance socket's name. CPython's built-in SHA-256 module gives the very same
digests; ``hashlib`` stays the fallback wherever that module is missing or renamed.
"""

from __future__ import annotations

from typing import Any

try:  # Python 3.12 and later
    from _sha2 import sha256 as _sha256_builtin
except ImportError:  # pragma: no cover - depends on the Python version
    try:  # Python 3.11
        from _sha256 import sha256 as _sha256_builtin
    except ImportError:
        _sha256_builtin = None


def _hash(data: bytes) -> Any:  # the builtin's or hashlib's hash object
    if _sha256_builtin is not None:
        return _sha256_builtin(data)
    import hashlib

    return hashlib.sha256(data)


def sha256_digest(data: bytes) -> bytes:
    """SHA-256 of ``data``, as 32 bytes."""
    return bytes(_hash(data).digest())


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data``, as 64 hexadecimal digits."""
    return str(_hash(data).hexdigest())
