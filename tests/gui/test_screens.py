"""Imports, Settings and Overview screens against a real database."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QComboBox

from shopguard.core.changes import Changes
from shopguard.core.importing.importer import import_file
from shopguard.core.store import settings
from shopguard.core.store.audit import entries


def _imported(ctx, sample):  # type: ignore[no-untyped-def]
    return import_file(ctx.read_db(), sample("allinpay.csv"))


def test_imports_screen_lists_and_undoes_an_import(ctx, qtbot, sample) -> None:  # type: ignore[no-untyped-def]
    result = _imported(ctx, sample)
    from shopguard.gui.screens.imports import ImportsScreen

    screen = ImportsScreen(ctx)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1, timeout=5000)
    assert screen.table.item(0, 1).text() == "allinpay.csv"
    assert screen.table.item(0, 5).text() == f"{result.imported:,}"
    assert not screen.undo_button.isEnabled()
    screen.table.selectRow(0)
    assert screen.undo_button.isEnabled()
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        screen.undo_selected(confirm=False)
    screen.on_changes(Changes.IMPORTS)  # the main window forwards `changed` to every screen
    qtbot.waitUntil(lambda: screen.rows and screen.rows[0]["undone_at"] is not None, timeout=5000)
    assert ctx.read_db().conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0
    from shopguard.gui.screens.imports import COLUMNS

    assert screen.table.item(0, COLUMNS.index("state")).text().startswith("undone")
    assert entries(ctx.read_db())[-1]["action"] == "import.undo"


def test_imports_screen_shows_bad_rows_of_an_import(ctx, qtbot, sample) -> None:  # type: ignore[no-untyped-def]
    result = import_file(ctx.read_db(), sample("hostile_bad_amount.csv"), skip_bad_rows=True)
    assert result.ok and result.skipped_bad_rows
    from shopguard.gui.screens.imports import ImportsScreen

    screen = ImportsScreen(ctx)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1, timeout=5000)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.errors.rowCount() == result.skipped_bad_rows, timeout=5000)
    first = result.errors[0]
    assert screen.errors.item(0, 0).text() == str(first.line)
    assert screen.errors.item(0, 1).text() == first.column


def _settings_screen(ctx, qtbot):  # type: ignore[no-untyped-def]
    from shopguard.gui.screens.settings import SettingsScreen

    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: bool(screen.values), timeout=5000)
    return screen


def test_settings_screen_has_every_key_and_validates_with_core_messages(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _settings_screen(ctx, qtbot)
    assert set(screen.editors) == set(settings.SPECS)
    assert screen.editors["per_txn_limit"].text() == "50000.00"
    assert screen.editors["fee_rate"].text() == "0.6%"
    screen.editors["business_hours"].setText("9am to 9pm")
    screen.check("business_hours")
    assert screen.errors["business_hours"].text() == "'9am to 9pm' is not a range like 09:00-21:00"
    screen.save()
    assert "Not saved" in screen.status.text()
    assert settings.get(ctx.read_db(), "business_hours") == "09:00-21:00"


def test_settings_screen_saves_to_the_database(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _settings_screen(ctx, qtbot)
    screen.editors["shop_name"].setText("老王水果店")
    screen.editors["per_txn_limit"].setText("8000")
    screen.editors["staff"].setText("小李，小张")
    screen.editors["refund_windows"].setText('{"allinpay": 180}')
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        screen.save()
    db = ctx.read_db()
    assert settings.get(db, "shop_name") == "老王水果店"
    assert settings.get(db, "per_txn_limit") == 800_000
    assert settings.get(db, "staff") == ["小李", "小张"]
    assert settings.get(db, "refund_windows") == {"allinpay": 180}
    actions = [(e["action"], e["subject"]) for e in entries(db)]
    assert ("setting.change", "per_txn_limit") in actions


def test_settings_terminals_kind_and_acquirer(ctx, qtbot, sample) -> None:  # type: ignore[no-untyped-def]
    _imported(ctx, sample)
    screen = _settings_screen(ctx, qtbot)
    qtbot.waitUntil(lambda: screen.terminals_table.rowCount() > 0, timeout=5000)
    terminal = screen.terminals_table.item(0, 0).text()
    kind = screen.terminals_table.cellWidget(0, 3)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("smart_pos"))
    screen.terminals_table.item(0, 4).setText("通联支付")
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        screen.save()
    row = ctx.read_db().conn.execute(
        "SELECT kind, acquirer FROM terminals WHERE terminal_id = ?", (terminal,)).fetchone()
    assert tuple(row) == ("smart_pos", "通联支付")


def test_language_switch_from_settings(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _settings_screen(ctx, qtbot)
    assert screen.save_button.text() == "Save"
    combo = screen.editors["language"]
    combo.setCurrentIndex(combo.findData("zh_CN"))
    with qtbot.waitSignal(ctx.language_changed, timeout=5000):
        screen.save()
    screen.retranslate()  # the main window does this for every screen on language_changed
    assert screen.save_button.text() == "保存"
    assert screen.row_labels["shop_name"].text() == "店铺名称"
    assert json.loads(ctx.read_db().conn.execute(
        "SELECT value FROM settings WHERE key='language'").fetchone()[0]) == "zh_CN"


def test_overview_shows_totals_and_has_the_risk_hook(ctx, qtbot, sample) -> None:  # type: ignore[no-untyped-def]
    _imported(ctx, sample)
    from shopguard.gui.screens.overview import OverviewScreen

    screen = OverviewScreen(ctx)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: bool(screen.data), timeout=5000)
    assert screen.fact_labels["transactions"][1].text() == "1,401"
    rows = {screen.totals.item(r, 0).text(): screen.totals.item(r, 2).text()
            for r in range(screen.totals.rowCount())}
    assert rows["Sales"] == "¥488,625.27"   # sum_minor_success_by_type.sale in the manifest
    assert screen.risk_area.objectName() == "riskSummaryArea"
    assert screen.imports.item(0, 1).text() == "allinpay.csv"


def test_settings_screen_sets_and_clears_the_owner_pin(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from shopguard.core.store import access
    from shopguard.gui import owner_pin

    screen = _settings_screen(ctx, qtbot)
    db = ctx.read_db()
    assert not access.staff_mode(db)
    assert not screen.clear_pin_button.isEnabled()
    monkeypatch.setattr(owner_pin, "ask_new_pin", lambda _parent: "1357")
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        screen.set_pin()
    qtbot.waitUntil(lambda: screen.clear_pin_button.isEnabled(), timeout=5000)
    assert access.staff_mode(db) and access.check_pin(db, "1357")
    assert "Staff mode is on" in screen.pin_state.text()
    monkeypatch.setattr(owner_pin, "ask_pin", lambda _parent, _action: "0000")  # wrong PIN
    screen.clear_pin()
    qtbot.waitUntil(lambda: "PIN" in screen.status.text(), timeout=5000)
    assert access.staff_mode(db)
    monkeypatch.setattr(owner_pin, "ask_pin", lambda _parent, _action: "1357")
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        screen.clear_pin()
    qtbot.waitUntil(lambda: not screen.clear_pin_button.isEnabled(), timeout=5000)
    assert not access.staff_mode(db)


def test_settings_save_needs_the_owner_pin_in_staff_mode(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from shopguard.core.store import access
    from shopguard.gui import owner_pin

    db = ctx.read_db()
    access.set_owner_pin(db, "1357")
    screen = _settings_screen(ctx, qtbot)
    screen.editors["per_txn_limit"].setText("8000")
    monkeypatch.setattr(owner_pin, "ask_pin", lambda _parent, _action: None)  # cancelled
    screen.save()
    assert settings.get(db, "per_txn_limit") == 5_000_000
    monkeypatch.setattr(owner_pin, "ask_pin", lambda _parent, _action: "1357")
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        screen.save()
    assert settings.get(db, "per_txn_limit") == 800_000
