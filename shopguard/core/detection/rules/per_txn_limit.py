"""A single successful sale above the per-transaction limit."""

from __future__ import annotations

from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "per_txn_limit"
SCOPE = "days"


def find(ctx: ScanContext) -> list[Candidate]:
    limit = ctx.limits.per_txn_limit
    rows = [t for t in ctx.pass_rows("per_txn") if t.status == "success"
            and t.type in ("sale", "preauth_complete") and t.amount_minor > limit]
    out: list[Candidate] = []
    for t in rows:
        score = clamp(60 + 20 * min(1.0, (t.amount_minor - limit) / limit))
        p = {**card_params(t.card, t.card_brand), "amount_minor": t.amount_minor,
             "limit_minor": limit, "currency": t.currency,
             "at": t.occurred_at if t.time_known else t.day,  # no time of day: the date
             "terminal_id": t.terminal_id, "merchant_id": t.merchant_id}
        out.append(Candidate(RULE, t.natural_key, severity_for(score), score, [(t, "sale")], p))
    return out
