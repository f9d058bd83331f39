"""The Transactions screen's filter bar: search, period (quick choices or two days), terminal,
type, status.

Holds the widgets and turns them into a `query.TxnFilter`; the screen owns the model. Filters
that only navigation sets (a card, an operator, chosen ids) are kept here too and shown as
"Also filtered by …".
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.store import query
from shopguard.gui.date_field import QUICK_RANGES, DateField, quick_range
from shopguard.gui.screens.transactions_model import card_text, status_label, type_label

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
        self.date_from = DateField("dateFrom")
        self.date_to = DateField("dateTo")
        self.period_box = named(QComboBox(), "periodBox")
        for key in QUICK_RANGES:
            self.period_box.addItem(key, key)
        self.period_box.currentIndexChanged.connect(self._quick_range)
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
            edit.changed.connect(self._day_chosen)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.clear_button = named(QPushButton(), "clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.extra_label = named(QLabel(), "extraFilters")
        self.extra_label.setWordWrap(True)
        self.extra = query.TxnFilter()  # navigate-only filters: card, operator, ids

        # Two rows, so the bar fits a 1024-pixel screen in either language.
        dates = QHBoxLayout()
        dates.addWidget(self.search, 3)
        dates.addWidget(self.period_box)
        for label, field in ((self.from_label, self.date_from), (self.to_label, self.date_to)):
            dates.addWidget(label)
            dates.addWidget(field, 1)
        fields = QHBoxLayout()
        for box in (self.terminal, self.type_box, self.status_box):
            fields.addWidget(box)
        fields.addWidget(self.clear_button)
        fields.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(dates)
        layout.addLayout(fields)
        layout.addWidget(self.extra_label)
        self.retranslate()

    def _widgets(self) -> tuple[QWidget, ...]:
        return (self.search, self.date_from, self.date_to, self.period_box, self.terminal,
                self.type_box, self.status_box)

    def _emit_changed(self) -> None:
        self.debounce.stop()
        self.changed.emit()

    def _quick_range(self, _index: int) -> None:
        key = self.period_box.currentData()
        if key == "custom":
            return  # the days as they are
        first, last = quick_range(key, clock.now().date())
        self.date_from.set_value(first)
        self.date_to.set_value(last)
        self._emit_changed()

    def _day_chosen(self) -> None:
        self._set_period("custom" if self.date_from.value() or self.date_to.value() else "")
        self._emit_changed()

    def _set_period(self, key: str) -> None:
        self.period_box.blockSignals(True)
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(key)))
        self.period_box.blockSignals(False)

    def fill_combos(self, db: Database) -> None:
        last = db.conn.execute("SELECT max(occurred_at) FROM transactions").fetchone()[0]
        for field in (self.date_from, self.date_to):  # empty fields open at the data's end
            field.set_default_page(date.fromisoformat(last[:10]) if last else None)
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
        d_from = self.date_from.value()
        d_to = self.date_to.value()
        return self.extra.with_(
            date_from=d_from.isoformat() if d_from else None,
            date_to=(d_to + timedelta(days=1)).isoformat() if d_to else None,
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
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for box in (self.period_box, self.terminal, self.type_box, self.status_box):
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
        self.date_from.set_value(_day(f.date_from) if f.date_from else None)
        # `to` is exclusive; the date field shows the last day included.
        self.date_to.set_value(_day_to(f.date_to) if f.date_to else None)
        self.period_box.setCurrentIndex(self.period_box.findData(
            "custom" if f.date_from or f.date_to else ""))
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
            edit.retranslate()
        names = {"": self.tr("Any time"), "today": self.tr("Today"),
                 "yesterday": self.tr("Yesterday"), "this_week": self.tr("This week"),
                 "last_week": self.tr("Last week"), "this_month": self.tr("This month"),
                 "last_month": self.tr("Last month"), "last_30_days": self.tr("Last 30 days"),
                 "custom": self.tr("Chosen days")}
        for i in range(self.period_box.count()):
            self.period_box.setItemText(i, names[self.period_box.itemData(i)])
        self.clear_button.setText(self.tr("Clear filters"))
        if db is not None:
            self.fill_combos(db)


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _day_to(exclusive: str) -> date:
    """The last day a `to` bound includes: the day before at midnight, else that day."""
    day = _day(exclusive)
    return day - timedelta(days=1) if exclusive[10:].strip("T0:") == "" else day
