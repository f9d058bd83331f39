"""What the Reconciliation screen shows, read in a background op (no widgets here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from shopguard.core import reconcile
from shopguard.core.reconcile import BankLine, MonthReconciliation
from shopguard.core.store import Database, access, settings


@dataclass
class MonthView:
    """A month's reconciliation with what the screen needs around it."""

    month: str                                  # '' when there is nothing to reconcile
    months: list[str]                           # newest first
    currency: str
    rec: MonthReconciliation | None = None
    bank_lines: dict[int, BankLine] = field(default_factory=dict)   # by id: drill-down
    staff_mode: bool = False


def load_month(db: Database, month: str | None) -> MonthView:
    """The month to show: `month`, else the newest one with transactions."""
    months = sorted(reconcile.months_available(db), reverse=True)
    staff = access.staff_mode(db)
    if month not in months:
        month = months[0] if months else None
    if month is None:
        return MonthView("", [], str(settings.get(db, "currency")), staff_mode=staff)
    rec = reconcile.reconcile_month(db, month)
    lines = {b.id: b for b in reconcile.bank_lines(db, month)}
    return MonthView(month, months, rec.currency, rec, lines, staff)
