"""CMB 招商银行 debit account transactions, CSV.

- ``#`` preamble lines (招商银行交易记录, 账号: [6222***********9951], 币种: [人民币]); the
  account is kept, masked as printed.
- Header: 记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要. Dates ``yyyyMMdd``.
- One signed amount column with thousands separators (``"-1,000.00"`` is money out).
- 客户摘要 carries the acquirer's merchant number on card payouts (kept in `details`).
- CMB itself exports PDF; these CSVs come from converters (statement-formats.md §4).
"""

from __future__ import annotations

from shopguard.core.importing.formats.bank import BankFormat


class CmbBankFormat(BankFormat):
    name = "bank_cmb"
    label = "Bank statement: CMB 招商银行 transactions (CSV)"
    header_markers = ("记账日期", "货币", "交易金额", "联机余额", "交易摘要", "对手信息")
