"""Background operations: core work off the UI thread, results back on it.

In the spirit of Anki's CollectionOp/QueryOp: a screen hands `OpRunner.run` a function
``fn(db, op)``; it runs in a worker thread on its *own* SQLite connection (opened with
`shopguard.core.workspace.connect`), never touches widgets, and reports progress through `op`.
Writes go through a one-thread pool, so there is one writer at a time; reads use a small
separate pool. `on_done(result)` / `on_error(exc)` run on the UI thread. A successful write
with `changes` makes the runner emit `changed`, which `AppContext` forwards to every screen.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from shopguard.core.changes import Changes
from shopguard.core.store import Database, access
from shopguard.core.workspace import connect

log = logging.getLogger(__name__)

OpFn = Callable[[Database, "OpContext"], Any]
DoneFn = Callable[[Any], None]
ErrorFn = Callable[[BaseException], None]


class OpCancelled(Exception):
    """Raised by an op function that noticed `op.cancelled()`; not an error for the user."""


def _cancel_exceptions() -> tuple[type[BaseException], ...]:
    from shopguard.core.importing import ImportCancelled

    return (OpCancelled, ImportCancelled)


class OpContext:
    """What the op function sees of the outside world (thread-safe)."""

    PROGRESS_INTERVAL = 0.05  # seconds between progress signals (at most ~20 per second)

    def __init__(self, handle: OpHandle):
        self._handle = handle
        self._last = 0.0

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        now = time.monotonic()
        if now - self._last >= self.PROGRESS_INTERVAL or (total and done >= total):
            self._last = now
            self._handle._signals.progress.emit(int(done), int(total), text)

    def cancelled(self) -> bool:
        return self._handle._cancel.is_set()

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise OpCancelled()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object, object, bool)  # result, exception, cancelled


class OpHandle(QObject):
    """One running (or finished) op: cancel it, follow its progress."""

    progress = Signal(int, int, str)  # done, total (0 = unknown), text
    finished = Signal()

    def __init__(self, label: str, cancellable: bool, write: bool,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.label = label
        self.cancellable = cancellable
        self.write = write
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.last_progress: tuple[int, int, str] = (0, 0, "")
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        if self.cancellable:
            self._cancel.set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self.done:
            self.last_progress = (done, total, text)
            self.progress.emit(done, total, text)


class _Worker(QRunnable):
    def __init__(self, db_path: Path, fn: OpFn, handle: OpHandle):
        super().__init__()
        self.setAutoDelete(True)
        self._db_path = db_path
        self._fn = fn
        self._handle = handle
        self._signals = handle._signals

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        cancelled = False
        try:
            db = connect(self._db_path)
            db.on_wait = self._waiting
            try:
                result = self._fn(db, OpContext(self._handle))
            finally:
                db.close()
        except _cancel_exceptions():
            cancelled = True
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            log.exception("background op %r failed", self._handle.label)
            error = exc
        self._signals.finished.emit(result, error, cancelled)

    def _waiting(self, waiting: Any) -> None:
        """Another ShopGuard window or command holds the write lock: say so; Cancel works."""
        self._signals.progress.emit(0, 0, waiting.text(QLocale().name(), brief=True))
        if self._handle._cancel.is_set():
            raise OpCancelled()


class OpRunner(QObject):
    """Runs op functions in worker threads; see the module docstring."""

    started = Signal(object)   # OpHandle
    finished = Signal(object)  # OpHandle
    changed = Signal(object)   # Changes, after a successful write

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._running: list[OpHandle] = []
        self._shut_down = False
        # Replaceable (tests, embedding): how an error nobody handled is shown.
        self.show_error: Callable[[str, BaseException], None] = self._show_error_dialog

    @property
    def running(self) -> list[OpHandle]:
        return list(self._running)

    def run(self, fn: OpFn, *, on_done: DoneFn | None = None, on_error: ErrorFn | None = None,
            write: bool = False, changes: Changes = Changes.NONE, label: str = "",
            cancellable: bool = False) -> OpHandle:
        handle = OpHandle(label, cancellable, write, self)

        def finished(result: Any, error: BaseException | None, cancelled: bool) -> None:
            self._finish(handle, result, error, cancelled, on_done, on_error, changes)

        handle._signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        self._running.append(handle)
        self.started.emit(handle)
        (self._writer if write else self._readers).start(_Worker(self.db_path, fn, handle))
        return handle

    def _finish(self, handle: OpHandle, result: Any, error: BaseException | None,
                cancelled: bool, on_done: DoneFn | None, on_error: ErrorFn | None,
                changes: Changes) -> None:
        handle.done = True
        handle.result, handle.error, handle.was_cancelled = result, error, cancelled
        if handle in self._running:
            self._running.remove(handle)
        if self._shut_down:
            return  # the app (or a test's context) is gone: nobody is left to tell
        try:
            if error is not None:
                if on_error is not None:
                    _deliver(on_error, error)
                else:
                    self.show_error(handle.label, error)
            elif not cancelled:
                if handle.write:
                    extra = getattr(result, "changes", Changes.NONE)
                    total = changes | (extra if isinstance(extra, Changes) else Changes.NONE)
                    if total:
                        self.changed.emit(total)
                if on_done is not None:
                    _deliver(on_done, result)
        finally:
            handle.finished.emit()
            self.finished.emit(handle)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every worker finished (tests, shutdown); queued results still pending."""
        ok = self._writer.waitForDone(timeout_ms) and self._readers.waitForDone(timeout_ms)
        return bool(ok)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Cancel, wait for the workers, and drop results still queued for delivery."""
        self.cancel_all()
        self.wait(timeout_ms)
        self._shut_down = True

    def cancel_all(self) -> None:
        for handle in self._running:
            handle._cancel.set()

    def _show_error_dialog(self, label: str, error: BaseException) -> None:
        show_error(None, label, error)


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Call a screen's callback; a result for a widget closed meanwhile is dropped, not an error."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise


def error_text(error: BaseException) -> str:
    """A plain message for the user: the exception's own text, card numbers scrubbed."""
    from shopguard.core.pan import scrub_text
    from shopguard.core.store import explain
    from shopguard.gui.owner_pin import error_text as owner_error_text

    if isinstance(error, access.OwnerRequired):
        return owner_error_text(error)  # said in the UI language
    plain = explain(error)
    if plain is not None:
        error = plain
    localized = getattr(error, "text", None)
    raw = localized(QLocale().name()) if callable(localized) else str(error)
    text = scrub_text(raw)[0].strip()
    if isinstance(error, (ValueError, LookupError, OSError, RuntimeError)) and text:
        return text
    name = type(error).__name__
    return f"{name}: {text}" if text else name


def show_error(parent: QWidget | None, label: str, error: BaseException) -> QMessageBox:
    """A non-blocking, readable error dialog (no traceback)."""
    if parent is None:
        parent = QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    title = QApplication.translate("ops", "ShopGuard")
    box.setWindowTitle(title)
    what = label or QApplication.translate("ops", "The operation")
    box.setText(QApplication.translate("ops", "{what} did not complete.").format(what=what))
    box.setInformativeText(error_text(error))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("opErrorDialog")
    box.open()
    return box
