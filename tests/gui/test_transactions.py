"""The Transactions screen: paged model (qtmodeltester), filters, sort, paging, export, copy."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from shopguard.core.changes import Changes
from shopguard.core.importing.demo import generate_demo
from shopguard.core.pan import is_pan
from shopguard.core.store import query
from shopguard.gui.screens import transactions_model as tx
from shopguard.gui.screens.transactions import TransactionsScreen
from shopguard.gui.screens.transactions_model import TransactionsModel

END = date(2026, 10, 31)


@pytest.fixture
def demo_db(db):  # type: ignore[no-untyped-def]
    generate_demo(db, months=2, seed=7, end=END)
    return db


@pytest.fixture
def screen(ctx, qtbot):  # type: ignore[no-untyped-def]
    generate_demo(ctx.read_db(), months=2, seed=7, end=END)
    s = TransactionsScreen(ctx)
    qtbot.addWidget(s)
    s.resize(1300, 700)
    s.show()
    qtbot.waitUntil(lambda: "·" in s.totals_label.text(), timeout=5000)
    return s


def _sql(db: Any, where: str = "1", params: tuple[Any, ...] = ()) -> list[int]:
    return [r[0] for r in db.conn.execute(
        f"SELECT id FROM transactions WHERE {where} ORDER BY occurred_at DESC, id DESC",
        params)]


def _model_ids(model: TransactionsModel) -> list[int]:
    return [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole)
            for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, demo_db) -> None:  # type: ignore[no-untyped-def]
    model = TransactionsModel(demo_db)
    model.set_filter(query.TxnFilter(type="refund"))
    qtmodeltester.check(model)
    model.set_filter(query.TxnFilter())
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("id_list_max", [0, 10**9])  # offset/keyset paging, id-list paging
def test_every_row_in_order_in_both_paging_modes(demo_db, monkeypatch, id_list_max) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tx, "ID_LIST_MAX", id_list_max)
    model = TransactionsModel(demo_db)
    model.set_filter(query.TxnFilter())
    assert model.mode == ("offset" if id_list_max == 0 else "ids")
    assert _model_ids(model) == _sql(demo_db)
    # reading from the bottom first goes through the reversed-offset path
    model.reload()
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0), Qt.ItemDataRole.UserRole) == _sql(demo_db)[-1]


@pytest.mark.parametrize("f, where, params", [
    (query.TxnFilter(status="failed"), "status = 'failed'", ()),
    (query.TxnFilter(type="refund"), "type = 'refund'", ()),
    (query.TxnFilter(terminal_id="10230002", date_from="2026-10-01", date_to="2026-10-08"),
     "terminal_id = '10230002' AND occurred_at >= '2026-10-01' AND occurred_at < '2026-10-08'",
     ()),
    (query.TxnFilter(operator="王芳", type="sale", status="success"),
     "operator = '王芳' AND type = 'sale' AND status = 'success'", ()),
])
def test_filters_match_sql(demo_db, f, where, params) -> None:  # type: ignore[no-untyped-def]
    model = TransactionsModel(demo_db)
    model.set_filter(f)
    expected = _sql(demo_db, where, params)
    assert expected, "the demo data should hold some of these"
    assert model.rowCount() == len(expected) == query.count(demo_db, f)
    assert _model_ids(model) == expected


def test_sort_by_amount_both_ways_and_modes(demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    expected = [r[0] for r in demo_db.conn.execute(
        "SELECT id FROM transactions ORDER BY amount_minor, id")]
    for limit in (0, 10**9):
        monkeypatch.setattr(tx, "ID_LIST_MAX", limit)
        model = TransactionsModel(demo_db)
        model.set_filter(query.TxnFilter())
        model.sort(5, Qt.SortOrder.AscendingOrder)
        assert _model_ids(model) == expected
        model.sort(5, Qt.SortOrder.DescendingOrder)
        assert _model_ids(model) == expected[::-1]


def test_money_right_aligned_and_formatted(demo_db) -> None:  # type: ignore[no-untyped-def]
    model = TransactionsModel(demo_db)
    model.set_filter(query.TxnFilter(type="void"))
    idx = model.index(0, 5)
    row = model.row(0)
    assert row is not None
    text = model.data(idx)
    assert text.startswith("¥") and text.replace("¥", "").replace(",", "").replace(".", "") \
        .lstrip("0") == str(row[query.COLUMN_INDEX["amount_minor"]])
    assert model.data(idx, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert not model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) \
        & Qt.AlignmentFlag.AlignRight
    cards = {model.data(model.index(r, 2)) for r in range(model.rowCount())}
    assert any("*" in c for c in cards)
    assert not any(is_pan(c.replace("*", "0")) and "*" not in c for c in cards)


def test_screen_filters_and_debounced_search(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    db = screen.ctx.read_db()
    total = screen.model.rowCount()
    assert total == query.count(db, query.TxnFilter())
    screen.status_box.setCurrentIndex(screen.status_box.findData("failed"))
    assert screen.model.rowCount() == len(_sql(db, "status = 'failed'"))
    ref = db.conn.execute("SELECT reference_no FROM transactions WHERE status = 'failed'"
                          " LIMIT 1").fetchone()[0]
    qtbot.keyClicks(screen.search, ref[:8])
    assert screen.debounce.isActive()  # typing does not re-query each keystroke
    qtbot.waitUntil(lambda: screen.model.rowCount() < 5, timeout=2000)
    assert ref in {screen.model.row(r)[query.COLUMN_INDEX["reference_no"]]
                   for r in range(screen.model.rowCount())}
    screen.clear_filters()
    assert screen.model.rowCount() == total


def test_search_by_amount_and_last4(demo_db) -> None:  # type: ignore[no-untyped-def]
    card = demo_db.conn.execute("SELECT card FROM transactions WHERE card LIKE '%*%'"
                                " LIMIT 1").fetchone()[0]
    model = TransactionsModel(demo_db)
    model.set_filter(query.TxnFilter(search=card[-4:]))
    rows = [model.row(r) for r in range(model.rowCount())]
    assert any(r[query.COLUMN_INDEX["card"]] == card for r in rows)
    model.set_filter(query.TxnFilter(search="88.00"))
    assert model.rowCount() == len(_sql(demo_db, "amount_minor = 8800"))


def test_apply_filter_navigate(screen) -> None:  # type: ignore[no-untyped-def]
    db = screen.ctx.read_db()
    card, op = db.conn.execute("SELECT card, operator FROM transactions WHERE type = 'sale'"
                               " GROUP BY card ORDER BY count(*) DESC LIMIT 1").fetchone()
    screen.apply_filter({"from": "2026-09-15T12:00:00", "to": "2026-10-20",
                         "card": card, "status": "success", "type": "sale"})
    expected = _sql(db, "occurred_at >= '2026-09-15T12:00:00' AND occurred_at < '2026-10-20'"
                    " AND card = ? AND status = 'success' AND type = 'sale'", (card,))
    assert _model_ids(screen.model) == expected
    assert screen.extra_label.isVisibleTo(screen) and card[-4:] in screen.extra_label.text()
    assert screen.date_to.date().toString("yyyy-MM-dd") == "2026-10-19"
    assert screen.status_box.currentData() == "success"
    ids = _sql(db, "type = 'refund'")[:3]
    screen.apply_filter({"ids": ids})
    assert sorted(_model_ids(screen.model)) == sorted(ids)
    screen.apply_filter({"terminal_id": "10230001", "operator": op})
    assert screen.model.rowCount() == len(_sql(db, "terminal_id = '10230001' AND operator = ?",
                                               (op,)))


def test_copy_selected_rows(screen) -> None:  # type: ignore[no-untyped-def]
    sel = screen.table.selectionModel()
    for r in (0, 2):
        sel.select(screen.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    text = screen.copy_selection()
    lines = text.splitlines()
    assert len(lines) == 3 and lines[0].startswith("Time\tTerminal")
    assert QGuiApplication.clipboard().text() == text
    assert screen.model.data(screen.model.index(2, 8)) in lines[2].split("\t")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_reads_back_same_rows(screen, qtbot, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    screen.type_box.setCurrentIndex(screen.type_box.findData("refund"))
    db = screen.ctx.read_db()
    expected = db.conn.execute(
        "SELECT id, reference_no, amount_minor, card FROM transactions WHERE type = 'refund'"
        " ORDER BY occurred_at DESC, id DESC").fetchall()
    target = tmp_path / f"out.{kind}"
    handle = screen.export_to(target, kind)
    qtbot.waitUntil(lambda: handle.done, timeout=10000)
    assert handle.error is None and target.exists()
    if kind == "csv":
        with open(target, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        got = [(int(r["id"]), r["reference_no"], int(Decimal(r["amount"]) * 100), r["card"])
               for r in rows]
    else:
        ws = load_workbook(target, read_only=True).active
        values = list(ws.iter_rows(values_only=True))
        head = list(values[0])
        got = [(int(v[head.index("id")]), v[head.index("reference_no")],
                int(Decimal(str(v[head.index("amount")])) * 100), v[head.index("card")])
               for v in values[1:]]
    assert got == expected
    assert not list(tmp_path.glob("*.part"))


def test_refreshes_on_transaction_changes_only(screen) -> None:  # type: ignore[no-untyped-def]
    before = screen.model.rowCount()
    db = screen.ctx.read_db()
    db.conn.execute("DELETE FROM transactions WHERE type = 'void'")
    screen.on_changes(Changes.SETTINGS)
    assert screen.model.rowCount() == before
    screen.on_changes(Changes.TRANSACTIONS)
    assert screen.model.rowCount() == query.count(db, query.TxnFilter()) < before


def test_detail_pane_shows_related(screen) -> None:  # type: ignore[no-untyped-def]
    screen.type_box.setCurrentIndex(screen.type_box.findData("void"))
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    html = screen.detail.toPlainText()
    row = screen.model.row(0)
    assert row[query.COLUMN_INDEX["original_reference_no"]] in html
    assert "Related transactions" in html


def test_screen_in_main_window_and_chinese(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = window.screen_widget("transactions")  # built on first use
    assert screen is not None and window.screens["transactions"] is screen
    window.ctx.set_language("zh_CN")
    assert screen.title() == "交易明细"
    assert screen.copy_button.text() == "复制"
    assert screen.model.headerData(5, Qt.Orientation.Horizontal) == "金额"
    window.ctx.set_language("en")
    assert screen.title() == "Transactions"


def test_large_unindexed_sort_runs_in_background(screen, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tx, "ID_LIST_MAX", 100)  # the demo's ~4,000 rows count as "large"
    model = screen.model
    col = next(i for i, (c, _) in enumerate(tx.COLUMNS) if c == "net_minor")
    assert "net_minor" not in query.INDEXED_SORTS
    with qtbot.waitSignal(model.busy_changed, timeout=2000) as started:
        screen.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    assert started.args == [True] and model.busy
    assert screen.totals_label.text() == "Sorting…"
    qtbot.waitUntil(lambda: not model.busy, timeout=10000)
    expected = [r[0] for r in screen.ctx.read_db().conn.execute(
        "SELECT id FROM transactions ORDER BY net_minor, occurred_at, id")]
    assert model.mode == "ids" and _model_ids(model) == expected


def test_layout_is_remembered(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    generate_demo(ctx.read_db(), months=1, seed=7, end=END)
    first = TransactionsScreen(ctx)
    qtbot.addWidget(first)
    first.table.setColumnWidth(2, 321)
    first.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    first.save_layout()
    second = TransactionsScreen(ctx)
    qtbot.addWidget(second)
    assert second.table.columnWidth(2) == 321
    assert second.model.sort_column == "amount_minor" and not second.model.descending


def test_ctrl_c_in_the_table_copies_whole_rows(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen.table.setFocus()
    screen.table.selectRow(1)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(screen.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2 and lines[0].startswith("Time\t")
    assert lines[1].split("\t")[8] == screen.model.data(screen.model.index(1, 8))
