"""Reading alerts and recording review decisions (dismiss / confirm / reopen).

Every decision is written to `alert_reviews` (keyed by fingerprint, so it survives an undo
and re-import of the same rows) and to the audit log, in one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.detection import texts
from shopguard.core.store import audit

STATUSES = ("open", "dismissed", "confirmed", "resolved")
ACTIONS = {"dismiss": "dismissed", "confirm": "confirmed", "reopen": "open"}


class AlertError(ValueError):
    """A review action was refused; the message says why."""


@dataclass
class Evidence:
    id: int
    reference_no: str
    role: str
    occurred_at: str
    terminal_id: str
    merchant_id: str
    card: str
    type: str
    status: str
    amount_minor: int
    currency: str
    operator: str
    voucher_no: str


@dataclass
class Alert:
    id: int
    rule: str
    severity: str
    score: int
    status: str
    fingerprint: str
    params: dict[str, Any]
    explanation_en: str
    explanation_zh: str
    first_at: str
    last_at: str
    terminal_id: str
    merchant_id: str
    currency: str
    transactions: list[Evidence] = field(default_factory=list)

    def explanation(self, lang: str | None = None) -> str:
        lang = lang or texts.current_lang()
        return self.explanation_zh if lang.startswith("zh") else self.explanation_en

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        """The CLI contract: id, rule, severity, score, status, explanation, transactions."""
        return {
            "id": self.id, "rule": self.rule, "severity": self.severity, "score": self.score,
            "status": self.status, "explanation": self.explanation(lang),
            "transactions": [{"id": t.id, "reference_no": t.reference_no}
                             for t in self.transactions],
        }


_ALERT_COLS = ("id, rule, severity, score, status, fingerprint, params, explanation_en,"
               " explanation_zh, first_at, last_at, terminal_id, merchant_id, currency")
_EVIDENCE_SQL = (
    "SELECT t.id, t.reference_no, l.role, t.occurred_at, t.terminal_id, t.merchant_id, t.card,"
    " t.type, t.status, t.amount_minor, t.currency, t.operator, t.voucher_no, l.alert_id"
    " FROM alert_transactions l JOIN transactions t ON t.id = l.transaction_id"
    " WHERE l.alert_id IN (SELECT value FROM json_each(?)) ORDER BY l.alert_id, l.position")


def _alert(row: tuple[Any, ...]) -> Alert:
    values = list(row)
    values[6] = json.loads(values[6])
    return Alert(*values)


def list_alerts(db: Database, *, status: str | None = None, rule: str | None = None,
                ids: list[int] | None = None) -> list[Alert]:
    """Alerts with their evidence rows, most severe first, then by time."""
    where, params = ["1"], []
    if status:
        if status not in STATUSES:
            raise AlertError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        where.append("status = ?")
        params.append(status)
    if rule:
        where.append("rule = ?")
        params.append(rule)
    if ids is not None:
        where.append("id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(ids))
    rows = db.conn.execute(
        f"SELECT {_ALERT_COLS} FROM alerts WHERE {' AND '.join(where)}"
        " ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,"
        " first_at, id", params).fetchall()
    alerts = [_alert(r) for r in rows]
    by_id = {a.id: a for a in alerts}
    for r in db.conn.execute(_EVIDENCE_SQL, (json.dumps(list(by_id)),)):
        by_id[r[-1]].transactions.append(Evidence(*r[:-1]))
    return alerts


def get_alert(db: Database, alert_id: int) -> Alert:
    found = list_alerts(db, ids=[alert_id])
    if not found:
        raise AlertError(f"no alert with id {alert_id}")
    return found[0]


def review(db: Database, alert_id: int, action: str, reason: str, actor: str = "owner",
           pin: str | None = None) -> Alert:
    """Dismiss, confirm or reopen an alert; recorded with who, when and why, and audited.

    In staff mode dismissing needs the owner PIN (raises access.OwnerRequired otherwise).
    """
    if action not in ACTIONS:
        raise AlertError(f"unknown action {action!r}; use dismiss, confirm or reopen")
    reason = reason.strip()
    if action != "reopen" and not reason:
        raise AlertError(f"{action} needs a reason (for example: two separate purchases)")
    actor = actor.strip() or "owner"
    if action == "dismiss":
        from shopguard.core.store import access

        access.require_owner(db, pin, f"dismiss alert {alert_id}", actor)
    with db.atomic():
        row = db.conn.execute("SELECT fingerprint, status FROM alerts WHERE id = ?",
                              (alert_id,)).fetchone()
        if row is None:
            raise AlertError(f"no alert with id {alert_id}")
        fingerprint, before = row
        after = ACTIONS[action]
        if action == "reopen" and before not in ("dismissed", "confirmed"):
            raise AlertError(f"alert {alert_id} is {before}, not dismissed or confirmed")
        db.conn.execute("UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?",
                        (after, clock.now_iso(), alert_id))
        db.conn.execute(
            "INSERT INTO alert_reviews (fingerprint, alert_id, at, actor, action, reason,"
            " status_before, status_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (fingerprint, alert_id, clock.now_iso(), actor, action, reason, before, after))
        audit.append(db, actor, f"alert.{action}", f"alert:{alert_id}",
                     {"status": before}, {"status": after, "reason": reason})
    return get_alert(db, alert_id)


def reviews(db: Database, alert_id: int) -> list[dict[str, Any]]:
    """Review history of an alert (by fingerprint: includes decisions before a re-import)."""
    cols = ["at", "actor", "action", "reason", "status_before", "status_after"]
    rows = db.conn.execute(
        f"SELECT {', '.join(cols)} FROM alert_reviews WHERE fingerprint ="
        " (SELECT fingerprint FROM alerts WHERE id = ?) ORDER BY id", (alert_id,)).fetchall()
    return [dict(zip(cols, r, strict=True)) for r in rows]


def counts(db: Database, status: str | None = None) -> list[tuple[str, str, int]]:
    """(rule, severity, count) for grouping in the GUI list."""
    sql = "SELECT rule, severity, count(*) FROM alerts"
    params: tuple[str, ...] = ()
    if status:
        sql += " WHERE status = ?"
        params = (status,)
    return [(r, s, int(n)) for r, s, n in
            db.conn.execute(sql + " GROUP BY rule, severity ORDER BY rule, severity", params)]


def counts_for_import(db: Database, import_id: int) -> dict[str, int]:
    """{rule: open alerts (still to review) that involve a row of this import}: what an
    import result tells the user was found in the file. Alerts already resolved by the data
    (the extra charge was voided) or reviewed are not counted."""
    rows = db.conn.execute(
        "SELECT a.rule, count(DISTINCT a.id) FROM alerts a"
        " JOIN alert_transactions l ON l.alert_id = a.id"
        " JOIN transactions t ON t.id = l.transaction_id"
        " WHERE t.import_id = ? AND a.status = 'open' GROUP BY a.rule", (import_id,))
    return {rule: int(n) for rule, n in rows}
