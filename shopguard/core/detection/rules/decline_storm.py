"""`decline_storm_count` or more failed attempts on one card within `decline_storm_minutes`
before a successful sale. Only formats that list failed attempts can show this."""

from __future__ import annotations

from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, Txn, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "decline_storm"
SCOPE = "days"


def find(ctx: ScanContext) -> list[Candidate]:
    need, window = ctx.limits.decline_storm_count, ctx.limits.decline_storm_s
    out: list[Candidate] = []
    for chain in ctx.chains:
        failed: list[Txn] = []
        for t in chain:
            if t.type != "sale":
                continue
            if t.status == "failed":
                failed.append(t)
                continue
            recent = [f for f in failed if t.ts - f.ts <= window]
            if len(recent) >= need:
                score = clamp(50 + 10 * (len(recent) - need))
                params = {
                    **card_params(t.card, t.card_brand), "failed": len(recent),
                    "span_s": t.ts - recent[0].ts, "amount_minor": t.amount_minor,
                    "currency": t.currency, "terminal_id": t.terminal_id,
                    "merchant_id": t.merchant_id,
                }
                evidence = [(f, "declined") for f in recent] + [(t, "success")]
                out.append(Candidate(RULE, t.natural_key, severity_for(score), score,
                                     evidence, params))
            failed = []
    return out
