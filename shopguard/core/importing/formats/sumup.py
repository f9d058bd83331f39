"""SumUp transactions report, German account language (Transaktionsbericht CSV).

- `Datum` ``01.09.2026, 09:06`` (no seconds; ISO ``2026-09-01 09:06:00`` also reads), in the
  account's local time (kept as written: the file names no zone).
- Money with a decimal comma in quoted cells (``"7,00"``, ``"1.234,56"``).
- `Transaktionsart` Zahlung → sale, Rückerstattung (also Erstattung/Refund) → refund. A
  cancelled payment is a Rückerstattung too; the file cannot tell a void from a refund, so
  both are `refund`. Other kinds (e.g. Rückbuchung) are kept as `other` and noted.
- `Status` Erfolgreich → success; Fehlgeschlagen/Abgelehnt/Storniert → failed. An unknown
  status refuses the row (it decides whether money moved).
- `Betrag inkl. MwSt.` is negative on refunds (stored as a positive amount); `Gebühr` is the
  fee with the model's sign (negative when returned on a refund); `Netto` the signed net.
- No currency column in this report: `Währung` is used when present, otherwise EUR (the
  German-language accounts are euro accounts; a Swiss account would need a Währung column).
- `Transaktions-ID` is each row's own id; a refund row does not name its payment, so
  `original_reference_no` stays empty. `Letzte 4 Ziffern` → ``****1234``, `Kartentyp` →
  brand, `Auszahlungsdatum` → settlement date, `Konto` (the logged-in SumUp account) →
  operator.
"""

from __future__ import annotations

from collections.abc import Sequence

from shopguard.core.importing.formats.base import (
    UNKNOWN_TYPE,
    Columns,
    ParseContext,
    RowError,
    RowParser,
    StatementFormat,
    cell,
    optional_money,
    short_row,
)
from shopguard.core.importing.formats.intl_support import fast_datetime, iso_date
from shopguard.core.models import ParsedTxn
from shopguard.core.pan import normalize_card

KINDS = {"zahlung": "sale", "verkauf": "sale", "rückerstattung": "refund",
         "erstattung": "refund", "refund": "refund"}
STATUSES = {"erfolgreich": "success", "fehlgeschlagen": "failed", "abgelehnt": "failed",
            "storniert": "failed"}


def comma_money(cells: list[str], index: int | None, column: str) -> int | None:
    """A decimal-comma amount (``"7,00"``, ``"-0,07"``, ``"1.234,56"``); None when empty."""
    if index is None or index >= len(cells):
        return None
    s = cells[index].strip()
    if not s:
        return None
    # The common shape, without the general parser's regexes (which also bounds the size).
    if 3 < len(s) < 19 and s[-3] == ",":
        digits = s[:-3] + s[-2:]
        if digits.isdecimal() or (digits[0] == "-" and digits[1:].isdecimal()):
            return int(digits)
    return optional_money(cells, index, column, decimal_comma=True)


class SumUpFormat(StatementFormat):
    name = "sumup"
    label = "SumUp transactions report (German)"
    header_markers = ("Datum", "Transaktions-ID", "Transaktionsart", "Status",
                      "Betrag inkl. MwSt.", "Gebühr", "Netto")

    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        c = Columns(header)
        date_i, id_i, kind_i = c.need("Datum"), c.need("Transaktions-ID"), c.need(
            "Transaktionsart")
        status_i, amount_i = c.need("Status"), c.need("Betrag inkl. MwSt.")
        fee_i, net_i = c.need("Gebühr"), c.need("Netto")
        desc_i, brand_i = c.find("Beschreibung"), c.find("Kartentyp")
        last4_i, payout_i = c.find("Letzte 4 Ziffern"), c.find("Auszahlungsdatum")
        account_i, currency_i = c.find("Konto"), c.find("Währung")
        width = max(date_i, id_i, kind_i, status_i, amount_i, fee_i, net_i)

        def parse(cells: list[str]) -> ParsedTxn | None:
            if len(cells) <= width:
                raise short_row(cells, c)
            kind = cells[kind_i].strip()
            txn_type = KINDS.get(kind.lower())
            if txn_type is None:
                ctx.note(UNKNOWN_TYPE, column="Transaktionsart", value=kind)
                txn_type = "other"
            status_text = cells[status_i].strip()
            status = STATUSES.get(status_text.lower())
            if status is None:
                raise RowError(c.name(status_i), status_text,
                               "unknown Status (expected Erfolgreich or Fehlgeschlagen)")
            currency = cell(cells, currency_i).upper() or "EUR"
            amount = comma_money(cells, amount_i, c.name(amount_i))
            if amount is None:
                raise RowError(c.name(amount_i), "", "no amount")
            return ParsedTxn(
                occurred_at=fast_datetime(cells[date_i], c.name(date_i)),
                type=txn_type,
                status=status,
                amount_minor=abs(amount),
                currency=currency,
                fee_minor=comma_money(cells, fee_i, c.name(fee_i)),
                net_minor=comma_money(cells, net_i, c.name(net_i)),
                settled_on=iso_date(cell(cells, payout_i), "Auszahlungsdatum"),
                card=normalize_card(cell(cells, last4_i)),
                card_brand=cell(cells, brand_i),
                reference_no=cells[id_i].strip(),
                operator=cell(cells, account_i),
                description=cell(cells, desc_i),
            )

        return parse
