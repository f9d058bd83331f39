"""One card's successful sales in one day adding up to more than the daily limit.

The chain pass already summed every row per (card, day); only those pairs are checked here.
"""

from __future__ import annotations

from datetime import date, timedelta

from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "daily_limit"
SCOPE = "days"


def find(ctx: ScanContext) -> list[Candidate]:
    limit = ctx.limits.daily_limit
    out: list[Candidate] = []
    for who, day in ctx.daily_candidates:
        nxt = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
        if who.startswith("brand:"):
            where, key = "card = '' AND card_brand = ?", who[6:]
        else:
            where, key = "card = ?", who
        rows = ctx.query(
            f"{where} AND occurred_at >= ? AND occurred_at < ? AND status = 'success'"
            " AND type IN ('sale','preauth_complete') ORDER BY occurred_at",
            (key, day, nxt),
        )
        total = sum(t.amount_minor for t in rows)
        if total <= limit or not rows:
            continue
        score = clamp(60 + 20 * min(1.0, (total - limit) / limit))
        p = {**card_params(rows[0].card, rows[0].card_brand), "day": day, "count": len(rows),
             "total_minor": total, "limit_minor": limit, "currency": rows[0].currency,
             "terminal_id": rows[0].terminal_id, "merchant_id": rows[0].merchant_id}
        out.append(Candidate(RULE, f"{who}|{day}", severity_for(score), score,
                             [(t, "sale") for t in rows], p))
    return out
