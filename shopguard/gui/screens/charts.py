"""Charts: swipes over time (count or amount, stacked or filtered) and the weekday × hour map.

One matplotlib `Figure` lives for the screen's lifetime on a `backend_qtagg.FigureCanvas`;
`shopguard.charts.draw.ChartDrawer` updates its artists and the canvas redraws with
``draw_idle()``. The SQL aggregation runs through `ctx.ops` (a worker thread); a result that
arrives after a newer request was made is dropped. Hover shows the bucket's count and sum;
a click on a bar or an alert marker opens the Transactions screen filtered to it.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from shopguard.charts.labels import ChartLabels
from shopguard.core import clock
from shopguard.core.changes import Changes
from shopguard.core.insights import (
    BUCKETS,
    STACK_KEYS,
    ChartData,
    ChartRequest,
    Filters,
    StatsError,
    load_chart_data,
    navigate_filters,
)
from shopguard.core.store import Database
from shopguard.gui.context import AppContext
from shopguard.gui.fonts import use_in_matplotlib
from shopguard.gui.ops import OpContext
from shopguard.gui.screens import Screen

if TYPE_CHECKING:
    from matplotlib.backend_bases import MouseEvent

    from shopguard.charts.draw import Hit

# matplotlib (about a second to import) and the drawing code load when the screen is built,
# not when the screens are discovered at start-up.

PERIODS = ("all", "7d", "30d", "this_month", "last_month", "this_year", "custom")
KINDS = ("count", "amount", "heatmap")
FILTER_FIELDS = ("", "terminal", "card", "operator", "type", "status")
_FILTER_SQL = {"terminal": "terminal_id", "card": "substr(card, -4)", "operator": "operator",
               "type": "type", "status": "status"}
_NAV_KEYS = {"terminal_id": "terminal", "card": "card", "operator": "operator", "type": "type",
             "status": "status"}
REDRAW_DELAY_MS = 120  # controls changing in quick succession make one query


def filter_values(db: Database, field: str) -> list[str]:
    """The distinct values of a filter field (for the value drop-down), most used first."""
    if field not in _FILTER_SQL:
        return []
    expr = _FILTER_SQL[field]
    return [str(r[0]) for r in db.conn.execute(
        f"SELECT {expr} AS v, count(*) AS n FROM transactions WHERE {expr} != '' "
        "GROUP BY v ORDER BY n DESC, v LIMIT 200")]


def _qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def period_dates(preset: str, today: date) -> tuple[date | None, date | None]:
    """(from, to inclusive) of a period preset; None = up to the data's first/last day."""
    if preset == "7d":
        return today - timedelta(days=6), today
    if preset == "30d":
        return today - timedelta(days=29), today
    if preset == "this_month":
        return today.replace(day=1), today
    if preset == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if preset == "this_year":
        return today.replace(month=1, day=1), today
    return None, None


class ChartsScreen(Screen):
    key = "charts"
    order = 30

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg as FigureCanvas
        from matplotlib.figure import Figure

        from shopguard.charts.draw import ChartDrawer
        from shopguard.gui.chart_toolbar import ChartToolbar

        use_in_matplotlib()  # the bundled CJK font, shared with the CLI's charts
        self._generation = 0
        self._last_hit: Hit | None = None
        self._build_controls()
        self.figure = Figure(figsize=(8, 4.5), dpi=100)
        self.canvas = FigureCanvas(self.figure)
        self.canvas.setObjectName("chartCanvas")
        self.canvas.setMinimumHeight(260)
        self.drawer = ChartDrawer(self.figure)
        self.toolbar = ChartToolbar(self.canvas, self)
        self.status = QLabel()
        self.status.setObjectName("chartStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(self.controls_row1)
        layout.addLayout(self.controls_row2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._connect_controls()
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.retranslate()
        self._fill_filter_values()
        self.reload()

    # ------------------------------------------------------------------------ controls

    def _combo(self, name: str, keys: tuple[str, ...]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for k in keys:
            box.addItem(k, k)
        return box

    def _build_controls(self) -> None:
        self.period_label, self.bucket_label, self.kind_label = QLabel(), QLabel(), QLabel()
        self.stack_label, self.filter_label = QLabel(), QLabel()
        self.period = self._combo("periodCombo", PERIODS)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for name, edit in (("dateFrom", self.date_from), ("dateTo", self.date_to)):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_to_qdate(clock.now().date()))
        self.bucket = self._combo("bucketCombo", BUCKETS)
        self.bucket.setCurrentIndex(BUCKETS.index("day"))
        self.kind = self._combo("kindCombo", KINDS)
        self.stack = self._combo("stackCombo", ("", *STACK_KEYS))
        self.filter_field = self._combo("filterField", FILTER_FIELDS)
        self.filter_value = QComboBox()
        self.filter_value.setObjectName("filterValue")
        self.filter_value.setEditable(True)
        self.filter_value.setMinimumContentsLength(10)
        # Shown only when the data holds several currencies: amounts are never added across
        # currencies, so the chart shows one (the main one unless chosen here).
        self.currency_label = QLabel()
        self.currency_box = QComboBox()
        self.currency_box.setObjectName("currencyBox")
        self.currency_box.addItem("", "")
        self.currency_label.setVisible(False)
        self.currency_box.setVisible(False)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_dialog)

        row1 = QHBoxLayout()
        for w in (self.period_label, self.period, self.date_from, self.date_to, self.bucket_label,
                  self.bucket, self.kind_label, self.kind):
            row1.addWidget(w)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for w in (self.stack_label, self.stack, self.filter_label, self.filter_field,
                  self.filter_value, self.currency_label, self.currency_box):
            row2.addWidget(w)
        row2.addStretch(1)
        row2.addWidget(self.export_button)
        self.controls_row1, self.controls_row2 = row1, row2
        self._sync_enabled()

    def _connect_controls(self) -> None:
        for box in (self.period, self.bucket, self.kind, self.stack, self.filter_field,
                    self.currency_box):
            box.currentIndexChanged.connect(self._controls_changed)
        self.filter_field.currentIndexChanged.connect(self._fill_filter_values)
        self.filter_value.currentTextChanged.connect(self._controls_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._dates_edited)

    def _controls_changed(self, *_args: Any) -> None:
        sender = self.sender()
        if sender is self.period:
            start, end = period_dates(self.period.currentData(), clock.now().date())
            for edit, value in ((self.date_from, start), (self.date_to, end)):
                if value is not None:
                    edit.blockSignals(True)
                    edit.setDate(_to_qdate(value))
                    edit.blockSignals(False)
        self._sync_enabled()
        self.schedule_reload()

    def _dates_edited(self, *_args: Any) -> None:
        if self.period.currentData() != "custom":
            self.period.blockSignals(True)
            self.period.setCurrentIndex(PERIODS.index("custom"))
            self.period.blockSignals(False)
        self._sync_enabled()
        self.schedule_reload()

    def _sync_enabled(self) -> None:
        heat = self.kind.currentData() == "heatmap"
        self.bucket.setEnabled(not heat)
        self.stack.setEnabled(not heat)
        self.filter_value.setEnabled(bool(self.filter_field.currentData()))

    def _fill_filter_values(self, *_args: Any) -> None:
        field = self.filter_field.currentData() or ""
        self.filter_value.blockSignals(True)
        self.filter_value.clear()
        self.filter_value.blockSignals(False)
        if field:
            self.ctx.ops.run(lambda db, _op: filter_values(db, field),
                             on_done=lambda values: self._set_filter_values(field, values))

    def _set_filter_values(self, field: str, values: list[str]) -> None:
        if self.filter_field.currentData() != field:
            return  # the user picked another field meanwhile
        typed = self.filter_value.currentText()  # keep what the user typed meanwhile
        self.filter_value.blockSignals(True)
        self.filter_value.clear()
        self.filter_value.addItems(values)
        self.filter_value.setCurrentIndex(-1)
        self.filter_value.setEditText(typed)
        self.filter_value.blockSignals(False)

    # ------------------------------------------------------------------------ request

    def request(self) -> ChartRequest:
        """The chart the controls describe."""
        preset = self.period.currentData()
        start: date | None = None
        end: date | None = None
        if preset != "all":
            start = _qdate(self.date_from.date())
            end = _qdate(self.date_to.date())
        field = self.filter_field.currentData() or ""
        value = self.filter_value.currentText().strip()
        if field == "card":
            value = value.strip("* ")[-4:]  # "****0118" or "0118"
        filters = Filters()
        if field and value:
            filters = Filters(**{{"terminal": "terminal_id", "card": "card_last4"}.get(
                field, field): value})
        stack = self.stack.currentData() or None
        return ChartRequest(by=self.bucket.currentData(), kind=self.kind.currentData(),
                            date_from=start, date_to=end, filters=filters, stack_by=stack,
                            currency=self.currency_box.currentData() or None)

    def schedule_reload(self) -> None:
        self._timer.start()

    def reload(self) -> None:
        """Query in the background; only the newest request's answer is drawn."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        request = self.request()

        def load(db: Database, _op: OpContext) -> ChartData:
            return load_chart_data(db, request)

        self.ctx.ops.run(load, on_done=lambda data: self._show(generation, data),
                         on_error=lambda exc: self._failed(generation, exc))

    def _show(self, generation: int, data: ChartData) -> None:
        if generation != self._generation:
            return
        if data.period is not None and self.period.currentData() == "all":
            shown = ((self.date_from, data.period.start.date()),
                     (self.date_to, (data.period.end - timedelta(days=1)).date()))
            for edit, value in shown:  # show which dates "all time" covers
                edit.blockSignals(True)
                edit.setDate(_to_qdate(value))
                edit.blockSignals(False)
        self._show_currencies(data)
        self.drawer.draw(data, self.labels())
        self.canvas.draw_idle()
        self.toolbar.update()  # the home view is the new chart
        self._show_status()

    def _show_currencies(self, data: ChartData) -> None:
        """The currency choice lists the period's currencies (shown when there are several)
        and shows the one drawn."""
        several = len(data.currencies) > 1
        box = self.currency_box
        box.blockSignals(True)
        wanted = box.currentData()
        box.clear()
        if several:
            for code in data.currencies:
                box.addItem(code, code)
            box.setCurrentIndex(max(0, box.findData(wanted or data.currency)))
        else:
            box.addItem(data.currency, "")  # nothing to choose: the request stays open
        box.blockSignals(False)
        for w in (self.currency_label, box):
            w.setVisible(several)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, StatsError):
            self.status.setText(str(exc))
        else:
            self.ctx.ops.show_error(self.tr("Drawing the chart"), exc)

    def labels(self) -> ChartLabels:
        return ChartLabels(getattr(self.ctx.translations, "language", "en"))

    def _show_status(self) -> None:
        data = self.drawer.data
        if data is None:
            self.status.setText(self.tr("Loading…"))
        elif data.period is None:
            self.status.setText(self.tr("No transactions yet: import a statement first."))
        elif data.empty:
            self.status.setText(self.tr("No transactions in this period."))
        elif data.heatmap is not None:
            self.status.setText(self.tr("Point at a cell to see its swipes and amount."))
        else:
            self.status.setText(self.tr("Point at a bar to see its swipes and amount; click it "
                                        "to open those transactions."))

    # ------------------------------------------------------------------------ mouse

    def _toolbar_busy(self) -> bool:
        return bool(str(getattr(self.toolbar, "mode", "")))  # zooming or panning

    def _hit_at(self, event: MouseEvent) -> Hit | None:
        if event.inaxes is None:
            return None
        for line in self.drawer._alert_lines.values():
            if line.get_visible():
                inside, info = line.contains(event)
                if inside and len(info.get("ind", [])):
                    return self.drawer.alert_hit(line, int(info["ind"][0]))
        return self.drawer.hit(event.xdata, event.ydata,
                               in_heatmap=event.inaxes is self.drawer.ax_heat)

    def _on_motion(self, event: Any) -> None:
        from matplotlib.backend_bases import MouseEvent

        hit = self._hit_at(event) if isinstance(event, MouseEvent) else None
        self._last_hit = hit
        if hit is None:
            QToolTip.hideText()
            self._show_status()
            return
        self.status.setText(hit.text)
        QToolTip.showText(QCursor.pos(), hit.text, self.canvas)

    def _on_press(self, event: Any) -> None:
        from matplotlib.backend_bases import MouseEvent

        if not isinstance(event, MouseEvent) or event.button != 1 or self._toolbar_busy():
            return
        hit = self._hit_at(event)
        if hit is not None and hit.filters:
            filters = navigate_filters(self.ctx.read_db(), dict(hit.filters))  # short read
            self.ctx.navigate.emit("transactions", filters)

    # ------------------------------------------------------------------------ export

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), str(Path.home() / "shopguard-chart.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        """Save the chart as shown (PNG/SVG/PDF by extension); a plain message on failure."""
        from shopguard.charts.export import ExportError, export_figure

        try:
            written = export_figure(self.figure, path)
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Export chart"), exc.text(QLocale().name()))
            return None
        self.status.setText(self.tr("Saved {path}").format(path=str(written)))
        return written

    # ------------------------------------------------------------------------ protocol

    def title(self) -> str:
        return self.tr("Charts")

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.TRANSACTIONS | Changes.IMPORTS | Changes.SETTINGS
                      | Changes.ALERTS):
            if changes & (Changes.TRANSACTIONS | Changes.IMPORTS):
                self._fill_filter_values()
            self.schedule_reload()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Show a period (``from``/``to`` ISO dates, ``to`` exclusive), a bucket (``by``),
        a kind and one field filter (``terminal_id``/``card``/``operator``/``type``/``status``)."""
        for edit, key, shift in ((self.date_from, "from", 0), (self.date_to, "to", -1)):
            if filters.get(key):
                value = date.fromisoformat(str(filters[key])[:10]) + timedelta(days=shift)
                if key == "to" and len(str(filters[key])) > 10 and str(filters[key])[11:] > "00":
                    value += timedelta(days=1)  # `to` mid-day: that day is still inside
                edit.blockSignals(True)
                edit.setDate(_to_qdate(value))
                edit.blockSignals(False)
        if filters.get("from") or filters.get("to"):
            self.period.blockSignals(True)
            self.period.setCurrentIndex(PERIODS.index("custom"))
            self.period.blockSignals(False)
        for box, key, options in ((self.bucket, "by", BUCKETS), (self.kind, "kind", KINDS)):
            if filters.get(key) in options:
                box.blockSignals(True)
                box.setCurrentIndex(options.index(filters[key]))
                box.blockSignals(False)
        for nav_key, field in _NAV_KEYS.items():
            if filters.get(nav_key):
                self.filter_field.blockSignals(True)
                self.filter_field.setCurrentIndex(FILTER_FIELDS.index(field))
                self.filter_field.blockSignals(False)
                self.filter_value.blockSignals(True)
                self.filter_value.setEditText(str(filters[nav_key]))
                self.filter_value.blockSignals(False)
                break
        self._sync_enabled()
        self.reload()

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Period"))
        self.bucket_label.setText(self.tr("Per"))
        self.kind_label.setText(self.tr("Show"))
        self.stack_label.setText(self.tr("Split by"))
        self.filter_label.setText(self.tr("Only"))
        self.currency_label.setText(self.tr("Currency"))
        self.currency_box.setToolTip(self.tr("Amounts in different currencies are never added "
                                             "up: the chart shows one currency at a time."))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the chart as PNG, SVG or PDF"))
        names = {
            "all": self.tr("All time"), "7d": self.tr("Last 7 days"),
            "30d": self.tr("Last 30 days"), "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"), "this_year": self.tr("This year"),
            "custom": self.tr("Chosen dates"),
            "hour": self.tr("hour"), "day": self.tr("day"), "week": self.tr("week"),
            "month": self.tr("month"),
            "count": self.tr("Number of swipes"), "amount": self.tr("Amount"),
            "heatmap": self.tr("Weekday × hour"),
            "": self.tr("(nothing)"), "terminal": self.tr("Terminal"),
            "card": self.tr("Card (last 4)"), "operator": self.tr("Operator"),
            "type": self.tr("Type"), "status": self.tr("Status"),
        }
        for box in (self.period, self.bucket, self.kind, self.stack, self.filter_field):
            for i in range(box.count()):
                box.setItemText(i, names.get(box.itemData(i), box.itemData(i)))
        self.toolbar.retranslate()
        line = self.filter_value.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("value"))
        if self.drawer.data is not None:
            self.drawer.draw(self.drawer.data, self.labels())
            self.canvas.draw_idle()
        self._show_status()


SCREEN = ChartsScreen
