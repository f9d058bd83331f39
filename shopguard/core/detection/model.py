"""What the rules read (`Txn`) and what they return (`Candidate`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

# Columns every rule may read; `Txn` fields in the same order.
TXN_SELECT = (
    "id, occurred_at, unixepoch(occurred_at), merchant_id, terminal_id, card, card_brand,"
    " type, status, amount_minor, currency, reference_no, voucher_no,"
    " original_reference_no, operator, natural_key, refunded_minor, time_known"
)

SEVERITIES = ("low", "medium", "high")


class Txn(NamedTuple):
    """One transaction row as the rules see it (a NamedTuple: built straight from SQL rows)."""

    id: int
    occurred_at: str
    ts: int  # seconds, for window arithmetic (local time read as UTC: only differences count)
    merchant_id: str
    terminal_id: str
    card: str
    card_brand: str
    type: str
    status: str
    amount_minor: int
    currency: str
    reference_no: str
    voucher_no: str
    original_reference_no: str
    operator: str
    natural_key: str
    refunded_minor: int  # refunds folded into the sale row (Stripe's amount_refunded)
    time_known: int  # 0: the statement gave only the date; occurred_at is that midnight

    @property
    def is_sale(self) -> bool:
        return self.type == "sale" and self.status == "success"

    @property
    def day(self) -> str:
        return self.occurred_at[:10]

    @property
    def who(self) -> str:
        """The card, or the payer's brand when the statement has no card column (Adyen)."""
        return self.card or (f"brand:{self.card_brand}" if self.card_brand else "")

    @property
    def place(self) -> str:
        """The terminal, or the merchant where the terminal is unknown."""
        return self.terminal_id or f"merchant:{self.merchant_id}"


@dataclass
class Candidate:
    """One finding of one rule, before it is stored as an alert."""

    rule: str
    key: str  # stable part of the fingerprint (natural keys, card, day), never row ids
    severity: str
    score: int
    evidence: list[tuple[Txn, str]]  # (row, role) in display order
    params: dict[str, Any] = field(default_factory=dict)
    status: str = "open"  # or "resolved"

    @property
    def fingerprint(self) -> str:
        return f"{self.rule}|{self.key}"

    @property
    def first_at(self) -> str:
        return min(t.occurred_at for t, _ in self.evidence)

    @property
    def last_at(self) -> str:
        return max(t.occurred_at for t, _ in self.evidence)


def severity_for(score: int, high: int = 70, medium: int = 45) -> str:
    return "high" if score >= high else "medium" if score >= medium else "low"


def clamp(score: float) -> int:
    return max(0, min(100, round(score)))
