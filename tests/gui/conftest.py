"""GUI fixtures: a real AppContext/MainWindow on a real SQLite file, QSettings in tmp."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from shopguard.gui.context import AppContext


@pytest.fixture
def ctx(db_path: Path, tmp_path: Path, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    from shopguard.gui.fonts import apply_app_font

    apply_app_font()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    context = AppContext(db_path, qsettings=settings)
    context.ops.show_error = lambda label, exc: pytest.fail(f"unexpected op error {label}: {exc}")
    yield context
    context.close()
    context.translations.apply("en")


@pytest.fixture
def window(ctx: AppContext, qtbot):  # type: ignore[no-untyped-def]
    from shopguard.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: bool(win._summary), timeout=5000)
    return win
