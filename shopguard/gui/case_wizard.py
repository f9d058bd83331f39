"""The case wizard (QWizard): the case and why, the deadline counting down, one page per
step (what to do, what to enter, what to keep, attach a file, tick with who and when), pause,
resume, reassign, and closing with an outcome.

In training mode it walks a procedure on a demo transaction: nothing is written except, at the
end, the rehearsal record for the staff member.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shopguard.core import clock
from shopguard.core.changes import Changes
from shopguard.core.models import shown_time
from shopguard.core.money import format_money
from shopguard.core.procedures import (
    PATHS,
    Step,
    cases,
    letter_text,
    load_all,
    load_fields,
    placeholders,
    render,
    training,
)
from shopguard.core.store import Database, access, settings
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpContext
from shopguard.gui.owner_pin import ask_pin

# The outcome a path normally ends with (preselected on the last page).
DEFAULT_OUTCOME = {"void": "voided", "refund": "refunded", "acquirer_adjustment": "adjusted",
                   "chargeback_response": "chargeback_won", "not_duplicate": "not_duplicate",
                   "check_status": "not_duplicate"}
RED = "#c62828"


def tr(text: str) -> str:
    # lupdate files bare tr() calls under the empty context; look them up there.
    return QCoreApplication.translate("", text)


def countdown_text(deadline: str | None, now: datetime) -> tuple[str, bool]:
    """('5 h 12 min left' | 'overdue by 2 h 3 min' | 'no fixed deadline', overdue?)."""
    if not deadline:
        return tr("no fixed deadline: act as soon as possible"), False
    delta = datetime.fromisoformat(deadline) - now
    seconds = int(delta.total_seconds())
    overdue = seconds < 0
    s = abs(seconds)
    days, rest = divmod(s, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        span = tr("{d} d {h} h").format(d=days, h=hours)
    elif hours:
        span = tr("{h} h {m} min").format(h=hours, m=minutes)
    else:
        span = tr("{m} min").format(m=max(minutes, 0 if overdue else 1))
    shown = deadline.replace("T", " ")[:16]
    if overdue:
        return tr("OVERDUE by {span} (deadline {at})").format(span=span, at=shown), True
    return tr("{span} left (deadline {at})").format(span=span, at=shown), False


class SummaryPage(QWizardPage):
    """The case: transactions, chosen path and why, deadline countdown, status, assignee."""

    def __init__(self, wizard: CaseWizard):
        super().__init__()
        self.w = wizard
        self.setObjectName("summaryPage")
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("trainingBanner")
        self.banner.setStyleSheet("background:#fff3cd; padding:6px; font-weight:bold;")
        self.banner.setWordWrap(True)
        self.path_label = QLabel()
        self.path_label.setObjectName("pathLabel")
        bold = QFont(self.path_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.path_label.setFont(bold)
        self.reason = QLabel()
        self.reason.setObjectName("reasonLabel")
        self.reason.setWordWrap(True)
        self.deadline = QLabel()
        self.deadline.setObjectName("deadlineLabel")
        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("transactionsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.clicked.connect(self.w.toggle_pause)
        self.reassign_button = QPushButton(tr("Reassign…"))
        self.reassign_button.setObjectName("reassignButton")
        self.reassign_button.clicked.connect(self.w.ask_reassign)
        self.path_button = QPushButton(tr("Choose another procedure…"))
        self.path_button.setObjectName("pathButton")
        self.path_button.clicked.connect(self.w.ask_path)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.reassign_button)
        buttons.addWidget(self.path_button)
        buttons.addStretch(1)
        for widget in (self.banner, self.path_label, self.reason, self.deadline, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        w = self.w
        self.banner.setVisible(w.training)
        self.banner.setText(tr("TRAINING: a demo transaction; nothing in the shop's data is "
                               "changed."))
        self.setTitle(tr("Rehearsal") if w.training else
                      tr("Case {id}").format(id=w.case.id if w.case else ""))
        self.path_label.setText(w.procedure_title())
        self.reason.setText(w.reason())
        self.update_countdown()
        if w.case is not None:
            status = {"open": tr("open"), "paused": tr("paused"), "closed": tr("closed")}
            self.status.setText(tr("Case {id} · {status} · assigned to {who}").format(
                id=w.case.id, status=status[w.case.status], who=w.case.assignee))
            self.pause_button.setText(tr("Resume") if w.case.status == "paused" else tr("Pause"))
            self.pause_button.setEnabled(w.case.status != "closed")
            self.reassign_button.setEnabled(w.case.status != "closed")
            self.path_button.setEnabled(w.case.status == "open")
        else:
            self.status.setText(tr("Rehearsal by {who}").format(who=w.actor))
        self.pause_button.setVisible(not w.training)
        self.reassign_button.setVisible(not w.training)
        self.path_button.setVisible(not w.training)
        headers = [tr("Time"), tr("Type"), tr("Amount"), tr("Card"), tr("Reference no."),
                   tr("Voucher no.")]
        self.table.setHorizontalHeaderLabels(headers)
        rows = w.transaction_rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def update_countdown(self) -> None:
        text, overdue = countdown_text(self.w.deadline(), clock.now())
        self.deadline.setText(text)
        self.deadline.setStyleSheet(f"color:{RED}; font-weight:bold;" if overdue else "")
        self.deadline.setProperty("overdue", overdue)


class StepPage(QWizardPage):
    """One step: what to do, what to enter, what to keep, attach, tick with who and when."""

    def __init__(self, wizard: CaseWizard, index: int, step: Step):
        super().__init__()
        self.w = wizard
        self.step = step
        self.setObjectName(f"step_{step.key}")
        lang = wizard.lang
        total = len(wizard.steps)
        self.setTitle(tr("Step {i} of {n}: {title}").format(i=index + 1, n=total,
                                                             title=step.title.get(lang)))
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading(tr("What to do")))
        self.do = QLabel(render(step.do.get(lang), wizard.facts))
        self.do.setObjectName("doLabel")
        self.do.setWordWrap(True)
        self.do.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.do)
        self.inputs: dict[str, QLineEdit] = {}
        fields = load_fields()
        form = QFormLayout()
        for key in step.enter:
            edit = QLineEdit()
            edit.setObjectName(f"field_{key}")
            self.inputs[key] = edit
            form.addRow(fields[key].get(lang), edit)
        if self.inputs:
            layout.addWidget(self._heading(tr("What to enter")))
            layout.addLayout(form)
        if step.keep:
            layout.addWidget(self._heading(tr("What to keep")))
            keep = QLabel(render(step.keep.get(lang), wizard.facts))
            keep.setObjectName("keepLabel")
            keep.setWordWrap(True)
            layout.addWidget(keep)
        attach_row = QHBoxLayout()
        self.attach_button = QPushButton(tr("Attach a file (slip photo, scan)…"))
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.choose_attachment)
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachmentList")
        self.attachments.setMaximumHeight(56)
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.attachments, 1)
        layout.addLayout(attach_row)
        layout.addStretch(1)
        tick_row = QHBoxLayout()
        tick_row.addWidget(QLabel(tr("Done by")))
        self.by = QComboBox()
        self.by.setObjectName("doneBy")
        self.by.setEditable(True)
        self.by.addItems(wizard.people())
        self.by.setCurrentText(wizard.actor)
        tick_row.addWidget(self.by)
        self.tick_button = QPushButton(tr("Mark this step done"))
        self.tick_button.setObjectName("tickButton")
        self.tick_button.clicked.connect(self.tick)
        tick_row.addWidget(self.tick_button)
        tick_row.addStretch(1)
        layout.addLayout(tick_row)
        self.done_label = QLabel()
        self.done_label.setObjectName("doneLabel")
        layout.addWidget(self.done_label)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def values(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.inputs.items() if e.text().strip()}

    def tick(self) -> None:
        self.w.tick(self.step.key, self.by.currentText().strip(), self.values())

    def choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Attach evidence"), str(Path.home()),
                                              tr("Images and documents (*.jpg *.jpeg *.png "
                                                 "*.pdf *.heic);;All files (*)"))
        if path:
            self.w.attach(self.step.key, Path(path))

    def refresh(self) -> None:
        w = self.w
        done = w.ticked.get(self.step.key)
        if done:
            by, at, values = done
            self.done_label.setText(tr("✓ Done by {who} at {at}").format(
                who=by, at=at.replace("T", " ")[:16]))
            self.done_label.setStyleSheet("color:#2e7d32; font-weight:bold;")
            for k, v in values.items():
                if k in self.inputs and not self.inputs[k].text():
                    self.inputs[k].setText(v)
        else:
            self.done_label.setText(tr("Not done yet."))
            self.done_label.setStyleSheet("")
        workable = w.workable()
        self.tick_button.setEnabled(workable)
        self.attach_button.setEnabled(workable and not w.training)
        self.attachments.clear()
        for a in w.case.attachments if w.case else []:
            if a["step_key"] == self.step.key:
                self.attachments.addItem(a["original_name"])


class ClosePage(QWizardPage):
    """The outcome (or, in training, the rehearsal record) and the letter."""

    def __init__(self, wizard: CaseWizard):
        super().__init__()
        self.w = wizard
        self.setObjectName("closePage")
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        form = QFormLayout()
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcomeCombo")
        for key in cases.OUTCOMES:
            self.outcome.addItem(letter_text(key, wizard.lang), key)
        self.note = QLineEdit()
        self.note.setObjectName("closeNote")
        self.outcome_label = QLabel(tr("Outcome"))
        self.note_label = QLabel(tr("Note"))
        form.addRow(self.outcome_label, self.outcome)
        form.addRow(self.note_label, self.note)
        layout.addLayout(form)
        self.letter_button = QPushButton(tr("Preview / print the letter…"))
        self.letter_button.setObjectName("letterButton")
        self.letter_button.clicked.connect(self.w.preview_letter)
        layout.addWidget(self.letter_button)
        layout.addStretch(1)

    def refresh(self) -> None:
        w = self.w
        done, total = len(w.ticked), len(w.steps)
        training = w.training
        self.setTitle(tr("Finish the rehearsal") if training else tr("Close the case"))
        for widget in (self.outcome, self.note, self.outcome_label, self.note_label,
                       self.letter_button):
            widget.setVisible(not training)
        if training:
            self.info.setText(tr("{done} of {total} steps practised. Finish records the "
                                 "rehearsal for {who}.").format(done=done, total=total,
                                                                 who=w.actor))
            return
        assert w.case is not None
        self.info.setText(tr("{done} of {total} steps done. Finish closes the case with the "
                             "outcome below; Cancel keeps it open.").format(done=done,
                                                                           total=total))
        if w.case.status == "closed":
            self.info.setText(tr("This case is closed: {outcome}.").format(
                outcome=letter_text(w.case.outcome or "", w.lang)))
        idx = self.outcome.findData(DEFAULT_OUTCOME.get(w.case.path, "voided"))
        if self.outcome.currentIndex() <= 0 and idx >= 0:
            self.outcome.setCurrentIndex(idx)

    def validatePage(self) -> bool:
        return self.w.finish()


class CaseWizard(QWizard):
    """Work one case (or rehearse one procedure) step by step."""

    # The case's procedure changed: its steps differ, so the owner reopens a fresh wizard.
    path_changed = Signal(int)

    def __init__(self, ctx: AppContext, case_id: int | None = None, *,
                 rehearsal: training.Rehearsal | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if (case_id is None) == (rehearsal is None):
            raise ValueError("give a case id or a rehearsal")
        self.ctx = ctx
        self.case_id = case_id
        self.rehearsal = rehearsal
        self.training = rehearsal is not None
        self.actor = ctx.actor
        self.lang = ctx.translations.language
        self.case: cases.Case | None = None
        self.ticked: dict[str, tuple[str, str, dict[str, str]]] = {}
        self.pending = 0  # ops in flight (tests wait on it)
        self.setObjectName("caseWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, tr("Close for now"))
        self.customButtonClicked.connect(lambda _which: self.reject())
        self.resize(760, 600)
        self._load()
        proc = self.rehearsal.procedure if self.rehearsal else self._case().procedure()
        self.steps = list(proc.steps)
        self.proc_title = proc.title.get(self.lang)
        self.summary = SummaryPage(self)
        self.addPage(self.summary)
        self.step_pages = [StepPage(self, i, s) for i, s in enumerate(self.steps)]
        for page in self.step_pages:
            self.addPage(page)
        self.close_page = ClosePage(self)
        self.addPage(self.close_page)
        self.setWindowTitle(tr("Training: {title}").format(title=self.proc_title)
                            if self.training else tr("Case {id}: {title}").format(
                                id=case_id, title=self.proc_title))
        self.refresh()
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.summary.update_countdown)
        self.timer.start()

    # -- data ---------------------------------------------------------------------------------

    def _case(self) -> cases.Case:
        assert self.case is not None
        return self.case

    def _load(self) -> None:
        if self.rehearsal is not None:
            self.facts = dict(self.rehearsal.facts)
            return
        assert self.case_id is not None
        self.case = cases.get_case(self.ctx.read_db(), self.case_id)
        self.facts = placeholders(self.case.target(), self.case.deadline)
        self.ticked = {k: (r.done_by, r.done_at, r.values)
                     for k, r in self.case.steps_done.items()}

    def refresh(self) -> None:
        self._load()
        self.summary.refresh()
        for page in self.step_pages:
            page.refresh()
        self.close_page.refresh()
        self.setButtonText(QWizard.WizardButton.FinishButton,
                           tr("Record rehearsal") if self.training else tr("Close case"))

    def procedure_title(self) -> str:
        return self.proc_title

    def reason(self) -> str:
        if self.case is not None:
            return self.case.reason_in(self.lang)
        assert self.rehearsal is not None
        return self.rehearsal.procedure.summary.get(self.lang)

    def deadline(self) -> str | None:
        if self.case is not None:
            return None if self.case.status == "closed" else self.case.deadline
        return self.facts["deadline"].replace(" ", "T") + ":00"

    def transaction_rows(self) -> list[list[str]]:
        if self.case is None:
            f = self.facts
            return [[f"{f['date']} {f['time']}", letter_text("sale", self.lang), f["amount"],
                     f["card"], f["reference_no"], f["voucher_no"]]]
        target = self.case.target().id
        rows = []
        for x in [*self.case.transactions, *self.case.resolutions]:
            kind = letter_text(x.type, self.lang)
            if x.id == target:
                kind += letter_text("extra", self.lang)
            rows.append([shown_time(x.occurred_at, x.time_known, self.lang), kind,
                         format_money(x.amount_minor, x.currency), x.card, x.reference_no,
                         x.voucher_no])
        return rows

    def people(self) -> list[str]:
        staff = [str(s) for s in settings.get(self.ctx.read_db(), "staff") or []]
        return list(dict.fromkeys([self.actor, "owner", *staff]))

    def workable(self) -> bool:
        return self.training or (self.case is not None and self.case.status == "open")

    # -- actions ------------------------------------------------------------------------------

    def _write(self, fn: Callable[[Database, OpContext], Any], label: str) -> None:
        self.pending += 1

        def done(_result: Any) -> None:
            self.pending -= 1
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.pending -= 1
            QMessageBox.warning(self, tr("Not done"), str(exc))
            self.refresh()

        self.ctx.ops.run(fn, write=True, changes=Changes.CASES | Changes.AUDIT, label=label,
                         on_done=done, on_error=failed)

    def tick(self, key: str, by: str, values: dict[str, str]) -> None:
        if not by:
            QMessageBox.warning(self, tr("Who did it?"), tr("Enter who did this step."))
            return
        if self.training:
            self.ticked[key] = (by, clock.now_iso(), values)
            self.actor = by
            for page in self.step_pages:
                page.refresh()
            self.close_page.refresh()
            return
        case_id = self._case().id
        self._write(lambda db, _op: cases.tick_step(db, case_id, key, by, values),
                    tr("Saving the step"))

    def attach(self, key: str, path: Path) -> None:
        case_id, by = self._case().id, self.actor
        self._write(lambda db, _op: cases.attach(db, case_id, path, by, key),
                    tr("Attaching the file"))

    def toggle_pause(self) -> None:
        case = self._case()
        actor = self.actor
        if case.status == "paused":
            self._write(lambda db, _op: cases.resume(db, case.id, actor), tr("Resuming"))
        else:
            self._write(lambda db, _op: cases.pause(db, case.id, actor), tr("Pausing"))

    def ask_reassign(self) -> None:
        who, ok = QInputDialog.getItem(self, tr("Reassign"), tr("Give this case to:"),
                                       self.people(), 0, True)
        if ok and who.strip():
            self.reassign(who.strip())

    def reassign(self, who: str) -> None:
        case_id, actor = self._case().id, self.actor
        self._write(lambda db, _op: cases.reassign(db, case_id, who, actor), tr("Reassigning"))

    def ask_path(self) -> None:
        files = load_all()
        labels = [tr("Let ShopGuard decide again from today's facts")] + [
            files[p].title.get(self.lang) for p in PATHS]
        choice, ok = QInputDialog.getItem(self, tr("Choose another procedure"),
                                          tr("Procedure:"), labels, 0, False)
        if ok:
            index = labels.index(choice)
            self.change_path(None if index == 0 else PATHS[index - 1])

    def change_path(self, path: str | None) -> None:
        case_id, actor = self._case().id, self.actor
        self.pending += 1

        def done(_case: Any) -> None:
            self.pending -= 1
            self.path_changed.emit(case_id)
            self.reject()

        def failed(exc: BaseException) -> None:
            self.pending -= 1
            QMessageBox.warning(self, tr("Not done"), str(exc))

        self.ctx.ops.run(lambda db, _op: cases.change_path(db, case_id, actor, path), write=True,
                         changes=Changes.CASES | Changes.AUDIT, label=tr("Changing the procedure"),
                         on_done=done, on_error=failed)

    def finish(self) -> bool:
        """Finish button: record the rehearsal, or close the case with the chosen outcome."""
        if self.training:
            assert self.rehearsal is not None
            if len(self.ticked) < len(self.steps):
                QMessageBox.information(self, tr("Not finished"),
                                        tr("Tick every step to complete the rehearsal."))
                return False
            rehearsal, who, n = self.rehearsal, self.actor, len(self.ticked)
            self._write(lambda db, _op: training.record(db, who, rehearsal, n),
                        tr("Recording the rehearsal"))
            return True
        case = self._case()
        if case.status == "closed":
            return True
        outcome = str(self.close_page.outcome.currentData())
        note = self.close_page.note.text().strip()
        pin: str | None = None
        if outcome == "not_duplicate" and access.staff_mode(self.ctx.read_db()):
            pin = ask_pin(self, tr("Closing as not a duplicate"))
            if pin is None:
                return False
            if not access.check_pin(self.ctx.read_db(), pin):
                QMessageBox.warning(self, tr("Wrong PIN"), tr("That is not the owner's PIN."))
                return False
        actor = self.actor
        self._write(lambda db, _op: cases.close(db, case.id, outcome, actor, note=note, pin=pin),
                    tr("Closing the case"))
        return True

    def preview_letter(self) -> None:
        from shopguard.gui.letter_preview import preview_letter

        preview_letter(self, self.ctx, self._case().id, self.lang)

