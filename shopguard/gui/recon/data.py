"""What the Reconciliation screen shows, read in a background op (no widgets here).

The one place that knows the shape of `core.reconcile`'s results: everything the widgets
use is copied into the plain rows below, so the widgets never touch a core object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shopguard.core import reconcile
from shopguard.core.store import Database, access, settings


@dataclass
class PayoutRow:
    key: str
    acquirer: str
    merchant_id: str
    settle_dates: list[str]
    credit_date: str | None
    expected_minor: int
    received_minor: int
    difference_minor: int
    status: str
    explained: bool = False
    note: str = ""
    manual: bool = False
    bank_line_ids: list[int] = field(default_factory=list)
    transaction_ids: list[int] = field(default_factory=list)


@dataclass
class CreditRow:
    bank_line_id: int | None
    date: str
    amount_minor: int
    description: str
    counterparty: str
    reason: str


@dataclass
class OverchargedRow:
    transaction_id: int | None
    reference_no: str
    occurred_at: str
    terminal_id: str
    card_type: str
    amount_minor: int | None
    charged_minor: int
    contract_minor: int


@dataclass
class DayRate:
    date: str
    sales_minor: int
    fees_minor: int
    rate: float | None


@dataclass
class MonthView:
    month: str
    months: list[str]
    currency: str
    expected_minor: int = 0
    received_minor: int = 0
    difference_minor: int = 0
    fees_minor: int = 0
    effective_rate: float | None = None
    contract_minor: int = 0
    overcharge_minor: int = 0
    payouts: list[PayoutRow] = field(default_factory=list)
    credits: list[CreditRow] = field(default_factory=list)
    overcharged: list[OverchargedRow] = field(default_factory=list)
    per_day: list[DayRate] = field(default_factory=list)
    staff_mode: bool = False


@dataclass
class BankLine:
    id: int
    date: str
    amount_minor: int
    currency: str
    description: str
    counterparty: str
    matched: bool = False
    source: str = ""


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def load_month(db: Database, month: str | None) -> MonthView:
    """The month to show (the newest with sales when `month` is None or unknown)."""
    months = list(reconcile.months(db))
    currency = str(settings.get(db, "currency"))
    if month not in months:
        month = months[0] if months else None
    if month is None:
        return MonthView("", [], currency, staff_mode=access.staff_mode(db))
    rec = reconcile.reconcile_month(db, month)
    fee = _get(rec, "fee_check")
    view = MonthView(
        month=month, months=months, currency=str(_get(rec, "currency") or currency),
        expected_minor=int(_get(rec, "expected_minor", 0)),
        received_minor=int(_get(rec, "received_minor", 0)),
        difference_minor=int(_get(rec, "difference_minor", 0)),
        fees_minor=int(_get(rec, "fees_minor", 0)),
        effective_rate=_rate(_get(rec, "effective_rate")),
        contract_minor=int(_get(fee, "contract_minor", 0) or 0),
        overcharge_minor=int(_get(fee, "overcharge_minor", 0) or 0),
        staff_mode=access.staff_mode(db))
    for d in _get(rec, "deposits", []) or []:
        view.payouts.append(PayoutRow(
            key=str(_get(d, "key", "")), acquirer=str(_get(d, "acquirer", "") or ""),
            merchant_id=str(_get(d, "merchant_id", "") or ""),
            settle_dates=[str(s) for s in _get(d, "settle_dates", []) or []],
            credit_date=_get(d, "credit_date"),
            expected_minor=int(_get(d, "expected_minor", 0) or 0),
            received_minor=int(_get(d, "received_minor", 0) or 0),
            difference_minor=int(_get(d, "difference_minor", 0) or 0),
            status=str(_get(d, "status", "")), explained=bool(_get(d, "explained", False)),
            note=str(_get(d, "note", "") or ""), manual=bool(_get(d, "manual", False)),
            bank_line_ids=[int(i) for i in _get(d, "bank_line_ids", []) or []],
            transaction_ids=[int(i) for i in _get(d, "transaction_ids", []) or []]))
    for c in _get(rec, "unexplained_credits", []) or []:
        line = _get(c, "bank_line_id")
        view.credits.append(CreditRow(
            bank_line_id=None if line is None else int(line), date=str(_get(c, "date", "")),
            amount_minor=int(_get(c, "amount_minor", 0) or 0),
            description=str(_get(c, "description", "") or ""),
            counterparty=str(_get(c, "counterparty", "") or ""),
            reason=str(_get(c, "reason", "") or "")))
    for o in _get(fee, "overcharged", []) or []:
        txn = _get(o, "transaction_id")
        amount = _get(o, "amount_minor")
        view.overcharged.append(OverchargedRow(
            transaction_id=None if txn is None else int(txn),
            reference_no=str(_get(o, "reference_no", "") or ""),
            occurred_at=str(_get(o, "occurred_at", "") or ""),
            terminal_id=str(_get(o, "terminal_id", "") or ""),
            card_type=str(_get(o, "card_type", "") or ""),
            amount_minor=None if amount is None else int(amount),
            charged_minor=int(_get(o, "charged_minor", 0) or 0),
            contract_minor=int(_get(o, "contract_minor", 0) or 0)))
    for day in _get(fee, "per_day", []) or []:
        view.per_day.append(DayRate(
            date=str(_get(day, "date", "")), sales_minor=int(_get(day, "sales_minor", 0) or 0),
            fees_minor=int(_get(day, "fees_minor", 0) or 0), rate=_rate(_get(day, "rate"))))
    return view


def _rate(value: Any) -> float | None:
    return None if value is None else float(value)


def load_bank_lines(db: Database, month: str) -> list[BankLine]:
    """The month's acquirer credits, for the manual match dialog."""
    return [BankLine(
        id=int(_get(b, "id")), date=str(_get(b, "date", "")),
        amount_minor=int(_get(b, "amount_minor", 0) or 0),
        currency=str(_get(b, "currency", "") or ""),
        description=str(_get(b, "description", "") or ""),
        counterparty=str(_get(b, "counterparty", "") or ""),
        matched=bool(_get(b, "matched", False)), source=str(_get(b, "source", "") or ""))
        for b in reconcile.bank_lines(db, month)]
