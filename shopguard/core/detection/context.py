"""What one scan shares between rules: thresholds, the day range, and the card chains.

The chain pass is the only full pass over the data: one walk of the covering index
(card, occurred_at, amount_minor) in order, keeping the rows that have another row of the
same card within the widest rule window (a "chain") and the (card, day) pairs whose total
could exceed the daily limit. Window rules then look only at those few rows.

Rows whose time of day is unknown (`time_known` 0, stored at midnight: see
`models.TIME_KNOWN_SQL`) count in the daily totals and the per-transaction limit, which need
no time, but never in a chain, a split sale or the off-hours set. Their ids come first from
a partial index (nothing to read when there are none), so the walk itself is unchanged; the
pass sets those with a card number aside for the duplicate rule's own, stricter test.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from sqlite_utils import Database

from shopguard.core.detection.model import TXN_SELECT, Txn
from shopguard.core.store import settings


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
        """Split sales are set aside by amount in the pass, so their window is not needed."""
        return max(self.duplicate_window_s, self.burst_window_s, self.decline_storm_s)


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
        rows = [Txn._make(r) for r in self.db.conn.execute(sql, params)]
        self._rows.update((t.id, t) for t in rows)
        return rows

    def by_ids(self, ids: list[int]) -> list[Txn]:
        """Rows by id (cached), in time order."""
        missing = [i for i in ids if i not in self._rows]
        for chunk in range(0, len(missing), 50_000):
            part = json.dumps(missing[chunk:chunk + 50_000])
            self.query("id IN (SELECT value FROM json_each(?))", (part,))
        rows = [self._rows[i] for i in ids if i in self._rows]
        return sorted(rows, key=lambda t: (t.occurred_at, t.id))

    # -- the chain pass ----------------------------------------------------------------
    @cached_property
    def _pass(self) -> PassResult:
        lim = self.limits
        gap = lim.chain_gap_s
        # A chain matters only if it can hold a duplicate (an amount twice), a burst or a
        # decline storm; most chains are two different purchases and are dropped at once.
        min_len = max(2, min(lim.burst_count, lim.decline_storm_count + 1))
        daily, per_txn = lim.daily_limit, lim.per_txn_limit
        split_floor = per_txn * (100 - lim.split_margin_percent) // 100
        closed = closed_seconds(lim.business_hours, lim.off_hours_grace_minutes)
        c_lo, c_hi = closed if closed else (0, 0)
        wraps = closed is not None and c_lo > c_hi
        res = PassResult()
        chain_ids = res.chain_ids
        untimed = self._untimed()
        for rows in self._walks():
            cur: list[int] = []
            cur_amounts: list[int] = []
            pc: str | None = None
            pt = pday = dsum = prev_id = prev_amount = 0
            for card, ts, amount, id_ in rows:
                known = not untimed or id_ not in untimed
                if card == pc:
                    if not known:
                        pass  # no time: in no chain (and the chain goes on past it)
                    elif ts - pt <= gap:
                        if not cur:
                            cur.append(prev_id)
                            cur_amounts.append(prev_amount)
                        cur.append(id_)
                        cur_amounts.append(amount)
                    elif cur:
                        if len(cur) >= min_len or len(set(cur_amounts)) < len(cur_amounts):
                            chain_ids.append(cur)
                        cur, cur_amounts = [], []
                    day = ts // 86400
                    if day == pday:
                        dsum += amount
                    else:
                        if dsum > daily:
                            res.over_daily.append((pc, pday))
                        dsum, pday = amount, day
                else:
                    if cur:
                        if len(cur) >= min_len or len(set(cur_amounts)) < len(cur_amounts):
                            chain_ids.append(cur)
                        cur, cur_amounts = [], []
                    if dsum > daily and pc is not None:
                        res.over_daily.append((pc, pday))
                    dsum, pday, pc = amount, ts // 86400, card
                    pt = _NO_TIME  # no earlier timed row of this card yet
                if amount >= split_floor:
                    if amount > per_txn:
                        res.per_txn_ids.append(id_)
                    elif known:
                        res.split_ids.append(id_)
                if not known:
                    if not card.startswith("brand:"):
                        res.untimed_ids.append(id_)
                    continue
                if closed:
                    tod = ts % 86400
                    if (tod >= c_lo or tod < c_hi) if wraps else (c_lo <= tod < c_hi):
                        res.off_hours_ids.append(id_)
                pt, prev_id, prev_amount = ts, id_, amount
            if cur and (len(cur) >= min_len or len(set(cur_amounts)) < len(cur_amounts)):
                chain_ids.append(cur)
            if dsum > daily and pc is not None:
                res.over_daily.append((pc, pday))
        self.by_ids([i for c in chain_ids for i in c])
        res.chains = [[self._rows[i] for i in c] for c in chain_ids]
        return res

    def _untimed(self) -> set[int]:
        """Ids of the rows in scope whose time of day is unknown (through a partial index)."""
        rng, params = self.range_sql()
        return {r[0] for r in self.db.conn.execute(
            "SELECT id FROM transactions INDEXED BY idx_transactions_time_unknown"
            f" WHERE time_known = 0{rng}", params)}

    def _walks(self) -> Iterator[Iterable[tuple[str, int, int, int]]]:
        """(card key, seconds, amount, id) in (card, time) order, as one or more runs.

        Everything: the covering index in order (rows with a card), then the rows without a
        card number keyed by brand. A few days: read through the time index, sorted here.
        """
        rng, params = self.range_sql()
        if rng:
            rows = self.db.conn.execute(
                "SELECT card, unixepoch(occurred_at), amount_minor, id, card_brand"
                f" FROM transactions INDEXED BY idx_transactions_occurred WHERE 1{rng}",
                params).fetchall()
            yield sorted((r[0] or f"brand:{r[4]}", r[1], r[2], r[3]) for r in rows)
            return
        yield self.db.conn.execute(
            "SELECT card, unixepoch(occurred_at), amount_minor, id"
            " FROM transactions INDEXED BY idx_transactions_card_time WHERE card > ''")
        blank = self.db.conn.execute(
            "SELECT 'brand:' || card_brand, unixepoch(occurred_at), amount_minor, id"
            " FROM transactions INDEXED BY idx_transactions_card_time WHERE card = ''"
        ).fetchall()
        yield sorted(blank)

    @property
    def chains(self) -> list[list[Txn]]:
        """Runs of one card's rows, each within the widest rule window of the previous."""
        return self._pass.chains

    @property
    def daily_candidates(self) -> list[tuple[str, str]]:
        """(card key, day) pairs whose total of all rows is above the daily limit."""
        return [(card, date.fromordinal(d + _EPOCH_ORDINAL).isoformat())
                for card, d in self._pass.over_daily]

    def pass_rows(self, kind: str) -> list[Txn]:
        """Rows the pass set aside for one rule: ``per_txn``, ``split``, ``off_hours``, or
        ``untimed`` (rows with a card number and no time of day)."""
        ids: list[int] = getattr(self._pass, f"{kind}_ids")
        return self.by_ids(ids)


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_NO_TIME = -(1 << 62)  # "no earlier timed row": further back than any window


def closed_seconds(business_hours: str, grace_minutes: int) -> tuple[int, int] | None:
    """(from, to) seconds of the day when the shop is closed, wrapping past midnight when
    from > to; None when the grace makes it never closed. Hours may cross midnight."""
    start, end = ((int(x[:2]) * 60 + int(x[3:5])) for x in business_hours.split("-"))
    opens, closes = start - grace_minutes, end + grace_minutes
    if start < end:  # a day shop: closed from `closes` to next day's `opens`
        if closes - opens >= 1440:
            return None
        return (closes % 1440) * 60, (opens % 1440) * 60
    if opens <= closes:  # a night shop (18:00-02:00) whose grace covers the day
        return None
    return closes * 60, opens * 60


@dataclass
class PassResult:
    chain_ids: list[list[int]] = field(default_factory=list)
    chains: list[list[Txn]] = field(default_factory=list)
    over_daily: list[tuple[str, int]] = field(default_factory=list)
    per_txn_ids: list[int] = field(default_factory=list)
    split_ids: list[int] = field(default_factory=list)
    off_hours_ids: list[int] = field(default_factory=list)
    untimed_ids: list[int] = field(default_factory=list)
