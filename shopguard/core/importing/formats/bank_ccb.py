"""CCB 建设银行 account detail, the old binary Excel export (.xls, read with calamine).

- Preamble: China Construction Bank, 开户机构：, 币　　种：, 账　　号： (labels padded with
  ideographic spaces; the account is kept, masked as printed).
- Header cells are right-padded with spaces: 记账日,交易日期,交易时间,支出,收入,账户余额,
  币种,摘要,对方账号,对方户名,交易地点. Dates ``yyyyMMdd``; amounts are number cells.
- Footer 以上数据仅供参考|具体内容请以柜台为准 (skipped). Counterparty names and accounts
  come masked.
"""

from __future__ import annotations

from shopguard.core.importing.formats.bank import BankFormat


class CcbBankFormat(BankFormat):
    name = "bank_ccb"
    label = "Bank statement: CCB 建设银行 account detail (.xls)"
    extensions = ("xls", "xlsx", "csv")
    header_markers = ("记账日", "交易日期", "交易时间", "支出", "收入", "账户余额", "币种",
                      "摘要", "对方户名")
