"""Cases screen: open / overdue / closed cases with their deadlines, the case wizard, the
letter (preview, print, PDF), training rehearsals.

Navigate filters: ``{"alert_id": N}`` opens (or reuses) the alert's case and shows the wizard;
``{"transaction_ids": [...]}`` opens a case for those transactions; ``{"case_id": N}`` shows one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopguard.core import clock
from shopguard.core.changes import Changes
from shopguard.core.procedures import PATHS, cases, letter_text, load_all, processor_for, training
from shopguard.core.store import Database, settings
from shopguard.gui.case_wizard import RED, CaseWizard, countdown_text
from shopguard.gui.context import AppContext
from shopguard.gui.dispute_dialog import DisputeDialog
from shopguard.gui.letter_preview import export_pdf, preview_letter
from shopguard.gui.names import person
from shopguard.gui.screens import Screen

FILTERS = ("open", "overdue", "closed", "all")


class CasesScreen(Screen):
    key = "cases"
    order = 50

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.wizards: list[CaseWizard] = []
        self.rows: list[cases.Case] = []
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        page = QWidget()
        v = QVBoxLayout(page)
        top = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.setObjectName("caseFilter")
        self.filter.currentIndexChanged.connect(self.reload)
        self.counts = QLabel()
        self.counts.setObjectName("caseCounts")
        top.addWidget(self.filter)
        top.addWidget(self.counts, 1)
        v.addLayout(top)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("casesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_wizard())
        v.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.work_button = QPushButton()
        self.work_button.setObjectName("workButton")
        self.work_button.clicked.connect(self.open_wizard)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCaseButton")
        self.new_button.clicked.connect(self.ask_new_case)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("pdfButton")
        self.pdf_button.clicked.connect(self.export)
        self.dispute_button = QPushButton()
        self.dispute_button.setObjectName("disputeButton")
        self.dispute_button.clicked.connect(self.ask_dispute)
        for b in (self.work_button, self.new_button, self.dispute_button, self.preview_button,
                  self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        v.addLayout(buttons)
        self.tabs.addTab(page, "")

        train = QWidget()
        tv = QVBoxLayout(train)
        self.train_intro = QLabel()
        self.train_intro.setWordWrap(True)
        tv.addWidget(self.train_intro)
        row = QHBoxLayout()
        self.train_path = QComboBox()
        self.train_path.setObjectName("trainPath")
        self.train_button = QPushButton()
        self.train_button.setObjectName("trainButton")
        self.train_button.clicked.connect(self.start_training)
        row.addWidget(self.train_path, 1)
        row.addWidget(self.train_button)
        tv.addLayout(row)
        self.train_table = QTableWidget(0, 4)
        self.train_table.setObjectName("rehearsalTable")
        self.train_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.train_table.verticalHeader().setVisible(False)
        self.train_table.horizontalHeader().setStretchLastSection(True)
        tv.addWidget(self.train_table, 1)
        self.tabs.addTab(train, "")
        self.timer = QTimer(self)  # keeps "time left" and the overdue colour current
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.retranslate()

    # -- Screen protocol ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Cases")

    def lang(self) -> str:
        return self.ctx.translations.language

    def retranslate(self) -> None:
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        for key, text in zip(FILTERS, (self.tr("Open and paused"), self.tr("Overdue"),
                                       self.tr("Closed"), self.tr("All")), strict=True):
            self.filter.addItem(text, key)
        self.filter.setCurrentIndex(max(current, 0))
        self.filter.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Cases"))
        self.tabs.setTabText(1, self.tr("Training"))
        self.work_button.setText(self.tr("Work on the case…"))
        self.new_button.setText(self.tr("New case for a transaction…"))
        self.dispute_button.setText(self.tr("Record a dispute notice…"))
        self.preview_button.setText(self.tr("Letter: preview / print…"))
        self.pdf_button.setText(self.tr("Letter: export PDF…"))
        self.train_intro.setText(self.tr(
            "Rehearse a procedure on a demo transaction. Nothing in the shop's data changes; "
            "the rehearsal is recorded with your name and the date."))
        self.train_button.setText(self.tr("Start rehearsal…"))
        files = load_all()
        self.train_path.clear()
        for path in PATHS:
            self.train_path.addItem(files[path].title.get(self.lang()), path)
        self.table.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Procedure"), self.tr("Status"), self.tr("Deadline"),
            self.tr("Time left"), self.tr("Assigned to"), self.tr("Steps"), self.tr("Outcome")])
        self.train_table.setHorizontalHeaderLabels([
            self.tr("Staff"), self.tr("Procedure"), self.tr("Terminal"), self.tr("Completed")])
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.TRANSACTIONS | Changes.IMPORTS):
            # A new statement may hold the void/refund of an open case: link it (a write).
            self.ctx.ops.run(lambda db, _op: cases.link_resolutions(db, self.ctx.actor),
                             write=True, on_done=lambda linked: self._linked(linked))
        if changes & (Changes.CASES | Changes.TRANSACTIONS | Changes.SETTINGS):
            self.reload()

    def _linked(self, linked: dict[int, list[int]]) -> None:
        if linked:
            self.ctx.changed.emit(Changes.CASES | Changes.AUDIT)

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if "alert_id" in filters:
            self._open_then_work(lambda db: cases.open_from_alert(
                db, int(filters["alert_id"]), actor=self.ctx.actor))
        elif filters.get("transaction_ids"):
            ids = [int(i) for i in filters["transaction_ids"]]
            self._open_then_work(lambda db: cases.open_case(db, ids, actor=self.ctx.actor))
        elif "case_id" in filters:
            self.filter.setCurrentIndex(FILTERS.index("all"))
            self.select_case(int(filters["case_id"]))

    # -- data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        db = self.ctx.read_db()
        now = clock.now()
        which = self.filter.currentData() or "open"
        found = cases.list_cases(db) if which in ("all", "overdue") else (
            [c for c in cases.list_cases(db) if c.status != "closed"] if which == "open"
            else cases.list_cases(db, "closed"))
        if which == "overdue":
            found = [c for c in found if c.overdue(now)]
        self.rows = found
        all_cases = cases.list_cases(db)
        n_open = sum(c.status != "closed" for c in all_cases)
        n_late = sum(c.overdue(now) for c in all_cases)
        self.counts.setText(self.tr("{open} open · {late} overdue · {closed} closed").format(
            open=n_open, late=n_late, closed=len(all_cases) - n_open))
        files = load_all()
        lang = self.lang()
        status_text = {"open": self.tr("open"), "paused": self.tr("paused"),
                       "closed": self.tr("closed")}
        self.table.setRowCount(len(found))
        for r, c in enumerate(found):
            left, late = countdown_text(c.deadline, now) if c.status != "closed" else ("", False)
            values = [str(c.id), files[c.path].title.get(lang), status_text[c.status],
                      (c.deadline or "-").replace("T", " ")[:16], left, person(c.assignee),
                      f"{len(c.steps_done)}/{len(c.procedure().steps)}",
                      letter_text(c.outcome, lang) if c.outcome else ""]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, c.id)
                if late:
                    item.setForeground(QBrush(QColor(RED)))
                self.table.setItem(r, col, item)
        has_rows = bool(found)
        for b in (self.work_button, self.preview_button, self.pdf_button):
            b.setEnabled(has_rows)
        if has_rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self._reload_training()

    def _reload_training(self) -> None:
        rows = training.history(self.ctx.read_db())
        files = load_all()
        self.train_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            kind = row["terminal_kind"] + (f" / {row['processor']}" if row["processor"] else "")
            for col, value in enumerate([row["staff"], files[row["path"]].title.get(self.lang()),
                                         kind, row["completed_at"][:10]]):
                self.train_table.setItem(r, col, QTableWidgetItem(value))

    def selected_case_id(self) -> int | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            return None
        return self.rows[row].id

    def select_case(self, case_id: int) -> None:
        for r, c in enumerate(self.rows):
            if c.id == case_id:
                self.table.selectRow(r)
                return

    # -- actions --------------------------------------------------------------------------------

    def open_wizard(self, case_id: int | None = None) -> CaseWizard | None:
        case_id = case_id or self.selected_case_id()
        if case_id is None:
            return None
        wizard = CaseWizard(self.ctx, case_id, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.path_changed.connect(self.open_wizard)
        wizard.destroyed.connect(lambda *_: self.wizards.remove(wizard)
                                 if wizard in self.wizards else None)
        self.wizards.append(wizard)
        wizard.show()
        return wizard

    def _open_then_work(self, fn: Any) -> None:
        def done(case: cases.Case) -> None:
            self.filter.setCurrentIndex(FILTERS.index("all"))
            self.reload()
            self.select_case(case.id)
            self.open_wizard(case.id)

        self.ctx.ops.run(lambda db, _op: fn(db), write=True,
                         changes=Changes.CASES | Changes.AUDIT, label=self.tr("Opening a case"),
                         on_done=done)

    def ask_new_case(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("New case"),
            self.tr("Transaction id(s), separated by commas (see the Transactions screen):"))
        if not ok or not text.strip():
            return
        try:
            ids = [int(p) for p in text.replace("，", ",").split(",") if p.strip()]
        except ValueError:
            self.ctx.ops.show_error(self.tr("New case"),
                                    ValueError(self.tr("{text!r} is not a list of ids").format(
                                        text=text)))
            return
        self.apply_filter({"transaction_ids": ids})

    def ask_dispute(self) -> None:
        dialog = DisputeDialog(self)
        if dialog.exec() == DisputeDialog.DialogCode.Accepted:
            self.record_dispute(dialog.values())

    def record_dispute(self, values: dict[str, Any]) -> None:
        """Record the notice, then open (or re-decide) the transaction's case."""
        actor = self.ctx.actor

        def work(db: Database) -> cases.Case:
            cases.record_dispute(db, actor=actor, **values)
            txn = int(values["transaction_id"])
            row = db.conn.execute(
                "SELECT c.id FROM cases c JOIN case_transactions ct ON ct.case_id = c.id"
                " WHERE ct.transaction_id = ? AND c.status = 'open' ORDER BY c.id DESC",
                (txn,)).fetchone()
            if row:
                return cases.change_path(db, int(row[0]), actor)
            return cases.open_case(db, [txn], actor=actor)

        self._open_then_work(work)

    def preview(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            preview_letter(self, self.ctx, case_id, self.lang())

    def export(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            export_pdf(self, self.ctx, case_id, self.lang())

    def start_training(self, path: str | None = None) -> CaseWizard:
        db = self.ctx.read_db()
        kind = str(settings.get(db, "terminal_kind"))
        processor = processor_for(str(settings.get(db, "acquirer")))
        rehearsal = training.start(path or str(self.train_path.currentData()), kind, processor)
        wizard = CaseWizard(self.ctx, rehearsal=rehearsal, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizards.append(wizard)
        wizard.destroyed.connect(lambda *_: self.wizards.remove(wizard)
                                 if wizard in self.wizards else None)
        wizard.show()
        return wizard


SCREEN = CasesScreen
