"""Rows without a time of day on screen: Transactions and the Alerts evidence show the date
with "time unknown" (时间未知), never 00:00:00, and no gap between such rows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from shopguard.core.detection.scan import scan
from shopguard.core.store import settings
from shopguard.core.workspace import import_file
from shopguard.gui.screens.alerts import FIELDS, AlertsScreen
from shopguard.gui.screens.transactions import TransactionsScreen

pytestmark = pytest.mark.gui
DATA = Path(__file__).parents[1] / "data"
SHOTS = os.environ.get("SHOPGUARD_SHOTS")  # a folder: save screenshots there to look at


def _load(ctx) -> None:  # type: ignore[no-untyped-def]
    db = ctx.read_db()
    settings.set_value(db, "currency", "USD")
    assert import_file(db, DATA / "square_2018.csv").ok
    scan(db)


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.mark.parametrize("lang, unknown", [("en", "2018-12-27 (time unknown)"),
                                           ("zh_CN", "2018-12-27 (时间未知)")])
def test_transactions_show_the_date_and_time_unknown(ctx, qtbot, lang: str,  # type: ignore[no-untyped-def]
                                                     unknown: str) -> None:
    _load(ctx)
    ctx.set_language(lang)
    s = TransactionsScreen(ctx)
    qtbot.addWidget(s)
    s.resize(1024, 700)
    s.show()
    qtbot.waitUntil(lambda: s.model.rowCount() == 24, timeout=5000)
    first = s.model.data(s.model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert first == unknown
    assert not any("00:00" in str(s.model.data(s.model.index(r, 0)))
                   for r in range(s.model.rowCount()))
    s.table.selectRow(0)
    qtbot.waitUntil(lambda: unknown in s.detail.toPlainText(), timeout=5000)
    _shot(s, f"time_unknown_transactions_{lang}")
    ctx.set_language("en")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_alert_evidence_shows_time_unknown_and_no_gap(ctx, qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    _load(ctx)
    ctx.set_language(lang)
    s = AlertsScreen(ctx)
    qtbot.addWidget(s)
    s.resize(1024, 700)
    s.show()
    qtbot.waitUntil(lambda: s.current is not None, timeout=10_000)
    for i in range(s.tree.topLevelItemCount()):  # select the duplicate
        group = s.tree.topLevelItem(i)
        if group.childCount() and ("Duplicate" in group.text(0) or "重复" in group.text(0)):
            s.tree.setCurrentItem(group.child(0))
    qtbot.waitUntil(lambda: s.current is not None and s.current.rule == "duplicate_swipe",
                    timeout=5000)
    time_row, gap_row = FIELDS.index("time"), FIELDS.index("gap")
    unknown = "时间未知" if lang == "zh_CN" else "time unknown"
    assert [s.evidence.item(time_row, c).text() for c in range(2)] == [
        f"2018-12-14 ({unknown})"] * 2
    assert s.evidence.item(gap_row, 1).text() == ""
    _shot(s, f"time_unknown_alert_{lang}")
    ctx.set_language("en")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_import_result_counts_rows_left_out_and_dates_without_times(ctx, qtbot,  # type: ignore[no-untyped-def]
                                                                     lang: str) -> None:
    from shopguard.gui.dialogs.import_result import ImportResultDialog

    db = ctx.read_db()
    settings.set_value(db, "timezone", "America/New_York")
    ctx.set_language(lang)
    stripe = import_file(db, DATA / "stripe_mixed_mode.csv")
    dialog = ImportResultDialog(stripe, lang=lang)
    qtbot.addWidget(dialog)
    assert [dialog.values[k].text() for k in ("rows_read", "imported", "already_present",
                                               "left_out")] == ["21", "15", "0", "6"]
    assert any("6" in n.text() and ("Test" in n.text()) for n in dialog.note_labels)
    _shot(dialog, f"import_result_stripe_mixed_mode_{lang}")
    square = import_file(db, DATA / "square_2018.csv")
    assert (square.first_at, square.last_at) == ("2018-11-02", "2018-12-27")
    dialog = ImportResultDialog(square, lang=lang)
    qtbot.addWidget(dialog)
    assert dialog.values["period"].text() == (
        "2018年11月2日 至 2018年12月27日" if lang == "zh_CN" else "2 Nov 2018 to 27 Dec 2018")
    assert "left_out" not in dialog.values
    _shot(dialog, f"import_result_square_2018_{lang}")
    ctx.set_language("en")
