"""The Transactions screen: filter bar, paged table, detail pane, totals, copy and export.

The parts live in their own modules: `transactions_model` (the paged SQL model),
`transactions_filters` (the bar), `transactions_detail` (the pane), `transactions_export`
(copy and export). This module lays them out and wires them together.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.changes import Changes
from shopguard.core.money import format_money
from shopguard.core.store import query
from shopguard.gui.ops import show_error
from shopguard.gui.screens import Screen
from shopguard.gui.screens.transactions_detail import TransactionDetail, related_rows
from shopguard.gui.screens.transactions_export import COPY_MAX, export_job, rows_as_tsv
from shopguard.gui.screens.transactions_filters import TransactionFilters, named
from shopguard.gui.screens.transactions_model import COLUMNS, MONEY_COLUMNS, TransactionsModel

HEADER_KEY = "transactions/header.v2"  # v2: the money moved next to the time
MAX_COLUMN_WIDTH = 360
WHOLE_COLUMNS = tuple(i for i, (c, _) in enumerate(COLUMNS)
                      if c in MONEY_COLUMNS or c == "occurred_at")


class TransactionsScreen(Screen):
    key = "transactions"
    order = 20

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._totals_generation = 0
        self._loaded = False
        self._layout_restored = False
        self._fit_on_show = False
        self.model = TransactionsModel(ctx.read_db(), self)
        self.model.background = lambda work, done: ctx.ops.run(
            lambda db, _op: work(db), on_done=done, label=self.tr("Sorting transactions"))

        self.filters = TransactionFilters(self)
        self.filters.changed.connect(self._filters_changed)
        # The bar's widgets, reachable from the screen (tests, shortcuts).
        self.search, self.debounce = self.filters.search, self.filters.debounce
        self.date_from, self.date_to = self.filters.date_from, self.filters.date_to
        self.terminal, self.type_box = self.filters.terminal, self.filters.type_box
        self.status_box, self.extra_label = self.filters.status_box, self.filters.extra_label
        self.clear_button = self.filters.clear_button

        self.table = named(QTableView(), "transactionsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizing: 1M rows
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setResizeContentsPrecision(0)  # size columns from the rows on screen only
        hh.setStretchLastSection(True)
        hh.setSortIndicator(self.model.sort_section(), Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        # Money and time must never be cut off: widen their columns to the rows on screen
        # whenever other rows come into view (a page of larger amounts further down).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_whole_columns)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_timer.start())
        hh.sectionResized.connect(self._section_resized)

        self.detail = TransactionDetail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 280])

        self.totals_label = named(QLabel(), "totals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label.setWordWrap(True)  # one line per currency; never widens the window
        self.totals_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self.copy_button = named(QPushButton(), "copy")
        self.copy_button.clicked.connect(self.copy_selection)
        self.csv_button = named(QPushButton(), "exportCsv")
        self.csv_button.clicked.connect(lambda: self.export_dialog("csv"))
        self.xlsx_button = named(QPushButton(), "exportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export_dialog("xlsx"))
        foot = QHBoxLayout()
        foot.addWidget(self.totals_label, 1)
        for b in (self.copy_button, self.csv_button, self.xlsx_button):
            foot.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(foot)

        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selection)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.last_export: Path | None = None
        self.model.reloaded.connect(self._after_reload)
        self.model.busy_changed.connect(self._on_busy)
        self._restore_layout()
        self.retranslate()
        self.filters.fill_combos(self.ctx.read_db())
        self._filters_changed()

    # -- layout -----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        """Splitter and column widths/order/sort as the user left them (QSettings)."""
        qs = self.ctx.qsettings()
        splitter = qs.value("transactions/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = qs.value(HEADER_KEY)
        if header is not None:
            self._layout_restored = bool(self.table.horizontalHeader().restoreState(header))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self.save_layout)
        self.splitter.splitterMoved.connect(lambda *_a: self._save_timer.start())
        hh = self.table.horizontalHeader()
        for sig in (hh.sectionResized, hh.sectionMoved, hh.sortIndicatorChanged):
            sig.connect(lambda *_a: self._save_timer.start())

    def save_layout(self) -> None:
        qs = self.ctx.qsettings()
        qs.setValue("transactions/splitter", self.splitter.saveState())
        qs.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def fit_columns(self) -> None:
        """Every column as wide as the rows on screen need, up to a sanity cap; the money
        sits left of the long ids, so nothing pushes it out of sight. Only when shown: a
        hidden view would measure its first thousand rows instead of the screenful."""
        if not self.table.isVisible():
            self._fit_on_show = True
            return
        self._fit_on_show = False
        self.table.resizeColumnsToContents()
        for i in range(len(COLUMNS) - 1):
            self.table.setColumnWidth(i, min(self.table.columnWidth(i), MAX_COLUMN_WIDTH))
        self.fit_whole_columns()

    def fit_whole_columns(self) -> None:
        """Widen the money and time columns to what the rows on screen need (never narrower:
        a user's wider choice stays)."""
        if not self.table.isVisible():
            return
        header = self.table.horizontalHeader()
        for i in WHOLE_COLUMNS:
            need = max(self.table.sizeHintForColumn(i), header.sectionSizeHint(i))
            if header.sectionSize(i) < need:
                header.resizeSection(i, need)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_columns if self._fit_on_show else self.fit_whole_columns)

    def _section_resized(self, index: int, _old: int, new: int) -> None:
        if index in WHOLE_COLUMNS and self.table.isVisible() \
                and new < self.table.sizeHintForColumn(index):
            self._fit_timer.start()  # dragged narrower than its amounts: back to whole

    # -- filters ----------------------------------------------------------------------------

    def current_filter(self) -> query.TxnFilter:
        return self.filters.current()

    def _filters_changed(self) -> None:
        self.model.set_filter(self.filters.current())

    def clear_filters(self) -> None:
        self.filters.clear()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Open filtered (from charts, alerts): `from`, `to` (exclusive), `terminal_id`,
        `card`, `operator`, `type`, `status`, `ids`."""
        try:
            f = query.TxnFilter.from_navigate(filters)
        except query.FilterError as exc:
            show_error(self, self.tr("Filter"), exc)
            return
        self.filters.show_filter(f)
        # Exact times (a chart's hour bucket) are kept as given, not rounded to days.
        self.model.set_filter(self.filters.current().with_(date_from=f.date_from,
                                                           date_to=f.date_to))

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.totals_label.setText(self.tr("Sorting…"))

    def _after_reload(self) -> None:
        if not self._loaded and not self._layout_restored:
            QTimer.singleShot(0, self.fit_columns)
        else:
            self._fit_timer.start()
        self._loaded = True
        self.filters.show_extra(self.model.filter)
        self._refresh_totals()
        self._show_detail()

    # -- totals (off the UI thread: a million-row sum takes a second) -----------------------

    def _refresh_totals(self) -> None:
        self._totals_generation += 1
        generation = self._totals_generation
        f = self.model.filter
        count = self.model.rowCount()
        self.totals_label.setText(self.tr("%n transaction(s)", "", count))

        def done(result: list[query.Totals]) -> None:
            if generation == self._totals_generation:
                self.totals_label.setText(self._totals_text(count, result))

        self.ctx.ops.run(lambda db, _op: query.totals(db, f), on_done=done,
                         on_error=lambda _e: None)

    def _totals_text(self, count: int, totals: list[query.Totals]) -> str:
        """The count, then one line per currency (amounts are never added across
        currencies)."""
        lines = [self.tr("%n transaction(s)", "", count)]
        for t in totals:
            line = self.tr("sales {sales} · voids {voids} · refunds {refunds} · "
                           "net {net}").format(
                sales=format_money(t.sales_minor, t.currency),
                voids=format_money(t.voids_minor, t.currency),
                refunds=format_money(t.refunds_minor, t.currency),
                net=format_money(t.net_minor, t.currency))
            if t.failed:
                line += " · " + self.tr("%n failed", "", t.failed)
            lines.append(line)
        if len(lines) == 2:
            return " · ".join(lines)
        return "\n".join(lines)

    # -- detail pane ------------------------------------------------------------------------

    def _show_detail(self, *_args: Any) -> None:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        related = related_rows(self.ctx.read_db(), row) if row is not None else []
        self.detail.show_row(row, related)

    # -- copy and export --------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def copy_selection(self) -> str:
        """Copy the selected rows as tab-separated text with a header (pastes into Excel)."""
        rows = self.selected_rows()
        if not rows:
            return ""
        if len(rows) > COPY_MAX:
            show_error(self, self.tr("Copy"), ValueError(self.tr(
                "{n} rows are too many to copy; export them instead.").format(n=len(rows))))
            return ""
        text = rows_as_tsv(self.model, rows)
        QGuiApplication.clipboard().setText(text)
        return text

    def export_dialog(self, kind: str) -> None:
        caption = self.tr("Export transactions")
        pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr(
            "Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, caption, f"transactions.{kind}", pattern)
        if path:
            if not path.lower().endswith("." + kind):
                path += "." + kind
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> Any:
        """Export the filtered rows in the table's order (in the background)."""
        def done(n: int) -> None:
            self.last_export = path
            self.totals_label.setToolTip(self.tr("Exported {n} rows to {path}").format(
                n=n, path=str(path)))

        return self.ctx.ops.run(export_job(self.model, path, kind), on_done=done,
                                label=self.tr("Exporting to {name}").format(name=path.name),
                                cancellable=True)

    # -- protocol ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Transactions")

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.TRANSACTIONS | Changes.IMPORTS):
            self.filters.fill_combos(self.ctx.read_db())
            self.model.reload()

    def retranslate(self) -> None:
        self.filters.retranslate()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected rows (Ctrl+C)"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        if hasattr(self, "model") and self._loaded:
            self.filters.fill_combos(self.ctx.read_db())
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            self.model.layoutChanged.emit()
            self.filters.show_extra(self.model.filter)
            self._refresh_totals()
            self._show_detail()


SCREEN = TransactionsScreen
