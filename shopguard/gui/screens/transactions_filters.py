"""The Transactions screen's filter bar: search, dates, terminal, type, status.

Holds the widgets and turns them into a `query.TxnFilter`; the screen owns the model. Filters
that only navigation sets (a card, an operator, chosen ids) are kept here too and shown as
"Also filtered by …".
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from shopguard.core.store import query
from shopguard.gui.screens.transactions_model import card_text, status_label, type_label

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum shows as "any"
TXN_TYPES = ("sale", "void", "refund", "preauth", "preauth_complete", "reversal", "other")

_W = TypeVar("_W", bound=QWidget)


def named(widget: _W, name: str) -> _W:
    widget.setObjectName(name)
    return widget


class TransactionFilters(QWidget):
    """The filter bar; `changed` fires (debounced for typing) when the user changes a filter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.date_from = self._date_edit("dateFrom")
        self.date_to = self._date_edit("dateTo")
        self.terminal = named(QComboBox(), "terminal")
        self.type_box = named(QComboBox(), "type")
        self.status_box = named(QComboBox(), "status")
        self.search = named(QLineEdit(), "search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(self._emit_changed)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        for box in (self.terminal, self.type_box, self.status_box):
            box.currentIndexChanged.connect(self._emit_changed)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._emit_changed)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.clear_button = named(QPushButton(), "clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.extra_label = named(QLabel(), "extraFilters")
        self.extra_label.setWordWrap(True)
        self.extra = query.TxnFilter()  # navigate-only filters: card, operator, ids

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for w in (self.from_label, self.date_from, self.to_label, self.date_to, self.terminal,
                  self.type_box, self.status_box, self.clear_button):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.extra_label)
        self.retranslate()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = named(QDateEdit(), name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        return edit

    def _widgets(self) -> tuple[QWidget, ...]:
        return (self.search, self.date_from, self.date_to, self.terminal, self.type_box,
                self.status_box)

    def _emit_changed(self) -> None:
        self.debounce.stop()
        self.changed.emit()

    def fill_combos(self, db: Database) -> None:
        self._set_items(self.terminal, [(self.tr("All terminals"), "")] + [
            (t, t) for t in query.distinct_values(db, "terminal_id")])
        self._set_items(self.type_box, [(self.tr("All types"), "")] + [
            (type_label(t), t) for t in TXN_TYPES])
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

    def current(self) -> query.TxnFilter:
        """The filter the widgets (and the navigate-only filters) describe."""
        d_from = self.date_from.date()
        d_to = self.date_to.date()
        return self.extra.with_(
            date_from=None if d_from == NO_DATE else d_from.toString("yyyy-MM-dd"),
            date_to=None if d_to == NO_DATE else d_to.addDays(1).toString("yyyy-MM-dd"),
            terminal_id=self.terminal.currentData() or None,
            type=self.type_box.currentData() or None,
            status=self.status_box.currentData() or None,
            search=self.search.text().strip(),
        )

    def clear(self) -> None:
        self.extra = query.TxnFilter()
        for w in self._widgets():
            w.blockSignals(True)
        self.search.clear()
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for box in (self.terminal, self.type_box, self.status_box):
            box.setCurrentIndex(0)
        for w in self._widgets():
            w.blockSignals(False)
        self._emit_changed()

    def show_filter(self, f: query.TxnFilter) -> None:
        """Set the widgets to `f` without emitting `changed` (navigation from other screens)."""
        self.extra = query.TxnFilter(card=f.card, operator=f.operator, ids=f.ids)
        for w in self._widgets():
            w.blockSignals(True)
        self.search.clear()
        self.date_from.setDate(_qdate(f.date_from) if f.date_from else NO_DATE)
        # `to` is exclusive; the date edit shows the last day included.
        self.date_to.setDate(_qdate_to(f.date_to) if f.date_to else NO_DATE)
        if f.terminal_id and self.terminal.findData(f.terminal_id) < 0:
            self.terminal.addItem(f.terminal_id, f.terminal_id)
        for box, value in ((self.terminal, f.terminal_id), (self.type_box, f.type),
                           (self.status_box, f.status)):
            box.setCurrentIndex(max(box.findData(value or ""), 0))
        for w in self._widgets():
            w.blockSignals(False)

    def show_extra(self, f: query.TxnFilter) -> None:
        """Say which filters the bar cannot show (set by navigation)."""
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

    def retranslate(self, db: Any = None) -> None:
        self.search.setPlaceholderText(self.tr("Search reference, voucher, order, card last 4 "
                                               "or amount"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any day"))
        self.clear_button.setText(self.tr("Clear filters"))
        if db is not None:
            self.fill_combos(db)


def _qdate(text: str) -> QDate:
    return QDate.fromString(text[:10], "yyyy-MM-dd")


def _qdate_to(exclusive: str) -> QDate:
    """The last day a `to` bound includes: the day before at midnight, else that day."""
    day = _qdate(exclusive)
    return day.addDays(-1) if exclusive[10:].strip("T0:") == "" else day
