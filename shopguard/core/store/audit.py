"""Append-only, hash-chained audit log.

Every import, review action, case step, setting change and deletion is appended with who,
when, what and before/after. Each entry's hash covers its content and the previous entry's
hash, so editing or deleting an earlier entry breaks the chain and `verify` reports where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditProblem:
    entry_id: int
    message: str


def _digest(prev_hash: str, at: str, actor: str, action: str, subject: str,
            before: str | None, after: str | None) -> str:
    payload = json.dumps([prev_hash, at, actor, action, subject, before, after],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _dump(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def append(db: Database, actor: str, action: str, subject: str = "",
           before: Any = None, after: Any = None) -> int:
    """Append one entry (inside the caller's transaction, if any) and return its id."""
    row = db.conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = clock.now_iso()
    b, a = _dump(before), _dump(after)
    h = _digest(prev, at, actor or "system", action, subject, b, a)
    cur = db.conn.execute(
        "INSERT INTO audit_log (at, actor, action, subject, before, after, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (at, actor or "system", action, subject, b, a, prev, h),
    )
    return int(cur.lastrowid or 0)


def entries(db: Database, limit: int | None = None) -> list[dict[str, Any]]:
    sql = "SELECT id, at, actor, action, subject, before, after, hash FROM audit_log ORDER BY id"
    if limit:
        sql += f" DESC LIMIT {int(limit)}"
    cols = ["id", "at", "actor", "action", "subject", "before", "after", "hash"]
    rows = [dict(zip(cols, r, strict=True)) for r in db.conn.execute(sql)]
    for r in rows:
        for key in ("before", "after"):
            r[key] = json.loads(r[key]) if r[key] is not None else None
    return sorted(rows, key=lambda r: r["id"])


def verify(db: Database) -> list[AuditProblem]:
    """Recompute the chain; an empty list means it is intact."""
    problems: list[AuditProblem] = []
    prev = GENESIS
    for (id_, at, actor, action, subject, before, after, prev_hash, h) in db.conn.execute(
        "SELECT id, at, actor, action, subject, before, after, prev_hash, hash"
        " FROM audit_log ORDER BY id"
    ):
        if prev_hash != prev:
            problems.append(AuditProblem(id_, "previous entry missing or changed"))
        if _digest(prev_hash, at, actor, action, subject, before, after) != h:
            problems.append(AuditProblem(id_, "entry was edited after it was written"))
        prev = h
    return problems
