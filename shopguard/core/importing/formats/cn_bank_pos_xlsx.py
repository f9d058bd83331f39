"""The bank-acquirer POS detail saved as XLSX: same layout and rules as `cn_bank_pos`.

The reading layer already turns cells into text (ids and dates are text cells, amounts are
numbers that arrive as ``109.34``), so the CSV row parser is reused unchanged; only the
file extension differs, which keeps each layout detected as exactly one format.
"""

from __future__ import annotations

from shopguard.core.importing.formats.cn_bank_pos import CnBankPosFormat


class CnBankPosXlsxFormat(CnBankPosFormat):
    name = "cn_bank_pos_xlsx"
    label = "Bank-acquirer POS detail 银行收单 POS 交易明细 (XLSX)"
    extensions = ("xlsx",)
