"""Who is working at this computer (staff mode): the shift.

With staff mode on (an owner PIN is set), the app asks at start — and on "Switch user…" —
who is working: a name from the staff list (or typed), or the owner, which needs the PIN.
That person is `ctx.actor` for everything recorded until the next switch (audit log, case
steps, reviews). Without staff mode the owner acts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.changes import Changes
from shopguard.core.store import Database, access, audit, settings
from shopguard.gui.context import AppContext
from shopguard.gui.names import OWNER, actor_key, person
from shopguard.gui.owner_pin import error_text


def staff_names(db: Database) -> list[str]:
    return [str(s).strip() for s in settings.get(db, "staff") or [] if str(s).strip()]


def start_shift(ctx: AppContext, parent: QWidget | None) -> ShiftDialog | None:
    """Ask who is working (staff mode), or make the owner the actor (no staff mode)."""
    if not access.staff_mode(ctx.read_db()):
        ctx.set_actor(OWNER)
        return None
    dialog = ShiftDialog(ctx, parent)
    dialog.open()
    return dialog


def _record_shift(db: Database, who: str) -> None:
    with db.atomic():
        audit.append(db, who, "shift.start", who, None, {"owner": who == OWNER})


class ShiftDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("shiftDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, parent is not None)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.names = QComboBox()
        self.names.setObjectName("shiftNames")
        self.names.setEditable(True)
        self.names.addItems(staff_names(ctx.read_db()))
        self.names.addItem(person(OWNER))
        current = person(ctx.actor) if ctx.actor and ctx.actor != "staff" else ""
        self.names.setCurrentText(current or self.names.itemText(0))
        self.names.currentTextChanged.connect(self._name_changed)
        self.pin = QLineEdit()
        self.pin.setObjectName("shiftPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_label, self.pin_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.name_label, self.names)
        form.addRow(self.pin_label, self.pin)
        self.message = QLabel()
        self.message.setObjectName("shiftMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._name_changed(self.names.currentText())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is working?"))
        self.intro.setText(self.tr("Staff mode is on. Choose your name: what you do is "
                                   "recorded under it until someone switches user."))
        self.name_label.setText(self.tr("Name"))
        self.pin_label.setText(self.tr("Owner PIN"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if ok is not None and cancel is not None:
            ok.setText(self.tr("Start"))
            cancel.setText(self.tr("Cancel"))

    def _name_changed(self, text: str) -> None:
        owner = actor_key(text) == OWNER
        self.pin.setVisible(owner)
        self.pin_label.setVisible(owner)
        self.message.setText("")

    def choose(self, name: str, pin: str = "") -> None:
        """Pick `name` (the owner: with `pin`) and start, as the buttons would."""
        self.names.setCurrentText(person(name) if name == OWNER else name)
        self.pin.setText(pin)
        self.accept()

    def accept(self) -> None:
        who = actor_key(self.names.currentText())
        if not who:
            self.message.setText(self.tr("Choose or type your name."))
            return
        if who != OWNER:
            self._start(who)
            return
        pin, before = self.pin.text(), self.ctx.actor

        def check(db: Database, _op: Any) -> None:  # a refusal is audited with who tried
            access.require_owner(db, pin, "start a shift as the owner", before)

        self.ctx.ops.run(check, write=True, changes=Changes.AUDIT,
                         on_done=lambda _r: self._start(OWNER),
                         on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))  # wrong, locked out, ... in the UI language
        self.pin.selectAll()

    def _start(self, who: str) -> None:
        self.ctx.set_actor(who)
        self.ctx.ops.run(lambda db, _op: _record_shift(db, who), write=True,
                         changes=Changes.AUDIT)
        super().accept()
