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
from shopguard.core.reconcile import MonthReconciliation, texts

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def rate_text(rate: float | None) -> str:
    """An effective rate (a fraction) as a percentage with two decimals."""
    return "—" if rate is None else f"{rate * 100:.2f}%"


def ppm_text(ppm: int) -> str:
    """A contract rate (parts per million) as typed: 0.5%, 0.55%, 2.6%."""
    text = f"{ppm / 10_000:.4f}".rstrip("0").rstrip(".")
    return f"{text}%"


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
        self.rec: MonthReconciliation | None = None
        self.lang = "en"
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
        split = QSplitter(Qt.Orientation.Vertical)  # both tables get the full width
        self.overcharged = _table("overchargedTable", 8)
        self.overcharged.doubleClicked.connect(lambda _i: self._show_selected())
        self.per_day = _table("perDayTable", 5)
        self.overcharged_title = QLabel()
        self.per_day_title = QLabel()
        for title, table in ((self.overcharged_title, self.overcharged),
                             (self.per_day_title, self.per_day)):
            part = QWidget()
            v = QVBoxLayout(part)
            v.setContentsMargins(0, 4, 0, 0)
            v.addWidget(title)
            v.addWidget(table, 1)
            split.addWidget(part)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.retranslate()

    def set_month(self, rec: MonthReconciliation | None, lang: str) -> None:
        self.rec, self.lang = rec, lang
        fees = rec.fee_check if rec is not None else None
        cur = rec.currency if rec is not None else ""
        rows = fees.overcharged if fees is not None else []
        self.overcharged.setRowCount(len(rows))
        for r, o in enumerate(rows):
            cells = [
                _item(o.reference_no), _item(o.occurred_at.replace("T", " ")),
                _item(o.terminal_id), _item(texts.card_kind_name(o.card_kind, lang)),
                _item(format_money(o.amount_minor, cur), True),
                _item(format_money(o.charged_minor, cur), True),
                _item(format_money(o.contract_minor, cur), True),
                _item(format_money(o.overcharge_minor, cur), True)]
            for c, item in enumerate(cells):
                self.overcharged.setItem(r, c, item)
        days = fees.days if fees is not None else []
        self.per_day.setRowCount(len(days))
        for r, d in enumerate(days):
            rate = None if d.effective_rate_ppm is None else d.effective_rate_ppm / 1_000_000
            for c, item in enumerate((_item(d.date), _item(format_money(d.sales_minor, cur), True),
                                      _item(format_money(d.fees_minor, cur), True),
                                      _item(rate_text(rate), True),
                                      _item(format_money(d.overcharge_minor, cur)
                                            if d.overcharge_minor else "", True))):
                self.per_day.setItem(r, c, item)
        self._intro_text()

    def selected_ids(self) -> list[int]:
        """Ids of the selected overcharged sales, or of all of them when none is selected."""
        if self.rec is None:
            return []
        sales = self.rec.fee_check.overcharged
        rows = sorted({i.row() for i in self.overcharged.selectionModel().selectedRows()})
        return [o.transaction_id for o in ([sales[r] for r in rows] or sales)]

    def _show_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.show_transactions.emit(ids)

    def _intro_text(self) -> None:
        rec = self.rec
        if rec is None:
            self.intro.setText("")
            self.show_button.setEnabled(False)
            return
        fees, cur = rec.fee_check, rec.currency
        contract = fees.contract
        if not contract.configured:
            text = self.tr("No fee contract is set: enter your acquirer's rates in Settings, "
                           "Reconciliation, and the fees of every sale are checked against it.")
        else:
            terms = self.tr("Contract: debit {debit}{cap}, credit {credit}{fixed}.").format(
                debit=ppm_text(contract.debit_rate_ppm), credit=ppm_text(contract.credit_rate_ppm),
                cap=self.tr(" capped at {cap}").format(
                    cap=format_money(contract.debit_cap_minor, cur))
                if contract.debit_cap_minor else "",
                fixed=self.tr(", plus {fixed} a sale").format(
                    fixed=format_money(contract.fixed_minor, cur)) if contract.fixed_minor else "")
            text = terms + " " + self.tr(
                "%n sale(s) checked: fees charged {charged}, per contract {contract}, "
                "overcharged {over}.", "", fees.checked_sales).format(
                charged=format_money(fees.charged_minor, cur),
                contract=format_money(fees.contract_minor, cur),
                over=format_money(fees.overcharge_minor, cur))
            if fees.sales_without_fee:
                text += " " + self.tr("%n sale(s) without a fee in the statement were not "
                                      "checked.", "", fees.sales_without_fee)
        self.intro.setText(text)
        self.show_button.setEnabled(bool(fees.overcharged))

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show in Transactions"))
        self.overcharged_title.setText(self.tr("Sales charged above the contract"))
        self.per_day_title.setText(self.tr("Effective fee rate per day"))
        self.overcharged.setHorizontalHeaderLabels([
            self.tr("Reference no."), self.tr("Time"), self.tr("Terminal"), self.tr("Card"),
            self.tr("Amount"), self.tr("Fee charged"), self.tr("Per contract"), self.tr("Over")])
        self.per_day.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Sales"), self.tr("Fees"), self.tr("Rate"),
            self.tr("Over")])
        self.set_month(self.rec, self.lang)
