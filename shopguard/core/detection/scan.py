"""Run every rule and store what they find as alerts.

Alerts are keyed by a fingerprint (rule + natural keys / card / day, never row ids), so a
re-scan updates alerts in place instead of adding copies. An alert the owner dismissed or
confirmed keeps that status; open/resolved alerts follow the data (an extra charge that has
since been voided turns the alert resolved). Alerts that a rule no longer produces are
removed unless a person has reviewed them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.detection import texts
from shopguard.core.detection.alerts import case_decisions
from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate
from shopguard.core.detection.rules import RULES
from shopguard.core.store import audit

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

REVIEWED = ("dismissed", "confirmed")


class ScanCancelled(Exception):
    """The caller's cancel() returned True; nothing was written."""


@dataclass
class ScanResult:
    created: int = 0
    updated: int = 0
    removed: int = 0
    alert_ids: list[int] = field(default_factory=list)  # alerts this scan produced
    by_rule: dict[str, int] = field(default_factory=dict)
    days: tuple[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated, "removed": self.removed,
                "by_rule": self.by_rule,
                "range": list(self.days) if self.days else None}


def days_of_import(db: Database, import_id: int) -> list[str]:
    """The days an import touched (the incremental scan widens them by a neighbouring day)."""
    return [r[0] for r in db.conn.execute(
        "SELECT DISTINCT substr(occurred_at, 1, 10) FROM transactions WHERE import_id = ?",
        (import_id,))]


def _last_import(db: Database) -> int:
    row = db.conn.execute("SELECT max(id) FROM imports").fetchone()
    return int(row[0] or 0)


def scanned_through(db: Database) -> int | None:
    """The last import the scans have covered (None: never scanned). Rows of later imports
    have not been checked yet."""
    return _scanned_through(db)


def _scanned_through(db: Database) -> int | None:
    row = db.conn.execute(
        "SELECT value FROM detection_state WHERE key = 'scanned_through_import'").fetchone()
    return int(row[0]) if row else None


def scan_pending(db: Database, *, progress: Progress | None = None,
                 cancel: Cancel | None = None, actor: str = "system") -> ScanResult:
    """Scan what arrived since the last scan: the days of newer imports (everything if the
    database was never scanned). The app runs this in the background after each import."""
    through = _scanned_through(db)
    if through is None:
        return scan(db, progress=progress, cancel=cancel, actor=actor)
    rows = db.conn.execute(
        "SELECT DISTINCT substr(occurred_at, 1, 10) FROM transactions WHERE import_id > ?",
        (through,)).fetchall()
    days = [r[0] for r in rows]
    if not days:
        _mark(db, _last_import(db))
        return ScanResult()
    return scan(db, days=days, progress=progress, cancel=cancel, actor=actor,
                _through=_last_import(db))


def _mark(db: Database, import_id: int) -> None:
    db.conn.execute(
        "INSERT INTO detection_state (key, value) VALUES ('scanned_through_import', ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(import_id),))


def scan(db: Database, *, days: list[str] | None = None, progress: Progress | None = None,
         cancel: Cancel | None = None, actor: str = "system",
         _through: int | None = None) -> ScanResult:
    """Scan everything (days=None) or only around `days`; store the alerts. One transaction."""
    if days is not None and not days:
        return ScanResult()
    through = _last_import(db) if days is None else _through
    ctx = ScanContext.for_days(db, days)
    found: dict[str, list[Candidate]] = {}
    total = len(RULES) + 1
    for i, rule in enumerate(RULES):
        if cancel and cancel():
            raise ScanCancelled()
        cands = rule.find(ctx)
        if rule.SCOPE == "days" and ctx.start is not None:
            cands = [c for c in cands if any(ctx.in_range(t.occurred_at) for t, _ in c.evidence)]
        found[rule.RULE] = cands
        if progress:
            progress(i + 1, total)
    if cancel and cancel():
        raise ScanCancelled()
    result = ScanResult(days=(ctx.start, ctx.end) if ctx.start and ctx.end else None)
    with db.atomic():
        for rule in RULES:
            _store(db, ctx, rule.RULE, rule.SCOPE, found[rule.RULE], result)
        if through is not None:
            _mark(db, through)
        audit.append(db, actor, "alert.scan", "all" if result.days is None
                     else f"{result.days[0]}..{result.days[1]}", None, result.to_json())
    if progress:
        progress(total, total)
    return result


def _store(db: Database, ctx: ScanContext, rule: str, scope: str, cands: list[Candidate],
           result: ScanResult) -> None:
    conn = db.conn
    now = clock.now_iso()
    if scope == "days" and ctx.start is not None:
        existing_rows = conn.execute(
            "SELECT DISTINCT a.id, a.fingerprint, a.status FROM alerts a"
            " JOIN alert_transactions l ON l.alert_id = a.id"
            " JOIN transactions t ON t.id = l.transaction_id"
            " WHERE a.rule = ? AND t.occurred_at >= ? AND t.occurred_at < ?",
            (rule, ctx.start, ctx.end)).fetchall()
    else:
        existing_rows = conn.execute(
            "SELECT id, fingerprint, status FROM alerts WHERE rule = ?", (rule,)).fetchall()
    existing = {fp: (id_, status) for id_, fp, status in existing_rows}
    seen: set[str] = set()
    decisions = _decisions(db, [c.fingerprint for c in cands])
    for c in cands:
        fp = c.fingerprint
        if fp in seen:
            continue
        seen.add(fp)
        row = existing.get(fp) or _lookup(db, fp)
        en, zh = texts.render(rule, c.params, "en"), texts.render(rule, c.params, "zh_CN")
        first = c.evidence[0][0]
        values = (c.severity, c.score, json.dumps(c.params, ensure_ascii=False), en, zh,
                  c.first_at, c.last_at, first.merchant_id, first.terminal_id, first.card,
                  c.params.get("amount_minor"), first.currency, now)
        decided = decisions.get(fp)
        if row is None:
            status = decided if decided in (*REVIEWED, "resolved") else c.status
            cur = conn.execute(
                "INSERT INTO alerts (severity, score, params, explanation_en, explanation_zh,"
                " first_at, last_at, merchant_id, terminal_id, card, amount_minor, currency,"
                " updated_at, rule, fingerprint, status, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, rule, fp, status, now))
            alert_id = int(cur.lastrowid or 0)
            result.created += 1
        else:
            alert_id, old_status = row
            status = (old_status if old_status in REVIEWED
                      else "resolved" if decided == "resolved" else c.status)
            conn.execute(
                "UPDATE alerts SET severity=?, score=?, params=?, explanation_en=?,"
                " explanation_zh=?, first_at=?, last_at=?, merchant_id=?, terminal_id=?,"
                " card=?, amount_minor=?, currency=?, updated_at=?, status=? WHERE id=?",
                (*values, status, alert_id))
            result.updated += 1
        _link(db, alert_id, c)
        result.alert_ids.append(alert_id)
        result.by_rule[rule] = result.by_rule.get(rule, 0) + 1
    stale = [id_ for fp, (id_, status) in existing.items()
             if fp not in seen and status not in REVIEWED]
    for id_ in stale:
        conn.execute("DELETE FROM alerts WHERE id = ?", (id_,))
    result.removed += len(stale)


def _lookup(db: Database, fingerprint: str) -> tuple[int, str] | None:
    row = db.conn.execute("SELECT id, status FROM alerts WHERE fingerprint = ?",
                          (fingerprint,)).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _decisions(db: Database, fingerprints: list[str]) -> dict[str, str]:
    """The last decision a person made about each fingerprint (survives undo + re-import):
    a review (dismissed / confirmed / reopened: open) or a closed case (resolved /
    dismissed), whichever came later."""
    if not fingerprints:
        return {}
    rows = db.conn.execute(
        "SELECT fingerprint, at, status_after FROM alert_reviews"
        " WHERE fingerprint IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json.dumps(fingerprints),)).fetchall()
    last: dict[str, tuple[str, str]] = {fp: (str(at), str(status)) for fp, at, status in rows}
    for fp, (at, status) in case_decisions(db, fingerprints).items():
        if fp not in last or at >= last[fp][0]:
            last[fp] = (at, status)
    return {fp: status for fp, (_at, status) in last.items()}


def _link(db: Database, alert_id: int, c: Candidate) -> None:
    conn = db.conn
    ids = []
    for pos, (t, role) in enumerate(c.evidence):
        ids.append(t.id)
        conn.execute(
            "INSERT INTO alert_transactions (alert_id, transaction_id, role, position)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (alert_id, transaction_id)"
            " DO UPDATE SET role = excluded.role, position = excluded.position",
            (alert_id, t.id, role, pos))
    conn.execute(
        "DELETE FROM alert_transactions WHERE alert_id = ?"
        " AND transaction_id NOT IN (SELECT value FROM json_each(?))",
        (alert_id, json.dumps(ids)))
