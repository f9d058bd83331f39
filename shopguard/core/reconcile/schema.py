"""Tables of reconciliation: bank statement lines and the owner's manual decisions.

`bank_lines` is written by the importer (bank formats, `shopguard.core.importing`) and read
here; it lives in this migration set because reconciliation is what it is for. The owner's
decisions are keyed by stable natural keys (payout ids, bank line natural keys), never by
row ids, so they survive undoing and re-importing a file and re-running the match.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("shopguard.reconcile")


@migrations()
def m001_bank_lines_and_decisions(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE bank_lines (
            id INTEGER PRIMARY KEY,
            booked_on TEXT NOT NULL,
            traded_on TEXT,
            time TEXT NOT NULL DEFAULT '',
            amount_minor INTEGER NOT NULL,
            currency TEXT NOT NULL,
            balance_minor INTEGER,
            description TEXT NOT NULL DEFAULT '',
            counterparty TEXT NOT NULL DEFAULT '',
            counterparty_account TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '',
            account TEXT NOT NULL DEFAULT '',
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            source_line INTEGER NOT NULL,
            natural_key TEXT NOT NULL UNIQUE
        )"""
    )
    db.execute("CREATE INDEX idx_bank_lines_booked ON bank_lines (booked_on)")
    db.execute("CREATE INDEX idx_bank_lines_import ON bank_lines (import_id)")
    # A credit paired by hand with one or more payouts (JSON list of payout ids).
    db.execute(
        """
        CREATE TABLE reconcile_matches (
            bank_line_key TEXT PRIMARY KEY,
            payout_ids TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            actor TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    # Pairs the owner took apart: the automatic match must not make them again.
    db.execute(
        """
        CREATE TABLE reconcile_rejections (
            payout_id TEXT NOT NULL,
            bank_line_key TEXT NOT NULL,
            actor TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (payout_id, bank_line_key)
        )"""
    )
    # Notes explaining a difference: subject 'payout:<payout id>' or 'bank:<bank line key>'.
    db.execute(
        """
        CREATE TABLE reconcile_notes (
            subject TEXT PRIMARY KEY,
            note TEXT NOT NULL,
            actor TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
