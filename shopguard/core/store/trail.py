"""Everything that checks the audit trail, in one report (`audit --verify`, `check`, PIN entry).

- the hash chain and, with the owner's audit key, every entry's HMAC (`audit.verify_chain`);
- an owner PIN that vanished or was replaced outside ShopGuard (`access.pin_findings`);
- owner-PIN changes and removals that carry no proof made with the owner's key;
- heads recorded outside the database: the head file beside it and the newest automatic
  backup; and any head the caller gives (printed in a month-end report).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from shopguard.core.store import access, audit, audit_head, audit_key, backup
from shopguard.core.store.findings import Finding


@dataclass
class TrailReport:
    entries: int = 0
    keyed: int = 0
    authenticated: int = 0
    problems: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)   # not problems: what was not checked
    head: audit.Head | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "sealed": self.keyed,
                "seals_checked": self.authenticated,
                "head": self.head.to_json() if self.head else None,
                "problems": [p.to_json() for p in self.problems],
                "notes": [n.to_json() for n in self.notes]}


def _proof_findings(db: Database, masters: dict[str, bytes]) -> list[Finding]:
    """Owner-PIN changes and removals must carry a proof made with the owner's audit key."""
    found = []
    for id_, action, prev_hash, after in db.conn.execute(
            "SELECT id, action, prev_hash, after FROM audit_log"
            " WHERE action IN ('owner_pin.change', 'owner_pin.clear') ORDER BY id"):
        data = json.loads(after) if after else {}
        master = masters.get(str(data.get("key_id", "")))
        if master is None:
            continue
        if data.get("proof") != audit_key.proof(master, action, prev_hash):
            found.append(Finding(
                "pin.forged_change",
                f"entry {id_}: this owner-PIN change or removal was not made with the owner's PIN",
                f"第 {id_} 条：此店主密码的修改或移除不是用店主密码完成的", id_))
    return found


def _recorded_findings(db: Database) -> list[Finding]:
    """Problems an owner-PIN check found earlier (and re-keyed past), until acknowledged."""
    since = db.conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log"
                            " WHERE action = 'audit.acknowledge'").fetchone()[0]
    found = []
    for id_, at, after in db.conn.execute(
            "SELECT id, at, after FROM audit_log WHERE action = 'audit.problem' AND id > ?"
            " ORDER BY id", (since,)):
        listed = "; ".join((json.loads(after) or {}).get("problems", [])[:5]) if after else ""
        found.append(Finding(
            "audit.problem_recorded",
            f"entry {id_}: on {at} the owner-PIN check found: {listed} (acknowledge with"
            " `shopguard audit --acknowledge` once looked into)",
            f"第 {id_} 条：{at} 店主密码核对时发现：{listed}（查明后可用"
            " `shopguard audit --acknowledge` 确认）", id_))
    return found


def acknowledge(db: Database, pin: str | None, actor: str = "owner") -> int:
    """The owner has looked into the recorded problems (owner PIN); returns the entry id."""
    access.require_owner(db, pin, "acknowledge audit problems", actor)
    with db.atomic():
        return audit.append(db, actor, "audit.acknowledge", "audit_log", None, None)


def _restored_past(db: Database) -> int:
    """The largest entry count a restore replaced (heads up to it may be gone legitimately)."""
    best = 0
    for (after,) in db.conn.execute("SELECT after FROM audit_log WHERE action = 'backup.restore'"):
        data = json.loads(after) if after else {}
        replaced = audit.Head.from_json(data.get("replaced_head")) if data else None
        best = max(best, replaced.count if replaced else 0)
    return best


def _backup_findings(db: Database) -> list[Finding]:
    found = backup.newest(db)
    if found is None:
        return []
    path, meta = found
    recorded = meta.head
    if recorded is None or recorded.count <= _restored_past(db):
        return []
    current = audit.head(db)
    if current.count and recorded.first_hash != current.first_hash:
        return []  # a backup of another database kept in the same folder
    problem = audit_head.missing_head(db, recorded, f"the backup {path.name}",
                                      f"备份 {path.name}", meta.created_at)
    return [problem] if problem else []


def verify(db: Database, masters: dict[str, bytes] | None = None, *,
           expect: list[audit.Head] | None = None) -> TrailReport:
    """The whole audit trail check; `masters` (key id → owner audit key) enables the HMACs."""
    masters = masters or {}
    chain = audit.verify_chain(db, masters)
    report = TrailReport(entries=chain.entries, keyed=chain.keyed,
                         authenticated=chain.authenticated, head=audit.head(db))
    report.problems += chain.problems
    report.problems += _recorded_findings(db)
    report.problems += access.pin_findings(db)
    report.problems += _proof_findings(db, masters)
    report.problems += audit_head.findings(db)
    report.problems += _backup_findings(db)
    for given in expect or []:
        problem = audit_head.missing_head(db, given, "the head you gave", "给定的记录头", "")
        if problem:
            report.problems.append(problem)
    unchecked = chain.keyed - chain.authenticated
    if unchecked and not any(p.code == "audit.seal_wrong" for p in report.problems):
        report.notes.append(Finding(
            "audit.not_authenticated",
            f"{unchecked} sealed entries were not checked against the owner's key: give the"
            " owner PIN (--pin or SHOPGUARD_OWNER_PIN) to check that none was changed",
            f"有 {unchecked} 条带签章的记录未用店主密钥核对：请提供店主密码（--pin 或"
            " SHOPGUARD_OWNER_PIN）以确认没有记录被改动"))
    return report


def verify_with_pin(db: Database, pin: str | None, actor: str = "",
                    expect: list[audit.Head] | None = None) -> TrailReport:
    """`verify`, unlocking the owner's audit keys with `pin` (a PIN entry: counted, locked out,
    audited). A wrong PIN raises access.OwnerRequired."""
    masters: dict[str, bytes] = {}
    if pin:
        masters, check = access.masters_for(db, pin, actor)
        if not masters and not check.ok and check.reason != "no_pin":
            raise access.OwnerRequired("check the audit log", check.reason, check.lock,
                                       check.tries_left)
    return verify(db, masters, expect=expect)
