"""What a chart shows (`ChartRequest`) and everything needed to draw it (`ChartData`).

`load_chart_data` does all the database work, so the GUI runs it off the UI thread and the
CLI calls it directly; drawing (`shopguard.charts`) never touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Literal

from sqlite_utils import Database

from shopguard.core.insights import stats
from shopguard.core.insights.alert_marks import AlertMark, open_alert_marks

ChartKind = Literal["count", "amount", "heatmap"]
KINDS: tuple[ChartKind, ...] = ("count", "amount", "heatmap")


@dataclass(frozen=True)
class ChartRequest:
    by: stats.BucketSize = "day"
    kind: ChartKind = "count"
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    filters: stats.Filters = field(default_factory=stats.Filters)
    stack_by: str | None = None
    currency: str | None = None  # with several currencies, the one to show (None: the main)


@dataclass
class ChartData:
    request: ChartRequest
    period: stats.Period | None  # None: no transactions at all
    currency: str = "CNY"  # every amount drawn is in this currency (never a mix)
    currencies: list[str] = field(default_factory=list)  # all in the period, most used first
    series: stats.Series | None = None
    heatmap: stats.Heatmap | None = None
    limits: stats.Limits | None = None
    hours: tuple[time, time] | None = None
    alerts: list[AlertMark] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing to draw: no period, or not one transaction in it."""
        if self.period is None:
            return True
        if self.heatmap is not None:
            return self.heatmap.total_count == 0
        return self.series is None or self.series.total_count == 0


def load_chart_data(db: Database, request: ChartRequest) -> ChartData:
    """Query everything the requested chart needs (aggregated in SQL)."""
    if request.kind not in KINDS:
        raise stats.StatsError(f"unknown chart kind {request.kind!r}; use one of "
                               f"{', '.join(KINDS)}")
    period = stats.period_for(db, request.date_from, request.date_to, request.filters)
    if period is None:
        return ChartData(request, period, currency=stats.main_currency(db))
    filters, currency, present = stats.one_currency(db, period, request.filters,
                                                    request.currency)
    data = ChartData(request, period, currency=currency, currencies=present)
    data.limits = stats.limits(db)
    data.hours = stats.business_hours(db)
    if request.kind == "heatmap":
        data.heatmap = stats.heatmap(db, period, filters)
    else:
        data.series = stats.series(db, request.by, period, filters, request.stack_by)
        data.alerts = open_alert_marks(db, period, filters)
    return data
