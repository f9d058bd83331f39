"""Which procedure a case follows, why, and by when (the decision tree of the reference).

Order of the checks: a dispute already raised → answer it; a dismissed alert → not a
duplicate; the charge's result unknown → check first; same clearing day and not settled →
void; inside the acquirer's refund window → refund; otherwise → ask for an adjustment.
Refund windows and the cut-off are Settings because acquirers differ (reference: unverified).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlite_utils import Database

from shopguard.core.money import format_money
from shopguard.core.procedures.data import Text
from shopguard.core.procedures.facts import Txn, load_txns
from shopguard.core.store import settings

# Used only when the dispute notice's own deadline was not entered; the wording says so.
ASSUMED_DISPUTE_DAYS = 7
CHARGED = ("sale", "preauth_complete")


@dataclass(frozen=True)
class Decision:
    path: str
    reason: Text
    deadline: datetime | None
    target_id: int  # the transaction the procedure acts on (the extra charge)
    already: str = ""  # 'voided' / 'refunded' when a statement already shows it


def clearing_day_end(occurred: datetime, cutoff: time) -> datetime:
    """End of the clearing day the charge belongs to (previous day's cut-off → today's)."""
    end = datetime.combine(occurred.date(), cutoff)
    return end if occurred < end else end + timedelta(days=1)


def refund_window_days(db: Database, acquirer: str) -> int:
    overrides = settings.get(db, "refund_windows") or {}
    for name, days in overrides.items():
        if acquirer and str(name).strip().lower() == acquirer.strip().lower():
            return int(days)
    return int(settings.get(db, "refund_window_days"))


def _target(txns: list[Txn]) -> Txn | None:
    """The extra charge: the latest successful sale (the earlier one is the customer's)."""
    charged = [t for t in txns if t.status == "success" and t.type in CHARGED]
    return charged[-1] if charged else None


def _returned(db: Database, t: Txn) -> tuple[str, int]:
    """('void'|'refund'|'', total returned) from statement rows that point at `t`."""
    keys = [k for k in (t.reference_no, t.voucher_no) if k]
    if not keys:
        return "", 0
    marks = ",".join("?" * len(keys))
    rows = db.conn.execute(
        "SELECT type, amount_minor FROM transactions WHERE status = 'success'"
        f" AND type IN ('void','refund') AND original_reference_no IN ({marks})"
        " AND id != ?", [*keys, t.id]).fetchall()
    kind = "void" if any(r[0] == "void" for r in rows) else ("refund" if rows else "")
    total = sum(r[1] for r in rows)
    if "refunded_minor" in {c.name for c in db["transactions"].columns}:
        # Processors that fold refunds into the charge row (Stripe's amount_refunded).
        folded = db.conn.execute("SELECT refunded_minor FROM transactions WHERE id = ?",
                                 (t.id,)).fetchone()[0] or 0
        if folded:
            kind, total = kind or "refund", total + int(folded)
    return kind, total


def _reversal(db: Database, t: Txn, txns: list[Txn]) -> bool:
    if any(x.type == "reversal" for x in txns):
        return True
    if not t.reference_no:
        return False
    return db.conn.execute(
        "SELECT 1 FROM transactions WHERE type = 'reversal' AND original_reference_no = ?"
        " AND original_reference_no != ''",
        (t.reference_no,)).fetchone() is not None


def _dispute(db: Database, ids: list[int]) -> tuple[str, str | None, str] | None:
    marks = ",".join("?" * len(ids))
    row = db.conn.execute(
        "SELECT received_on, respond_by, reason_code FROM disputes"
        f" WHERE transaction_id IN ({marks}) ORDER BY received_on DESC LIMIT 1", ids).fetchone()
    return (row[0], row[1], row[2]) if row else None


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59))


def decide(db: Database, transaction_ids: list[int], now: datetime, *,
           alert_status: str = "", acquirer: str = "") -> Decision:
    """Pick the path for a case over these transactions at `now`, with the reason."""
    txns = load_txns(db, list(transaction_ids))
    target = _target(txns)
    ids = [t.id for t in txns]
    fmt_deadline = "%Y-%m-%d %H:%M"

    dispute = _dispute(db, ids)
    if dispute:
        received, respond_by, code = dispute
        code_txt = f" ({code})" if code else ""
        if respond_by:
            deadline = _end_of(date.fromisoformat(respond_by))
            en_d, zh_d = f"answer by {respond_by}", f"须在 {respond_by} 前应答"
        else:
            deadline = _end_of(date.fromisoformat(received) + timedelta(
                days=ASSUMED_DISPUTE_DAYS))
            en_d = (f"the notice's deadline was not entered; {ASSUMED_DISPUTE_DAYS} days "
                    "from receipt is assumed, check the notice or with your acquirer")
            zh_d = (f"未填写通知上的截止日期，暂按收到后{ASSUMED_DISPUTE_DAYS}天计算，"
                    "请以通知为准或向收单机构确认")
        return Decision("chargeback_response", Text(
            en=f"The cardholder already disputed this charge{code_txt} (notice received "
               f"{received}). Do not also refund it: answer the dispute or accept it; {en_d}.",
            zh_CN=f"持卡人已对这笔交易发起争议{code_txt}（{received} 收到通知）。不要再退货："
                  f"请应答或接受退单；{zh_d}。"), deadline, (target or txns[-1]).id)

    if alert_status == "dismissed":
        return Decision("not_duplicate", Text(
            en="The alert was dismissed as not a duplicate: keep the evidence and close.",
            zh_CN="该提醒已被判定为不是重复扣款：保留证据后结案。"), None, txns[-1].id)

    if target is None or _reversal(db, target, txns):
        t = target or txns[-1]
        why_en = ("a reversal (冲正) was recorded for it" if target else
                  "no successful charge is on record, only failed or reversed attempts")
        why_zh = "记录中有对应的冲正" if target else "记录中没有成功的扣款，只有失败或冲正的尝试"
        cutoff = time.fromisoformat(str(settings.get(db, "cutoff_time")))
        deadline = clearing_day_end(now, cutoff)
        return Decision("check_status", Text(
            en=f"The result of the charge is not certain: {why_en}. Do not swipe again; check "
               f"the terminal or the statement first, before today's cut-off "
               f"({deadline.strftime(fmt_deadline)}) so that a void is still possible.",
            zh_CN=f"这笔交易的结果不确定：{why_zh}。不要重新刷卡；请在今天的截止时间"
                  f"（{deadline.strftime(fmt_deadline)}）前先查询终端或对账单，以便仍可撤销。"),
            deadline, t.id)

    occurred = datetime.fromisoformat(target.occurred_at)
    amount = format_money(target.amount_minor, target.currency)
    kind, returned = _returned(db, target)
    if kind and returned >= target.amount_minor:
        done_en = "voided" if kind == "void" else "refunded"
        done_zh = "撤销" if kind == "void" else "退货"
        return Decision(kind, Text(
            en=f"The extra charge of {amount} was already {done_en} (a later statement "
               f"shows it). Nothing more at the terminal: close the case as {done_en}.",
            zh_CN=f"多扣的 {amount} 已经{done_zh}（后来的对账单中有记录）。无需再在终端操作："
                  f"按“{done_zh}”结案。"), None, target.id, already=done_en)

    cutoff = time.fromisoformat(str(settings.get(db, "cutoff_time")))
    day_end = clearing_day_end(occurred, cutoff)  # an unknown time counts as before cut-off
    at_en = f"at {occurred:%H:%M}" if target.time_known else f"on {occurred:%Y-%m-%d}"
    at_zh = f"{occurred:%H:%M} " if target.time_known else f"{occurred:%Y-%m-%d} "
    settled_before_today = bool(target.settled_on and target.settled_on < now.date().isoformat())
    if now < day_end and not settled_before_today:
        return Decision("void", Text(
            en=f"The extra charge of {amount} {at_en} is still in today's clearing "
               f"day (cut-off {cutoff:%H:%M}) and not settled: void it, full amount, on the "
               f"original terminal, before {day_end.strftime(fmt_deadline)}.",
            zh_CN=f"{at_zh}多扣的 {amount} 仍在当日清算周期内（截止 {cutoff:%H:%M}），"
                  f"尚未结算：请在 {day_end.strftime(fmt_deadline)} 前在原终端全额撤销。"),
            day_end, target.id)

    days = refund_window_days(db, acquirer)
    last_day = occurred.date() + timedelta(days=days)
    deadline = _end_of(last_day)
    acq_en = f"{acquirer}'s " if acquirer else "the acquirer's "
    acq_zh = f"{acquirer}的" if acquirer else "收单机构的"
    if now <= deadline:
        return Decision("refund", Text(
            en=f"The extra charge of {amount} on {occurred:%Y-%m-%d} is settled, so it cannot "
               f"be voided. It is within {acq_en}refund window ({days} days, a setting; check "
               f"with your acquirer): refund it by {last_day.isoformat()}.",
            zh_CN=f"{occurred:%Y-%m-%d} 多扣的 {amount} 已结算，不能撤销。仍在{acq_zh}退货期限内"
                  f"（{days}天，可在设置中修改，请向收单机构确认）：请在 {last_day.isoformat()} "
                  f"前退货。"), deadline, target.id)
    return Decision("acquirer_adjustment", Text(
        en=f"The extra charge of {amount} on {occurred:%Y-%m-%d} is past {acq_en}refund window "
           f"({days} days, ended {last_day.isoformat()}): ask the acquirer for a manual "
           f"adjustment with a letter and the evidence, as soon as possible.",
        zh_CN=f"{occurred:%Y-%m-%d} 多扣的 {amount} 已超过{acq_zh}退货期限（{days}天，"
              f"{last_day.isoformat()} 截止）：请尽快凭申请函和证据向收单机构申请调账。"),
        None, target.id)
