"""The fee check: every successful sale's fee against the contract, and the effective rate.

Contract fee of a sale (rates in parts per million, rounded half up to the minor unit):
debit ``min(amount x debit_rate, cap) + fixed`` (cap 0 = none), credit
``amount x credit_rate + fixed``. The card kind comes from the statement (卡类别 借记卡/贷记卡,
Stripe's funding, WeChat's bank code ``..._DEBIT``); where the statement does not say, a sale
is overcharged only if its fee exceeds what either kind could cost (its contract fee is then
the charged fee brought within the two kinds' fees). A sale is overcharged when its fee is
above the contract by more than one minor unit (rounding).

In SQL, one pass per day over the month (a busy month is tens of thousands of sales): the
month's few card-type texts are classified here first and named in the query, so each row
prices only its own kind; the overcharged sales come back as ids and are read one by one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlite_utils import Database

from shopguard.core.reconcile.model import FeeCheck, FeeContract, FeeDay, OverchargedSale
from shopguard.core.store import settings

TOLERANCE_MINOR = 1  # a fee within one minor unit of the contract is rounding, not overcharge
NO_CAP = 1 << 62      # the debit cap when the contract has none

_MONTH_ROWS = """FROM transactions
WHERE occurred_at >= :start AND occurred_at < :end AND status = 'success'
  AND currency = :currency AND type NOT IN ('preauth', 'other')"""

_DEBIT = "min((amount_minor * :debit + 500000) / 1000000, :cap) + :fixed"
_CREDIT = "(amount_minor * :credit + 500000) / 1000000 + :fixed"

_DAYS_SQL = f"""
SELECT day, sum(day_sales), sum(coalesce(fee_minor, 0)), sum(sale AND fee_minor IS NULL),
       sum(checked), sum(checked * fee_minor), sum(checked * fair),
       sum(checked * (fee_minor - fair) * (fee_minor - fair > {TOLERANCE_MINOR})),
       group_concat(CASE WHEN checked AND fee_minor - fair > {TOLERANCE_MINOR} THEN id END)
FROM (
    SELECT id, fee_minor, substr(occurred_at, 1, 10) AS day,
           type IN ('sale', 'preauth_complete') AS sale,
           type IN ('sale', 'preauth_complete') AND fee_minor IS NOT NULL AS checked,
           CASE WHEN type IN ('sale', 'preauth_complete') THEN amount_minor - refunded_minor
                WHEN type IN ('void', 'refund', 'reversal') THEN -amount_minor
                ELSE 0 END AS day_sales,
           {{fair}} AS fair
    {_MONTH_ROWS}
    LIMIT -1)  -- no limit; it keeps SQLite from re-computing `fair` at each use (flattening)
GROUP BY 1 ORDER BY 1
"""


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
    """The contract's fee for one sale (the same arithmetic as the SQL of `check_fees`)."""
    debit = min((amount_minor * terms.debit_rate_ppm + 500_000) // 1_000_000,
                terms.debit_cap_minor or NO_CAP) + terms.fixed_minor
    credit = (amount_minor * terms.credit_rate_ppm + 500_000) // 1_000_000 + terms.fixed_minor
    if kind == "debit":
        return debit
    if kind == "credit":
        return credit
    return min(max(charged_minor, min(debit, credit)), max(debit, credit))


def _fair_sql(kinds: dict[str, str], params: dict[str, Any]) -> str:
    """The contract fee of a row as SQL: its card type's kind decides (named parameters)."""
    listed: dict[str, list[str]] = {"debit": [], "credit": []}
    for n, (text, kind) in enumerate(sorted(kinds.items())):
        if kind in listed:
            params[f"type{n}"] = text
            listed[kind].append(f":type{n}")
    unknown = (f"min(max(fee_minor, min({_DEBIT}, {_CREDIT})), max({_DEBIT}, {_CREDIT}))"
               if len(listed["debit"]) + len(listed["credit"]) < len(kinds) else "NULL")
    parts = [f"WHEN card_type IN ({', '.join(names)}) THEN {expr}"
             for names, expr in ((listed["debit"], _DEBIT), (listed["credit"], _CREDIT))
             if names]
    return f"CASE {' '.join(parts)} ELSE {unknown} END" if parts else unknown


def check_fees(db: Database, first_day: date, end_day: date, currency: str,
               card_types: Iterable[str] | None = None) -> FeeCheck:
    """The fee check of the sales made on `first_day` ..< `end_day` in `currency`.

    `card_types`: the card type texts those sales carry, if the caller knows them already
    (`groups.scan` gathers them), else they are looked up.
    """
    terms = contract(db)
    result = FeeCheck(terms)
    conn = db.conn
    params: dict[str, Any] = {
        "debit": terms.debit_rate_ppm, "credit": terms.credit_rate_ppm,
        "cap": terms.debit_cap_minor or NO_CAP, "fixed": terms.fixed_minor,
        "start": first_day.isoformat(), "end": end_day.isoformat(), "currency": currency}
    if card_types is None:
        card_types = [t for (t,) in conn.execute(f"SELECT DISTINCT card_type {_MONTH_ROWS}",
                                                 params)]
    kinds = {str(t): card_kind(str(t)) for t in card_types}
    configured = terms.configured
    over_ids: list[int] = []
    sql = _DAYS_SQL.format(fair=_fair_sql(kinds, params) if configured else "0")
    for day, sales, fees, no_fee, checked, charged, fair, over, ids in conn.execute(sql, params):
        result.days.append(FeeDay(day, int(sales or 0), int(fees or 0),
                                  int(over or 0) if configured else 0))
        result.sales_without_fee += int(no_fee or 0)
        result.charged_minor += int(charged or 0)
        if configured:  # without a contract nothing is judged: only the fees are counted
            result.checked_sales += int(checked or 0)
            result.contract_minor += int(fair or 0)
            result.overcharge_minor += int(over or 0)
            if ids:
                over_ids.extend(int(i) for i in ids.split(","))
    if over_ids:
        rows = conn.execute(
            "SELECT id, reference_no, occurred_at, terminal_id, amount_minor, fee_minor,"
            f" card_type FROM transactions WHERE id IN ({', '.join('?' * len(over_ids))})"
            " ORDER BY occurred_at, id", over_ids).fetchall()
        result.overcharged = [
            OverchargedSale(i, ref, at, term, kinds.get(ct, card_kind(ct)), amount, fee,
                            contract_fee(terms, amount, kinds.get(ct, card_kind(ct)), fee))
            for i, ref, at, term, amount, fee, ct in rows]
    return result
