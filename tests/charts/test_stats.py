"""`shopguard.core.insights.stats` against the transactions themselves, summed in Python."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from shopguard.core.insights import stats
from shopguard.core.insights.stats import BUCKETS, Filters, Period
from shopguard.core.store import settings
from tests.charts.conftest import all_rows


def _expected(rows: list[dict[str, Any]], by: stats.BucketSize,
              period: Period) -> dict[datetime, list[int]]:
    """count, amount (successful), failed, voids, refunds per bucket start, in Python."""
    out: dict[datetime, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for r in rows:
        at = datetime.fromisoformat(r["occurred_at"])
        if not period.start <= at < period.end:
            continue
        acc = out[stats.bucket_floor(at, by)]
        acc[0] += 1
        acc[1] += r["amount_minor"] if r["status"] == "success" else 0
        acc[2] += r["status"] == "failed"
        acc[3] += r["type"] == "void"
        acc[4] += r["type"] == "refund"
    return out


@pytest.mark.parametrize("by", BUCKETS)
def test_every_bucket_equals_the_transactions_in_it(allinpay_db: Any, by: str) -> None:
    period = stats.period_for(allinpay_db)
    assert period is not None
    got = stats.series(allinpay_db, by, period)  # type: ignore[arg-type]
    expected = _expected(all_rows(allinpay_db), by, period)  # type: ignore[arg-type]
    for b in got.buckets:
        exp = expected.pop(stats.bucket_floor(b.start, by), [0, 0, 0, 0, 0])  # type: ignore[arg-type]
        assert [b.count, b.amount_minor, b.failed, b.voids, b.refunds] == exp, b.bucket
    assert expected == {}  # no transaction fell outside every bucket


@pytest.mark.parametrize("by", BUCKETS)
def test_totals_match_the_statement_manifest(allinpay_db: Any, allinpay_truth: dict[str, Any],
                                             by: str) -> None:
    period = stats.period_for(allinpay_db)
    assert period is not None
    got = stats.series(allinpay_db, by, period)  # type: ignore[arg-type]
    assert got.total_count == allinpay_truth["rows"]
    assert got.total_amount_minor == sum(allinpay_truth["sum_minor_success_by_type"].values())
    assert sum(b.voids for b in got.buckets) == allinpay_truth["count_by_type"]["void"]
    assert sum(b.refunds for b in got.buckets) == allinpay_truth["count_by_type"]["refund"]


def test_empty_buckets_are_filled_and_clipped_to_the_period(allinpay_db: Any) -> None:
    period = Period(datetime(2026, 9, 2), datetime(2026, 9, 20))  # a Wednesday to a Sunday
    days = stats.series(allinpay_db, "day", period)
    assert [b.start.date() for b in days.buckets] == [
        date(2026, 9, 2) + timedelta(days=i) for i in range(18)]
    weeks = stats.series(allinpay_db, "week", period)
    assert weeks.buckets[0].start == period.start  # clipped to the period
    assert weeks.buckets[0].bucket == "2026-08-31"  # but named by its Monday
    assert weeks.buckets[-1].end == period.end
    hours = stats.series(allinpay_db, "hour", Period(datetime(2026, 9, 3), datetime(2026, 9, 4)))
    assert len(hours.buckets) == 24
    assert any(b.count == 0 for b in hours.buckets)  # the night is empty, still listed
    assert hours.total_count == sum(
        1 for r in all_rows(allinpay_db) if r["occurred_at"].startswith("2026-09-03"))


def test_filters_select_the_same_rows_as_python(allinpay_db: Any) -> None:
    rows = all_rows(allinpay_db)
    terminal = rows[0]["terminal_id"]
    last4 = rows[0]["card"][-4:]
    period = stats.period_for(allinpay_db)
    assert period is not None
    for filters, keep in [
        (Filters(terminal_id=terminal), lambda r: r["terminal_id"] == terminal),
        (Filters(card_last4=last4), lambda r: r["card"].endswith(last4)),
        (Filters(type="refund"), lambda r: r["type"] == "refund"),
        (Filters(status="success", type="void"),
         lambda r: r["status"] == "success" and r["type"] == "void"),
    ]:
        got = stats.series(allinpay_db, "day", period, filters)
        chosen = [r for r in rows if keep(r)]
        assert chosen, filters
        assert got.total_count == len(chosen)
        assert got.total_amount_minor == sum(
            r["amount_minor"] for r in chosen if r["status"] == "success")


def test_stacking_layers_add_up_to_the_bucket(allinpay_db: Any) -> None:
    period = stats.period_for(allinpay_db)
    assert period is not None
    got = stats.series(allinpay_db, "week", period, stack_by="type")
    assert set(got.stack_counts) == {r["type"] for r in all_rows(allinpay_db)}
    assert next(iter(got.stack_counts)) == "sale"  # largest layer first
    for i, b in enumerate(got.buckets):
        assert sum(layer[i] for layer in got.stack_counts.values()) == b.count
        assert sum(layer[i] for layer in got.stack_amounts.values()) == b.amount_minor


def test_many_stack_keys_fold_into_other(allinpay_db: Any) -> None:
    period = stats.period_for(allinpay_db)
    assert period is not None
    got = stats.series(allinpay_db, "month", period, stack_by="card", max_layers=3)
    assert list(got.stack_counts)[-1] == stats.OTHER_KEY
    assert len(got.stack_counts) == 4
    assert sum(sum(v) for v in got.stack_counts.values()) == got.total_count


def test_heatmap_counts_by_weekday_and_hour(allinpay_db: Any) -> None:
    period = stats.period_for(allinpay_db)
    assert period is not None
    heat = stats.heatmap(allinpay_db, period)
    expected = [[0] * 24 for _ in range(7)]
    for r in all_rows(allinpay_db):
        at = datetime.fromisoformat(r["occurred_at"])
        expected[at.weekday()][at.hour] += 1
    assert heat.counts == expected
    assert heat.total_count == len(all_rows(allinpay_db))


def test_daily_totals_flag_days_over_the_daily_limit(allinpay_db: Any) -> None:
    period = stats.period_for(allinpay_db)
    assert period is not None
    limit = settings.get(allinpay_db, "daily_limit")
    sales: dict[str, int] = defaultdict(int)
    for r in all_rows(allinpay_db):
        if r["status"] == "success" and r["type"] == "sale":
            sales[r["occurred_at"][:10]] += r["amount_minor"]
    totals = stats.daily_totals(allinpay_db, period)
    assert {t.day.isoformat(): t.sales_minor for t in totals if t.sales_minor} == dict(sales)
    over = {t.day.isoformat() for t in totals if t.over_limit}
    assert over == {d for d, v in sales.items() if v > limit}
    assert over  # the sample plants a daily-limit breach


def test_business_hours_from_settings_including_overnight(db: Any) -> None:
    settings.set_value(db, "business_hours", "22:00-02:00")
    hours = stats.business_hours(db)
    assert hours == (time(22), time(2))
    assert stats.open_hours(hours) == [0, 1, 22, 23]
    spans = stats.business_spans(Period(datetime(2026, 9, 1), datetime(2026, 9, 3)), hours)
    assert spans == [(datetime(2026, 9, 1), datetime(2026, 9, 1, 2)),
                     (datetime(2026, 9, 1, 22), datetime(2026, 9, 2, 2)),
                     (datetime(2026, 9, 2, 22), datetime(2026, 9, 3))]


def test_period_defaults_to_the_data_and_refuses_backwards(allinpay_db: Any, db: Any) -> None:
    period = stats.period_for(allinpay_db)
    assert period is not None
    rows = all_rows(allinpay_db)
    assert period.start.date().isoformat() == rows[0]["occurred_at"][:10]
    assert period.end.date() == date.fromisoformat(rows[-1]["occurred_at"][:10]) + timedelta(1)
    with pytest.raises(stats.StatsError, match="before it starts"):
        stats.period_for(db, date(2026, 9, 5), date(2026, 9, 1))


def test_an_empty_database_has_no_period(db: Any) -> None:
    assert stats.period_for(db) is None
    given = stats.period_for(db, date(2026, 1, 1), date(2026, 1, 31))
    assert given is not None
    assert stats.series(db, "day", given).total_count == 0


def test_an_hourly_chart_over_decades_is_refused(db: Any) -> None:
    with pytest.raises(stats.StatsError, match="too many"):
        stats.series(db, "hour", Period(datetime(2000, 1, 1), datetime(2030, 1, 1)))


@pytest.mark.parametrize("by", BUCKETS)
@pytest.mark.parametrize("stack_by", [None, "terminal", "type"])
def test_per_bucket_and_grouped_queries_agree(allinpay_db: Any, by: str, stack_by: str | None,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Both query strategies (small: a range query per bucket; huge: one GROUP BY)."""
    period = Period(datetime(2026, 9, 3), datetime(2026, 9, 29))
    small = stats.series(allinpay_db, by, period, stack_by=stack_by)  # type: ignore[arg-type]
    monkeypatch.setattr(stats, "PER_BUCKET_MAX", 0)
    grouped = stats.series(allinpay_db, by, period, stack_by=stack_by)  # type: ignore[arg-type]
    assert small.to_json() == grouped.to_json()
    assert [b.max_minor for b in small.buckets] == [b.max_minor for b in grouped.buckets]
    assert small.stack_counts == grouped.stack_counts
    assert small.stack_amounts == grouped.stack_amounts
    assert small.total_count > 0


def test_heatmap_query_paths_agree(allinpay_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    period = stats.period_for(allinpay_db, filters=Filters(type="sale"))
    assert period is not None
    per_day = stats.heatmap(allinpay_db, period, Filters(type="sale"))
    monkeypatch.setattr(stats, "PER_BUCKET_MAX", 0)
    grouped = stats.heatmap(allinpay_db, period, Filters(type="sale"))
    assert per_day == grouped and per_day.total_count > 0


def test_navigate_filters_turn_last4_into_what_the_table_matches(allinpay_db: Any) -> None:
    rows = all_rows(allinpay_db)
    cards_by_last4: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        cards_by_last4[r["card"][-4:]].add(r["card"])
    single = next(k for k, v in cards_by_last4.items() if len(v) == 1)
    shared = next(k for k, v in cards_by_last4.items() if len(v) > 1)
    span = {"from": "2026-09-01T00:00:00", "to": "2026-10-02T00:00:00"}
    out = stats.navigate_filters(allinpay_db, {**span, "card": single, "type": "sale"})
    assert out == {**span, "card": next(iter(cards_by_last4[single])), "type": "sale"}
    out = stats.navigate_filters(allinpay_db, {**span, "card": shared})
    assert "card" not in out
    assert sorted(out["ids"]) == sorted(r["id"] for r in rows if r["card"][-4:] == shared)
    assert stats.navigate_filters(allinpay_db, span) == span  # nothing to translate
