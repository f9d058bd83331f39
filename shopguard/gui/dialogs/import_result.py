"""What happened to one imported file, worded for a shop owner: how many transactions came in,
the period (in the user's date format), whether duplicate swipes were found (with a way to
the Alerts), the bad rows and what can be done about them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopguard.core import notes
from shopguard.core.importing import FileResult

WARN = "#c62828"
GOOD = "#2e7d32"


def local_datetime(iso: str, lang: str) -> str:
    """'2026-09-01T08:03:00' as the user writes it: '1 Sep 2026, 08:03' / '2026年9月1日 08:03';
    a date alone (a statement without times) as '1 Sep 2026' / '2026年9月1日'."""
    if len(iso) == 10:
        day = QDate.fromString(iso, Qt.DateFormat.ISODate)
        if not day.isValid():
            return iso
        if lang.startswith("zh"):
            return QLocale(QLocale.Language.Chinese, QLocale.Country.China).toString(
                day, "yyyy年M月d日")
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates).toString(
            day, "d MMM yyyy")
    moment = QDateTime.fromString(iso[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    if lang.startswith("zh"):
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China).toString(
            moment, "yyyy年M月d日 HH:mm")
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates).toString(
        moment, "d MMM yyyy, HH:mm")


class ImportResultDialog(QDialog):
    import_good_rows = Signal()   # import the file again, keeping the bad rows for review
    show_alerts = Signal()
    show_kept_rows = Signal(int)  # import id

    def __init__(self, result: FileResult, parent: QWidget | None = None, lang: str = "en"):
        super().__init__(parent)
        self.file_result = result
        self.lang = lang
        self.setObjectName("importResultDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = Path(result.path).name
        self.setWindowTitle(self.tr("Import: {name}").format(name=name))
        layout = QVBoxLayout(self)
        self.headline = QLabel(self._headline(result, name))
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)

        self.findings = QLabel()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.alerts_button = QPushButton(self.tr("Show the alerts"))
        self.alerts_button.setObjectName("showAlertsButton")
        self.alerts_button.clicked.connect(self._to_alerts)
        self._fill_findings(result)
        layout.addWidget(self.findings)

        form = QFormLayout()
        self.values: dict[str, QLabel] = {}

        def add(key: str, label: str, value: object) -> None:
            widget = QLabel(str(value))
            widget.setObjectName(f"value_{key}")
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = widget
            form.addRow(label, widget)

        add("format", self.tr("Statement layout"), result.format or self.tr("not recognised"))
        if result.first_at and result.last_at:
            add("period", self.tr("Period"), self.tr("{first} to {last}").format(
                first=local_datetime(result.first_at, lang),
                last=local_datetime(result.last_at, lang)))
        if result.ok:  # a refused file stored nothing: no counts to show
            add("rows_read", self.tr("Transactions in the file"), f"{result.rows_read:,}")
            add("imported", self.tr("New"), f"{result.imported:,}")
            add("already_present", self.tr("Already here before"),
                f"{result.already_present:,}")
            left_out = sum(result.left_out.values())
            if left_out:  # e.g. Stripe test payments: the note below says which and why
                add("left_out", self.tr("Left out on purpose"), f"{left_out:,}")
        if result.masked_pans:
            add("masked_pans", self.tr("Full card numbers hidden"), self.tr(
                "{n} (only the first 6 and last 4 digits are kept)").format(
                    n=f"{result.masked_pans:,}"))
        if result.skipped_bad_rows:
            add("skipped", self.tr("Bad rows kept for review"), f"{result.skipped_bad_rows:,}")
        layout.addLayout(form)

        if result.message and not result.ok and not result.bad_rows:
            self.message = QLabel(result.message)
            self.message.setObjectName("message")
            self.message.setWordWrap(True)
            self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.message)
        self.note_labels: list[QLabel] = []
        for note in result.notes:
            label = QLabel("• " + notes.text_of(note, lang))
            label.setObjectName("note")
            label.setWordWrap(True)
            self.note_labels.append(label)
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
        self.errors.verticalHeader().setVisible(False)
        self.errors.resizeColumnsToContents()
        show_errors = bool(result.errors) and not result.ok
        self.errors.setVisible(show_errors)
        layout.addWidget(self.errors)
        if not show_errors:
            layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.good_rows_button = QPushButton(
            self.tr("Import the good rows, keep the bad ones for review"))
        self.good_rows_button.setObjectName("importGoodRowsButton")
        self.good_rows_button.clicked.connect(self._import_good_rows)
        self.kept_button = QPushButton(self.tr("Show the kept rows"))
        self.kept_button.setObjectName("showKeptRowsButton")
        self.kept_button.clicked.connect(self._to_kept_rows)
        offer_good_rows = not result.ok and result.bad_rows > 0
        for button, shown in ((self.good_rows_button, offer_good_rows),
                              (self.kept_button, bool(result.ok and result.skipped_bad_rows
                                                      and result.import_id)),
                              (self.alerts_button, self.alerts_button.isEnabled())):
            if shown:
                self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setVisible(shown)
        if offer_good_rows:
            self.good_rows_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.resize(720 if show_errors else 560, 440 if show_errors else 300)

    # -- wording -------------------------------------------------------------------------

    def _headline(self, result: FileResult, name: str) -> str:
        if not result.ok and result.bad_rows:
            return self.tr(
                "<b>{name} was not imported:</b> {n} of its rows could not be read (listed "
                "below), so nothing was stored. You can import the good rows now and keep the "
                "bad ones for review, or fix the file and import it again.").format(
                    name=name, n=f"{result.bad_rows:,}")
        if not result.ok:
            return self.tr("<b>{name} was not imported;</b> nothing of it was stored.").format(
                name=name)
        if result.rows_read == 0:
            return self.tr("<b>{name}</b> has a header but no transactions.").format(name=name)
        if result.imported == 0:
            return self.tr("<b>{name}:</b> nothing new. All {n} transactions in it were "
                           "already here.").format(name=name, n=f"{result.rows_read:,}")
        text = self.tr("<b>{name} was imported:</b> {n} new transactions.").format(
            name=name, n=f"{result.imported:,}")
        if result.skipped_bad_rows:
            text += " " + self.tr("{n} bad rows were left out and kept for review.").format(
                n=f"{result.skipped_bad_rows:,}")
        return text

    def _fill_findings(self, result: FileResult) -> None:
        scan = result.scan
        shown = result.ok and scan is not None
        self.findings.setVisible(shown)
        self.alerts_button.setEnabled(False)
        if not shown or scan is None:
            return
        by_rule: dict[str, int] = dict(scan.get("by_rule") or {})
        dups = by_rule.pop("duplicate_swipe", 0)
        others = sum(by_rule.values())
        if scan.get("status") != "done":
            self.findings.setText(self.tr(
                "The check for duplicate swipes was stopped before it finished. It runs again "
                "with the next import, or with “Scan now” on the Alerts screen."))
            self.findings.setStyleSheet(f"color: {WARN}")
            self.alerts_button.setEnabled(True)
            return
        if not dups and not others:
            self.findings.setText(self.tr("Checked for duplicate swipes and other risks: "
                                          "nothing found."))
            self.findings.setStyleSheet(f"color: {GOOD}")
            return
        parts = []
        if dups == 1:
            parts.append(self.tr("<b>1 possible duplicate swipe</b> found in this file."))
        elif dups:
            parts.append(self.tr("<b>{n} possible duplicate swipes</b> found in this file.")
                         .format(n=f"{dups:,}"))
        if others == 1:
            parts.append(self.tr("1 other alert to review (limits, refunds, hours…)."))
        elif others:
            parts.append(self.tr("{n} other alerts to review (limits, refunds, hours…).")
                         .format(n=f"{others:,}"))
        self.findings.setText(("" if self.lang.startswith("zh") else " ").join(parts))
        self.findings.setStyleSheet(f"color: {WARN}" if dups else "")
        self.alerts_button.setEnabled(True)

    # -- actions -------------------------------------------------------------------------

    def _import_good_rows(self) -> None:
        self.import_good_rows.emit()
        self.accept()

    def _to_alerts(self) -> None:
        self.show_alerts.emit()
        self.accept()

    def _to_kept_rows(self) -> None:
        if self.file_result.import_id:
            self.show_kept_rows.emit(int(self.file_result.import_id))
        self.accept()
