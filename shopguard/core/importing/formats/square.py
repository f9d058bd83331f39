"""Square Transactions CSV (dashboard export, 55 columns; the 2018 44-column file also reads).

- The 2018 export (44 columns: `Installment`, no `Service Charges`; re-saved by a spreadsheet)
  writes ``12/27/2018`` with `Time` and `Time Zone` empty, money as ``"$1,149.00 "`` and
  ``($33.62)``, and leaves Transaction ID, Payment ID, Card Brand and PAN Suffix empty. A row
  without a time is stored as its date with `time_known` False (counted in a note; see
  `shopguard.core.models.TIME_KNOWN_SQL`), never read as midnight; a row without an id is
  keyed by its content, like every row without a reference.

- One row per event: `Event Type` Payment → sale, Refund → refund. A same-day cancellation is
  also a Refund row (Refund Reason "Canceled order"); the file cannot tell a void from a refund,
  so both are stored as `refund` (as Square shows them).
- `Transaction Status` Complete → success, Failed → failed (no column → success).
- Money is written ``$22.50`` / ``-$0.95`` / ``($33.62)``; the currency comes from the symbol
  (``$`` USD, ``£`` GBP, ``€`` EUR, ``¥`` JPY), else the shop's currency setting.
- Amount: `Total Collected` (what the customer paid). A failed payment collected nothing, so its
  attempted amount is Net Sales + Service Charges + Tax + Tip.
- `Fees` is negative when charged and positive when returned on a refund; stored with the
  model's sign (charged positive). `Net Total` is the signed settlement effect.
- Card: `Card Brand` + `PAN Suffix` (last 4, stored ``****1234``). `Device Name` is the
  terminal, `Staff Name` the operator, `Location` the merchant, `Deposit Date` the settlement
  date, `Order Reference ID` the order number.
- A refund row has its own `Transaction ID` and no link to the payment it refunds, so
  `original_reference_no` stays empty (detection pairs refunds by card and amount).
- `Partial Refunds` on a payment row is not used: Square lists each refund as its own Refund
  row, so counting it again would refund twice.
- Times are the location's wall-clock time in the `Time Zone` column; converted only when the
  shop's time zone setting names a different zone.
"""

from __future__ import annotations

from collections.abc import Sequence

from shopguard.core.importing.formats.base import (
    TIME_UNKNOWN,
    UNKNOWN_TYPE,
    Columns,
    ParseContext,
    RowError,
    RowParser,
    StatementFormat,
    cell,
    short_row,
)
from shopguard.core.importing.formats.intl_support import ShopClock, fast_datetime, iso_date
from shopguard.core.models import ParsedTxn
from shopguard.core.money import MoneyError, exponent, parse_money
from shopguard.core.pan import normalize_card

EVENT_TYPES = {"payment": "sale", "refund": "refund"}
STATUSES = {"complete": "success", "completed": "success", "failed": "failed"}
SYMBOLS = (("£", "GBP"), ("€", "EUR"), ("¥", "JPY"), ("$", "USD"))


def currency_of(text: str, default: str) -> str:
    for symbol, code in SYMBOLS:
        if symbol in text:
            return code
    return default


class SquareFormat(StatementFormat):
    name = "square"
    label = "Square transactions (CSV)"
    header_markers = ("Date", "Time", "Time Zone", "Gross Sales", "Total Collected", "Fees",
                      "Net Total", "Transaction ID", "Payment ID", "Card Brand", "PAN Suffix",
                      "Event Type")

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        c = Columns(header)
        date_i, time_i, zone_i = c.need("Date"), c.need("Time"), c.find("Time Zone")
        collected_i, fees_i, net_i = c.need("Total Collected"), c.need("Fees"), c.need("Net Total")
        parts = [i for i in (c.find("Net Sales"), c.find("Service Charges"), c.find("Tax"),
                             c.find("Tip")) if i is not None]
        txn_i, event_i, status_i = c.need("Transaction ID"), c.need("Event Type"), c.find(
            "Transaction Status")
        brand_i, suffix_i = c.find("Card Brand"), c.find("PAN Suffix")  # the id is what counts
        device_i, staff_i, location_i = c.find("Device Name"), c.find("Staff Name"), c.find(
            "Location")
        deposit_i, order_i, desc_i = c.find("Deposit Date"), c.find("Order Reference ID"), c.find(
            "Description")
        width = max(date_i, time_i, collected_i, fees_i, net_i, txn_i, event_i)
        clock = ShopClock(ctx)

        def amount(cells: list[str], i: int, places: int) -> int:
            try:
                return parse_money(cells[i], places=places)
            except MoneyError as exc:
                raise RowError(c.name(i), cells[i], str(exc)) from None

        def occurred_at(cells: list[str]) -> str:
            day, hms = cells[date_i].strip(), cells[time_i].strip()
            if hms:
                return clock.local(fast_datetime(f"{day} {hms}", c.name(date_i)),
                                   cell(cells, zone_i))
            date_only = iso_date(day, c.name(date_i))  # no time: no zone conversion either
            if date_only is None:
                raise RowError(c.name(date_i), day, "no date")
            ctx.count(TIME_UNKNOWN)
            return date_only + "T00:00:00"  # with time_known False (see models)

        def parse(cells: list[str]) -> ParsedTxn | None:
            if len(cells) <= width:
                raise short_row(cells, c)
            event = cells[event_i].strip()
            txn_type = EVENT_TYPES.get(event.lower())
            if txn_type is None:
                ctx.note(UNKNOWN_TYPE, column="Event Type", value=event)
                txn_type = "other"
            status_text = cell(cells, status_i)
            status = STATUSES.get(status_text.lower(), "") if status_text else "success"
            if not status:
                raise RowError(c.name(status_i or 0), status_text,
                               "unknown Transaction Status (expected Complete or Failed)")
            currency = currency_of(cells[collected_i], ctx.currency)
            places = exponent(currency)
            collected = abs(amount(cells, collected_i, places))
            if collected == 0 and status == "failed":
                collected = abs(sum(amount(cells, i, places) for i in parts))
            fees = amount(cells, fees_i, places)
            return ParsedTxn(
                occurred_at=occurred_at(cells),
                time_known=bool(cells[time_i].strip()),
                type=txn_type,
                status=status,
                amount_minor=collected,
                currency=currency,
                fee_minor=-fees,
                net_minor=amount(cells, net_i, places),
                settled_on=iso_date(cell(cells, deposit_i), "Deposit Date"),
                merchant_id=cell(cells, location_i),
                terminal_id=cell(cells, device_i),
                card=normalize_card(cell(cells, suffix_i)),
                card_brand=cell(cells, brand_i),
                reference_no=cells[txn_i].strip(),
                operator=cell(cells, staff_i),
                order_no=cell(cells, order_i),
                description=cell(cells, desc_i),
            )

        return parse
