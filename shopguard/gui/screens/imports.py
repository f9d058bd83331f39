"""Imports: the history of imported files, the bad rows each kept for review, and Undo (which
asks first, naming the file and how many transactions it removes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.changes import Changes
from shopguard.core.importing import list_imports, undo_import
from shopguard.core.store import Database
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpContext
from shopguard.gui.owner_pin import pin_if_needed
from shopguard.gui.screens import Screen

COLUMNS = ("id", "file_name", "format", "imported_at", "rows_read", "imported",
           "already_present", "left_out", "masked_pans", "bad_rows", "period", "state")
NUMERIC = {"id", "rows_read", "imported", "already_present", "left_out", "masked_pans",
           "bad_rows"}


def import_errors(db: Database, import_id: int) -> list[tuple[int, str, str, str, str]]:
    """The bad rows an import kept for review: line, column, value, problem, the row as read."""
    return [tuple(r) for r in db.conn.execute(
        "SELECT line, column_name, value, message, raw FROM import_errors WHERE import_id = ?"
        " ORDER BY line", (import_id,))]


class ImportsScreen(Screen):
    key = "imports"
    order = 70

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.rows: list[dict[str, Any]] = []
        self._want_id: int | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self._import)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(lambda: self.undo_selected())  # not `checked`
        self.undo_button.setEnabled(False)
        bar.addWidget(self.import_button)
        bar.addWidget(self.undo_button)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("importsSplitter")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("importsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.splitter.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.errors_label = QLabel()
        self.errors_label.setObjectName("errorsLabel")
        lower_layout.addWidget(self.errors_label)
        self.errors = QTableWidget(0, 5)
        self.errors.setObjectName("importErrors")
        self.errors.verticalHeader().setVisible(False)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.horizontalHeader().setStretchLastSection(True)
        lower_layout.addWidget(self.errors)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([400, 160])
        state = ctx.qsettings().value("imports/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: ctx.qsettings().setValue("imports/splitter", self.splitter.saveState()))
        layout.addWidget(self.splitter)
        self.retranslate()
        self.reload()

    def title(self) -> str:
        return self.tr("Imports")

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.IMPORTS | Changes.TRANSACTIONS):
            self.reload()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if "import_id" in filters:
            self._want_id = int(filters["import_id"])
            self.reload()

    def reload(self) -> None:
        self.ctx.ops.run(lambda db, _op: list_imports(db)[::-1], on_done=self._show)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self._render()

    def _render(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, imp in enumerate(self.rows):
            values = dict(imp)
            values["imported_at"] = imp["imported_at"].replace("T", " ")[:16]
            values["period"] = (f"{imp['first_at'][:10]} – {imp['last_at'][:10]}"
                                if imp.get("first_at") else "")
            values["state"] = (self.tr("undone {at}").format(at=imp["undone_at"][:16]
                                                            .replace("T", " "))
                               if imp["undone_at"] else self.tr("imported"))
            for c, col in enumerate(COLUMNS):
                value = values[col]
                text = f"{value:,}" if col in NUMERIC and col != "id" else str(value or "")
                item = QTableWidgetItem(text)
                if col in NUMERIC:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if imp["undone_at"]:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if self._want_id is not None:
            row = next((r for r, imp in enumerate(self.rows) if imp["id"] == self._want_id), -1)
            if row >= 0:
                self._want_id = None
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, 0))
        self._selected()

    def selected_import(self) -> dict[str, Any] | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.rows[rows.pop()] if len(rows) == 1 else None

    def _selected(self) -> None:
        imp = self.selected_import()
        self.undo_button.setEnabled(imp is not None and imp["undone_at"] is None)
        if imp is None:
            self.errors.setRowCount(0)
            self.errors_label.setText(self.tr("Select an import to see its bad rows."))
            return
        import_id = int(imp["id"])
        self.ctx.ops.run(lambda db, _op: import_errors(db, import_id),
                         on_done=lambda errs: self._show_errors(imp, errs))

    def _show_errors(self, imp: dict[str, Any],
                     errors: list[tuple[int, str, str, str, str]]) -> None:
        self.errors_label.setText(
            self.tr("{file}: bad rows kept for review ({n}):").format(
                n=len(errors), file=imp["file_name"]) if errors
            else self.tr("{file} had no bad rows.").format(file=imp["file_name"]))
        self.errors.setRowCount(len(errors))
        for r, row in enumerate(errors):
            for c, value in enumerate(row):
                self.errors.setItem(r, c, QTableWidgetItem(str(value)))
        self.errors.resizeColumnsToContents()

    def undo_selected(self, confirm: bool = True) -> None:
        imp = self.selected_import()
        if imp is None or imp["undone_at"] is not None:
            return
        if confirm:
            box = self.confirm_box(imp)
            box.exec()
            if box.clickedButton() is not box.property("removeButton"):
                return
        import_id = int(imp["id"])
        actor = self.ctx.actor
        go_on, pin = pin_if_needed(self, self.ctx.read_db(), self.tr("Undoing an import"))
        if not go_on:
            return

        def work(db: Database, _op: OpContext) -> int:
            return undo_import(db, import_id, actor=actor, pin=pin)

        self.ctx.ops.run(work, write=True,
                         changes=Changes.TRANSACTIONS | Changes.IMPORTS | Changes.AUDIT,
                         label=self.tr("Undoing import {id}").format(id=import_id))

    def confirm_box(self, imp: dict[str, Any]) -> QMessageBox:
        """"Undo the import of allinpay.csv?" naming how many transactions go; Cancel is the
        default button."""
        n = f"{imp['imported']:,}"
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Undo import"),
                          self.tr("Undo the import of {file}?").format(file=imp["file_name"]),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("undoImportConfirm")
        period = (self.tr(" (from {first} to {last})").format(
            first=imp["first_at"][:10], last=imp["last_at"][:10]) if imp.get("first_at") else "")
        box.setInformativeText(self.tr(
            "This removes the {n} transactions that {file} added{period}, with their alerts. "
            "The import stays listed as undone and the audit log records it.").format(
                n=n, file=imp["file_name"], period=period))
        # Own buttons (a standard button's text is reset on a language change).
        remove = box.addButton(self.tr("Remove {n} transactions").format(n=n),
                               QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setProperty("removeButton", remove)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box

    def _import(self) -> None:
        window = self.window()
        if hasattr(window, "import_dialog"):
            window.import_dialog()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import statements…"))
        self.undo_button.setText(self.tr("Undo import"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("File"), self.tr("Format"), self.tr("Imported at"),
            self.tr("Rows read"), self.tr("Imported"), self.tr("Already present"),
            self.tr("Left out on purpose"), self.tr("Cards masked"), self.tr("Bad rows"),
            self.tr("Period"), self.tr("State")])
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("Problem"),
             self.tr("The row as read")])
        raw_header = self.errors.horizontalHeaderItem(4)
        if raw_header is not None:  # a long row: its title where the row starts, not mid-way
            raw_header.setTextAlignment(Qt.AlignmentFlag.AlignLeft
                                        | Qt.AlignmentFlag.AlignVCenter)
        self._render()


SCREEN = ImportsScreen
