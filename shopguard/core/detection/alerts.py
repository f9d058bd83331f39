"""Reading alerts and recording review decisions (dismiss / confirm / reopen), and what the
cases worked for an alert did to it.

Every decision is written to `alert_reviews` (keyed by fingerprint, so it survives an undo
and re-import of the same rows) and to the audit log, in one transaction. The procedures
report their cases here (`case_opened`, `case_closed`, inside their own transaction): the
alert shows its case and outcome, and a closed case resolves the alert (or, closed as not a
duplicate, dismisses it). Detection knows nothing else of cases.
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
    time_known: int = 1  # 0: the statement gave only the date (occurred_at is midnight)


@dataclass
class AlertCase:
    """The latest case worked for an alert, as the procedures reported it."""

    id: int
    status: str  # open | closed
    outcome: str  # '' while open
    outcome_en: str = ""
    outcome_zh: str = ""

    def outcome_text(self, lang: str | None = None) -> str:
        lang = lang or texts.current_lang()
        return self.outcome_zh if lang.startswith("zh") else self.outcome_en

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "outcome": self.outcome or None}


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
    case: AlertCase | None = None

    def explanation(self, lang: str | None = None) -> str:
        lang = lang or texts.current_lang()
        return self.explanation_zh if lang.startswith("zh") else self.explanation_en

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        """The CLI contract: id, rule, severity, score, status, explanation, transactions,
        case ({id, status, outcome} of the latest case worked for it, or null)."""
        return {
            "id": self.id, "rule": self.rule, "severity": self.severity, "score": self.score,
            "status": self.status, "explanation": self.explanation(lang),
            "transactions": [{"id": t.id, "reference_no": t.reference_no}
                             for t in self.transactions],
            "case": self.case.to_json() if self.case else None,
        }


_ALERT_COLS = ("id, rule, severity, score, status, fingerprint, params, explanation_en,"
               " explanation_zh, first_at, last_at, terminal_id, merchant_id, currency")
_EVIDENCE_SQL = (
    "SELECT t.id, t.reference_no, l.role, t.occurred_at, t.terminal_id, t.merchant_id, t.card,"
    " t.type, t.status, t.amount_minor, t.currency, t.operator, t.voucher_no, t.time_known,"
    " l.alert_id"
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
    by_fp = {a.fingerprint: a for a in alerts}
    for fp, *values in db.conn.execute(
            "SELECT fingerprint, case_id, status, outcome, outcome_en, outcome_zh"
            " FROM alert_cases WHERE fingerprint IN (SELECT value FROM json_each(?))"
            " ORDER BY case_id", (json.dumps(list(by_fp)),)):
        by_fp[fp].case = AlertCase(*values)  # the latest case wins (ordered by id)
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


# Driven from the (few) open alerts through their evidence rows: a join led by the import's
# rows made SQLite walk every row of the import for every alert (110 s for 100,000 rows and
# 1,700 alerts, against milliseconds this way; tests check the plan).
IMPORT_COUNTS_SQL = (
    "SELECT a.rule, count(*) FROM alerts a WHERE a.status = 'open' AND EXISTS ("
    " SELECT 1 FROM alert_transactions l CROSS JOIN transactions t"
    " ON t.id = l.transaction_id WHERE l.alert_id = a.id AND t.import_id = ?)"
    " GROUP BY a.rule")


def counts_for_import(db: Database, import_id: int) -> dict[str, int]:
    """{rule: open alerts (still to review) that involve a row of this import}: what an
    import result tells the user was found in the file. Alerts already resolved by the data
    (the extra charge was voided) or reviewed are not counted."""
    return {rule: int(n) for rule, n in db.conn.execute(IMPORT_COUNTS_SQL, (import_id,))}


# -- cases (reported by the procedures, inside their transaction) -----------------------------

def case_opened(db: Database, alert_id: int, case_id: int) -> None:
    """A case was opened for this alert: the alert shows it from now on."""
    row = db.conn.execute("SELECT fingerprint FROM alerts WHERE id = ?", (alert_id,)).fetchone()
    if row is None:
        raise AlertError(f"no alert with id {alert_id}")
    db.conn.execute(
        "INSERT OR IGNORE INTO alert_cases (case_id, fingerprint, opened_at) VALUES (?, ?, ?)",
        (case_id, row[0], clock.now_iso()))


def case_closed(db: Database, case_id: int, outcome: str, *, outcome_en: str, outcome_zh: str,
                alert_status: str, reason: str, actor: str) -> Alert | None:
    """The case was closed with `outcome` (its name in both languages for display).

    `alert_status` is what that means for the alert: "resolved" (the extra charge was dealt
    with) or "dismissed" (not a duplicate: recorded as a dismissal with `reason`). Audited;
    runs inside the caller's transaction. Returns the alert (None: the case has no alert, or
    its rows were undone).
    """
    if alert_status not in ("resolved", "dismissed"):
        raise AlertError(f"a case can resolve or dismiss an alert, not {alert_status!r}")
    link = db.conn.execute("SELECT fingerprint FROM alert_cases WHERE case_id = ?",
                           (case_id,)).fetchone()
    if link is None:
        return None
    at = clock.now_iso()
    db.conn.execute(
        "UPDATE alert_cases SET status = 'closed', outcome = ?, outcome_en = ?, outcome_zh = ?,"
        " alert_status = ?, closed_at = ? WHERE case_id = ?",
        (outcome, outcome_en, outcome_zh, alert_status, at, case_id))
    row = db.conn.execute("SELECT id, status FROM alerts WHERE fingerprint = ?",
                          (link[0],)).fetchone()
    if row is None:
        return None
    alert_id, before = int(row[0]), str(row[1])
    if alert_status == "dismissed":
        db.conn.execute(
            "INSERT INTO alert_reviews (fingerprint, alert_id, at, actor, action, reason,"
            " status_before, status_after) VALUES (?, ?, ?, ?, 'dismiss', ?, ?, 'dismissed')",
            (link[0], alert_id, at, actor, reason, before))
    if before != alert_status:
        db.conn.execute("UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?",
                        (alert_status, at, alert_id))
        action = "alert.resolve" if alert_status == "resolved" else "alert.dismiss"
        audit.append(db, actor, action, f"alert:{alert_id}", {"status": before},
                     {"status": alert_status, "case_id": case_id, "outcome": outcome})
    return get_alert(db, alert_id)


def case_decisions(db: Database, fingerprints: list[str]) -> dict[str, tuple[str, str]]:
    """{fingerprint: (closed_at, alert status)} of the latest closed case of each alert."""
    if not fingerprints:
        return {}
    rows = db.conn.execute(
        "SELECT fingerprint, closed_at, alert_status FROM alert_cases WHERE status = 'closed'"
        " AND fingerprint IN (SELECT value FROM json_each(?)) ORDER BY closed_at, case_id",
        (json.dumps(fingerprints),)).fetchall()
    return {fp: (str(at), str(status)) for fp, at, status in rows}
