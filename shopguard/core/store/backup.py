"""Backups: a consistent copy of the database (SQLite's online backup API), whole or not at all.

A backup is written to a temporary file beside the target, readable by the user only,
checked and renamed (`core.files`). It carries a `_shopguard_backup` table: when and from what
it was made, its schema and its audit head (so a backup is also a record of the chain outside
the database). It never carries the audit trail's current key (see docs/SECURITY.md).
Automatic backups go to ``backups/`` beside the database (setting `backup_dir`), one a day
while the program is used, the newest `backup_keep` kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from shopguard import __version__
from shopguard.core.files import write_atomically
from shopguard.core.store import audit, audit_head, settings
from shopguard.core.store.audit_head import db_file

META = "_shopguard_backup"
AUTO_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.db$")
STAMP = "%Y%m%d-%H%M%S"


@dataclass
class BackupMeta:
    created_at: str
    head: audit.Head | None
    migrations: list[str] = field(default_factory=list)
    staff_mode: bool = False
    kind: str = "manual"
    source: str = ""
    version: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"created_at": self.created_at, "head": self.head.to_json() if self.head else None,
                "migrations": self.migrations, "staff_mode": self.staff_mode, "kind": self.kind,
                "source": self.source, "version": self.version}


def secure_file(path: Path) -> None:
    """Readable and writable by the user only (POSIX; on Windows the folder's ACL applies)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def secure_folder(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o700)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """'set/name' for every migration applied to the database behind `conn`."""
    if "_sqlite_migrations" not in _tables(conn):
        return []
    return [f"{s}/{n}" for s, n in conn.execute(
        "SELECT migration_set, name FROM _sqlite_migrations ORDER BY rowid")]


def copy_database(db: Database, target: Path) -> None:
    """A consistent, self-contained copy of `db` at `target` (no WAL, no audit key).

    The audit trail's current key is deleted from the copy (with secure_delete, so its bytes
    are overwritten): whoever reads a backup must not be able to seal entries written later.
    """
    secure_file(target)
    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.execute("PRAGMA secure_delete = ON")
        if "audit_key" in _tables(dest):
            dest.execute("DELETE FROM audit_key")
    finally:
        dest.close()


def _store_meta(target: Path, meta: BackupMeta) -> None:
    """Record the copy's own audit head and `meta` inside it."""
    conn = sqlite3.connect(str(target), isolation_level=None)
    try:
        meta.head = audit.head(Database(conn))
        conn.execute(f"DROP TABLE IF EXISTS {META}")
        conn.execute(f"CREATE TABLE {META} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(f"INSERT INTO {META} (key, value) VALUES (?, ?)",
                         [(k, json.dumps(v, ensure_ascii=False)) for k, v in meta.to_json().items()])
    finally:
        conn.close()


def quick_check(path: Path) -> str | None:
    """What SQLite's quick_check finds wrong with the file, or None."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return None if result == "ok" else str(result)


def _meta_of(conn: sqlite3.Connection) -> BackupMeta:
    """What a copy says about itself (or, for a plain database file, what can be read from it)."""
    data: dict[str, Any] = {}
    if META in _tables(conn):
        data = {k: json.loads(v) for k, v in conn.execute(f"SELECT key, value FROM {META}")}
    head = audit.Head.from_json(data.get("head")) if data.get("head") else None
    if head is None and "audit_log" in _tables(conn):
        head = audit.head(Database(conn))
    return BackupMeta(created_at=str(data.get("created_at", "")), head=head,
                      migrations=list(data.get("migrations") or applied_migrations(conn)),
                      staff_mode=bool(data.get("staff_mode", False)),
                      kind=str(data.get("kind", "")), source=str(data.get("source", "")),
                      version=str(data.get("version", "")))


def read_meta(path: Path) -> BackupMeta | None:
    """The metadata of a backup file (None if it is not a readable SQLite file)."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _meta_of(conn)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()


def make_backup(db: Database, out: Path | str, *, actor: str = "owner",
                kind: str = "manual") -> BackupMeta:
    """Copy the database to `out` (whole or not at all; FileWriteError on failure); audited."""
    from shopguard.core.store import access

    out = Path(out)
    source = db_file(db)
    meta = BackupMeta(created_at=datetime.now().isoformat(timespec="seconds"), head=None,
                      migrations=applied_migrations(db.conn), staff_mode=access.staff_mode(db),
                      kind=kind, source=str(source or ""), version=__version__)
    with write_atomically(out, check=quick_check) as tmp:
        copy_database(db, tmp)
        _store_meta(tmp, meta)
    secure_file(out)
    with db.atomic():
        audit.append(db, actor, "backup.create", out.name, None,
                     {"path": str(out), "kind": kind, "head": meta.head.to_json()
                      if meta.head else None})
    audit_head.record(db)
    return meta


def folder(db: Database, database: Path | None = None) -> Path:
    """Where automatic backups go: the `backup_dir` setting, else ``backups/`` beside the file."""
    configured = str(settings.get(db, "backup_dir") or "").strip()
    if configured:
        return Path(configured).expanduser()
    database = database or db_file(db)
    if database is None:
        raise ValueError("an in-memory database has no backup folder")
    return database.resolve().parent / "backups"


def auto_backups(where: Path, stem: str) -> list[Path]:
    """Automatic backups of the database named `stem` in `where`, oldest first."""
    if not where.is_dir():
        return []
    found = [p for p in where.iterdir()
             if (m := AUTO_NAME.match(p.name)) and m.group("stem") == stem and p.is_file()]
    return sorted(found, key=lambda p: AUTO_NAME.match(p.name).group("stamp"))  # type: ignore[union-attr]


def prune(where: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns what was deleted."""
    old = auto_backups(where, stem)[:-keep] if keep > 0 else []
    for path in old:
        with contextlib.suppress(OSError):
            path.unlink()
    return old


def backup_now(db: Database, *, actor: str = "owner", kind: str = "manual",
               now: datetime | None = None) -> tuple[Path, BackupMeta]:
    """A backup into the backups folder under the automatic name; the oldest beyond
    `backup_keep` are deleted."""
    database = db_file(db)
    if database is None:
        raise ValueError("an in-memory database cannot be backed up to a folder")
    where = folder(db, database)
    secure_folder(where)
    stamp = (now or datetime.now()).strftime(STAMP)
    out = where / f"{database.stem}-{stamp}.db"
    meta = make_backup(db, out, actor=actor, kind=kind)
    prune(where, database.stem, int(settings.get(db, "backup_keep")))
    return out, meta


def auto_backup(db: Database, *, now: datetime | None = None) -> Path | None:
    """Today's automatic backup, if none was made today (local date); the path, or None."""
    database = db_file(db)
    if database is None:
        return None
    now = now or datetime.now()
    today = now.strftime("%Y%m%d")
    existing = auto_backups(folder(db, database), database.stem)
    if any(AUTO_NAME.match(p.name).group("stamp").startswith(today)  # type: ignore[union-attr]
           for p in existing):
        return None
    if db.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == 0 and \
            db.conn.execute("SELECT COUNT(*) FROM transactions").fetchone()[0] == 0:
        return None  # nothing worth keeping yet
    return backup_now(db, kind="auto", now=now)[0]


def newest(db: Database) -> tuple[Path, BackupMeta] | None:
    """The newest automatic backup of this database and what it records."""
    database = db_file(db)
    if database is None:
        return None
    try:
        found = auto_backups(folder(db, database), database.stem)
    except (OSError, ValueError):
        return None
    for path in reversed(found):
        meta = read_meta(path)
        if meta is not None:
            return path, meta
    return None


def last_backup(db: Database) -> dict[str, Any] | None:
    """The last backup made (from the audit log): ``{at, path, kind}``."""
    row = db.conn.execute("SELECT at, after FROM audit_log WHERE action = 'backup.create'"
                          " ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    after = json.loads(row[1]) if row[1] else {}
    return {"at": row[0], "path": after.get("path", ""), "kind": after.get("kind", "")}
