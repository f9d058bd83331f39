"""Crash handler: an unexpected exception → a log file (no card data) and a readable dialog."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from shopguard.core import clock
from shopguard.core.pan import scrub_text

log = logging.getLogger("shopguard")


class _ScrubFilter(logging.Filter):
    """No card number reaches a log file, whatever a message or traceback holds."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + "".join(traceback.format_exception(*record.exc_info))
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = scrub_text(message)[0], None
        return True


def setup_logging(log_dir: Path) -> Path:
    """Log to `shopguard.log` in `log_dir` (scrubbed); returns the file's path."""
    path = log_dir / "shopguard.log"
    root = logging.getLogger()
    if not any(getattr(h, "_shopguard", False) for h in root.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler._shopguard = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(_ScrubFilter())
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def write_crash_log(log_dir: Path, exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    path = log_dir / f"crash-{stamp}.log"
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    from shopguard import __version__

    header = f"ShopGuard {__version__} crash at {clock.now_iso()}\nPython {sys.version}\n\n"
    path.write_text(header + scrub_text(text)[0], encoding="utf-8")
    return path


class CrashHandler:
    """Installed as sys.excepthook (and threading.excepthook) by the app."""

    def __init__(self, log_dir: Path, show_dialog: bool = True):
        self.log_dir = log_dir
        self.show_dialog = show_dialog
        self.last_log: Path | None = None
        self.last_dialog: object = None
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        try:
            self.last_log = write_crash_log(self.log_dir, exc_type, exc, tb)
        except OSError:
            self.last_log = None
        log.error("unexpected error: %s", scrub_text(f"{exc_type.__name__}: {exc}")[0])
        if self.show_dialog:
            self._dialog(exc)

    def _dialog(self, exc: BaseException) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None or threading.current_thread() is not (
                threading.main_thread()):
            return  # a worker thread: the log file is written, the UI cannot be touched here
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("crash", "ShopGuard: unexpected error"))
        box.setText(QApplication.translate(
            "crash", "Something went wrong that ShopGuard did not expect. Your data is safe: "
            "every change is saved whole or not at all."))
        where = str(self.last_log) if self.last_log else str(self.log_dir)
        box.setInformativeText(QApplication.translate(
            "crash", "A report (without card numbers) was written to:\n{path}\n\n"
            "Error: {error}").format(path=where, error=scrub_text(str(exc))[0][:300]))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_dialog = box
