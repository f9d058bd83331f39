"""The Transactions table's model: filtered, sorted rows read from SQLite a page at a time.

The model never holds the table in memory. Sorting and filtering happen in SQL
(`shopguard.core.store.query`); the model keeps a small cache of 200-row pages. When the sort has an
index and the result is large it pages by OFFSET (from whichever end is nearer) or by key after
the previous page; otherwise it keeps the sorted id list (8 bytes a row, Anki's browser) and
reads pages by id.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from sqlite_utils import Database

from shopguard.core.money import format_money
from shopguard.core.pan import is_pan, mask_pan
from shopguard.core.store import query

PAGE = 200
MAX_PAGES = 60              # cached pages (12,000 rows)
ID_LIST_MAX = 300_000       # up to this many rows, keep the sorted id list
_IDX = query.COLUMN_INDEX


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
MONEY_COLUMNS = {"amount_minor", "fee_minor", "net_minor"}


def header_text(text: str) -> str:
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
    if column in MONEY_COLUMNS:
        return "" if value is None else format_money(value, row[_IDX["currency"]])
    if column == "occurred_at":
        if not row[_IDX["time_known"]]:  # the statement gave only the date
            unknown = QCoreApplication.translate("TransactionsModel", "time unknown")
            return f"{str(value)[:10]} ({unknown})"
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
                return header_text(COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in MONEY_COLUMNS:
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
            if column in MONEY_COLUMNS:
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

