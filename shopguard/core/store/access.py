"""Owner PIN and staff mode.

Setting an owner PIN turns staff mode on: from then on, owner-only actions (changing limits
and settings, deleting data, dismissing alerts, closing a case as "not a duplicate") need the
PIN. Only a salted scrypt verifier is stored (`pin_record`), with the owner's audit key wrapped
by the PIN. Every PIN check goes through `verify_pin`: wrong PINs lock entry out for a growing
time (`lockout`), each attempt is audited, and a right PIN re-keys the audit trail and checks
it (docs/SECURITY.md).
"""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.store import audit, audit_key, lockout, pin_record
from shopguard.core.store.findings import Finding
from shopguard.core.store.lockout import Lockout
from shopguard.core.store.pin_record import MIN_PIN

PIN_KEY = "owner_pin"
PIN_ACTIONS = ("owner_pin.set", "owner_pin.change", "owner_pin.upgrade", "owner_pin.clear")

__all__ = ["MIN_PIN", "Lockout", "OwnerRequired", "PinCheck", "check_pin", "clear_owner_pin",
           "duration_text", "lock_text", "lockout_state", "masters_for", "pin_is_short",
           "require_owner", "set_owner_pin", "staff_mode", "verify_pin"]


def duration_text(seconds: int, lang: str = "en") -> str:
    """``45 s`` / ``4 min 10 s`` / ``1 h`` (``45 秒`` / ``4 分 10 秒`` / ``1 小时``)."""
    h, rest = divmod(max(0, int(seconds)), 3600)
    m, s = divmod(rest, 60)
    units = (" 小时", " 分", " 秒") if lang.startswith("zh") else (" h", " min", " s")
    parts = [f"{v}{u}" for v, u in zip((h, m, s), units, strict=True) if v]
    return " ".join(parts) or f"0{units[2]}"


def lock_text(lock: Lockout, lang: str = "en") -> str:
    """Plain words for a lock-out, with the wall-clock time it ends."""
    until = datetime.fromtimestamp(lock.until).strftime("%H:%M:%S")
    if lang.startswith("zh"):
        return (f"店主密码连续输错 {lock.failures} 次，密码输入已锁定，"
                f"请在 {duration_text(lock.seconds_left, lang)} 后（{until}）再试。")
    return (f"{lock.failures} wrong owner PINs in a row: PIN entry is locked; try again in"
            f" {duration_text(lock.seconds_left)} (at {until}).")


class OwnerRequired(PermissionError):
    """An owner-only action was attempted without the owner's PIN (or while entry is locked)."""

    def __init__(self, action: str, reason: str = "", lock: Lockout | None = None,
                 tries_left: int | None = None):
        """`reason`: missing | wrong | locked | damaged; without one, `action` is the whole
        message (a caller's own wording)."""
        self.action, self.reason, self.lock, self.tries_left = action, reason, lock, tries_left
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        zh = lang.startswith("zh")
        if not self.reason:
            return self.action
        if self.reason == "locked" and self.lock is not None:
            return f"{self.action}: {lock_text(self.lock, lang)}"
        if self.reason == "wrong":
            base = "店主密码不正确（员工模式已开启）" if zh else \
                "the owner PIN is wrong (staff mode is on)"
            if self.lock is not None:
                base += ("；" if zh else "; ") + lock_text(self.lock, lang)
            elif self.tries_left is not None:
                base += (f"；再错 {self.tries_left} 次将锁定 密码输入" if zh else
                         f"; {self.tries_left} more wrong PIN(s) lock PIN entry")
            return f"{self.action}: {base}"
        if self.reason == "damaged":
            return f"{self.action}: " + ("店主密码记录已损坏" if zh else
                                         "the owner PIN record is damaged")
        return f"{self.action}: " + ("需要店主密码（员工模式已开启）" if zh else
                                     "this needs the owner's PIN (staff mode is on)")


@dataclass
class PinCheck:
    ok: bool
    master: bytes | None = None       # the owner's audit key, when the PIN opened it
    lock: Lockout | None = None       # set when entry is (now) locked
    tries_left: int | None = None     # wrong PINs left before a lock-out
    short: bool = False               # the PIN is shorter than MIN_PIN: ask the owner to change it
    damaged: bool = False
    problems: list[Finding] = field(default_factory=list)  # audit trail problems found
    reason: str = ""                  # missing | wrong | locked | damaged | no_pin


def _stored(db: Database) -> dict[str, Any] | None:
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (PIN_KEY,)).fetchone()
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except (TypeError, ValueError):
        return None
    return value if pin_record.is_record(value) else None


def _write_record(db: Database, rec: dict[str, Any] | None) -> None:
    if rec is None:
        db.conn.execute("DELETE FROM settings WHERE key = ?", (PIN_KEY,))
    else:
        db.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key)"
                        " DO UPDATE SET value = excluded.value", (PIN_KEY, json.dumps(rec)))


def staff_mode(db: Database) -> bool:
    """True once an owner PIN is set."""
    return _stored(db) is not None


def pin_is_short(db: Database) -> bool:
    """True if the owner PIN is shorter than MIN_PIN (or from an older version, length unknown
    until it is next entered): the owner should change it."""
    rec = _stored(db)
    return rec is not None and (rec.get("v") != 2 or bool(rec.get("short")))


def lockout_state(db: Database) -> Lockout | None:
    """The PIN lock-out in force now, if any (read only)."""
    if not audit_key.has_tables(db):
        return None
    return lockout.current(db)


@contextlib.contextmanager
def _immediate(db: Database) -> Iterator[None]:
    """A write transaction taken at once, so two PIN checks never interleave."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def verify_pin(db: Database, pin: str | None, *, actor: str = "", action: str = "",
               rekey: bool = True) -> PinCheck:
    """The one door for the owner PIN: lock-out, counting, audit, key upgrade and re-keying.

    Must run outside any transaction: a wrong PIN is recorded even when the caller's work
    then fails. A right PIN clears the count; with `rekey` it then checks the audit trail with
    the owner's key (problems found are recorded as an `audit.problem` entry) and starts a
    new key run — in that order, so the run being closed is checked to its end first.
    """
    if db.conn.in_transaction:
        raise RuntimeError("verify_pin must run outside a transaction (its record of a wrong"
                           " PIN would be rolled back with the caller's work)")
    rec = _stored(db)
    who = actor or "staff"
    if rec is None:
        return PinCheck(False, reason="no_pin")
    with _immediate(db):
        lock = lockout.current(db)
        if lock is not None:
            audit.append(db, who, "access.locked", action,
                         None, {"seconds_left": lock.seconds_left, "pin_given": bool(pin)})
            return PinCheck(False, lock=lock, reason="locked")
        if not pin:
            audit.append(db, who, "access.denied", action, None, {"pin_given": False})
            return PinCheck(False, reason="missing")
        # Counted before the (slow) check, so that parallel guesses cannot all slip through.
        pending = lockout.record_failure(db)
    opened = pin_record.open_record(rec, pin)
    with _immediate(db):
        if not opened.ok:
            count = lockout.failures(db)
            audit.append(db, who, "access.denied", action, None,
                         {"pin_given": True, "failures": count})
            if pending is not None:
                audit.append(db, who, "access.lockout", action, None,
                             {"failures": count, "seconds": pending.seconds_left})
            left = max(0, lockout.FREE_TRIES + 1 - count) if pending is None else None
            return PinCheck(False, lock=pending, tries_left=left, reason="wrong")
        lockout.clear(db)
        if opened.damaged:
            audit.append(db, who, "access.denied", action, None, {"damaged": True})
            return PinCheck(False, damaged=True, reason="damaged")
        master = opened.master
        if master is None:  # a version-1 record: give it an audit key now
            master = secrets.token_bytes(32)
            _write_record(db, pin_record.new_record(pin, master))
            audit_key.start_epoch(db, master)
            audit.append(db, who, "owner_pin.upgrade", PIN_KEY, None,
                         {"key_id": audit_key.key_id(master), "short": len(pin) < MIN_PIN})
            rekey = False
    problems = _check_and_rekey(db, master, who) if rekey else []
    return PinCheck(True, master=master, short=len(pin) < MIN_PIN, problems=problems)


def _check_and_rekey(db: Database, master: bytes, actor: str) -> list[Finding]:
    """Check the whole trail with the owner's key, then start a new key run; new problems are
    recorded in the log itself (sealed in the new run)."""
    from shopguard.core.store import trail

    problems = trail.verify(db, {audit_key.key_id(master): master}).problems
    codes = sorted({f"{p.code}:{p.entry_id}" for p in problems})
    last = db.conn.execute("SELECT after FROM audit_log WHERE action = 'audit.problem'"
                           " ORDER BY id DESC LIMIT 1").fetchone()
    with _immediate(db):
        audit_key.start_epoch(db, master)
        if codes and (last is None or json.loads(last[0]).get("codes") != codes):
            audit.append(db, actor, "audit.problem", "audit_log", None,
                         {"codes": codes, "problems": [p.en for p in problems][:20]})
    return problems


def check_pin(db: Database, pin: str | None, actor: str = "") -> bool:
    """True if `pin` is the owner's (counted, audited and locked out like any PIN entry)."""
    return verify_pin(db, pin, actor=actor, action="check the owner PIN").ok


def require_owner(db: Database, pin: str | None, action: str, actor: str = "") -> PinCheck | None:
    """Raise OwnerRequired unless staff mode is off or `pin` is the owner's.

    `action` is the user's words for what was attempted ("close a case as not a duplicate");
    a refusal is recorded in the audit log with who tried.
    """
    if not staff_mode(db):
        return None
    result = verify_pin(db, pin, actor=actor, action=action)
    if not result.ok:
        raise OwnerRequired(action, result.reason, result.lock, result.tries_left)
    return result


def _last_pin_entry(db: Database) -> tuple[str, dict[str, Any]] | None:
    marks = ",".join("?" * len(PIN_ACTIONS))
    row = db.conn.execute(f"SELECT action, after FROM audit_log WHERE action IN ({marks})"
                          " ORDER BY id DESC LIMIT 1", PIN_ACTIONS).fetchone()
    if row is None:
        return None
    after = json.loads(row[1]) if row[1] else {}
    return str(row[0]), after if isinstance(after, dict) else {}


def set_owner_pin(db: Database, new_pin: str, *, current_pin: str | None = None,
                  actor: str = "owner") -> None:
    """Set (or change, with the current PIN) the owner PIN; turns staff mode on."""
    from shopguard.core.store.settings import SettingError

    changing = staff_mode(db)
    check = require_owner(db, current_pin, "change the owner PIN", actor) if changing else None
    pin = new_pin.strip()
    if len(pin) < MIN_PIN:
        raise SettingError(f"the PIN must have at least {MIN_PIN} digits or characters")
    master = check.master if check is not None and check.master else secrets.token_bytes(32)
    rec = pin_record.new_record(pin, master)
    with _immediate(db):
        _write_record(db, rec)
        if changing:
            audit.append(db, actor, "owner_pin.change", PIN_KEY, None,
                         {"key_id": rec["key_id"],
                          "proof": audit_key.proof(master, "owner_pin.change", audit.last_hash(db))})
        else:
            audit_key.start_epoch(db, master)
            audit.append(db, actor, "owner_pin.set", PIN_KEY, None, {"key_id": rec["key_id"]})


def clear_owner_pin(db: Database, pin: str | None, actor: str = "owner") -> None:
    """Turn staff mode off (needs the PIN). The record is kept aside, so the entries written
    under it can still be checked with this PIN; the audit trail is no longer keyed."""
    check = require_owner(db, pin, "turn staff mode off", actor)
    rec = _stored(db)
    if check is None or rec is None:
        return
    with _immediate(db):
        proof = audit_key.proof(check.master, "owner_pin.clear", audit.last_hash(db)) \
            if check.master else ""
        audit.append(db, actor, "owner_pin.clear", PIN_KEY, None,
                     {"key_id": rec.get("key_id", ""), "proof": proof})
        if rec.get("key_id"):
            db.conn.execute("INSERT OR REPLACE INTO owner_pin_history (key_id, record, retired_at)"
                            " VALUES (?, ?, ?)", (rec["key_id"], json.dumps(rec), clock.now_iso()))
        _write_record(db, None)
        audit_key.stop(db)


def masters_for(db: Database, pin: str | None, actor: str = "") -> tuple[dict[str, bytes], PinCheck]:
    """The owner audit keys `pin` opens (the current one, and those of PINs removed earlier that
    were the same PIN), for checking the trail; counted like any PIN entry."""
    found: dict[str, bytes] = {}
    result = PinCheck(False, reason="no_pin")
    if _stored(db) is not None:
        result = verify_pin(db, pin, actor=actor, action="check the audit log", rekey=False)
        if result.master is not None:
            found[audit_key.key_id(result.master)] = result.master
    if pin and audit_key.has_tables(db):
        for (record,) in db.conn.execute("SELECT record FROM owner_pin_history").fetchall():
            opened = pin_record.open_record(json.loads(record), pin)
            if opened.master is not None:
                found[audit_key.key_id(opened.master)] = opened.master
    return found, result


def pin_findings(db: Database) -> list[Finding]:
    """Structural checks that need no PIN: an owner PIN that vanished or was replaced outside
    ShopGuard (the audit log records every legitimate set, change and removal)."""
    rec = _stored(db)
    last = _last_pin_entry(db)
    if rec is None:
        if last is not None and last[0] != "owner_pin.clear":
            return [Finding("pin.removed",
                            "the owner PIN was removed without the owner: the audit log records"
                            " no removal, so staff mode was turned off outside ShopGuard",
                            "店主密码被删除，但审计记录中没有店主的移除操作：员工模式是在"
                            " ShopGuard 之外被关闭的")]
        kept = last[1].get("key_id") if last is not None else None
        if kept and audit_key.has_tables(db) and db.conn.execute(
                "SELECT 1 FROM owner_pin_history WHERE key_id = ?", (kept,)).fetchone() is None:
            return [Finding("pin.removed_record",
                            "staff mode was turned off, but the removed owner PIN's record is"
                            " missing, so nobody can confirm the owner did it",
                            "员工模式已关闭，但被移除的店主密码记录缺失，无法确认是店主本人操作")]
        return []
    if rec.get("v") != 2:
        return []  # from an older version: it gets its audit key when next entered
    if last is None or last[0] == "owner_pin.clear" or last[1].get("key_id") != rec.get("key_id"):
        return [Finding("pin.replaced",
                        "the owner PIN was set or replaced outside ShopGuard: the audit log does"
                        " not record this PIN being set",
                        "店主密码是在 ShopGuard 之外设置或替换的：审计记录中没有设置此密码的操作")]
    if not audit_key.current(db):
        return [Finding("audit.key_missing",
                        "staff mode is on but the audit key's state is missing: the newest"
                        " entries may have been removed",
                        "员工模式已开启，但审计密钥状态缺失：最新的记录可能已被删除")]
    return []
