"""The Imports screen: Undo asks first, naming the file and how many rows go (issue 13 item 10);
an import's kept bad rows are shown when it is selected or navigated to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from shopguard.core.workspace import import_file
from shopguard.gui.context import AppContext
from shopguard.gui.screens.imports import ImportsScreen

pytestmark = pytest.mark.gui

DATA = Path(__file__).parents[1] / "data"
ROWS = json.loads((DATA / "allinpay.csv.truth.json").read_text(encoding="utf-8"))["rows"]


def _answer(qtbot: QtBot, remove: bool) -> dict[str, str]:
    """Answer the next message box (remove the rows, or cancel); returns what it said."""
    seen: dict[str, str] = {}

    def look(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries < 250:
                QTimer.singleShot(20, lambda: look(tries + 1))
            return
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["buttons"] = "|".join(b.text() for b in box.buttons())
        role = (QMessageBox.ButtonRole.DestructiveRole if remove
                else QMessageBox.ButtonRole.RejectRole)
        [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
        button.click()

    QTimer.singleShot(0, look)
    return seen


@pytest.fixture
def screen(ctx: AppContext, qtbot: QtBot, sample) -> ImportsScreen:  # type: ignore[no-untyped-def]
    assert import_file(ctx.read_db(), sample("allinpay.csv")).ok
    s = ImportsScreen(ctx)
    qtbot.addWidget(s)
    s.show()
    qtbot.waitUntil(lambda: s.table.rowCount() == 1, timeout=5000)
    s.table.selectRow(0)
    return s


def _count(ctx: AppContext) -> int:
    return int(ctx.read_db().conn.execute("SELECT count(*) FROM transactions").fetchone()[0])


def test_undo_button_asks_naming_the_file_and_the_rows(screen: ImportsScreen, ctx: AppContext,
                                                       qtbot: QtBot) -> None:
    asked = _answer(qtbot, remove=False)
    screen.undo_button.click()  # the real button, as the user clicks it
    qtbot.waitUntil(lambda: "text" in asked, timeout=5000)
    assert "allinpay.csv" in asked["text"]
    assert f"{ROWS:,}" in asked["text"]
    qtbot.waitUntil(lambda: not ctx.ops.running, timeout=5000)
    assert _count(ctx) == ROWS  # refused: nothing removed

    asked = _answer(qtbot, remove=True)
    screen.undo_button.click()
    qtbot.waitUntil(lambda: "text" in asked, timeout=5000)
    assert f"Remove {ROWS:,} transactions" in asked["buttons"]
    qtbot.waitUntil(lambda: _count(ctx) == 0, timeout=10_000)


def test_undo_confirmation_in_chinese(screen: ImportsScreen, ctx: AppContext,
                                      qtbot: QtBot) -> None:
    ctx.set_language("zh_CN")
    asked = _answer(qtbot, remove=False)
    screen.undo_button.click()
    qtbot.waitUntil(lambda: "text" in asked, timeout=5000)
    assert "allinpay.csv" in asked["text"] and f"{ROWS:,}" in asked["text"]
    assert "撤销" in asked["text"] and "笔" in asked["text"]
    assert f"删除 {ROWS:,} 笔交易" in asked["buttons"]
    assert _count(ctx) == ROWS
