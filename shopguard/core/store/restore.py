"""Restoring a backup: validate it first, keep the current database aside, then copy it in.

The copy goes *into* the open database through SQLite's backup API (one write transaction),
so another ShopGuard window that has the file open sees the restored data, never a
half-replaced file. Owner-only in staff mode; a backup made in staff mode needs its own owner
PIN too (usually the same), which starts a new audit key run for the restored trail.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from shopguard.core.store import (
    access,
    audit,
    audit_head,
    audit_key,
    backup,
    database,
    lockout,
    pin_record,
)
from shopguard.core.store.findings import Finding

REQUIRED_TABLES = {"imports", "transactions", "settings", "audit_log", "_sqlite_migrations"}


class RestoreError(ValueError):
    """The backup cannot be restored; `str()` is English, `zh` Chinese."""

    def __init__(self, path: Path, en: str, zh: str, code: str = ""):
        self.en, self.zh = f"{path}: {en}", f"{path}：{zh}"
        self.code = code  # "backup_pin": the backup needs the owner PIN it was made with
        super().__init__(self.en)

    def text(self, lang: str = "en") -> str:
        return self.zh if lang.startswith("zh") else self.en


@dataclass
class Validated:
    path: Path
    meta: backup.BackupMeta
    page_size: int
    pin_record: dict[str, Any] | None
    problems: list[Finding] = field(default_factory=list)  # the backup's own audit chain


@dataclass
class RestoreResult:
    path: Path
    aside: Path
    replaced_head: audit.Head
    head: audit.Head
    backup_meta: backup.BackupMeta
    problems: list[Finding] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"restored": str(self.path), "kept_aside": str(self.aside),
                "replaced_head": self.replaced_head.to_json(), "head": self.head.to_json(),
                "backup": self.backup_meta.to_json(),
                "problems": [p.to_json() for p in self.problems]}


def _known(migration_sets: Sequence[Migrations]) -> set[str]:
    """Every migration this version knows ('set/name'): all are pending on an empty database."""
    empty = Database(memory=True)
    try:
        return {f"{s.name}/{m.name}" for s in migration_sets for m in s.pending(empty)}
    finally:
        empty.close()


def _open_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def validate(path: Path | str, migration_sets: Sequence[Migrations]) -> Validated:
    """Check that `path` is a whole ShopGuard database this version can open; RestoreError if
    not (nothing is changed either way)."""
    path = Path(path)
    if not path.is_file():
        raise RestoreError(path, "no such file", "文件不存在")
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise RestoreError(path, "not a ShopGuard backup (not a database file)",
                               "不是 ShopGuard 备份（不是数据库文件）")
    try:
        conn = _open_ro(path)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise RestoreError(path, f"the file is damaged ({'; '.join(result[:3])});"
                                   " nothing was restored",
                                   f"文件已损坏（{'; '.join(result[:3])}），未恢复任何内容")
            tables = backup._tables(conn)
            missing = REQUIRED_TABLES - tables
            if missing:
                raise RestoreError(path, "not a ShopGuard database (no "
                                   + ", ".join(sorted(missing)) + " table)",
                                   "不是 ShopGuard 数据库（缺少 " + "、".join(sorted(missing)) + " 表）")
            meta = backup._meta_of(conn)
            newer = set(backup.applied_migrations(conn)) - _known(migration_sets)
            if newer:
                raise RestoreError(path, "made by a newer version of ShopGuard (its schema has "
                                   + ", ".join(sorted(newer)[:3]) + "); update ShopGuard first",
                                   "由更新版本的 ShopGuard 创建（含 " + "、".join(sorted(newer)[:3])
                                   + "），请先升级 ShopGuard")
            page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
            row = conn.execute("SELECT value FROM settings WHERE key = 'owner_pin'").fetchone()
            rec = json.loads(row[0]) if row else None
            problems = audit.verify(Database(conn))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise RestoreError(path, f"not a readable database ({exc})",
                           f"无法读取的数据库（{exc}）") from None
    return Validated(path, meta, page_size,
                     rec if pin_record.is_record(rec) else None, problems)


@contextlib.contextmanager
def _prepared_copy(v: Validated, db_path: Path, page_size: int) -> Iterator[Path]:
    """A private working copy of the backup beside the database, with the live database's page
    size (the backup API needs that for a WAL database); removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=".shopguard-restore-", dir=db_path.parent) as tmp:
        copy = Path(tmp) / "restore.db"
        backup.secure_file(Path(tmp))
        shutil.copyfile(v.path, copy)
        backup.secure_file(copy)
        conn = sqlite3.connect(str(copy), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            if v.page_size != page_size:
                conn.execute(f"PRAGMA page_size = {page_size}")
                conn.execute("VACUUM")
        finally:
            conn.close()
        yield copy


def _backup_master(db: Database, v: Validated, pin: str | None, backup_pin: str | None,
                   actor: str) -> bytes | None:
    """The restored trail's owner key: the backup's owner record must open with the PIN."""
    if v.pin_record is None:
        return None
    given = backup_pin or pin
    opened = pin_record.open_record(v.pin_record, given) if given else pin_record.Opened(False)
    if opened.ok and not opened.damaged:
        return opened.master
    if given and audit_key.has_tables(db):  # a guess like any other
        with db.atomic():
            lockout.record_failure(db)
            audit.append(db, actor, "access.denied", "restore: the backup's owner PIN", None,
                         {"pin_given": True})
    raise RestoreError(v.path, "this backup was made in staff mode with an owner PIN that is not"
                       " the one given; give that PIN (--backup-pin)",
                       "此备份创建时启用了员工模式，其店主密码与所给的不同；请提供当时的密码（--backup-pin）",
                       "backup_pin")


def restore(db_path: Path | str, file: Path | str, migration_sets: Sequence[Migrations], *,
            pin: str | None = None, backup_pin: str | None = None,
            actor: str = "owner") -> RestoreResult:
    """Replace the database at `db_path` with the backup `file` (see the module docstring).

    Everything the restored database needs (migrations for an older backup, a new audit key
    run, the `backup.restore` entry) is done on a working copy first, so the one step that
    changes the live file — the backup API copying it in — is a single transaction: a crash
    leaves the database either as it was or fully restored.
    """
    db_path = Path(db_path)
    v = validate(file, migration_sets)
    db = database.connect(db_path, migration_sets)
    try:
        access.require_owner(db, pin, "restore a backup", actor)
        master = _backup_master(db, v, pin, backup_pin, actor)
        replaced = audit.head(db)
        stamp = datetime.now().strftime(backup.STAMP)
        aside = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")
        backup.copy_database(db, aside)
        head_file = audit_head.head_path(db_path)
        if head_file.exists():
            shutil.copyfile(head_file, audit_head.head_path(aside))
        page_size = int(db.conn.execute("PRAGMA page_size").fetchone()[0])
        with _prepared_copy(v, db_path, page_size) as work:
            staged = database.connect(work, migration_sets)  # migrates an older backup
            try:
                with staged.atomic():
                    staged.conn.execute(f"DROP TABLE IF EXISTS {backup.META}")
                    lockout.clear(staged)
                    if master is not None:
                        audit_key.start_epoch(staged, master)
                    audit.append(staged, actor, "backup.restore", Path(file).name, None,
                                 {"file": str(file), "backup_head": v.meta.head.to_json()
                                  if v.meta.head else None, "replaced_head": replaced.to_json(),
                                  "kept_aside": str(aside)})
                staged.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                staged.conn.backup(db.conn)  # the one step that changes the live database
            finally:
                staged.close()
        audit_head.record(db, force=True)
        return RestoreResult(Path(file), aside, replaced, audit.head(db), v.meta, v.problems)
    finally:
        db.close()
