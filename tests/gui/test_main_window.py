"""The main window: title, every screen, navigation, status bar, shortcuts, state, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from shopguard.core.importing.importer import import_file
from shopguard.gui.main_window import MainWindow
from shopguard.gui.screens import Screen, discover_screens


def test_title_and_welcome_on_an_empty_database(window) -> None:  # type: ignore[no-untyped-def]
    assert "ShopGuard" in window.windowTitle()
    assert window.stack.currentWidget() is window.welcome
    assert window.counts_label.text() == "0 transactions · 0 imports"
    assert window.welcome.import_button.text() == "Import a statement…"


def test_every_discovered_screen_opens(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    classes = discover_screens()
    keys = [c.key for c in classes]
    assert {"overview", "imports", "settings"} <= set(keys)
    assert [c.order for c in classes] == sorted(c.order for c in classes)
    for i, cls in enumerate(classes):
        with qtbot.waitSignal(window.screen_shown, timeout=2000) as shown:
            window.nav.setCurrentRow(i)
        assert shown.args == [cls.key]
        widget = window.stack.currentWidget()
        assert isinstance(widget, Screen) and widget.key == cls.key
        assert widget.title() == window.nav.item(i).text()
        assert widget.isVisible()


def test_ctrl_number_shortcuts_switch_screens(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    keys = [c.key for c in window.screen_classes]
    last = len(keys)
    qtbot.keyClick(window, Qt.Key.Key_0 + last, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().key == keys[last - 1]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().key == keys[0]
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.refresh_action.shortcut().toString() == "F5"


def test_status_bar_shows_period_and_counts(ctx, qtbot, sample) -> None:  # type: ignore[no-untyped-def]
    import_file(ctx.read_db(), sample("allinpay.csv"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "1,401 transactions" in win.counts_label.text(), timeout=5000)
    assert win.period_label.text() == "Period: 2026-09-01 – 2026-10-01"
    assert win.db_label.text() == f"Database: {ctx.db_path.name}"
    assert win.stack.currentWidget() is not win.welcome  # data → the first screen


def test_navigate_signal_opens_a_screen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.screen_shown, timeout=2000):
        window.ctx.navigate.emit("settings", {})
    assert window.stack.currentWidget().key == "settings"


def test_language_switch_changes_visible_texts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    window.show_screen("overview")
    overview = window.screen_widget("overview")
    assert window.file_menu.title() == "&File"
    assert window.nav.item(0).text() == "Overview"
    assert ctx.set_language("zh_CN") == "zh_CN"
    assert window.file_menu.title() == "文件(&F)"
    assert window.nav.item(0).text() == "概览"
    assert overview.facts_box.title() == "对账单"
    assert window.cancel_button.text() == "取消"
    assert window.counts_label.text() == "0 笔交易 · 0 次导入"
    # Qt's own strings come from qtbase_zh_CN.qm
    from PySide6.QtCore import QCoreApplication
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    ctx.set_language("en")
    assert window.file_menu.title() == "&File"
    assert window.nav.item(0).text() == "Overview"
    assert overview.facts_box.title() == "Statements"


def test_geometry_and_splitter_are_remembered(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.resize(760, 560)  # within the offscreen screen (800x600)
    win.splitter.setSizes([260, 740])
    win.save_state()
    s: QSettings = ctx.qsettings()
    assert s.value("main/geometry") is not None
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.splitter.sizes()[0] == win.splitter.sizes()[0]
    assert again.size() == win.size()


def test_welcome_demo_button_is_wired(window) -> None:  # type: ignore[no-untyped-def]
    from shopguard.gui.welcome import demo_available

    button = window.welcome.findChild(QPushButton, "welcomeDemo")
    assert button is window.welcome.demo_button
    assert button.isEnabled() == demo_available()
    heading = window.welcome.findChild(QLabel, "welcomeHeading")
    assert heading.text() == "Welcome to ShopGuard"


def test_open_demo_data_fills_the_database_and_leaves_the_welcome_page(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from shopguard.gui.welcome import demo_available

    assert demo_available()
    assert window.stack.currentWidget() is window.welcome
    with qtbot.waitSignal(window.welcome.demo_loaded, timeout=60_000):
        window.welcome.demo_button.click()
    count = window.ctx.read_db().conn.execute("SELECT count(*) FROM transactions").fetchone()[0]
    assert count > 1000
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.welcome, timeout=5000)
    qtbot.waitUntil(lambda: f"{count:,} transactions" in window.counts_label.text(), timeout=5000)


def test_screens_are_built_when_first_shown(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Start-up builds only the screen it opens on, yet the navigation already has every
    title, translated, and a switch of language reaches them."""
    assert not {"transactions", "charts", "alerts", "cases"} & set(window.screens)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Transactions" in titles and "Charts" in titles
    window.ctx.set_language("zh_CN")
    assert "交易明细" in [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "charts" not in window.screens
    charts = window.show_screen("charts")
    assert charts is not None and window.screens["charts"] is charts
    assert charts.title() == "图表"
    window.ctx.set_language("en")


def test_a_screen_that_fails_to_build_is_left_out(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from shopguard.gui.screens.imports import ImportsScreen

    def broken(self, *_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("broken screen")

    monkeypatch.setattr(ImportsScreen, "__init__", broken)
    told: list[str] = []
    monkeypatch.setattr("shopguard.gui.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: told.append(text))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    keys = [c.key for c in win.screen_classes]
    assert "imports" in keys
    assert win.show_screen("imports") is None
    assert "imports" not in [c.key for c in win.screen_classes]
    assert len(told) == 1 and "could not be opened" in told[0]  # the user is told, not only the log
    assert win.nav.count() == len(keys) - 1 == len(win.screen_actions)
    win.retranslate()  # still consistent
