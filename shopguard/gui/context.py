"""The one object every screen gets: database path, op runner and app-wide signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from shopguard.core.store import Database
from shopguard.core.workspace import connect
from shopguard.gui.i18n import Translations, resolve_language
from shopguard.gui.ops import OpRunner


class AppContext(QObject):
    changed = Signal(object)         # a core.changes.Changes value
    navigate = Signal(str, dict)     # screen key, filters
    language_changed = Signal()
    actor_changed = Signal(str)      # who acts now (a shift started, staff mode went off)

    def __init__(self, db_path: Path, parent: QObject | None = None,
                 qsettings: QSettings | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.ops = OpRunner(self.db_path, self)
        self.ops.changed.connect(self.changed)
        self.staff_mode = False
        self.actor = "owner"
        self._read_db: Database | None = None
        self._qsettings = qsettings
        self.translations = Translations()
        # Create/migrate the file here, once, before any worker opens its own connection.
        self.read_db()

    def set_actor(self, name: str) -> None:
        """Who acts from now on (recorded in the audit log and on cases)."""
        self.actor = name
        self.actor_changed.emit(name)

    def read_db(self) -> Database:
        """The UI thread's connection: short reads only; writes go through `ops`."""
        if self._read_db is None:
            self._read_db = connect(self.db_path)
        return self._read_db

    def qsettings(self) -> QSettings:
        """Per-machine UI state (window geometry); shop settings live in the database."""
        return self._qsettings if self._qsettings is not None else QSettings()

    def set_language(self, setting: str) -> str:
        """Switch the UI language at runtime ('system', 'zh_CN' or 'en'); returns the one used."""
        language = resolve_language(setting)
        self.translations.apply(language)
        self.language_changed.emit()
        return language

    def close(self) -> None:
        self.ops.shutdown()
        if self._read_db is not None:
            self._read_db.close()
            self._read_db = None
