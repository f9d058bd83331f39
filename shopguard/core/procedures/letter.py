"""A case letter's content (case report, adjustment request, chargeback response) in the
user's language. Only data here: ``shopguard.gui.letters`` lays it out and prints it.

Cards appear as stored (first 6 + last 4 at most, PCI DSS 3.4.1); nothing else is unmasked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.models import shown_time
from shopguard.core.money import format_money
from shopguard.core.procedures.cases import Case, get_case
from shopguard.core.procedures.data import load_fields, render
from shopguard.core.procedures.facts import Txn, placeholders
from shopguard.core.store import settings

KINDS = ("case_report", "adjustment_request", "chargeback_response")

_T: dict[str, dict[str, str]] = {
    "case_report": {"en": "Case report", "zh_CN": "案件报告"},
    "adjustment_request": {"en": "Request for a manual adjustment", "zh_CN": "调账申请函"},
    "chargeback_response": {"en": "Response to a cardholder dispute",
                            "zh_CN": "持卡人争议（调单/退单）应答函"},
    "case": {"en": "Case", "zh_CN": "案件编号"},
    "date": {"en": "Date", "zh_CN": "日期"},
    "shop": {"en": "Merchant", "zh_CN": "商户"},
    "merchant_id": {"en": "Merchant ID", "zh_CN": "商户号"},
    "terminal": {"en": "Terminal", "zh_CN": "终端号"},
    "acquirer": {"en": "Acquirer", "zh_CN": "收单机构"},
    "to": {"en": "To", "zh_CN": "致"},
    "to_default": {"en": "The acquirer's merchant service", "zh_CN": "收单机构商户服务部"},
    "transactions": {"en": "Transactions", "zh_CN": "涉及的交易"},
    "what_happened": {"en": "What happened", "zh_CN": "事情经过"},
    "steps_taken": {"en": "Steps taken", "zh_CN": "已采取的措施"},
    "evidence": {"en": "Evidence", "zh_CN": "证据清单"},
    "request": {"en": "Our request", "zh_CN": "我方请求"},
    "contact": {"en": "Contact", "zh_CN": "联系方式"},
    "outcome": {"en": "Outcome", "zh_CN": "结果"},
    "no_steps": {"en": "No step recorded yet.", "zh_CN": "尚未记录任何措施。"},
    "no_evidence": {"en": "None attached yet.", "zh_CN": "尚未附加证据。"},
    "col_time": {"en": "Time", "zh_CN": "时间"},
    "col_type": {"en": "Type", "zh_CN": "类型"},
    "col_amount": {"en": "Amount", "zh_CN": "金额"},
    "col_card": {"en": "Card", "zh_CN": "卡号"},
    "col_ref": {"en": "Reference no.", "zh_CN": "参考号"},
    "col_voucher": {"en": "Voucher no.", "zh_CN": "凭证号"},
    "col_status": {"en": "Status", "zh_CN": "状态"},
    "sale": {"en": "Sale", "zh_CN": "消费"},
    "void": {"en": "Void", "zh_CN": "撤销"},
    "refund": {"en": "Refund", "zh_CN": "退货"},
    "reversal": {"en": "Reversal", "zh_CN": "冲正"},
    "preauth": {"en": "Pre-authorisation", "zh_CN": "预授权"},
    "preauth_complete": {"en": "Pre-auth completion", "zh_CN": "预授权完成"},
    "other": {"en": "Other", "zh_CN": "其他"},
    "success": {"en": "Success", "zh_CN": "成功"},
    "failed": {"en": "Failed", "zh_CN": "失败"},
    "extra": {"en": " (extra charge)", "zh_CN": "（多扣）"},
    "signature": {"en": "Signature / shop stamp", "zh_CN": "签名/商户盖章"},
    "voided": {"en": "Voided", "zh_CN": "已撤销"},
    "refunded": {"en": "Refunded", "zh_CN": "已退货"},
    "adjusted": {"en": "Adjusted by the acquirer", "zh_CN": "收单机构已调账"},
    "chargeback_won": {"en": "Chargeback won", "zh_CN": "退单胜诉"},
    "chargeback_lost": {"en": "Chargeback lost", "zh_CN": "退单败诉"},
    "not_duplicate": {"en": "Not a duplicate", "zh_CN": "不是重复扣款"},
}


def t(key: str, lang: str) -> str:
    return _T[key]["zh_CN" if lang.startswith("zh") else "en"]


@dataclass
class LetterRow:
    time: str
    type: str
    amount: str
    card: str
    reference_no: str
    voucher_no: str
    status: str


@dataclass
class Letter:
    lang: str
    kind: str
    title: str
    labels: dict[str, str]
    case_id: int
    date: str
    shop_name: str
    merchant_id: str
    terminal_id: str
    acquirer: str
    addressee: str
    rows: list[LetterRow]
    happened: list[str]
    steps: list[str]
    evidence: list[str]
    request: list[str]
    contact: str
    outcome: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def default_kind(case: Case) -> str:
    return {"acquirer_adjustment": "adjustment_request",
            "chargeback_response": "chargeback_response"}.get(case.path, "case_report")


def _row(x: Txn, lang: str, extra_id: int) -> LetterRow:
    kind = t(x.type, lang) + (t("extra", lang) if x.id == extra_id else "")
    return LetterRow(shown_time(x.occurred_at, x.time_known, lang), kind,
                     format_money(x.amount_minor, x.currency), x.card or "-",
                     x.reference_no or "-", x.voucher_no or "-", t(x.status, lang))


def _happened(case: Case, lang: str) -> list[str]:
    zh = lang.startswith("zh")
    target = case.target()
    charged = [x for x in case.transactions if x.status == "success"
               and x.type in ("sale", "preauth_complete")]
    amount = format_money(target.amount_minor, target.currency)
    card = target.card or "-"
    lines: list[str] = []
    if len(charged) >= 2 and not all(x.time_known for x in charged):
        first, last = charged[0], charged[-1]  # a statement without times: no gap to give
        if zh:
            lines.append(f"{first.occurred_at[:10]}，卡号 {card} 在终端 "
                         f"{target.terminal_id or '-'} 上被扣款 {amount} 共 {len(charged)} 次"
                         f"（对账单没有具体时间，两笔在对账单中相邻）。顾客只购买了一次，"
                         f"参考号 {last.reference_no or '-'}、凭证号 {last.voucher_no or '-'}"
                         "的一笔为多扣。")
        else:
            lines.append(f"On {first.occurred_at[:10]}, card {card} was charged {amount} "
                         f"{len(charged)} times on terminal {target.terminal_id or '-'} (the "
                         "statement gives no time of day; the charges are on neighbouring "
                         "lines). The customer made one purchase; the charge with reference "
                         f"no. {last.reference_no or '-'}, voucher no. {last.voucher_no or '-'}"
                         " is the extra one.")
    elif len(charged) >= 2:
        first, last = charged[0], charged[-1]
        gap = int((datetime.fromisoformat(last.occurred_at)
                   - datetime.fromisoformat(first.occurred_at)).total_seconds())
        gap_txt = (f"{gap} 秒" if gap < 120 else f"{gap // 60} 分钟") if zh else (
            f"{gap} seconds" if gap < 120 else f"{gap // 60} minutes")
        if zh:
            lines.append(f"{first.occurred_at[:10]}，卡号 {card} 在终端 "
                         f"{target.terminal_id} 上被扣款 {amount} 共 {len(charged)} 次，"
                         f"相隔 {gap_txt}。顾客只购买了一次，"
                         f"{last.occurred_at[11:19]} 的一笔（参考号 {last.reference_no or '-'}，"
                         f"凭证号 {last.voucher_no or '-'}）为多扣。")
        else:
            lines.append(f"On {first.occurred_at[:10]}, card {card} was charged {amount} "
                         f"{len(charged)} times on terminal {target.terminal_id}, {gap_txt} "
                         f"apart. The customer made one purchase; the charge at "
                         f"{last.occurred_at[11:19]} (reference no. {last.reference_no or '-'}, "
                         f"voucher no. {last.voucher_no or '-'}) is the extra one.")
    elif not target.time_known:
        if zh:
            lines.append(f"{target.occurred_at[:10]}（时间未知），卡号 {card} 在终端 "
                         f"{target.terminal_id or '-'} 上被扣款 {amount}（参考号 "
                         f"{target.reference_no or '-'}）。")
        else:
            lines.append(f"On {target.occurred_at[:10]} (time unknown), card {card} was charged"
                         f" {amount} on terminal {target.terminal_id or '-'} (reference no. "
                         f"{target.reference_no or '-'}).")
    else:
        if zh:
            lines.append(f"{target.occurred_at[:10]} {target.occurred_at[11:19]}，"
                         f"卡号 {card} 在终端 {target.terminal_id} 上被扣款 {amount}（参考号 "
                         f"{target.reference_no or '-'}）。")
        else:
            lines.append(f"On {target.occurred_at[:10]} at {target.occurred_at[11:19]}, card "
                         f"{card} was charged {amount} on terminal {target.terminal_id} "
                         f"(reference no. {target.reference_no or '-'}).")
    lines.append(case.reason_in(lang))
    for r in case.resolutions:
        ra = format_money(r.amount_minor, r.currency)
        lines.append(f"{r.occurred_at[:10]} 的对账单显示{t(r.type, lang)} {ra}（参考号 "
                     f"{r.reference_no or '-'}）。" if zh else
                     f"The statement of {r.occurred_at[:10]} shows a {r.type} of {ra} "
                     f"(reference no. {r.reference_no or '-'}).")
    return lines


def _request(case: Case, kind: str, lang: str) -> list[str]:
    target = case.target()
    amount = format_money(target.amount_minor, target.currency)
    ref = target.reference_no or "-"
    zh = lang.startswith("zh")
    if kind == "adjustment_request":
        return [f"该笔交易已超出终端退货期限，恳请贵机构对参考号 {ref} 的交易"
                f"办理手工退货/贷记调整，将 {amount} 退还持卡人卡号 "
                f"{target.card or '-'}。" if zh else
                f"The charge can no longer be refunded at the terminal. Please make a manual "
                f"refund / credit adjustment of {amount} for the transaction with reference no. "
                f"{ref} back to card {target.card or '-'}."]
    if kind == "chargeback_response":
        return ["两笔交易的凭证号、参考号不同，请结合所附证据处理本次争议（重复处理："
                "Visa 12.6.1 / 万事达 4834 / 银联“交易重复提交清算”）。"
                "如已退款，退款凭证一并附上，"
                "请勿重复退还持卡人。" if zh else
                "The transactions carry different voucher and reference numbers. Please "
                "consider the attached evidence in this dispute (duplicate processing: Visa "
                "12.6.1 / Mastercard 4834 / UnionPay duplicate submission). Where a refund was "
                "already made its proof is attached; the cardholder must not be credited twice."]
    return []


def build_letter(db: Database, case_id: int, *, lang: str, kind: str | None = None) -> Letter:
    """Everything a letter shows, in `lang` ('en' or 'zh_CN')."""
    case = get_case(db, case_id)
    kind = kind or default_kind(case)
    if kind not in KINDS:
        raise ValueError(f"unknown letter kind {kind!r}; choose one of {', '.join(KINDS)}")
    target = case.target()
    proc = case.procedure()
    facts = placeholders(target, case.deadline)
    fields = load_fields()
    steps: list[str] = []
    evidence: list[str] = []
    for step in proc.steps:
        rec = case.steps_done.get(step.key)
        if rec is None:
            continue
        vals = "; ".join(f"{fields[k].get(lang)}: {v}" for k, v in rec.values.items()
                         if k in fields)
        head = f"{rec.done_at.replace('T', ' ')[:16]} {rec.done_by}: {step.title.get(lang)}"
        steps.append(f"{head} ({vals})" if vals else head)
        if step.keep:
            evidence.append(render(step.keep.get(lang), facts))
    for a in case.attachments:
        evidence.append(f"{a['original_name']} (sha256 {a['sha256'][:12]}…)")
    shop = str(settings.get(db, "shop_name")) or ("（未填写商户名称）" if lang.startswith("zh")
                                                  else "(shop name not set)")
    contact = str(settings.get(db, "shop_contact"))
    acquirer = str(settings.get(db, "acquirer"))
    labels = {k: t(k, lang) for k in _T}
    return Letter(
        lang=lang, kind=kind, title=t(kind, lang), labels=labels, case_id=case.id,
        date=clock.now().strftime("%Y-%m-%d"), shop_name=shop, merchant_id=target.merchant_id,
        terminal_id=target.terminal_id, acquirer=acquirer,
        addressee=acquirer or t("to_default", lang),
        rows=[_row(x, lang, target.id) for x in [*case.transactions, *case.resolutions]],
        happened=_happened(case, lang), steps=steps, evidence=evidence,
        request=_request(case, kind, lang),
        contact=" · ".join(p for p in (shop, contact) if p),
        outcome=t(case.outcome, lang) if case.outcome else "")
