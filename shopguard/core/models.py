"""The normalized transaction every statement format produces."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Time unknown. A statement that gives a date and no time of day (Square's 2018 export) is
# stored with `occurred_at` at that day's midnight (``YYYY-MM-DDT00:00:00``) and
# `time_known` 0 (migration m006; 1 everywhere else). Midnight keeps every date range, day
# and month bucket right (``occurred_at >= 'YYYY-MM-DDT00:00:00'`` still holds it); what is
# wrong about it is only the time of day, so every reader of a time of day asks first: hour
# charts and the heatmap leave such rows out, screens, exports and letters show the date with
# "time unknown", and detection never takes them for midnight (off-hours, bursts, split
# sales and decline storms skip them; duplicates among them need more, see
# detection/rules/duplicate_swipe.py). A partial index finds them at once.
TIME_KNOWN_SQL = "time_known"
TIME_UNKNOWN_TEXT = {"en": "time unknown", "zh_CN": "时间未知"}


def latest_moment(occurred_at: str, time_known: bool | int) -> str:
    """The latest time `occurred_at` may stand for: itself, or the end of its day when the
    time is unknown (so "at or before a refund" keeps that day's sales, whatever their time)."""
    return occurred_at if time_known else occurred_at[:10] + "T23:59:59"


def shown_time(occurred_at: str, time_known: bool | int, lang: str = "en") -> str:
    """``2018-12-27 10:00:00``, or ``2018-12-27 (time unknown)`` / ``2018-12-27（时间未知）``."""
    if time_known:
        return occurred_at.replace("T", " ")
    if lang.startswith("zh"):
        return f"{occurred_at[:10]}（{TIME_UNKNOWN_TEXT['zh_CN']}）"
    return f"{occurred_at[:10]} ({TIME_UNKNOWN_TEXT['en']})"


class TxnType(StrEnum):
    SALE = "sale"
    VOID = "void"
    REFUND = "refund"
    PREAUTH = "preauth"
    PREAUTH_COMPLETE = "preauth_complete"
    REVERSAL = "reversal"
    OTHER = "other"


class TxnStatus(StrEnum):
    SUCCESS = "success"
    FAILED = "failed"


@dataclass(slots=True)
class ParsedTxn:
    """One statement row, normalized.

    Sign conventions (the same for every format):
    - `amount_minor` is the transaction's positive magnitude; `type` says its direction.
    - `fee_minor` is what the acquirer charged for it (negative when a fee is returned on a
      void/refund); None when the file has no fee column.
    - `net_minor` is what the row adds to the merchant's settlement (negative on voids and
      refunds); None when unknown.
    - `occurred_at` is local shop time, ISO 8601 ``YYYY-MM-DDTHH:MM:SS``; when the statement
      gives no time of day, the day's midnight with `time_known` False (see TIME_KNOWN_SQL).
    """

    occurred_at: str
    type: str
    status: str
    amount_minor: int
    currency: str
    fee_minor: int | None = None
    net_minor: int | None = None
    settled_on: str | None = None
    merchant_id: str = ""
    terminal_id: str = ""
    card: str = ""
    card_brand: str = ""
    card_type: str = ""
    reference_no: str = ""
    voucher_no: str = ""
    batch_no: str = ""
    auth_code: str = ""
    original_reference_no: str = ""
    operator: str = ""
    order_no: str = ""
    description: str = ""
    # Refunded inside this same row (Stripe's amount_refunded); 0 where refunds are own rows.
    refunded_minor: int = 0
    time_known: bool = True  # False: the statement gave only the date (occurred_at midnight)
    # Set by the importer, not by formats.
    source_line: int = 0


# Column order of the `transactions` table's imported data (natural_key, import_id and
# source_line are added by the importer).
TXN_COLUMNS: tuple[str, ...] = (
    "occurred_at",
    "settled_on",
    "merchant_id",
    "terminal_id",
    "card",
    "card_brand",
    "card_type",
    "type",
    "status",
    "amount_minor",
    "fee_minor",
    "net_minor",
    "currency",
    "reference_no",
    "voucher_no",
    "batch_no",
    "auth_code",
    "original_reference_no",
    "operator",
    "order_no",
    "description",
    "refunded_minor",
    "time_known",
)
# What a row without a reference number is keyed by (parsing.NaturalKeys): everything but
# `time_known`, which came later, so that rows stored before it keep their keys.
HASHED_COLUMNS: tuple[str, ...] = TXN_COLUMNS[:-1]


@dataclass(slots=True)
class ParsedBankLine:
    """One line of a bank account statement, normalized.

    - `amount_minor` is signed: money in (a credit) is positive, money out negative.
    - `booked_on` is the booking date (记账日期) or, where the bank gives only one date, the
      transaction date, ``YYYY-MM-DD``; `traded_on` the transaction date when both are given.
    - Account numbers (`counterparty_account`, `account`) are masked as banks mask them
      (first 4 and last 4 digits) before they get here.
    """

    booked_on: str
    amount_minor: int
    currency: str
    balance_minor: int | None = None
    traded_on: str | None = None
    time: str = ""
    description: str = ""
    counterparty: str = ""
    counterparty_account: str = ""
    details: str = ""
    account: str = ""


# Column order of the `bank_lines` table's imported data (import_id, source_line and
# natural_key are added by the importer).
BANK_COLUMNS: tuple[str, ...] = (
    "booked_on",
    "traded_on",
    "time",
    "amount_minor",
    "currency",
    "balance_minor",
    "description",
    "counterparty",
    "counterparty_account",
    "details",
    "account",
)
