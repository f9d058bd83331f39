"""Column mapping: teach ShopGuard an unknown statement layout once, save it by name, reuse it.

Shows the first rows under the detected header, a combo box per column with its guessed
meaning, date/time format, amount format (decimal comma, minor units) and the encoding. The
preview rows are parsed live with the mapping, so a wrong choice shows up before importing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core.importing import (
    DATE_FORMATS,
    DATETIME_FORMATS,
    HEADER_SCAN_ROWS,
    SYNONYMS,
    TIME_FORMATS,
    ColumnMapping,
    FileResult,
    MappedFormat,
    MappingError,
    ParseContext,
    RowError,
    UnreadableFile,
    guess_mapping,
    list_mappings,
    load_mapping,
    normalize_header,
    open_table,
    save_mapping,
)
from shopguard.core.pan import scrub_text
from shopguard.core.paths import mappings_dir
from shopguard.gui.context import AppContext

PREVIEW_ROWS = 12
IGNORE = ""


def read_head(path: Path) -> tuple[list[list[str]], str]:
    """The file's first rows (cells) and its encoding."""
    table = open_table(path)
    rows: list[list[str]] = []
    gen = table.rows()
    try:
        for raw in gen:
            rows.append(raw.cells)
            if len(rows) >= HEADER_SCAN_ROWS + PREVIEW_ROWS:
                break
    finally:
        close = getattr(gen, "close", None)
        if close is not None:
            close()
    return rows, table.encoding


def likely_header(rows: list[list[str]]) -> int:
    """Without known column names: the first row as wide as most rows (titles are narrower)."""
    widths = [sum(1 for c in r if c.strip()) for r in rows[:HEADER_SCAN_ROWS]]
    if not widths:
        return 0
    common = max(set(widths), key=lambda w: (widths.count(w), w))
    return widths.index(common)


def fitting_mapping(directory: Path, header: list[str]) -> ColumnMapping | None:
    """The first saved mapping whose every column is in `header`."""
    have = {normalize_header(h) for h in header}
    for name in list_mappings(directory):
        try:
            mapping = load_mapping(directory, name)
        except MappingError:
            continue
        if mapping.columns and all(normalize_header(h) in have
                                   for h in mapping.columns.values()):
            return mapping
    return None


class MappingDialog(QDialog):
    mapping_chosen = Signal(object)  # ColumnMapping

    def __init__(self, ctx: AppContext, path: Path, result: FileResult | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.setObjectName("mappingDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Map the columns of {name}").format(
            name=scrub_text(self.path.name)[0]))
        self.directory = mappings_dir(ctx.db_path)
        self.rows: list[list[str]] = []
        self.encoding = ""
        self.read_error = ""
        try:
            self.rows, self.encoding = read_head(self.path)
        except UnreadableFile as exc:
            self.read_error = str(exc)
        guess = guess_mapping(self.rows)
        self.header_index = (guess.header_index if guess.header_index is not None
                             else likely_header(self.rows))
        self.combos: list[QComboBox] = []
        self._build(result)
        self._load_header()
        fit = fitting_mapping(self.directory, self.header())
        if fit is not None:
            self.apply_mapping(fit)
            self.saved_combo.setCurrentText(fit.name)
            self.fit_label.setText(self.tr("The saved mapping “{name}” fits this file.").format(
                name=fit.name))
        elif guess.mapping is not None:
            self.apply_mapping(guess.mapping)
        self.validate()

    # -- layout ------------------------------------------------------------------------------

    def field_labels(self) -> dict[str, str]:
        return {
            IGNORE: self.tr("(ignore)"),
            "datetime": self.tr("Date and time"), "date": self.tr("Date"),
            "time": self.tr("Time"), "amount": self.tr("Amount"), "fee": self.tr("Fee"),
            "net": self.tr("Net (settled)"), "card": self.tr("Card number / payer"),
            "reference_no": self.tr("Reference no."), "voucher_no": self.tr("Voucher / trace no."),
            "batch_no": self.tr("Batch no."), "terminal_id": self.tr("Terminal ID"),
            "merchant_id": self.tr("Merchant ID"), "type": self.tr("Transaction type"),
            "status": self.tr("Status"), "auth_code": self.tr("Authorisation code"),
            "operator": self.tr("Operator"), "order_no": self.tr("Order no."),
            "original_reference_no": self.tr("Original reference no."),
            "settled_on": self.tr("Settlement date"), "currency": self.tr("Currency"),
            "description": self.tr("Description"), "card_type": self.tr("Card type"),
        }

    def _build(self, result: FileResult | None) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "ShopGuard does not know this statement layout yet. Say what each column holds; "
            "it needs a date/time, an amount, and a card number or a reference number. "
            "Save the mapping to reuse it for the next file of this kind."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if result is not None and result.message:
            why = QLabel(result.message)
            why.setObjectName("refusal")
            why.setWordWrap(True)
            why.setStyleSheet("color: palette(mid);")
            layout.addWidget(why)

        top = QHBoxLayout()
        self.encoding_label = QLabel(self.tr("Encoding: {enc}").format(enc=self.encoding or "—"))
        self.encoding_label.setObjectName("encoding")
        top.addWidget(self.encoding_label)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Header row:")))
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setRange(1, max(1, min(len(self.rows), HEADER_SCAN_ROWS)))
        self.header_spin.setValue(self.header_index + 1)
        self.header_spin.valueChanged.connect(self._header_moved)
        top.addWidget(self.header_spin)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Saved mapping:")))
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedMappings")
        self.saved_combo.addItem("")
        self.saved_combo.addItems(list_mappings(self.directory))
        self.saved_combo.setMinimumContentsLength(12)
        top.addWidget(self.saved_combo)
        self.use_button = QPushButton(self.tr("Use"))
        self.use_button.clicked.connect(self._use_saved)
        top.addWidget(self.use_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.fit_label = QLabel()
        self.fit_label.setObjectName("fitLabel")
        layout.addWidget(self.fit_label)

        self.table = QTableWidget()
        self.table.setObjectName("preview")
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.datetime_format = QComboBox()
        self.datetime_format.setObjectName("datetimeFormat")
        self.datetime_format.setEditable(True)
        self.datetime_format.addItems(["", *DATETIME_FORMATS])
        self.date_format = QComboBox()
        self.date_format.setObjectName("dateFormat")
        self.date_format.setEditable(True)
        self.date_format.addItems(["", *DATE_FORMATS])
        self.time_format = QComboBox()
        self.time_format.setObjectName("timeFormat")
        self.time_format.setEditable(True)
        self.time_format.addItems(["", *TIME_FORMATS])
        for combo in (self.datetime_format, self.date_format, self.time_format):
            combo.currentTextChanged.connect(self.validate)
        form.addRow(self.tr("Date-time format (e.g. %Y-%m-%d %H:%M:%S):"), self.datetime_format)
        dt_row = QHBoxLayout()
        dt_row.addWidget(self.date_format)
        dt_row.addWidget(QLabel(self.tr("time:")))
        dt_row.addWidget(self.time_format)
        form.addRow(self.tr("Or separate date / time formats:"), dt_row)
        amounts = QHBoxLayout()
        self.decimal_comma = QCheckBox(self.tr("Decimal comma (1.234,56)"))
        self.decimal_comma.setObjectName("decimalComma")
        self.minor_units = QCheckBox(self.tr("Amounts in cents/fen (minor units)"))
        self.minor_units.setObjectName("minorUnits")
        for box in (self.decimal_comma, self.minor_units):
            box.toggled.connect(self.validate)
            amounts.addWidget(box)
        amounts.addStretch(1)
        form.addRow(self.tr("Amounts:"), amounts)
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.addItems(["", "CNY", "USD", "EUR", "GBP", "HKD"])
        self.currency.setToolTip(self.tr("Empty: the shop's currency (Settings)."))
        form.addRow(self.tr("Currency:"), self.currency)
        name_row = QHBoxLayout()
        self.save_box = QCheckBox(self.tr("Save as"))
        self.save_box.setObjectName("saveMapping")
        self.save_box.setChecked(True)
        self.name_edit = QLineEdit(self.path.stem[:40])
        self.name_edit.setObjectName("mappingName")
        name_row.addWidget(self.save_box)
        name_row.addWidget(self.name_edit, 1)
        form.addRow(self.tr("Mapping name:"), name_row)
        layout.addLayout(form)

        self.check_label = QLabel()
        self.check_label.setObjectName("checkLabel")
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import with this mapping"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importWithMapping")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 620)

    def header(self) -> list[str]:
        if not self.rows or self.header_index >= len(self.rows):
            return []
        return [c.strip() for c in self.rows[self.header_index]]

    def _load_header(self) -> None:
        header = self.header()
        body = self.rows[self.header_index + 1:self.header_index + 1 + PREVIEW_ROWS]
        labels = self.field_labels()
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setRowCount(1 + len(body))
        self.table.setHorizontalHeaderLabels(header)
        self.combos = []
        for col in range(len(header)):
            combo = QComboBox()
            combo.setObjectName(f"field_{col}")
            for key, text in labels.items():
                combo.addItem(text, key)
            combo.currentIndexChanged.connect(self.validate)
            self.table.setCellWidget(0, col, combo)
            self.combos.append(combo)
        for r, cells in enumerate(body, start=1):
            for c, text in enumerate(cells[:len(header)]):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowToContents(0)

    def _header_moved(self, value: int) -> None:
        self.header_index = value - 1
        self._load_header()
        guess = guess_mapping(self.rows[self.header_index:])
        if guess.mapping is not None:
            self.apply_mapping(guess.mapping)
        self.validate()

    # -- mapping <-> widgets -----------------------------------------------------------------

    def apply_mapping(self, mapping: ColumnMapping) -> None:
        by_header = {normalize_header(h): f for f, h in mapping.columns.items()}
        for col, head in enumerate(self.header()):
            combo = self.combos[col]
            key = by_header.get(normalize_header(head), IGNORE)
            combo.setCurrentIndex(max(0, combo.findData(key)))
        if mapping.date_format or mapping.time_format:
            self.date_format.setCurrentText(mapping.date_format)
            self.time_format.setCurrentText(mapping.time_format)
            self.datetime_format.setCurrentText(
                "" if "date" in mapping.columns else mapping.datetime_format)
        else:
            self.datetime_format.setCurrentText(mapping.datetime_format)
        self.decimal_comma.setChecked(mapping.decimal_comma)
        self.minor_units.setChecked(mapping.amounts_in_minor_units)
        self.currency.setCurrentText(mapping.currency)
        if mapping.name:
            self.name_edit.setText(mapping.name)

    def mapping(self) -> ColumnMapping:
        header = self.header()
        columns: dict[str, str] = {}
        for col, combo in enumerate(self.combos):
            key = combo.currentData()
            if key and key in SYNONYMS and key not in columns:
                columns[key] = header[col]
        date_fmt = self.date_format.currentText().strip()
        time_fmt = self.time_format.currentText().strip()
        dt_fmt = self.datetime_format.currentText().strip()
        if "datetime" not in columns and "date" in columns:
            dt_fmt = f"{date_fmt} {time_fmt}".strip() if "time" in columns else date_fmt
        return ColumnMapping(
            name=self.name_edit.text().strip(), columns=columns, datetime_format=dt_fmt,
            date_format=date_fmt, time_format=time_fmt,
            decimal_comma=self.decimal_comma.isChecked(),
            amounts_in_minor_units=self.minor_units.isChecked(),
            currency=self.currency.currentText().strip())

    def _duplicates(self) -> list[str]:
        seen: dict[str, int] = {}
        for combo in self.combos:
            key = combo.currentData()
            if key:
                seen[key] = seen.get(key, 0) + 1
        labels = self.field_labels()
        return [labels.get(k, k) for k, n in seen.items() if n > 1]

    def validate(self) -> bool:
        """Check the mapping on the preview rows; enable Import only when it reads them."""
        if self.read_error:
            return self._verdict(False, self.tr("The file cannot be read: {error}").format(
                error=self.read_error))
        mapping = self.mapping()
        missing = mapping.missing_required()
        if missing:
            words = {"date/time": self.tr("a date/time column"),
                     "amount": self.tr("an amount column"),
                     "card or reference": self.tr("a card (or payer) or reference column")}
            return self._verdict(False, self.tr("Still needed: {fields}.").format(
                fields=self.tr(", ").join(words.get(m, m) for m in missing)))
        dups = self._duplicates()
        if dups:
            return self._verdict(False, self.tr("Chosen for more than one column: {fields}.")
                                 .format(fields=", ".join(dups)))
        header = self.rows[self.header_index]
        try:
            parse = MappedFormat(mapping).bind(header, ParseContext(file_name=self.path.name))
        except MappingError as exc:
            return self._verdict(False, str(exc))
        read = 0
        for offset, cells in enumerate(self.rows[self.header_index + 1:
                                                 self.header_index + 1 + PREVIEW_ROWS]):
            if not any(c.strip() for c in cells):
                continue
            try:
                if parse(cells) is not None:
                    read += 1
            except RowError as exc:
                line = self.header_index + 2 + offset
                return self._verdict(False, self.tr(
                    "Row {line}, column “{column}”: {problem} ({value})").format(
                        line=line, column=exc.column, problem=exc.message, value=exc.value))
        return self._verdict(True, self.tr("{n} preview rows read correctly.").format(n=read))

    def _verdict(self, ok: bool, text: str) -> bool:
        self.check_label.setText(("✓ " if ok else "⚠ ") + text)
        self.check_label.setStyleSheet("" if ok else "color: #b3261e;")
        self.import_button.setEnabled(ok)
        return ok

    def _use_saved(self) -> None:
        name = self.saved_combo.currentText()
        if not name:
            return
        try:
            self.apply_mapping(load_mapping(self.directory, name))
        except MappingError as exc:
            self.check_label.setText("⚠ " + str(exc))
            return
        self.validate()

    def accept(self) -> None:
        if not self.validate():
            return
        mapping = self.mapping()
        if self.save_box.isChecked():
            try:
                save_mapping(self.directory, mapping)
            except (MappingError, OSError) as exc:
                self._verdict(False, str(exc))
                return
        else:
            mapping.name = mapping.name or ""
        self.mapping_chosen.emit(mapping)
        super().accept()
