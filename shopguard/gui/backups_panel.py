"""Settings → Backups: the last backup, "Back up now", "Restore…", and how many daily backups
to keep where. The work is the core's (`store.backup`, `store.restore`), run as ops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopguard.core import workspace
from shopguard.core.changes import Changes
from shopguard.core.store import Database, access, backup, restore, settings
from shopguard.gui import owner_pin
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpContext, show_error


def backups_summary(db: Database, _op: OpContext | None = None) -> dict[str, Any]:
    """What the panel shows (read in an op)."""
    database = backup.db_file(db)
    where = backup.folder(db, database)
    count = len(backup.auto_backups(where, database.stem)) if database else 0
    return {"last": backup.last_backup(db), "folder": str(where), "count": count,
            "keep": int(settings.get(db, "backup_keep")),
            "backup_dir": str(settings.get(db, "backup_dir") or "")}


class BackupsPanel(QGroupBox):
    KEYS = ("backup_keep", "backup_dir")  # the settings this panel edits (not the main form)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupsBox")
        self.summary: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        self.last_label = QLabel()
        self.last_label.setObjectName("lastBackup")
        self.last_label.setWordWrap(True)
        self.auto_label = QLabel()
        self.auto_label.setWordWrap(True)
        layout.addWidget(self.last_label)
        layout.addWidget(self.auto_label)

        grid = QGridLayout()
        self.keep_label = QLabel()
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 365)
        self.keep.setMinimumWidth(90)
        self.folder_label = QLabel()
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_folder)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyBackupSettings")
        self.apply_button.clicked.connect(self.apply_settings)
        grid.addWidget(self.keep_label, 0, 0)
        grid.addWidget(self.keep, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.folder_label, 1, 0)
        grid.addWidget(self.folder, 1, 1)
        grid.addWidget(self.choose_button, 1, 2)
        grid.addWidget(self.apply_button, 1, 3)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.choose_restore)
        self.message = QLabel()
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.message, 1)
        layout.addLayout(buttons)

        ctx.language_changed.connect(self.retranslate)
        ctx.changed.connect(self._on_changes)
        self.retranslate()
        self.reload()

    # -- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.ops.run(backups_summary, on_done=self._show)

    def _on_changes(self, changes: Changes) -> None:
        if changes & (Changes.AUDIT | Changes.SETTINGS):
            self.reload()

    def _show(self, summary: dict[str, Any]) -> None:
        self.summary = summary
        last = summary.get("last")
        if last:
            self.last_label.setText(self.tr("Last backup: {time} — {path}").format(
                time=str(last["at"]).replace("T", " "), path=last["path"]))
        else:
            self.last_label.setText(self.tr("No backup has been made yet."))
        self.auto_label.setText(self.tr(
            "While ShopGuard is open it makes one backup a day and keeps the newest {keep}"
            " ({count} now in {folder}). Keep a copy on another disk too: a backup on the same"
            " disk does not survive the disk.").format(keep=summary["keep"],
                                                        count=summary["count"],
                                                        folder=summary["folder"]))
        self.keep.setValue(int(summary["keep"]))
        self.folder.setText(summary["backup_dir"])
        self.folder.setPlaceholderText(str(Path(self.ctx.db_path).resolve().parent / "backups"))

    # -- actions -------------------------------------------------------------------------
    def back_up_now(self) -> None:
        actor = self.ctx.actor

        def work(db: Database, _op: OpContext) -> str:
            return str(backup.backup_now(db, actor=actor)[0])

        self.ctx.ops.run(work, write=True, changes=Changes.AUDIT, label=self.tr("Backing up"),
                         on_done=lambda path: self.message.setText(
                             self.tr("Backed up to {path}.").format(path=path)))

    def choose_folder(self) -> None:
        start = self.folder.text() or self.folder.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def apply_settings(self) -> None:
        keep, folder, actor = self.keep.value(), self.folder.text().strip(), self.ctx.actor
        go_on, pin = owner_pin.pin_if_needed(self, self.ctx.read_db(),
                                             self.tr("Changing the backup settings"), actor)
        if not go_on:
            return

        def work(db: Database, _op: OpContext) -> None:
            access.require_owner(db, pin, "change the backup settings", actor)
            with db.atomic():
                settings.store(db, "backup_keep", keep, actor)
                settings.store(db, "backup_dir", folder, actor)

        self.ctx.ops.run(work, write=True, changes=Changes.SETTINGS | Changes.AUDIT,
                         on_done=lambda _r: self.message.setText(self.tr("Saved.")))

    def choose_restore(self) -> None:
        start = self.summary.get("folder") or str(Path(self.ctx.db_path).parent)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), start,
                                              self.tr("ShopGuard backups (*.db);;All files (*)"))
        if path:
            self.restore_file(Path(path))

    def restore_file(self, path: Path) -> None:
        """Validate `path` (an op), confirm with the user, then restore it."""
        sets = workspace.MIGRATION_SETS
        self.ctx.ops.run(lambda _db, _op: restore.validate(path, sets),
                         on_done=self._confirm_restore,
                         on_error=lambda exc: self._restore_failed(exc))

    def _confirm_restore(self, checked: restore.Validated) -> None:
        meta = checked.meta
        made = (meta.created_at or self.tr("an unknown time")).replace("T", " ")
        entries = meta.head.count if meta.head else 0
        text = self.tr(
            "Restore the backup made {made} ({entries} audit entries)?\n\nEverything changed"
            " since then is replaced by the backup. The database as it is now is kept aside"
            " as a file beside it, so nothing is lost.").format(made=made, entries=entries)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRestore")
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        pin = None
        if access.staff_mode(self.ctx.read_db()):
            pin = owner_pin.verified_pin(self, self.ctx.read_db(), self.tr("Restoring a backup"),
                                         self.ctx.actor)
            if pin is None:
                return
        self._run_restore(checked.path, pin, None)

    def _run_restore(self, path: Path, pin: str | None, backup_pin: str | None) -> None:
        db_path, actor, sets = self.ctx.db_path, self.ctx.actor, workspace.MIGRATION_SETS

        def work(_db: Database, _op: OpContext) -> restore.RestoreResult:
            return restore.restore(db_path, path, sets, pin=pin, backup_pin=backup_pin,
                                   actor=actor)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, restore.RestoreError) and exc.code == "backup_pin" \
                    and backup_pin is None:
                other, ok = QInputDialog.getText(
                    self, self.tr("Restore a backup"),
                    self.tr("This backup was made with another owner PIN. Enter the PIN that"
                            " was in use then:"), QLineEdit.EchoMode.Password)
                if ok and other:
                    self._run_restore(path, pin, other)
                return
            self._restore_failed(exc)

        self.ctx.ops.run(work, write=True, changes=Changes.ALL, label=self.tr("Restoring"),
                         on_done=self._restored, on_error=failed)

    def _restored(self, result: restore.RestoreResult) -> None:
        self.message.setText(self.tr("Restored. The database as it was is kept at {path}.")
                             .format(path=result.aside))

    def _restore_failed(self, exc: BaseException) -> None:
        if isinstance(exc, (restore.RestoreError, access.OwnerRequired)):
            text = exc.text(owner_pin.ui_language())
            QMessageBox.warning(self, self.tr("Restore a backup"), text)
            return
        show_error(self, self.tr("Restoring"), exc)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.keep_label.setText(self.tr("Daily backups to keep"))
        self.folder_label.setText(self.tr("Backup folder (empty: beside the database)"))
        self.choose_button.setText(self.tr("Choose…"))
        self.apply_button.setText(self.tr("Apply"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        if self.summary:
            self._show(self.summary)
