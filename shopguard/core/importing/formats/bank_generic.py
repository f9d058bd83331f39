"""Any other bank statement (CSV/XLSX), its columns found by name.

The catch-all bank layout: a header row with a date (记账日期/交易日期/Date/Posting Date),
money as one signed amount or a credit/debit pair (收入/支出/贷方发生额/借方发生额/Credit/
Debit/Amount), and a balance, description or counterparty (余额, 摘要/Description/Memo,
对方户名/对手信息/Payee); see `bank.BANK_SYNONYMS`. Recognised without asking when the header
also has a balance column (what sets a bank statement apart from a sales export) and no
built-in layout recognises the file; otherwise pick it with ``--format bank_generic``.

Dates are read as ``YYYY-MM-DD``, ``yyyyMMdd``, ``YYYY/MM/DD``, then ``MM/DD/YYYY`` (US
exports), ``DD.MM.YYYY``. Lines without an amount (a beginning balance) are not movements.
"""

from __future__ import annotations

from collections.abc import Sequence

from shopguard.core.importing.formats.bank import BankColumns, BankFormat, header_fields
from shopguard.core.importing.formats.bank_mapping import BankMapping
from shopguard.core.importing.formats.base import HEADER_SCAN_ROWS

# A header without a balance column may still be a bank statement, but not surely enough to
# import it without being asked.
WITHOUT_BALANCE = 0.6


def _row_score(row: Sequence[str]) -> float:
    fields = header_fields(row)
    has_money = "amount" in fields or {"credit", "debit"} <= fields
    if "booked_on" not in fields or not has_money:
        return 0.0
    if not fields & {"description", "counterparty"}:
        return WITHOUT_BALANCE / 2
    return 1.0 if "balance" in fields else WITHOUT_BALANCE


class GenericBankFormat(BankFormat):
    name = "bank_generic"
    label = "Bank statement: any bank, columns by name 银行流水（按列名）"
    extensions = ("csv", "txt", "xlsx", "xls")
    header_markers = ()
    fallback = True

    def header_score(self, row: Sequence[str]) -> float:
        return _row_score(row)

    def find_header(self, rows: Sequence[Sequence[str]]) -> int | None:
        best, best_score = None, 0.0
        for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
            score = _row_score(row)
            if score > best_score:
                best, best_score = i, score
        return best

    def mapping_for(self, header: Sequence[str]) -> BankMapping | None:
        """The columns this file was read by, as a mapping the owner can save and reuse."""
        plan = BankColumns.by_synonyms(header)
        return None if plan is None else BankMapping.from_plan(header, plan)
