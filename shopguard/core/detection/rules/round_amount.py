"""Large whole-number sales (multiples of 100 major units, at least `round_amount_min`) on
one card on `round_amount_days` or more different days within a month: a cash-out (套现)
red flag, shown as low severity and worded as a question, not an accusation."""

from __future__ import annotations

from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, Txn
from shopguard.core.detection.texts import card_params
from shopguard.core.money import format_money

RULE = "round_amount"
SCOPE = "all"
WINDOW_S = 31 * 86400


def find(ctx: ScanContext) -> list[Candidate]:
    rows = ctx.query(
        "amount_minor % 10000 = 0 AND amount_minor >= ? AND status = 'success'"
        " AND type IN ('sale','preauth_complete')",
        (ctx.limits.round_amount_min,),
    )
    by_card: dict[str, list[Txn]] = {}
    for t in rows:
        if t.who:
            by_card.setdefault(t.who, []).append(t)
    out: list[Candidate] = []
    for who, txns in by_card.items():
        txns.sort(key=lambda t: t.ts)
        run: list[Txn] = []
        for nxt in [*txns, None]:
            if nxt is not None and (not run or nxt.ts - run[0].ts <= WINDOW_S):
                run.append(nxt)
                continue
            if len({r.day for r in run}) >= ctx.limits.round_amount_days:
                out.append(_candidate(who, run))
            run = [nxt] if nxt is not None else []
    return out


def _candidate(who: str, run: list[Txn]) -> Candidate:
    days = len({r.day for r in run})
    p = {**card_params(run[0].card, run[0].card_brand), "days": days, "count": len(run),
         "amounts": [format_money(r.amount_minor, r.currency) for r in run],
         "total_minor": sum(r.amount_minor for r in run), "currency": run[0].currency,
         "terminal_id": run[0].terminal_id, "merchant_id": run[0].merchant_id}
    return Candidate(RULE, f"{who}|{run[0].natural_key}", "low", min(40, 20 + 5 * days),
                     [(r, "sale") for r in run], p)
