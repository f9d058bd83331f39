"""Reconciliation words in English and Simplified Chinese (statuses, reasons, card kinds)."""

from __future__ import annotations

STATUS_NAMES: dict[str, tuple[str, str]] = {
    "matched": ("matched", "已到账"),
    "late": ("late", "迟到账"),
    "merged": ("merged", "合并到账"),
    "short": ("short", "少到账"),
    "missing": ("missing", "未到账"),
}
REASON_NAMES: dict[str, tuple[str, str]] = {
    "unexplained": ("unexplained", "无法对应"),
    "previous_period": ("previous period", "上期款项"),
}
CARD_KIND_NAMES: dict[str, tuple[str, str]] = {
    "debit": ("debit", "借记卡"),
    "credit": ("credit", "贷记卡"),
    "unknown": ("unknown", "未知"),
}
ACQUIRER_NAMES: dict[str, tuple[str, str]] = {
    "allinpay": ("Allinpay", "通联支付"),
    "chinaums": ("ChinaUMS", "银联商务"),
    "lakala": ("Lakala", "拉卡拉"),
    "tenpay": ("WeChat Pay (Tenpay)", "财付通"),
    "alipay": ("Alipay", "支付宝"),
    "square": ("Square", "Square"),
    "stripe": ("Stripe", "Stripe"),
    "sumup": ("SumUp", "SumUp"),
    "adyen": ("Adyen", "Adyen"),
    "": ("unknown acquirer", "未知收单机构"),
}


def _i(lang: str) -> int:
    return 1 if lang.startswith("zh") else 0


def status_name(status: str, lang: str = "en") -> str:
    return STATUS_NAMES.get(status, (status, status))[_i(lang)]


def reason_name(reason: str, lang: str = "en") -> str:
    return REASON_NAMES.get(reason, (reason, reason))[_i(lang)]


def card_kind_name(kind: str, lang: str = "en") -> str:
    return CARD_KIND_NAMES.get(kind, (kind, kind))[_i(lang)]


def acquirer_name(key: str, lang: str = "en") -> str:
    """The acquirer's display name; an owner-named acquirer is shown as typed."""
    return ACQUIRER_NAMES.get(key, (key, key))[_i(lang)]
