"""Two or more successful sales: same card (or payer), same amount, same terminal (or merchant
when the terminal is unknown), within `duplicate_window_minutes`, different reference numbers.

Not duplicates: a decline followed by one successful retry (only one success), different cards
(two coffees), the same card hours apart (a customer coming back). A duplicate whose extra
charges were all voided or refunded is stored as resolved.

Rows without a time of day (a statement that gives only dates, see `models.time_known`) have
no gap to measure, and "same day, same amount" is two customers as often as one double
charge. Among them a duplicate needs all of: the same card number (never a brand alone: a
statement with neither time nor card cannot tell), the same amount and currency, the same
day, the same terminal (or merchant), successful sales, and neighbouring lines of the same
statement file with no other transaction between them (a terminal's double charge is listed
next to the first; the same card again later in the day is not). Such an alert says that
the time is unknown and is never above "medium".
"""

from __future__ import annotations

import json
from itertools import pairwise

from shopguard.core.detection import refunds
from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, Txn, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "duplicate_swipe"
SCOPE = "days"
# Without a card number (Adyen settlement files) only the brand is known; two sales of the
# same brand and amount are then matched only this close together, and never above "low".
UNKNOWN_CARD_WINDOW_S = 180


def find(ctx: ScanContext) -> list[Candidate]:
    out: list[Candidate] = []
    _find_untimed(ctx, out)
    for chain in ctx.chains:
        window = ctx.limits.duplicate_window_s
        if not chain[0].card:
            window = min(window, UNKNOWN_CARD_WINDOW_S)
        groups: dict[tuple[str, int, str], list[Txn]] = {}
        for t in chain:
            if t.is_sale:
                groups.setdefault((t.place, t.amount_minor, t.currency), []).append(t)
        for sales in groups.values():
            run: list[Txn] = []
            for t in sales:
                if run and t.ts - run[-1].ts > window:
                    _emit(ctx, chain, run, out)
                    run = []
                if not any(t.reference_no and t.reference_no == r.reference_no for r in run):
                    run.append(t)
            _emit(ctx, chain, run, out)
    return out


def _emit(ctx: ScanContext, chain: list[Txn], run: list[Txn], out: list[Candidate]) -> None:
    if len(run) < 2:
        return
    links = refunds.links(ctx)
    undone = [s for s in run if s.refunded_minor + sum(
        r.amount_minor for r in links.by_sale.get(s.id, [])) >= s.amount_minor]
    resolved = len(undone) >= len(run) - 1
    gap = min(b.ts - a.ts for a, b in pairwise(run))
    between = any(
        (t.status == "failed" or t.type == "reversal") and run[0].ts <= t.ts <= run[-1].ts
        for t in chain
    )
    operators = {t.operator for t in run}
    operator = run[0].operator if len(operators) == 1 else ""
    amount = run[0].amount_minor
    score = 40.0
    score += 30 if gap <= 60 else 20 if gap <= 180 else 10
    score += 10 if operator else 0
    score += 10 if amount % 100 else 0  # an odd amount twice is rarely a coincidence
    score += 10 if between else 0
    score += 5 if len(run) > 2 else 0
    score -= 0 if run[0].card else 25
    evidence: list[tuple[Txn, str]] = [(run[0], "original")]
    evidence += [(t, "duplicate") for t in run[1:]]
    for s in run:
        evidence += [(r, r.type) for r in links.by_sale.get(s.id, [])]
    params = {
        **card_params(run[0].card, run[0].card_brand),
        "amount_minor": amount, "currency": run[0].currency, "gap_s": gap, "count": len(run),
        "terminal_id": run[0].terminal_id, "merchant_id": run[0].merchant_id,
        "operator": operator, "between": between, "resolved": resolved,
    }
    final = clamp(score)
    severity = severity_for(final) if run[0].card else "low"
    out.append(Candidate(RULE, run[0].natural_key, severity, final, evidence, params,
                         "resolved" if resolved else "open"))


def _find_untimed(ctx: ScanContext, out: list[Candidate]) -> None:
    """Duplicates among rows without a time of day (see the module docstring)."""
    groups: dict[tuple[str, str, str, int, str], list[Txn]] = {}
    for t in ctx.pass_rows("untimed"):
        if t.is_sale and t.card:
            groups.setdefault((t.card, t.day, t.place, t.amount_minor, t.currency), []).append(t)
    groups = {k: g for k, g in groups.items() if len(g) >= 2}
    if not groups:
        return
    ids = [t.id for g in groups.values() for t in g]
    where = {i: (imp, line) for i, imp, line in ctx.db.conn.execute(
        "SELECT id, import_id, source_line FROM transactions"
        " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}
    for sales in groups.values():
        sales.sort(key=lambda t: where[t.id])
        run = [sales[0]]
        for prev, t in pairwise(sales):
            if _neighbours(ctx, where[prev.id], where[t.id]):
                run.append(t)
                continue
            _emit_untimed(ctx, run, out)
            run = [t]
        _emit_untimed(ctx, run, out)


def _neighbours(ctx: ScanContext, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Lines of one import with no other stored transaction between them."""
    if a[0] != b[0]:
        return False
    if b[1] - a[1] <= 1:
        return True
    between = ctx.db.conn.execute(
        "SELECT 1 FROM transactions WHERE import_id = ? AND source_line > ? AND source_line < ?"
        " LIMIT 1", (a[0], a[1], b[1])).fetchone()
    return between is None


def _emit_untimed(ctx: ScanContext, run: list[Txn], out: list[Candidate]) -> None:
    if len(run) < 2:
        return
    links = refunds.links(ctx)
    undone = [s for s in run if s.refunded_minor + sum(
        r.amount_minor for r in links.by_sale.get(s.id, [])) >= s.amount_minor]
    resolved = len(undone) >= len(run) - 1
    operators = {t.operator for t in run}
    operator = run[0].operator if len(operators) == 1 else ""
    amount = run[0].amount_minor
    # Weaker evidence than a measured gap: at most "medium" (severity_for: high from 70).
    score = 45 + (10 if operator else 0) + (10 if amount % 100 else 0)
    evidence: list[tuple[Txn, str]] = [(run[0], "original")]
    evidence += [(t, "duplicate") for t in run[1:]]
    for s in run:
        evidence += [(r, r.type) for r in links.by_sale.get(s.id, [])]
    params = {
        **card_params(run[0].card, run[0].card_brand),
        "amount_minor": amount, "currency": run[0].currency, "gap_s": 0, "count": len(run),
        "terminal_id": run[0].terminal_id, "merchant_id": run[0].merchant_id,
        "operator": operator, "between": False, "resolved": resolved,
        "time_unknown": True, "day": run[0].day,
    }
    final = clamp(min(score, 65))
    out.append(Candidate(RULE, run[0].natural_key, severity_for(final), final, evidence, params,
                         "resolved" if resolved else "open"))
