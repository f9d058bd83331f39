"""Successful sales outside business hours, allowing `off_hours_grace_minutes` either side.

Business hours may cross midnight (``18:00-02:00``); the chain pass sets the rows aside
(see `context.closed_seconds`).
"""

from __future__ import annotations

from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "off_hours"
SCOPE = "days"

def find(ctx: ScanContext) -> list[Candidate]:
    hours = ctx.limits.business_hours
    rows = [t for t in ctx.pass_rows("off_hours") if t.status == "success"
            and t.type in ("sale", "preauth_complete")]
    out: list[Candidate] = []
    for t in rows:
        big = t.amount_minor >= ctx.limits.round_amount_min
        score = clamp(45 + (20 if big else 0))
        p = {**card_params(t.card, t.card_brand), "amount_minor": t.amount_minor,
             "currency": t.currency, "at": t.occurred_at, "business_hours": hours,
             "terminal_id": t.terminal_id, "merchant_id": t.merchant_id}
        out.append(Candidate(RULE, t.natural_key, severity_for(score), score, [(t, "sale")], p))
    return out
