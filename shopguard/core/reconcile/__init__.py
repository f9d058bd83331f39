"""Monthly reconciliation: did every day's card takings reach the bank, at the contract's fee?

The public face (the CLI, the GUI and the month-end report use only these names):

- `reconcile_month(db, "YYYY-MM") -> MonthReconciliation`: expected payouts per acquirer,
  merchant id and payout date from the month's sales; each matched with the acquirer's
  credits in the stored bank lines (`Deposit.status`: matched, late, merged, short, missing);
  acquirer credits that pay for nothing of the month (`Credit.reason`: unexplained,
  previous_period); every sale's fee against the contract (`FeeCheck`). Read-only.
  `MonthReconciliation.to_json()` is the `shopguard reconcile --json` document.
- `months_available(db)`, `bank_lines(db, month)` (the credits a manual match can pick).
- The owner's decisions, audited, keyed by stable keys so they survive re-import and
  re-matching: `manual_match(db, payout_ids, bank_line_key)`, `unmatch(db, payout_ids,
  bank_line_key)`, `explain(db, subject, note)` (`Deposit.subject` / `Credit.subject`).
- `texts`: statuses, reasons, card kinds and acquirers in English and Chinese.

Bank statement lines are imported like terminal statements (`shopguard import`; bank formats
in `core.importing.formats`) into the `bank_lines` table this package's migrations create.
"""

from shopguard.core.notes import Note
from shopguard.core.reconcile import report, texts
from shopguard.core.reconcile.manual import ReconcileError, explain, manual_match, unmatch
from shopguard.core.reconcile.model import (
    CARD_KINDS,
    REASONS,
    STATUSES,
    Credit,
    Deposit,
    FeeCheck,
    FeeContract,
    FeeDay,
    MonthReconciliation,
    OverchargedSale,
)
from shopguard.core.reconcile.month import BankLine, bank_lines, months_available, reconcile_month
from shopguard.core.reconcile.schema import migrations

__all__ = [
    "CARD_KINDS",
    "REASONS",
    "STATUSES",
    "BankLine",
    "Credit",
    "Deposit",
    "FeeCheck",
    "FeeContract",
    "FeeDay",
    "MonthReconciliation",
    "Note",
    "OverchargedSale",
    "ReconcileError",
    "bank_lines",
    "explain",
    "manual_match",
    "migrations",
    "months_available",
    "reconcile_month",
    "report",
    "texts",
    "unmatch",
]
