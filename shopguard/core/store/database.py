"""Opening the ShopGuard database: WAL, foreign keys, migrations with a backup first."""

from __future__ import annotations

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
        except OSError as exc:
            raise ReadOnlyDatabase(f"{path}: cannot create its folder ({exc.strerror or exc})",
                                   f"{path}：无法创建其文件夹（{exc.strerror or exc}）") from None
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
        try:
            if existed and _has_user_tables(db):
                backup_before_migration(db, path)
            for migrations in migration_sets:
                migrations.apply(db)
        except (sqlite3.Error, OSError) as exc:
            db.close()
            plain = explain(exc, path) if isinstance(exc, sqlite3.Error) else None
            if plain is not None:
                raise plain from exc
            raise DatabaseError(f"{path}: could not upgrade the database ({exc})",
                                f"{path}：无法升级数据库（{exc}）") from exc
    return db


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
