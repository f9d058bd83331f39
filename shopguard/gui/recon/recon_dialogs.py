"""Dialogs of the Reconciliation screen: match payout(s) to a bank credit by hand, and explain
a difference with a note."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
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
from shopguard.core.reconcile import BankLine, Deposit
from shopguard.gui.recon.payout_model import sales_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MatchDialog(QDialog):
    """Pick the bank credit that paid the selected payout(s) (several: one merged credit)."""

    def __init__(self, payouts: list[Deposit], lines: list[BankLine], currency: str,
                 used: set[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("matchDialog")
        self.lines = lines
        self.setWindowTitle(self.tr("Match by hand"))
        layout = QVBoxLayout(self)
        dates = sorted({d for p in payouts for d in p.settle_dates})
        expected = sum(p.expected_minor for p in payouts)
        self.intro = QLabel(self.tr(
            "%n payout(s) due on {dates}, {expected} expected. Choose the bank credit that "
            "paid them.", "", len(payouts)).format(
            dates=sales_text(dates), expected=format_money(expected, currency)))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(lines), 5)
        self.table.setObjectName("bankLinesTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Amount"),
                                              self.tr("Counterparty"), self.tr("Description"),
                                              self.tr("Pays")])
        current = {p.bank_line_id for p in payouts}
        for r, line in enumerate(lines):
            amount = QTableWidgetItem(format_money(line.amount_minor, line.currency or currency))
            amount.setTextAlignment(RIGHT)
            if line.amount_minor == expected:
                font = amount.font()
                font.setBold(True)
                amount.setFont(font)
            pays = self.tr("this payout") if line.id in current else (
                self.tr("another payout") if line.id in used else "")
            description = " ".join(x for x in (line.description, line.details) if x)
            for c, item in enumerate((QTableWidgetItem(line.date), amount,
                                      QTableWidgetItem(line.counterparty),
                                      QTableWidgetItem(description), QTableWidgetItem(pays))):
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No acquirer credit in the bank lines of this month: import "
                                    "the bank statement first."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not lines)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self._update()
        self.resize(760, 420)

    def select_line(self, line_id: int) -> bool:
        for r, line in enumerate(self.lines):
            if line.id == line_id:
                self.table.selectionModel().setCurrentIndex(
                    self.table.model().index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def selected(self) -> BankLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows else None

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.selected() is not None)


class ExplainDialog(QDialog):
    """Ask for the note that explains a difference; an empty note removes the explanation."""

    def __init__(self, what: str, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("explainDialog")
        self.setWindowTitle(self.tr("Explain the difference"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "{what}. Write what explains it: the note is kept in the audit log and printed in "
            "the month-end report. Leave it empty to remove an explanation.").format(what=what))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.note = QPlainTextEdit()
        self.note.setObjectName("explainNote")
        self.note.setPlainText(note)
        self.had_note = bool(note)
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
        # A new explanation needs words; an existing one may be emptied (removed).
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.text()) or self.had_note)
