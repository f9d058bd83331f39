"""The drawer (Agg, no Qt): artists reused, hit tests, alert markers, empty message."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from matplotlib import dates as mdates

from shopguard.charts.draw import ChartDrawer
from shopguard.charts.export import new_figure
from shopguard.charts.labels import ChartLabels
from shopguard.core.insights.chartspec import ChartRequest, load_chart_data
from shopguard.core.insights.stats import Filters


def test_no_alerts_before_a_scan_means_no_markers(allinpay_db: Any) -> None:
    data = load_chart_data(allinpay_db, ChartRequest(by="day"))
    assert data.alerts == []
    drawer = ChartDrawer(new_figure())
    drawer.draw(data, ChartLabels("en"))
    assert not any(line.get_visible() for line in drawer._alert_lines.values())


def test_open_alerts_become_clickable_markers(allinpay_db: Any) -> None:
    from shopguard.core.detection.alerts import list_alerts, review
    from shopguard.core.detection.scan import scan

    scan(allinpay_db)
    dup = [a for a in list_alerts(allinpay_db, status="open") if a.rule == "duplicate_swipe"]
    assert len(dup) >= 2
    review(allinpay_db, dup[-1].id, "dismiss", "two separate purchases")
    open_alerts = list_alerts(allinpay_db, status="open")
    data = load_chart_data(allinpay_db, ChartRequest(by="day"))
    assert sorted(m.alert_id for m in data.alerts) == sorted(a.id for a in open_alerts)
    assert dup[-1].id not in {m.alert_id for m in data.alerts}  # dismissed: no marker

    drawer = ChartDrawer(new_figure())
    drawer.draw(data, ChartLabels("en"))
    line = drawer._alert_lines["duplicate_swipe"]
    assert line.get_visible()
    open_dup = [a for a in open_alerts if a.rule == "duplicate_swipe"]
    days = {a.first_at[:10] for a in open_dup}
    assert len(line.get_xdata()) == len(days)  # one marker per (bucket, rule)
    first = min(open_dup, key=lambda a: a.first_at)
    index = sorted(days).index(first.first_at[:10])
    assert mdates.num2date(float(line.get_xdata()[index])).date().isoformat() == \
        first.first_at[:10]
    hit = drawer.alert_hit(line, index)
    assert hit is not None and hit.filters is not None
    same_day = [a for a in open_dup if a.first_at[:10] == first.first_at[:10]]
    assert hit.filters["ids"] == sorted({t.id for a in same_day for t in a.transactions})
    assert f"Duplicate swipe alert #{first.id}: {len(first.transactions)} transactions" \
        in hit.text
    legend = [t.get_text() for t in drawer.ax.get_legend().get_texts()]
    assert "Duplicate swipe" in legend


def test_hit_maps_a_bar_to_its_bucket_and_filters(allinpay_db: Any) -> None:
    req = ChartRequest(by="hour", date_from=date(2026, 9, 3), date_to=date(2026, 9, 3),
                       filters=Filters(type="sale"))
    data = load_chart_data(allinpay_db, req)
    drawer = ChartDrawer(new_figure())
    drawer.draw(data, ChartLabels("en"))
    x = float(mdates.date2num(datetime(2026, 9, 3, 12, 30)))
    hit = drawer.hit(x, 1.0)
    assert hit is not None
    assert hit.filters == {"from": "2026-09-03T12:00:00", "to": "2026-09-03T13:00:00",
                           "type": "sale"}
    noon = next(b for b in data.series.buckets if b.bucket == "2026-09-03T12:00")  # type: ignore[union-attr]
    assert hit.text.startswith(f"2026-09-03T12:00: {noon.count} swipes, ¥")
    assert drawer.hit(float(mdates.date2num(datetime(2026, 9, 5))), 1.0) is None  # outside
    assert drawer.shade.get_visible()  # business hours shaded on an hourly chart


def test_one_figure_is_reused_across_views(allinpay_db: Any) -> None:
    figure = new_figure()
    drawer = ChartDrawer(figure)
    axes_before = list(figure.axes)
    for by in ("hour", "day", "week", "month"):
        for kind in ("count", "amount", "heatmap"):
            drawer.draw(load_chart_data(allinpay_db, ChartRequest(by=by, kind=kind)),  # type: ignore[arg-type]
                        ChartLabels("zh_CN"))
            figure.canvas.draw()
    assert figure.axes == axes_before  # nothing was added or rebuilt
    drawer.draw(load_chart_data(allinpay_db, ChartRequest(by="week", stack_by="type")))
    assert sum(c.get_visible() for c in drawer._layers) == 3  # sale, refund, void
    drawer.draw(load_chart_data(allinpay_db, ChartRequest(by="week")))
    assert sum(c.get_visible() for c in drawer._layers) == 1


def test_empty_period_shows_a_message_not_a_frame(allinpay_db: Any) -> None:
    drawer = ChartDrawer(new_figure())
    req = ChartRequest(by="day", date_from=date(2025, 1, 1), date_to=date(2025, 1, 31))
    drawer.draw(load_chart_data(allinpay_db, req), ChartLabels("zh_CN"))
    assert drawer.empty_text.get_visible()
    assert drawer.empty_text.get_text() == "此期间没有交易"
    assert not drawer.ax.get_visible() and not drawer.ax_heat.get_visible()
    assert drawer.hit(0.0, 0.0) is None


def test_heatmap_hover_names_the_cell(allinpay_db: Any) -> None:
    drawer = ChartDrawer(new_figure())
    data = load_chart_data(allinpay_db, ChartRequest(kind="heatmap"))
    drawer.draw(data, ChartLabels("zh_CN"))
    assert data.heatmap is not None
    weekday, hour = max(((w, h) for w in range(7) for h in range(24)),
                        key=lambda c: data.heatmap.counts[c[0]][c[1]])  # type: ignore[union-attr]
    hit = drawer.hit(float(hour), float(weekday), in_heatmap=True)
    assert hit is not None and hit.filters is None
    assert hit.text.startswith(f"{ChartLabels('zh_CN').weekdays()[weekday]} {hour:02d}:00：")
    assert f"{data.heatmap.counts[weekday][hour]} 笔" in hit.text
    assert drawer.hit(30.0, 2.0, in_heatmap=True) is None
