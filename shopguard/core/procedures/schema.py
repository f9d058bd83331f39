"""Tables of the procedures subsystem: cases, their transactions, ticked steps, attachments,
recorded disputes and training rehearsals. Appended to ``MIGRATION_SETS`` after core.

``cases.alert_id`` has no foreign key: the alerts table belongs to the detection subsystem.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("shopguard.procedures")

PATHS_SQL = ("'check_status','void','refund','acquirer_adjustment','chargeback_response',"
             "'not_duplicate'")
OUTCOMES_SQL = ("'voided','refunded','adjusted','chargeback_won','chargeback_lost',"
                "'not_duplicate'")


@migrations()
def m001_cases(db: Database) -> None:
    db.execute(
        f"""
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            opened_at TEXT NOT NULL,
            opened_by TEXT NOT NULL,
            alert_id INTEGER,
            path TEXT NOT NULL CHECK (path IN ({PATHS_SQL})),
            reason TEXT NOT NULL,
            suggested_path TEXT NOT NULL,
            deadline TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','paused','closed')),
            assignee TEXT NOT NULL DEFAULT '',
            terminal_kind TEXT NOT NULL,
            processor TEXT NOT NULL DEFAULT '',
            outcome TEXT CHECK (outcome IS NULL OR outcome IN ({OUTCOMES_SQL})),
            closed_at TEXT,
            closed_by TEXT,
            close_note TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX idx_cases_status ON cases (status, deadline)")
    db.execute("CREATE INDEX idx_cases_alert ON cases (alert_id)")
    db.execute(
        """
        CREATE TABLE case_transactions (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            transaction_id INTEGER NOT NULL REFERENCES transactions(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('subject','resolution')),
            linked_at TEXT NOT NULL,
            PRIMARY KEY (case_id, transaction_id)
        )"""
    )
    db.execute("CREATE INDEX idx_case_transactions_txn ON case_transactions (transaction_id)")
    db.execute(
        """
        CREATE TABLE case_steps (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            step_key TEXT NOT NULL,
            done_at TEXT NOT NULL,
            done_by TEXT NOT NULL,
            "values" TEXT NOT NULL DEFAULT '{}',
            UNIQUE (case_id, step_key)
        )"""
    )
    db.execute(
        """
        CREATE TABLE case_attachments (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            step_key TEXT NOT NULL DEFAULT '',
            original_name TEXT NOT NULL,
            stored_path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE disputes (
            id INTEGER PRIMARY KEY,
            transaction_id INTEGER NOT NULL REFERENCES transactions(id) ON DELETE CASCADE,
            received_on TEXT NOT NULL,
            respond_by TEXT,
            reason_code TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_disputes_txn ON disputes (transaction_id)")
    db.execute(
        """
        CREATE TABLE rehearsals (
            id INTEGER PRIMARY KEY,
            staff TEXT NOT NULL,
            path TEXT NOT NULL,
            terminal_kind TEXT NOT NULL,
            processor TEXT NOT NULL DEFAULT '',
            steps_done INTEGER NOT NULL,
            completed_at TEXT NOT NULL
        )"""
    )


@migrations()
def m002_cases_on_their_alerts(db: Database) -> None:
    """Cases opened before alerts showed their case (detection's m002): report each to its
    alert, and let the closed ones resolve (or dismiss) it, audited, as closing does now."""
    from shopguard.core.detection import alerts as detection_alerts
    from shopguard.core.procedures.cases import ALERT_STATUS
    from shopguard.core.procedures.letter import t

    rows = db.execute(
        "SELECT id, alert_id, status, outcome, closed_by, close_note FROM cases"
        " WHERE alert_id IN (SELECT id FROM alerts) ORDER BY id").fetchall()
    for case_id, alert_id, status, outcome, closed_by, note in rows:
        detection_alerts.case_opened(db, alert_id, case_id)
        if status == "closed" and outcome in ALERT_STATUS:
            detection_alerts.case_closed(
                db, case_id, outcome, outcome_en=t(outcome, "en"),
                outcome_zh=t(outcome, "zh_CN"), alert_status=ALERT_STATUS[outcome],
                reason=note or f"case #{case_id}: {t(outcome, 'en')}",
                actor=closed_by or "system")
