"""The Charts screen on a real database: every bucket size, hover, click-through, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from matplotlib import dates as mdates
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from shopguard.core.insights.chartspec import ChartRequest
from shopguard.core.insights.stats import BUCKETS
from shopguard.gui.screens.charts import PERIODS, ChartsScreen, period_dates

pytestmark = pytest.mark.gui


@pytest.fixture
def imported(db: Any, sample: Any) -> Any:
    from shopguard.core.importing.importer import import_file

    assert import_file(db, sample("allinpay.csv")).status == "imported"
    return db


@pytest.fixture
def screen(imported: Any, ctx: Any, qtbot: Any) -> ChartsScreen:
    widget = ChartsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    qtbot.waitExposed(widget)
    _wait_for(qtbot, widget, lambda r: True)
    return widget


def _wait_for(qtbot: Any, screen: ChartsScreen, match: Any) -> None:
    """Until the chart on screen answers a request that satisfies `match`."""
    def drawn() -> bool:
        data = screen.drawer.data
        return data is not None and match(data.request) and not screen._timer.isActive() \
            and screen.drawer.data is not None
    qtbot.waitUntil(drawn, timeout=10_000)
    screen.canvas.draw()  # render now so transforms match the widget's size


def _to_widget(screen: ChartsScreen, ax: Any, x: float, y: float) -> QPoint:
    px, py = ax.transData.transform((x, y))
    ratio = screen.canvas.device_pixel_ratio
    height = screen.figure.bbox.height
    return QPoint(round(px / ratio), round((height - py) / ratio))


@pytest.mark.parametrize("by", BUCKETS)
def test_renders_every_bucket_size(screen: ChartsScreen, qtbot: Any, by: str,
                                   tmp_path: Path) -> None:
    screen.bucket.setCurrentIndex(BUCKETS.index(by))
    _wait_for(qtbot, screen, lambda r: r.by == by)
    data = screen.drawer.data
    assert data is not None and data.series is not None and not data.empty
    bars = screen.drawer._layers[0]
    assert bars.get_visible()
    assert len(bars.get_paths()) == sum(1 for b in data.series.buckets if b.count)
    assert screen.drawer.ax.get_visible() and not screen.drawer.empty_text.get_visible()
    shot = screen.canvas.grab().toImage()
    colours = {shot.pixelColor(x, y).name() for x in range(0, shot.width(), 7)
               for y in range(0, shot.height(), 7)}
    assert "#0072b2" in colours  # the bars are really painted in the canvas


def test_hover_shows_the_bucket_count_and_sum(screen: ChartsScreen, qtbot: Any) -> None:
    data = screen.drawer.data
    assert data is not None and data.series is not None
    bucket = next(b for b in data.series.buckets if b.bucket == "2026-09-14")
    x = float(mdates.date2num(datetime(2026, 9, 14, 12)))
    pos = _to_widget(screen, screen.drawer.ax, x, bucket.count / 2)
    qtbot.mouseMove(screen.canvas, pos)
    qtbot.waitUntil(lambda: screen.status.text().startswith("2026-09-14:"), timeout=3000)
    assert f"{bucket.count} swipes" in screen.status.text()
    assert "¥" in screen.status.text()


def test_click_on_a_bar_navigates_to_its_transactions(screen: ChartsScreen, ctx: Any,
                                                      qtbot: Any) -> None:
    screen.filter_field.setCurrentIndex(screen.filter_field.findData("type"))
    screen.filter_value.setEditText("sale")
    _wait_for(qtbot, screen, lambda r: r.filters.type == "sale")
    data = screen.drawer.data
    assert data is not None and data.series is not None
    bucket = next(b for b in data.series.buckets if b.bucket == "2026-09-14")
    pos = _to_widget(screen, screen.drawer.ax,
                     float(mdates.date2num(datetime(2026, 9, 14, 12))), bucket.count / 2)
    with qtbot.waitSignal(ctx.navigate, timeout=3000) as blocker:
        qtbot.mouseClick(screen.canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["transactions", {"from": "2026-09-14T00:00:00",
                                             "to": "2026-09-15T00:00:00", "type": "sale"}]


def test_click_through_filters_the_transactions_table(imported: Any, window: Any,
                                                      qtbot: Any) -> None:
    pytest.importorskip("shopguard.gui.screens.transactions")
    screen = window.show_screen("charts")
    screen.resize(1100, 650)
    _wait_for(qtbot, screen, lambda r: r.by == "day")
    data = screen.drawer.data
    bucket = next(b for b in data.series.buckets if b.bucket == "2026-09-14")
    pos = _to_widget(screen, screen.drawer.ax,
                     float(mdates.date2num(datetime(2026, 9, 14, 12))), bucket.count / 2)
    qtbot.mouseClick(screen.canvas, Qt.MouseButton.LeftButton, pos=pos)
    table = window.screen_widget("transactions")
    assert window.stack.currentWidget() is table
    qtbot.waitUntil(lambda: table.model.rowCount() == bucket.count, timeout=5000)
    model = table.table.model()
    times = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert times and all(t.startswith("2026-09-14") for t in times)  # the Time column


def test_empty_period_says_so(screen: ChartsScreen, qtbot: Any) -> None:
    screen.apply_filter({"from": "2025-01-01", "to": "2025-02-01"})
    _wait_for(qtbot, screen, lambda r: r.date_from == date(2025, 1, 1))
    assert screen.drawer.data is not None and screen.drawer.data.empty
    assert screen.drawer.empty_text.get_visible()
    assert screen.drawer.empty_text.get_text() == "No transactions in this period"
    assert not screen.drawer.ax.get_visible()
    assert screen.status.text() == "No transactions in this period."
    assert screen.request().date_to == date(2025, 1, 31)  # `to` is exclusive in navigate


def test_heatmap_and_stacking_views(screen: ChartsScreen, qtbot: Any) -> None:
    screen.kind.setCurrentIndex(screen.kind.findData("heatmap"))
    _wait_for(qtbot, screen, lambda r: r.kind == "heatmap")
    assert screen.drawer.ax_heat.get_visible() and not screen.drawer.ax.get_visible()
    assert not screen.bucket.isEnabled()
    screen.kind.setCurrentIndex(screen.kind.findData("amount"))
    screen.stack.setCurrentIndex(screen.stack.findData("terminal"))
    _wait_for(qtbot, screen, lambda r: r.kind == "amount" and r.stack_by == "terminal")
    legend = [t.get_text() for t in screen.drawer.ax.get_legend().get_texts()]
    assert "Daily limit" in legend and len([c for c in screen.drawer._layers
                                            if c.get_visible()]) == 2


@pytest.mark.parametrize("ext", ["png", "svg", "pdf"])
def test_export_writes_a_valid_file(screen: ChartsScreen, tmp_path: Path, ext: str) -> None:
    path = screen.export_to(tmp_path / f"chart.{ext}")
    assert path is not None
    data = path.read_bytes()
    if ext == "png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
    elif ext == "svg":
        assert ET.fromstring(data).tag.endswith("svg")
    else:
        assert data[:5] == b"%PDF-" and len(PdfReader(path).pages) == 1
    assert str(path) in screen.status.text()


def test_language_switch_redraws_in_chinese(screen: ChartsScreen, ctx: Any, qtbot: Any) -> None:
    ctx.set_language("zh_CN")
    screen.retranslate()
    assert screen.title() == "图表"
    assert screen.drawer.ax.get_title(loc="left").startswith("每天刷卡笔数")
    assert screen.kind.itemText(0) == "刷卡笔数"


def test_period_presets(screen: ChartsScreen) -> None:
    today = date(2026, 9, 15)
    assert period_dates("7d", today) == (date(2026, 9, 9), today)
    assert period_dates("last_month", today) == (date(2026, 8, 1), date(2026, 8, 31))
    assert period_dates("all", today) == (None, None)
    assert set(PERIODS) >= {"all", "custom"}
    assert screen.request() == ChartRequest(by="day", kind="count")


def test_click_with_a_card_filter_opens_that_cards_rows(imported: Any, window: Any,
                                                        qtbot: Any) -> None:
    pytest.importorskip("shopguard.gui.screens.transactions")
    db = imported
    last4, day, n = db.conn.execute(
        "SELECT substr(card, -4), substr(occurred_at, 1, 10), count(*) FROM transactions "
        "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1").fetchone()
    screen = window.show_screen("charts")
    screen.resize(1100, 650)
    screen.filter_field.setCurrentIndex(screen.filter_field.findData("card"))
    screen.filter_value.setEditText(f"****{last4}")
    _wait_for(qtbot, screen, lambda r: r.filters.card_last4 == last4)
    bucket = next(b for b in screen.drawer.data.series.buckets if b.bucket == day)
    assert bucket.count == n
    pos = _to_widget(screen, screen.drawer.ax,
                     float(mdates.date2num(datetime.fromisoformat(day).replace(hour=12))),
                     n / 2)
    qtbot.mouseClick(screen.canvas, Qt.MouseButton.LeftButton, pos=pos)
    table = window.screen_widget("transactions")
    assert window.stack.currentWidget() is table
    qtbot.waitUntil(lambda: table.model.rowCount() == n, timeout=5000)


def test_a_currency_choice_appears_with_a_second_currency(screen: ChartsScreen, qtbot: Any,
                                                          sample: Any) -> None:
    from shopguard.core.changes import Changes
    from shopguard.core.importing.importer import import_file

    assert not screen.currency_box.isVisibleTo(screen)  # one currency: nothing to choose
    assert import_file(screen.ctx.read_db(), sample("stripe.csv")).ok
    screen.on_changes(Changes.IMPORTS)
    qtbot.waitUntil(lambda: screen.drawer.data is not None
                    and len(screen.drawer.data.currencies) == 2, timeout=10_000)
    assert screen.currency_box.isVisibleTo(screen)
    assert screen.drawer.data.currency == "CNY"  # the main one
    screen.kind.setCurrentIndex(screen.kind.findData("amount"))
    screen.currency_box.setCurrentIndex(screen.currency_box.findData("USD"))
    _wait_for(qtbot, screen, lambda r: r.currency == "USD" and r.kind == "amount")
    data = screen.drawer.data
    assert data is not None and data.currency == "USD" and data.series is not None
    assert data.series.total_amount_minor == screen.ctx.read_db().conn.execute(
        "SELECT sum(amount_minor) FROM transactions WHERE status = 'success'"
        " AND currency = 'USD'").fetchone()[0]
