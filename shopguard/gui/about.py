"""Help > About: version, where the data lives, that nothing leaves the computer, and the
components shipped with their licenses (the list comes from `shopguard.gui.licenses`)."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QLocale, Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard import __version__
from shopguard.gui.app_icon import icon_file
from shopguard.gui.licenses import Component, load_components


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.db_path = db_path
        self.components: list[Component] = load_components()

        self.logo = QLabel()
        self.logo.setPixmap(QPixmap(icon_file(128)).scaled(
            72, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.heading = QLabel()
        self.heading.setObjectName("aboutHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.licenses_label = QLabel()
        self.table = QTableWidget(len(self.components), 3)
        self.table.setObjectName("aboutComponents")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row in range(len(self.components)):
            for column in range(3):
                self.table.setItem(row, column, QTableWidgetItem())
        self.license_text = QPlainTextEdit()
        self.license_text.setObjectName("aboutLicenseText")
        self.license_text.setReadOnly(True)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_license(row))

        top = QHBoxLayout()
        top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        intro = QVBoxLayout()
        intro.addWidget(self.heading)
        intro.addWidget(self.text)
        top.addLayout(intro, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.license_text)
        split.setSizes([220, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licenses_label)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.retranslate()
        if self.components:
            self.table.selectRow(0)

    def show_license(self, row: int) -> None:
        if 0 <= row < len(self.components):
            self.license_text.setPlainText(self.components[row].license_text())
            self.license_text.moveCursor(self.license_text.textCursor().MoveOperation.Start)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About ShopGuard"))
        self.heading.setText(self.tr("ShopGuard {version}").format(version=__version__))
        lines = [
            self.tr("Card-terminal statements, duplicate swipes and what to do about them."),
            self.tr("Your data stays on this computer: ShopGuard sends nothing anywhere and "
                    "needs no internet connection."),
        ]
        if self.db_path is not None:
            lines.append(self.tr("Database: {path}").format(path=self.db_path))
        lines.append(self.tr("Python {python} · Qt {qt} · PySide6 {pyside}").format(
            python=platform.python_version(), qt=qVersion(), pyside=pyside_version))
        self.text.setText("\n".join(lines))
        self.licenses_label.setText(self.tr(
            "ShopGuard ships these components; select one to read its license:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("License")])
        chinese = QLocale().language() == QLocale.Language.Chinese
        for row, component in enumerate(self.components):
            name, license_name = component.shown(chinese)
            for column, value in enumerate((name, component.version, license_name)):
                item = self.table.item(row, column)
                if item is not None:
                    item.setText(value)
