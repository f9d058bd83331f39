"""Opening the ShopGuard database: WAL, foreign keys, migrations with a backup first."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

NEW_DATABASE_PAGE_SIZE = 16384


class DatabaseError(RuntimeError):
    """The database file cannot be opened or upgraded; the message is for the user."""


def connect(path: Path | str, migration_sets: Sequence[Migrations]) -> Database:
    """Open (creating if needed) and migrate the database at `path` with `migration_sets`.

    Use `shopguard.core.workspace.connect`, which passes every package's migrations.

    The connection is in driver autocommit mode (``isolation_level=None``): every write
    that must be atomic runs inside ``db.atomic()``; nothing is left half-open.
    `check_same_thread=False` lets a background worker use a connection it was handed, but
    ShopGuard never uses one connection from two threads at once.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if str(path) != ":memory:" and not path.exists():
        _create_private(path)
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 5000")
        if not existed:
            # Must precede the first write. 16 KiB pages make bulk imports ~12 % faster
            # (inserts, index builds, checkpoint: docs/BENCHMARKS.md); older files keep 4 KiB.
            conn.execute(f"PRAGMA page_size = {NEW_DATABASE_PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn, execute_plugins=False)
        pending = [m for s in migration_sets for m in s.pending(db)]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: not a ShopGuard database ({exc})") from exc
    if pending:
        copy = backup_before_migration(db, path) if existed and _has_user_tables(db) else None
        try:
            for migrations in migration_sets:
                migrations.apply(db)
        except Exception as exc:
            if copy is None:
                raise
            put_back(db, copy)
            db.close()
            raise DatabaseError(
                f"{path}: upgrading the database failed ({exc.__class__.__name__}: {exc}); it was"
                f" put back as it was before (a copy is kept at {copy})") from exc
        if copy is not None:
            forget_audit_key(copy)
    return db


def forget_audit_key(copy: Path) -> None:
    """A copy kept beside the database must not hold the audit trail's current key (whoever
    reads it could seal entries written later; docs/SECURITY.md)."""
    conn = sqlite3.connect(str(copy), isolation_level=None)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_key'").fetchone():
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("DELETE FROM audit_key")
    except sqlite3.Error:
        pass  # the copy stays usable; only the hardening is missed
    finally:
        conn.close()


def _create_private(path: Path) -> None:
    """Create the database file readable and writable by the user only (POSIX); SQLite gives
    its -wal and -shm files the same permissions. On Windows the user data folder's ACL
    applies."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def put_back(db: Database, copy: Path) -> None:
    """Overwrite the open database with `copy` in one write transaction (SQLite backup API)."""
    src = sqlite3.connect(str(copy))
    try:
        src.backup(db.conn)
    finally:
        src.close()


def _has_user_tables(db: Database) -> bool:
    return any(not name.startswith("_") for name in db.table_names())


def backup_before_migration(db: Database, path: Path) -> Path:
    """Copy the database (consistently, with SQLite's backup API) before changing its schema."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    _create_private(target)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def pending_migrations(db: Database, migration_sets: Sequence[Migrations]) -> list[str]:
    return [m.name for s in migration_sets for m in s.pending(db)]


__all__ = ["Database", "DatabaseError", "Migrations", "connect", "pending_migrations"]
