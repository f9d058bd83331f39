"""Owner PIN (salted hash only) and staff mode refusing owner-only actions."""

from __future__ import annotations

import json

import pytest
from sqlite_utils import Database

from shopguard.core.procedures import cases
from shopguard.core.store import access, audit, settings


def test_without_a_pin_everyone_is_the_owner(db: Database) -> None:
    assert not access.staff_mode(db)
    access.require_owner(db, None, "change a limit")


def test_the_pin_is_stored_only_as_a_salted_hash(db: Database) -> None:
    access.set_owner_pin(db, "246813")
    raw = db.conn.execute("SELECT value FROM settings WHERE key = 'owner_pin'").fetchone()[0]
    assert "246813" not in raw
    rec = json.loads(raw)
    assert rec["algo"] == "scrypt" and len(bytes.fromhex(rec["salt"])) == 16
    assert access.check_pin(db, "246813") and not access.check_pin(db, "135724")
    # Two shops with the same PIN get different hashes (salted).
    access.set_owner_pin(db, "246813", current_pin="246813")
    assert json.loads(db.conn.execute(
        "SELECT value FROM settings WHERE key = 'owner_pin'").fetchone()[0])["hash"] != rec["hash"]
    assert "246813" not in json.dumps(audit.entries(db), ensure_ascii=False)


def test_changing_the_pin_needs_the_current_one(db: Database) -> None:
    access.set_owner_pin(db, "246813")
    with pytest.raises(access.OwnerRequired):
        access.set_owner_pin(db, "1111")
    with pytest.raises(settings.SettingError, match="at least 6"):
        access.set_owner_pin(db, "12", current_pin="246813")


def test_staff_mode_refuses_closing_as_not_duplicate(db: Database,
                                                     duplicate: list[int]) -> None:
    access.set_owner_pin(db, "246813")
    case = cases.open_case(db, duplicate, actor="李娜")
    with pytest.raises(access.OwnerRequired, match="needs the owner's PIN"):
        cases.close(db, case.id, "not_duplicate", "李娜")
    with pytest.raises(access.OwnerRequired, match="PIN is wrong"):
        cases.close(db, case.id, "not_duplicate", "李娜", pin="0000")
    assert cases.get_case(db, case.id).status == "open"
    denied = [e for e in audit.entries(db) if e["action"] == "access.denied"]
    assert [e["actor"] for e in denied] == ["李娜", "李娜"]
    # A staff member may still close a void/refund case, and the owner may close as not_duplicate.
    closed = cases.close(db, case.id, "not_duplicate", "owner", pin="246813", note="two coffees")
    assert closed.outcome == "not_duplicate"


def test_staff_may_follow_a_void_procedure(db: Database, duplicate: list[int]) -> None:
    access.set_owner_pin(db, "246813")
    case = cases.open_case(db, duplicate, actor="李娜")
    case = cases.tick_step(db, case.id, "find_slip", "李娜")
    assert "find_slip" in case.steps_done


def test_clearing_the_pin_needs_it(db: Database) -> None:
    access.set_owner_pin(db, "246813")
    with pytest.raises(access.OwnerRequired):
        access.clear_owner_pin(db, "0000")
    access.clear_owner_pin(db, "246813")
    assert not access.staff_mode(db)
