"""Starting the app (issue 11 item 5): first start makes the default database; a `--db`
path with no database is reported, not silently created; `--create` makes one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from shopguard.core.paths import default_db_path
from shopguard.gui import app as gui_app

pytestmark = pytest.mark.gui


class _NoLoop:
    """The running QApplication, except that exec() returns at once (no event loop)."""

    def exec(self) -> int:
        return 0


@pytest.fixture
def started(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Run `gui_app.run` without its event loop; collects the critical messages shown."""
    import logging

    shown: list[str] = []
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    monkeypatch.setattr(gui_app, "make_app", lambda argv=None: _NoLoop())
    monkeypatch.setattr(gui_app.QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    yield shown
    for handler in set(root.handlers) - set(handlers):  # run() set up the app's log file
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


def _windows() -> list[str]:
    return [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_first_start_creates_the_default_database(started: list[str]) -> None:
    assert not default_db_path().exists()
    assert gui_app.run(None) == 0
    assert default_db_path().exists() and started == []
    assert "MainWindow" in _windows()


def test_a_db_path_without_a_database_is_reported(started: list[str], tmp_path: Path) -> None:
    typo = tmp_path / "Shop Recrods" / "shop.db"
    assert gui_app.run(typo) == 1
    assert len(started) == 1 and f"no ShopGuard database at {typo}" in started[0]
    assert not typo.parent.exists() and "MainWindow" not in _windows()


def test_create_makes_the_database_at_the_given_path(started: list[str],
                                                    tmp_path: Path) -> None:
    path = tmp_path / "new" / "shop.db"
    assert gui_app.run(path, create=True) == 0
    assert path.exists() and started == []
