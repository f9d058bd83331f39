"""Items 11 and 13: backup, restore (validated, current kept aside, newer schema refused),
daily rotating backups, a failed migration put back, files readable by the user only."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from shopguard.cli import main
from shopguard.core import workspace
from shopguard.core.store import DatabaseError, access, audit, backup, restore, settings, trail
from tests.conftest import DATA

PIN = "246813"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _state(db_path: Path) -> dict[str, object]:
    """What a restore must bring back: every row of the tables a shop cares about."""
    con = sqlite3.connect(str(db_path))
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("transactions", "imports", "settings", "alerts")}
    finally:
        con.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def shop(db_path: Path) -> Database:
    db = workspace.connect(db_path)
    workspace.import_file(db, DATA / "allinpay.csv")
    from shopguard.core.detection import run_scan

    run_scan(db)
    return db


def test_round_trip(shop: Database, db_path: Path, tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    before = _state(db_path)
    shop.close()
    out = tmp_path / "copies" / "sept.db"
    out.parent.mkdir()
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert f"backup written to {out}" in capsys.readouterr().out
    meta = backup.read_meta(out)
    assert meta is not None and meta.head is not None and meta.kind == "manual"
    # The shop then loses data: an import undone and a limit changed.
    assert main(["--db", str(db_path), "undo-import", "1"]) == 0
    assert main(["--db", str(db_path), "settings", "set", "per_txn_limit", "10"]) == 0
    assert _state(db_path) != before
    capsys.readouterr()
    assert main(["--db", str(db_path), "restore", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert _state(db_path) == before
    aside = Path(result["kept_aside"])
    assert aside.exists() and _state(aside) != before  # the lost state is kept, not thrown away
    db = workspace.connect(db_path)
    assert backup.META not in db.table_names()
    actions = [e["action"] for e in audit.entries(db)]
    assert actions[-1] == "backup.restore" and "import.undo" not in actions
    assert trail.verify(db).ok, trail.verify(db).problems
    db.close()
    assert main(["--db", str(db_path), "check"]) == 0, capsys.readouterr().out


def test_a_backup_is_consistent_while_another_connection_writes(shop: Database,
                                                                tmp_path: Path) -> None:
    other = workspace.connect(Path(shop.conn.execute("PRAGMA database_list").fetchone()[2]))
    other.conn.execute("BEGIN IMMEDIATE")
    other.conn.execute("UPDATE transactions SET description = 'half-written'")
    backup.copy_database(shop, tmp_path / "b.db")  # the writer has not committed
    other.conn.execute("ROLLBACK")
    other.close()
    con = sqlite3.connect(str(tmp_path / "b.db"))
    assert con.execute("SELECT COUNT(*) FROM transactions WHERE description = 'half-written'"
                       ).fetchone()[0] == 0
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # self-contained
    con.close()
    assert not list(tmp_path.glob("b.db-wal"))


def test_a_backup_carries_no_audit_key(shop: Database, tmp_path: Path) -> None:
    access.set_owner_pin(shop, PIN)
    assert shop.conn.execute("SELECT COUNT(*) FROM audit_key").fetchone()[0] == 1
    key = shop.conn.execute("SELECT key FROM audit_key").fetchone()[0]
    backup.make_backup(shop, tmp_path / "b.db")
    con = sqlite3.connect(str(tmp_path / "b.db"))
    assert con.execute("SELECT COUNT(*) FROM audit_key").fetchone()[0] == 0
    con.close()
    assert key.encode() not in (tmp_path / "b.db").read_bytes()  # not even in a free page


def test_staff_mode_restore_needs_the_pin_and_rekeys(shop: Database, db_path: Path,
                                                     tmp_path: Path) -> None:
    access.set_owner_pin(shop, PIN)
    audit.append(shop, "李娜", "case.step", "before the backup")
    backup.make_backup(shop, tmp_path / "b.db")
    shop.close()
    with pytest.raises(access.OwnerRequired):
        restore.restore(db_path, tmp_path / "b.db", workspace.MIGRATION_SETS, actor="李娜")
    result = restore.restore(db_path, tmp_path / "b.db", workspace.MIGRATION_SETS, pin=PIN)
    db = workspace.connect(db_path)
    audit.append(db, "李娜", "case.step", "after the restore")  # sealed in the new key run
    report = trail.verify_with_pin(db, PIN)
    assert report.ok, report.problems
    assert report.authenticated == report.keyed and report.keyed >= 3
    assert result.aside.exists()
    db.close()


def test_a_backup_made_under_another_pin_needs_that_pin(shop: Database, db_path: Path,
                                                        tmp_path: Path) -> None:
    access.set_owner_pin(shop, PIN)
    backup.make_backup(shop, tmp_path / "b.db")
    access.set_owner_pin(shop, "13572468", current_pin=PIN)
    shop.close()
    with pytest.raises(restore.RestoreError, match="--backup-pin"):
        restore.restore(db_path, tmp_path / "b.db", workspace.MIGRATION_SETS, pin="13572468")
    restore.restore(db_path, tmp_path / "b.db", workspace.MIGRATION_SETS, pin="13572468",
                    backup_pin=PIN)
    db = workspace.connect(db_path)
    assert access.check_pin(db, PIN)  # the restored database has the backup's PIN
    db.close()


def test_restore_refuses_what_it_cannot_trust(shop: Database, db_path: Path,
                                              tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    before = _state(db_path)
    shop.close()
    not_db = tmp_path / "notes.db"
    not_db.write_text("hello " * 1000, encoding="utf-8")
    other = tmp_path / "other.db"
    sqlite3.connect(str(other)).execute("CREATE TABLE x (a)").connection.commit()
    damaged = tmp_path / "damaged.db"
    backup.make_backup(workspace.connect(db_path), damaged)
    con = sqlite3.connect(str(damaged))
    root, page = con.execute("SELECT rootpage, (SELECT page_size FROM pragma_page_size)"
                             " FROM sqlite_master WHERE name = 'idx_transactions_occurred'"
                             ).fetchone()
    con.close()
    raw = bytearray(damaged.read_bytes())
    raw[(root - 1) * page: (root - 1) * page + 12] = b"\x07" * 12  # an index page's header
    damaged.write_bytes(bytes(raw))
    newer = tmp_path / "newer.db"
    backup.make_backup(workspace.connect(db_path), newer)
    con = sqlite3.connect(str(newer))
    con.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                " VALUES ('shopguard.core', 'm999_from_the_future', '2030-01-01')")
    con.commit()
    con.close()
    for path, words in ((not_db, "not a ShopGuard backup"), (other, "not a ShopGuard database"),
                        (damaged, "damaged"), (newer, "newer version of ShopGuard")):
        assert main(["--db", str(db_path), "restore", str(path)]) == 1
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err, err
    assert _state(db_path) == before
    assert not list(db_path.parent.glob("*.before-restore-*"))  # refused before anything


def test_restore_across_page_sizes(tmp_path: Path) -> None:
    """A database from before 16 KiB pages restores into a new one (and the other way)."""
    old = tmp_path / "old.db"
    con = sqlite3.connect(str(old))
    con.execute("PRAGMA page_size = 4096")
    con.close()
    db = workspace.connect(old)
    workspace.import_file(db, DATA / "sumup.csv")
    backup.make_backup(db, tmp_path / "old-backup.db")
    db.close()
    new = tmp_path / "new.db"
    workspace.connect(new).close()
    restore.restore(new, tmp_path / "old-backup.db", workspace.MIGRATION_SETS)
    assert _state(new)["transactions"] == _state(old)["transactions"]


def test_daily_backups_rotate(shop: Database, db_path: Path) -> None:
    settings.set_value(shop, "backup_keep", "3")
    day = datetime(2026, 9, 1, 9, 0)
    made = [backup.auto_backup(shop, now=day + timedelta(days=i)) for i in range(5)]
    assert all(made)
    assert backup.auto_backup(shop, now=day + timedelta(days=4, hours=3)) is None  # once a day
    kept = backup.auto_backups(db_path.parent / "backups", db_path.stem)
    assert [p.name for p in kept] == [p.name for p in made[-3:]]  # type: ignore[union-attr]
    assert backup.last_backup(shop)["path"] == str(made[-1])  # type: ignore[index]
    (db_path.parent / "backups" / "notes.txt").write_text("mine", encoding="utf-8")
    backup.prune(db_path.parent / "backups", db_path.stem, 1)
    assert (db_path.parent / "backups" / "notes.txt").exists()  # never someone else's file


def test_backup_folder_setting(shop: Database, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    settings.set_value(shop, "backup_dir", str(usb))
    path, _meta = backup.backup_now(shop)
    assert path.parent == usb


def test_backup_to_a_missing_folder_says_so(shop: Database, db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    shop.close()
    out = tmp_path / "nowhere" / "b.db"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "does not exist; nothing was written" in err and not out.exists()


@posix_only
def test_files_are_readable_by_the_user_only(shop: Database, db_path: Path,
                                             tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh" / "shop.db"
        db = workspace.connect(fresh)
        audit.append(db, "owner", "x")
        assert _mode(fresh) == 0o600
        assert _mode(fresh.with_name("shop.db-wal")) == 0o600
        path, _ = backup.backup_now(db)
        assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
        assert _mode(fresh.with_name("shop.db.audit-head")) == 0o600
        db.close()
    finally:
        os.umask(old)


def test_a_failed_migration_puts_the_database_back(shop: Database, db_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    before = _state(db_path)
    shop.close()
    broken = Migrations("shopguard.test_broken")

    @broken()
    def m001_changes_rows(db) -> None:  # type: ignore[no-untyped-def]
        db.execute("UPDATE transactions SET amount_minor = 0")

    @broken()
    def m002_fails(db) -> None:  # type: ignore[no-untyped-def]
        db.execute("DELETE FROM imports")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(workspace, "MIGRATION_SETS", [*workspace.MIGRATION_SETS, broken])
    with pytest.raises(DatabaseError, match="put back as it was before"):
        workspace.connect(db_path)
    assert _state(db_path) == before
    con = sqlite3.connect(str(db_path))
    assert con.execute("SELECT COUNT(*) FROM _sqlite_migrations WHERE migration_set ="
                       " 'shopguard.test_broken'").fetchone()[0] == 0
    con.close()
