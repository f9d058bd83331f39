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

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from shopguard.core.reconcile.acquirers import Acquirers, Schedule
from shopguard.core.reconcile.groups import Group


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


def expected_payouts(groups: Iterable[Group], acquirers: Acquirers, formats: dict[int, str],
                     terminal_acquirers: dict[str, str], *,
                     previous_before: date | None = None) -> list[Payout]:
    """The payouts the `groups` of rows add up to, sorted by acquirer, merchant and date.

    `formats` names each import's layout, `terminal_acquirers` the owner's acquirer per
    terminal. Payouts whose sales are all before `previous_before` are marked `previous`.
    """
    payouts: dict[tuple[str, str, str, str], Payout] = {}
    schedules: dict[str, Schedule] = {}
    before = previous_before.isoformat() if previous_before else ""
    for g in groups:
        acquirer = acquirers.of(formats.get(g.import_id, ""),
                                terminal_acquirers.get(g.terminal_id, ""))
        schedule = schedules.get(acquirer)
        if schedule is None:
            schedule = schedules[acquirer] = acquirers.schedule(acquirer)
        # A settlement date on a day without payouts (a weekend, a holiday) rolls over too.
        when = (schedule.roll(date.fromisoformat(g.settled_on)) if g.settled_on
                else schedule.payout_date(date.fromisoformat(g.day))).isoformat()
        key = (acquirer, g.merchant_id, g.currency, when)
        p = payouts.get(key)
        if p is None:
            p = payouts[key] = Payout(acquirer, g.merchant_id, g.currency, when, previous=True,
                                      match_as=acquirer)
        p.expected_minor += g.net_minor
        p.sales_minor += g.sales_minor
        p.fees_minor += g.fees_minor
        p.trade_dates.add(g.day)
        p.transaction_ids.extend(g.transaction_ids)
        if g.day >= before:
            p.previous = False
    for p in payouts.values():
        p.transaction_ids.sort()
    return sorted(payouts.values(), key=lambda p: (p.group, p.date))
