"""Plain-language explanations in English and Simplified Chinese.

Alerts store the template parameters and both rendered texts; readers pick the language.
The CLI prints English unless ``SHOPGUARD_LANG=zh_CN``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from shopguard.core.money import format_money

LANGS = ("en", "zh_CN")

RULE_NAMES: dict[str, tuple[str, str]] = {
    "duplicate_swipe": ("Duplicate swipe", "重复刷卡"),
    "burst": ("Burst of swipes", "短时间内多次刷卡"),
    "per_txn_limit": ("Above per-transaction limit", "超过单笔限额"),
    "daily_limit": ("Above daily limit", "超过单日限额"),
    "split_sale": ("Possible split sale", "疑似分单刷卡"),
    "off_hours": ("Sale outside business hours", "非营业时间交易"),
    "refund_without_sale": ("Refund without a sale", "退款找不到原交易"),
    "refund_exceeds_sale": ("Refund larger than the sale", "退款超过原交易金额"),
    "decline_storm": ("Declines before a success", "多次失败后成功"),
    "round_amount": ("Repeated large round amounts", "反复大额整数交易"),
}

SEVERITY_NAMES = {"low": ("low", "低"), "medium": ("medium", "中"), "high": ("high", "高")}
STATUS_NAMES = {
    "open": ("open", "待处理"),
    "dismissed": ("dismissed", "已忽略"),
    "confirmed": ("confirmed", "已确认"),
    "resolved": ("resolved", "已解决"),
}


def current_lang() -> str:
    """The CLI's language: English unless SHOPGUARD_LANG says zh_CN."""
    return "zh_CN" if os.environ.get("SHOPGUARD_LANG", "").startswith("zh") else "en"


def _i(lang: str) -> int:
    return 1 if lang.startswith("zh") else 0


def rule_name(rule: str, lang: str = "en") -> str:
    return RULE_NAMES.get(rule, (rule, rule))[_i(lang)]


def severity_name(severity: str, lang: str = "en") -> str:
    return SEVERITY_NAMES.get(severity, (severity, severity))[_i(lang)]


def status_name(status: str, lang: str = "en") -> str:
    return STATUS_NAMES.get(status, (status, status))[_i(lang)]


def gap_text(seconds: int, lang: str = "en") -> str:
    """``47 seconds`` / ``3 minutes 5 seconds`` / ``47 秒`` / ``3 分 5 秒``."""
    m, s = divmod(max(0, int(seconds)), 60)
    h, m = divmod(m, 60)
    zh = lang.startswith("zh")
    parts: list[str] = []
    for value, en, cn in ((h, "hour", "小时"), (m, "minute", "分"), (s, "second", "秒")):
        if value or (not parts and en == "second"):
            parts.append(f"{value} {cn}" if zh else f"{value} {en}{'' if value == 1 else 's'}")
    return " ".join(parts)


def _card(p: dict[str, Any], lang: str) -> str:
    card = p.get("card", "")
    if card:
        return f"****{card[-4:]}" if len(card) >= 4 else card
    brand = p.get("card_brand", "")
    if lang.startswith("zh"):
        return f"未知卡号（{brand}）" if brand else "未知卡号"
    return f"an unknown {brand} card" if brand else "an unknown card"


def _place(p: dict[str, Any], lang: str) -> str:
    zh = lang.startswith("zh")
    if p.get("terminal_id"):
        return f"终端 {p['terminal_id']}" if zh else f"terminal {p['terminal_id']}"
    if not p.get("merchant_id"):  # e.g. Square's 2018 export names neither
        return "未知终端" if zh else "an unknown terminal"
    return f"商户 {p['merchant_id']}" if zh else f"merchant {p['merchant_id']}"


def _m(p: dict[str, Any], key: str) -> str:
    return format_money(int(p[key]), str(p.get("currency", "CNY")))


def _duplicate(p: dict[str, Any], lang: str) -> str:
    if p.get("time_unknown"):
        return _duplicate_untimed(p, lang)
    zh = lang.startswith("zh")
    card, place, amount = _card(p, lang), _place(p, lang), _m(p, "amount_minor")
    gap, n = gap_text(p["gap_s"], lang), p["count"]
    op = p.get("operator", "")
    if zh:
        text = f"同一张卡 {card}，{amount}，在{place} 上相隔 {gap}扣款 {n} 次"
        text += f"，操作员 {op}。" if op else "。"
        if p.get("between"):
            text += "两笔之间有一次失败或冲正的尝试。"
        if not p.get("card"):
            text += "对账单没有卡号，按卡组织匹配。"
        text += ("多扣的款项已撤销或退货。" if p.get("resolved")
                 else "如属重复扣款，请当日撤销或次日退货。")
        return text
    text = f"Same card {card}, {amount}, charged {n} times {gap} apart on {place}"
    text += f", operator {op}." if op else "."
    if p.get("between"):
        text += " A failed or reversed attempt sits between the charges."
    if not p.get("card"):
        text += " The statement shows no card number; matched by card brand."
    text += (" The extra charge was voided or refunded." if p.get("resolved") else
             " If the customer paid once, void it today or refund it after settlement.")
    return text


def _duplicate_untimed(p: dict[str, Any], lang: str) -> str:
    """A duplicate among rows whose statement gives no time of day (see duplicate_swipe)."""
    card, place, amount = _card(p, lang), _place(p, lang), _m(p, "amount_minor")
    n, day, op = p["count"], p["day"], p.get("operator", "")
    if lang.startswith("zh"):
        text = f"同一张卡 {card}，{amount}，{day} 在{place} 上扣款 {n} 次，在对账单中紧挨着"
        text += f"，操作员 {op}。" if op else "。"
        text += "对账单没有具体时间，因此按同一卡号、同一金额、同一天且相邻两行匹配，而不是按相隔几分钟。"
        text += ("多扣的款项已撤销或退货。" if p.get("resolved")
                 else "如属重复扣款，请联系收单机构或为顾客退款。")
        return text
    text = (f"Same card {card}, {amount}, charged {n} times on {day} on {place}, on"
            " neighbouring lines of the statement")
    text += f", operator {op}." if op else "."
    text += (" The statement gives no time of day, so this is matched by the same card, amount"
             " and day on neighbouring lines, not by minutes apart.")
    text += (" The extra charge was voided or refunded." if p.get("resolved") else
             " If the customer paid once, refund the extra charge or ask the acquirer.")
    return text


def _burst(p: dict[str, Any], lang: str) -> str:
    card, place, total = _card(p, lang), _place(p, lang), _m(p, "total_minor")
    span, n = gap_text(p["span_s"], lang), p["count"]
    if lang.startswith("zh"):
        return (f"卡 {card} 在{place} 上 {span}内刷了 {n} 次（合计 {total}）；"
                f"设定的提醒标准是 {p['window_minutes']} 分钟内 {p['threshold']} 次。")
    return (f"Card {card} was swiped {n} times within {span} on {place} ({total} in total); "
            f"the alert level is {p['threshold']} swipes in {p['window_minutes']} minutes.")


def _per_txn(p: dict[str, Any], lang: str) -> str:
    card, amount, limit = _card(p, lang), _m(p, "amount_minor"), _m(p, "limit_minor")
    if lang.startswith("zh"):
        at = p["at"][:16].replace("T", " ")
        return f"卡 {card} 的一笔 {amount} 消费超过单笔限额 {limit}（{at}）。"
    return (f"A single sale of {amount} on card {card} is above the per-transaction limit of "
            f"{limit} ({p['at'][:16].replace('T', ' ')}).")


def _daily(p: dict[str, Any], lang: str) -> str:
    card, total, limit = _card(p, lang), _m(p, "total_minor"), _m(p, "limit_minor")
    if lang.startswith("zh"):
        return (f"卡 {card} 在 {p['day']} 成功消费 {p['count']} 笔，合计 {total}，"
                f"超过单日限额 {limit}。")
    return (f"Card {card} paid {p['count']} times on {p['day']}, {total} in total, above the "
            f"daily limit of {limit}.")


def _split(p: dict[str, Any], lang: str) -> str:
    card, total, limit = _card(p, lang), _m(p, "total_minor"), _m(p, "limit_minor")
    span, n = gap_text(p["span_s"], lang), p["count"]
    if lang.startswith("zh"):
        return (f"卡 {card} 在 {span}内有 {n} 笔略低于单笔限额 {limit} 的消费，合计 {total}。"
                "收单协议禁止分单刷卡，请核实是否为同一笔买卖。")
    return (f"Card {card} paid {n} times within {span}, each just under the per-transaction "
            f"limit of {limit}, {total} in total. Acquirers forbid splitting one purchase; "
            "check whether this was one sale.")


def _off_hours(p: dict[str, Any], lang: str) -> str:
    card, amount, hours = _card(p, lang), _m(p, "amount_minor"), p["business_hours"]
    at = p["at"][:16].replace("T", " ")
    if lang.startswith("zh"):
        return f"{at} 卡 {card} 消费 {amount}，不在营业时间 {hours} 内（{_place(p, lang)}）。"
    return (f"A sale of {amount} on card {card} at {at}, outside business hours {hours} "
            f"({_place(p, lang)}).")


def _refund_without(p: dict[str, Any], lang: str) -> str:
    amount, ref, orig = _m(p, "amount_minor"), p["reference_no"], p.get("original_reference_no")
    zh = lang.startswith("zh")
    kind = ("撤销" if p.get("kind") == "void" else "退货") if zh else p.get("kind", "refund")
    if zh:
        tail = (f"指向原交易 {orig}，但已导入的对账单中没有这笔交易" if orig
                else "找不到对应的原消费")
        return f"{kind} {amount}（参考号 {ref}）{tail}。请与收单机构核对。"
    tail = (f"points to sale {orig}, which is in no imported statement" if orig
            else "has no matching sale on the same card")
    return f"A {kind} of {amount} (reference {ref}) {tail}. Check it with the acquirer."


def _refund_exceeds(p: dict[str, Any], lang: str) -> str:
    sale, refunded, n = _m(p, "sale_minor"), _m(p, "refunded_minor"), p["count"]
    if lang.startswith("zh"):
        return (f"原交易 {p['sale_reference_no']} 金额 {sale}，已撤销/退货 {n} 笔共 {refunded}，"
                "超过原交易金额。平台通常会拦截这种退款，请核实是否为手工调账。")
    return (f"Sale {p['sale_reference_no']} was {sale}, but {n} refund(s)/void(s) add up to "
            f"{refunded}, more than the sale. Platforms normally block this: check whether it "
            "was a manual credit.")


def _decline(p: dict[str, Any], lang: str) -> str:
    card, amount = _card(p, lang), _m(p, "amount_minor")
    span, n = gap_text(p["span_s"], lang), p["failed"]
    if lang.startswith("zh"):
        return f"卡 {card} 在 {span}内失败 {n} 次后成功扣款 {amount}（{_place(p, lang)}）。"
    return (f"Card {card} was declined {n} times within {span} before a successful charge of "
            f"{amount} ({_place(p, lang)}).")


def _round(p: dict[str, Any], lang: str) -> str:
    card = _card(p, lang)
    amounts = "、".join(p["amounts"]) if lang.startswith("zh") else ", ".join(p["amounts"])
    if lang.startswith("zh"):
        return (f"风险提示（并非认定）：卡 {card} 在 {p['days']} 个不同日期"
                f"有大额整数消费（{amounts}）。"
                "收单机构会关注这类套现特征，请确认每笔都有真实商品或服务。")
    return (f"Red flag, not proof: card {card} paid large round amounts ({amounts}) on "
            f"{p['days']} different days. Acquirers watch this pattern for cash-out; make sure "
            "each sale had real goods or services behind it.")


_RENDER: dict[str, Callable[[dict[str, Any], str], str]] = {
    "duplicate_swipe": _duplicate,
    "burst": _burst,
    "per_txn_limit": _per_txn,
    "daily_limit": _daily,
    "split_sale": _split,
    "off_hours": _off_hours,
    "refund_without_sale": _refund_without,
    "refund_exceeds_sale": _refund_exceeds,
    "decline_storm": _decline,
    "round_amount": _round,
}


def render(rule: str, params: dict[str, Any], lang: str = "en") -> str:
    return _RENDER[rule](params, lang)


def card_params(card: str, card_brand: str) -> dict[str, str]:
    """Template fields for a card: only the last four digits ever reach an explanation."""
    return {"card": card[-4:] if card else "", "card_brand": card_brand}
