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
from shopguard.core.models import latest_moment

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
    latest = latest_moment(refund.occurred_at, refund.time_known)  # unknown: its whole day
    earlier = [s for s in pool if s.occurred_at <= latest] or pool
    return earlier[-1] if earlier else None


def links(ctx: ScanContext) -> RefundLinks:
    """All successful voids/refunds and the sale each belongs to (cached per scan)."""
    cached = ctx.cache.get("refund_links")
    if isinstance(cached, RefundLinks):
        return cached
    result = RefundLinks()
    refunds = _refunds(ctx)
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
    for r in sorted(refunds, key=lambda t: (t.occurred_at, t.id)):
        if not r.original_reference_no:
            sale = _guess(ctx, r, result)
            if sale is None:
                result.orphans.append(r)
            else:
                _link(result, sale, r)
    ctx.cache["refund_links"] = result
    return result


def _refunds(ctx: ScanContext) -> list[Txn]:
    """Every successful void/refund; in an incremental scan only those in the scanned days
    and those naming a sale in them (through the partial index on refunds)."""
    base = ("type IN ('refund','void') AND status = 'success'"
            " AND original_reference_no IS NOT NULL")
    rng, params = ctx.range_sql()
    if not rng:
        return ctx.query(base)
    found = {t.id: t for t in ctx.query(base + rng, params)}
    keys: set[str] = set()
    for ref, voucher in ctx.db.conn.execute(
            f"SELECT reference_no, voucher_no FROM transactions WHERE type IN {SALE_TYPES}"
            f" AND status = 'success'{rng}", params):
        keys.update(k for k in (ref, voucher) if k)
    if keys:
        named = ctx.query(base + " AND original_reference_no IN (SELECT value FROM json_each(?))",
                          (json.dumps(sorted(keys)),))
        found.update((t.id, t) for t in named)
    return list(found.values())


def _guess(ctx: ScanContext, r: Txn, so_far: RefundLinks) -> Txn | None:
    """The latest earlier sale on the same card (same terminal first) that can still take
    this refund; failing that, the latest earlier sale on the card at all, so that a refund
    larger than its sale is reported as such rather than as having no sale."""
    if not r.card:
        return None
    rows = ctx.query(
        f"card = ? AND type IN {SALE_TYPES} AND status = 'success'"
        " AND occurred_at <= ? AND occurred_at >= strftime('%Y-%m-%dT%H:%M:%S', ?, ?)"
        " ORDER BY occurred_at DESC LIMIT 20",
        (r.card, latest_moment(r.occurred_at, r.time_known), r.occurred_at,
         f"-{ctx.limits.refund_window_days} days"),
    )

    def room(s: Txn) -> int:
        taken = s.refunded_minor + sum(x.amount_minor for x in so_far.by_sale.get(s.id, []))
        return s.amount_minor - taken

    for pool in ([s for s in rows if s.place == r.place], rows):
        fits = [s for s in pool if room(s) >= r.amount_minor]
        if fits:
            return fits[0]
    untouched = [s for s in rows if room(s) == s.amount_minor]
    return untouched[0] if untouched else None


def _link(result: RefundLinks, sale: Txn, refund: Txn) -> None:
    result.sales[sale.id] = sale
    result.by_sale.setdefault(sale.id, []).append(refund)
