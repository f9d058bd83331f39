"""A 1024×700 screen, both languages: every screen fits, money is never cut off, the detail
pane keeps values whole, the Overview shows its risk summary, a saved oversized window is
clamped. The shop has demo data (CNY) plus USD and EUR statements (a mixed-currency footer)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle
from pytestqt.qtbot import QtBot

from shopguard.core import clock
from shopguard.core.changes import Changes
from shopguard.core.detection import run_scan
from shopguard.core.importing.demo import generate_demo
from shopguard.core.importing.importer import import_file
from shopguard.gui import main_window as main_window_module
from shopguard.gui.context import AppContext
from shopguard.gui.main_window import MainWindow
from tests.conftest import DATA

pytestmark = pytest.mark.gui
SIZE = (1024, 700)
NOW = datetime(2026, 11, 27, 9, 0)


def settle(ctx: AppContext) -> None:
    for _ in range(4):
        ctx.ops.wait()
        for _ in range(20):
            QApplication.processEvents()


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once for the module (each test gets a copy)."""
    from shopguard.core.workspace import connect

    path = tmp_path_factory.mktemp("mixed") / "shop.db"
    clock.set_now(NOW)
    db = connect(path)
    generate_demo(db, months=1, seed=7)
    for name in ("stripe.csv", "sumup.csv"):
        copy = path.parent / name
        shutil.copy(DATA / name, copy)
        assert import_file(db, copy).ok
    run_scan(db)
    db.close()
    clock.set_now(None)
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def mixed_shop(ctx: AppContext) -> AppContext:
    clock.set_now(NOW)
    return ctx


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """The window's screen is 1024×700 (the offscreen platform's own is 800×800)."""
    area = QRect(0, 0, *SIZE)
    monkeypatch.setattr(main_window_module, "available_geometry", lambda _w: area,
                        raising=False)
    return area


@pytest.fixture(params=["en", "zh_CN"])
def small_window(request: pytest.FixtureRequest, mixed_shop: AppContext, small_screen: QRect,
                 qtbot: QtBot) -> Iterator[MainWindow]:
    mixed_shop.translations.apply(request.param)
    win = MainWindow(mixed_shop)
    qtbot.addWidget(win)
    win.resize(*SIZE)
    win.show()
    settle(mixed_shop)
    yield win


def elided_cells(view: QAbstractItemView, columns: list[int],
                 parent: QModelIndex | None = None) -> list[str]:
    """Cells of `columns` in the rows on screen whose text does not fit its cell, or whose
    cell is not inside the viewport (cut off at the edge)."""
    model = view.model()
    parent = parent or QModelIndex()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                           view) + 1)
    viewport = view.viewport().rect()
    bad: list[str] = []
    for row in range(model.rowCount(parent)):
        for col in columns:
            index = model.index(row, col, parent)
            rect = view.visualRect(index)
            if not rect.isValid() or rect.top() > viewport.bottom() or rect.bottom() < 0:
                continue  # not on screen (scrolled away vertically)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole) or view.font()
            need = QFontMetrics(font).horizontalAdvance(text) + margin
            if need > rect.width():
                bad.append(f"row {row} col {col} {text!r}: needs {need}, has {rect.width()}")
            elif rect.left() < viewport.left() or rect.right() > viewport.right():
                bad.append(f"row {row} col {col} {text!r}: outside the viewport {rect}")
    return bad


def test_every_screen_fits(small_window: MainWindow, small_screen: QRect) -> None:
    win = small_window
    size = win.size()
    assert size.width() >= SIZE[0] - 10 and size.height() >= SIZE[1] - 10  # frame aside
    for key in win.screens:
        win.show_screen(key)
        settle(win.ctx)
        assert win.size() == size and small_screen.contains(win.frameGeometry()), key
        hint = win.stack.currentWidget().minimumSizeHint()
        assert hint.width() <= win.stack.width() and hint.height() <= win.stack.height(), key


def test_alert_amounts_are_whole_and_on_screen(small_window: MainWindow) -> None:
    screen = small_window.show_screen("alerts")
    settle(small_window.ctx)
    tree = screen.tree  # type: ignore[attr-defined]
    model = tree.model()
    assert model.rowCount() > 3
    bad: list[str] = []
    for group in range(model.rowCount()):
        bad += elided_cells(tree, [0, 1], model.index(group, 0))
    assert not bad, "\n".join(bad)
    # the evidence of the selected alert: each transaction's amount and time whole, on screen
    from shopguard.gui.screens.alerts import FIELDS

    evidence = screen.evidence  # type: ignore[attr-defined]
    longest = max((a for a in screen.alerts if len(a.transactions) == 2),  # type: ignore[attr-defined]
                  key=lambda a: sum(len(t.reference_no) for t in a.transactions))
    tree.setCurrentItem(screen._item_for(longest.id))  # type: ignore[attr-defined]
    settle(small_window.ctx)
    assert evidence.columnCount() >= 2
    for key in ("amount", "time"):
        row = FIELDS.index(key)
        bad += [line for line in elided_cells(evidence, list(range(evidence.columnCount())))
                if line.startswith(f"row {row} ")]
    assert not bad, "\n".join(bad)


def test_transaction_money_is_whole_and_on_screen(small_window: MainWindow) -> None:
    from shopguard.gui.screens.transactions_model import COLUMNS, MONEY_COLUMNS

    screen = small_window.show_screen("transactions")
    settle(small_window.ctx)
    table = screen.table  # type: ignore[attr-defined]
    money = [i for i, (c, _) in enumerate(COLUMNS) if c in MONEY_COLUMNS]
    time = [i for i, (c, _) in enumerate(COLUMNS) if c == "occurred_at"]
    assert not (bad := elided_cells(table, time + money)), "\n".join(bad)
    # the other columns are whole too (they may be off to the right, scrolled to)
    others = [i for i in range(len(COLUMNS)) if i not in money + time]
    width = sum(table.columnWidth(i) for i in range(len(COLUMNS)))
    table.resize(width + 40, table.height())
    assert not (bad := elided_cells(table, others)), "\n".join(bad)


def test_transaction_money_stays_whole_after_scrolling_to_larger_amounts(
        small_window: MainWindow) -> None:
    from shopguard.gui.screens.transactions_model import COLUMNS, MONEY_COLUMNS

    screen = small_window.show_screen("transactions")
    settle(small_window.ctx)
    table = screen.table  # type: ignore[attr-defined]
    money = [i for i, (c, _) in enumerate(COLUMNS) if c in MONEY_COLUMNS]
    # a far larger amount, long ago: nowhere near the first page, wider than anything on it
    db = small_window.ctx.read_db()
    import_id = db.conn.execute("SELECT max(id) FROM imports").fetchone()[0]
    db.conn.execute(
        "INSERT INTO transactions (occurred_at, merchant_id, terminal_id, card, type, status,"
        " amount_minor, fee_minor, net_minor, currency, reference_no, import_id, source_line,"
        " natural_key) VALUES ('2025-01-05T10:00:00', 'M', 'T', '', 'sale', 'success',"
        " 123456789, 740741, 122716048, 'CNY', 'BIG1', ?, 1, 'big-1')", (import_id,))
    screen.on_changes(Changes.TRANSACTIONS)  # type: ignore[attr-defined]
    settle(small_window.ctx)
    assert not (bad := elided_cells(table, money)), "\n".join(bad)  # the first page is fine
    amount = next(i for i, (c, _) in enumerate(COLUMNS) if c == "amount_minor")
    table.sortByColumn(amount, Qt.SortOrder.AscendingOrder)
    settle(small_window.ctx)
    table.scrollToBottom()
    settle(small_window.ctx)
    assert not (bad := elided_cells(table, money)), "\n".join(bad)


def test_detail_pane_keeps_dates_and_references_whole(small_window: MainWindow) -> None:
    screen = small_window.show_screen("transactions")
    settle(small_window.ctx)
    splitter = screen.splitter  # type: ignore[attr-defined]
    total = sum(splitter.sizes())
    splitter.setSizes([total - 190, 190])  # a narrow pane
    table = screen.table  # type: ignore[attr-defined]
    table.selectRow(0)
    settle(small_window.ctx)
    document = screen.detail.document()  # type: ignore[attr-defined]
    document.setTextWidth(screen.detail.viewport().width())  # type: ignore[attr-defined]
    broken = []
    block = document.begin()
    while block.isValid():
        if block.text().strip() and block.layout().lineCount() > 1:
            broken.append(block.text())
        block = block.next()
    assert block is not None and not broken, broken


def test_overview_shows_the_risk_summary(small_window: MainWindow, small_screen: QRect) -> None:
    screen = small_window.show_screen("overview")
    settle(small_window.ctx)
    assert small_screen.contains(small_window.frameGeometry())
    area = screen.risk_area  # type: ignore[attr-defined]
    assert area.isVisible()
    top_left = area.mapTo(small_window, QPoint(0, 0))
    visible = QRect(screen.mapTo(small_window, QPoint(0, 0)), screen.size())
    # the heading and at least the panel's first lines are on screen without scrolling
    assert visible.contains(QRect(top_left, area.size().boundedTo(
        area.size().__class__(area.width(), min(area.height(), 120)))))


def test_saved_oversized_geometry_is_clamped(mixed_shop: AppContext, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    big = MainWindow(mixed_shop)
    qtbot.addWidget(big)
    big.show()
    big.setGeometry(40, 40, 1600, 1100)  # as saved on a large screen
    settle(mixed_shop)
    big.save_state()
    big.hide()
    screen_area = QRect(0, 0, *SIZE)
    monkeypatch.setattr(main_window_module, "available_geometry", lambda _w: screen_area,
                        raising=False)
    win = MainWindow(mixed_shop)
    qtbot.addWidget(win)
    win.show()
    settle(mixed_shop)
    for key in win.screens:
        win.show_screen(key)
        settle(mixed_shop)
        assert screen_area.contains(win.frameGeometry()), (key, win.frameGeometry())
    win.save_state()  # and what is saved for the next start fits too
    geometry = mixed_shop.qsettings().value("main/geometry")
    assert isinstance(geometry, QByteArray)
    again = MainWindow(mixed_shop)
    qtbot.addWidget(again)
    again.restoreGeometry(geometry)
    assert again.width() <= SIZE[0] and again.height() <= SIZE[1]


def test_overview_totals_are_per_currency_main_first(small_window: MainWindow) -> None:
    screen = small_window.show_screen("overview")
    settle(small_window.ctx)
    table = screen.totals  # type: ignore[attr-defined]
    assert not table.isColumnHidden(1)  # several currencies: the column says which
    currencies = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert currencies[0] == "CNY" and set(currencies) == {"CNY", "EUR", "USD"}
    assert currencies == sorted(currencies, key=lambda c: (c != "CNY", c))
    symbols = {"CNY": "¥", "EUR": "€", "USD": "$"}
    for r in range(table.rowCount()):
        assert table.item(r, 3).text().lstrip("-").startswith(symbols[currencies[r]])
