"""Tables of the detection subsystem: alerts, their evidence rows and review history.

Review decisions are keyed by the alert's fingerprint, not only its id: when an import is
undone the alert goes with its rows (ON DELETE CASCADE + trigger), and if the same rows are
imported again the re-created alert comes back with the decision the owner already made.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("shopguard.detection")


@migrations()
def m001_alerts(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            rule TEXT NOT NULL,
            fingerprint TEXT NOT NULL UNIQUE,
            severity TEXT NOT NULL CHECK (severity IN ('low','medium','high')),
            score INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open','dismissed','confirmed','resolved')),
            params TEXT NOT NULL DEFAULT '{}',
            explanation_en TEXT NOT NULL,
            explanation_zh TEXT NOT NULL,
            first_at TEXT NOT NULL,
            last_at TEXT NOT NULL,
            merchant_id TEXT NOT NULL DEFAULT '',
            terminal_id TEXT NOT NULL DEFAULT '',
            card TEXT NOT NULL DEFAULT '',
            amount_minor INTEGER,
            currency TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_alerts_status ON alerts (status, rule)")
    db.execute("CREATE INDEX idx_alerts_first_at ON alerts (first_at)")
    db.execute(
        """
        CREATE TABLE alert_transactions (
            alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            transaction_id INTEGER NOT NULL REFERENCES transactions(id) ON DELETE CASCADE,
            role TEXT NOT NULL DEFAULT 'evidence',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (alert_id, transaction_id)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX idx_alert_transactions_txn ON alert_transactions (transaction_id)")
    # An alert whose last evidence row is gone (its import was undone) goes too.
    db.execute(
        """
        CREATE TRIGGER alert_transactions_orphan AFTER DELETE ON alert_transactions
        WHEN NOT EXISTS (SELECT 1 FROM alert_transactions WHERE alert_id = OLD.alert_id)
        BEGIN
            DELETE FROM alerts WHERE id = OLD.alert_id;
        END"""
    )
    db.execute(
        """
        CREATE TABLE alert_reviews (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            alert_id INTEGER,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('dismiss','confirm','reopen')),
            reason TEXT NOT NULL DEFAULT '',
            status_before TEXT NOT NULL,
            status_after TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_alert_reviews_fingerprint ON alert_reviews (fingerprint, id)")
    # The scan's one full pass walks this covering index in (card, time) order.
    db.execute(
        "CREATE INDEX idx_transactions_card_time ON transactions (card, occurred_at, amount_minor)"
    )
    # Voids/refunds are few: the refund rules read them through this partial index.
    db.execute(
        "CREATE INDEX idx_transactions_refunds ON transactions (original_reference_no)"
        " WHERE type IN ('refund','void')"
    )
    # Whole hundreds (round_amount rule).
    db.execute(
        "CREATE INDEX idx_transactions_round ON transactions (amount_minor)"
        " WHERE amount_minor % 10000 = 0"
    )
    # Which imports the last scan covered, so the app can scan only what came since.
    db.execute("CREATE TABLE detection_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m002_alert_cases(db: Database) -> None:
    """The cases worked for an alert, as the procedures report them (`alerts.case_opened`,
    `alerts.case_closed`): the alert shows its case and outcome, and a case closed as
    voided/refunded/... keeps the alert resolved through re-scans. Keyed by the alert's
    fingerprint, like review decisions, so it survives an undo and re-import."""
    db.execute(
        """
        CREATE TABLE alert_cases (
            case_id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
            outcome TEXT NOT NULL DEFAULT '',
            outcome_en TEXT NOT NULL DEFAULT '',
            outcome_zh TEXT NOT NULL DEFAULT '',
            alert_status TEXT,
            closed_at TEXT
        )"""
    )
    db.execute("CREATE INDEX idx_alert_cases_fingerprint ON alert_cases (fingerprint, case_id)")
