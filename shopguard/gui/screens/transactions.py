"""The Transactions screen: a paged table over SQLite, filters, copy, export, a detail pane.

`TransactionsModel` never holds the table in memory. Sorting and filtering happen in SQL
(`shopguard.core.query`); the model keeps a small cache of 200-row pages. When the sort has an
index and the result is large it pages by OFFSET (from whichever end is nearer) or by key after
the previous page; otherwise it keeps the sorted id list (8 bytes a row, Anki's browser) and
reads pages by id.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from shopguard.core import export, query
from shopguard.core.changes import Changes
from shopguard.core.money import format_money
from shopguard.core.pan import is_pan, mask_pan
from shopguard.gui.ops import OpContext, show_error
from shopguard.gui.screens import Screen

PAGE = 200
MAX_PAGES = 60              # cached pages (12,000 rows)
ID_LIST_MAX = 300_000       # up to this many rows, keep the sorted id list
COPY_MAX = 100_000          # more than this: export instead of copying
_IDX = query.COLUMN_INDEX
_NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum shows as "any"


def type_label(value: str) -> str:
    labels = {
        "sale": QCoreApplication.translate("TransactionsModel", "Sale"),
        "void": QCoreApplication.translate("TransactionsModel", "Void"),
        "refund": QCoreApplication.translate("TransactionsModel", "Refund"),
        "preauth": QCoreApplication.translate("TransactionsModel", "Pre-auth"),
        "preauth_complete": QCoreApplication.translate("TransactionsModel", "Pre-auth completion"),
        "reversal": QCoreApplication.translate("TransactionsModel", "Reversal"),
        "other": QCoreApplication.translate("TransactionsModel", "Other"),
    }
    return labels.get(value, value)


def status_label(value: str) -> str:
    labels = {"success": QCoreApplication.translate("TransactionsModel", "Success"),
              "failed": QCoreApplication.translate("TransactionsModel", "Failed")}
    return labels.get(value, value)


def card_text(card: str) -> str:
    """A stored card is masked already; mask again should anything ever slip through."""
    return mask_pan(card) if card and is_pan(card) else card


# (result column, header) — headers translated when asked for.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("occurred_at", "Time"),
    ("terminal_id", "Terminal"),
    ("card", "Card"),
    ("type", "Type"),
    ("status", "Status"),
    ("amount_minor", "Amount"),
    ("fee_minor", "Fee"),
    ("net_minor", "Net"),
    ("reference_no", "Reference"),
    ("voucher_no", "Voucher"),
    ("auth_code", "Auth code"),
    ("operator", "Operator"),
    ("order_no", "Order"),
)
_MONEY = {"amount_minor", "fee_minor", "net_minor"}


def _header(text: str) -> str:
    headers = {
        "Time": QCoreApplication.translate("TransactionsModel", "Time"),
        "Terminal": QCoreApplication.translate("TransactionsModel", "Terminal"),
        "Card": QCoreApplication.translate("TransactionsModel", "Card"),
        "Type": QCoreApplication.translate("TransactionsModel", "Type"),
        "Status": QCoreApplication.translate("TransactionsModel", "Status"),
        "Amount": QCoreApplication.translate("TransactionsModel", "Amount"),
        "Fee": QCoreApplication.translate("TransactionsModel", "Fee"),
        "Net": QCoreApplication.translate("TransactionsModel", "Net"),
        "Reference": QCoreApplication.translate("TransactionsModel", "Reference"),
        "Voucher": QCoreApplication.translate("TransactionsModel", "Voucher"),
        "Auth code": QCoreApplication.translate("TransactionsModel", "Auth code"),
        "Operator": QCoreApplication.translate("TransactionsModel", "Operator"),
        "Order": QCoreApplication.translate("TransactionsModel", "Order"),
    }
    return headers[text]


def cell_text(row: tuple[Any, ...], column: str) -> str:
    value = row[_IDX[column]]
    if column in _MONEY:
        return "" if value is None else format_money(value, row[_IDX["currency"]])
    if column == "occurred_at":
        return str(value).replace("T", " ")
    if column == "card":
        return card_text(value)
    if column == "type":
        return type_label(value)
    if column == "status":
        return status_label(value)
    return "" if value is None else str(value)


class TransactionsModel(QAbstractTableModel):
    """Rows of the filtered, sorted transactions, fetched a page at a time."""

    busy_changed = Signal(bool)   # a background sort started / finished
    reloaded = Signal()           # new rows (filter, sort or data changed)

    def __init__(self, db: Database, parent: Any = None):
        super().__init__(parent)
        self._db = db
        self._filter = query.TxnFilter()
        self._sort = "occurred_at"
        self._desc = True
        self._total = 0
        self._ids: Any = None  # array('q') in id-list mode
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self.mode = "offset"
        self._generation = 0
        self._busy = False
        self.busy_changed.connect(self._set_busy)
        # fn(work, done): run work(db) off the UI thread, then done(result) on it.
        self.background: Callable[[Callable[[Database], Any], Callable[[Any], None]],
                                  Any] | None = None

    # -- state ------------------------------------------------------------------------------

    @property
    def filter(self) -> query.TxnFilter:
        return self._filter

    @property
    def sort_column(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._desc

    def set_db(self, db: Database) -> None:
        self._db = db
        self.reload()

    def set_filter(self, f: query.TxnFilter) -> None:
        f.validate()
        self._filter = f
        self.reload()

    def reload(self) -> None:
        """Re-run the query (after a filter, sort or data change).

        A large result in an order no index gives needs one full sort (seconds on a million
        rows): with a `background` runner set, that sort runs off the UI thread and the table
        keeps its old rows (and `busy` is true) until it lands.
        """
        self._generation += 1
        total = query.count(self._db, self._filter)
        f, sort, desc = self._filter, self._sort, self._desc
        if total <= ID_LIST_MAX or sort in query.INDEXED_SORTS or self.background is None:
            ids = None
            if total <= ID_LIST_MAX or sort not in query.INDEXED_SORTS:
                ids = query.ids(self._db, f, sort, desc)
            self._apply(total, ids)
            return
        generation = self._generation
        self.busy_changed.emit(True)

        def done(ids: Any) -> None:
            if generation == self._generation:
                self._apply(len(ids), ids)
                self.busy_changed.emit(False)

        self.background(lambda db: query.ids(db, f, sort, desc), done)

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy

    def _apply(self, total: int, ids: Any) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._ids = ids
        self._total = total if ids is None else len(ids)
        self.mode = "offset" if ids is None else "ids"
        self.endResetModel()
        self.reloaded.emit()

    def row(self, r: int) -> tuple[Any, ...] | None:
        """The full result row (`query.COLUMNS`) at table row `r`."""
        if not 0 <= r < self._total:
            return None
        p = r // PAGE
        page = self._pages.get(p)
        if page is None:
            page = self._fetch(p)
            self._pages[p] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(p)
        i = r - p * PAGE
        return page[i] if i < len(page) else None

    def _fetch(self, p: int) -> list[tuple[Any, ...]]:
        start = p * PAGE
        if self._ids is not None:
            return query.rows_by_id(self._db, self._ids[start:start + PAGE])
        prev = self._pages.get(p - 1)
        if prev and len(prev) == PAGE and query.keyset_supported(self._sort):
            return query.page_after(self._db, self._filter, self._sort, self._desc, prev[-1],
                                    PAGE)
        return query.page(self._db, self._filter, self._sort, self._desc, start, PAGE,
                          total=self._total)

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _header(COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in _MONEY:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row(index.row())
            return None if row is None else cell_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in _MONEY:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row(index.row())
            if row is None:
                return None
            if row[_IDX["status"]] == "failed":
                return QBrush(QColor(130, 130, 130))
            if column in ("amount_minor", "net_minor", "type") and row[_IDX["type"]] in (
                    "void", "refund", "reversal"):
                return QBrush(QColor(178, 34, 34))
            return None
        if role == Qt.ItemDataRole.UserRole:
            row = self.row(index.row())
            return None if row is None else row[_IDX["id"]]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        if key not in query.SORTABLE:
            return
        self._sort, self._desc = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_section(self) -> int:
        return next(i for i, (c, _) in enumerate(COLUMNS) if c == self._sort)


class TransactionsScreen(Screen):
    key = "transactions"
    order = 20

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._totals_generation = 0
        self._loaded = False
        self._layout_restored = False
        self.model = TransactionsModel(ctx.read_db(), self)
        self.model.background = lambda work, done: ctx.ops.run(
            lambda db, _op: work(db), on_done=done, label=self.tr("Sorting transactions"))

        self.date_from = self._date_edit("dateFrom")
        self.date_to = self._date_edit("dateTo")
        self.terminal = _named(QComboBox(), "terminal")
        self.type_box = _named(QComboBox(), "type")
        self.status_box = _named(QComboBox(), "status")
        self.search = _named(QLineEdit(), "search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        for box in (self.terminal, self.type_box, self.status_box):
            box.currentIndexChanged.connect(self._filters_changed)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._filters_changed)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.clear_button = _named(QPushButton(), "clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for w in (self.from_label, self.date_from, self.to_label, self.date_to, self.terminal,
                  self.type_box, self.status_box, self.clear_button):
            bar.addWidget(w)
        self.extra_label = _named(QLabel(), "extraFilters")
        self.extra_label.setWordWrap(True)

        self.table = _named(QTableView(), "transactionsTable")
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
        hh.setStretchLastSection(True)
        hh.setSortIndicator(self.model.sort_section(), Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        self.detail = _named(QTextBrowser(), "detail")
        self.detail.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 280])

        self.totals_label = _named(QLabel(), "totals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = _named(QPushButton(), "copy")
        self.copy_button.clicked.connect(self.copy_selection)
        self.csv_button = _named(QPushButton(), "exportCsv")
        self.csv_button.clicked.connect(lambda: self.export_dialog("csv"))
        self.xlsx_button = _named(QPushButton(), "exportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export_dialog("xlsx"))
        foot = QHBoxLayout()
        foot.addWidget(self.totals_label, 1)
        for b in (self.copy_button, self.csv_button, self.xlsx_button):
            foot.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.extra_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(foot)

        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selection)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._extra = query.TxnFilter()  # navigate-only filters: card, operator, ids
        self.last_export: Path | None = None
        self.model.reloaded.connect(self._after_reload)
        self.model.busy_changed.connect(self._on_busy)
        self._restore_layout()
        self.retranslate()
        self._fill_combos()
        self._filters_changed()

    # -- building blocks --------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = _named(QDateEdit(), name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setDate(_NO_DATE)
        return edit

    def _fill_combos(self) -> None:
        db = self.ctx.read_db()
        self._set_items(self.terminal, [(self.tr("All terminals"), "")] + [
            (t, t) for t in query.distinct_values(db, "terminal_id")])
        self._set_items(self.type_box, [(self.tr("All types"), "")] + [
            (type_label(t), t) for t in ("sale", "void", "refund", "preauth",
                                         "preauth_complete", "reversal", "other")])
        self._set_items(self.status_box, [(self.tr("All statuses"), ""),
                                          (status_label("success"), "success"),
                                          (status_label("failed"), "failed")])

    @staticmethod
    def _set_items(box: QComboBox, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, value in items:
            box.addItem(text, value)
        i = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(i, 0))
        box.blockSignals(False)

    def _restore_layout(self) -> None:
        """Splitter and column widths/order/sort as the user left them (QSettings)."""
        qs = self.ctx.qsettings()
        splitter = qs.value("transactions/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = qs.value("transactions/header")
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
        qs.setValue("transactions/header", self.table.horizontalHeader().saveState())

    def fit_columns(self) -> None:
        """Widths from the rows on screen (never the whole table), capped so a long payer id
        does not push the amounts out of sight."""
        self.table.resizeColumnsToContents()
        for i in range(len(COLUMNS) - 1):
            self.table.setColumnWidth(i, min(self.table.columnWidth(i), 190))

    # -- filters ----------------------------------------------------------------------------

    def current_filter(self) -> query.TxnFilter:
        d_from = self.date_from.date()
        d_to = self.date_to.date()
        return self._extra.with_(
            date_from=None if d_from == _NO_DATE else d_from.toString("yyyy-MM-dd"),
            date_to=None if d_to == _NO_DATE else d_to.addDays(1).toString("yyyy-MM-dd"),
            terminal_id=self.terminal.currentData() or None,
            type=self.type_box.currentData() or None,
            status=self.status_box.currentData() or None,
            search=self.search.text().strip(),
        )

    def _filters_changed(self) -> None:
        self.debounce.stop()
        self.model.set_filter(self.current_filter())

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.totals_label.setText(self.tr("Sorting…"))

    def _after_reload(self) -> None:
        if not self._loaded and not self._layout_restored:
            QTimer.singleShot(0, self.fit_columns)
        self._loaded = True
        self._show_extra()
        self._refresh_totals()
        self._show_detail()

    def clear_filters(self) -> None:
        self._extra = query.TxnFilter()
        for w in (self.search, self.date_from, self.date_to, self.terminal, self.type_box,
                  self.status_box):
            w.blockSignals(True)
        self.search.clear()
        self.date_from.setDate(_NO_DATE)
        self.date_to.setDate(_NO_DATE)
        for box in (self.terminal, self.type_box, self.status_box):
            box.setCurrentIndex(0)
        for w in (self.search, self.date_from, self.date_to, self.terminal, self.type_box,
                  self.status_box):
            w.blockSignals(False)
        self._filters_changed()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Open filtered (from charts, alerts): `from`, `to` (exclusive), `terminal_id`,
        `card`, `operator`, `type`, `status`, `ids`."""
        try:
            f = query.TxnFilter.from_navigate(filters)
        except query.FilterError as exc:
            show_error(self, self.tr("Filter"), exc)
            return
        self._extra = query.TxnFilter(card=f.card, operator=f.operator, ids=f.ids)
        widgets = (self.search, self.date_from, self.date_to, self.terminal, self.type_box,
                   self.status_box)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.date_from.setDate(_qdate(f.date_from) if f.date_from else _NO_DATE)
        # `to` is exclusive; the date edit shows the last day included.
        self.date_to.setDate(_qdate_to(f.date_to) if f.date_to else _NO_DATE)
        if f.terminal_id and self.terminal.findData(f.terminal_id) < 0:
            self.terminal.addItem(f.terminal_id, f.terminal_id)
        for box, value in ((self.terminal, f.terminal_id), (self.type_box, f.type),
                           (self.status_box, f.status)):
            box.setCurrentIndex(max(box.findData(value or ""), 0))
        for w in widgets:
            w.blockSignals(False)
        # Exact times (a chart's hour bucket) are kept as given, not rounded to days.
        self.model.set_filter(self.current_filter().with_(date_from=f.date_from,
                                                          date_to=f.date_to))

    def _show_extra(self) -> None:
        f = self.model.filter
        parts = []
        if f.card:
            parts.append(self.tr("card {card}").format(card=card_text(f.card)))
        if f.operator:
            parts.append(self.tr("operator {name}").format(name=f.operator))
        if f.ids is not None:
            parts.append(self.tr("%n selected transaction(s)", "", len(f.ids)))
        if "T" in (f.date_from or "") + (f.date_to or ""):
            parts.append(self.tr("from {start} to {end}").format(
                start=(f.date_from or "…").replace("T", " "),
                end=(f.date_to or "…").replace("T", " ")))
        self.extra_label.setVisible(bool(parts))
        self.extra_label.setText(self.tr("Also filtered by: {what}").format(
            what=" · ".join(parts)) if parts else "")

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
        parts = [self.tr("%n transaction(s)", "", count)]
        for t in totals:
            parts.append(self.tr("sales {sales} · voids {voids} · refunds {refunds} · "
                                 "net {net}").format(
                sales=format_money(t.sales_minor, t.currency),
                voids=format_money(t.voids_minor, t.currency),
                refunds=format_money(t.refunds_minor, t.currency),
                net=format_money(t.net_minor, t.currency)))
            if t.failed:
                parts.append(self.tr("%n failed", "", t.failed))
        return " · ".join(parts)

    # -- detail pane ------------------------------------------------------------------------

    def _show_detail(self, *_args: Any) -> None:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        if row is None:
            hint = self.tr("Select a transaction to see all its details.")
            self.detail.setHtml(f"<p style='color:gray'>{_esc(hint)}</p>")
            return
        labels = [
            ("occurred_at", self.tr("Time")), ("type", self.tr("Type")),
            ("status", self.tr("Status")), ("amount_minor", self.tr("Amount")),
            ("fee_minor", self.tr("Fee")), ("net_minor", self.tr("Net")),
            ("card", self.tr("Card")), ("terminal_id", self.tr("Terminal")),
            ("merchant_id", self.tr("Merchant")), ("reference_no", self.tr("Reference")),
            ("voucher_no", self.tr("Voucher")), ("batch_no", self.tr("Batch")),
            ("auth_code", self.tr("Auth code")),
            ("original_reference_no", self.tr("Original reference")),
            ("operator", self.tr("Operator")), ("order_no", self.tr("Order")),
            ("settled_on", self.tr("Settled on")), ("description", self.tr("Description")),
        ]
        html = ["<table cellspacing='2'>"]
        for column, label in labels:
            text = cell_text(row, column) if column in dict(COLUMNS) or column in _MONEY \
                else str(row[_IDX[column]] or "")
            if text:
                html.append(f"<tr><td style='color:gray'>{_esc(label)}</td>"
                            f"<td>{_esc(text)}</td></tr>")
        html.append("</table>")
        related = self._related(row)
        if related:
            heading = self.tr("Related transactions")
            html.append(f"<p><b>{_esc(heading)}</b></p><table>")
            for r in related:
                html.append("<tr>" + "".join(
                    f"<td>{_esc(cell_text(r, c))}</td>"
                    for c in ("occurred_at", "type", "status", "amount_minor", "reference_no"))
                    + "</tr>")
            html.append("</table>")
        self.detail.setHtml("".join(html))

    def _related(self, row: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        """The original sale of a void/refund, and the voids/refunds of a sale."""
        ref, original = row[_IDX["reference_no"]], row[_IDX["original_reference_no"]]
        clauses, params = [], []
        if ref:
            clauses.append("(original_reference_no = ? AND original_reference_no != '')")
            params.append(ref)
        if original:
            clauses.append("reference_no = ?")
            params.append(original)
        if not clauses:
            return []
        sql = (f"SELECT {', '.join(query.COLUMNS)} FROM transactions"
               f" WHERE ({' OR '.join(clauses)}) AND id != ? ORDER BY occurred_at LIMIT 20")
        return list(self.ctx.read_db().conn.execute(sql, [*params, row[_IDX["id"]]]))

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
        lines = ["\t".join(_header(h) for _, h in COLUMNS)]
        for r in rows:
            row = self.model.row(r)
            if row is not None:
                lines.append("\t".join(cell_text(row, c) for c, _ in COLUMNS))
        text = "\n".join(lines) + "\n"
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
        f, sort, desc = self.model.filter, self.model.sort_column, self.model.descending
        writer = export.export_csv if kind == "csv" else export.export_xlsx

        def run(db: Database, op: OpContext) -> int:
            return writer(db, f, path, sort=sort, descending=desc,
                          progress=lambda done, total: op.progress(done, total),
                          cancel=op.cancelled)

        def done(n: int) -> None:
            self.last_export = path
            self.totals_label.setToolTip(self.tr("Exported {n} rows to {path}").format(
                n=n, path=str(path)))

        return self.ctx.ops.run(run, on_done=done, label=self.tr("Exporting to {name}").format(
            name=path.name), cancellable=True)

    # -- protocol ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Transactions")

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.TRANSACTIONS | Changes.IMPORTS):
            self._fill_combos()
            self.model.reload()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search reference, voucher, order, card last 4 "
                                               "or amount"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any day"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected rows (Ctrl+C)"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        if hasattr(self, "model") and self._loaded:
            self._fill_combos()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            self.model.layoutChanged.emit()
            self._show_extra()
            self._refresh_totals()
            self._show_detail()


_W = TypeVar("_W", bound=QWidget)


def _named(widget: _W, name: str) -> _W:
    widget.setObjectName(name)
    return widget


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _qdate(text: str) -> QDate:
    return QDate.fromString(text[:10], "yyyy-MM-dd")


def _qdate_to(exclusive: str) -> QDate:
    """The last day a `to` bound includes: the day before at midnight, else that day."""
    day = _qdate(exclusive)
    return day.addDays(-1) if exclusive[10:].strip("T0:") == "" else day


SCREEN = TransactionsScreen
