"""What happened to one imported file: format, counts, masked card numbers, errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.importing import FileResult


class ImportResultDialog(QDialog):
    def __init__(self, result: FileResult, parent: QWidget | None = None):
        super().__init__(parent)
        self.file_result = result
        self.setObjectName("importResultDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = Path(result.path).name
        self.setWindowTitle(self.tr("Import: {name}").format(name=name))
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        if result.ok:
            self.headline.setText(self.tr("<b>{name}</b> was imported.").format(name=name))
        else:
            self.headline.setText(self.tr("<b>{name}</b> was not imported; nothing of it was "
                                          "stored.").format(name=name))
        layout.addWidget(self.headline)

        form = QFormLayout()
        self.values: dict[str, QLabel] = {}

        def add(key: str, label: str, value: object) -> None:
            widget = QLabel(str(value))
            widget.setObjectName(f"value_{key}")
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = widget
            form.addRow(label, widget)

        add("format", self.tr("Format"), result.format or self.tr("not recognised"))
        add("encoding", self.tr("Encoding"), result.encoding or "—")
        add("rows_read", self.tr("Rows read"), f"{result.rows_read:,}")
        add("imported", self.tr("Imported"), f"{result.imported:,}")
        add("already_present", self.tr("Already present"), f"{result.already_present:,}")
        add("masked_pans", self.tr("Card numbers masked"), f"{result.masked_pans:,}")
        if result.skipped_bad_rows:
            add("skipped", self.tr("Bad rows skipped"), f"{result.skipped_bad_rows:,}")
        if result.first_at:
            add("period", self.tr("Period"), f"{result.first_at} – {result.last_at}")
        layout.addLayout(form)

        if result.message and not result.ok:
            self.message = QLabel(result.message)
            self.message.setObjectName("message")
            self.message.setWordWrap(True)
            self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.message)
        for note in result.notes:
            label = QLabel("• " + note)
            label.setWordWrap(True)
            layout.addWidget(label)

        self.errors = QTableWidget(len(result.errors), 4)
        self.errors.setObjectName("errorsTable")
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("Problem")])
        for row, problem in enumerate(result.errors):
            cells = [str(problem.line or ""), problem.column, problem.value, problem.message]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.errors.setItem(row, col, item)
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.resizeColumnsToContents()
        self.errors.setVisible(bool(result.errors))
        layout.addWidget(self.errors)
        if not result.errors:
            layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640 if result.errors else 460, 420 if result.errors else 260)
