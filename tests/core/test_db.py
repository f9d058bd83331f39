from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from shopguard.core import workspace
from shopguard.core.store import audit
from shopguard.core.store.database import DatabaseError
from shopguard.core.workspace import connect


def test_fresh_database_is_wal_with_foreign_keys(db_path: Path) -> None:
    db = connect(db_path)
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"imports", "transactions", "settings", "audit_log"} <= set(db.table_names())
    db.close()
    assert list(db_path.parent.glob("*.backup-*")) == []  # nothing to back up on creation


def test_database_is_backed_up_before_a_migration(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = connect(db_path)
    audit.append(db, "owner", "test.marker", "before-migration")
    db.close()
    extra = Migrations("shopguard.test")

    @extra()
    def m001_add_table(db) -> None:  # type: ignore[no-untyped-def]
        db.execute("CREATE TABLE later_feature (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(workspace, "MIGRATION_SETS", [*workspace.MIGRATION_SETS, extra])
    db = connect(db_path)
    assert "later_feature" in db.table_names()
    db.close()
    backups = list(db_path.parent.glob("shop.backup-*.db"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT subject FROM audit_log").fetchone()[0] == "before-migration"
    assert "later_feature" not in {r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()


def test_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite " * 100, encoding="utf-8")
    with pytest.raises(DatabaseError):
        connect(bogus)


def test_audit_chain_detects_tampering(db) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):
        audit.append(db, "owner", "test.step", f"s{i}", None, {"n": i})
    assert audit.verify(db) == []
    db.conn.execute("UPDATE audit_log SET after = '{\"n\": 99}' WHERE id = 2")
    problems = audit.verify(db)
    assert [p.entry_id for p in problems] == [2]


def test_new_databases_get_large_pages_and_old_ones_keep_theirs(tmp_path: Path) -> None:
    from shopguard.core.store.database import NEW_DATABASE_PAGE_SIZE

    fresh = connect(tmp_path / "fresh.db")
    assert fresh.conn.execute("PRAGMA page_size").fetchone()[0] == NEW_DATABASE_PAGE_SIZE
    assert fresh.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    fresh.close()
    old_path = tmp_path / "old.db"
    old = sqlite3.connect(old_path)
    old.execute("CREATE TABLE _placeholder (x)")
    old.close()
    reopened = connect(old_path)
    assert reopened.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert "transactions" in reopened.table_names()
