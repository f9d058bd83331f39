"""The Reconciliation screen under pytest-qt on a real shop (tests/data/reconcile, Allinpay
terminal statement + ICBC bank statement): the month's figures, statuses in words and
colours, a manual match and an explained difference made through the dialogs, unmatch,
drill-down to the transactions and the bank line, staff mode, exports, refresh on changes,
and the Chinese UI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from shopguard.core import reconcile, workspace
from shopguard.core.changes import Changes
from shopguard.core.money import format_money
from shopguard.core.reconcile import Deposit, MonthReconciliation
from shopguard.core.store import access, audit
from shopguard.gui.recon.payout_model import COLUMNS, STATUS_COLORS
from shopguard.gui.recon.recon_dialogs import ExplainDialog, MatchDialog
from shopguard.gui.screens.reconciliation import ReconciliationScreen
from shopguard.gui.screens.transactions import TransactionsScreen
from tests.reconcile.helpers import DATA, SHOPS, open_shop

pytestmark = pytest.mark.gui
MONTH = "2026-09"
STATUS = COLUMNS.index("status")
NOTE = COLUMNS.index("note")


@pytest.fixture
def shop(db_path: Path) -> MonthReconciliation:
    db = open_shop(db_path, SHOPS["allinpay_icbc"])
    rec = reconcile.reconcile_month(db, MONTH)
    db.close()
    return rec


def _idle(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ctx.ops.running, timeout=20_000)


@pytest.fixture
def screen(shop, ctx, qtbot) -> ReconciliationScreen:  # type: ignore[no-untyped-def]
    s = ReconciliationScreen(ctx)
    ctx.changed.connect(s.on_changes)  # as the main window does
    qtbot.addWidget(s)
    s.resize(1200, 760)
    s.show()
    qtbot.waitUntil(lambda: s.rec is not None, timeout=20_000)
    _idle(ctx, qtbot)
    return s


def _row(s: ReconciliationScreen, payout_id: str) -> int:
    return next(r for r, d in enumerate(s.model.rows) if payout_id in d.payout_ids)


def _cell(s: ReconciliationScreen, row: int, column: int, role: int = 0) -> Any:
    return s.model.data(s.model.index(row, column), role)


def _deposit(s: ReconciliationScreen, payout_id: str) -> Deposit:
    return s.model.rows[_row(s, payout_id)]


def _in_dialog(qtbot, kind: type, act: Callable[[Any], None]) -> list[Any]:  # type: ignore[no-untyped-def]
    """Run `act` on the modal dialog of `kind` as soon as it is open (exec() blocks)."""
    seen: list[Any] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_figures_statuses_and_colours(screen: ReconciliationScreen, shop) -> None:  # type: ignore[no-untyped-def]
    rec: MonthReconciliation = shop
    s = screen
    assert s.month_box.currentData() == MONTH
    assert s.summary.values["expected"].text() == format_money(rec.expected_minor, "CNY")
    assert s.summary.values["received"].text() == format_money(rec.received_minor, "CNY")
    assert s.summary.values["difference"].text() == format_money(rec.difference_minor, "CNY")
    assert s.summary.values["fees"].text() == format_money(rec.fees_minor, "CNY")
    assert s.summary.values["rate"].text() == "0.54%"
    assert s.summary.values["overcharge"].text() == "¥161.25"
    assert s.summary.counts.text().startswith("29 payout(s): matched 25, merged 1, late 1, "
                                              "short 1, missing 1")
    assert s.model.rowCount() == len(rec.deposits) == 29
    for r, d in enumerate(rec.deposits):
        # The status is in words; the colour only repeats it.
        assert _cell(s, r, STATUS) == d.status
        brush = _cell(s, r, STATUS, Qt.ItemDataRole.BackgroundRole)
        assert brush.color().name() == STATUS_COLORS[d.status]
    assert len({STATUS_COLORS[d.status] for d in rec.deposits}) == 5
    assert s.credits.rowCount() == 2
    assert {s.credits.item(r, 3).text() for r in range(2)} == {"previous period",
                                                                "unexplained"}
    assert s.fees.overcharged.rowCount() == 9
    assert "overcharged ¥161.25" in s.fees.intro.text()
    assert "debit 0.5% capped at ¥20.00, credit 0.6%" in s.fees.intro.text()


def test_a_month_with_a_manual_match_and_an_explained_difference(  # type: ignore[no-untyped-def]
        screen: ReconciliationScreen, shop, ctx, qtbot) -> None:
    s, rec = screen, shop
    missing = next(d for d in rec.deposits if d.status == "missing")
    adjustment = next(c for c in rec.unexplained_credits if c.reason == "unexplained")
    pid = missing.payout_ids[0]

    # Match by hand: the missing payout is paid by the acquirer's 差错调整 credit.
    s.select_payout(pid)
    assert s.bank_line.text() == "No bank line pays this payout."

    def pick(dialog: MatchDialog) -> None:
        assert dialog.select_line(adjustment.bank_line_id)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    seen = _in_dialog(qtbot, MatchDialog, pick)
    s.match_button.click()
    assert len(seen) == 1
    qtbot.waitUntil(lambda: _deposit(s, pid).manual, timeout=20_000)
    _idle(ctx, qtbot)
    row = _row(s, pid)
    assert _cell(s, row, STATUS) == "short · by hand"
    assert _deposit(s, pid).received_minor == adjustment.amount_minor
    assert s.credits.rowCount() == 1  # the credit pays a payout now
    s.select_payout(pid)
    assert format_money(adjustment.amount_minor, "CNY") in s.bank_line.text()
    assert "差错调整" in s.bank_line.text()

    # Explain what is left.
    note = "通联：余款并入10月结算 (rest paid with October's first payout)"

    def write(dialog: ExplainDialog) -> None:
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.note.setPlainText(note)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    seen = _in_dialog(qtbot, ExplainDialog, write)
    s.explain_button.click()
    assert len(seen) == 1
    qtbot.waitUntil(lambda: _deposit(s, pid).explanation == note, timeout=20_000)
    _idle(ctx, qtbot)
    row = _row(s, pid)
    assert _cell(s, row, STATUS) == "short · explained · by hand"
    assert _cell(s, row, NOTE) == note
    assert "· 1 explained ·" in s.summary.counts.text()

    db = ctx.read_db()
    actions = [(e["action"], e["actor"]) for e in audit.entries(db)
               if e["action"].startswith("reconcile.")]
    assert actions == [("reconcile.match", "owner"), ("reconcile.explain", "owner")]

    # Re-importing the bank statement adds nothing and keeps both decisions.
    result = workspace.import_file(db, DATA / "recon_allinpay_bank_icbc.csv")
    assert result.ok
    s.on_changes(Changes.IMPORTS)
    _idle(ctx, qtbot)
    d = _deposit(s, pid)
    assert (d.manual, d.explanation, d.status) == (True, note, "short")

    # Unmatch: the payout is missing again and the credit unexplained again.
    s.select_payout(pid)
    s.unmatch_button.click()
    qtbot.waitUntil(lambda: not _deposit(s, pid).manual, timeout=20_000)
    _idle(ctx, qtbot)
    assert _deposit(s, pid).status == "missing"
    assert s.credits.rowCount() == 2


def test_drill_down_to_the_payouts_transactions(shop, window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = window.show_screen("reconciliation")
    qtbot.waitUntil(lambda: s.rec is not None, timeout=20_000)
    _idle(ctx, qtbot)
    merged = next(d for d in shop.deposits if d.status == "merged")
    s.select_payout(merged.payout_ids[0])
    assert s.bank_line.text().startswith(f"Bank line: {merged.credit_date} · "
                                         f"{format_money(merged.received_minor, 'CNY')}")
    s.txn_button.click()
    txns = window.stack.currentWidget()
    assert isinstance(txns, TransactionsScreen)
    qtbot.waitUntil(lambda: txns.model.rowCount() == len(merged.transaction_ids),
                    timeout=20_000)
    assert len(merged.transaction_ids) > 10
    ids = set(ctx.read_db().conn.execute(
        "SELECT id FROM transactions WHERE substr(occurred_at, 1, 10) IN (?, ?)",
        merged.trade_dates).fetchall())
    assert {(i,) for i in merged.transaction_ids} <= ids

    # The fee check's overcharged sales open the same way.
    window.show_screen("reconciliation")
    s.tabs.setCurrentIndex(2)
    s.fees.show_button.click()
    qtbot.waitUntil(lambda: txns.model.rowCount() == 9, timeout=20_000)


def test_staff_mode_asks_the_owner_pin(screen, ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    s = screen
    db = ctx.read_db()
    access.set_owner_pin(db, "2468", actor="owner")
    short = next(d for d in s.model.rows if d.status == "short")
    asked: list[str] = []

    def ask(_parent: Any, action: str) -> str:
        asked.append(action)
        return "1111" if len(asked) == 1 else "2468"

    monkeypatch.setattr("shopguard.gui.owner_pin.ask_pin", ask)
    monkeypatch.setattr("shopguard.gui.screens.reconciliation.show_error",
                        lambda *_a: None)
    s.explain_subject(short.subject, "bank fee")
    _idle(ctx, qtbot)
    assert asked == ["Explaining a difference"]
    assert s.message.text() == ("Explaining a difference needs the owner PIN, and it was "
                                "missing or wrong: nothing changed.")
    assert not any(d.explanation for d in reconcile.reconcile_month(db, MONTH).deposits)
    s.explain_subject(short.subject, "bank fee")
    qtbot.waitUntil(lambda: any(d.explanation == "bank fee" for d in s.model.rows),
                    timeout=20_000)
    assert len(asked) == 2


def test_exports_from_the_buttons(screen, ctx, qtbot, tmp_path, monkeypatch, shop) -> None:  # type: ignore[no-untyped-def]
    s = screen
    target = {"path": ""}
    monkeypatch.setattr("shopguard.gui.screens.reconciliation.QFileDialog.getSaveFileName",
                        lambda *_a, **_k: (target["path"], ""))
    target["path"] = str(tmp_path / "september")  # the extension is added
    s.xlsx_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "september.xlsx").exists(), timeout=20_000)
    _idle(ctx, qtbot)
    wb = openpyxl.load_workbook(tmp_path / "september.xlsx")
    assert wb.sheetnames[0] == "Summary"
    assert "Report written to" in s.message.text()

    ctx.set_language("zh_CN")
    target["path"] = str(tmp_path / "九月.pdf")
    s.pdf_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "九月.pdf").exists(), timeout=20_000)
    _idle(ctx, qtbot)
    text = "".join("".join(p.extract_text().split())
                   for p in PdfReader(tmp_path / "九月.pdf").pages)
    assert "月末对账报告" in text
    assert format_money(shop.expected_minor, "CNY") in text
    assert "报告已保存到" in s.message.text()
    ctx.set_language("en")


def test_refreshes_when_the_bank_statement_arrives(db_path, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    db = ctx.read_db()
    workspace.import_file(db, DATA / "recon_allinpay.csv")
    s = ReconciliationScreen(ctx)
    qtbot.addWidget(s)
    s.show()
    qtbot.waitUntil(lambda: s.rec is not None, timeout=20_000)
    _idle(ctx, qtbot)
    assert {d.status for d in s.model.rows} == {"missing"}
    assert s.match_button.isEnabled() is False  # nothing selected yet

    def work(wdb, _op):  # type: ignore[no-untyped-def]
        return workspace.import_file(wdb, DATA / "recon_allinpay_bank_icbc.csv")

    ctx.changed.connect(s.on_changes)
    ctx.ops.run(work, write=True, changes=Changes.IMPORTS | Changes.TRANSACTIONS)
    qtbot.waitUntil(lambda: "matched" in {d.status for d in s.model.rows}, timeout=20_000)
    _idle(ctx, qtbot)
    assert sum(d.status == "matched" for d in s.model.rows) == 25


def test_empty_database_says_what_to_import(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = ReconciliationScreen(ctx)
    qtbot.addWidget(s)
    s.show()
    qtbot.waitUntil(lambda: s.view is not None, timeout=20_000)
    assert "import the acquirer's statement and the bank statement" in s.message.text()
    assert not s.pdf_button.isEnabled() and s.model.rowCount() == 0


def test_chinese_ui(screen, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    s = screen
    ctx.set_language("zh_CN")
    s.retranslate()
    try:
        assert s.title() == "对账"
        assert [s.tabs.tabText(i) for i in range(3)] == ["结算到账", "无法解释的入账", "手续费核查"]
        assert s.summary.names["expected"].text() == "应到账"
        assert s.summary.counts.text().startswith("29 笔结算：已到账 25")
        missing = next(r for r, d in enumerate(s.model.rows) if d.status == "missing")
        assert _cell(s, missing, STATUS) == "未到账"
        headers = [s.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
        assert headers[0] == "交易日期"
        texts = [w.text() for w in (s.txn_button, s.match_button, s.unmatch_button,
                                    s.explain_button, s.pdf_button, s.xlsx_button,
                                    s.month_label)] + [s.fees.intro.text(), *headers]
        assert not any(ch.isascii() and ch.isalpha() for t in texts for ch in
                       t.replace("PDF", "").replace("XLSX", "")), texts
    finally:
        ctx.set_language("en")
