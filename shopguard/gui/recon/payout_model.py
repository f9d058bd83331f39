"""The payout table: one row per expected payout, its status as text and as a colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from shopguard.core.money import format_money
from shopguard.gui.recon.data import PayoutRow

COLUMNS = ("sales", "credit_date", "acquirer", "expected", "received", "difference", "status",
           "note")
MONEY_COLUMNS = {"expected", "received", "difference"}
STATUS_COLORS = {
    "matched": "#e3f1e4", "late": "#fff1c2", "merged": "#dde9f8", "short": "#ffdcb8",
    "missing": "#f9c9c6", "previous_period": "#eceff1",
}
EXPLAINED_COLOR = "#e6ede3"
STATUS_TEXT_COLOR = {"short": "#8a3b00", "missing": "#9b1c13"}

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("PayoutModel", text)


def status_names() -> dict[str, str]:
    return {"matched": tr("Matched"), "late": tr("Late"), "merged": tr("Merged"),
            "short": tr("Short"), "missing": tr("Missing"),
            "previous_period": tr("Previous period")}


def status_label(row: PayoutRow) -> str:
    """The status as words (never colour alone): 'Short · explained', 'Matched · by hand'."""
    text = status_names().get(row.status, row.status)
    if row.explained:
        return text + " · " + tr("explained")
    if row.manual:
        return text + " · " + tr("by hand")
    return text


def sales_text(dates: list[str]) -> str:
    if len(dates) > 2:
        return f"{dates[0]} … {dates[-1]} ({len(dates)})"
    return ", ".join(dates)


class PayoutModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PayoutRow] = []
        self.currency = "CNY"

    def set_rows(self, rows: list[PayoutRow], currency: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.currency = currency
        self.endResetModel()

    def row(self, index: int) -> PayoutRow | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"sales": tr("Sales of"), "credit_date": tr("Credited on"),
                "acquirer": tr("Acquirer / merchant"), "expected": tr("Expected"),
                "received": tr("Received"), "difference": tr("Difference"),
                "status": tr("Status"), "note": tr("Note")}[COLUMNS[section]]

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
            color = EXPLAINED_COLOR if row.explained else STATUS_COLORS.get(row.status)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ForegroundRole:
            # Dark text on the light tints, whatever the platform theme says.
            dark = "#1d1d1d"
            if column in ("status", "difference") and not row.explained:
                dark = STATUS_TEXT_COLOR.get(row.status, dark)
            return QBrush(QColor(dark))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.note or self._text(row, "status")
        return None

    def _text(self, row: PayoutRow, column: str) -> str:
        if column == "sales":
            return sales_text(row.settle_dates)
        if column == "credit_date":
            return row.credit_date or "—"
        if column == "acquirer":
            return " / ".join(p for p in (row.acquirer, row.merchant_id) if p)
        if column == "expected":
            return format_money(row.expected_minor, self.currency)
        if column == "received":
            return format_money(row.received_minor, self.currency) if row.received_minor else "—"
        if column == "difference":
            return format_money(row.difference_minor, self.currency) if row.difference_minor else ""
        if column == "status":
            return status_label(row)
        return row.note

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               len(COLUMNS) - 1))
