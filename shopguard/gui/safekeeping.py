"""What the running app does to never lose the records: a daily automatic backup (at start and
checked every hour while open) and the audit head file kept up to date after every write."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from shopguard.core.changes import Changes
from shopguard.core.store import Database, audit_head, backup
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpContext

HOUR_MS = 3600 * 1000


def _auto_backup(db: Database, _op: OpContext) -> Path | None:
    return backup.auto_backup(db)


class Safekeeping(QObject):
    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.backup_if_due)
        ctx.changed.connect(self.record_head)

    def start(self, first_delay_ms: int) -> None:
        # Not at once: the window comes up first, and an import started right away does not
        # wait for a large database's copy.
        QTimer.singleShot(first_delay_ms, self.backup_if_due)
        self.timer.start()

    def backup_if_due(self) -> None:
        # A failed backup shows the usual plain error dialog (a full disk must not go unseen).
        self.ctx.ops.run(_auto_backup, write=True, changes=Changes.AUDIT,
                         label=self.tr("Daily backup"))

    def record_head(self, _changes: object = None) -> None:
        # The database is busy or damaged: the next write records it.
        with contextlib.suppress(sqlite3.Error):
            audit_head.record(self.ctx.read_db())


FIRST_BACKUP_DELAY_MS = 20_000


def install(ctx: AppContext, first_delay_ms: int = FIRST_BACKUP_DELAY_MS) -> Safekeeping:
    keeper = Safekeeping(ctx)
    keeper.start(first_delay_ms)
    return keeper
