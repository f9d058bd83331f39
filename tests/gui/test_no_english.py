"""No English left in the Chinese UI: every .qm loads, every screen and dialog, walked widget by
widget in Chinese, shows no English word except proper names (tests/gui/english.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from shopguard.core import clock
from shopguard.core.detection import alerts as core_alerts
from shopguard.core.detection import run_scan
from shopguard.core.importing.demo import generate_demo
from shopguard.core.procedures import cases
from shopguard.gui.context import AppContext
from shopguard.gui.i18n import i18n_dir
from tests.gui.english import english_words, visible_english

pytestmark = pytest.mark.gui
NOW = datetime(2026, 11, 27, 9, 0)


def settle(ctx: AppContext) -> None:
    for _ in range(4):
        ctx.ops.wait()
        for _ in range(20):
            QApplication.processEvents()


def test_the_word_check_itself() -> None:
    assert english_words("重复刷卡 · 高") == []
    assert english_words("导出 CSV… 终端 QR000017 oXxl5rMQjtWtzoSwCWnS9pVF ¥88.30") == []
    assert english_words("店主密码 owner") == ["owner"]
    assert english_words("<b>demo data</b> 已导入") == ["demo", "data"]
    assert english_words("数据库：shop.db /tmp/pytest-of-root/x/shop.db C:\\Users\\a extra") == ["extra"]


def test_every_translation_file_loads(ctx: AppContext) -> None:
    names = {p.name for p in i18n_dir().glob("*_zh_CN.qm")}
    loaded = set(ctx.translations.apply("zh_CN"))
    assert names and names <= loaded


def test_owner_pin_texts_are_found_under_their_context(ctx: AppContext) -> None:
    ctx.translations.apply("zh_CN")
    assert QCoreApplication.translate("OwnerPin", "Owner PIN") == "店主密码"
    assert QCoreApplication.translate("OwnerPin", "The same PIN again:") == "再次输入同一密码："


@pytest.fixture
def shop(ctx: AppContext) -> AppContext:
    """Demo data, scanned, one case open from a duplicate-swipe alert; the UI in Chinese."""
    clock.set_now(NOW)
    db = ctx.read_db()
    generate_demo(db, months=1, seed=7)
    run_scan(db)
    alert = next(a for a in core_alerts.list_alerts(db, status="open")
                 if a.rule == "duplicate_swipe")
    cases.open_from_alert(db, alert.id, actor="owner")
    ctx.translations.apply("zh_CN")
    return ctx


def _check(widget: QWidget, where: str) -> list[str]:
    return [f"{where}: {line}" for line in visible_english(widget)]


@pytest.mark.parametrize("when", ["at start", "switched while running"])
def test_no_english_on_any_screen(qtbot: QtBot, shop: AppContext, when: str) -> None:
    from shopguard.gui.main_window import MainWindow

    if when != "at start":
        shop.translations.apply("en")
    win = MainWindow(shop)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    settle(shop)
    if when != "at start":
        for key in win.screens:  # every screen shown once in English
            win.show_screen(key)
            settle(shop)
        shop.set_language("zh_CN")
        settle(shop)
    found: list[str] = []
    for key in win.screens:
        win.show_screen(key)
        settle(shop)
        found += _check(win, key)
    assert not found, "\n".join(found)


def test_no_english_in_the_case_wizard(qtbot: QtBot, shop: AppContext) -> None:
    from shopguard.gui.case_wizard import CaseWizard

    case_id = cases.list_cases(shop.read_db())[0].id
    wizard = CaseWizard(shop, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    found = _check(wizard, "summary")
    for page in wizard.step_pages:
        wizard.next()
        found += _check(wizard, page.objectName())
    wizard.next()
    found += _check(wizard, "close page")
    assert not found, "\n".join(found)


def test_no_english_in_the_owner_pin_dialogs(qtbot: QtBot, shop: AppContext) -> None:
    from shopguard.gui import owner_pin

    found: list[str] = []
    for dialog in (owner_pin.pin_dialog(None, QCoreApplication.translate(
            "AlertsScreen", "Dismissing an alert")), owner_pin.new_pin_dialog(None)):
        qtbot.addWidget(dialog)
        dialog.show()
        found += _check(dialog, dialog.objectName())
    from shopguard.core.store import access
    from shopguard.gui.ops import error_text

    db = shop.read_db()
    access.set_owner_pin(db, "246810")
    for pin in ("0000", None):  # the core's refusal, as any screen shows it
        try:
            access.require_owner(db, pin, "dismiss alert 1", "王芳")
        except access.OwnerRequired as exc:
            found += [f"refusal: {w}" for w in english_words(error_text(exc))]
        else:
            pytest.fail("not refused")
    assert not found, "\n".join(found)


def test_no_english_in_the_import_result(qtbot: QtBot, shop: AppContext, sample) -> None:  # type: ignore[no-untyped-def]
    from shopguard.core.importing.importer import import_file
    from shopguard.gui.dialogs.import_result import ImportResultDialog

    result = import_file(shop.read_db(), sample("allinpay.csv"))
    dialog = ImportResultDialog(result, lang=shop.translations.language)
    qtbot.addWidget(dialog)
    dialog.show()
    found = _check(dialog, "import result")
    assert not found, "\n".join(found)


def test_no_english_in_the_dispute_dialog(qtbot: QtBot, shop: AppContext) -> None:
    from shopguard.gui.dispute_dialog import DisputeDialog

    dialog = DisputeDialog(None, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not (found := _check(dialog, "dispute")), "\n".join(found)


def test_no_english_in_the_mapping_dialog(qtbot: QtBot, shop: AppContext,
                                          tmp_path: Path) -> None:
    from shopguard.gui.dialogs.mapping import MappingDialog

    path = tmp_path / "门店导出.csv"
    path.write_text("收款时刻,实收,小票号\n2026-09-01 10:00:00,12.50,T-1\n", encoding="utf-8")
    dialog = MappingDialog(shop, path, None)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(shop)
    assert not (found := _check(dialog, "mapping")), "\n".join(found)
