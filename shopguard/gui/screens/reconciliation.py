"""Reconciliation: did every day's card takings reach the bank, at the fee in the contract?

Top: the month picker and the report exports. Then the month's figures (expected, received,
difference, fees, effective rate, overcharge), and three tabs: the payouts (one row per
expected payout, its status in words and colour; drill down to its transactions and its bank
line; match/unmatch by hand, explain a difference), the acquirer credits nothing explains,
and the fee check. Everything is read and written through the op runner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopguard.core import reconcile
from shopguard.core.changes import Changes
from shopguard.core.money import format_money
from shopguard.core.reconcile import report as rpt
from shopguard.core.store import Database
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpContext, show_error
from shopguard.gui.owner_pin import pin_if_needed
from shopguard.gui.recon.data import BankLine, MonthView, PayoutRow, load_bank_lines, load_month
from shopguard.gui.recon.fee_panel import FeePanel
from shopguard.gui.recon.payout_model import PayoutModel
from shopguard.gui.recon.recon_dialogs import ExplainDialog, MatchDialog
from shopguard.gui.recon.summary_strip import SummaryStrip
from shopguard.gui.screens import Screen

REFRESH_ON = Changes.IMPORTS | Changes.TRANSACTIONS | Changes.SETTINGS | Changes.AUDIT
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ReconciliationScreen(Screen):
    key = "reconciliation"
    order = 60

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view: MonthView | None = None
        self.bank_lines: dict[int, BankLine] = {}
        self._want_month: str | None = None
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.month_label = QLabel()
        self.month_box = QComboBox()
        self.month_box.setObjectName("monthPicker")
        self.month_box.setMinimumContentsLength(8)
        self.month_box.activated.connect(lambda _i: self.reload(self.month_box.currentData()))
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton()
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        bar.addWidget(self.month_label)
        bar.addWidget(self.month_box)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        layout.addLayout(bar)

        self.summary = SummaryStrip()
        layout.addWidget(self.summary)
        self.message = QLabel()
        self.message.setObjectName("reconMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reconTabs")
        self.tabs.addTab(self._make_payouts_tab(), "")
        self.credits = QTableWidget(0, 5)
        self.credits.setObjectName("creditsTable")
        self.credits.verticalHeader().setVisible(False)
        self.credits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.credits.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.credits, "")
        self.fees = FeePanel()
        self.fees.show_transactions.connect(self.show_transaction_ids)
        self.tabs.addTab(self.fees, "")
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.reload()

    def _make_payouts_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        self.model = PayoutModel(self)
        self.table = QTableView()
        self.table.setObjectName("payoutTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.show_transactions())
        v.addWidget(self.table, 1)
        self.bank_line = QLabel()
        self.bank_line.setObjectName("bankLineDetail")
        self.bank_line.setWordWrap(True)
        self.bank_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.bank_line)
        actions = QHBoxLayout()
        self.txn_button = QPushButton()
        self.txn_button.setObjectName("showTransactions")
        self.txn_button.clicked.connect(self.show_transactions)
        self.match_button = QPushButton()
        self.match_button.setObjectName("matchButton")
        self.match_button.clicked.connect(self.match)
        self.unmatch_button = QPushButton()
        self.unmatch_button.setObjectName("unmatchButton")
        self.unmatch_button.clicked.connect(self.unmatch)
        self.explain_button = QPushButton()
        self.explain_button.setObjectName("explainButton")
        self.explain_button.clicked.connect(self.explain)
        for b in (self.txn_button, self.match_button, self.unmatch_button, self.explain_button):
            actions.addWidget(b)
        actions.addStretch(1)
        v.addLayout(actions)
        return page

    # -- Screen protocol ---------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Reconciliation")

    def on_changes(self, changes: Changes) -> None:
        if changes & REFRESH_ON:
            self.reload()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        month = filters.get("month")
        if isinstance(month, str):
            self.reload(month)

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month:"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.xlsx_button.setText(self.tr("Export XLSX…"))
        self.tabs.setTabText(0, self.tr("Payouts"))
        self.tabs.setTabText(1, self.tr("Unexplained credits"))
        self.tabs.setTabText(2, self.tr("Fee check"))
        self.txn_button.setText(self.tr("Show transactions"))
        self.match_button.setText(self.tr("Match by hand…"))
        self.unmatch_button.setText(self.tr("Unmatch"))
        self.explain_button.setText(self.tr("Explain difference…"))
        self.credits.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Amount"), self.tr("Counterparty"), self.tr("Reason"),
            self.tr("Description")])
        self.model.retranslate()
        self.summary.retranslate()
        self.fees.retranslate()
        if self.view is not None:
            self._show(self.view)
        else:
            self._update_actions()

    # -- loading -----------------------------------------------------------------------
    @property
    def month(self) -> str | None:
        return self.view.month if self.view is not None and self.view.month else None

    def reload(self, month: str | None = None) -> None:
        want = month or self.month

        def work(db: Database, _op: OpContext) -> tuple[MonthView, list[BankLine]]:
            view = load_month(db, want)
            return view, load_bank_lines(db, view.month) if view.month else []

        self.ctx.ops.run(work, on_done=self._loaded)

    def _loaded(self, result: tuple[MonthView, list[BankLine]]) -> None:
        view, lines = result
        self.bank_lines = {b.id: b for b in lines}
        self._show(view)

    def _show(self, view: MonthView) -> None:
        keep = self.current()
        self.view = view
        self.month_box.clear()
        for m in view.months:
            self.month_box.addItem(self.month_name(m), m)
        self.month_box.setCurrentIndex(max(0, self.month_box.findData(view.month)))
        self.summary.set_view(view)
        self.model.set_rows(view.payouts, view.currency)
        self._fill_credits(view)
        self.fees.set_view(view)
        if not view.month:
            self.message.setText(self.tr(
                "Nothing to reconcile yet: import the acquirer's statement and the bank "
                "statement of the same month."))
        else:
            self.message.setText("")
        for pdf_or_xlsx in (self.pdf_button, self.xlsx_button):
            pdf_or_xlsx.setEnabled(bool(view.month))
        if keep is not None:
            for r, p in enumerate(view.payouts):
                if p.key == keep.key:
                    self.table.selectRow(r)
                    break
        self._selection_changed()

    def month_name(self, month: str) -> str:
        year, mon = month.split("-")
        return self.tr("{year}-{month}").format(year=year, month=mon)

    def _fill_credits(self, view: MonthView) -> None:
        self.credits.setRowCount(len(view.credits))
        for r, c in enumerate(view.credits):
            amount = QTableWidgetItem(format_money(c.amount_minor, view.currency))
            amount.setTextAlignment(RIGHT)
            for col, item in enumerate((QTableWidgetItem(c.date), amount,
                                        QTableWidgetItem(c.counterparty),
                                        QTableWidgetItem(self.reason_name(c.reason)),
                                        QTableWidgetItem(c.description))):
                self.credits.setItem(r, col, item)
        self.credits.resizeColumnsToContents()

    def reason_name(self, reason: str) -> str:
        return {"unexplained": self.tr("No sale explains it"),
                "previous_period": self.tr("Pays for sales before the month")}.get(reason, reason)

    # -- the selected payout -----------------------------------------------------------
    def current(self) -> PayoutRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_payout(self, key: str) -> bool:
        for r, p in enumerate(self.model.rows):
            if p.key == key:
                self.table.selectRow(r)
                return True
        return False

    def _selection_changed(self, *_args: QItemSelection) -> None:
        row = self.current()
        self.bank_line.setText(self._bank_line_text(row))
        self._update_actions()

    def _bank_line_text(self, row: PayoutRow | None) -> str:
        if row is None:
            return self.tr("Select a payout to see the bank line that paid it.")
        if not row.bank_line_ids:
            return self.tr("No bank line is matched to this payout.")
        parts = []
        for line_id in row.bank_line_ids:
            line = self.bank_lines.get(line_id)
            if line is None:
                parts.append(self.tr("bank line #{id}").format(id=line_id))
                continue
            text = " · ".join(x for x in (
                line.date, format_money(line.amount_minor, line.currency or self.model.currency),
                line.counterparty, line.description) if x)
            if line.source:
                text += f" ({line.source})"
            parts.append(text)
        return self.tr("Bank line: {lines}").format(lines="; ".join(parts))

    def _update_actions(self) -> None:
        row = self.current()
        self.txn_button.setEnabled(row is not None)
        self.match_button.setEnabled(row is not None)
        self.unmatch_button.setEnabled(row is not None and bool(row.bank_line_ids))
        self.explain_button.setEnabled(row is not None and row.status != "matched")

    # -- drill-down ----------------------------------------------------------------------
    def show_transactions(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.transaction_ids:
            self.show_transaction_ids(row.transaction_ids)
        elif row.settle_dates:
            self.ctx.navigate.emit("transactions", {
                "from": f"{min(row.settle_dates)}T00:00:00",
                "to": f"{_next_day(max(row.settle_dates))}T00:00:00"})

    def show_transaction_ids(self, ids: list[int]) -> None:
        self.ctx.navigate.emit("transactions", {"ids": list(ids)})

    # -- manual actions ------------------------------------------------------------------
    def _owner(self, action: str) -> tuple[bool, str | None]:
        if action not in reconcile.OWNER_ONLY_ACTIONS:
            return True, None
        return pin_if_needed(self, self.ctx.read_db(), self.action_name(action))

    def action_name(self, action: str) -> str:
        return {"match": self.tr("Matching a payout by hand"),
                "unmatch": self.tr("Unmatching a payout"),
                "explain": self.tr("Explaining a difference")}.get(action, action)

    def _write(self, action: str, fn: Any) -> None:
        month = self.month
        go_on, pin = self._owner(action)
        if not go_on or month is None:
            return
        actor = self.ctx.actor
        label = self.action_name(action)

        def work(db: Database, _op: OpContext) -> None:
            fn(db, month, actor, pin)

        def failed(exc: BaseException) -> None:
            self.message.setText(str(exc))
            show_error(self, label, exc)

        self.ctx.ops.run(work, write=True, changes=reconcile.CHANGES, label=label,
                         on_error=failed, on_done=lambda _r: self.message.setText(""))

    def match(self) -> None:
        row = self.current()
        if row is None or self.view is None:
            return
        lines = sorted(self.bank_lines.values(), key=lambda b: (b.date, b.id))
        dialog = MatchDialog(row, lines, self.view.currency, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.match_lines(row.key, dialog.selected_ids())

    def match_lines(self, key: str, line_ids: list[int]) -> None:
        """Match payout `key` to these bank lines (the dialog's OK; tests call it directly)."""
        self._write("match", lambda db, month, actor, pin: reconcile.match(
            db, month, key, line_ids, actor=actor, pin=pin))

    def unmatch(self) -> None:
        row = self.current()
        if row is None:
            return
        key = row.key
        self._write("unmatch", lambda db, month, actor, pin: reconcile.unmatch(
            db, month, key, actor=actor, pin=pin))

    def explain(self) -> None:
        row = self.current()
        if row is None or self.view is None:
            return
        dialog = ExplainDialog(row, self.view.currency, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.explain_payout(row.key, dialog.text())

    def explain_payout(self, key: str, note: str) -> None:
        self._write("explain", lambda db, month, actor, pin: reconcile.explain(
            db, month, key, note, actor=actor, pin=pin))

    # -- month-end report ----------------------------------------------------------------
    def export(self, kind: str) -> None:
        month = self.month
        if month is None:
            return
        caption = self.tr("Export the month-end report")
        pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr(
            "Excel workbooks (*.xlsx)")
        start = Path(str(self.ctx.qsettings().value("reconciliation/export_dir", str(Path.home()))))
        name = self.tr("reconciliation_{month}").format(month=month) + f".{kind}"
        path, _ = QFileDialog.getSaveFileName(self, caption, str(start / name), pattern)
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        self.ctx.qsettings().setValue("reconciliation/export_dir", str(Path(path).parent))
        self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> None:
        """Write the report for the shown month (XLSX in the worker; the PDF is laid out by Qt
        on this thread once the data is read)."""
        month, lang = self.month, self.ctx.translations.language
        if month is None:
            return
        label = self.tr("Exporting the month-end report")

        def work(db: Database, _op: OpContext) -> rpt.MonthReport:
            data = rpt.month_report(db, month)
            if kind == "xlsx":
                rpt.write_month_report_xlsx(data, path, lang)
            return data

        def done(data: rpt.MonthReport) -> None:
            if kind == "pdf":
                from shopguard.gui.recon.report_pdf import write_month_report_pdf

                try:
                    write_month_report_pdf(data, path, lang)
                except rpt.ReportError as exc:
                    failed(exc)
                    return
            self.message.setText(self.tr("Report written to {path}").format(path=path))

        def failed(exc: BaseException) -> None:
            self.message.setText(str(exc))
            show_error(self, label, exc)

        self.ctx.ops.run(work, on_done=done, on_error=failed, label=label)


def _next_day(day: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


SCREEN = ReconciliationScreen
