"""The fee check: fees charged against the contract, the overcharged sales, the rate per day."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.money import format_money
from shopguard.gui.recon.data import MonthView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.2f}%"


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    return item


class FeePanel(QWidget):
    """Shows a month's fee check; `show_transactions` asks for sales to be shown."""

    show_transactions = Signal(list)  # transaction ids

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: MonthView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.intro = QLabel()
        self.intro.setObjectName("feeIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton()
        self.show_button.setObjectName("showOvercharged")
        self.show_button.clicked.connect(self._show_selected)
        top.addWidget(self.intro, 1)
        top.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.overcharged = _table("overchargedTable", 7)
        self.overcharged.doubleClicked.connect(lambda _i: self._show_selected())
        self.per_day = _table("perDayTable", 4)
        split.addWidget(self.overcharged)
        split.addWidget(self.per_day)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.retranslate()

    def set_view(self, view: MonthView) -> None:
        self.view = view
        cur = view.currency
        rows = view.overcharged
        self.overcharged.setRowCount(len(rows))
        for r, o in enumerate(rows):
            cells = [
                _item(o.reference_no), _item(o.occurred_at.replace("T", " ")),
                _item(o.terminal_id), _item(self.card_kind(o.card_type)),
                _item(format_money(o.charged_minor, cur), True),
                _item(format_money(o.contract_minor, cur), True),
                _item(format_money(o.charged_minor - o.contract_minor, cur), True)]
            for c, item in enumerate(cells):
                self.overcharged.setItem(r, c, item)
        self.per_day.setRowCount(len(view.per_day))
        for r, d in enumerate(view.per_day):
            for c, item in enumerate((_item(d.date), _item(format_money(d.sales_minor, cur), True),
                                      _item(format_money(d.fees_minor, cur), True),
                                      _item(rate_text(d.rate), True))):
                self.per_day.setItem(r, c, item)
        self.per_day.setVisible(bool(view.per_day))
        self._intro_text()

    def selected_ids(self) -> list[int]:
        """Ids of the selected overcharged sales, or of all of them when none is selected."""
        if self.view is None:
            return []
        rows = sorted({i.row() for i in self.overcharged.selectionModel().selectedRows()})
        chosen = [self.view.overcharged[r] for r in rows] or self.view.overcharged
        return [o.transaction_id for o in chosen if o.transaction_id is not None]

    def _show_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.show_transactions.emit(ids)

    def card_kind(self, kind: str) -> str:
        return {"debit": self.tr("debit"), "credit": self.tr("credit"),
                "unknown": self.tr("not stated")}.get(kind, kind)

    def _intro_text(self) -> None:
        view = self.view
        if view is None or not view.month:
            self.intro.setText("")
            self.show_button.setEnabled(False)
            return
        cur = view.currency
        text = self.tr("Fees charged {charged}, per contract {contract}: {over} overcharged on "
                       "{n} sale(s). Effective rate {rate}.").format(
            charged=format_money(view.fees_minor, cur),
            contract=format_money(view.contract_minor, cur),
            over=format_money(view.overcharge_minor, cur), n=len(view.overcharged),
            rate=rate_text(view.effective_rate))
        if not view.overcharged:
            text = self.tr("Fees charged {charged}, per contract {contract}: no sale was charged "
                           "more than the contract. Effective rate {rate}.").format(
                charged=format_money(view.fees_minor, cur),
                contract=format_money(view.contract_minor, cur),
                rate=rate_text(view.effective_rate))
        self.intro.setText(text)
        self.show_button.setEnabled(any(o.transaction_id is not None for o in view.overcharged))

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show in Transactions"))
        self.overcharged.setHorizontalHeaderLabels([
            self.tr("Reference no."), self.tr("Time"), self.tr("Terminal"), self.tr("Card"),
            self.tr("Fee charged"), self.tr("Per contract"), self.tr("Over")])
        self.per_day.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Sales"), self.tr("Fees"), self.tr("Rate")])
        if self.view is not None:
            self.set_view(self.view)
        else:
            self._intro_text()
