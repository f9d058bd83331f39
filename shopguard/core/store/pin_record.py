"""The stored form of the owner PIN: a salted scrypt verifier and the wrapped audit key.

One scrypt run gives 64 bytes: the first half is compared with the stored verifier, the second
half unwraps (XOR) the owner's random audit key. The cost parameters are stored with each
record, so records made with older parameters still open; `CURRENT` was measured on the
reference machine at ~0.25 s a guess (bench/bench_pin_cost.py, docs/SECURITY.md).
Version-1 records (before the audit key existed) hold a 32-byte verifier only.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from shopguard.core.store.audit_key import key_id

# 32 MiB of memory and ~0.24 s per guess on the reference machine (2 cores, 2026).
CURRENT: dict[str, int] = {"n": 2**15, "r": 8, "p": 2}
LEGACY: dict[str, int] = {"n": 2**14, "r": 8, "p": 1}
MIN_PIN = 6
_MAXMEM = 256 * 1024 * 1024


def derive(pin: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    # scrypt needs ~128·n·r bytes; OpenSSL's default ceiling (32 MiB) is too tight for CURRENT.
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen,
                          maxmem=_MAXMEM)


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def new_record(pin: str, master: bytes, params: dict[str, int] | None = None) -> dict[str, Any]:
    """A version-2 record for `pin` wrapping `master` (the owner's audit key)."""
    params = params or CURRENT
    salt = secrets.token_bytes(16)
    out = derive(pin, salt, dklen=64, **params)
    return {"algo": "scrypt", "v": 2, **params, "salt": salt.hex(), "hash": out[:32].hex(),
            "wrapped_key": _xor(master, out[32:]).hex(), "key_id": key_id(master),
            "short": len(pin) < MIN_PIN}


@dataclass(frozen=True)
class Opened:
    ok: bool                     # the PIN is right
    master: bytes | None = None  # the audit key (None for a version-1 record)
    damaged: bool = False        # right PIN, but the wrapped key does not match its id


def is_record(value: Any) -> bool:
    return isinstance(value, dict) and bool(value.get("hash")) and bool(value.get("salt"))


def open_record(rec: dict[str, Any], pin: str) -> Opened:
    """Check `pin` against `rec` (one scrypt run) and unwrap the audit key it holds."""
    params = {k: int(rec.get(k, LEGACY[k])) for k in ("n", "r", "p")}
    salt = bytes.fromhex(rec["salt"])
    if rec.get("v") != 2:
        got = derive(pin, salt, dklen=32, **params)
        return Opened(hmac.compare_digest(got.hex(), str(rec["hash"])))
    out = derive(pin, salt, dklen=64, **params)
    if not hmac.compare_digest(out[:32].hex(), str(rec["hash"])):
        return Opened(False)
    try:
        master = _xor(bytes.fromhex(rec["wrapped_key"]), out[32:])
    except (KeyError, ValueError):
        return Opened(True, None, damaged=True)
    if key_id(master) != rec.get("key_id"):
        return Opened(True, None, damaged=True)
    return Opened(True, master)

