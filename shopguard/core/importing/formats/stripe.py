"""Stripe payments export (unified payments CSV; snake_case or the older Title Case header).

- One row per charge, newest first. `created` is UTC to the minute; it is converted to the
  shop's wall-clock time with the `timezone` setting (this computer's zone when unset, noted).
- `status` Paid/Refunded (and Succeeded, Partially refunded, Disputed) → a successful sale;
  Failed/Blocked/Canceled → failed. A charge not yet captured (`captured` false) is a
  `preauth`. Test-mode rows (`mode` Test) are not real money: they are left out, counted in
  the rows read and in the result's ``left_out["test_mode"]``, and said in a note.
- **Refunds are folded into the charge row** (`amount_refunded`); Stripe's payments export has
  no row of its own for a refund. The charge is stored once, as a sale with its full
  `amount`, and the refund shows as:
  - `net_minor` = amount − amount_refunded − fee (what the charge finally settled for), and
  - `refunded_minor` = amount_refunded, and
  - ``[refunded 46.00]`` appended to the description.
  There is no refund row, so refund counts and sums are 0 for Stripe files (as in the
  manifest), and a refunded charge is found by its own id. Note that re-importing a newer
  export after a later refund updates the stored row's refunded amount and net (the importer
  upserts those two fields when they grow).
- `fee` is positive (charged); `currency` is lowercase (stored upper case); amounts are major
  units with the currency's own number of decimals.
- Card: `card_last4` (stored ``****1234``), `card_brand`, `card_funding` as card type. The
  default "Payments" export has no card (nor `mode`) column: the charge `id` identifies the
  row, and the card is unknown (stored ''). `card_id` there is a payment-method id
  (``pm_…``/``src_…``), not a card number: one card may have several, so it is not the card.
  `payment_intent_id` is kept as the order number, `statement_descriptor` as the merchant.
- Detection: the columns every payments export has (id, created, amount, amount_refunded,
  currency, fee, status) plus one that only Stripe writes (seller_message, converted_amount,
  or the card_last4/card_brand of the fuller exports).
"""

from __future__ import annotations

from collections.abc import Sequence

from shopguard.core import notes
from shopguard.core.importing.formats.base import (
    Columns,
    ParseContext,
    RowError,
    RowParser,
    StatementFormat,
    cell,
    money,
    optional_money,
    short_row,
    utc_to_local,
)
from shopguard.core.importing.formats.intl_support import AliasedMarkersMixin, fast_datetime
from shopguard.core.models import ParsedTxn
from shopguard.core.money import exponent, format_major
from shopguard.core.pan import normalize_card

STATUSES = {
    "paid": "success", "succeeded": "success", "refunded": "success",
    "partially refunded": "success", "partially_refunded": "success", "disputed": "success",
    "failed": "failed", "blocked": "failed", "canceled": "failed", "cancelled": "failed",
}

ID = ("id",)
CREATED = ("created", "Created (UTC)", "created_utc", "Created date (UTC)")
AMOUNT = ("amount", "Amount")
REFUNDED = ("amount_refunded", "Amount Refunded")
CURRENCY = ("currency", "Currency")
FEE = ("fee", "Fee")
STATUS = ("status", "Status")
LAST4 = ("card_last4", "Card Last4")
BRAND = ("card_brand", "Card Brand")
# Any one of these tells Stripe's export from a generic one with the same basic columns.
STRIPE_ONLY = ("seller_message", "Seller Message", "converted_amount", "Converted Amount",
               *LAST4, *BRAND)

UTC_CONVERTED = notes.define(
    "import.stripe_utc",
    "Stripe gives times in UTC; they were converted to this computer's time zone because no"
    " shop time zone is set (Settings → Time zone).",
    "Stripe 的时间是 UTC；由于没有设置店铺时区（设置 → 时区），已换算为本机时区。")
TEST_MODE_LEFT_OUT = notes.define(
    "import.stripe_test_mode_left_out",
    "{n} Stripe test-mode payment(s) (mode “Test”) were left out: no money moved. They are"
    " counted in the rows read, not stored.",
    "已略过 {n} 笔 Stripe 测试模式的付款（mode 为“Test”）：没有真实资金往来。"
    "它们计入读取的行数，但没有保存。")


class StripeFormat(AliasedMarkersMixin, StatementFormat):
    name = "stripe"
    label = "Stripe payments export (CSV)"
    header_markers = ("id", "created", "amount", "amount_refunded", "currency", "fee", "status",
                      "seller_message")
    marker_groups = (ID, CREATED, AMOUNT, REFUNDED, CURRENCY, FEE, STATUS, STRIPE_ONLY)

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        c = Columns(header)
        id_i, created_i, amount_i = c.need(*ID), c.need(*CREATED), c.need(*AMOUNT)
        refunded_i, currency_i, fee_i = c.need(*REFUNDED), c.need(*CURRENCY), c.need(*FEE)
        status_i, last4_i, brand_i = c.need(*STATUS), c.find(*LAST4), c.find(*BRAND)
        desc_i, mode_i = c.find("description", "Description"), c.find("mode", "Mode")
        captured_i = c.find("captured", "Captured")
        funding_i = c.find("card_funding", "Card Funding")
        intent_i = c.find("payment_intent_id", "PaymentIntent ID")
        descriptor_i = c.find("statement_descriptor", "Statement Descriptor")
        width = max(id_i, created_i, amount_i, refunded_i, currency_i, fee_i, status_i)
        if not ctx.timezone:
            ctx.note(UTC_CONVERTED)

        def parse(cells: list[str]) -> ParsedTxn | None:
            if len(cells) <= width:
                raise short_row(cells, c)
            if cell(cells, mode_i).lower() == "test":
                ctx.leave_out("test_mode", TEST_MODE_LEFT_OUT)
                return None
            status_text = cells[status_i].strip()
            status = STATUSES.get(status_text.lower())
            if status is None:
                raise RowError(c.name(status_i), status_text,
                               "unknown status (expected Paid, Refunded or Failed)")
            currency = cells[currency_i].strip().upper()
            if not currency.isalpha() or len(currency) != 3:
                raise RowError(c.name(currency_i), cells[currency_i], "not a currency code")
            places = exponent(currency)
            amount = abs(money(cells, amount_i, c.name(amount_i), places=places))
            refunded = abs(optional_money(cells, refunded_i, c.name(refunded_i),
                                          places=places) or 0)
            fee = optional_money(cells, fee_i, c.name(fee_i), places=places)
            if refunded > amount:
                raise RowError(c.name(refunded_i), cells[refunded_i],
                               "refunded more than the charge's amount")
            txn_type = "sale"
            if status == "success" and cell(cells, captured_i).lower() == "false":
                txn_type = "preauth"
            description = cell(cells, desc_i)
            if refunded:
                description = f"{description} [refunded {format_major(refunded, currency)}]"
            net: int | None = 0  # a failed charge moved no money
            if txn_type == "preauth":
                net = None
            elif status == "success":
                net = amount - refunded - (fee or 0)
            occurred = fast_datetime(cells[created_i], c.name(created_i))
            return ParsedTxn(
                occurred_at=utc_to_local(ctx, occurred),
                type=txn_type,
                status=status,
                amount_minor=amount,
                currency=currency,
                fee_minor=fee,
                net_minor=net,
                merchant_id=cell(cells, descriptor_i),
                card=normalize_card(cell(cells, last4_i)),
                card_brand=cell(cells, brand_i),
                card_type=cell(cells, funding_i),
                reference_no=cells[id_i].strip(),
                order_no=cell(cells, intent_i),
                description=description.strip(),
                refunded_minor=refunded,
            )

        return parse
