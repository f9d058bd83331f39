"""The import flow: files → background import with progress/Cancel → a result per file.

A file the importer refuses because no layout matched opens the column-mapping dialog; the
mapping the user confirms is used to import the file again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from shopguard.core.changes import Changes
from shopguard.core.importing import FileResult
from shopguard.core.pan import scrub_text
from shopguard.core.store import Database
from shopguard.core.workspace import import_file
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpContext, OpHandle


def needs_mapping(result: FileResult) -> bool:
    """True when the importer refused the file only because it knew no layout for it."""
    return (not result.ok and not result.format
            and "no known statement layout" in result.message)


class ImportController(QObject):
    """Imports files one after another through the op runner (one writer at a time)."""

    file_done = Signal(object)  # FileResult
    all_done = Signal()
    cancelled = Signal(str)     # path
    dialog_opened = Signal(object)  # the result or mapping dialog (tests, screenshots)

    def __init__(self, ctx: AppContext, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.queue: list[tuple[Path, Any]] = []
        self.current: OpHandle | None = None
        self.results: list[FileResult] = []
        self.show_dialogs = True

    def import_files(self, paths: list[Path]) -> None:
        self.queue.extend((Path(p), None) for p in paths)
        if self.current is None:
            self._next()

    def import_with_mapping(self, path: Path, mapping: Any) -> None:
        self.queue.insert(0, (Path(path), mapping))
        if self.current is None:
            self._next()

    def _next(self) -> None:
        if not self.queue:
            self.current = None
            self.all_done.emit()
            return
        path, mapping = self.queue.pop(0)
        actor = self.ctx.actor
        name = scrub_text(path.name)[0]  # a card number in a file name is never shown
        # Built on the UI thread: the worker only formats numbers into them.
        rows_text = self.tr("Importing {name}: {rows} rows")
        reading_text = self.tr("Reading {name}…")

        def work(db: Database, op: OpContext) -> FileResult:
            def progress(rows: int, done: int, total: int) -> None:
                op.progress(done, total, rows_text.format(name=name, rows=f"{rows:,}"))

            op.progress(0, 0, reading_text.format(name=name))
            return import_file(db, path, mapping=mapping, progress=progress,
                               cancel=op.cancelled, actor=actor)

        self.current = self.ctx.ops.run(
            work, write=True, changes=Changes.TRANSACTIONS | Changes.IMPORTS | Changes.AUDIT,
            label=self.tr("Importing {name}").format(name=name), cancellable=True,
            on_done=lambda r: self._done(path, r),
            on_error=lambda e: self._failed(path, e))
        self.current.finished.connect(self._after)

    def _after(self) -> None:
        handle = self.current
        if handle is not None and handle.was_cancelled:
            self.cancelled.emit(str(handle.label))
            # Cancelling one file stops the whole batch: the user asked to stop.
            self.queue.clear()
        self.current = None
        self._next()

    def _done(self, path: Path, result: FileResult) -> None:
        self.results.append(result)
        self.file_done.emit(result)
        if not self.show_dialogs:
            return
        if needs_mapping(result):
            self.open_mapping(path, result)
        else:
            self.show_result(result)

    def _failed(self, path: Path, error: BaseException) -> None:
        from shopguard.gui.ops import error_text

        result = FileResult(path=scrub_text(str(path))[0], status="refused",
                            message=f"{scrub_text(path.name)[0]}: {error_text(error)}")
        self._done(path, result)

    def show_result(self, result: FileResult) -> QWidget:
        from shopguard.gui.dialogs.import_result import ImportResultDialog

        dialog = ImportResultDialog(result, self.parent_widget)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def open_mapping(self, path: Path, result: FileResult | None = None) -> QWidget:
        from shopguard.gui.dialogs.mapping import MappingDialog

        dialog = MappingDialog(self.ctx, path, result, self.parent_widget)
        dialog.mapping_chosen.connect(lambda m, p=path: self.import_with_mapping(p, m))
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog
