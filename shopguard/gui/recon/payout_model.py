"""The payout table: one row per expected payout, its status in words and as a colour.

Status, acquirer and card-kind words come from the core (`reconcile.texts`, both languages),
so the screen, the CLI and the month-end report name things alike.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from shopguard.core.money import format_money
from shopguard.core.reconcile import Deposit, texts

COLUMNS = ("sales", "due", "credit_date", "acquirer", "expected", "received", "difference",
           "status", "note")
MONEY_COLUMNS = {"expected", "received", "difference"}
STATUS_COLORS = {
    "matched": "#e3f1e4", "late": "#fff1c2", "merged": "#dde9f8", "short": "#ffdcb8",
    "missing": "#f9c9c6", "previous_period": "#eceff1",
}
EXPLAINED_COLOR = "#e6ede3"
STATUS_TEXT_COLOR = {"short": "#8a3b00", "missing": "#9b1c13"}

Index = QModelIndex | QPersistentModelIndex


def sales_text(dates: list[str]) -> str:
    """Days compactly: '2026-09-24', '2026-09-24, 09-25', '2026-09-24 … 09-27 (4)'."""
    if not dates:
        return ""

    def short(day: str) -> str:
        return day[5:] if day[:4] == dates[0][:4] else day

    if len(dates) > 2:
        return f"{dates[0]} … {short(dates[-1])} ({len(dates)})"
    return ", ".join([dates[0], *(short(d) for d in dates[1:])])


class PayoutModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Deposit] = []
        self.currency = "CNY"
        self.lang = "en"
        self.several_merchants = False

    def set_rows(self, rows: list[Deposit], currency: str, lang: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.currency = currency
        self.lang = lang
        self.several_merchants = len({(d.acquirer, d.merchant_id) for d in rows}) > 1
        self.endResetModel()

    def row(self, index: int) -> Deposit | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"sales": self.tr("Sales of"), "due": self.tr("Due on"),
                "credit_date": self.tr("Credited on"), "acquirer": self.tr("Acquirer"),
                "expected": self.tr("Expected"), "received": self.tr("Received"),
                "difference": self.tr("Difference"), "status": self.tr("Status"),
                "note": self.tr("Note")}[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            color = EXPLAINED_COLOR if row.explanation else STATUS_COLORS.get(row.status)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ForegroundRole:
            # Dark text on the light tints, whatever the platform theme says.
            dark = "#1d1d1d"
            if column in ("status", "difference") and not row.explanation:
                dark = STATUS_TEXT_COLOR.get(row.status, dark)
            return QBrush(QColor(dark))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "acquirer":
                return " / ".join(p for p in (row.acquirer, row.merchant_id) if p)
            return row.explanation or row.bank_description or self._text(row, "status")
        return None

    def _text(self, row: Deposit, column: str) -> str:
        if column == "sales":
            return sales_text(row.trade_dates or row.settle_dates)
        if column == "due":
            return sales_text(row.settle_dates)
        if column == "credit_date":
            return row.credit_date or "—"
        if column == "acquirer":
            # The merchant id only where the month has several (it is in the tooltip).
            name = texts.acquirer_name(row.acquirer, self.lang)
            mid = row.merchant_id if self.several_merchants else ""
            return " / ".join(p for p in (name, mid) if p)
        if column == "expected":
            return format_money(row.expected_minor, self.currency)
        if column == "received":
            return format_money(row.received_minor, self.currency) if row.received_minor else "—"
        if column == "difference":
            return format_money(row.difference_minor, self.currency) if row.difference_minor else ""
        if column == "status":
            return self.status_label(row)
        return row.explanation

    def status_label(self, row: Deposit) -> str:
        """The status in words (never colour alone): 'short · explained', 'matched · by hand'."""
        text = texts.status_name(row.status, self.lang)
        if row.explanation:
            text += " · " + self.tr("explained")
        if row.manual:
            text += " · " + self.tr("by hand")
        return text

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               len(COLUMNS) - 1))
