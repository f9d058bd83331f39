"""Item 10: the audit trail against someone who can open the database file but does not know
the owner PIN — each attack of the report, and that honest use raises no alarm."""

from __future__ import annotations

import json
import secrets
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from shopguard.core import workspace
from shopguard.core.store import access, audit, audit_head, audit_key, backup, pin_record, trail
from shopguard.core.store.audit import _digest
from tests.security.conftest import WallClock

PIN = "246813"


def codes(report: trail.TrailReport) -> set[str]:
    return {p.code for p in report.problems}


def with_pin(db: Database, pin: str = PIN) -> trail.TrailReport:
    return trail.verify_with_pin(db, pin, "owner")


@pytest.fixture
def shop(db_path: Path, wall: WallClock) -> Database:
    """Owner sets a PIN; staff then work (entries written without the PIN); head recorded."""
    db = workspace.connect(db_path)
    audit.append(db, "owner", "import.file", "sept.csv", None, {"rows": 10})
    access.set_owner_pin(db, PIN)
    for i in range(5):
        audit.append(db, "李娜", "case.step", f"case 1 step {i}", None, {"i": i})
    access.require_owner(db, PIN, "dismiss alert 3", "owner")  # owner enters the PIN: re-key
    for i in range(3):
        audit.append(db, "王芳", "alert.confirm", f"alert {i}", None, {"i": i})
    audit_head.record(db)
    return db


def attacker(db_path: Path) -> sqlite3.Connection:
    """The file opened with sqlite3 directly, as a staff member with file access would."""
    return sqlite3.connect(str(db_path), isolation_level=None)


def rechain(con: sqlite3.Connection, from_id: int) -> None:
    """Recompute the plain SHA-256 chain from `from_id` on (what the report did)."""
    prev = con.execute("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1",
                       (from_id,)).fetchone()
    prev_hash = prev[0] if prev else audit.GENESIS
    for row in con.execute("SELECT id, at, actor, action, subject, before, after FROM audit_log"
                           " WHERE id >= ? ORDER BY id", (from_id,)).fetchall():
        h = _digest(prev_hash, *row[1:])
        con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                    (prev_hash, h, row[0]))
        prev_hash = h


def test_honest_use_is_clean_and_every_entry_is_sealed(shop: Database) -> None:
    report = with_pin(shop)
    assert report.ok, report.problems
    # Staff entries (written without the PIN) are sealed and checked like the owner's.
    staff = shop.conn.execute("SELECT COUNT(*) FROM audit_log WHERE actor IN ('李娜', '王芳')"
                              " AND mac IS NOT NULL").fetchone()[0]
    assert staff == 8
    assert report.keyed == report.authenticated == report.entries - 1  # all but the first
    no_pin = trail.verify(shop)
    assert no_pin.ok and [n.code for n in no_pin.notes] == ["audit.not_authenticated"]


def test_deleting_the_pin_row_is_detected_without_the_pin(shop: Database,
                                                          db_path: Path) -> None:
    attacker(db_path).execute("DELETE FROM settings WHERE key = 'owner_pin'")
    assert not access.staff_mode(shop)
    assert "pin.removed" in codes(trail.verify(shop))


def test_an_audited_removal_is_not_a_problem(shop: Database) -> None:
    access.clear_owner_pin(shop, PIN)
    audit.append(shop, "李娜", "case.step", "later", None, None)  # no key any more
    assert trail.verify(shop).ok
    # The removed PIN still checks the entries written under it.
    report = with_pin(shop)
    assert report.ok and report.authenticated == report.keyed > 0


def test_a_forged_removal_is_caught(shop: Database, db_path: Path) -> None:
    """Using the key state in the file, an attacker appends a sealed 'owner_pin.clear' entry and
    deletes the PIN: without the removed record nobody can confirm it; with it, the old PIN
    shows the removal was not made with it."""
    rec = json.loads(shop.conn.execute("SELECT value FROM settings WHERE key='owner_pin'"
                                       ).fetchone()[0])
    forger = Database(attacker(db_path))
    audit.append(forger, "李娜", "owner_pin.clear", "owner_pin", None,
                 {"key_id": rec["key_id"], "proof": "0" * 64})
    forger.conn.execute("DELETE FROM settings WHERE key = 'owner_pin'")
    forger.conn.execute("DELETE FROM audit_key")
    assert "pin.removed_record" in codes(trail.verify(shop))
    forger.conn.execute("INSERT INTO owner_pin_history VALUES (?, ?, 'x')",
                        (rec["key_id"], json.dumps(rec)))
    assert trail.verify(shop).ok  # consistent on its face ...
    assert "pin.forged_change" in codes(with_pin(shop))  # ... but not made with the PIN


def test_a_pin_replaced_with_one_the_attacker_knows_is_detected(shop: Database,
                                                                db_path: Path) -> None:
    mine = pin_record.new_record("000000", secrets.token_bytes(32))
    attacker(db_path).execute("UPDATE settings SET value = ? WHERE key = 'owner_pin'",
                              (json.dumps(mine),))
    assert access.check_pin(shop, "000000")  # the attacker is "owner" now ...
    assert "pin.replaced" in codes(trail.verify(shop))  # ... and it shows


def test_deleting_the_newest_entries_is_detected(shop: Database, db_path: Path) -> None:
    con = attacker(db_path)
    con.execute("DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 3 FROM audit_log)")
    assert "audit.head_missing" in codes(trail.verify(shop))  # the head file beside it
    # Even with the head file gone too, the owner's key shows the log is short.
    audit_head.head_path(db_path).unlink()
    assert trail.verify(shop).ok
    assert "audit.truncated" in codes(with_pin(shop))


def test_deleting_all_entries_is_detected(shop: Database, db_path: Path) -> None:
    attacker(db_path).execute("DELETE FROM audit_log")
    found = codes(trail.verify(shop))
    assert {"audit.head_missing", "pin.replaced"} <= found


def test_the_newest_backup_records_the_head_too(shop: Database, db_path: Path) -> None:
    backup.backup_now(shop)
    con = attacker(db_path)
    con.execute("DELETE FROM audit_log WHERE id >= (SELECT MAX(id) - 1 FROM audit_log)")
    audit_head.head_path(db_path).unlink()
    problems = trail.verify(shop).problems
    assert [p.code for p in problems] == ["audit.head_missing"]
    assert "backup" in problems[0].en and "备份" in problems[0].zh


def test_an_edit_with_a_recomputed_chain_is_caught_by_the_seals(shop: Database,
                                                                 db_path: Path) -> None:
    con = attacker(db_path)
    target = con.execute("SELECT id FROM audit_log WHERE actor = '李娜' ORDER BY id LIMIT 1"
                         ).fetchone()[0]
    con.execute("UPDATE audit_log SET actor = 'owner' WHERE id = ?", (target,))
    rechain(con, target)
    assert audit.verify(shop) == []          # the plain chain is whole again
    report = with_pin(shop)                  # the owner's key is not fooled
    assert "audit.seal_wrong" in codes(report)
    assert report.problems[0].entry_id == target
    # Entering the PIN for any owner action records what it found, in the log itself.
    access.require_owner(shop, PIN, "change a limit", "owner")
    recorded = [e for e in audit.entries(shop) if e["action"] == "audit.problem"]
    assert len(recorded) == 1 and f"audit.seal_wrong:{target}" in recorded[0]["after"]["codes"]
    # It stays a problem for `audit --verify` and `check` until the owner acknowledges it.
    assert "audit.problem_recorded" in codes(trail.verify(shop))
    trail.acknowledge(shop, PIN)
    assert "audit.problem_recorded" not in codes(trail.verify(shop))


def test_a_copy_of_the_key_cannot_reseal_older_entries(shop: Database, db_path: Path) -> None:
    """The key stored in the file seals only entries still to come: an attacker who copies it
    can neither re-seal an edited older entry nor rebuild the keys behind it."""
    con = attacker(db_path)
    epoch, key_hex = con.execute("SELECT epoch, key FROM audit_key").fetchone()
    first = con.execute("SELECT MIN(id) FROM audit_log WHERE epoch = ?", (epoch,)).fetchone()[0]
    con.execute("UPDATE audit_log SET subject = 'alert 99' WHERE id = ?", (first,))
    rechain(con, first)
    key = bytes.fromhex(key_hex)
    for id_, h in con.execute("SELECT id, hash FROM audit_log WHERE id >= ? ORDER BY id",
                              (first,)).fetchall():
        con.execute("UPDATE audit_log SET mac = ? WHERE id = ?",
                    (audit_key.entry_mac(key, id_, h), id_))
        key = audit_key.next_key(key)
    con.execute("UPDATE audit_key SET key = ?", (key.hex(),))
    assert "audit.seal_wrong" in codes(with_pin(shop))


def test_stripping_the_seals_is_detected_without_the_pin(shop: Database, db_path: Path) -> None:
    attacker(db_path).execute("UPDATE audit_log SET epoch = NULL, mac = NULL"
                              " WHERE id > (SELECT MAX(id) - 2 FROM audit_log)")
    assert "audit.seal_missing" in codes(trail.verify(shop))


def test_cli_verify_names_each_problem(shop: Database, db_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from shopguard.cli import main

    shop.close()
    con = attacker(db_path)
    con.execute("DELETE FROM settings WHERE key = 'owner_pin'")
    con.execute("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")
    assert main(["--db", str(db_path), "audit", "--verify"]) == 1
    out = capsys.readouterr().out
    assert "the owner PIN was removed without the owner" in out
    assert "audit entries were removed or rewritten" in out
    assert "audit chain BROKEN: 2 problem(s)" in out
    assert main(["--db", str(db_path), "audit", "--verify", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert {p["code"] for p in data["problems"]} == {"pin.removed", "audit.head_missing"}
    # The head file was left as it was (the evidence), not moved back to the shorter log.
    assert main(["--db", str(db_path), "audit", "--verify"]) == 1


def test_cli_expect_head_from_a_report(shop: Database, db_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from shopguard.cli import main

    printed = audit.head(shop).short()  # what the month-end report shows
    shop.close()
    args = ["--db", str(db_path), "audit", "--verify", "--pin", PIN, "--expect-head", printed]
    assert main(args) == 0
    assert "audit chain intact" in capsys.readouterr().out
    con = attacker(db_path)
    con.execute("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")
    audit_head.head_path(db_path).unlink()
    assert main(["--db", str(db_path), "audit", "--verify", "--expect-head", printed]) == 1
    assert "the head you gave" in capsys.readouterr().out
