"""Successful sales outside business hours, allowing `off_hours_grace_minutes` either side.

Business hours may cross midnight (``18:00-02:00``).
"""

from __future__ import annotations

from shopguard.core.detection.context import ScanContext
from shopguard.core.detection.model import Candidate, clamp, severity_for
from shopguard.core.detection.texts import card_params

RULE = "off_hours"
SCOPE = "days"

_MINUTE = ("(CAST(substr(occurred_at, 12, 2) AS INTEGER) * 60"
           " + CAST(substr(occurred_at, 15, 2) AS INTEGER))")


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def closed_interval(business_hours: str, grace: int) -> tuple[int, int, bool] | None:
    """(from, to, wraps) minutes of the day when the shop is closed; None if never closed."""
    start, end = (_minutes(x) for x in business_hours.split("-"))
    opens, closes = start - grace, end + grace
    if start < end:  # a day shop: closed from closes to opens (across midnight)
        if closes - opens >= 1440:
            return None
        return closes % 1440, opens % 1440, True
    # a night shop (18:00-02:00): closed from closes to opens on the same day
    if opens <= closes:
        return None
    return closes, opens, False


def find(ctx: ScanContext) -> list[Candidate]:
    hours, grace = ctx.limits.business_hours, ctx.limits.off_hours_grace_minutes
    closed = closed_interval(hours, grace)
    if closed is None:
        return []
    lo, hi, wraps = closed
    cond = (f"({_MINUTE} >= ? OR {_MINUTE} < ?)" if wraps and lo > hi
            else f"({_MINUTE} >= ? AND {_MINUTE} < ?)")
    rng, params = ctx.range_sql()
    rows = ctx.query(
        f"type IN ('sale','preauth_complete') AND status = 'success' AND {cond}{rng}",
        (lo, hi, *params),
    )
    out: list[Candidate] = []
    for t in rows:
        big = t.amount_minor >= ctx.limits.round_amount_min
        score = clamp(45 + (20 if big else 0))
        p = {**card_params(t.card, t.card_brand), "amount_minor": t.amount_minor,
             "currency": t.currency, "at": t.occurred_at, "business_hours": hours,
             "terminal_id": t.terminal_id, "merchant_id": t.merchant_id}
        out.append(Candidate(RULE, t.natural_key, severity_for(score), score, [(t, "sale")], p))
    return out
