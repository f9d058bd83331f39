"""Item 9: wrong owner PINs lock entry out for a growing time, across restarts, audited;
new PINs have at least 6 digits; older records (4 digits, cheaper scrypt) still open."""

from __future__ import annotations

import hashlib
import itertools
import json
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from shopguard.core import workspace
from shopguard.core.store import access, audit, lockout, pin_record
from shopguard.core.store.settings import SettingError
from tests.security.conftest import SHIPPED_COST, WallClock

PIN = "246813"


def _actions(db) -> list[str]:  # type: ignore[no-untyped-def]
    return [e["action"] for e in audit.entries(db)]


def test_lockout_schedule_grows_and_caps() -> None:
    delays = [lockout.delay_after(n) for n in range(1, 13)]
    assert delays[:2] == [0, 0]                     # two typing slips are free
    assert delays[2:6] == [30, 60, 120, 240]        # then it doubles
    assert max(delays) == lockout.MAX_DELAY == 3600 and delays[-1] == 3600
    assert all(a <= b for a, b in itertools.pairwise(delays))


def test_wrong_pins_lock_entry_even_for_the_right_pin(db_path: Path, wall: WallClock) -> None:
    db = workspace.connect(db_path)
    access.set_owner_pin(db, PIN)
    for _ in range(2):
        with pytest.raises(access.OwnerRequired, match="PIN is wrong"):
            access.require_owner(db, "000000", "change a limit", "李娜")
    with pytest.raises(access.OwnerRequired, match="locked; try again in 30 s") as info:
        access.require_owner(db, "111111", "change a limit", "李娜")
    assert info.value.lock is not None and info.value.lock.failures == 3
    # The right PIN is refused while locked, without being checked.
    with pytest.raises(access.OwnerRequired, match="locked") as info:
        access.require_owner(db, PIN, "change a limit", "owner")
    assert "锁定" in info.value.text("zh_CN")
    db.close()

    # A restart (a new process, a new connection) keeps the lock: it lives in the database.
    db = workspace.connect(db_path)
    wall.advance(29)
    assert access.lockout_state(db) is not None
    assert not access.check_pin(db, PIN)
    wall.advance(2)
    assert access.lockout_state(db) is None
    # The next wrong PIN doubles the wait; the right one then clears the count.
    with pytest.raises(access.OwnerRequired, match="try again in 1 min"):
        access.require_owner(db, "222222", "change a limit", "李娜")
    wall.advance(61)
    assert access.check_pin(db, PIN)
    assert lockout.failures(db) == 0
    actions = _actions(db)
    assert actions.count("access.denied") == 4
    assert actions.count("access.lockout") == 2
    assert actions.count("access.locked") == 2
    denied = [e for e in audit.entries(db) if e["action"] == "access.denied"]
    assert [e["actor"] for e in denied[:3]] == ["李娜"] * 3
    db.close()


def test_a_clock_turned_back_keeps_the_lock(db: object, wall: WallClock) -> None:
    access.set_owner_pin(db, PIN)  # type: ignore[arg-type]
    for _ in range(3):
        access.check_pin(db, "000000")  # type: ignore[arg-type]
    wall.advance(-24 * 3600)  # someone sets the computer's clock a day back
    assert access.lockout_state(db) is not None  # type: ignore[arg-type]
    assert not access.check_pin(db, PIN)  # type: ignore[arg-type]


def test_now_option_cannot_skip_the_lock(db_path: Path) -> None:
    """The CLI's --now fixes the audit clock, never the lock-out's."""
    db = workspace.connect(db_path)
    access.set_owner_pin(db, PIN)
    db.close()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "shopguard", "--db", str(db_path), *args],
                              capture_output=True, text=True, timeout=120)

    for _ in range(3):
        assert cli("settings", "set", "per_txn_limit", "10", "--pin", "999999").returncode == 1
    done = cli("--now", "2099-01-01T00:00", "settings", "set", "per_txn_limit", "10",
               "--pin", PIN)
    assert done.returncode == 1 and "locked" in done.stderr
    db = workspace.connect(db_path)
    assert db.conn.execute("SELECT value FROM settings WHERE key = 'per_txn_limit'"
                           ).fetchone() is None
    db.close()


def test_pin_check_must_not_run_inside_a_transaction(db: object) -> None:
    """A wrong PIN must stay counted even when the caller's work is rolled back."""
    access.set_owner_pin(db, PIN)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="outside a transaction"), \
            db.atomic():  # type: ignore[attr-defined]
        access.check_pin(db, "000000")  # type: ignore[arg-type]


def test_new_pins_need_six_digits(db: object) -> None:
    with pytest.raises(SettingError, match="at least 6"):
        access.set_owner_pin(db, "12345")  # type: ignore[arg-type]
    assert not access.staff_mode(db)  # type: ignore[arg-type]
    access.set_owner_pin(db, "123456")  # type: ignore[arg-type]
    assert access.staff_mode(db) and not access.pin_is_short(db)  # type: ignore[arg-type]


def test_a_four_digit_pin_from_an_older_version_still_works(db: object) -> None:
    """A version-1 record (cost n=2^14, 32-byte hash, no audit key) still opens; the first
    right entry upgrades it (stored parameters, audit key) and the UI keeps asking to change."""
    salt = secrets.token_bytes(16)
    old = {"algo": "scrypt", "n": 2**14, "r": 8, "p": 1, "salt": salt.hex(),
           "hash": hashlib.scrypt(b"2468", salt=salt, n=2**14, r=8, p=1, dklen=32).hex()}
    db.conn.execute("INSERT INTO settings (key, value) VALUES ('owner_pin', ?)",  # type: ignore[attr-defined]
                    (json.dumps(old),))
    assert access.staff_mode(db) and access.pin_is_short(db)  # type: ignore[arg-type]
    assert not access.check_pin(db, "1357")  # type: ignore[arg-type]
    assert access.check_pin(db, "2468")  # type: ignore[arg-type]
    rec = json.loads(db.conn.execute(  # type: ignore[attr-defined]
        "SELECT value FROM settings WHERE key = 'owner_pin'").fetchone()[0])
    assert rec["v"] == 2 and rec["short"] is True and rec["n"] == pin_record.CURRENT["n"]
    assert access.pin_is_short(db)  # type: ignore[arg-type]
    assert "owner_pin.upgrade" in _actions(db)
    assert access.check_pin(db, "2468")  # type: ignore[arg-type]
    access.set_owner_pin(db, "24681357", current_pin="2468")  # type: ignore[arg-type]
    assert not access.pin_is_short(db)  # type: ignore[arg-type]


def test_records_keep_their_cost_parameters(monkeypatch: pytest.MonkeyPatch, db: object) -> None:
    """A record made at one cost still opens after the cost is raised."""
    access.set_owner_pin(db, PIN)  # type: ignore[arg-type]
    monkeypatch.setattr(pin_record, "CURRENT", {"n": 2**11, "r": 8, "p": 1})
    assert access.check_pin(db, PIN)  # type: ignore[arg-type]
    rec = json.loads(db.conn.execute(  # type: ignore[attr-defined]
        "SELECT value FROM settings WHERE key = 'owner_pin'").fetchone()[0])
    assert (rec["n"], rec["r"], rec["p"]) == (2**10, 8, 1)


def test_the_shipped_cost_is_the_measured_one() -> None:
    """The cost bench/bench_pin_cost.py measured at ~0.25 s a guess (not timed here)."""
    assert SHIPPED_COST == {"n": 2**15, "r": 8, "p": 2}
    rec = pin_record.new_record("123456", b"k" * 32, SHIPPED_COST)
    assert (rec["n"], rec["r"], rec["p"]) == (2**15, 8, 2)
    assert pin_record.open_record(rec, "123456").master == b"k" * 32
    assert not pin_record.open_record(rec, "654321").ok
