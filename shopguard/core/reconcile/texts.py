"""Reconciliation words in English and Simplified Chinese (statuses, reasons, card kinds)."""

from __future__ import annotations

from shopguard.core import notes

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


# -- notes about a month (shopguard.core.notes: a code, its parameters, both languages) -------

NO_BANK = notes.define(
    "reconcile.no_bank",
    "No bank statement lines for {month}: import the statement of the account the acquirer"
    " pays into, then reconcile again.",
    "{month} 没有银行流水：请导入收单机构结算入账的银行账户流水后再对账。")
BANK_ENDS = notes.define(
    "reconcile.bank_ends",
    "The bank statement ends on {last_day}: {count} payout(s) due after that show as missing"
    " until a later statement is imported.",
    "银行流水截至 {last_day}：其后应到账的 {count} 笔结算款在导入后续流水前显示为未到账。")
UNKNOWN_ACQUIRER = notes.define(
    "reconcile.unknown_acquirer",
    "Merchant {merchant_id}: ShopGuard does not know which acquirer pays it. Set the acquirer"
    " of its terminals, or the shop's default acquirer, in Settings.",
    "商户 {merchant_id}：无法确定由哪家收单机构结算。请在设置中为其终端或本店指定收单机构。")
NO_FEE_CONTRACT = notes.define(
    "reconcile.no_fee_contract",
    "Enter the fee rates of your acquirer contract in Settings (debit and credit rate, debit"
    " cap, fixed fee per sale) to check the fees.",
    "请在设置中填写收单合同的费率（借记卡、贷记卡费率，借记卡封顶，每笔固定费用）以核对手续费。")
OTHER_CURRENCIES = notes.define(
    "reconcile.other_currencies",
    "Transactions in {others} are not part of this reconciliation (it is in {currency}).",
    "{others} 币种的交易不在本次对账范围内（本次按 {currency} 对账）。")
NO_TRANSACTIONS = notes.define(
    "reconcile.no_transactions", "No transactions in {month}.", "{month} 没有交易。")
