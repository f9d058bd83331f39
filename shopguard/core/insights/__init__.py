"""Insights over stored transactions: swipe statistics, chart data and the alerts drawn on charts."""

from shopguard.core.insights.alert_marks import AlertMark
from shopguard.core.insights.chartspec import KINDS as CHART_KINDS
from shopguard.core.insights.chartspec import ChartData, ChartRequest, load_chart_data
from shopguard.core.insights.stats import (
    BUCKETS,
    OTHER_KEY,
    STACK_KEYS,
    BucketStats,
    Filters,
    StatsError,
    business_spans,
    currencies,
    main_currency,
    navigate_filters,
    one_currency,
    open_hours,
    period_for,
    series,
)

__all__ = [
    "BUCKETS",
    "CHART_KINDS",
    "OTHER_KEY",
    "STACK_KEYS",
    "AlertMark",
    "BucketStats",
    "ChartData",
    "ChartRequest",
    "Filters",
    "StatsError",
    "business_spans",
    "currencies",
    "load_chart_data",
    "main_currency",
    "navigate_filters",
    "one_currency",
    "open_hours",
    "period_for",
    "series",
]
