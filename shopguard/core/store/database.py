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

from shopguard.core.store.failures import (
    DamagedDatabase,
    DatabaseError,
    NewerDatabase,
    NoDatabase,
    ReadOnlyDatabase,
    explain,
)
from shopguard.core.store.locking import BUSY_TIMEOUT_MS, ShopDatabase

NEW_DATABASE_PAGE_SIZE = 16384


def connect(path: Path | str, migration_sets: Sequence[Migrations], *,
            create: bool = True) -> ShopDatabase:
    """Open and migrate the database at `path` with `migration_sets`.

    Use `shopguard.core.workspace.connect`, which passes every package's migrations.
    A missing file is created (with its folder) only when `create` is true; otherwise
    NoDatabase says so. A database made by a newer ShopGuard (migrations this version does
    not know) is refused with NewerDatabase before anything is written. Problems with the
    file (full disk, read-only, damaged, locked) raise a plain DatabaseError subclass.

    The connection is in driver autocommit mode (``isolation_level=None``): every write
    that must be atomic runs inside ``db.atomic()`` — a BEGIN IMMEDIATE transaction that
    waits for other writers (`store.locking`); nothing is left half-open.
    `check_same_thread=False` lets a background worker use a connection it was handed, but
    ShopGuard never uses one connection from two threads at once.
    """
    path = Path(path)
    memory = str(path) == ":memory:"
    existed = not memory and path.exists() and path.stat().st_size > 0
    if not memory and not path.exists():
        if not create:
            raise _no_database(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_private(path)
        except OSError as exc:
            raise ReadOnlyDatabase(f"{path}: cannot create it ({exc.strerror or exc})",
                                   f"{path}：无法创建（{exc.strerror or exc}）") from None
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not existed:
            # Must precede the first write. 16 KiB pages make bulk imports ~12 % faster
            # (inserts, index builds, checkpoint: docs/BENCHMARKS.md); older files keep 4 KiB.
            conn.execute(f"PRAGMA page_size = {NEW_DATABASE_PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = ShopDatabase(conn, execute_plugins=False)
        db.path = str(path)
        unknown = unknown_migrations(db, migration_sets)
        pending = [m for s in migration_sets for m in s.pending(db)]
    except sqlite3.DatabaseError as exc:
        if "conn" in locals():
            conn.close()
        plain = explain(exc, path)
        raise (plain or DamagedDatabase(f"{path}: not a ShopGuard database ({exc})",
                                        f"{path}：不是 ShopGuard 数据库（{exc}）")) from exc
    if unknown:
        db.close()
        raise NewerDatabase(
            f"{path} was written by a newer version of ShopGuard (it has schema changes this"
            f" version does not know: {', '.join(unknown[:5])}). Nothing was changed: open it"
            " with the newer ShopGuard, or update this one.",
            f"{path} 由更新版本的 ShopGuard 写入（含本版本不认识的结构变更：{', '.join(unknown[:5])}）。"
            "未做任何更改：请用较新版本的 ShopGuard 打开，或更新本程序。")
    if pending:
        copy = backup_before_migration(db, path) if existed and _has_user_tables(db) else None
        try:
            for migrations in migration_sets:
                migrations.apply(db)
        except Exception as exc:
            if copy is not None:
                put_back(db, copy)
            db.close()
            plain = explain(exc, path) if isinstance(exc, sqlite3.Error) else None
            if plain is not None and copy is None:
                raise plain from exc
            kept = (f"; it was put back as it was before (a copy is kept at {copy})"
                    if copy is not None else "")
            kept_zh = f"；已恢复为升级前的状态（副本保存在 {copy}）" if copy is not None else ""
            raise DatabaseError(
                f"{path}: upgrading the database failed ({exc.__class__.__name__}: {exc}){kept}",
                f"{path}：数据库升级失败（{exc.__class__.__name__}：{exc}）{kept_zh}") from exc
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



def _no_database(path: Path) -> NoDatabase:
    if not path.parent.exists():
        return NoDatabase(
            f"no ShopGuard database at {path}: the folder {path.parent} does not exist"
            " (check the path; to start a new database there, add --create)",
            f"{path} 处没有 ShopGuard 数据库：文件夹 {path.parent} 不存在（请检查路径；"
            "如要在此新建数据库，请加 --create）")
    return NoDatabase(
        f"no ShopGuard database at {path} (check the path; to start a new database there,"
        " add --create)",
        f"{path} 处没有 ShopGuard 数据库（请检查路径；如要在此新建数据库，请加 --create）")


def unknown_migrations(db: Database, migration_sets: Sequence[Migrations]) -> list[str]:
    """Migrations recorded in `db` that none of `migration_sets` knows: a newer ShopGuard's."""
    table = Migrations.migrations_table
    if not db[table].exists():
        return []
    known = {(s.name, m.name) for s in migration_sets for m in s._migrations}
    rows = db.conn.execute(f"SELECT migration_set, name FROM [{table}]").fetchall()
    return [f"{set_name}/{name}" for set_name, name in rows if (set_name, name) not in known]


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


__all__ = ["Database", "DatabaseError", "Migrations", "ShopDatabase", "connect",
           "pending_migrations", "unknown_migrations"]
