"""GUI fixtures: a real AppContext/MainWindow on a real SQLite file, QSettings in tmp."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from shopguard.gui.context import AppContext


def _settle_writes(context: AppContext, timeout_s: float = 60.0) -> None:
    """Let background writes a test started (an import, a scan after it) finish and report."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while any(h.write for h in context.ops.running) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    if context.ops.running:
        context.ops.cancel_all()
        context.ops.wait()
        QApplication.processEvents()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):  # type: ignore[no-untyped-def]
    """Runs before pytest-qt closes the test's widgets: a main window asked to close while a
    write is still running would (rightly, for a user) ask "cancel it and quit?" and block."""
    context = getattr(item, "funcargs", {}).get("ctx")
    if isinstance(context, AppContext):
        _settle_writes(context)
    return (yield)


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
