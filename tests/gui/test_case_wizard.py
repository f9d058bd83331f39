"""The case wizard driven through a void and a refund; pause/resume/reassign; training; the
Cases screen (filters, overdue in red, letter preview and PDF export)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.procedures import cases, training
from shopguard.core.store import access, audit
from shopguard.gui.case_wizard import CaseWizard, ClosePage, StepPage, countdown_text
from shopguard.gui.context import AppContext
from tests.procedures.conftest import AddTxn, add_txn, duplicate  # noqa: F401 (fixtures)

pytestmark = pytest.mark.gui


def settle(qtbot: QtBot, wizard: CaseWizard) -> None:
    qtbot.waitUntil(lambda: wizard.pending == 0, timeout=5000)


def walk(qtbot: QtBot, wizard: CaseWizard, entries: dict[str, dict[str, str]],
         by: str) -> None:
    """Go through every step page, fill what it asks, tick it as `by`."""
    for _ in wizard.steps:
        wizard.next()
        page = wizard.currentPage()
        assert isinstance(page, StepPage)
        for key, value in entries.get(page.step.key, {}).items():
            page.inputs[key].setText(value)
        page.by.setCurrentText(by)
        qtbot.mouseClick(page.tick_button, Qt.MouseButton.LeftButton)
        settle(qtbot, wizard)
        assert page.done_label.text().startswith("✓")
    wizard.next()
    assert isinstance(wizard.currentPage(), ClosePage)


def test_wizard_through_a_void(qtbot: QtBot, ctx: AppContext, db: Database,
                               duplicate: list[int]) -> None:  # noqa: F811
    case = cases.open_case(db, duplicate, actor="王芳")
    wizard = CaseWizard(ctx, case.id)
    qtbot.addWidget(wizard)
    wizard.show()
    summary = wizard.summary
    assert summary.table.rowCount() == 2
    assert "void it" in summary.reason.text()
    assert "8 h 0 min left" in summary.deadline.text()
    assert summary.deadline.property("overdue") is False
    assert [p.step.key for p in wizard.step_pages] == [
        "find_slip", "check_time", "void_on_terminal", "tell_customer", "check_statement"]
    void_page = wizard.step_pages[2]
    assert "000102" in void_page.do.text()  # the extra charge's voucher no., filled in
    walk(qtbot, wizard, {"void_on_terminal": {"new_voucher_no": "000103",
                                              "new_reference_no": "091015000003"}}, "王芳")
    assert wizard.close_page.outcome.currentData() == "voided"
    wizard.close_page.note.setText("customer present")
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: cases.get_case(db, case.id).status == "closed", timeout=5000)
    closed = cases.get_case(db, case.id)
    assert (closed.outcome, closed.close_note) == ("voided", "customer present")
    assert closed.steps_done["void_on_terminal"].values == {
        "new_voucher_no": "000103", "new_reference_no": "091015000003"}
    assert {r.done_by for r in closed.steps_done.values()} == {"王芳"}
    assert audit.verify(db) == []


def test_wizard_through_a_refund_with_an_attachment(
        qtbot: QtBot, ctx: AppContext, db: Database, duplicate: list[int],  # noqa: F811
        tmp_path: Path) -> None:
    clock.set_now(datetime(2026, 9, 20, 9, 0))
    case = cases.open_case(db, duplicate)
    assert case.path == "refund"
    wizard = CaseWizard(ctx, case.id)
    qtbot.addWidget(wizard)
    wizard.show()
    photo = tmp_path / "refund-slip.jpg"
    photo.write_bytes(b"\xff\xd8 slip")
    wizard.attach("refund_on_terminal", photo)
    settle(qtbot, wizard)
    walk(qtbot, wizard, {"refund_on_terminal": {"new_reference_no": "092009000077",
                                                "refund_amount": "58.00"}}, "李娜")
    assert wizard.step_pages[2].attachments.count() == 1
    assert wizard.close_page.outcome.currentData() == "refunded"
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: cases.get_case(db, case.id).outcome == "refunded", timeout=5000)
    assert cases.get_case(db, case.id).attachments[0]["original_name"] == "refund-slip.jpg"


def test_pause_resume_and_reassign_from_the_summary(
        qtbot: QtBot, ctx: AppContext, db: Database, duplicate: list[int],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    case = cases.open_case(db, duplicate)
    wizard = CaseWizard(ctx, case.id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.summary.pause_button.click()
    settle(qtbot, wizard)
    assert cases.get_case(db, case.id).status == "paused"
    assert wizard.summary.pause_button.text() == "Resume"
    assert not wizard.step_pages[0].tick_button.isEnabled()
    wizard.summary.pause_button.click()
    settle(qtbot, wizard)
    assert wizard.step_pages[0].tick_button.isEnabled()
    monkeypatch.setattr("shopguard.gui.case_wizard.QInputDialog.getItem",
                        lambda *a, **k: ("李娜", True))
    wizard.summary.reassign_button.click()
    settle(qtbot, wizard)
    assert cases.get_case(db, case.id).assignee == "李娜"
    assert "assigned to 李娜" in wizard.summary.status.text()


def test_overdue_is_red(qtbot: QtBot, ctx: AppContext, db: Database,
                        duplicate: list[int]) -> None:  # noqa: F811
    case = cases.open_case(db, duplicate)
    clock.set_now(datetime(2026, 9, 11, 1, 30))
    wizard = CaseWizard(ctx, case.id)
    qtbot.addWidget(wizard)
    assert wizard.summary.deadline.property("overdue") is True
    assert "OVERDUE by 2 h 30 min" in wizard.summary.deadline.text()
    assert "c62828" in wizard.summary.deadline.styleSheet()
    assert countdown_text(None, clock.now())[1] is False


def test_staff_cannot_close_as_not_duplicate_without_the_pin(
        qtbot: QtBot, ctx: AppContext, db: Database, duplicate: list[int],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    access.set_owner_pin(db, "246813")
    ctx.actor = "李娜"
    case = cases.open_case(db, duplicate, actor="李娜")
    wizard = CaseWizard(ctx, case.id)
    qtbot.addWidget(wizard)
    monkeypatch.setattr("shopguard.gui.owner_pin.QMessageBox.warning", lambda *a: None)
    wizard.close_page.outcome.setCurrentIndex(
        wizard.close_page.outcome.findData("not_duplicate"))
    monkeypatch.setattr("shopguard.gui.owner_pin.ask_pin", lambda *a: "000000")
    assert wizard.finish() is False
    monkeypatch.setattr("shopguard.gui.owner_pin.ask_pin", lambda *a: None)
    assert wizard.finish() is False
    assert cases.get_case(db, case.id).status == "open"
    monkeypatch.setattr("shopguard.gui.owner_pin.ask_pin", lambda *a: "246813")
    assert wizard.finish() is True
    qtbot.waitUntil(lambda: cases.get_case(db, case.id).outcome == "not_duplicate",
                    timeout=5000)


def test_training_changes_nothing_and_records_the_rehearsal(
        qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    clock.set_now(datetime(2026, 9, 12, 10, 0))
    wizard = CaseWizard(ctx, rehearsal=training.start("void", "traditional_pos"))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.summary.banner.isVisible()
    assert not wizard.step_pages[0].attach_button.isEnabled()
    # a rehearsal practises what the step needs written down too
    walk(qtbot, wizard, {"void_on_terminal": {"new_voucher_no": "000001"}}, "李娜")
    assert db.conn.execute("SELECT COUNT(*) FROM case_steps").fetchone()[0] == 0
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(training.history(db)), timeout=5000)
    assert training.last_by_staff(db) == {"李娜": {"void": "2026-09-12"}}
    assert db.conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 0


def test_choosing_another_procedure_reopens_the_wizard(
        qtbot: QtBot, ctx: AppContext, db: Database, duplicate: list[int],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from shopguard.gui.screens.cases import CasesScreen

    case = cases.open_case(db, duplicate)
    screen = CasesScreen(ctx)
    qtbot.addWidget(screen)
    wizard = screen.open_wizard(case.id)
    assert wizard is not None and wizard.case is not None and wizard.case.path == "void"
    monkeypatch.setattr("shopguard.gui.case_wizard.QInputDialog.getItem",
                        lambda _p, _t, _l, items, *a: (items[3], True))  # refund
    wizard.summary.path_button.click()
    qtbot.waitUntil(lambda: len(screen.wizards) == 1 and screen.wizards[0] is not wizard
                    and screen.wizards[0].case is not None, timeout=5000)
    fresh = screen.wizards[0]
    assert fresh.case is not None and fresh.case.path == "refund"
    assert fresh.case.suggested_path == "void"
    assert "refund_on_terminal" in [p.step.key for p in fresh.step_pages]
    fresh.close()
