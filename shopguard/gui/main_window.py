"""The main window: sidebar over the discovered screens, status bar, running-op progress."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from shopguard.core.changes import Changes
from shopguard.core.store import Database
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpHandle
from shopguard.gui.screens import Screen, discover_screens

log = logging.getLogger(__name__)

STATEMENT_FILTER = "*.csv *.txt *.tsv *.xlsx *.xls"


DEFAULT_SIZE = (1180, 760)


def available_geometry(widget: QWidget) -> QRect:
    """The part of the widget's screen a window may use (without task bars)."""
    screen = widget.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, *DEFAULT_SIZE)


def clamped(frame: QRect, area: QRect) -> QRect:
    """`frame` made to fit inside `area`: shrunk if larger, moved in if it sticks out."""
    width, height = min(frame.width(), area.width()), min(frame.height(), area.height())
    left = min(max(frame.left(), area.left()), area.right() - width + 1)
    top = min(max(frame.top(), area.top()), area.bottom() - height + 1)
    return QRect(left, top, width, height)


def db_summary(db: Database) -> dict[str, Any]:
    """Period covered and counts, for the status bar and the overview (cheap, indexed)."""
    conn = db.conn
    first, last = conn.execute(
        "SELECT min(occurred_at), max(occurred_at) FROM transactions").fetchone()
    txns = conn.execute("SELECT count(*) FROM transactions").fetchone()[0]
    imports = conn.execute("SELECT count(*) FROM imports WHERE undone_at IS NULL").fetchone()[0]
    return {"first_at": first, "last_at": last, "transactions": int(txns),
            "imports": int(imports)}


class _TitleContext:
    """What a screen's `title()` sees before the screen is built: its key and `tr`."""

    def __init__(self, cls: type[Screen]):
        self.key = cls.key
        self._context = cls.__name__

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self._context, text, disambiguation, n)


class MainWindow(QMainWindow):
    screen_shown = Signal(str)  # key

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.screen_classes: list[type[Screen]] = discover_screens()
        self.screens: dict[str, Screen] = {}
        self._summary: dict[str, Any] = {}
        self._fitted = False

        from shopguard.gui.importing import ImportController
        from shopguard.gui.welcome import WelcomePage

        self.importer = ImportController(ctx, self)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(140)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 10px; }")
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(ctx, self)
        self.welcome.import_requested.connect(self.import_dialog)
        self.stack.addWidget(self.welcome)
        self._create_screens()
        self.nav.currentRowChanged.connect(self._on_nav_row)
        # A sidebar with no current row picks its first one when it gets the focus (Qt's
        # item views do): the focus it gets back from a closing dialog or the hidden Cancel
        # button used to open the Overview over the welcome page of an empty database.
        self.nav.installEventFilter(self)
        self.importer.file_done.connect(self._file_imported)
        self.importer.cancelled.connect(self._import_cancelled)
        self._imported_name = ""

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 900])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_status_bar()

        ctx.changed.connect(self._on_changes)
        ctx.navigate.connect(self.show_screen)
        ctx.language_changed.connect(self.retranslate)
        ctx.ops.started.connect(self._on_op_started)
        ctx.ops.finished.connect(self._on_op_finished)

        self.retranslate()
        self._restore_state()
        self.refresh_summary(first=True)

    # -- building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.import_action = QAction(self)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_dialog)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.refresh_all)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.log_action = QAction(self)
        self.log_action.triggered.connect(self._show_log_dir)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.switch_user_action = QAction(self)
        self.switch_user_action.setObjectName("switchUserAction")
        self.switch_user_action.triggered.connect(self.start_shift)

        self.screen_actions: list[QAction] = []
        for i, cls in enumerate(self.screen_classes):
            action = QAction(self)
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, k=cls.key: self.show_screen(k, {}))
            self.addAction(action)
            self.screen_actions.append(action)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.switch_user_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        for action in self.screen_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.log_action)
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.refresh_action)
        self.addToolBar(self.toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel()
        self.db_label.setObjectName("statusDb")
        self.period_label = QLabel()
        self.period_label.setObjectName("statusPeriod")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("statusCounts")
        self.shift_label = QLabel()
        self.shift_label.setObjectName("statusShift")
        self.op_label = QLabel()
        self.op_label.setObjectName("statusOp")
        self.progress = QProgressBar()
        self.progress.setObjectName("statusProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("statusCancel")
        self.cancel_button.clicked.connect(self._cancel_current)
        self.op_box = QWidget()
        box = QHBoxLayout(self.op_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.op_label)
        box.addWidget(self.progress)
        box.addWidget(self.cancel_button)
        self.op_box.hide()
        for label in (self.db_label, self.period_label, self.counts_label):
            label.setContentsMargins(6, 0, 10, 0)
        bar.addWidget(self.db_label)
        bar.addWidget(self.period_label)
        bar.addWidget(self.counts_label, 1)
        bar.addWidget(self.shift_label)
        self.ctx.actor_changed.connect(lambda _name: self._show_shift())
        bar.addPermanentWidget(self.op_box)

    # -- screens -----------------------------------------------------------------------------

    def _create_screens(self) -> None:
        """One navigation entry per discovered screen. A screen is built when it is first shown
        (start-up pays only for the one it opens on; a 100,000-row Transactions table or the
        matplotlib canvas are not built before the window appears)."""
        for cls in self.screen_classes:
            item = QListWidgetItem(cls.key)
            item.setData(Qt.ItemDataRole.UserRole, cls.key)
            self.nav.addItem(item)

    def screen_widget(self, key: str) -> Screen | None:
        """The screen for `key`, built on first use; one that fails to build is left out, logged."""
        if key in self.screens:
            return self.screens[key]
        cls = next((c for c in self.screen_classes if c.key == key), None)
        if cls is None:
            return None
        try:
            widget = cls(self.ctx, self.stack)
        except Exception:
            log.exception("screen %s failed to open", cls.key)
            self._leave_out(cls)
            self._say_screen_failed(self._screen_title(cls))
            return None
        self.screens[key] = widget
        self.stack.addWidget(widget)
        return widget

    def _say_screen_failed(self, name: str) -> None:
        """A screen that cannot be built is left out of the sidebar: tell the user, not only
        the log (the details, with the traceback, are in the log folder)."""
        from shopguard.core.paths import log_dir

        QMessageBox.warning(self, self.tr("Screen not available"), self.tr(
            "The {name} screen could not be opened and was left out of the sidebar."
            " The rest of ShopGuard works. Details are in the log folder: {path}").format(
                name=name, path=log_dir()))

    def _leave_out(self, cls: type[Screen]) -> None:
        i = self.screen_classes.index(cls)
        self.screen_classes.pop(i)
        self.nav.blockSignals(True)
        self.nav.takeItem(i)
        self.nav.blockSignals(False)
        if i < len(getattr(self, "screen_actions", [])):
            action = self.screen_actions.pop(i)
            self.view_menu.removeAction(action)
            self.removeAction(action)

    def _screen_title(self, cls: type[Screen]) -> str:
        """The translated title, also for a screen not built yet (its `title()` on a stand-in
        that translates in the screen's context, as `self.tr` does)."""
        widget = self.screens.get(cls.key)
        if widget is not None:
            return widget.title()
        try:
            return str(cls.title(_TitleContext(cls)))  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - a title() that needs the built screen: build it
            widget = self.screen_widget(cls.key)
            return widget.title() if widget is not None else cls.key

    def show_screen(self, key: str, filters: dict[str, Any] | None = None) -> Screen | None:
        widget = self.screen_widget(key)
        if widget is None:
            return None
        self.stack.setCurrentWidget(widget)
        row = next((i for i, c in enumerate(self.screen_classes) if c.key == key), -1)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        if filters:
            widget.apply_filter(filters)
        self.screen_shown.emit(key)
        return widget

    def show_welcome(self) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.welcome)
        # Keep the sidebar's focus-in from selecting (and opening) its first screen.
        self.welcome.import_button.setFocus()

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(self.screen_classes):
            self.show_screen(self.screen_classes[row].key)

    def _on_changes(self, changes: Changes) -> None:
        for widget in self.screens.values():
            widget.on_changes(changes)
        if changes & (Changes.TRANSACTIONS | Changes.IMPORTS):
            self.refresh_summary()
        if changes & Changes.SETTINGS:
            self._show_shift()

    def refresh_all(self) -> None:
        self._on_changes(Changes.ALL)

    # -- status bar --------------------------------------------------------------------------

    def refresh_summary(self, first: bool = False) -> None:
        def done(summary: dict[str, Any]) -> None:
            self._summary = summary
            self._show_summary()
            empty = summary["transactions"] == 0 and summary["imports"] == 0
            if first:
                if empty or not self.screen_classes:
                    self.show_welcome()
                else:
                    self._open_start_screen()
            elif not empty and self.stack.currentWidget() is self.welcome:
                self._open_start_screen(remembered=False)

        self.ctx.ops.run(lambda db, _op: db_summary(db), on_done=done)

    def _open_start_screen(self, remembered: bool = True) -> None:
        """At start-up the screen the last session ended on; when the first data arrives
        (the welcome page's import or demo data) the Overview, saying why."""
        last = str(self.ctx.qsettings().value("main/screen", "") or "") if remembered else ""
        keys = [c.key for c in self.screen_classes]
        if not keys:
            return
        self.show_screen(last if last in keys else keys[0])
        if not remembered:
            shown = self.screen_widget(keys[0])  # built on first use
            title = shown.title() if shown is not None else keys[0]
            text = (self.tr("{name} was imported. This is the {screen}: the sidebar leads to "
                            "every other screen.").format(name=self._imported_name,
                                                          screen=title)
                    if self._imported_name else
                    self.tr("Your data is in. This is the {screen}: the sidebar leads to "
                            "every other screen.").format(screen=title))
            self.statusBar().showMessage(text, 30_000)

    def _file_imported(self, result: Any) -> None:
        if getattr(result, "ok", False) and self.stack.currentWidget() is self.welcome:
            self._imported_name = Path(result.path).name

    def _import_cancelled(self, path: str) -> None:
        if self._summary.get("transactions", 0) == 0:
            self.show_welcome()
            self.welcome.import_cancelled(Path(path).name if path else "")

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if (watched is self.nav and event.type() == QEvent.Type.FocusIn
                and self.nav.currentRow() < 0):
            return True  # focus alone must not open a screen (see __init__)
        return super().eventFilter(watched, event)

    def _show_summary(self) -> None:
        s = self._summary
        self.db_label.setText(self.tr("Database: {name}").format(name=self.ctx.db_path.name))
        self.db_label.setToolTip(str(self.ctx.db_path))
        if not s:
            return
        if s.get("first_at"):
            self.period_label.setText(self.tr("Period: {first} – {last}").format(
                first=s["first_at"][:10], last=s["last_at"][:10]))
        else:
            self.period_label.setText(self.tr("No transactions yet"))
        self.counts_label.setText(self.tr("{txns} transactions · {imports} imports").format(
            txns=f"{s['transactions']:,}", imports=s["imports"]))
        self._show_shift()

    # -- who is working (staff mode) ---------------------------------------------------------

    def start_shift(self) -> None:
        """Ask who is working (staff mode on), at start and on File → Switch user."""
        from shopguard.gui.shift import start_shift

        start_shift(self.ctx, self)
        self._show_shift()

    def _show_shift(self) -> None:
        from shopguard.core.store import access
        from shopguard.gui.names import person

        on = access.staff_mode(self.ctx.read_db())
        self.shift_label.setVisible(on)
        self.switch_user_action.setEnabled(on)
        self.shift_label.setText(self.tr("Working: {name}").format(
            name=person(self.ctx.actor)) if on else "")

    # -- running ops -------------------------------------------------------------------------

    def _labelled_ops(self) -> list[OpHandle]:
        return [h for h in self.ctx.ops.running if h.label]

    def _on_op_started(self, handle: OpHandle) -> None:
        if not handle.label:
            return
        handle.progress.connect(lambda d, t, x, h=handle: self._on_op_progress(h, d, t, x))
        self._update_op_box()

    def _on_op_progress(self, handle: OpHandle, done: int, total: int, text: str) -> None:
        ops = self._labelled_ops()
        if ops and ops[0] is handle:
            self._show_progress(handle)

    def _show_progress(self, handle: OpHandle) -> None:
        done, total, text = handle.last_progress
        self.op_label.setText(text or handle.label)
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))
        else:
            self.progress.setRange(0, 0)  # busy indicator

    def _on_op_finished(self, _handle: OpHandle) -> None:
        self._update_op_box()

    def _update_op_box(self) -> None:
        ops = self._labelled_ops()
        if not ops:
            self.op_box.hide()
            return
        current = ops[0]
        self._show_progress(current)
        self.cancel_button.setVisible(current.cancellable)
        self.cancel_button.setEnabled(True)
        self.op_box.show()

    def _cancel_current(self) -> None:
        ops = self._labelled_ops()
        if ops:
            ops[0].cancel()
            self.cancel_button.setEnabled(False)
            self.op_label.setText(self.tr("Cancelling…"))

    # -- import ------------------------------------------------------------------------------

    def import_dialog(self) -> None:
        start = str(self.ctx.qsettings().value("import/dir", "") or "")
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import statements"), start,
            self.tr("Statements ({patterns});;All files (*)").format(patterns=STATEMENT_FILTER))
        if paths:
            self.ctx.qsettings().setValue("import/dir", str(Path(paths[0]).parent))
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        self.importer.import_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    # -- language, help, state ---------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ShopGuard — {name}").format(name=self.ctx.db_path.name))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.import_action.setText(self.tr("&Import statements…"))
        self.import_action.setToolTip(self.tr("Import statement files (Ctrl+I)"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.quit_action.setText(self.tr("&Quit"))
        self.log_action.setText(self.tr("Where are the log files?"))
        self.about_action.setText(self.tr("&About ShopGuard"))
        self.switch_user_action.setText(self.tr("&Switch user…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        for cls in list(self.screen_classes):
            title = self._screen_title(cls)
            if cls in self.screen_classes:  # not left out while building it for its title
                i = self.screen_classes.index(cls)
                self.nav.item(i).setText(title)
                self.screen_actions[i].setText(title)
        for widget in self.screens.values():
            widget.retranslate()
        self.welcome.retranslate()
        self._show_summary()

    def _show_log_dir(self) -> None:
        from shopguard.core.paths import log_dir

        QMessageBox.information(self, self.tr("Log files"),
                                self.tr("ShopGuard writes its log files to:\n{path}").format(
                                    path=log_dir()))

    def _about(self) -> None:
        from shopguard.gui.about import AboutDialog

        AboutDialog(self.ctx.db_path, self).exec()

    def _restore_state(self) -> None:
        s = self.ctx.qsettings()
        geometry = s.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(*DEFAULT_SIZE)
        self.fit_to_screen()
        splitter = s.value("main/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the frame's size is known once shown
            self._fitted = True
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the window (frame included) inside its screen: a geometry saved on a larger
        screen, or the default size on a small one, is shrunk and moved in."""
        if self.isMaximized() or self.isFullScreen():
            return
        area = available_geometry(self)
        frame = self.frameGeometry()
        extra_w = frame.width() - self.width()
        extra_h = frame.height() - self.height()
        fit = clamped(frame, area)
        if fit != frame:
            self.resize(fit.width() - extra_w, fit.height() - extra_h)
            self.move(fit.topLeft())

    def save_state(self) -> None:
        s = self.ctx.qsettings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/splitter", self.splitter.saveState())
        current = self.stack.currentWidget()
        if isinstance(current, Screen):
            s.setValue("main/screen", current.key)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if any(h.write for h in self.ctx.ops.running):
            answer = QMessageBox.question(
                self, self.tr("Quit ShopGuard"),
                self.tr("An import or another change is still running. Cancel it and quit?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_state()
        self.ctx.close()
        super().closeEvent(event)
