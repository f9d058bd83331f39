"""Starting the desktop app: QApplication, fonts, translations, crash handler, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from shopguard.core.paths import default_db_path, log_dir
from shopguard.core.store import DatabaseError, locking, settings
from shopguard.core.workspace import connect
from shopguard.gui import safekeeping
from shopguard.gui.app_icon import app_icon
from shopguard.gui.context import AppContext
from shopguard.gui.crash import CrashHandler, setup_logging
from shopguard.gui.fonts import apply_app_font
from shopguard.gui.i18n import resolve_language
from shopguard.gui.main_window import MainWindow

STARTUP_PROBE_ENV = "SHOPGUARD_STARTUP_PROBE"  # bench/bench_startup.py (gui/startup_probe.py)
ORGANIZATION = "ShopGuard"
APPLICATION = "ShopGuard"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (existing one reused: tests), with names, DPI policy and fonts."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName("shopguard")  # Wayland/X11 match it to shopguard.desktop
    app.setWindowIcon(app_icon())
    apply_app_font()
    return app


class Session:
    """Everything one running window needs, kept together (and reachable from tests)."""

    def __init__(self, db_path: Path):
        self.ctx = AppContext(db_path)
        db = self.ctx.read_db()
        self.ctx.translations.apply(resolve_language(str(settings.get(db, "language"))))
        self.window = MainWindow(self.ctx)
        self.safekeeping = safekeeping.install(self.ctx)  # daily backup, audit head file
        self.probe: QObject | None = None  # the start-up benchmark's, when asked for


def run(db_path: Path | None, create: bool = False) -> int:
    """Open the main window on `db_path` (default: the user data dir) and run the event loop.

    A new database is created at the default path (first start) or when `create` is given;
    a mistyped `--db` path is reported instead of silently becoming an empty database.
    """
    app = make_app()
    logs = log_dir()
    setup_logging(logs)
    handler = CrashHandler(logs)
    handler.install()
    path = Path(db_path) if db_path else default_db_path()
    locking.set_program("a ShopGuard window", "一个 ShopGuard 窗口")
    try:
        connect(path, create=create or db_path is None).close()
    except DatabaseError as exc:
        QMessageBox.critical(None, "ShopGuard", exc.text(QLocale().name()))
        return 1
    session = Session(path)
    session.window.show()
    session.window.start_shift()  # staff mode: who is working
    probe = os.environ.get(STARTUP_PROBE_ENV)
    if probe:
        from shopguard.gui.startup_probe import StartupProbe

        session.probe = StartupProbe(session.window, session.ctx.ops, Path(probe))
    code = app.exec()
    handler.uninstall()
    return int(code)
