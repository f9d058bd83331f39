"""What one scan shares between rules: thresholds, the day range, and the card chains.

The chain pass is the only full pass over the data: one walk of the covering index
(card, occurred_at, amount_minor) in order, keeping the rows that have another row of the
same card within the widest rule window (a "chain") and the (card, day) pairs whose total
could exceed the daily limit. Window rules then look only at those few rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from sqlite_utils import Database

from shopguard.core import settings
from shopguard.core.detection.model import TXN_SELECT, Txn


@dataclass(frozen=True)
class Thresholds:
    duplicate_window_s: int
    burst_count: int
    burst_window_s: int
    split_window_s: int
    split_margin_percent: int
    decline_storm_count: int
    decline_storm_s: int
    round_amount_min: int
    round_amount_days: int
    refund_window_days: int
    per_txn_limit: int
    daily_limit: int
    business_hours: str
    off_hours_grace_minutes: int

    @classmethod
    def load(cls, db: Database) -> Thresholds:
        s = settings.get_all(db)
        return cls(
            duplicate_window_s=int(s["duplicate_window_minutes"]) * 60,
            burst_count=int(s["burst_count"]),
            burst_window_s=int(s["burst_window_minutes"]) * 60,
            split_window_s=int(s["split_window_minutes"]) * 60,
            split_margin_percent=int(s["split_margin_percent"]),
            decline_storm_count=int(s["decline_storm_count"]),
            decline_storm_s=int(s["decline_storm_minutes"]) * 60,
            round_amount_min=int(s["round_amount_min"]),
            round_amount_days=int(s["round_amount_days"]),
            refund_window_days=int(s["refund_window_days"]),
            per_txn_limit=int(s["per_txn_limit"]),
            daily_limit=int(s["daily_limit"]),
            business_hours=str(s["business_hours"]),
            off_hours_grace_minutes=int(s["off_hours_grace_minutes"]),
        )

    @property
    def chain_gap_s(self) -> int:
        return max(self.duplicate_window_s, self.burst_window_s, self.split_window_s,
                   self.decline_storm_s)


@dataclass
class ScanContext:
    """One scan: the database, thresholds and the range of days (None = everything)."""

    db: Database
    limits: Thresholds
    start: str | None = None  # first day scanned, 'YYYY-MM-DD'
    end: str | None = None  # day after the last day scanned
    _rows: dict[int, Txn] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)  # shared results (refund links)

    @classmethod
    def for_days(cls, db: Database, days: list[str] | None) -> ScanContext:
        limits = Thresholds.load(db)
        if not days:
            return cls(db, limits)
        first = date.fromisoformat(min(days)) - timedelta(days=1)
        last = date.fromisoformat(max(days)) + timedelta(days=2)
        return cls(db, limits, first.isoformat(), last.isoformat())

    # -- SQL helpers -------------------------------------------------------------------
    def range_sql(self, column: str = "occurred_at") -> tuple[str, tuple[str, ...]]:
        """`AND column >= ? AND column < ?` for incremental scans; nothing for full ones."""
        if self.start is None or self.end is None:
            return "", ()
        return f" AND {column} >= ? AND {column} < ?", (self.start, self.end)

    def in_range(self, occurred_at: str) -> bool:
        if self.start is None or self.end is None:
            return True
        return self.start <= occurred_at[:10] < self.end

    def query(self, where: str, params: tuple[object, ...] = ()) -> list[Txn]:
        sql = f"SELECT {TXN_SELECT} FROM transactions WHERE {where}"
        return [self._keep(Txn(*r)) for r in self.db.conn.execute(sql, params)]

    def by_ids(self, ids: list[int]) -> list[Txn]:
        """Rows by id (cached), in time order."""
        missing = [i for i in ids if i not in self._rows]
        for chunk in range(0, len(missing), 50_000):
            part = json.dumps(missing[chunk:chunk + 50_000])
            self.query("id IN (SELECT value FROM json_each(?))", (part,))
        rows = [self._rows[i] for i in ids if i in self._rows]
        return sorted(rows, key=lambda t: (t.occurred_at, t.id))

    def _keep(self, t: Txn) -> Txn:
        self._rows[t.id] = t
        return t

    # -- the chain pass ----------------------------------------------------------------
    @cached_property
    def _pass(self) -> tuple[list[list[Txn]], list[tuple[str, str]]]:
        gap = self.limits.chain_gap_s
        daily = self.limits.daily_limit
        rng, params = self.range_sql()
        if rng:  # a few days: read them through the time index and sort here
            sql = ("SELECT card, unixepoch(occurred_at), amount_minor, id, occurred_at,"
                   " card_brand FROM transactions INDEXED BY idx_transactions_occurred"
                   f" WHERE 1{rng}")
            rows = sorted(self.db.conn.execute(sql, params),
                          key=lambda r: (r[0] or f"brand:{r[5]}", r[4]))
            it = ((r[0] or f"brand:{r[5]}", r[1], r[2], r[3]) for r in rows)
        else:  # everything: walk the covering index in (card, time) order
            sql = ("SELECT card, unixepoch(occurred_at), amount_minor, id"
                   " FROM transactions INDEXED BY idx_transactions_card_time")
            it = self._full_walk(sql)
        chain_ids: list[list[int]] = []
        over_daily: list[tuple[str, int]] = []
        cur: list[int] = []
        pc: str | None = None
        pt = pday = dsum = prev_id = 0
        for card, ts, amount, id_ in it:
            if card == pc and ts - pt <= gap:
                if not cur:
                    cur.append(prev_id)
                cur.append(id_)
            elif cur:
                chain_ids.append(cur)
                cur = []
            day = ts // 86400
            if card == pc and day == pday:
                dsum += amount
            else:
                if dsum > daily:
                    over_daily.append((pc or "", pday))
                dsum = amount
            pc, pt, pday, prev_id = card, ts, day, id_
        if cur:
            chain_ids.append(cur)
        if dsum > daily:
            over_daily.append((pc or "", pday))
        flat = [i for c in chain_ids for i in c]
        self.by_ids(flat)
        chains = [[self._rows[i] for i in c] for c in chain_ids]
        days = [(card, date.fromordinal(d + 719163).isoformat()) for card, d in over_daily]
        return chains, days

    def _full_walk(self, sql: str):  # type: ignore[no-untyped-def]
        """Rows of a card with no number (Adyen) are keyed by brand, sorted in Python."""
        blank: list[tuple[str, int, int, int]] = []
        for row in self.db.conn.execute(sql):
            if row[0]:
                yield row
            else:
                blank.append(row)
        if blank:
            brands = dict(self.db.conn.execute(
                "SELECT id, card_brand FROM transactions WHERE card = ''").fetchall())
            keyed = sorted((f"brand:{brands.get(r[3], '')}", r[1], r[2], r[3]) for r in blank)
            yield from keyed

    @property
    def chains(self) -> list[list[Txn]]:
        """Runs of one card's rows, each within the widest rule window of the previous."""
        return self._pass[0]

    @property
    def daily_candidates(self) -> list[tuple[str, str]]:
        """(card key, day) pairs whose total of all rows is above the daily limit."""
        return self._pass[1]
