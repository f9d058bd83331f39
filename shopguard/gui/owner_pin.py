"""Asking for the owner PIN before an owner-only action (staff mode)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from shopguard.core.store import Database, access


def tr(text: str) -> str:
    return QCoreApplication.translate("OwnerPin", text)


def ask_pin(parent: QWidget, action: str) -> str | None:
    """Ask for the owner PIN; None when the user cancels."""
    pin, ok = QInputDialog.getText(parent, tr("Owner PIN"),
                                   tr("{action} needs the owner. PIN:").format(action=action),
                                   QLineEdit.EchoMode.Password)
    return pin if ok else None


def ask_new_pin(parent: QWidget) -> str | None:
    """Ask for a new PIN twice; None when cancelled or the two do not match."""
    first, ok = QInputDialog.getText(parent, tr("Owner PIN"), tr("New owner PIN:"),
                                     QLineEdit.EchoMode.Password)
    if not ok:
        return None
    again, ok = QInputDialog.getText(parent, tr("Owner PIN"), tr("The same PIN again:"),
                                     QLineEdit.EchoMode.Password)
    if not ok:
        return None
    if first != again:
        QMessageBox.warning(parent, tr("Owner PIN"), tr("The two PINs differ; nothing changed."))
        return None
    return first


def pin_if_needed(parent: QWidget, db: Database, action: str) -> tuple[bool, str | None]:
    """(go on?, pin): asks only when staff mode is on; (False, None) if the user cancelled."""
    if not access.staff_mode(db):
        return True, None
    pin = ask_pin(parent, action)
    return pin is not None, pin
