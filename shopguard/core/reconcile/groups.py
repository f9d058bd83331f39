"""One pass over a span of transactions: the sums the expected payouts are made of.

A busy month is tens of thousands of rows; SQLite groups the successful ones once by what
tells payouts apart — import (its layout names the acquirer), terminal (the owner may name
its acquirer), merchant, currency, trade day and settlement date — and sums per group the
net paid out, the sales and the fees. The fee check makes its own, per-day pass (`fees`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

# The signed effect of a row's amount on a payout, for rows without a stated net.
_SIGN = ("CASE WHEN type IN ('sale', 'preauth_complete') THEN 1"
         " WHEN type IN ('void', 'refund', 'reversal') THEN -1 ELSE 0 END")

# {terminal} is terminal_id, or '' when no terminal has an acquirer of its own (every
# grouping key costs: sorting the rows is most of the query).
_GROUPS_SQL = f"""
SELECT import_id, {{terminal}}, merchant_id, currency, substr(occurred_at, 1, 10), settled_on,
       count(*),
       sum(coalesce(net_minor, {_SIGN} * amount_minor - coalesce(fee_minor, 0)
                               - refunded_minor)),
       sum(CASE WHEN type IN ('sale', 'preauth_complete') THEN amount_minor ELSE 0 END),
       sum(coalesce(fee_minor, 0)),
       {{ids}},
       json_group_array(DISTINCT card_type)
FROM transactions
WHERE occurred_at >= ? AND occurred_at < ? AND status = 'success'
  AND type NOT IN ('preauth', 'other')
GROUP BY 1, 2, 3, 4, 5, 6
"""


@dataclass
class Group:
    """The successful rows of one import, terminal, merchant, currency, trade day and
    settlement date."""

    import_id: int
    terminal_id: str
    merchant_id: str
    currency: str
    day: str                      # trade day
    settled_on: str | None
    rows: int
    net_minor: int                # what the rows add to their payout
    sales_minor: int              # gross sales
    fees_minor: int               # fees charged minus fees returned
    transaction_ids: list[int]    # empty unless asked for
    card_types: list[str]         # the card type texts of its rows (the fee check's kinds)


def scan(db: Database, first_day: date, end_day: date, *, by_terminal: bool = True,
         with_ids: bool = True) -> list[Group]:
    """The groups of trade days `first_day` ..< `end_day` (`by_terminal` False: one group for
    all the terminals, `terminal_id` '')."""
    sql = _GROUPS_SQL.format(terminal="terminal_id" if by_terminal else "''",
                             ids="group_concat(id)" if with_ids else "NULL")
    return [Group(import_id, terminal, merchant, currency, day, settled, count, int(net or 0),
                  int(sales or 0), int(fees or 0),
                  [int(i) for i in ids.split(",")] if ids else [], json.loads(types))
            for import_id, terminal, merchant, currency, day, settled, count, net, sales, fees,
            ids, types in db.conn.execute(sql, (first_day.isoformat(), end_day.isoformat()))]
