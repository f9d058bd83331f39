"""A month's reconciliation, put together: payouts, bank credits, matching, fee check.

The month covers the sales made in it; their payouts may land early in the next month.
Payouts of the weeks before the month take part in the match too (not reported), so that
a credit paying for the previous month is recognised as such and never counted twice.
Read-only: the owner's decisions are read, nothing is written.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from shopguard.core import notes
from shopguard.core.notes import Note
from shopguard.core.reconcile import texts
from shopguard.core.reconcile.acquirers import Acquirers
from shopguard.core.reconcile.fees import check_fees
from shopguard.core.reconcile.groups import scan
from shopguard.core.reconcile.manual import Decisions, ReconcileError, load_decisions
from shopguard.core.reconcile.matching import Line, Matcher, MatchResult, Pairing
from shopguard.core.reconcile.model import Credit, Deposit, MonthReconciliation
from shopguard.core.reconcile.payouts import Payout, expected_payouts
from shopguard.core.store import settings

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
# How far before the month the payouts and credits of the previous period are looked at
# (besides the late window): long enough for a weekend plus holidays.
PREVIOUS_MARGIN_DAYS = 10
_LINE_COLUMNS = ("id, natural_key, booked_on, amount_minor, currency, description, counterparty,"
                 " details")


@dataclass
class BankLine:
    """A stored bank statement line, for the manual-match picker and drill-down."""

    id: int
    key: str                      # natural key: stable, what manual_match takes
    date: str                     # booked on
    amount_minor: int             # signed: credit > 0, debit < 0
    currency: str
    balance_minor: int | None
    description: str
    counterparty: str
    details: str
    acquirer: str                 # acquirer key its counterparty/summary names, '' if none
    import_id: int

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "key": self.key, "date": self.date,
                "amount_minor": self.amount_minor, "currency": self.currency,
                "balance_minor": self.balance_minor, "description": self.description,
                "counterparty": self.counterparty, "details": self.details,
                "acquirer": self.acquirer, "import_id": self.import_id}


def month_span(month: str) -> tuple[date, date]:
    """('YYYY-MM') -> (its first day, the first day of the next month)."""
    m = _MONTH.match(month.strip())
    if not m:
        raise ReconcileError(f"{month!r} is not a month like 2026-09")
    year, mon = int(m.group(1)), int(m.group(2))
    first = date(year, mon, 1)
    end = date(year + (mon == 12), mon % 12 + 1, 1)
    return first, end


def months_available(db: Database) -> list[str]:
    """Months ('YYYY-MM', oldest first) with at least one transaction."""
    rows = db.conn.execute(
        "SELECT DISTINCT substr(occurred_at, 1, 7) FROM transactions ORDER BY 1").fetchall()
    return [r[0] for r in rows]


def _load_lines(db: Database, acquirers: Acquirers, where: str, params: tuple[Any, ...],
                merchant_ids: set[str]) -> list[Line]:
    lines = []
    for i, key, day, amount, currency, desc, party, details in db.conn.execute(
            f"SELECT {_LINE_COLUMNS} FROM bank_lines WHERE {where}", params):
        text = f"{desc} {details}"
        found = frozenset(m for m in merchant_ids if m in text or m in party)
        lines.append(Line(i, key, day, amount, currency, desc, party, details,
                          acquirers.classify(party, text), found))
    return lines


def _numeric_ids(payouts: list[Payout]) -> set[str]:
    """Merchant ids long and numeric enough to identify a payout in a bank line's text (a
    shop name such as 'Harbor Books' would also match its cash deposits)."""
    return {p.merchant_id for p in payouts if len(p.merchant_id) >= 8 and p.merchant_id.isdigit()}


def _learn_acquirers(payouts: list[Payout], lines: list[Line]) -> set[str]:
    """For merchants whose acquirer is unknown, take the one their credits name (by merchant
    number). Returns the merchants still unknown."""
    named: dict[str, Counter[str]] = {}
    for line in lines:
        if line.acquirer:
            for m in line.merchant_ids:
                named.setdefault(m, Counter())[line.acquirer] += 1
    unknown = set()
    for p in payouts:
        if p.match_as:
            continue
        votes = named.get(p.merchant_id)
        if votes:
            p.match_as = votes.most_common(1)[0][0]
        else:
            unknown.add(p.merchant_id)
    return unknown


def _description(line: Line) -> str:
    return " ".join(p for p in (line.description, line.counterparty, line.details) if p)


def _deposit(pairing: Pairing, notes: dict[str, str]) -> Deposit:
    payouts, line = pairing.payouts, pairing.line
    first = payouts[0]
    deposit = Deposit(
        acquirer=first.match_as or first.acquirer,
        merchant_id=first.merchant_id,
        currency=first.currency,
        settle_dates=[p.date for p in payouts],
        credit_date=None if line is None else line.date,
        expected_minor=sum(p.expected_minor for p in payouts),
        received_minor=0 if line is None else line.amount_minor,
        status=pairing.status,
        payout_ids=[p.id for p in payouts],
        trade_dates=sorted({d for p in payouts for d in p.trade_dates}),
        transaction_ids=sorted(i for p in payouts for i in p.transaction_ids),
        sales_minor=sum(p.sales_minor for p in payouts),
        fees_minor=sum(p.fees_minor for p in payouts),
        bank_line_id=None if line is None else line.id,
        bank_line_key=None if line is None else line.key,
        bank_description="" if line is None else _description(line),
        manual=pairing.manual,
    )
    deposit.explanation = next((notes[f"payout:{i}"] for i in deposit.payout_ids
                                if f"payout:{i}" in notes), "")
    return deposit


def _credit(line: Line, reason: str, notes: dict[str, str]) -> Credit:
    credit = Credit(date=line.date, amount_minor=line.amount_minor, currency=line.currency,
                    description=_description(line), reason=reason, acquirer=line.acquirer,
                    bank_line_id=line.id, bank_line_key=line.key, counterparty=line.counterparty)
    credit.explanation = notes.get(credit.subject, "")
    return credit


def reconcile_month(db: Database, month: str, *, currency: str | None = None,
                    with_transaction_ids: bool = True) -> MonthReconciliation:
    """Reconcile the sales of `month` ('YYYY-MM') with the stored bank lines.

    Reads only: nothing is stored (the owner's manual decisions are read and applied).
    `currency` None takes the currency most of the month's transactions are in.
    `with_transaction_ids` False leaves `Deposit.transaction_ids` empty (a summary is
    faster without them). Raises ReconcileError for a malformed month.
    """
    first, end = month_span(month)
    acquirers = Acquirers(db)
    late_days = int(settings.get(db, "payout_late_days"))
    previous_start = first - timedelta(days=late_days + PREVIOUS_MARGIN_DAYS)
    conn = db.conn
    terminal_acquirers = dict(conn.execute(
        "SELECT terminal_id, acquirer FROM terminals WHERE acquirer != ''"))
    groups = scan(db, previous_start, end, by_terminal=bool(terminal_acquirers),
                  with_ids=with_transaction_ids)
    in_month = [g for g in groups if g.day >= first.isoformat()]
    counts = Counter[str]()
    for g in in_month:
        counts[g.currency] += g.rows
    currency = currency or (counts.most_common(1)[0][0] if counts
                            else str(settings.get(db, "currency")))
    others = sorted(c for c in counts if c != currency)
    result = MonthReconciliation(month=f"{first:%Y-%m}", currency=currency,
                                 with_transaction_ids=with_transaction_ids)
    payouts = expected_payouts(
        (g for g in groups if g.currency == currency), acquirers,
        dict(conn.execute("SELECT id, format FROM imports")), terminal_acquirers,
        previous_before=first)
    current = [p for p in payouts if not p.previous]
    decisions: Decisions = load_decisions(db)

    # Credits that may pay them: from the previous period's start to the late window's end.
    last_due = max((p.date for p in current), default=(end - timedelta(days=1)).isoformat())
    window_end = (date.fromisoformat(last_due) + timedelta(days=late_days)).isoformat()
    ids = _numeric_ids(payouts)
    lines = _load_lines(db, acquirers, "booked_on >= ? AND booked_on <= ? AND amount_minor > 0"
                        " AND currency = ?", (previous_start.isoformat(), window_end, currency),
                        ids)
    by_key = {ln.key: ln for ln in lines}
    missing_keys = [k for k in decisions.matches if k not in by_key]
    if missing_keys:  # a credit matched by hand outside the window (or not an acquirer's)
        marks = ", ".join("?" * len(missing_keys))
        for line in _load_lines(db, acquirers, f"natural_key IN ({marks}) AND amount_minor > 0",
                                tuple(missing_keys), ids):
            by_key[line.key] = line
    unknown = _learn_acquirers(payouts, lines)

    relevant = {p.match_as for p in payouts if p.match_as}
    candidates = [ln for ln in lines if ln.merchant_ids or ln.acquirer in relevant]
    matcher = Matcher(payouts, candidates, late_days=late_days, rejections=decisions.rejections)
    matched = matcher.run(decisions.matches, by_key)

    _sort_out(result, matched, current, ids, decisions.notes)
    result.deposits.sort(key=lambda d: (d.settle_dates[0], d.acquirer, d.merchant_id))
    result.unexplained_credits.sort(key=lambda c: (c.date, c.bank_line_id))
    result.expected_minor = sum(d.expected_minor for d in result.deposits)
    result.received_minor = sum(d.received_minor for d in result.deposits)

    result.fee_check = check_fees(db, first, end, currency, {
        t for g in in_month if g.currency == currency for t in g.card_types})
    result.sales_minor = sum(d.sales_minor for d in result.fee_check.days)
    result.fees_minor = sum(d.fees_minor for d in result.fee_check.days)
    result.bank_period = _bank_period(db, currency)
    result.notes = _notes(result, others, unknown, current)
    return result


def _sort_out(result: MonthReconciliation, matched: MatchResult, current: list[Payout],
              ids: set[str], notes: dict[str, str]) -> None:
    """Deposits of the month's payouts; the acquirer credits dated in the month that pay none
    of them: `previous_period` (paying an earlier payout, or arriving before the month's first
    one was due) or `unexplained`."""
    month_first, month_end = result.month + "-01", (month_span(result.month)[1]).isoformat()
    for pairing in matched.pairings:
        if all(p.previous for p in pairing.payouts):
            paid_by = pairing.line
            if paid_by is not None and month_first <= paid_by.date < month_end:
                result.unexplained_credits.append(_credit(paid_by, "previous_period", notes))
            continue
        result.deposits.append(_deposit(pairing, notes))
    first_due: dict[str, str] = {}  # acquirer or merchant number -> its first payout date
    for p in current:
        for key in (p.match_as, p.merchant_id if p.merchant_id in ids else ""):
            if key and (key not in first_due or p.date < first_due[key]):
                first_due[key] = p.date
    for line in matched.unmatched_lines:
        if not month_first <= line.date < month_end:
            continue
        dues = [first_due[k] for k in (line.acquirer, *line.merchant_ids) if k in first_due]
        reason = "previous_period" if dues and line.date < min(dues) else "unexplained"
        result.unexplained_credits.append(_credit(line, reason, notes))


def _bank_period(db: Database, currency: str) -> tuple[str, str] | None:
    row = db.conn.execute("SELECT min(booked_on), max(booked_on) FROM bank_lines"
                          " WHERE currency = ?", (currency,)).fetchone()
    return (row[0], row[1]) if row and row[0] else None


def _notes(result: MonthReconciliation, others: list[str], unknown: set[str],
           current: list[Payout]) -> list[Note]:
    found = []
    if not current and not result.fee_check.days:
        found.append(notes.note(texts.NO_TRANSACTIONS, month=result.month))
    period = result.bank_period
    if current and (period is None or period[1] < result.month + "-01"):
        found.append(notes.note(texts.NO_BANK, month=result.month))
    elif period is not None:
        after = sum(1 for d in result.deposits if d.status == "missing"
                    and d.settle_dates[-1] > period[1])
        if after:
            found.append(notes.note(texts.BANK_ENDS, last_day=period[1], count=after))
    found += [notes.note(texts.UNKNOWN_ACQUIRER, merchant_id=m) for m in sorted(unknown)]
    if not result.fee_check.contract.configured and result.fee_check.days:
        found.append(notes.note(texts.NO_FEE_CONTRACT))
    if others:
        found.append(notes.note(texts.OTHER_CURRENCIES, currency=result.currency,
                                others=", ".join(others)))
    return found


def bank_lines(db: Database, month: str, *, credits_only: bool = True) -> list[BankLine]:
    """The bank lines a manual match can pick for `month`: booked from ten days before the
    month to the late window after it, oldest first (credits only unless asked)."""
    first, end = month_span(month)
    late_days = int(settings.get(db, "payout_late_days"))
    start = first - timedelta(days=PREVIOUS_MARGIN_DAYS)
    stop = end + timedelta(days=late_days)
    acquirers = Acquirers(db)
    sql = (f"SELECT {_LINE_COLUMNS}, balance_minor, import_id FROM bank_lines"
           " WHERE booked_on >= ? AND booked_on < ?"
           + (" AND amount_minor > 0" if credits_only else "") + " ORDER BY booked_on, id")
    return [BankLine(i, key, day, amount, cur, balance, desc, party, details,
                     acquirers.classify(party, f"{desc} {details}"), import_id)
            for i, key, day, amount, cur, desc, party, details, balance, import_id
            in db.conn.execute(sql, (start.isoformat(), stop.isoformat()))]
