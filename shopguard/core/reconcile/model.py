"""What a month's reconciliation holds: plain dataclasses, no database, no Qt.

Money is integer minor units in `MonthReconciliation.currency`. Rates are parts per million
(``5_500`` = 0.55 %); `to_json()` also gives them as fractions (``0.0055``). Dates are
``YYYY-MM-DD`` text.

Stable keys (they survive undoing and re-importing a file, and re-running the match):
- a payout id is ``acquirer|merchant_id|currency|payout_date`` (`Deposit.payout_ids`);
- a bank line key is the line's natural key in `bank_lines` (`Deposit.bank_line_key`,
  `Credit.bank_line_key`);
- a subject (`Deposit.subject`, `Credit.subject`) names what `explain()` attaches a note to.
Row ids (`bank_line_id`, `transaction_ids`) are for drill-down only: they change on re-import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shopguard.core.notes import Note

# Deposit statuses, in the order a screen may sort them by urgency.
STATUSES: tuple[str, ...] = ("missing", "short", "late", "merged", "matched")
# Why an acquirer credit is listed apart from the deposits.
REASONS: tuple[str, ...] = ("unexplained", "previous_period")
CARD_KINDS: tuple[str, ...] = ("debit", "credit", "unknown")


def rate_fraction(ppm: int | None) -> float | None:
    """Parts per million as a fraction for JSON (6 decimals: exact for whole ppm)."""
    return None if ppm is None else round(ppm / 1_000_000, 6)


def rate_ppm(fee_minor: int, volume_minor: int) -> int | None:
    """`fee_minor / volume_minor` in parts per million, rounded half up; None without volume."""
    if volume_minor <= 0:
        return None
    return (fee_minor * 1_000_000 * 2 + volume_minor) // (volume_minor * 2)


@dataclass
class Deposit:
    """One expected payout, or several paid as one credit, and the bank credit found for it.

    `status`: ``matched`` (exact amount on the expected day), ``late`` (exact amount on a later
    day within the late window), ``merged`` (one credit equal to several consecutive payouts),
    ``short`` (a credit on the day, below the expected amount), ``missing`` (no credit).
    A manual match keeps the status its amounts and dates give, with `manual` set.
    """

    acquirer: str                 # acquirer key: 'allinpay', 'square', ... or the owner's name
    merchant_id: str
    currency: str
    settle_dates: list[str]       # the expected payout date(s); several when merged
    credit_date: str | None       # the bank line's date; None when missing
    expected_minor: int
    received_minor: int
    status: str
    payout_ids: list[str]         # stable keys, one per settle date
    trade_dates: list[str] = field(default_factory=list)   # days of the sales it pays for
    transaction_ids: list[int] = field(default_factory=list)  # rows it pays for (drill-down)
    sales_minor: int = 0          # successful sales in it (gross)
    fees_minor: int = 0           # net fees deducted (returned fees subtracted)
    bank_line_id: int | None = None
    bank_line_key: str | None = None
    bank_description: str = ""    # the credit's summary and counterparty as the bank shows them
    manual: bool = False          # paired by the owner (manual_match)
    explanation: str = ""         # the owner's note (explain), '' if none

    @property
    def difference_minor(self) -> int:
        """Received minus expected: negative when money is missing."""
        return self.received_minor - self.expected_minor

    @property
    def subject(self) -> str:
        """What `explain()` takes to annotate this deposit."""
        return f"payout:{self.payout_ids[0]}"

    def to_json(self, with_ids: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "settle_dates": list(self.settle_dates),
            "credit_date": self.credit_date,
            "expected_minor": self.expected_minor,
            "received_minor": self.received_minor,
            "difference_minor": self.difference_minor,
            "status": self.status,
            "acquirer": self.acquirer,
            "merchant_id": self.merchant_id,
            "currency": self.currency,
            "payout_ids": list(self.payout_ids),
            "trade_dates": list(self.trade_dates),
            "sales_minor": self.sales_minor,
            "fees_minor": self.fees_minor,
            "bank_line_id": self.bank_line_id,
            "bank_line_key": self.bank_line_key,
            "bank_description": self.bank_description,
            "manual": self.manual,
            "explanation": self.explanation,
            "subject": self.subject,
        }
        if with_ids:
            data["transaction_ids"] = list(self.transaction_ids)
        return data


@dataclass
class Credit:
    """An acquirer credit in the bank statement that pays for none of the month's payouts.

    `reason`: ``previous_period`` when it pays for sales before the month (it arrived before
    the month's first payout was due, or equals a payout of the month before), otherwise
    ``unexplained`` (an adjustment, a chargeback reversal, or a payout ShopGuard cannot see).
    """

    date: str
    amount_minor: int
    currency: str
    description: str              # the bank's summary, counterparty and details, joined
    reason: str
    acquirer: str
    bank_line_id: int
    bank_line_key: str
    counterparty: str = ""
    explanation: str = ""

    @property
    def subject(self) -> str:
        return f"bank:{self.bank_line_key}"

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "amount_minor": self.amount_minor,
            "description": self.description,
            "reason": self.reason,
            "currency": self.currency,
            "acquirer": self.acquirer,
            "counterparty": self.counterparty,
            "bank_line_id": self.bank_line_id,
            "bank_line_key": self.bank_line_key,
            "explanation": self.explanation,
            "subject": self.subject,
        }


@dataclass
class OverchargedSale:
    """A successful sale whose fee is above the contract by more than one minor unit."""

    transaction_id: int
    reference_no: str
    occurred_at: str
    terminal_id: str
    card_kind: str                # debit | credit | unknown (unknown: the dearer kind counts)
    amount_minor: int
    charged_minor: int
    contract_minor: int

    @property
    def overcharge_minor(self) -> int:
        return self.charged_minor - self.contract_minor

    def to_json(self) -> dict[str, Any]:
        return {
            "reference_no": self.reference_no,
            "occurred_at": self.occurred_at,
            "charged_minor": self.charged_minor,
            "contract_minor": self.contract_minor,
            "overcharge_minor": self.overcharge_minor,
            "transaction_id": self.transaction_id,
            "terminal_id": self.terminal_id,
            "card_kind": self.card_kind,
            "amount_minor": self.amount_minor,
        }


@dataclass
class FeeDay:
    """One trading day: sales, the fees net of returns, the effective rate, the overcharge."""

    date: str
    sales_minor: int              # successful sales minus voids and refunds
    fees_minor: int               # fees charged minus fees returned
    overcharge_minor: int = 0

    @property
    def effective_rate_ppm(self) -> int | None:
        return rate_ppm(self.fees_minor, self.sales_minor)

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "sales_minor": self.sales_minor,
            "fees_minor": self.fees_minor,
            "effective_rate": rate_fraction(self.effective_rate_ppm),
            "effective_rate_ppm": self.effective_rate_ppm,
            "overcharge_minor": self.overcharge_minor,
        }


@dataclass(frozen=True)
class FeeContract:
    """The contract the fees are checked against (from Settings)."""

    debit_rate_ppm: int
    credit_rate_ppm: int
    debit_cap_minor: int          # 0 = no cap
    fixed_minor: int              # per sale

    @property
    def configured(self) -> bool:
        """False until the owner has entered the contract's rates."""
        return bool(self.debit_rate_ppm or self.credit_rate_ppm or self.fixed_minor)

    def to_json(self) -> dict[str, Any]:
        return {
            "debit_rate": rate_fraction(self.debit_rate_ppm),
            "credit_rate": rate_fraction(self.credit_rate_ppm),
            "debit_rate_ppm": self.debit_rate_ppm,
            "credit_rate_ppm": self.credit_rate_ppm,
            "debit_cap_minor": self.debit_cap_minor,
            "fixed_minor": self.fixed_minor,
            "configured": self.configured,
        }


@dataclass
class FeeCheck:
    """Every successful sale's fee against the contract (tolerance: one minor unit).

    `charged_minor` and `contract_minor` sum the sales whose fee the statement gives;
    `overcharge_minor` sums what the overcharged sales paid above the contract.
    """

    contract: FeeContract
    charged_minor: int = 0
    contract_minor: int = 0
    overcharge_minor: int = 0
    overcharged: list[OverchargedSale] = field(default_factory=list)
    checked_sales: int = 0
    sales_without_fee: int = 0    # the statement gives no fee for them: not checked
    days: list[FeeDay] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "charged_minor": self.charged_minor,
            "contract_minor": self.contract_minor,
            "overcharge_minor": self.overcharge_minor,
            "overcharged": [s.to_json() for s in self.overcharged],
            "contract": self.contract.to_json(),
            "checked_sales": self.checked_sales,
            "sales_without_fee": self.sales_without_fee,
            "days": [d.to_json() for d in self.days],
        }


@dataclass
class MonthReconciliation:
    """A month's card takings against the bank, and its fees against the contract.

    The month covers the sales made in it (trade dates); their payouts may land early in
    the next month. `received_minor` counts the credits matched to the month's payouts.
    """

    month: str                    # 'YYYY-MM'
    currency: str
    expected_minor: int = 0
    received_minor: int = 0
    fees_minor: int = 0           # fees charged minus fees returned, on the month's rows
    sales_minor: int = 0          # successful sales minus voids and refunds
    deposits: list[Deposit] = field(default_factory=list)
    unexplained_credits: list[Credit] = field(default_factory=list)
    fee_check: FeeCheck = field(default_factory=lambda: FeeCheck(FeeContract(0, 0, 0, 0)))
    bank_period: tuple[str, str] | None = None   # first and last date of the stored bank lines
    notes: list[Note] = field(default_factory=list)  # shopguard.core.notes, both languages
    # False when reconciled without them (`Deposit.transaction_ids` then empty, and left out
    # of `to_json`): a command-line summary does not need 60,000 ids.
    with_transaction_ids: bool = True

    @property
    def difference_minor(self) -> int:
        return self.received_minor - self.expected_minor

    @property
    def effective_rate_ppm(self) -> int | None:
        return rate_ppm(self.fees_minor, self.sales_minor)

    @property
    def effective_rate(self) -> float | None:
        """Fees over sales as a fraction (0.0055 = 0.55 %); None without sales."""
        return rate_fraction(self.effective_rate_ppm)

    def status_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for d in self.deposits:
            counts[d.status] = counts.get(d.status, 0) + 1
        return counts

    def to_json(self) -> dict[str, Any]:
        """The `shopguard reconcile --json` document (issue 14's shape, plus drill-down keys)."""
        return {
            "month": self.month,
            "currency": self.currency,
            "expected_minor": self.expected_minor,
            "received_minor": self.received_minor,
            "difference_minor": self.difference_minor,
            "fees_minor": self.fees_minor,
            "effective_rate": self.effective_rate,
            "deposits": [d.to_json(self.with_transaction_ids) for d in self.deposits],
            "unexplained_credits": [c.to_json() for c in self.unexplained_credits],
            "fee_check": self.fee_check.to_json(),
            # beyond the shape: for the screen and the report
            "effective_rate_ppm": self.effective_rate_ppm,
            "sales_minor": self.sales_minor,
            "status_counts": self.status_counts(),
            "bank_period": list(self.bank_period) if self.bank_period else None,
            "notes": [n.to_json() for n in self.notes],
        }
