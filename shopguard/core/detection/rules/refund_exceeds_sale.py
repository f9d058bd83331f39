"""Voids and refunds of one sale adding up to more than the sale (one or several)."""

from __future__ import annotations

from shopguard.core.detection import refunds
from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, Txn, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "refund_exceeds_sale"
SCOPE = "all"


def find(ctx: ScanContext) -> list[Candidate]:
    links = refunds.links(ctx)
    out: list[Candidate] = []
    for sale_id, rows in links.by_sale.items():
        sale = links.sales[sale_id]
        total = sum(r.amount_minor for r in rows)
        if total <= sale.amount_minor:
            continue
        score = clamp(70 + 10 * min(1.0, (total - sale.amount_minor) / sale.amount_minor))
        p = {**card_params(sale.card, sale.card_brand), "sale_minor": sale.amount_minor,
             "refunded_minor": total, "count": len(rows), "currency": sale.currency,
             "sale_reference_no": sale.reference_no, "terminal_id": sale.terminal_id,
             "merchant_id": sale.merchant_id}
        evidence: list[tuple[Txn, str]] = [(sale, "sale")]
        evidence += [(r, r.type) for r in sorted(rows, key=lambda r: r.occurred_at)]
        out.append(Candidate(RULE, sale.natural_key, severity_for(score), score, evidence, p))
    return out
