"""Two or more successful sales: same card (or payer), same amount, same terminal (or merchant
when the terminal is unknown), within `duplicate_window_minutes`, different reference numbers.

Not duplicates: a decline followed by one successful retry (only one success), different cards
(two coffees), the same card hours apart (a customer coming back). A duplicate whose extra
charges were all voided or refunded is stored as resolved.
"""

from __future__ import annotations

from itertools import pairwise

from shopguard.core.detection import refunds
from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, Txn, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "duplicate_swipe"
SCOPE = "days"


def find(ctx: ScanContext) -> list[Candidate]:
    window = ctx.limits.duplicate_window_s
    out: list[Candidate] = []
    for chain in ctx.chains:
        groups: dict[tuple[str, int, str], list[Txn]] = {}
        for t in chain:
            if t.is_sale:
                groups.setdefault((t.place, t.amount_minor, t.currency), []).append(t)
        for sales in groups.values():
            run: list[Txn] = []
            for t in sales:
                if run and t.ts - run[-1].ts > window:
                    _emit(ctx, chain, run, out)
                    run = []
                if not any(t.reference_no and t.reference_no == r.reference_no for r in run):
                    run.append(t)
            _emit(ctx, chain, run, out)
    return out


def _emit(ctx: ScanContext, chain: list[Txn], run: list[Txn], out: list[Candidate]) -> None:
    if len(run) < 2:
        return
    links = refunds.links(ctx)
    undone = [s for s in run
              if sum(r.amount_minor for r in links.by_sale.get(s.id, [])) >= s.amount_minor]
    resolved = len(undone) >= len(run) - 1
    gap = min(b.ts - a.ts for a, b in pairwise(run))
    between = any(
        (t.status == "failed" or t.type == "reversal") and run[0].ts <= t.ts <= run[-1].ts
        for t in chain
    )
    operators = {t.operator for t in run}
    operator = run[0].operator if len(operators) == 1 else ""
    amount = run[0].amount_minor
    score = 40.0
    score += 30 if gap <= 60 else 20 if gap <= 180 else 10
    score += 10 if operator else 0
    score += 10 if amount % 100 else 0  # an odd amount twice is rarely a coincidence
    score += 10 if between else 0
    score += 5 if len(run) > 2 else 0
    score -= 0 if run[0].card else 25
    evidence: list[tuple[Txn, str]] = [(run[0], "original")]
    evidence += [(t, "duplicate") for t in run[1:]]
    for s in run:
        evidence += [(r, r.type) for r in links.by_sale.get(s.id, [])]
    params = {
        **card_params(run[0].card, run[0].card_brand),
        "amount_minor": amount, "currency": run[0].currency, "gap_s": gap, "count": len(run),
        "terminal_id": run[0].terminal_id, "merchant_id": run[0].merchant_id,
        "operator": operator, "between": between, "resolved": resolved,
    }
    final = clamp(score)
    out.append(Candidate(RULE, run[0].natural_key, severity_for(final), final, evidence, params,
                         "resolved" if resolved else "open"))
