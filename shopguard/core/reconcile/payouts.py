"""Expected payouts: what each acquirer should pay into the bank for a span of trade days.

Per acquirer, merchant id, currency and payout date: the net of the successful rows —
sales minus their fees, minus voids and refunds net of the fee they give back. Where the
statement gives each row's net (结算金额, 清算入账金额, Net Total) that is used as it is; where
it does not, the net is worked out from the amount and the fee. The payout date is the
row's settlement date where the statement has one (清算日期, Square's Deposit Date),
otherwise its trade date plus the acquirer's delay; either is rolled to the next payout day
when it falls on a day the acquirer does not pay (weekends and holidays, for weekday payers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlite_utils import Database

from shopguard.core.reconcile.acquirers import Acquirers, Schedule

# The signed effect of a row's amount on a payout, for rows without a stated net.
_SIGN_SQL = ("CASE WHEN t.type IN ('sale', 'preauth_complete') THEN 1"
             " WHEN t.type IN ('void', 'refund', 'reversal') THEN -1 ELSE 0 END")
_NET_SQL = (f"coalesce(t.net_minor, {_SIGN_SQL} * t.amount_minor - coalesce(t.fee_minor, 0)"
            " - t.refunded_minor)")

# One row per (layout, terminal acquirer, merchant, currency, trade day, settlement date).
_GROUPS_SQL = f"""
SELECT i.format, coalesce(term.acquirer, ''), t.merchant_id, t.currency,
       substr(t.occurred_at, 1, 10) AS day, t.settled_on,
       sum({_NET_SQL}),
       sum(CASE WHEN t.type IN ('sale', 'preauth_complete') THEN t.amount_minor ELSE 0 END),
       sum(coalesce(t.fee_minor, 0)),
       group_concat(t.id)
FROM transactions t
JOIN imports i ON i.id = t.import_id
LEFT JOIN terminals term ON term.terminal_id = t.terminal_id
WHERE t.occurred_at >= ? AND t.occurred_at < ? AND t.status = 'success'
  AND t.type NOT IN ('preauth', 'other')
GROUP BY 1, 2, 3, 4, 5, 6
"""


def payout_id(acquirer: str, merchant_id: str, currency: str, payout_date: str) -> str:
    """The stable key of one expected payout."""
    return f"{acquirer}|{merchant_id}|{currency}|{payout_date}"


@dataclass
class Payout:
    """What one acquirer should pay one merchant id on one day."""

    acquirer: str
    merchant_id: str
    currency: str
    date: str                     # expected payout date
    expected_minor: int = 0
    sales_minor: int = 0
    fees_minor: int = 0
    trade_dates: set[str] = field(default_factory=set)
    transaction_ids: list[int] = field(default_factory=list)
    previous: bool = False        # pays for sales before the month being reconciled
    # The acquirer its credits are recognised by: `acquirer`, or for a merchant whose
    # acquirer is unknown, the one its credits name (learned from the bank statement).
    match_as: str = ""

    @property
    def id(self) -> str:
        return payout_id(self.acquirer, self.merchant_id, self.currency, self.date)

    @property
    def group(self) -> tuple[str, str, str]:
        return self.acquirer, self.merchant_id, self.currency


def expected_payouts(db: Database, acquirers: Acquirers, first_day: date, end_day: date,
                     *, previous_before: date | None = None,
                     with_ids: bool = True) -> list[Payout]:
    """Payouts for the sales of trade days `first_day` ..< `end_day`, sorted by group and date.

    Payouts whose sales are all before `previous_before` are marked `previous`.
    """
    payouts: dict[tuple[str, str, str, str], Payout] = {}
    schedules: dict[str, Schedule] = {}
    rows = db.conn.execute(_GROUPS_SQL, (first_day.isoformat(), end_day.isoformat()))
    for fmt, term_acq, merchant, currency, day, settled, net, sales, fees, ids in rows:
        acquirer = acquirers.of(fmt, term_acq)
        schedule = schedules.get(acquirer)
        if schedule is None:
            schedule = schedules[acquirer] = acquirers.schedule(acquirer)
        # A settlement date on a day without payouts (a weekend, a holiday) rolls over too.
        when = (schedule.roll(date.fromisoformat(settled)) if settled
                else schedule.payout_date(date.fromisoformat(day))).isoformat()
        key = (acquirer, merchant, currency, when)
        p = payouts.get(key)
        if p is None:
            p = payouts[key] = Payout(acquirer, merchant, currency, when, previous=True,
                                      match_as=acquirer)
        p.expected_minor += int(net or 0)
        p.sales_minor += int(sales or 0)
        p.fees_minor += int(fees or 0)
        p.trade_dates.add(day)
        if previous_before is None or day >= previous_before.isoformat():
            p.previous = False
        if with_ids and ids:
            p.transaction_ids.extend(map(int, ids.split(",")))
    if previous_before is None:
        for p in payouts.values():
            p.previous = False
    return sorted(payouts.values(), key=lambda p: (p.group, p.date))
