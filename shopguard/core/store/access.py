"""Owner PIN and staff mode.

Setting an owner PIN turns staff mode on: from then on, owner-only actions (changing limits
and settings, deleting data, dismissing alerts, closing a case as "not a duplicate") need the
PIN. Only a salted scrypt hash is stored (``settings.store_private``), never the PIN.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from sqlite_utils import Database

from shopguard.core.store import audit, settings

_N, _R, _P = 2**14, 8, 1
MIN_PIN = 4


class OwnerRequired(PermissionError):
    """An owner-only action was attempted without the owner's PIN.

    `action` and `pin_given` let a user interface say it in its own language."""

    def __init__(self, message: str, *, action: str = "", pin_given: bool = False) -> None:
        super().__init__(message)
        self.action = action
        self.pin_given = pin_given


def _hash(pin: str, salt: bytes, n: int = _N, r: int = _R, p: int = _P) -> str:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32).hex()


def _stored(db: Database) -> dict[str, Any] | None:
    value = settings.get_private(db, "owner_pin")
    return value if isinstance(value, dict) and value.get("hash") else None


def staff_mode(db: Database) -> bool:
    """True once an owner PIN is set."""
    return _stored(db) is not None


def check_pin(db: Database, pin: str | None) -> bool:
    rec = _stored(db)
    if rec is None or not pin:
        return False
    got = _hash(pin, bytes.fromhex(rec["salt"]), rec.get("n", _N), rec.get("r", _R),
                rec.get("p", _P))
    return hmac.compare_digest(got, rec["hash"])


def set_owner_pin(db: Database, new_pin: str, *, current_pin: str | None = None,
                  actor: str = "owner") -> None:
    """Set (or change, with the current PIN) the owner PIN; turns staff mode on."""
    if staff_mode(db) and not check_pin(db, current_pin):
        raise OwnerRequired("changing the owner PIN needs the current PIN",
                            action="change the owner PIN", pin_given=bool(current_pin))
    pin = new_pin.strip()
    if len(pin) < MIN_PIN:
        raise settings.SettingError(f"the PIN must have at least {MIN_PIN} characters")
    salt = secrets.token_bytes(16)
    settings.store_private(db, "owner_pin", {"algo": "scrypt", "n": _N, "r": _R, "p": _P,
                                             "salt": salt.hex(), "hash": _hash(pin, salt)},
                           actor=actor)


def clear_owner_pin(db: Database, pin: str | None, actor: str = "owner") -> None:
    """Turn staff mode off (needs the PIN)."""
    require_owner(db, pin, "turn staff mode off", actor)
    settings.store_private(db, "owner_pin", None, actor=actor)


def require_owner(db: Database, pin: str | None, action: str, actor: str = "") -> None:
    """Raise OwnerRequired unless staff mode is off or `pin` is the owner's.

    `action` is the user's words for what was attempted ("close a case as not a duplicate");
    a refusal is recorded in the audit log with who tried.
    """
    if not staff_mode(db) or check_pin(db, pin):
        return
    with db.atomic():
        audit.append(db, actor or "staff", "access.denied", action, None,
                     {"pin_given": bool(pin)})
    reason = "the owner PIN is wrong" if pin else "this needs the owner's PIN"
    raise OwnerRequired(f"{action}: {reason} (staff mode is on)", action=action,
                        pin_given=bool(pin))
