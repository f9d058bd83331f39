"""The letter preview/print dialog, opened for real from the Cases screen's button: it paints
its pages and closes without taking the process down (issue 13 item 1: the QPrinter it
previews onto was freed while the dialog still used it, a segfault in QtPrintSupport)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from shopguard.core.procedures import cases
from shopguard.gui.context import AppContext
from shopguard.gui.screens.cases import CasesScreen
from tests.procedures.conftest import (  # noqa: F401 (fixtures)
    AddTxn,
    add_txn,
    duplicate,
)

pytestmark = pytest.mark.gui


def _preview_once(qtbot: QtBot, screen: CasesScreen, case_id: int) -> None:
    """Click the button; once the dialog shows (whether the click blocks in exec() or not),
    let Python drop what it holds, paint a page, check it, and close the dialog."""
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = screen.findChild(QPrintPreviewDialog, "letterPreview")
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        seen["title"] = dialog.windowTitle()
        gc.collect()  # nothing Python made for the dialog may be needed after this
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.updatePreview()
        QCoreApplication.processEvents()
        seen["pages"] = preview.pageCount()
        seen["ink"] = _ink(preview.grab().toImage())
        dialog.close()

    QTimer.singleShot(0, look)
    screen.table.selectRow(0)
    screen.preview_button.click()
    qtbot.waitUntil(lambda: "ink" in seen, timeout=10000)
    qtbot.waitUntil(lambda: screen.findChild(QPrintPreviewDialog, "letterPreview") is None,
                    timeout=5000)
    gc.collect()
    QCoreApplication.processEvents()
    assert f" {case_id} " in f"{seen['title']} "
    assert int(str(seen["pages"])) >= 1
    assert int(str(seen["ink"])) > 50, "the page shows the letter's text"


def _ink(image: QImage) -> int:
    """How many sampled pixels are dark (text) on the rendered page."""
    dark = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            if QColor(image.pixel(x, y)).lightness() < 128:
                dark += 1
    return dark


@pytest.mark.parametrize("lang", ["en", "zh_CN", "en", "zh_CN", "en"])
def test_preview_paints_pages_and_closes(qtbot: QtBot, ctx: AppContext, db: Database,
                                         duplicate: list[int], lang: str) -> None:  # noqa: F811
    case = cases.open_case(db, duplicate)
    ctx.translations.apply(lang)
    screen = CasesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1, timeout=5000)
    for _ in range(2):  # the second time must find nothing left over from the first
        _preview_once(qtbot, screen, case.id)
