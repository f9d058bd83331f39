"""Asking for the owner PIN before an owner-only action (staff mode), saying plainly when PIN
entry is locked after wrong PINs, and saying a refusal in the user's language.

Texts are marked ``translate("OwnerPin", ...)`` spelled out at each call, so lupdate files them
under the context the code looks them up in (a bare module-level ``tr()`` would be filed under
the empty context).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from shopguard.core.store import Database, Finding, access

translate = QCoreApplication.translate


def duration(seconds: int) -> str:
    """``4 min 10 s`` / ``4 分 10 秒`` in the UI's language."""
    h, rest = divmod(max(1, int(seconds)), 3600)
    m, s = divmod(rest, 60)
    parts = []
    if h:
        parts.append(translate("OwnerPin", "{n} h").format(n=h))
    if m:
        parts.append(translate("OwnerPin", "{n} min").format(n=m))
    if s:
        parts.append(translate("OwnerPin", "{n} s").format(n=s))
    return " ".join(parts)


def lockout_text(lock: access.Lockout) -> str:
    """The lock-out in plain words: how many wrong PINs, how long, until when."""
    return translate(
        "OwnerPin", "{n} wrong owner PINs in a row, so PIN entry is locked for {time} (until"
        " {clock}). Wait, then try again; every further wrong PIN doubles the wait, up to an"
        " hour.").format(n=lock.failures, time=duration(lock.seconds_left),
                         clock=datetime.fromtimestamp(lock.until).strftime("%H:%M:%S"))


def short_pin_text() -> str:
    return translate("OwnerPin", "The owner PIN has fewer than {n} digits, which is too easy to"
                     " guess. Please change it (Settings → Owner PIN).").format(n=access.MIN_PIN)


def locked_box(parent: QWidget | None, lock: access.Lockout) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("OwnerPin", "Owner PIN locked"),
                      lockout_text(lock), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("pinLockedBox")
    return box


def show_locked(parent: QWidget | None, lock: access.Lockout) -> None:
    locked_box(parent, lock).exec()


def _dialog(parent: QWidget | None, name: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setObjectName(name)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setWindowTitle(translate("OwnerPin", "Owner PIN"))
    dialog.setLabelText(label)
    dialog.setOkButtonText(translate("OwnerPin", "OK"))
    dialog.setCancelButtonText(translate("OwnerPin", "Cancel"))
    return dialog


def pin_dialog(parent: QWidget | None, action: str) -> QInputDialog:
    """The dialog asking for the owner PIN before `action` (the user's words, translated)."""
    return _dialog(parent, "ownerPinDialog", translate(
        "OwnerPin", "{action} needs the owner. PIN:").format(action=action))


def new_pin_dialog(parent: QWidget | None, again: bool = False) -> QInputDialog:
    label = (translate("OwnerPin", "The same PIN again:") if again else
             translate("OwnerPin", "New owner PIN (at least {n} digits):").format(
                 n=access.MIN_PIN))
    return _dialog(parent, "newPinDialog", label)


def _ask(dialog: QInputDialog) -> str | None:
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text if ok else None


def ask_pin(parent: QWidget, action: str, db: Database | None = None) -> str | None:
    """Ask for the owner PIN; None when the user cancels (or, given `db`, entry is locked)."""
    if db is not None:
        lock = access.lockout_state(db)
        if lock is not None:
            show_locked(parent, lock)
            return None
    return _ask(pin_dialog(parent, action))


def verified_pin(parent: QWidget, db: Database, action: str, actor: str = "") -> str | None:
    """Ask for the owner PIN and check it (counted and locked out like every PIN entry);
    the PIN when it is right, else None after saying why."""
    pin = ask_pin(parent, action, db)
    if pin is None:
        return None
    try:
        result = access.verify_pin(db, pin, actor=actor, action=action)
    except sqlite3.OperationalError:  # another write (a long import) holds the database
        QMessageBox.information(parent, translate("OwnerPin", "Owner PIN"), translate(
            "OwnerPin", "ShopGuard is saving something else right now (an import?). Try again"
            " when it has finished."))
        return None
    if result.lock is not None:
        show_locked(parent, result.lock)
        return None
    if not result.ok:
        text = translate("OwnerPin", "That is not the owner's PIN.")
        if result.tries_left:
            text += " " + translate("OwnerPin", "{n} more wrong PIN(s) lock PIN entry for a"
                                    " while.").format(n=result.tries_left)
        QMessageBox.warning(parent, translate("OwnerPin", "Wrong PIN"), text)
        return None
    if result.problems:
        show_audit_problems(parent, result.problems)
    return pin


def ui_language() -> str:
    """'zh_CN' when the Chinese translation is installed (for the core's bilingual texts)."""
    return "zh_CN" if translate("OwnerPin", "Owner PIN") != "Owner PIN" else "en"


def show_audit_problems(parent: QWidget | None, problems: list[Finding]) -> None:
    """What the check made with the owner's key found in the audit log."""
    lang = ui_language()
    listed = "\n".join(f"• {p.text(lang)}" for p in problems[:8])
    box = QMessageBox(QMessageBox.Icon.Critical, translate("OwnerPin", "Audit log changed"),
                      translate("OwnerPin", "Checking the audit log with your PIN found changes"
                                " made outside ShopGuard:") + "\n\n" + listed,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("auditProblemsBox")
    box.exec()


def ask_new_pin(parent: QWidget) -> str | None:
    """Ask for a new PIN twice; None when cancelled, too short or the two do not match."""
    first = _ask(new_pin_dialog(parent))
    if first is None:
        return None
    if len(first.strip()) < access.MIN_PIN:
        QMessageBox.warning(parent, translate("OwnerPin", "Owner PIN"), translate(
            "OwnerPin", "The PIN needs at least {n} digits; nothing changed.").format(
                n=access.MIN_PIN))
        return None
    again = _ask(new_pin_dialog(parent, again=True))
    if again is None:
        return None
    if first != again:
        QMessageBox.warning(parent, translate("OwnerPin", "Owner PIN"),
                            translate("OwnerPin", "The two PINs differ; nothing changed."))
        return None
    return first


def pin_if_needed(parent: QWidget, db: Database, action: str,
                  actor: str = "") -> tuple[bool, str | None]:
    """(go on?, pin): asks only when staff mode is on; (False, None) if the user cancelled or
    the PIN was wrong (already said)."""
    if not access.staff_mode(db):
        return True, None
    pin = verified_pin(parent, db, action, actor)
    return pin is not None, pin


def error_text(exc: BaseException) -> str:
    """The message for a failed action: a refused owner-only action in the UI language (the
    core's own bilingual wording), or the error's own text for anything else."""
    if isinstance(exc, access.OwnerRequired):
        text = exc.text(ui_language())
        # The core names the action in English ("dismiss alert 5"); the screen said what it
        # was doing, so keep only why it was refused.
        prefix = f"{exc.action}: "
        return text[len(prefix):] if exc.reason and text.startswith(prefix) else text
    return str(exc)
