"""Several sales on one card within `split_window_minutes`, each just under the
per-transaction limit (within `split_margin_percent` of it), together above it."""

from __future__ import annotations

from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, Txn, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "split_sale"
SCOPE = "days"


def find(ctx: ScanContext) -> list[Candidate]:
    limit, window = ctx.limits.per_txn_limit, ctx.limits.split_window_s
    floor = limit * (100 - ctx.limits.split_margin_percent) // 100
    by_card: dict[str, list[Txn]] = {}
    for t in ctx.pass_rows("split"):
        if t.is_sale and floor <= t.amount_minor <= limit and t.who:
            by_card.setdefault(t.who, []).append(t)
    out: list[Candidate] = []
    for near in by_card.values():
        near.sort(key=lambda t: t.ts)
        run: list[Txn] = []
        for nxt in [*near, None]:
            if nxt is not None and run and nxt.ts - run[0].ts <= window:
                run.append(nxt)
                continue
            total = sum(r.amount_minor for r in run)
            if len(run) >= 2 and total > limit:
                score = clamp(60 + 10 * (len(run) - 2))
                params = {
                    **card_params(run[0].card, run[0].card_brand), "count": len(run),
                    "total_minor": total, "limit_minor": limit, "currency": run[0].currency,
                    "span_s": run[-1].ts - run[0].ts, "terminal_id": run[0].terminal_id,
                    "merchant_id": run[0].merchant_id,
                }
                out.append(Candidate(RULE, run[0].natural_key, severity_for(score, 60),
                                     score, [(r, "part") for r in run], params))
            run = [nxt] if nxt is not None else []
    return out
