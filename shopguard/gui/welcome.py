"""First start: an empty database offers to import a statement or to open demo data."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shopguard.core import workspace
from shopguard.core.changes import Changes
from shopguard.core.store import Database
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpContext

DEMO_MODULE = "shopguard.core.importing.demo"  # generate_demo(db, months=3, seed=...) from branch `table`
DEMO_SEED = 20260901


def demo_available() -> bool:
    return importlib.util.find_spec(DEMO_MODULE) is not None


def make_demo(db: Database, op: OpContext, actor: str = "owner", text: str = "") -> object:
    """Demo data, scanned like an import (through the core's composition root)."""
    return workspace.generate_demo(db, months=3, seed=DEMO_SEED, actor=actor,
                                   progress=lambda done, total: op.progress(done, total, text))


class WelcomePage(QWidget):
    import_requested = Signal()
    demo_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("welcomePage")
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        card = QWidget()
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(580)
        card.setMinimumWidth(360)
        layout = QVBoxLayout(card)
        layout.setSpacing(12)
        self.heading = QLabel()
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("welcomeImport")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.clicked.connect(self.load_demo)
        self.demo_button.setEnabled(demo_available())
        self.message = QLabel()  # e.g. "The import of x.csv was cancelled"
        self.message.setObjectName("welcomeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #ef6c00")
        self.message.hide()
        for w in (self.heading, self.text, self.message, self.import_button, self.demo_button):
            layout.addWidget(w)
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def import_cancelled(self, name: str) -> None:
        self.show_message(self.tr("The import of {name} was cancelled; nothing of it was "
                                  "stored. Import a statement again when you are ready.")
                          .format(name=name))

    def load_demo(self) -> None:
        self.demo_button.setEnabled(False)
        actor, text = self.ctx.actor, self.tr("Creating demo data")
        self.ctx.ops.run(lambda db, op: make_demo(db, op, actor, text), write=True,
                         changes=Changes.ALL,
                         label=self.tr("Creating demo data"),
                         on_done=lambda _r: self.demo_loaded.emit(),
                         on_error=self._demo_failed)

    def _demo_failed(self, error: BaseException) -> None:
        from shopguard.gui.ops import show_error

        self.demo_button.setEnabled(demo_available())
        show_error(self, self.tr("Creating demo data"), error)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to ShopGuard"))
        self.text.setText(self.tr(
            "This database is empty. Import a statement file from your card acquirer "
            "(CSV or Excel, from the acquirer's merchant portal), or open demo data: "
            "a small shop with three months of card payments, including duplicate swipes, "
            "to explore every screen."))
        self.import_button.setText(self.tr("Import a statement…"))
        self.demo_button.setText(self.tr("Open demo data"))
        if not demo_available():
            self.demo_button.setToolTip(self.tr("Demo data is not part of this build yet."))
