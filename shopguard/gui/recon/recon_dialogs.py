"""Dialogs of the Reconciliation screen: match a payout to bank line(s) by hand, explain a
difference with a note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.money import format_money
from shopguard.gui.recon.data import BankLine, PayoutRow
from shopguard.gui.recon.payout_model import sales_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MatchDialog(QDialog):
    """Pick the bank credit(s) that pay a payout (several for a merged credit's share)."""

    def __init__(self, payout: PayoutRow, lines: list[BankLine], currency: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("matchDialog")
        self.lines = lines
        self.setWindowTitle(self.tr("Match by hand"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Payout for the sales of {dates}: {expected} expected. Choose the bank credit(s) "
            "that paid it.").format(dates=sales_text(payout.settle_dates),
                                    expected=format_money(payout.expected_minor, currency)))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(lines), 5)
        self.table.setObjectName("bankLinesTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Amount"),
                                              self.tr("Counterparty"), self.tr("Description"),
                                              self.tr("Already matched")])
        for r, line in enumerate(lines):
            amount = QTableWidgetItem(format_money(line.amount_minor, line.currency or currency))
            amount.setTextAlignment(RIGHT)
            for c, item in enumerate((QTableWidgetItem(line.date), amount,
                                      QTableWidgetItem(line.counterparty),
                                      QTableWidgetItem(line.description),
                                      QTableWidgetItem(self.tr("yes") if line.matched else ""))):
                self.table.setItem(r, c, item)
            if line.id in payout.bank_line_ids:
                self.table.selectRow(r)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self._update()
        self.resize(760, 420)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.lines[r].id for r in rows]

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.selected_ids()))


class ExplainDialog(QDialog):
    """Ask for the note that explains a payout's difference (required)."""

    def __init__(self, payout: PayoutRow, currency: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("explainDialog")
        self.setWindowTitle(self.tr("Explain the difference"))
        layout = QVBoxLayout(self)
        diff = format_money(payout.difference_minor, currency)
        self.intro = QLabel(self.tr(
            "Payout for the sales of {dates}: difference {diff}. Write what explains it (kept "
            "in the audit log and printed in the month-end report).").format(
            dates=sales_text(payout.settle_dates), diff=diff))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.note = QPlainTextEdit()
        self.note.setObjectName("explainNote")
        self.note.setPlainText(payout.note)
        layout.addWidget(self.note, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self._update)
        self._update()
        self.resize(520, 260)

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))
