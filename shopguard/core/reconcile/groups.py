"""One pass over a span of transactions: the sums both the payouts and the fee check need.

A busy month is tens of thousands of rows, and every pass over them costs about the same as
sorting them; so SQLite groups the successful rows once, by what tells payouts apart (import,
terminal, merchant, currency, trade day, settlement date) and by card type (what decides a
sale's contract fee), and sums per group: the net paid out, sales, fees, and for the fee
check each sale's fee against the contract priced for a debit card, a credit card and an
unknown kind (the caller picks per card type). Overcharged sales come back as id lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from shopguard.core.reconcile.model import FeeContract

TOLERANCE_MINOR = 1  # a fee within one minor unit of the contract is rounding, not overcharge
NO_CAP = 1 << 62  # the debit cap when the contract has none

# The signed effect of a row's amount on a payout, for rows without a stated net.
_SIGN = ("CASE WHEN type IN ('sale', 'preauth_complete') THEN 1"
         " WHEN type IN ('void', 'refund', 'reversal') THEN -1 ELSE 0 END")

_GROUPS_SQL = f"""
SELECT import_id, terminal_id, merchant_id, currency, day, settled_on, card_type,
    count(*), sum(net), sum(sale * amount_minor), sum(fee), sum(day_sales), group_concat(id),
    sum(sale AND fee_minor IS NULL), sum(checked), sum(checked * fee),
    sum(checked * d), sum(checked * c), sum(checked * min(max(fee, min(d, c)), max(d, c))),
    sum(checked * (fee - d) * (fee - d > {TOLERANCE_MINOR})),
    sum(checked * (fee - c) * (fee - c > {TOLERANCE_MINOR})),
    sum(checked * (fee - max(d, c)) * (fee - max(d, c) > {TOLERANCE_MINOR})),
    group_concat(CASE WHEN checked AND fee - d > {TOLERANCE_MINOR} THEN id END),
    group_concat(CASE WHEN checked AND fee - c > {TOLERANCE_MINOR} THEN id END),
    group_concat(CASE WHEN checked AND fee - max(d, c) > {TOLERANCE_MINOR} THEN id END)
FROM (
    SELECT id, import_id, terminal_id, merchant_id, currency,
           substr(occurred_at, 1, 10) AS day, settled_on, card_type, amount_minor, fee_minor,
           coalesce(fee_minor, 0) AS fee,
           coalesce(net_minor, {_SIGN} * amount_minor - coalesce(fee_minor, 0)
                               - refunded_minor) AS net,
           type IN ('sale', 'preauth_complete') AS sale,
           CASE WHEN type IN ('sale', 'preauth_complete') THEN amount_minor - refunded_minor
                WHEN type IN ('void', 'refund', 'reversal') THEN -amount_minor
                ELSE 0 END AS day_sales,
           type IN ('sale', 'preauth_complete') AND fee_minor IS NOT NULL AS checked,
           min((amount_minor * :debit + 500000) / 1000000, :cap) + :fixed AS d,
           (amount_minor * :credit + 500000) / 1000000 + :fixed AS c
    FROM transactions
    WHERE occurred_at >= :start AND occurred_at < :end AND status = 'success'
      AND type NOT IN ('preauth', 'other'))
GROUP BY 1, 2, 3, 4, 5, 6, 7
"""


def _ids(text: str | None) -> list[int]:
    return [int(i) for i in text.split(",")] if text else []


@dataclass
class Group:
    """The successful rows of one import, terminal, merchant, currency, trade day, settlement
    date and card type."""

    import_id: int
    terminal_id: str
    merchant_id: str
    currency: str
    day: str                      # trade day
    settled_on: str | None
    card_type: str
    rows: int
    net_minor: int                # what the rows add to their payout
    sales_minor: int              # gross sales
    fees_minor: int               # fees charged minus fees returned
    day_sales_minor: int          # sales minus voids, refunds and folded refunds
    transaction_ids: list[int]
    sales_without_fee: int
    checked: int                  # sales with a fee
    charged_minor: int
    # contract fees and overcharges, priced as debit, credit and unknown kind
    contract_minor: dict[str, int]
    overcharge_minor: dict[str, int]
    overcharged_ids: dict[str, list[int]]


def scan(db: Database, first_day: date, end_day: date, contract: FeeContract, *,
         with_ids: bool = True) -> list[Group]:
    """The groups of trade days `first_day` ..< `end_day`."""
    params = {"start": first_day.isoformat(), "end": end_day.isoformat(),
              "debit": contract.debit_rate_ppm, "credit": contract.credit_rate_ppm,
              "cap": contract.debit_cap_minor or NO_CAP, "fixed": contract.fixed_minor}
    sql = _GROUPS_SQL if with_ids else _GROUPS_SQL.replace("group_concat(id),", "NULL,", 1)
    groups = []
    for (import_id, terminal, merchant, currency, day, settled, card_type, count, net, sales,
         fees, day_sales, ids, no_fee, checked, charged, c_debit, c_credit, c_unknown,
         o_debit, o_credit, o_unknown, i_debit, i_credit, i_unknown) in db.conn.execute(
            sql, params):
        groups.append(Group(
            import_id, terminal, merchant, currency, day, settled, card_type, count,
            int(net or 0), int(sales or 0), int(fees or 0), int(day_sales or 0), _ids(ids),
            int(no_fee or 0), int(checked or 0), int(charged or 0),
            {"debit": int(c_debit or 0), "credit": int(c_credit or 0),
             "unknown": int(c_unknown or 0)},
            {"debit": int(o_debit or 0), "credit": int(o_credit or 0),
             "unknown": int(o_unknown or 0)},
            {"debit": _ids(i_debit), "credit": _ids(i_credit), "unknown": _ids(i_unknown)}))
    return groups
