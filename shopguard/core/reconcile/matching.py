"""Matching expected payouts with bank credits: pure logic over lists, no database.

The owner's manual matches are taken first; then, across every acquirer and merchant, one
pass per rule so that a stronger rule never loses a credit to a weaker one:

1. matched: a credit of the exact amount on the expected day;
2. merged: a credit equal to a run of consecutive unpaid payouts (two or more) of the same
   acquirer and merchant, on or within the late window after the last of them;
3. late: a credit of the exact amount on a later day within the late window (the earliest);
4. short: a credit on the expected day below the expected amount but at least half of it
   (a small adjustment on a day whose payout is missing stays an unexplained credit);
5. whatever is left is missing.
A pair the owner took apart (`Decisions.rejections`) is never made again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from shopguard.core.reconcile.payouts import Payout

MIN_SHORT_SHARE = 0.5  # a "short" credit carries at least this share of the expected amount


@dataclass
class Line:
    """A bank credit that may pay payouts."""

    id: int
    key: str
    date: str
    amount_minor: int
    currency: str
    description: str
    counterparty: str
    details: str
    acquirer: str                 # the acquirer its text names ('' none)
    merchant_ids: frozenset[str] = frozenset()  # payout merchant ids its text contains

    @property
    def text(self) -> str:
        return " ".join(p for p in (self.description, self.counterparty, self.details) if p)


@dataclass
class Pairing:
    """Payouts (one, or several when merged) and the credit paying them (None: missing)."""

    payouts: list[Payout]
    line: Line | None
    status: str
    manual: bool = False


@dataclass
class MatchResult:
    pairings: list[Pairing] = field(default_factory=list)
    unmatched_lines: list[Line] = field(default_factory=list)


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def status_of(payouts: list[Payout], line: Line) -> str:
    """The status a pairing's amounts and dates give (used for manual matches too)."""
    expected = sum(p.expected_minor for p in payouts)
    if len(payouts) > 1:
        return "merged" if line.amount_minor == expected else "short"
    if line.amount_minor < expected:
        return "short"
    return "late" if line.date > payouts[0].date else "matched"


class Matcher:
    """One run of the match over a set of payouts and credit lines."""

    def __init__(self, payouts: list[Payout], lines: list[Line], *, late_days: int,
                 rejections: Iterable[tuple[str, str]] = ()):
        self.payouts = payouts
        self.lines = sorted(lines, key=lambda ln: (ln.date, ln.id))
        self.late_days = late_days
        self.rejections = set(rejections)
        self.paid: dict[str, Pairing] = {}      # payout id -> pairing
        self.used: set[str] = set()              # line keys
        self.pairings: list[Pairing] = []
        # payouts per (acquirer, merchant, currency), in date order
        self.groups: dict[tuple[str, str, str], list[Payout]] = {}
        for p in payouts:
            self.groups.setdefault(p.group, []).append(p)
        for group in self.groups.values():
            group.sort(key=lambda p: p.date)

    # -- which lines may pay which payouts --------------------------------------------------
    def may_pay(self, line: Line, payout: Payout) -> bool:
        if line.key in self.used or line.currency != payout.currency:
            return False
        if (payout.id, line.key) in self.rejections:
            return False
        if payout.merchant_id in line.merchant_ids:
            return True
        if not payout.match_as or line.acquirer != payout.match_as:
            return False
        # A credit naming another merchant of the same acquirer is not this merchant's.
        return not line.merchant_ids

    def _pair(self, payouts: list[Payout], line: Line | None, status: str,
              manual: bool = False) -> None:
        pairing = Pairing(payouts, line, status, manual)
        self.pairings.append(pairing)
        for p in payouts:
            self.paid[p.id] = pairing
        if line is not None:
            self.used.add(line.key)

    # -- the passes -------------------------------------------------------------------------
    def apply_manual(self, matches: dict[str, list[str]], lines_by_key: dict[str, Line]) -> None:
        by_id = {p.id: p for p in self.payouts}
        for key, ids in matches.items():
            line = lines_by_key.get(key)
            chosen = [by_id[i] for i in ids if i in by_id and i not in self.paid]
            if line is None or not chosen or line.key in self.used:
                continue
            chosen.sort(key=lambda p: p.date)
            self._pair(chosen, line, status_of(chosen, line), manual=True)

    def exact(self) -> None:
        for p in self.payouts:
            if p.id in self.paid:
                continue
            for line in self.lines:
                if line.date > p.date:
                    break
                if (line.date == p.date and line.amount_minor == p.expected_minor
                        and self.may_pay(line, p)):
                    self._pair([p], line, "matched")
                    break

    def merged(self) -> None:
        for line in self.lines:
            if line.key in self.used:
                continue
            run = self._run_for(line)
            if run:
                self._pair(run, line, "merged")

    def _run_for(self, line: Line) -> list[Payout] | None:
        """Two or more consecutive unpaid payouts of one group summing to the line's amount,
        the last of them due on the line's day or within the late window before it."""
        earliest_end = _shift(line.date, -self.late_days)
        for group in self.groups.values():
            for end in range(len(group) - 1, 0, -1):
                last = group[end]
                if last.date > line.date or last.id in self.paid:
                    continue
                if last.date < earliest_end:
                    break
                total = 0
                for start in range(end, -1, -1):
                    p = group[start]
                    if p.id in self.paid or not self.may_pay(line, p):
                        break
                    total += p.expected_minor
                    if total == line.amount_minor and start < end:
                        return group[start:end + 1]
                    if total > line.amount_minor > 0 and p.expected_minor > 0:
                        break
        return None

    def late(self) -> None:
        for p in self.payouts:
            if p.id in self.paid:
                continue
            window_end = _shift(p.date, self.late_days)
            for line in self.lines:
                if line.date <= p.date:
                    continue
                if line.date > window_end:
                    break
                if line.amount_minor == p.expected_minor and self.may_pay(line, p):
                    self._pair([p], line, "late")
                    break

    def short(self) -> None:
        for p in self.payouts:
            if p.id in self.paid or p.expected_minor <= 0:
                continue
            candidates = [ln for ln in self.lines
                          if ln.date == p.date and ln.amount_minor < p.expected_minor
                          and ln.amount_minor >= p.expected_minor * MIN_SHORT_SHARE
                          and self.may_pay(ln, p)]
            if candidates:
                self._pair([p], max(candidates, key=lambda ln: ln.amount_minor), "short")

    def run(self, manual: dict[str, list[str]], lines_by_key: dict[str, Line]) -> MatchResult:
        self.apply_manual(manual, lines_by_key)
        self.exact()
        self.merged()
        self.late()
        self.short()
        for p in self.payouts:
            if p.id not in self.paid:
                self._pair([p], None, "missing")
        return MatchResult(self.pairings, [ln for ln in self.lines if ln.key not in self.used])
