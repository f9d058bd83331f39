"""First start (issue 13 item 11): the first import opens the Overview and says why, not the
screen another session was left on (it used to jump to Settings); a cancelled import on an
empty database stays on the welcome page and says it was cancelled."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from shopguard.gui.context import AppContext
from shopguard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: bool(win._summary), timeout=5000)
    return win


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_first_import_opens_the_overview_and_says_why(ctx: AppContext, qtbot: QtBot,
                                                          sample, lang: str) -> None:  # type: ignore[no-untyped-def]
    ctx.qsettings().setValue("main/screen", "settings")  # where an earlier session ended
    ctx.set_language(lang)
    win = _window(ctx, qtbot)
    assert win.stack.currentWidget() is win.welcome
    with qtbot.waitSignal(win.importer.dialog_opened, timeout=20_000) as opened:
        win.welcome.import_button.setFocus()
        win.import_files([sample("allinpay.csv")])
    qtbot.waitUntil(lambda: win.stack.currentWidget() is not win.welcome, timeout=5000)
    assert win.stack.currentWidget() is win.screen_widget("overview")
    message = win.statusBar().currentMessage()
    assert "allinpay.csv" in message
    assert win.screen_widget("overview").title() in message
    assert ("已导入" if lang == "zh_CN" else "was imported") in message
    opened.args[0].close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_cancelled_import_keeps_the_welcome_page_and_says_so(ctx: AppContext, qtbot: QtBot,
                                                               sample, lang: str) -> None:  # type: ignore[no-untyped-def]
    ctx.set_language(lang)
    win = _window(ctx, qtbot)
    gate = threading.Event()
    ctx.ops.run(lambda _db, _op: gate.wait(20), write=True)  # the import queues behind it
    win.welcome.import_button.setFocus()
    win.import_files([sample("allinpay.csv")])
    qtbot.waitUntil(lambda: win.cancel_button.isVisible(), timeout=5000)
    win.cancel_button.setFocus()  # as when the user clicks it
    with qtbot.waitSignal(win.importer.all_done, timeout=20_000):
        win.cancel_button.click()
        gate.set()
    qtbot.waitUntil(lambda: not ctx.ops.running, timeout=10_000)
    qtbot.wait(50)
    assert win.stack.currentWidget() is win.welcome
    assert win.nav.currentRow() == -1
    note = win.welcome.message.text()
    assert win.welcome.message.isVisible()
    assert "allinpay.csv" in note
    assert ("取消" if lang == "zh_CN" else "cancelled") in note
    conn = ctx.read_db().conn
    assert conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0
