"""The refund window per acquirer as a small table (acquirer, days) instead of JSON to type.

The stored setting stays ``{"acquirer": days}`` (the CLI sets the same JSON); `json_text`
gives it to the core's parser, `problem` says in the UI language what is wrong first.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

MAX_DAYS = 3650
DEFAULT_DAYS = 30


class RefundWindowsEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("refundWindowsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.add_button = QPushButton()
        self.add_button.setObjectName("addRefundWindow")
        self.add_button.clicked.connect(lambda: self._add_and_edit())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeRefundWindow")
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()
        self._fit_height()

    # -- rows --------------------------------------------------------------------------
    def add_row(self, acquirer: str = "", days: int = DEFAULT_DAYS) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(acquirer))
        spin = QSpinBox()
        spin.setRange(1, MAX_DAYS)
        spin.setValue(max(1, min(MAX_DAYS, days)))
        spin.valueChanged.connect(lambda _v: self.edited.emit())
        self.table.setCellWidget(row, 1, spin)
        self.table.blockSignals(False)
        self._fit_height()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
            self._fit_height()
            self.edited.emit()

    def _add_and_edit(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def _remove_selected(self) -> None:
        self.remove_row(self.table.currentRow())

    def _fit_height(self) -> None:
        """All rows shown (the settings page scrolls, not this table); room for three."""
        rows = max(self.table.rowCount(), 3)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height)

    def rows(self) -> list[tuple[str, int]]:
        """(acquirer, days) per row with a name."""
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            spin = self.table.cellWidget(row, 1)
            name = item.text().strip() if item is not None else ""
            if name and isinstance(spin, QSpinBox):
                out.append((name, spin.value()))
        return out

    # -- value ---------------------------------------------------------------------------
    def windows(self) -> dict[str, int]:
        return dict(self.rows())

    def json_text(self) -> str:
        """The rows as the setting's JSON (for the core's parser); a repeated name is kept
        twice in the text so that the parser refuses it."""
        rows = self.rows()
        body = ", ".join(f"{json.dumps(name, ensure_ascii=False)}: {days}"
                         for name, days in rows)
        return "{" + body + "}"

    def set_json_text(self, text: str) -> None:
        try:
            value = json.loads(text or "{}")
        except json.JSONDecodeError:
            value = {}
        self.table.setRowCount(0)
        self.blockSignals(True)
        for name, days in (value.items() if isinstance(value, dict) else []):
            try:
                self.add_row(str(name), int(days))
            except (TypeError, ValueError):
                self.add_row(str(name))
        self.blockSignals(False)
        self._fit_height()

    def problem(self) -> str | None:
        """What is wrong, in the UI language (None: fine)."""
        seen: set[str] = set()
        for name, _days in self.rows():
            if name.lower() in seen:
                return self.tr("{name} is listed twice: keep one row per acquirer.").format(
                    name=name)
            seen.add(name.lower())
        return None

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Acquirer"), self.tr("Days to refund")])
        self.add_button.setText(self.tr("Add acquirer"))
        self.remove_button.setText(self.tr("Remove"))
        self.setToolTip(self.tr("Acquirers whose refund window differs from the default above "
                                "(check with each acquirer)."))
