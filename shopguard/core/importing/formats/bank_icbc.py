"""ICBC 工商银行 debit-card account detail (明细查询文件下载), CSV.

- Preamble: 明细查询文件下载, 卡号: 6222***********8545, 子账户类别: (the account is kept,
  masked as printed); footer 人民币合计 / 合计金额 (skipped).
- Header v2: 交易日期,摘要,交易详情,交易场所,交易国家或地区简称,钞/汇,交易金额(收入),
  交易金额(支出),交易币种,记账金额(收入),记账金额(支出),记账币种,余额,对方户名,对方账户;
  v1 lacks 交易详情 and 对方账户. Both read the same way.
- Every cell is space-padded and followed by a tab inside its quotes (``"1,234.56     \\t"``);
  amounts have thousands separators. Money in / out are separate unsigned columns; the
  account-currency ones (记账金额) are used, the transaction-currency ones if they are absent.
- 交易详情 carries the acquirer's merchant number on card payouts (kept in `details`).
"""

from __future__ import annotations

from shopguard.core.importing.formats.bank import BankFormat


class IcbcBankFormat(BankFormat):
    name = "bank_icbc"
    label = "Bank statement: ICBC 工商银行 account detail (CSV)"
    header_markers = ("交易日期", "摘要", "交易场所", "交易国家或地区简称", "钞/汇",
                      "交易金额(收入)", "交易金额(支出)", "余额", "对方户名")
