"""The fee check: every successful sale's fee against the contract, and the effective rate.

Contract fee of a sale (rates in parts per million, rounded half up to the minor unit):
debit ``min(amount x debit_rate, cap) + fixed`` (cap 0 = none), credit
``amount x credit_rate + fixed``. The card kind comes from the statement (卡类别 借记卡/贷记卡,
Stripe's funding, WeChat's bank code ``..._DEBIT``); where the statement does not say, a sale
is overcharged only if its fee exceeds what either kind could cost (its contract fee is then
the charged fee brought within the two kinds' fees). A sale is overcharged
when its fee is above the contract by more than one minor unit (rounding).

The comparison runs in SQL: a busy month is tens of thousands of sales.
"""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from shopguard.core.reconcile.model import FeeCheck, FeeContract, FeeDay, OverchargedSale
from shopguard.core.store import settings

TOLERANCE_MINOR = 1

# 'debit' | 'credit' | 'unknown' from the statement's card type text.
_KIND_SQL = """CASE
    WHEN t.card_type LIKE '%借记%' OR lower(t.card_type) LIKE '%debit%'
         OR lower(t.card_type) LIKE '%prepaid%' THEN 'debit'
    WHEN t.card_type LIKE '%贷记%' OR lower(t.card_type) LIKE '%credit%' THEN 'credit'
    ELSE 'unknown' END"""

_SALES_SQL = f"""
WITH sales AS (
    SELECT t.id, t.reference_no, t.occurred_at, t.terminal_id, t.amount_minor, t.fee_minor,
           {_KIND_SQL} AS kind,
           (t.amount_minor * :debit + 500000) / 1000000 AS debit_pct,
           (t.amount_minor * :credit + 500000) / 1000000 + :fixed AS credit_fee
    FROM transactions t
    WHERE t.occurred_at >= :start AND t.occurred_at < :end AND t.status = 'success'
      AND t.type IN ('sale', 'preauth_complete') AND t.currency = :currency
      AND t.fee_minor IS NOT NULL
), priced AS (
    SELECT *, CASE
        WHEN kind = 'debit' THEN debit_fee
        WHEN kind = 'credit' THEN credit_fee
        -- kind unknown: the fee either kind could cost is fair, nothing above the dearer one
        WHEN fee_minor > max(debit_fee, credit_fee) THEN max(debit_fee, credit_fee)
        WHEN fee_minor < min(debit_fee, credit_fee) THEN min(debit_fee, credit_fee)
        ELSE fee_minor END AS contract_fee
    FROM (SELECT *, (CASE WHEN :cap > 0 AND debit_pct > :cap THEN :cap ELSE debit_pct END)
                    + :fixed AS debit_fee FROM sales)
)
"""

_TOTALS_SQL = _SALES_SQL + """
SELECT count(*), coalesce(sum(fee_minor), 0), coalesce(sum(contract_fee), 0),
       coalesce(sum(CASE WHEN fee_minor > contract_fee + :tolerance
                         THEN fee_minor - contract_fee ELSE 0 END), 0)
FROM priced
"""

_OVERCHARGED_SQL = _SALES_SQL + """
SELECT id, reference_no, occurred_at, terminal_id, kind, amount_minor, fee_minor, contract_fee
FROM priced WHERE fee_minor > contract_fee + :tolerance ORDER BY occurred_at, id
"""

_NO_FEE_SQL = """
SELECT count(*) FROM transactions t
WHERE t.occurred_at >= ? AND t.occurred_at < ? AND t.status = 'success'
  AND t.type IN ('sale', 'preauth_complete') AND t.currency = ? AND t.fee_minor IS NULL
"""

# Per trade day: sales net of voids and refunds, and fees net of the fees given back.
_DAYS_SQL = """
SELECT substr(t.occurred_at, 1, 10),
       sum(CASE WHEN t.type IN ('sale', 'preauth_complete') THEN t.amount_minor - t.refunded_minor
                WHEN t.type IN ('void', 'refund', 'reversal') THEN -t.amount_minor
                ELSE 0 END),
       sum(coalesce(t.fee_minor, 0))
FROM transactions t
WHERE t.occurred_at >= ? AND t.occurred_at < ? AND t.status = 'success' AND t.currency = ?
  AND t.type NOT IN ('preauth', 'other')
GROUP BY 1 ORDER BY 1
"""


def contract(db: Database) -> FeeContract:
    return FeeContract(
        debit_rate_ppm=int(settings.get(db, "fee_debit_rate")),
        credit_rate_ppm=int(settings.get(db, "fee_credit_rate")),
        debit_cap_minor=int(settings.get(db, "fee_debit_cap")),
        fixed_minor=int(settings.get(db, "fee_fixed")),
    )


def check_fees(db: Database, first_day: date, end_day: date, currency: str) -> FeeCheck:
    """The fee check of the sales made on `first_day` ..< `end_day` in `currency`."""
    terms = contract(db)
    span = (first_day.isoformat(), end_day.isoformat())
    result = FeeCheck(terms)
    conn = db.conn
    result.days = [FeeDay(day, int(sales or 0), int(fees or 0))
                   for day, sales, fees in conn.execute(_DAYS_SQL, (*span, currency))]
    result.sales_without_fee = int(conn.execute(_NO_FEE_SQL, (*span, currency)).fetchone()[0])
    params = {"debit": terms.debit_rate_ppm, "credit": terms.credit_rate_ppm,
              "cap": terms.debit_cap_minor, "fixed": terms.fixed_minor, "start": span[0],
              "end": span[1], "currency": currency, "tolerance": TOLERANCE_MINOR}
    if not terms.configured:
        # No contract entered yet: count the fees charged, judge nothing.
        row = conn.execute(
            "SELECT count(*), coalesce(sum(fee_minor), 0) FROM transactions t"
            " WHERE t.occurred_at >= ? AND t.occurred_at < ? AND t.status = 'success'"
            " AND t.type IN ('sale', 'preauth_complete') AND t.currency = ?"
            " AND t.fee_minor IS NOT NULL", (*span, currency)).fetchone()
        result.checked_sales, result.charged_minor = 0, int(row[1])
        return result
    count, charged, contract_total, over = conn.execute(_TOTALS_SQL, params).fetchone()
    result.checked_sales = int(count)
    result.charged_minor, result.contract_minor = int(charged), int(contract_total)
    result.overcharge_minor = int(over)
    result.overcharged = [
        OverchargedSale(int(i), ref, at, term, kind, int(amount), int(fee), int(fair))
        for i, ref, at, term, kind, amount, fee, fair in conn.execute(_OVERCHARGED_SQL, params)]
    by_day: dict[str, int] = {}
    for sale in result.overcharged:
        by_day[sale.occurred_at[:10]] = by_day.get(sale.occurred_at[:10], 0) + \
            sale.overcharge_minor
    for day in result.days:
        day.overcharge_minor = by_day.get(day.date, 0)
    return result
