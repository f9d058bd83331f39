"""Adyen Settlement details report (CSV; the aggregate report's 2-line summary is skipped).

- `Type` Settled (and SettledBulk/…Externally) → sale; Refunded (…Bulk/…Externally) → refund.
  A cancellation that settled is a Refunded row too; the file cannot tell a void from a
  refund, so both are `refund`. Chargeback, SecondChargeback, ChargebackReversed and
  RefundedReversed are stored as `other` with the Type in the description.
- Rows that are not card transactions — MerchantPayout, Fee, MiscCosts, DepositCorrection,
  InvoiceDeduction, Balancetransfer and the like — are skipped (noted), not errors.
- Amount: `Gross Debit (GC)` / `Gross Credit (GC)`, unsigned in separate columns, in
  `Gross Currency`. Fee: Commission + Markup + Scheme Fees + Interchange (NC), charged on
  refunds as well. Net: Net Credit − Net Debit (NC), negative on refunds.
- A Settled row's id is its `Psp Reference`. A Refunded row carries the original payment's
  Psp Reference (→ `original_reference_no`) and its own id in `Modification Reference`
  (→ `reference_no`).
- `Creation Date` is written in the zone named by `TimeZone` (CEST/CET…); converted only when
  the shop's time zone setting differs. No card column: only the brand (`Payment Method`).
- `Merchant Account` → merchant, `Merchant Reference` → order number, `Batch Number` → batch.
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
    iso_datetime,
    optional_money,
    short_row,
)
from shopguard.core.importing.formats.intl_support import ShopClock
from shopguard.core.models import ParsedTxn
from shopguard.core.money import exponent

SALE_TYPES = {"settled", "settledbulk", "settledexternally", "settledininstallments"}
REFUND_TYPES = {"refunded", "refundedbulk", "refundedexternally", "refundedininstallments"}
OTHER_TYPES = {"chargeback", "secondchargeback", "chargebackreversed", "refundedreversed",
               "chargebackreversedexternally", "chargebackexternally"}
FEE_COLUMNS = ("Commission (NC)", "Markup (NC)", "Scheme Fees (NC)", "Interchange (NC)")

NOT_CARD = notes.define(
    "import.adyen_not_card",
    "Adyen {kind} rows are not card payments; they were left out.",
    "Adyen 的“{kind}”行不是刷卡交易，未导入。")


class AdyenFormat(StatementFormat):
    name = "adyen"
    label = "Adyen settlement details (CSV)"
    header_markers = ("Merchant Account", "Psp Reference", "Creation Date", "TimeZone", "Type",
                      "Modification Reference", "Gross Currency", "Gross Debit (GC)",
                      "Gross Credit (GC)", "Net Debit (NC)", "Net Credit (NC)", "Batch Number")

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        c = Columns(header)
        merchant_i, psp_i = c.need("Merchant Account"), c.need("Psp Reference")
        created_i, zone_i = c.need("Creation Date"), c.need("TimeZone")
        type_i, mod_i = c.need("Type"), c.need("Modification Reference")
        gross_cur_i, net_cur_i = c.need("Gross Currency"), c.find("Net Currency")
        debit_i, credit_i = c.need("Gross Debit (GC)"), c.need("Gross Credit (GC)")
        net_debit_i, net_credit_i = c.need("Net Debit (NC)"), c.need("Net Credit (NC)")
        fee_cols = [(i, name) for name in FEE_COLUMNS if (i := c.find(name)) is not None]
        batch_i, method_i = c.need("Batch Number"), c.find("Payment Method")
        order_i = c.find("Merchant Reference")
        width = max(merchant_i, psp_i, created_i, zone_i, type_i, mod_i, gross_cur_i, debit_i,
                    credit_i, batch_i)
        clock = ShopClock(ctx)

        def parse(cells: list[str]) -> ParsedTxn | None:
            if len(cells) <= width:
                raise short_row(cells, c)
            kind = cells[type_i].strip()
            key = kind.lower()
            if key in SALE_TYPES:
                txn_type = "sale"
            elif key in REFUND_TYPES:
                txn_type = "refund"
            elif key in OTHER_TYPES:
                txn_type = "other"
            else:
                ctx.note(NOT_CARD, kind=kind or "-")
                return None
            currency = cells[gross_cur_i].strip().upper()
            if len(currency) != 3 or not currency.isalpha():
                raise RowError(c.name(gross_cur_i), cells[gross_cur_i], "not a currency code")
            places = exponent(currency)
            debit = optional_money(cells, debit_i, c.name(debit_i), places=places) or 0
            credit = optional_money(cells, credit_i, c.name(credit_i), places=places) or 0
            if not debit and not credit:
                raise RowError(c.name(credit_i), "", "neither Gross Debit nor Gross Credit given")
            net_places = exponent(cell(cells, net_cur_i) or currency)
            net_debit = optional_money(cells, net_debit_i, c.name(net_debit_i), places=net_places)
            net_credit = optional_money(cells, net_credit_i, c.name(net_credit_i),
                                        places=net_places)
            fees = [optional_money(cells, i, name, places=net_places) for i, name in fee_cols]
            known_fees = [f for f in fees if f is not None]
            psp, modification = cells[psp_i].strip(), cells[mod_i].strip()
            own_id, original = psp, ""
            if txn_type != "sale" and modification:
                own_id, original = modification, psp
            occurred = iso_datetime(cells[created_i], c.name(created_i))
            return ParsedTxn(
                occurred_at=clock.local(occurred, cells[zone_i].strip()),
                type=txn_type,
                status="success",
                amount_minor=abs(credit - debit),
                currency=currency,
                fee_minor=sum(known_fees) if known_fees else None,
                net_minor=(None if net_debit is None and net_credit is None
                           else (net_credit or 0) - (net_debit or 0)),
                merchant_id=cells[merchant_i].strip(),
                card_brand=cell(cells, method_i),
                reference_no=own_id,
                batch_no=cells[batch_i].strip(),
                original_reference_no=original,
                order_no=cell(cells, order_i),
                description="" if txn_type != "other" else kind,
            )

        return parse
