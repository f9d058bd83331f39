"""A date filter field: empty means "any day", a typed date in either language's usual forms,
or a day picked from a calendar that opens at the data's period (not at January 2000).

`parse_date` is plain Python (tested on its own); `DateField` is the widget; `quick_range`
gives the (from, to) days of the quick choices (today, this week, last month, ...).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from shopguard.core import clock

MONTHS = {name: i + 1 for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december"))) for name in names}
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MD_ZH = re.compile(r"^(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_NUMERIC_YEAR_LAST = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_NAMED = re.compile(r"^(?:(\d{1,2})\s+([a-z]+)\.?|([a-z]+)\.?\s+(\d{1,2}))(?:,?\s+(\d{4}))?$")

QUICK_RANGES = ("", "today", "yesterday", "this_week", "last_week", "this_month",
                "last_month", "last_30_days", "custom")


def parse_date(text: str, today: date, month_first: bool = True) -> date | None:
    """A typed date, or None for an empty field; ValueError when it is not a date.

    Accepted: 2026-10-04 (also / . separators, one-digit month/day), 20261004,
    2026年10月4日, 10月4日 (this year), 4 Oct 2026, Oct 4, 2026, October 4 (this year), and
    10/4/2026 — month first when `month_first` (US English) unless the first number
    cannot be a month, else day first.
    """
    t = " ".join(text.strip().lower().replace(",", " , ").split()).replace(" ,", ",")
    if not t:
        return None
    m = _YMD.match(t) or _COMPACT.match(t)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]), text)
    m = _MD_ZH.match(t)
    if m:
        return _make(today.year, int(m[1]), int(m[2]), text)
    m = _NUMERIC_YEAR_LAST.match(t)
    if m:
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        month, day = (a, b) if (month_first and a <= 12) or b > 12 else (b, a)
        return _make(year, month, day, text)
    m = _NAMED.match(t)
    if m:
        day_s, month_s = (m[1], m[2]) if m[1] else (m[4], m[3])
        if month_s in MONTHS:
            return _make(int(m[5]) if m[5] else today.year, MONTHS[month_s], int(day_s), text)
    raise ValueError(f"not a date: {text!r}")


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"not a date: {text!r}") from None


def quick_range(key: str, today: date) -> tuple[date | None, date | None]:
    """(first day, last day) of a quick choice; (None, None) for "any time"."""
    monday = today - timedelta(days=today.weekday())
    first_of_month = today.replace(day=1)
    if key == "today":
        return today, today
    if key == "yesterday":
        return today - timedelta(days=1), today - timedelta(days=1)
    if key == "this_week":
        return monday, today
    if key == "last_week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if key == "this_month":
        return first_of_month, today
    if key == "last_month":
        last = first_of_month - timedelta(days=1)
        return last.replace(day=1), last
    if key == "last_30_days":
        return today - timedelta(days=29), today
    return None, None


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateField(QWidget):
    """A line edit for one day (empty: any day) with a calendar button.

    `changed` fires when the value changes by typing (on Enter or leaving the field), by
    the calendar, or by `clear`; `set_value` is silent. Text that is not a date is marked
    and leaves the value as it was.
    """

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._value: date | None = None
        self._page: date | None = None  # where the calendar opens when the field is empty
        self.today = lambda: clock.now().date()  # --now fixes it
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{name}Edit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("2026-10-04") * 2)
        self.edit.editingFinished.connect(self._typed)
        self.edit.textChanged.connect(self._text_changed)
        self.button = QToolButton()
        self.button.setObjectName(f"{name}Calendar")
        self.button.setText("▾")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName(f"{name}CalendarWidget")
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self.button)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.menu.aboutToShow.connect(self.prepare_calendar)
        self.button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.edit.installEventFilter(self)
        self.retranslate()

    # -- value -------------------------------------------------------------------------
    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None) -> None:
        """Show `value` (None: any day) without emitting `changed`."""
        self._value = value
        self.edit.blockSignals(True)
        self.edit.setText(value.isoformat() if value else "")
        self.edit.blockSignals(False)
        self._mark(None)

    def set_default_page(self, day: date | None) -> None:
        """The month the calendar opens at while the field is empty (the data's period)."""
        self._page = day

    def clear(self) -> None:
        changed = self._value is not None or bool(self.edit.text())
        self.set_value(None)
        if changed:
            self.changed.emit()

    # -- typing ------------------------------------------------------------------------
    def _month_first(self) -> bool:
        return QLocale().territory() == QLocale.Country.UnitedStates

    def _typed(self) -> None:
        try:
            value = parse_date(self.edit.text(), self.today(), self._month_first())
        except ValueError:
            self._mark(self.tr("Not a date. Type it like 2026-10-04, or pick it from the "
                               "calendar."))
            return
        self._mark(None)
        if value is not None:
            self.edit.blockSignals(True)
            self.edit.setText(value.isoformat())  # shown the one unambiguous way
            self.edit.blockSignals(False)
        if value != self._value:
            self._value = value
            self.changed.emit()

    def _text_changed(self, text: str) -> None:
        if not text and self._value is not None:  # the clear button
            self._value = None
            self._mark(None)
            self.changed.emit()

    def _mark(self, problem: str | None) -> None:
        self.setProperty("invalid", problem is not None)
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #c62828; }" if problem else "")
        self.edit.setToolTip(problem or self.tr("Empty: any day. Type a date (2026-10-04, "
                                                "2026年10月4日, Oct 4 2026) or pick one."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.button.showMenu()  # Alt+Down opens the calendar, as in a date edit
            return True
        return super().eventFilter(watched, event)

    # -- calendar ----------------------------------------------------------------------
    def prepare_calendar(self) -> None:
        """Open at the chosen day, else at the data's period, else at today."""
        day = self._value or self._page or self.today()
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)

    def _picked(self, qdate: QDate) -> None:
        self.menu.hide()
        value = from_qdate(qdate)
        self.set_value(value)
        self.changed.emit()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("any day"))
        self.button.setToolTip(self.tr("Pick a day from the calendar"))
        self._mark(None if not self.property("invalid") else self.tr(
            "Not a date. Type it like 2026-10-04, or pick it from the calendar."))
