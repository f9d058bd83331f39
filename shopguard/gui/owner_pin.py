"""Asking for the owner PIN before an owner-only action (staff mode), and saying in the user's
language why the core refused one.

Every text is marked with ``QCoreApplication.translate("OwnerPin", ...)`` spelled out, so
lupdate files it under the context the code looks it up in (a bare module-level ``tr()`` is
filed under the empty context).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from shopguard.core.store import Database, access

MIN_PIN = access.MIN_PIN


def _dialog(parent: QWidget | None, name: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setObjectName(name)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setWindowTitle(QCoreApplication.translate("OwnerPin", "Owner PIN"))
    dialog.setLabelText(label)
    dialog.setOkButtonText(QCoreApplication.translate("OwnerPin", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("OwnerPin", "Cancel"))
    return dialog


def pin_dialog(parent: QWidget | None, action: str) -> QInputDialog:
    """The dialog asking for the owner PIN before `action` (the user's words, translated)."""
    return _dialog(parent, "ownerPinDialog", QCoreApplication.translate(
        "OwnerPin", "{action} needs the owner. PIN:").format(action=action))


def new_pin_dialog(parent: QWidget | None, again: bool = False) -> QInputDialog:
    label = (QCoreApplication.translate("OwnerPin", "The same PIN again:") if again
             else QCoreApplication.translate("OwnerPin", "New owner PIN (at least {n} "
                                                         "characters):").format(n=MIN_PIN))
    return _dialog(parent, "newPinDialog", label)


def _ask(dialog: QInputDialog) -> str | None:
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text if ok else None


def ask_pin(parent: QWidget, action: str) -> str | None:
    """Ask for the owner PIN; None when the user cancels."""
    return _ask(pin_dialog(parent, action))


def ask_new_pin(parent: QWidget) -> str | None:
    """Ask for a new PIN twice; None when cancelled, too short or the two do not match."""
    first = _ask(new_pin_dialog(parent))
    if first is None:
        return None
    if len(first.strip()) < MIN_PIN:
        QMessageBox.warning(parent, QCoreApplication.translate("OwnerPin", "Owner PIN"),
                            QCoreApplication.translate(
                                "OwnerPin", "The PIN must have at least {n} characters; nothing "
                                            "changed.").format(n=MIN_PIN))
        return None
    again = _ask(new_pin_dialog(parent, again=True))
    if again is None:
        return None
    if first != again:
        QMessageBox.warning(parent, QCoreApplication.translate("OwnerPin", "Owner PIN"),
                            QCoreApplication.translate(
                                "OwnerPin", "The two PINs differ; nothing changed."))
        return None
    return first


def pin_if_needed(parent: QWidget, db: Database, action: str) -> tuple[bool, str | None]:
    """(go on?, pin): asks only when staff mode is on; (False, None) if the user cancelled."""
    if not access.staff_mode(db):
        return True, None
    pin = ask_pin(parent, action)
    return pin is not None, pin


def record_refusal(db: Database, pin: str | None, action: str, actor: str) -> None:
    """Log a refused owner-only attempt the screen caught itself (in a write op): the core's
    check records who tried, and the refusal is expected here."""
    with contextlib.suppress(access.OwnerRequired):
        access.require_owner(db, pin, action, actor)


def refusal_text(pin_given: bool, action: str = "") -> str:
    """Why an owner-only action was refused, in the UI language."""
    if pin_given:
        text = QCoreApplication.translate("OwnerPin", "The owner PIN is wrong; nothing was "
                                                      "changed.")
    else:
        text = QCoreApplication.translate("OwnerPin", "This needs the owner's PIN (staff mode "
                                                      "is on).")
    return f"{action}: {text}" if action else text


def error_text(exc: BaseException, action: str = "") -> str:
    """The message for a failed action: a refused owner-only action in the UI language, or
    the error's own text for anything else."""
    if isinstance(exc, access.OwnerRequired):
        return refusal_text(bool(getattr(exc, "pin_given", False)), action)
    return str(exc)
