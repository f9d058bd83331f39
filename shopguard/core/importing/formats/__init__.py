"""The registry of statement formats (one module per acquirer/processor layout)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from shopguard.core.importing.formats.adyen import AdyenFormat
from shopguard.core.importing.formats.alipay_merchant import AlipayMerchantFormat
from shopguard.core.importing.formats.allinpay import AllinpayFormat
from shopguard.core.importing.formats.bank_ccb import CcbBankFormat
from shopguard.core.importing.formats.bank_cmb import CmbBankFormat
from shopguard.core.importing.formats.bank_generic import GenericBankFormat
from shopguard.core.importing.formats.bank_icbc import IcbcBankFormat
from shopguard.core.importing.formats.base import ParseContext, RowError, RowParser, StatementFormat
from shopguard.core.importing.formats.cn_bank_pos import CnBankPosFormat
from shopguard.core.importing.formats.cn_bank_pos_xlsx import CnBankPosXlsxFormat
from shopguard.core.importing.formats.square import SquareFormat
from shopguard.core.importing.formats.stripe import StripeFormat
from shopguard.core.importing.formats.sumup import SumUpFormat
from shopguard.core.importing.formats.wechat_merchant import WechatMerchantFormat

DEFAULT_FORMATS: list[type[StatementFormat]] = [
    AllinpayFormat,
    SquareFormat,
    StripeFormat,
    SumUpFormat,
    AdyenFormat,
    CnBankPosFormat,
    CnBankPosXlsxFormat,
    WechatMerchantFormat,
    AlipayMerchantFormat,
    # bank statements (kind "bank"): stored as bank lines for reconciliation
    IcbcBankFormat,
    CmbBankFormat,
    CcbBankFormat,
    GenericBankFormat,
]

# A format must score at least this to be picked without asking.
DETECT_THRESHOLD = 1.0
# What a catch-all format scores at most when a specific layout recognises the file.
FALLBACK_BELOW_SPECIFIC = 0.9


@dataclass(frozen=True)
class Candidate:
    format: StatementFormat
    score: float


class FormatRegistry:
    def __init__(self, formats: Sequence[type[StatementFormat]] = DEFAULT_FORMATS):
        self._formats = {cls.name: cls() for cls in formats}

    def names(self) -> list[str]:
        return list(self._formats)

    def all(self) -> list[StatementFormat]:
        return list(self._formats.values())

    def get(self, name: str) -> StatementFormat | None:
        return self._formats.get(name)

    def rank(self, rows: Sequence[Sequence[str]], extension: str) -> list[Candidate]:
        """Every format with a positive score, best first.

        A catch-all format (`fallback`) stays below the threshold when a specific layout
        recognises the file: the specific one knows its columns better.
        """
        scored = [Candidate(f, f.score(rows, extension)) for f in self._formats.values()]
        if any(c.score >= DETECT_THRESHOLD and not c.format.fallback for c in scored):
            scored = [Candidate(c.format, min(c.score, FALLBACK_BELOW_SPECIFIC))
                      if c.format.fallback else c for c in scored]
        return sorted((c for c in scored if c.score > 0), key=lambda c: -c.score)

    def detect(self, rows: Sequence[Sequence[str]], extension: str) -> StatementFormat | None:
        ranked = self.rank(rows, extension)
        if ranked and ranked[0].score >= DETECT_THRESHOLD:
            return ranked[0].format
        return None


registry = FormatRegistry()

__all__ = [
    "DEFAULT_FORMATS",
    "Candidate",
    "FormatRegistry",
    "ParseContext",
    "RowError",
    "RowParser",
    "StatementFormat",
    "registry",
]
