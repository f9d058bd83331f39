"""The fee check: every successful sale's fee against the contract, and the effective rate.

Contract fee of a sale (rates in parts per million, rounded half up to the minor unit):
debit ``min(amount x debit_rate, cap) + fixed`` (cap 0 = none), credit
``amount x credit_rate + fixed``. The card kind comes from the statement (卡类别 借记卡/贷记卡,
Stripe's funding, WeChat's bank code ``..._DEBIT``); where the statement does not say, a sale
is overcharged only if its fee exceeds what either kind could cost (its contract fee is then
the charged fee brought within the two kinds' fees). A sale is overcharged when its fee is
above the contract by more than one minor unit (rounding).

The sums come from the one pass of `groups.scan` (priced there for each kind); only the
overcharged sales are read row by row.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from shopguard.core.reconcile.groups import Group
from shopguard.core.reconcile.model import FeeCheck, FeeContract, FeeDay, OverchargedSale
from shopguard.core.store import settings


def contract(db: Database) -> FeeContract:
    return FeeContract(
        debit_rate_ppm=int(settings.get(db, "fee_debit_rate")),
        credit_rate_ppm=int(settings.get(db, "fee_credit_rate")),
        debit_cap_minor=int(settings.get(db, "fee_debit_cap")),
        fixed_minor=int(settings.get(db, "fee_fixed")),
    )


def card_kind(card_type: str) -> str:
    """'debit' | 'credit' | 'unknown' from a statement's card type text."""
    s = card_type.casefold()
    if "借记" in s or "debit" in s or "prepaid" in s:
        return "debit"
    if "贷记" in s or "credit" in s:
        return "credit"
    return "unknown"


def contract_fee(terms: FeeContract, amount_minor: int, kind: str, charged_minor: int) -> int:
    """The contract's fee for one sale (the same arithmetic as `groups.scan`'s SQL)."""
    debit_pct = (amount_minor * terms.debit_rate_ppm + 500_000) // 1_000_000
    if terms.debit_cap_minor > 0:
        debit_pct = min(debit_pct, terms.debit_cap_minor)
    debit = debit_pct + terms.fixed_minor
    credit = (amount_minor * terms.credit_rate_ppm + 500_000) // 1_000_000 + terms.fixed_minor
    if kind == "debit":
        return debit
    if kind == "credit":
        return credit
    return min(max(charged_minor, min(debit, credit)), max(debit, credit))


def check_fees(db: Database, groups: Iterable[Group], terms: FeeContract) -> FeeCheck:
    """The fee check of the sales in `groups` (one month, one currency)."""
    result = FeeCheck(terms)
    days: dict[str, FeeDay] = {}
    over_ids: dict[int, str] = {}  # overcharged sale -> its card kind
    configured = terms.configured
    for g in groups:
        day = days.get(g.day)
        if day is None:
            day = days[g.day] = FeeDay(g.day, 0, 0)
        day.sales_minor += g.day_sales_minor
        day.fees_minor += g.fees_minor
        result.sales_without_fee += g.sales_without_fee
        result.charged_minor += g.charged_minor
        if not configured:  # no contract entered yet: count the fees, judge nothing
            continue
        kind = card_kind(g.card_type)
        result.checked_sales += g.checked
        result.contract_minor += g.contract_minor[kind]
        result.overcharge_minor += g.overcharge_minor[kind]
        day.overcharge_minor += g.overcharge_minor[kind]
        over_ids.update(dict.fromkeys(g.overcharged_ids[kind], kind))
    result.days = [days[d] for d in sorted(days)]
    if over_ids:
        ids = sorted(over_ids)
        rows = db.conn.execute(
            "SELECT id, reference_no, occurred_at, terminal_id, amount_minor, fee_minor"
            f" FROM transactions WHERE id IN ({', '.join('?' * len(ids))})", ids).fetchall()
        result.overcharged = sorted(
            (OverchargedSale(i, ref, at, term, over_ids[i], amount, fee,
                             contract_fee(terms, amount, over_ids[i], fee))
             for i, ref, at, term, amount, fee in rows),
            key=lambda s: (s.occurred_at, s.transaction_id))
    return result
