"""Swipe statistics aggregated in SQL: time buckets, hour × weekday matrix, daily totals.

Definitions (the same for the CLI's ``stats --json`` and the charts):

- ``count``: every transaction row matching the filters (any type, any status);
- ``amount_minor``: sum of ``amount_minor`` over the *successful* rows among them;
- ``failed``: rows with status ``failed``; ``voids`` / ``refunds``: rows of that type.

Rows whose statement gave no time of day (``time_known`` 0, stored at midnight) count in
day, week and month buckets but in no hour bucket and no heatmap cell (they were not swiped
at midnight); `Series.time_unknown` / `Heatmap.time_unknown` say how many were left out.

A period is ``[start, end)`` in local shop time. Buckets are calendar hours, days, ISO weeks
(Monday first) and months; every bucket in the period is listed, empty ones with zeros. A week
or month cut by the period's edge covers only the part inside the period.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from sqlite_utils import Database

from shopguard.core.store import settings

BucketSize = Literal["hour", "day", "week", "month"]
BUCKETS: tuple[BucketSize, ...] = ("hour", "day", "week", "month")
STACK_KEYS: tuple[str, ...] = ("terminal", "card", "operator", "type", "status")
_STACK_SQL = {
    "terminal": "terminal_id",
    "card": "substr(card, -4)",
    "operator": "operator",
    "type": "type",
    "status": "status",
}
# SQL for the bucket key of a row; week and month fold day rows in Python (a few thousand rows).
_KEY_SQL = {"hour": "substr(occurred_at, 1, 13)", "day": "substr(occurred_at, 1, 10)",
            "week": "substr(occurred_at, 1, 10)", "month": "substr(occurred_at, 1, 7)"}
OTHER_KEY = "\u2026"  # stack layer holding every key beyond the `max_layers` largest
MAX_BUCKETS = 20_000  # refuse an hourly chart over decades instead of eating the memory
PER_BUCKET_MAX = 5_000  # up to this many buckets, one small range query each (see _bucket_rows)


class StatsError(ValueError):
    """A request that cannot be answered; the message is for the user."""


@dataclass(frozen=True)
class Filters:
    """Optional equality filters; `card_last4` matches the card's last four characters."""

    terminal_id: str | None = None
    card_last4: str | None = None
    operator: str | None = None
    type: str | None = None
    status: str | None = None

    def sql(self) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        for column, value in (("terminal_id", self.terminal_id), ("operator", self.operator),
                              ("type", self.type), ("status", self.status)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if self.card_last4 is not None:
            where.append("substr(card, -4) = ?")
            params.append(self.card_last4)
        return " AND ".join(where), params

    def to_navigate(self) -> dict[str, str]:
        """The same filters in the Transactions screen's navigate vocabulary; ``card`` holds
        the last four here: `navigate_filters` turns it into what that screen matches."""
        out: dict[str, str] = {}
        for key, value in (("terminal_id", self.terminal_id), ("card", self.card_last4),
                           ("operator", self.operator), ("type", self.type),
                           ("status", self.status)):
            if value is not None:
                out[key] = value
        return out


@dataclass(frozen=True)
class Period:
    start: datetime  # inclusive
    end: datetime  # exclusive

    @property
    def bounds(self) -> tuple[str, str]:
        return _iso(self.start), _iso(self.end)


@dataclass
class BucketStats:
    bucket: str
    start: datetime
    end: datetime
    count: int = 0
    amount_minor: int = 0
    failed: int = 0
    voids: int = 0
    refunds: int = 0
    max_minor: int = 0  # the largest successful single transaction (per-transaction limit)

    def to_json(self) -> dict[str, Any]:
        return {"bucket": self.bucket, "count": self.count, "amount_minor": self.amount_minor,
                "failed": self.failed, "voids": self.voids, "refunds": self.refunds}

    def add(self, row: BucketStats) -> None:
        self.count += row.count
        self.amount_minor += row.amount_minor
        self.failed += row.failed
        self.voids += row.voids
        self.refunds += row.refunds
        self.max_minor = max(self.max_minor, row.max_minor)


@dataclass
class Series:
    by: BucketSize
    period: Period
    buckets: list[BucketStats]
    stack_by: str | None = None
    # layer key -> per-bucket counts / amounts, aligned with `buckets`; largest layer first.
    stack_counts: dict[str, list[int]] = field(default_factory=dict)
    stack_amounts: dict[str, list[int]] = field(default_factory=dict)
    time_unknown: int = 0  # rows of the period in no hour bucket: their time is unknown

    @property
    def total_count(self) -> int:
        return sum(b.count for b in self.buckets)

    @property
    def total_amount_minor(self) -> int:
        return sum(b.amount_minor for b in self.buckets)

    def to_json(self) -> list[dict[str, Any]]:
        return [b.to_json() for b in self.buckets]


@dataclass
class Heatmap:
    """Counts and successful amounts by weekday (0 = Monday) × hour of day (0–23)."""

    counts: list[list[int]]
    amounts: list[list[int]]
    time_unknown: int = 0  # rows of the period in no cell: their time is unknown

    @property
    def total_count(self) -> int:
        return sum(map(sum, self.counts))


@dataclass(frozen=True)
class DailyTotal:
    day: date
    sales_minor: int  # successful sales and completed pre-authorisations
    over_limit: bool


@dataclass(frozen=True)
class Limits:
    per_txn_minor: int
    daily_minor: int


# --------------------------------------------------------------------------------- buckets

def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


def bucket_floor(dt: datetime, by: BucketSize) -> datetime:
    """The start of the bucket holding `dt`."""
    if by == "hour":
        return dt.replace(minute=0, second=0, microsecond=0)
    day = datetime.combine(dt.date(), time())
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    raise StatsError(f"unknown bucket size {by!r}; use one of {', '.join(BUCKETS)}")


def bucket_next(start: datetime, by: BucketSize) -> datetime:
    """The start of the bucket after the one starting at `start`."""
    if by == "hour":
        return start + timedelta(hours=1)
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    if by == "month":
        return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    raise StatsError(f"unknown bucket size {by!r}; use one of {', '.join(BUCKETS)}")


def bucket_label(start: datetime, by: BucketSize) -> str:
    """``2026-09-01T14:00`` (hour), ``2026-09-01`` (day; a week by its Monday), ``2026-09``."""
    if by == "hour":
        return start.strftime("%Y-%m-%dT%H:00")
    if by == "month":
        return start.strftime("%Y-%m")
    return start.strftime("%Y-%m-%d")


def empty_buckets(period: Period, by: BucketSize) -> list[BucketStats]:
    """Every bucket of the period, clipped to it, all zero."""
    out: list[BucketStats] = []
    start = bucket_floor(period.start, by)
    while start < period.end:
        nxt = bucket_next(start, by)
        out.append(BucketStats(bucket_label(start, by), max(start, period.start),
                               min(nxt, period.end)))
        if len(out) > MAX_BUCKETS:
            raise StatsError(f"{len(out)}+ {by} buckets is too many for one chart; "
                             "choose a shorter period or a larger bucket")
        start = nxt
    return out


def navigate_filters(db: Database, filters: dict[str, Any]) -> dict[str, Any]:
    """Make chart filters fit the Transactions screen, whose ``card`` is the stored card
    (``622848******0118``), not its last four: one matching card becomes that card, several
    (same last four, other banks) become the ``ids`` of the rows in the period."""
    last4 = filters.get("card")
    if not last4 or len(str(last4)) != 4 or "ids" in filters:
        return filters
    out = {k: v for k, v in filters.items() if k != "card"}
    where, params = ["substr(card, -4) = ?"], [str(last4)]
    for key, column in (("from", "occurred_at >= ?"), ("to", "occurred_at < ?")):
        if out.get(key):
            where.append(column)
            params.append(out[key])
    for key in ("terminal_id", "operator", "type", "status"):
        if out.get(key):
            where.append(f"{key} = ?")
            params.append(out[key])
    cards = [r[0] for r in db.conn.execute(
        f"SELECT DISTINCT card FROM transactions WHERE {' AND '.join(where)} LIMIT 2", params)]
    if len(cards) == 1:
        out["card"] = cards[0]
    else:
        out["ids"] = [r[0] for r in db.conn.execute(
            f"SELECT id FROM transactions WHERE {' AND '.join(where)} ORDER BY occurred_at, id",
            params)]
    return out


# --------------------------------------------------------------------------------- period

def period_for(db: Database, date_from: date | None = None, date_to: date | None = None,
               filters: Filters | None = None) -> Period | None:
    """The period to chart: the given dates (`date_to` inclusive), open ends filled from the
    data's first/last transaction. None when an open end has no data to fill it from."""
    start = datetime.combine(date_from, time()) if date_from else None
    end = datetime.combine(date_to + timedelta(days=1), time()) if date_to else None
    if start is None or end is None:
        where, params = (filters or Filters()).sql()
        tail = f" FROM transactions WHERE {where}" if where else " FROM transactions"
        # Two sub-queries: SQLite answers a lone min() or max() from the index end, but
        # `min(x), max(x)` together would scan every row.
        row = db.conn.execute(f"SELECT (SELECT min(occurred_at){tail}), "
                              f"(SELECT max(occurred_at){tail})", [*params, *params]).fetchone()
        if row is None or row[0] is None:
            return None
        first = datetime.fromisoformat(row[0])
        last = datetime.fromisoformat(row[1])
        if start is None:
            start = datetime.combine(first.date(), time())
        if end is None:
            end = datetime.combine(last.date() + timedelta(days=1), time())
    if end <= start:
        raise StatsError(f"the period ends ({end.date()}) before it starts ({start.date()})")
    return Period(start, end)


# --------------------------------------------------------------------------------- queries

_MEASURES = (
    "count(*), "
    "coalesce(sum(CASE WHEN status = 'success' THEN amount_minor END), 0), "
    "sum(status = 'failed'), sum(type = 'void'), sum(type = 'refund'), "
    "coalesce(max(CASE WHEN status = 'success' THEN amount_minor END), 0)"
)


def _where(period: Period, filters: Filters) -> tuple[str, list[Any]]:
    extra, params = filters.sql()
    sql = "occurred_at >= ? AND occurred_at < ?" + (f" AND {extra}" if extra else "")
    return sql, [*period.bounds, *params]


def _key_start(key: str, by: BucketSize) -> datetime:
    if by == "hour":
        return datetime.fromisoformat(key + ":00")
    if by == "month":
        return datetime.fromisoformat(key + "-01")
    return datetime.fromisoformat(key)


def series(db: Database, by: BucketSize, period: Period, filters: Filters | None = None,
           stack_by: str | None = None, max_layers: int = 7) -> Series:
    """Bucketed totals over `period`, optionally split into layers by `stack_by`.

    With stacking, the `max_layers` largest keys (by count) keep their own layer and the
    rest are summed into `OTHER_KEY`. Empty values (no operator recorded) are the key ``""``.
    """
    if by not in BUCKETS:
        raise StatsError(f"unknown bucket size {by!r}; use one of {', '.join(BUCKETS)}")
    if stack_by is not None and stack_by not in _STACK_SQL:
        raise StatsError(f"cannot stack by {stack_by!r}; use one of {', '.join(STACK_KEYS)}")
    filters = filters or Filters()
    buckets = empty_buckets(period, by)
    layer_sql = f"{_STACK_SQL[stack_by]}, " if stack_by else ""
    layer_rows: list[tuple[int, str, BucketStats]] = []
    for i, row in _bucket_rows(db, by, period, filters, buckets, layer_sql):
        measures = row[1:] if stack_by else row
        stats = BucketStats(buckets[i].bucket, buckets[i].start, buckets[i].end,
                            *(int(v or 0) for v in measures))
        buckets[i].add(stats)
        if stack_by:
            layer_rows.append((i, str(row[0] if row[0] is not None else ""), stats))
    result = Series(by, period, buckets, stack_by)
    if by == "hour":
        result.time_unknown = _time_unknown(db, period, filters)
    if stack_by:
        _fill_layers(result, layer_rows, max_layers)
    return result


def _time_unknown(db: Database, period: Period, filters: Filters) -> int:
    """Rows of the period without a time of day (a partial index holds only those)."""
    where, params = _where(period, filters)
    return int(db.conn.execute(
        "SELECT count(*) FROM transactions INDEXED BY idx_transactions_time_unknown"
        f" WHERE time_known = 0 AND {where}", params).fetchone()[0])


def _bucket_rows(db: Database, by: BucketSize, period: Period, filters: Filters,
                 buckets: list[BucketStats], layer_sql: str
                 ) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(bucket index, row) pairs: ``[layer,] count, amount, failed, voids, refunds, max``.

    Up to `PER_BUCKET_MAX` buckets, one indexed range query per bucket: no row is sorted,
    which on a million rows is ~40% faster than one ``GROUP BY substr(occurred_at, …)``
    (that one needs a temporary B-tree over every row). Beyond that, the single query.
    """
    extra, extra_params = filters.sql()
    where = "occurred_at >= ? AND occurred_at < ?" + (f" AND {extra}" if extra else "")
    if by == "hour":
        where += " AND time_known"  # an unknown time is not midnight's hour
    group = f" GROUP BY {layer_sql.rstrip(', ')}" if layer_sql else ""
    if len(buckets) <= PER_BUCKET_MAX:
        sql = f"SELECT {layer_sql}{_MEASURES} FROM transactions WHERE {where}{group}"
        for i, b in enumerate(buckets):
            for row in db.conn.execute(sql, [_iso(b.start), _iso(b.end), *extra_params]):
                yield i, row
        return
    index = {bucket_floor(b.start, by): i for i, b in enumerate(buckets)}
    key_sql = _KEY_SQL[by]
    sql = (f"SELECT {key_sql} AS k, {layer_sql}{_MEASURES} FROM transactions "
           f"WHERE {where} GROUP BY k{', ' + layer_sql.rstrip(', ') if layer_sql else ''}")
    for row in db.conn.execute(sql, [*period.bounds, *extra_params]):
        yield index[bucket_floor(_key_start(row[0], by), by)], row[1:]


def _fill_layers(result: Series, rows: list[tuple[int, str, BucketStats]],
                 max_layers: int) -> None:
    totals: dict[str, int] = {}
    for _, key, stats in rows:
        totals[key] = totals.get(key, 0) + stats.count
    ranked = sorted(totals, key=lambda k: (-totals[k], k))
    keep = ranked if len(ranked) <= max_layers + 1 else ranked[:max_layers]
    n = len(result.buckets)
    layers = [*keep, *([OTHER_KEY] if len(keep) < len(ranked) else [])]
    result.stack_counts = {k: [0] * n for k in layers}
    result.stack_amounts = {k: [0] * n for k in layers}
    kept = set(keep)
    for i, key, stats in rows:
        layer = key if key in kept else OTHER_KEY
        result.stack_counts[layer][i] += stats.count
        result.stack_amounts[layer][i] += stats.amount_minor


def heatmap(db: Database, period: Period, filters: Filters | None = None) -> Heatmap:
    """Swipes by weekday × hour of day over the period (per-day queries, as in `series`)."""
    filters = filters or Filters()
    counts = [[0] * 24 for _ in range(7)]
    amounts = [[0] * 24 for _ in range(7)]
    amount_sql = "coalesce(sum(CASE WHEN status = 'success' THEN amount_minor END), 0)"
    days = empty_buckets(period, "day")
    if len(days) <= PER_BUCKET_MAX:
        extra, extra_params = filters.sql()
        sql = (f"SELECT CAST(substr(occurred_at, 12, 2) AS INTEGER) AS h, count(*), {amount_sql}"
               " FROM transactions WHERE occurred_at >= ? AND occurred_at < ? AND time_known"
               + (f" AND {extra}" if extra else "") + " GROUP BY h")
        for day in days:
            weekday = day.start.weekday()
            for h, n, amount in db.conn.execute(
                    sql, [_iso(day.start), _iso(day.end), *extra_params]):
                if h is not None and 0 <= h < 24:
                    counts[weekday][h] += int(n)
                    amounts[weekday][h] += int(amount)
        return Heatmap(counts, amounts, _time_unknown(db, period, filters))
    where, params = _where(period, filters)
    sql = ("SELECT CAST(strftime('%w', occurred_at) AS INTEGER) AS w, "
           f"CAST(substr(occurred_at, 12, 2) AS INTEGER) AS h, count(*), {amount_sql} "
           f"FROM transactions WHERE {where} AND time_known GROUP BY w, h")
    for w, h, n, amount in db.conn.execute(sql, params):
        if w is None or h is None or not 0 <= h < 24:
            continue
        weekday = (int(w) + 6) % 7  # SQLite: 0 = Sunday; ours: 0 = Monday
        counts[weekday][h] += int(n)
        amounts[weekday][h] += int(amount)
    return Heatmap(counts, amounts, _time_unknown(db, period, filters))


def limits(db: Database) -> Limits:
    return Limits(int(settings.get(db, "per_txn_limit")), int(settings.get(db, "daily_limit")))


def daily_totals(db: Database, period: Period, filters: Filters | None = None,
                 lim: Limits | None = None) -> list[DailyTotal]:
    """Successful sales per day (every day of the period) against the daily limit."""
    lim = lim or limits(db)
    where, params = _where(period, filters or Filters())
    sql = ("SELECT substr(occurred_at, 1, 10) AS d, sum(amount_minor) FROM transactions "
           f"WHERE {where} AND status = 'success' AND type IN ('sale', 'preauth_complete') "
           "GROUP BY d")
    by_day = {row[0]: int(row[1]) for row in db.conn.execute(sql, params)}
    out: list[DailyTotal] = []
    day = period.start.date()
    while datetime.combine(day, time()) < period.end:
        total = by_day.get(day.isoformat(), 0)
        out.append(DailyTotal(day, total, total > lim.daily_minor))
        day += timedelta(days=1)
    return out


def business_hours(db: Database) -> tuple[time, time]:
    """Opening and closing time; closing before opening means the shop is open past midnight."""
    start, end = settings.business_hours(db)
    return time.fromisoformat(start), time.fromisoformat(end)


def open_hours(hours: tuple[time, time]) -> list[int]:
    """Hours of the day (0–23) that overlap business hours (for shading the heatmap)."""
    start, end = (t.hour * 60 + t.minute for t in hours)
    minutes: Iterable[int] = (range(start, end) if start < end
                              else [*range(start, 24 * 60), *range(0, end)])
    return sorted({m // 60 for m in minutes})


def business_spans(period: Period, hours: tuple[time, time]) -> list[tuple[datetime, datetime]]:
    """The business-hours intervals inside the period, one (or two, overnight) per day."""
    spans: list[tuple[datetime, datetime]] = []
    day = period.start.date() - timedelta(days=1)
    while datetime.combine(day, time()) < period.end:
        open_at = datetime.combine(day, hours[0])
        close_at = datetime.combine(day, hours[1])
        if close_at <= open_at:
            close_at += timedelta(days=1)
        lo, hi = max(open_at, period.start), min(close_at, period.end)
        if lo < hi:
            spans.append((lo, hi))
        day += timedelta(days=1)
    return spans
