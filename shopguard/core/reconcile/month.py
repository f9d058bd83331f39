"""A month's reconciliation, put together: payouts, bank credits, matching, fee check.

(API first: the implementation lands in the next commits.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from shopguard.core.reconcile.model import MonthReconciliation


@dataclass
class BankLine:
    """A stored bank statement line, for the manual-match picker and drill-down."""

    id: int
    key: str                      # natural key: stable, what manual_match takes
    date: str                     # booked on
    amount_minor: int             # signed: credit > 0, debit < 0
    currency: str
    balance_minor: int | None
    description: str
    counterparty: str
    details: str
    acquirer: str                 # acquirer key its counterparty/summary names, '' if none
    import_id: int

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "key": self.key, "date": self.date,
                "amount_minor": self.amount_minor, "currency": self.currency,
                "balance_minor": self.balance_minor, "description": self.description,
                "counterparty": self.counterparty, "details": self.details,
                "acquirer": self.acquirer, "import_id": self.import_id}


def reconcile_month(db: Database, month: str, *, currency: str | None = None) -> MonthReconciliation:
    """Reconcile the sales of `month` ('YYYY-MM') with the stored bank lines.

    Reads only: nothing is stored (manual decisions are read and applied). `currency`
    None takes the currency most of the month's transactions are in. Raises ReconcileError
    for a malformed month.
    """
    raise NotImplementedError("reconcile_month: coming in the next commit")


def months_available(db: Database) -> list[str]:
    """Months ('YYYY-MM', oldest first) with at least one transaction."""
    rows = db.conn.execute(
        "SELECT DISTINCT substr(occurred_at, 1, 7) FROM transactions ORDER BY 1").fetchall()
    return [r[0] for r in rows]


def bank_lines(db: Database, month: str, *, credits_only: bool = True) -> list[BankLine]:
    """The bank lines that can pay the month's payouts: booked from the month's first day to
    the end of the late window after it (oldest first). For the manual-match picker."""
    raise NotImplementedError("bank_lines: coming in the next commit")
