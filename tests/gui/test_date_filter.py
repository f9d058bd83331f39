"""The Transactions date filter: typed dates in both languages' forms, the calendar opening at
the data's period (not January 2000), quick ranges (today, this week, last month, ...)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shopguard.core import clock
from shopguard.core.importing.demo import generate_demo
from shopguard.gui.date_field import parse_date, quick_range
from shopguard.gui.screens.transactions import TransactionsScreen

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(("text", "month_first", "expected"), [
    ("2026-10-04", True, date(2026, 10, 4)),
    ("2026/10/4", False, date(2026, 10, 4)),
    ("2026.10.04", True, date(2026, 10, 4)),
    ("20261004", True, date(2026, 10, 4)),
    ("2026年10月4日", False, date(2026, 10, 4)),
    ("2026 年 10 月 4 日", False, date(2026, 10, 4)),
    ("10月4日", False, date(2026, 10, 4)),
    ("10/4/2026", True, date(2026, 10, 4)),     # US English: month first
    ("4/10/2026", False, date(2026, 10, 4)),    # elsewhere: day first
    ("25/10/2026", True, date(2026, 10, 25)),   # 25 cannot be a month
    ("4 Oct 2026", True, date(2026, 10, 4)),
    ("Oct 4, 2026", True, date(2026, 10, 4)),
    ("october 4", True, date(2026, 10, 4)),
    ("  ", True, None),
])
def test_typed_dates(text: str, month_first: bool, expected: date | None) -> None:
    assert parse_date(text, TODAY, month_first) == expected


@pytest.mark.parametrize("text", ["lay20261004", "2026-13-01", "2026-02-30", "yesterday-ish",
                                  "31/31/2026"])
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_date(text, TODAY)


def test_quick_ranges() -> None:
    assert quick_range("today", TODAY) == (TODAY, TODAY)
    assert quick_range("yesterday", TODAY) == (date(2026, 11, 26),) * 2
    assert quick_range("this_week", TODAY) == (date(2026, 11, 23), TODAY)  # Monday first
    assert quick_range("last_week", TODAY) == (date(2026, 11, 16), date(2026, 11, 22))
    assert quick_range("this_month", TODAY) == (date(2026, 11, 1), TODAY)
    assert quick_range("last_month", TODAY) == (date(2026, 10, 1), date(2026, 10, 31))
    assert quick_range("last_month", date(2026, 1, 15)) == (date(2025, 12, 1),
                                                           date(2025, 12, 31))
    assert quick_range("", TODAY) == (None, None)


@pytest.fixture
def screen(ctx, qtbot: QtBot):  # type: ignore[no-untyped-def]
    clock.set_now(datetime(2027, 3, 2, 9, 0))  # the data is months old
    generate_demo(ctx.read_db(), months=2, seed=7, end=date(2026, 10, 31))
    s = TransactionsScreen(ctx)
    qtbot.addWidget(s)
    s.resize(1024, 600)
    s.show()
    qtbot.waitUntil(lambda: "·" in s.totals_label.text(), timeout=5000)
    return s


def _type(qtbot: QtBot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.setFocus()
    field.edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(field.edit, text)
    else:  # QTest types ASCII only; an input method delivers the text whole
        field.edit.insert(text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_calendar_opens_at_the_datas_period(screen) -> None:  # type: ignore[no-untyped-def]
    for field in (screen.date_from, screen.date_to):
        assert field.value() is None  # any day
        field.prepare_calendar()
        assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2026, 10)


def test_typed_dates_filter_in_both_languages(screen, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, screen.date_from, "2026年10月4日")
    assert screen.model.filter.date_from == "2026-10-04"
    assert screen.date_from.edit.text() == "2026-10-04"
    _type(qtbot, screen.date_to, "Oct 10, 2026")
    assert screen.model.filter.date_to == "2026-10-11"  # `to` is exclusive
    count = screen.model.rowCount()
    assert 0 < count < 1000
    _type(qtbot, screen.date_to, "lay20261004")  # garbage: marked, the filter stays
    assert screen.date_to.property("invalid") is True
    assert screen.model.filter.date_to == "2026-10-11" and screen.model.rowCount() == count
    screen.date_to.edit.clear()  # the clear button: any day again
    assert screen.model.filter.date_to is None


def test_quick_range_sets_both_days(screen) -> None:  # type: ignore[no-untyped-def]
    box = screen.filters.period_box
    box.setCurrentIndex(box.findData("last_month"))  # today is 2027-03-02
    assert (screen.date_from.value(), screen.date_to.value()) == (date(2027, 2, 1),
                                                                 date(2027, 2, 28))
    assert screen.model.filter.date_from == "2027-02-01"
    assert screen.model.rowCount() == 0
    box.setCurrentIndex(box.findData(""))  # any time
    assert screen.model.filter.date_from is None and screen.model.rowCount() > 1000
    screen.date_from.set_value(date(2026, 10, 1))
    screen.date_from.changed.emit()  # a day chosen by hand: the choice says so
    assert box.currentData() == "custom"
