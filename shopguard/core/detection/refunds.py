"""Which sale each void/refund belongs to.

Formats differ in how a refund names its sale: the sale's reference number (most), the
sale's voucher/trace number (bank POS 原系统跟踪号), or a longer order id that ends with the
reference (Allinpay 原交易单). A refund that names nothing is matched to the latest earlier
sale on the same card and terminal that is at least as large, within the refund window.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Txn

SALE_TYPES = "('sale','preauth_complete')"


@dataclass
class RefundLinks:
    by_sale: dict[int, list[Txn]] = field(default_factory=dict)
    sales: dict[int, Txn] = field(default_factory=dict)
    orphans: list[Txn] = field(default_factory=list)


def _lookup(ctx: ScanContext, column: str, values: set[str]) -> dict[str, list[Txn]]:
    out: dict[str, list[Txn]] = {}
    if not values:
        return out
    rows = ctx.query(
        f"{column} IN (SELECT value FROM json_each(?)) AND type IN {SALE_TYPES}"
        " AND status = 'success'",
        (json.dumps(sorted(values)),),
    )
    for t in rows:
        out.setdefault(getattr(t, column), []).append(t)
    return out


def _pick(refund: Txn, sales: list[Txn]) -> Txn | None:
    same = [s for s in sales if s.place == refund.place and (not refund.card or not s.card
                                                          or s.card == refund.card)]
    pool = sorted(same or sales, key=lambda s: (s.occurred_at, s.id))
    earlier = [s for s in pool if s.occurred_at <= refund.occurred_at] or pool
    return earlier[-1] if earlier else None


def links(ctx: ScanContext) -> RefundLinks:
    """All successful voids/refunds and the sale each belongs to (cached per scan)."""
    cached = ctx.cache.get("refund_links")
    if isinstance(cached, RefundLinks):
        return cached
    result = RefundLinks()
    refunds = ctx.query("type IN ('refund','void') AND status = 'success'"
                        " AND original_reference_no IS NOT NULL")
    named = [r for r in refunds if r.original_reference_no]
    by_ref = _lookup(ctx, "reference_no", {r.original_reference_no for r in named})
    unmatched: list[Txn] = []
    for r in named:
        sale = _pick(r, by_ref.get(r.original_reference_no, []))
        if sale is None:
            unmatched.append(r)
        else:
            _link(result, sale, r)
    if unmatched:
        tails = {r.original_reference_no[-12:] for r in unmatched
                 if len(r.original_reference_no) > 12}
        by_tail = _lookup(ctx, "reference_no", tails)
        by_voucher = _lookup(ctx, "voucher_no", {r.original_reference_no for r in unmatched})
        for r in unmatched:
            sale = (_pick(r, by_tail.get(r.original_reference_no[-12:], []))
                    or _pick(r, [s for s in by_voucher.get(r.original_reference_no, [])
                                 if s.place == r.place]))
            if sale is None:
                result.orphans.append(r)
            else:
                _link(result, sale, r)
    for r in refunds:
        if not r.original_reference_no:
            sale = _guess(ctx, r)
            if sale is None:
                result.orphans.append(r)
            else:
                _link(result, sale, r)
    ctx.cache["refund_links"] = result
    return result


def _guess(ctx: ScanContext, r: Txn) -> Txn | None:
    if not r.card:
        return None
    rows = ctx.query(
        f"card = ? AND type IN {SALE_TYPES} AND status = 'success' AND amount_minor >= ?"
        " AND occurred_at <= ? AND occurred_at >= strftime('%Y-%m-%dT%H:%M:%S', ?, ?)"
        " ORDER BY occurred_at DESC LIMIT 5",
        (r.card, r.amount_minor, r.occurred_at, r.occurred_at,
         f"-{ctx.limits.refund_window_days} days"),
    )
    same = [s for s in rows if s.place == r.place]
    pool = same or rows
    return pool[0] if pool else None


def _link(result: RefundLinks, sale: Txn, refund: Txn) -> None:
    result.sales[sale.id] = sale
    result.by_sale.setdefault(sale.id, []).append(refund)
