"""The Settings screen's "Reconciliation" group: the fee contract and the payout rules.

The Settings screen calls `add_group(screen, layout)` once and `retranslate(screen)` on a
language switch. Every row is an ordinary row of that screen (its editor, the core's parser,
its Save and Revert). The two per-acquirer settings are JSON objects; they are edited in a
small table that writes the JSON into the row's (hidden) text editor, so saving is unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.store import SPECS

GROUP = "reconciliation"
KEYS = ("fee_debit_rate", "fee_credit_rate", "fee_debit_cap", "fee_fixed", "payout_days",
        "payout_delay_days", "payout_late_days", "holidays", "acquirer_payouts",
        "acquirer_names")
PAYOUT_DAYS = ("every_day", "weekdays")


def keys() -> list[str]:
    """The reconciliation settings the core defines."""
    return [k for k in KEYS if k in SPECS]


class AcquirerTable(QWidget):
    """Edits a JSON object keyed by acquirer as a table, kept in step with `editor`'s text.

    `kind` is "names" ({acquirer: [name, ...]}) or "payouts" ({acquirer: {"payout_days",
    "payout_delay_days"}}).
    """

    def __init__(self, kind: str, editor: QLineEdit, on_edit: Any,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.editor = editor
        self.on_edit = on_edit
        self._syncing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2 if kind == "names" else 3)
        self.table.setObjectName(f"acquirer_{kind}_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(lambda _item: self.write())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_row)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        editor.textChanged.connect(self.read)
        editor.hide()
        self.retranslate()

    # -- JSON <-> rows -----------------------------------------------------------------------
    def read(self) -> None:
        """Fill the table from the editor's JSON (after a load or a revert)."""
        if self._syncing:
            return
        try:
            value = json.loads(self.editor.text() or "{}")
        except json.JSONDecodeError:
            return
        if not isinstance(value, dict):
            return
        self._syncing = True
        self.table.setRowCount(0)
        for acquirer, entry in value.items():
            self._append(str(acquirer), entry)
        self._syncing = False

    def _append(self, acquirer: str, entry: Any) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(acquirer))
        if self.kind == "names":
            names = entry if isinstance(entry, list) else []
            self.table.setItem(r, 1, QTableWidgetItem(", ".join(str(n) for n in names)))
            return
        entry = entry if isinstance(entry, dict) else {}
        days = QComboBox()
        for choice in PAYOUT_DAYS:
            days.addItem(choice_names().get(choice, choice), choice)
        days.setCurrentIndex(max(0, days.findData(entry.get("payout_days", "every_day"))))
        days.currentIndexChanged.connect(lambda _i: self.write())
        self.table.setCellWidget(r, 1, days)
        self.table.setItem(r, 2, QTableWidgetItem(str(entry.get("payout_delay_days", 1))))

    def value(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for r in range(self.table.rowCount()):
            acquirer = self._cell(r, 0).strip()
            if not acquirer:
                continue
            if self.kind == "names":
                out[acquirer] = [n.strip() for n in self._cell(r, 1).replace("，", ",").split(",")
                                 if n.strip()]
                continue
            days = self.table.cellWidget(r, 1)
            delay = self._cell(r, 2).strip()
            rule: dict[str, Any] = {"payout_days": str(days.currentData())
                                    if isinstance(days, QComboBox) else "every_day"}
            if delay.isdigit():  # anything else: the general delay applies
                rule["payout_delay_days"] = int(delay)
            out[acquirer] = rule
        return out

    def _cell(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        return item.text() if item is not None else ""

    def write(self) -> None:
        """Put the table's content into the editor as JSON and let the screen check it."""
        if self._syncing:
            return
        self._syncing = True
        self.editor.setText(json.dumps(self.value(), ensure_ascii=False))
        self._syncing = False
        self.on_edit()

    def add_row(self) -> None:
        self._syncing = True
        self._append("", [] if self.kind == "names" else {})
        self._syncing = False
        item = self.table.item(self.table.rowCount() - 1, 0)
        if item is not None:
            self.table.setCurrentItem(item)
            self.table.editItem(item)

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()},
                      reverse=True)
        for r in rows:
            self.table.removeRow(r)
        if rows:
            self.write()

    def retranslate(self) -> None:
        if self.kind == "names":
            headers = [self.tr("Acquirer"),
                       self.tr("Names in the bank statement (comma-separated)")]
        else:
            headers = [self.tr("Acquirer"), self.tr("Payouts happen"), self.tr("Delay (days)")]
        self.table.setHorizontalHeaderLabels(headers)
        self.add_button.setText(self.tr("Add acquirer"))
        self.remove_button.setText(self.tr("Remove selected"))
        for r in range(self.table.rowCount()):
            days = self.table.cellWidget(r, 1)
            if isinstance(days, QComboBox):
                for i in range(days.count()):
                    days.setItemText(i, choice_names().get(str(days.itemData(i)), ""))


class ReconSettingsBox(QGroupBox):
    """The group box; its rows are the Settings screen's own (editor, parser, error line)."""

    def __init__(self, screen: Any):
        super().__init__()
        self.setObjectName("reconciliationSettings")
        self.settings_screen = screen
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.hint = QLabel()
        self.hint.setObjectName("reconSettingsHint")
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.tables: list[AcquirerTable] = []
        for key in keys():
            label, holder = screen._make_row(key)
            editor = screen.editors[key]
            if key in ("acquirer_names", "acquirer_payouts") and isinstance(editor, QLineEdit):
                kind = "names" if key == "acquirer_names" else "payouts"
                table = AcquirerTable(kind, editor, lambda k=key: screen.check(k), holder)
                holder_layout = holder.layout()
                assert isinstance(holder_layout, QVBoxLayout)
                holder_layout.insertWidget(0, table)
                self.tables.append(table)
            form.addRow(label, holder)

    def names(self) -> dict[str, str]:
        return {
            "fee_debit_rate": self.tr("Debit card fee rate"),
            "fee_credit_rate": self.tr("Credit card fee rate"),
            "fee_debit_cap": self.tr("Debit card fee cap per sale (0 = none)"),
            "fee_fixed": self.tr("Fixed fee per sale (0 = none)"),
            "payout_days": self.tr("Payouts happen"),
            "payout_delay_days": self.tr("Payout delay (days after the sale; 0 = same day)"),
            "payout_late_days": self.tr("A payout counts as late up to (days)"),
            "holidays": self.tr("Bank holidays without payouts (dates)"),
            "acquirer_payouts": self.tr("Payout rules per acquirer"),
            "acquirer_names": self.tr("Acquirer names in the bank statement"),
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reconciliation"))
        self.hint.setText(self.tr(
            "The fee contract with your acquirer and when it pays into the bank. The month's "
            "reconciliation checks every sale's fee and every payout against these. Rates "
            "left at 0% mean no contract is entered: fees are then not checked."))
        labels = self.names()
        choices = choice_names()
        for key in keys():
            self.settings_screen.row_labels[key].setText(labels.get(key, key))
            editor = self.settings_screen.editors[key]
            if isinstance(editor, QComboBox):
                for i in range(editor.count()):
                    data = str(editor.itemData(i))
                    editor.setItemText(i, choices.get(data, data))
        for table in self.tables:
            table.retranslate()


def choice_names() -> dict[str, str]:
    return {"every_day": QCoreApplication.translate("ReconSettingsBox", "every day"),
            "weekdays": QCoreApplication.translate("ReconSettingsBox",
                                                   "on weekdays (weekends roll over)")}


def add_group(screen: Any, layout: QVBoxLayout) -> QGroupBox:
    """Add the group to the Settings screen's `layout` (the screen's hook, called once)."""
    box = ReconSettingsBox(screen)
    screen.boxes[GROUP] = box
    layout.addWidget(box)
    return box


def retranslate(screen: Any) -> None:
    """Re-set the group's texts (the Settings screen's retranslate calls it)."""
    box = screen.boxes.get(GROUP)
    if isinstance(box, ReconSettingsBox):
        box.retranslate()
