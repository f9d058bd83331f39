"""The import flow: files → background import (and the scan after it) with progress/Cancel →
a result per file.

Each file goes through `shopguard.core.workspace.import_file`, the same function the CLI
uses: it stores the rows, links voids/refunds to open cases and scans the new days for
duplicates, all in the one background op. A file the importer refuses because no layout
matched opens the column-mapping dialog; the mapping the user confirms is used to import the
file again. A file refused for bad rows can be imported again keeping the good rows (the bad
ones are kept for review on the Imports screen).
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class ImportJob:
    """One file to import, and how."""

    path: Path
    mapping: Any = None
    skip_bad_rows: bool = False


class ImportController(QObject):
    """Imports files one after another through the op runner (one writer at a time)."""

    file_done = Signal(object)  # FileResult
    all_done = Signal()
    cancelled = Signal(str)     # the path of the file whose import was cancelled
    dialog_opened = Signal(object)  # the result or mapping dialog (tests, screenshots)

    def __init__(self, ctx: AppContext, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.queue: list[ImportJob] = []
        self.current: OpHandle | None = None
        self.current_job: ImportJob | None = None
        self.results: list[FileResult] = []
        self.show_dialogs = True

    def import_files(self, paths: list[Path]) -> None:
        self.queue.extend(ImportJob(Path(p)) for p in paths)
        self._start()

    def import_with_mapping(self, path: Path, mapping: Any) -> None:
        self.queue.insert(0, ImportJob(Path(path), mapping))
        self._start()

    def import_good_rows(self, path: Path, mapping: Any = None) -> None:
        """Import the file again, storing the good rows and keeping the bad ones for review
        (the CLI's --skip-bad-rows)."""
        self.queue.insert(0, ImportJob(Path(path), mapping, skip_bad_rows=True))
        self._start()

    def _start(self) -> None:
        if self.current is None:
            self._next()

    def _next(self) -> None:
        if not self.queue:
            self.current = None
            self.current_job = None
            self.all_done.emit()
            return
        job = self.queue.pop(0)
        path = job.path
        actor = self.ctx.actor
        name = scrub_text(path.name)[0]  # a card number in a file name is never shown
        # Built on the UI thread: the worker only formats numbers into them.
        rows_text = self.tr("Importing {name}: {rows} rows")
        reading_text = self.tr("Reading {name}…")
        scan_text = self.tr("Looking for duplicate swipes in {name}…").format(name=name)

        def work(db: Database, op: OpContext) -> FileResult:
            def progress(rows: int, done: int, total: int) -> None:
                op.progress(done, total, rows_text.format(name=name, rows=f"{rows:,}"))

            op.progress(0, 0, reading_text.format(name=name))
            return import_file(db, path, mapping=job.mapping, skip_bad_rows=job.skip_bad_rows,
                               progress=progress, cancel=op.cancelled, actor=actor,
                               scan_progress=lambda d, t: op.progress(d, t, scan_text))

        self.current_job = job
        self.current = self.ctx.ops.run(
            work, write=True,
            changes=(Changes.TRANSACTIONS | Changes.IMPORTS | Changes.AUDIT | Changes.ALERTS
                     | Changes.CASES),
            label=self.tr("Importing {name}").format(name=name), cancellable=True,
            on_done=lambda r: self._done(job, r),
            on_error=lambda e: self._failed(job, e))
        self.current.finished.connect(self._after)

    def _after(self) -> None:
        handle = self.current
        if handle is not None and handle.was_cancelled:
            self.cancelled.emit(str(self.current_job.path) if self.current_job else "")
            # Cancelling one file stops the whole batch: the user asked to stop.
            self.queue.clear()
        self.current = None
        self._next()

    def _done(self, job: ImportJob, result: FileResult) -> None:
        self.results.append(result)
        if result.scan is not None and result.scan.get("status") == "cancelled":
            self.queue.clear()  # Cancel came while scanning: the file is in, stop the rest
        self.file_done.emit(result)
        if not self.show_dialogs:
            return
        if needs_mapping(result):
            self.open_mapping(job.path, result)
        else:
            self.show_result(result, job)

    def _failed(self, job: ImportJob, error: BaseException) -> None:
        from shopguard.gui.ops import error_text

        result = FileResult(path=scrub_text(str(job.path))[0], status="refused",
                            message=f"{scrub_text(job.path.name)[0]}: {error_text(error)}")
        self._done(job, result)

    def show_result(self, result: FileResult, job: ImportJob | None = None) -> QWidget:
        from shopguard.gui.dialogs.import_result import ImportResultDialog

        dialog = ImportResultDialog(result, self.parent_widget,
                                    lang=self.ctx.translations.language)
        mapping = job.mapping if job is not None else None
        # The job's own path: result.path has any card number in the name masked.
        path = job.path if job is not None else Path(result.path)
        dialog.import_good_rows.connect(lambda p=path, m=mapping: self.import_good_rows(p, m))
        dialog.show_alerts.connect(
            lambda: self.ctx.navigate.emit("alerts", {"status": "open"}))
        dialog.show_kept_rows.connect(
            lambda import_id: self.ctx.navigate.emit("imports", {"import_id": import_id}))
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
