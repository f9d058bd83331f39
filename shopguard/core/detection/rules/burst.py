"""One card swiped `burst_count` or more times within `burst_window_minutes` (any outcome)."""

from __future__ import annotations

from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, Txn, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "burst"
SCOPE = "days"


def find(ctx: ScanContext) -> list[Candidate]:
    n, window = ctx.limits.burst_count, ctx.limits.burst_window_s
    out: list[Candidate] = []
    for chain in ctx.chains:
        swipes = [t for t in chain if t.type == "sale"]
        if len(swipes) < n:
            continue
        clusters: list[list[int]] = []  # index ranges [lo, hi] of qualifying windows, merged
        lo = 0
        for hi, t in enumerate(swipes):
            while t.ts - swipes[lo].ts > window:
                lo += 1
            if hi - lo + 1 >= n:
                if clusters and lo <= clusters[-1][1]:
                    clusters[-1][1] = hi
                else:
                    clusters.append([lo, hi])
        for a, b in clusters:
            rows = swipes[a:b + 1]
            out.append(_candidate(ctx, rows))
    return out


def _candidate(ctx: ScanContext, rows: list[Txn]) -> Candidate:
    n = ctx.limits.burst_count
    score = clamp(50 + 5 * (len(rows) - n) + (0 if rows[0].card else -15))
    params = {
        **card_params(rows[0].card, rows[0].card_brand),
        "count": len(rows), "span_s": rows[-1].ts - rows[0].ts,
        "total_minor": sum(t.amount_minor for t in rows if t.is_sale),
        "currency": rows[0].currency, "threshold": n,
        "window_minutes": ctx.limits.burst_window_s // 60,
        "terminal_id": rows[0].terminal_id, "merchant_id": rows[0].merchant_id,
    }
    return Candidate(RULE, rows[0].natural_key, severity_for(score), score,
                     [(t, "swipe") for t in rows], params)
