"""A void or refund whose sale is in no imported statement."""

from __future__ import annotations

from shopguard.core.detection import refunds
from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "refund_without_sale"
SCOPE = "all"


def find(ctx: ScanContext) -> list[Candidate]:
    out: list[Candidate] = []
    for r in refunds.links(ctx).orphans:
        score = clamp(55 + (15 if r.amount_minor >= ctx.limits.round_amount_min else 0))
        p = {**card_params(r.card, r.card_brand), "kind": r.type,
             "amount_minor": r.amount_minor, "currency": r.currency,
             "reference_no": r.reference_no, "original_reference_no": r.original_reference_no,
             "terminal_id": r.terminal_id, "merchant_id": r.merchant_id}
        out.append(Candidate(RULE, r.natural_key, severity_for(score), score, [(r, r.type)], p))
    return out
