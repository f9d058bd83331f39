"""The audit chain's head, kept outside the database: a small file beside it.

A database alone cannot show that its newest entries were removed. So the head (entry count,
last hash, first hash) is also written to ``<database>.audit-head`` after the program writes,
into every backup's metadata and into the month-end report. The file only moves forward: if
the database no longer holds the head it records, the file is left as it is (the evidence)
and the problem is reported.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from shopguard.core.files import open_atomically
from shopguard.core.store import audit
from shopguard.core.store.findings import Finding

SUFFIX = ".audit-head"


def db_file(db: Database) -> Path | None:
    """The main database file of a connection (None in memory)."""
    for _seq, name, file in db.conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def head_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def read(path: Path) -> dict[str, Any] | None:
    """The recorded head file's content, or None if there is none (or it is unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and audit.Head.from_json(data) else None


def write(path: Path, head: audit.Head, **extra: Any) -> None:
    with open_atomically(path, "w", encoding="utf-8") as fh:
        with contextlib.suppress(OSError):
            os.chmod(fh.name, 0o600)
        json.dump({**head.to_json(), "at": datetime.now().isoformat(timespec="seconds"),
                   **extra}, fh)


def missing_head(db: Database, recorded: audit.Head, where_en: str, where_zh: str,
                 at: str) -> Finding | None:
    """A problem if the database no longer holds a head recorded elsewhere."""
    if audit.contains(db, recorded):
        return None
    now = audit.head(db)
    return Finding(
        "audit.head_missing",
        f"audit entries were removed or rewritten: {where_en} ({at}) recorded {recorded.count}"
        f" entries ending in {recorded.hash[:16]}, the database now has {now.count}"
        " that do not include it",
        f"审计记录被删除或改写：{where_zh}（{at}）记录了 {recorded.count} 条、末条哈希"
        f" {recorded.hash[:16]}，而数据库现有 {now.count} 条且不包含它", recorded.count)


def _replaced_by_restore(db: Database, recorded: audit.Head) -> bool:
    """True if the newest restore replaced exactly the chain the file records (the process
    ended between restoring and writing the file)."""
    row = db.conn.execute("SELECT after FROM audit_log WHERE action = 'backup.restore'"
                          " ORDER BY id DESC LIMIT 1").fetchone()
    if row is None or not row[0]:
        return False
    replaced = audit.Head.from_json(json.loads(row[0]).get("replaced_head"))
    return replaced is not None and (replaced.count, replaced.hash) == (recorded.count,
                                                                          recorded.hash)


def findings(db: Database) -> list[Finding]:
    """Compare the database with the head file beside it."""
    database = db_file(db)
    if database is None:
        return []
    saved = read(head_path(database))
    recorded = audit.Head.from_json(saved) if saved else None
    if recorded is None or _replaced_by_restore(db, recorded):
        return []
    found = missing_head(db, recorded, "the head file beside the database",
                         "数据库旁的记录头文件", str(saved.get("at", "")) if saved else "")
    return [found] if found else []


def record(db: Database, *, force: bool = False) -> list[Finding]:
    """Write the current head beside the database, unless the file shows entries that are no
    longer there (then keep it and return the problem). `force` after a restore. Never raises
    for an unwritable folder (the head file is a second line of evidence, not the data)."""
    database = db_file(db)
    if database is None:
        return []
    problems = [] if force else findings(db)
    if problems:
        return problems
    from shopguard.core.store import access

    current = audit.head(db)
    path = head_path(database)
    saved = read(path)
    staff = access.staff_mode(db)
    if saved and audit.Head.from_json(saved) == current and saved.get("staff_mode") == staff:
        return []
    with contextlib.suppress(OSError):
        write(path, current, staff_mode=staff)
    return []
