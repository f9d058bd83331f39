"""One module per rule. Each has ``RULE`` (its name), ``SCOPE`` and ``find(ctx)``.

``SCOPE = "days"``: an incremental scan only needs the affected days (window rules; refund
rules look at refunds in those days or naming a sale in them). ``SCOPE = "all"``: the rule
links rows weeks apart (round amounts) and always looks at everything, through a small
partial index.
"""

from __future__ import annotations

from types import ModuleType

from shopguard.core.detection.rules import (
    burst,
    daily_limit,
    decline_storm,
    duplicate_swipe,
    off_hours,
    per_txn_limit,
    refund_exceeds_sale,
    refund_without_sale,
    round_amount,
    split_sale,
)

RULES: list[ModuleType] = [
    duplicate_swipe,
    burst,
    per_txn_limit,
    daily_limit,
    split_sale,
    off_hours,
    refund_without_sale,
    refund_exceeds_sale,
    decline_storm,
    round_amount,
]


def names() -> list[str]:
    return [r.RULE for r in RULES]
