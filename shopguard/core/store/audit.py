"""Append-only, hash-chained and (in staff mode) authenticated audit log.

Every import, review action, case step, setting change and deletion is appended with who,
when, what and before/after. Each entry's hash covers its content and the previous entry's
hash, so editing or deleting an earlier entry breaks the chain. Anyone can recompute a plain
hash chain, so once an owner PIN is set each entry also carries an HMAC with a forward-moving
key (`audit_key`): only the owner's audit key, which the owner PIN unwraps, can check or
recompute those. `verify` checks the chain and, given the owner's audit key(s), the HMACs;
`shopguard.core.store.trail` adds the checks that need more than this table.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.store import audit_key
from shopguard.core.store.findings import Finding

GENESIS = "0" * 64

AuditProblem = Finding  # entry_id, message (English), text(lang)


def _digest(prev_hash: str, at: str, actor: str, action: str, subject: str,
            before: str | None, after: str | None) -> str:
    payload = json.dumps([prev_hash, at, actor, action, subject, before, after],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _dump(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def last_hash(db: Database) -> str:
    row = db.conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS


def append(db: Database, actor: str, action: str, subject: str = "",
           before: Any = None, after: Any = None) -> int:
    """Append one entry (inside the caller's transaction, if any) and return its id."""
    prev = last_hash(db)
    at = clock.now_iso()
    b, a = _dump(before), _dump(after)
    h = _digest(prev, at, actor or "system", action, subject, b, a)
    cur = db.conn.execute(
        "INSERT INTO audit_log (at, actor, action, subject, before, after, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (at, actor or "system", action, subject, b, a, prev, h),
    )
    entry_id = int(cur.lastrowid or 0)
    if audit_key.has_tables(db):
        stamped = audit_key.stamp(db, entry_id, h)
        if stamped is not None:
            db.conn.execute("UPDATE audit_log SET epoch = ?, mac = ? WHERE id = ?",
                            (*stamped, entry_id))
    return entry_id


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


@dataclass(frozen=True)
class Head:
    """Where the chain ends: entry count, the last entry's id and hash, and the first hash
    (which names the chain: a copy of the same database has the same first hash)."""

    count: int
    last_id: int
    hash: str
    first_hash: str

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "last_id": self.last_id, "hash": self.hash,
                "first_hash": self.first_hash}

    @classmethod
    def from_json(cls, data: Any) -> Head | None:
        try:
            return cls(int(data["count"]), int(data["last_id"]), str(data["hash"]),
                       str(data["first_hash"]))
        except (KeyError, TypeError, ValueError):
            return None

    def short(self) -> str:
        """How a report prints it: ``1234:9f86d081884c7d65``."""
        return f"{self.count}:{self.hash[:16]}"


def head(db: Database) -> Head:
    """The chain's head, for records kept outside the database (reports, backups, head file)."""
    count, last_id = db.conn.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM audit_log"
                                     ).fetchone()
    first = db.conn.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1").fetchone()
    return Head(int(count), int(last_id), last_hash(db), str(first[0]) if first else GENESIS)


def contains(db: Database, recorded: Head) -> bool:
    """True if this database's chain still holds `recorded` (it may have grown since)."""
    if recorded.count == 0:
        return True
    row = db.conn.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?",
                          (recorded.count - 1,)).fetchone()
    if row is None:
        return False
    # A head printed in a report may carry only the first 16 hex digits of the hash.
    return bool(row[0] == recorded.hash or (len(recorded.hash) >= 16
                                            and row[0].startswith(recorded.hash)))


@dataclass
class ChainReport:
    entries: int = 0
    problems: list[Finding] = field(default_factory=list)
    keyed: int = 0          # entries that carry an owner-key HMAC
    authenticated: int = 0  # of those, how many were checked (the owner's key was given)

    @property
    def ok(self) -> bool:
        return not self.problems


_ROWS = ("SELECT id, at, actor, action, subject, before, after, prev_hash, hash, {keys}"
         " FROM audit_log ORDER BY id")


def verify(db: Database, masters: dict[str, bytes] | None = None) -> list[Finding]:
    """Recompute the chain (and the HMACs, given owner audit keys); empty when intact."""
    return verify_chain(db, masters).problems


def verify_chain(db: Database, masters: dict[str, bytes] | None = None) -> ChainReport:
    """The hash chain, the order of key runs and, for runs whose owner key is in `masters`
    (key id → key), every entry's HMAC and the stored current key."""
    keys = audit_key.has_tables(db)
    runs = audit_key.epochs(db) if keys else {}
    masters = masters or {}
    report = ChainReport()
    prev = GENESIS
    state = _KeyWalk(runs, masters, report)
    rows = db.conn.execute(_ROWS.format(keys="epoch, mac" if keys else "NULL, NULL"))
    for (id_, at, actor, action, subject, before, after, prev_hash, h, epoch, mac) in rows:
        report.entries += 1
        if prev_hash != prev:
            report.problems.append(Finding(
                "audit.link_broken",
                f"entry {id_}: the entry before it is missing or was changed",
                f"第 {id_} 条：它之前的记录缺失或被改动", id_))
        if _digest(prev_hash, at, actor, action, subject, before, after) != h:
            report.problems.append(Finding(
                "audit.edited", f"entry {id_} was edited after it was written",
                f"第 {id_} 条记录在写入后被修改过", id_))
        state.entry(id_, h, action, epoch, mac)
        prev = h
    if keys:
        state.finish(audit_key.current(db))
    return report


class _KeyWalk:
    """Follows the key runs along the chain (one pass, no list of entries kept)."""

    def __init__(self, runs: dict[int, audit_key.Epoch], masters: dict[str, bytes],
                 report: ChainReport):
        self.runs, self.masters, self.report = runs, masters, report
        self.epoch: int | None = None
        self.key: bytes | None = None
        self.broken = False
        self.last_keyed_action: str | None = None
        self.unkeyed_after: int | None = None

    def _problem(self, code: str, en: str, zh: str, entry_id: int | None) -> None:
        self.report.problems.append(Finding(code, en, zh, entry_id))

    def entry(self, id_: int, h: str, action: str, epoch: int | None, mac: str | None) -> None:
        if epoch is None:
            if (self.last_keyed_action is not None and self.last_keyed_action != "owner_pin.clear"
                    and self.unkeyed_after is None):
                self.unkeyed_after = id_
                self._problem("audit.seal_missing",
                              f"entry {id_} and later ones carry no owner seal although earlier"
                              " ones do: they were written outside ShopGuard, or their seals"
                              " were removed",
                              f"第 {id_} 条及之后的记录没有店主签章，而之前的记录有：它们是在"
                              " ShopGuard 之外写入的，或签章被删除", id_)
            return
        self.report.keyed += 1
        self.last_keyed_action = action
        if self.epoch is not None and epoch < self.epoch:
            self._problem("audit.order", f"entry {id_} belongs to an earlier key run than the"
                          " entry before it (entries were moved or replaced)",
                          f"第 {id_} 条属于比前一条更早的密钥段（记录被移动或替换）", id_)
        if epoch != self.epoch:
            self.epoch, self.broken, self.key = epoch, False, None
            run = self.runs.get(epoch)
            if run is None:
                self._problem("audit.run_missing", f"entry {id_} names key run {epoch},"
                              " which is not recorded", f"第 {id_} 条引用的密钥段 {epoch} 不存在",
                              id_)
            elif run.key_id in self.masters:
                self.key = audit_key.epoch_key(self.masters[run.key_id], epoch, run.nonce)
        if self.key is None or self.broken:
            return
        if mac != audit_key.entry_mac(self.key, id_, h):
            self.broken = True
            self._problem("audit.seal_wrong",
                          f"entry {id_}: its owner seal does not match — this entry, or one"
                          " before it in the same run, was changed, inserted or removed outside"
                          " ShopGuard", f"第 {id_} 条：店主签章不符——此条或同一段中之前的记录在"
                          " ShopGuard 之外被修改、插入或删除", id_)
            return
        self.report.authenticated += 1
        self.key = audit_key.next_key(self.key)

    def finish(self, stored: tuple[int, bytes] | None) -> None:
        if stored is None:
            return
        epoch, key = stored
        if self.epoch is not None and epoch < self.epoch:
            self._problem("audit.key_behind", "the stored audit key is older than the newest"
                          " entries (it was put back from a copy)",
                          "保存的审计密钥比最新记录旧（被从副本中放回）", None)
            return
        if epoch == self.epoch:
            expected = None if self.broken else self.key
        else:  # a run started, nothing written in it yet
            run = self.runs.get(epoch)
            master = self.masters.get(run.key_id) if run else None
            expected = audit_key.epoch_key(master, epoch, run.nonce) if run and master else None
        if expected is not None and expected != key:
            self._problem("audit.truncated",
                          "the newest audit entries were removed (the log is shorter than its"
                          " key shows)", "最新的审计记录被删除了（记录数少于密钥所示）", None)
