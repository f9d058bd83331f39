"""Reconciliation: did every day's card takings reach the bank, at the fee in the contract?

Top: the month picker and the report exports. Then the month's figures (expected, received,
difference, fees, effective rate, overcharge), and three tabs: the payouts (one row per
expected payout, its status in words and colour; drill down to its transactions and its bank
line; match/unmatch by hand, explain a difference), the acquirer credits nothing explains,
and the fee check. Everything is read and written through the op runner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
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
from shopguard.core.reconcile import Credit, Deposit, MonthReconciliation, texts
from shopguard.core.reconcile import report as rpt
from shopguard.core.store import Database, access
from shopguard.gui.context import AppContext
from shopguard.gui.ops import OpContext, show_error
from shopguard.gui.owner_pin import pin_if_needed
from shopguard.gui.recon.data import MonthView, load_month
from shopguard.gui.recon.fee_panel import FeePanel
from shopguard.gui.recon.payout_model import PayoutModel, sales_text
from shopguard.gui.recon.recon_dialogs import ExplainDialog, MatchDialog
from shopguard.gui.recon.summary_strip import SummaryStrip
from shopguard.gui.screens import Screen

REFRESH_ON = (Changes.IMPORTS | Changes.TRANSACTIONS | Changes.SETTINGS | Changes.RECONCILE)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ReconciliationScreen(Screen):
    key = "reconciliation"
    order = 60

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view: MonthView | None = None
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.month_label = QLabel()
        self.month_box = QComboBox()
        self.month_box.setObjectName("monthPicker")
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
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reconTabs")
        self.tabs.addTab(self._make_payouts_tab(), "")
        self.tabs.addTab(self._make_credits_tab(), "")
        self.fees = FeePanel()
        self.fees.show_transactions.connect(self.show_transaction_ids)
        self.tabs.addTab(self.fees, "")
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.reload()

    def _make_payouts_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.model = PayoutModel(self)
        self.table = QTableView()
        self.table.setObjectName("payoutTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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

    def _make_credits_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.credits_hint = QLabel()
        self.credits_hint.setWordWrap(True)
        v.addWidget(self.credits_hint)
        self.credits = QTableWidget(0, 6)
        self.credits.setObjectName("creditsTable")
        self.credits.verticalHeader().setVisible(False)
        self.credits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.credits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.credits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.credits.horizontalHeader().setStretchLastSection(True)
        self.credits.itemSelectionChanged.connect(self._update_actions)
        v.addWidget(self.credits, 1)
        row = QHBoxLayout()
        self.explain_credit_button = QPushButton()
        self.explain_credit_button.setObjectName("explainCreditButton")
        self.explain_credit_button.clicked.connect(self.explain_credit)
        row.addWidget(self.explain_credit_button)
        row.addStretch(1)
        v.addLayout(row)
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
        self.explain_credit_button.setText(self.tr("Explain credit…"))
        self.credits_hint.setText(self.tr(
            "Credits from an acquirer that pay for none of this month's payouts: an "
            "adjustment, a chargeback reversal, or sales before the month."))
        self.credits.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Amount"), self.tr("Counterparty"), self.tr("Reason"),
            self.tr("Note"), self.tr("Description")])
        self.summary.retranslate()
        self.fees.retranslate()
        if self.view is not None:
            self._show(self.view)
        else:
            self._update_actions()

    # -- loading -----------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.ctx.translations.language

    @property
    def month(self) -> str | None:
        return self.view.month if self.view is not None and self.view.month else None

    @property
    def rec(self) -> MonthReconciliation | None:
        return self.view.rec if self.view is not None else None

    def reload(self, month: str | None = None) -> None:
        want = month or self.month
        self.ctx.ops.run(lambda db, _op: load_month(db, want), on_done=self._show)

    def _show(self, view: MonthView) -> None:
        keep = {p for d in self.selected() for p in d.payout_ids}
        self.view = view
        self.month_box.clear()
        for m in view.months:
            self.month_box.addItem(self.month_name(m), m)
        self.month_box.setCurrentIndex(max(0, self.month_box.findData(view.month)))
        rec = view.rec
        self.summary.set_month(rec, self.lang)
        self.model.set_rows(rec.deposits if rec else [], view.currency, self.lang)
        self._fill_credits(rec)
        self.fees.set_month(rec, self.lang)
        if rec is None:
            self.say(self.tr(
                "Nothing to reconcile yet: import the acquirer's statement and the bank "
                "statement of the same month."))
        else:
            self.say(" ".join(n.text(self.lang) for n in rec.notes))
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(rec is not None)
        for r, d in enumerate(self.model.rows):
            if keep & set(d.payout_ids):
                self.table.selectionModel().select(
                    self.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows)
        self._selection_changed()

    def say(self, text: str) -> None:
        """The line under the figures: notes about the month, results, errors."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def month_name(self, month: str) -> str:
        year, mon = month.split("-")
        return self.tr("{year}-{month}").format(year=year, month=mon)

    def _fill_credits(self, rec: MonthReconciliation | None) -> None:
        credits = rec.unexplained_credits if rec else []
        self.credits.setRowCount(len(credits))
        for r, c in enumerate(credits):
            amount = QTableWidgetItem(format_money(c.amount_minor, c.currency))
            amount.setTextAlignment(RIGHT)
            for col, item in enumerate((QTableWidgetItem(c.date), amount,
                                        QTableWidgetItem(c.counterparty),
                                        QTableWidgetItem(texts.reason_name(c.reason, self.lang)),
                                        QTableWidgetItem(c.explanation),
                                        QTableWidgetItem(c.description))):
                self.credits.setItem(r, col, item)
        self.credits.resizeColumnsToContents()

    # -- the selected payout(s) ----------------------------------------------------------
    def selected(self) -> list[Deposit]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [d for d in (self.model.row(r) for r in rows) if d is not None]

    def current(self) -> Deposit | None:
        chosen = self.selected()
        return chosen[0] if chosen else None

    def select_payout(self, payout_id: str) -> bool:
        """Select the row of the payout with this stable id (tests, navigation)."""
        for r, d in enumerate(self.model.rows):
            if payout_id in d.payout_ids:
                # Not selectRow(): in extended selection it toggles while Ctrl is held.
                flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                         | QItemSelectionModel.SelectionFlag.Rows)
                self.table.selectionModel().setCurrentIndex(self.model.index(r, 0), flags)
                self.table.scrollTo(self.model.index(r, 0))
                return True
        return False

    def current_credit(self) -> Credit | None:
        rows = self.credits.selectionModel().selectedRows()
        rec = self.rec
        return rec.unexplained_credits[rows[0].row()] if rows and rec else None

    def _selection_changed(self, *_args: QItemSelection) -> None:
        self.bank_line.setText(self._bank_line_text(self.current()))
        self._update_actions()

    def _bank_line_text(self, row: Deposit | None) -> str:
        if row is None:
            return self.tr("Select a payout to see the bank line that paid it.")
        if row.bank_line_id is None:
            return self.tr("No bank line pays this payout.")
        line = self.view.bank_lines.get(row.bank_line_id) if self.view else None
        if line is None:
            text = row.bank_description
        else:
            text = " · ".join(x for x in (
                line.date, format_money(line.amount_minor, line.currency), line.counterparty,
                line.description, line.details) if x)
            if line.balance_minor is not None:
                text += " · " + self.tr("balance {amount}").format(
                    amount=format_money(line.balance_minor, line.currency))
        return self.tr("Bank line: {line}").format(line=text)

    def _update_actions(self) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        self.txn_button.setEnabled(bool(chosen))
        self.match_button.setEnabled(bool(chosen))
        self.unmatch_button.setEnabled(
            bool(chosen) and all(d.bank_line_key for d in chosen)
            and len({d.bank_line_key for d in chosen}) == 1)
        self.explain_button.setEnabled(one is not None and (
            one.status != "matched" or bool(one.explanation)))
        self.explain_credit_button.setEnabled(self.current_credit() is not None)

    # -- drill-down ----------------------------------------------------------------------
    def show_transactions(self) -> None:
        ids = [i for d in self.selected() for i in d.transaction_ids]
        if ids:
            self.show_transaction_ids(ids)

    def show_transaction_ids(self, ids: list[int]) -> None:
        self.ctx.navigate.emit("transactions", {"ids": list(ids)})

    # -- the owner's decisions -----------------------------------------------------------
    def action_name(self, action: str) -> str:
        return {"match": self.tr("Matching a payout by hand"),
                "unmatch": self.tr("Unmatching a payout"),
                "explain": self.tr("Explaining a difference")}[action]

    def _decide(self, action: str, fn: Callable[[Database, str], None]) -> None:
        """Run an owner's decision as a write op; in staff mode it needs the owner PIN."""
        label = self.action_name(action)
        go_on, pin = pin_if_needed(self, self.ctx.read_db(), label)
        if not go_on:
            return
        actor = self.ctx.actor

        def work(db: Database, _op: OpContext) -> None:
            access.require_owner(db, pin, label.lower(), actor)
            fn(db, actor)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, access.OwnerRequired):
                exc = access.OwnerRequired(self.tr(
                    "{action} needs the owner PIN, and it was missing or wrong: nothing "
                    "changed.").format(action=label))
            self.say(str(exc))
            show_error(self, label, exc)

        self.ctx.ops.run(work, write=True, changes=Changes.RECONCILE | Changes.AUDIT,
                         label=label, on_error=failed)

    def match(self) -> None:
        chosen = self.selected()
        if not chosen or self.view is None:
            return
        used = {d.bank_line_id for d in self.model.rows if d.bank_line_id is not None}
        lines = sorted((b for b in self.view.bank_lines.values() if b.amount_minor > 0),
                       key=lambda b: (b.date, b.id))
        dialog = MatchDialog(chosen, lines, self.view.currency, used, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        line = dialog.selected()
        if line is not None:
            self.match_payouts([p for d in chosen for p in d.payout_ids], line.key)

    def match_payouts(self, payout_ids: list[str], bank_line_key: str) -> None:
        """Pair payouts with a bank line (the dialog's OK)."""
        self._decide("match", lambda db, actor: reconcile.manual_match(
            db, payout_ids, bank_line_key, actor=actor))

    def unmatch(self) -> None:
        chosen = self.selected()
        key = chosen[0].bank_line_key if chosen else None
        if key:
            ids = [p for d in chosen for p in d.payout_ids]
            self._decide("unmatch", lambda db, actor: reconcile.unmatch(db, ids, key,
                                                                         actor=actor))

    def explain(self) -> None:
        row = self.current()
        if row is None or self.view is None:
            return
        what = self.tr("Payout due on {dates}: expected {expected}, received {received}, "
                       "difference {diff}").format(
            dates=sales_text(row.settle_dates),
            expected=format_money(row.expected_minor, self.view.currency),
            received=format_money(row.received_minor, self.view.currency),
            diff=format_money(row.difference_minor, self.view.currency))
        self._ask_note(row.subject, what, row.explanation)

    def explain_credit(self) -> None:
        credit = self.current_credit()
        if credit is None:
            return
        what = self.tr("Credit of {amount} on {date}").format(
            amount=format_money(credit.amount_minor, credit.currency), date=credit.date)
        self._ask_note(credit.subject, what, credit.explanation)

    def _ask_note(self, subject: str, what: str, note: str) -> None:
        dialog = ExplainDialog(what, note, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.explain_subject(subject, dialog.text())

    def explain_subject(self, subject: str, note: str) -> None:
        """Attach (or, empty, remove) the owner's note (the dialog's OK)."""
        self._decide("explain", lambda db, actor: reconcile.explain(db, subject, note,
                                                                     actor=actor))

    # -- month-end report ----------------------------------------------------------------
    def export(self, kind: str) -> None:
        month = self.month
        if month is None:
            return
        caption = self.tr("Export the month-end report")
        pattern = (self.tr("PDF files (*.pdf)") if kind == "pdf"
                   else self.tr("Excel workbooks (*.xlsx)"))
        folder = Path(str(self.ctx.qsettings().value("reconciliation/export_dir",
                                                     str(Path.home()))))
        name = self.tr("reconciliation_{month}").format(month=month) + f".{kind}"
        path, _ = QFileDialog.getSaveFileName(self, caption, str(folder / name), pattern)
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        self.ctx.qsettings().setValue("reconciliation/export_dir", str(Path(path).parent))
        self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> None:
        """Write the shown month's report. The data is read (and an XLSX written) in the
        worker; a PDF is laid out by Qt on this thread once the data is there."""
        month, lang = self.month, self.lang
        if month is None:
            return
        label = self.tr("Exporting the month-end report")

        def work(db: Database, _op: OpContext) -> rpt.MonthReport:
            data = rpt.month_report(db, month)
            if kind == "xlsx":
                rpt.write_month_report_xlsx(data, path, lang)
            return data

        def failed(exc: BaseException) -> None:
            self.say(str(exc))
            show_error(self, label, exc)

        def done(data: rpt.MonthReport) -> None:
            if kind == "pdf":
                from shopguard.gui.recon.report_pdf import write_month_report_pdf

                try:
                    write_month_report_pdf(data, path, lang)
                except rpt.ReportError as exc:
                    failed(exc)
                    return
            self.say(self.tr("Report written to {path}").format(path=path))

        self.ctx.ops.run(work, on_done=done, on_error=failed, label=label)


SCREEN = ReconciliationScreen
