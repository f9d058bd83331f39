"""One module per rule. Each has ``RULE`` (its name), ``SCOPE`` and ``find(ctx)``.

``SCOPE = "days"``: the rule looks at a window of minutes or one day, so an incremental scan
only needs the affected days. ``SCOPE = "all"``: the rule links rows far apart in time
(refunds to sales, round amounts across weeks) and always looks at everything; these rules
read only a small, indexed subset of rows.
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
