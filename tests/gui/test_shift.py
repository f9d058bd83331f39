"""Who acts (issue 13 item 15) and the wizard's rough edges (item 16).

In staff mode the actor is the person who started the shift (a name from the staff list, or
the owner after the PIN); the wizard's "Done by" follows the shift and the previous step, staff
cannot sign as the owner, case open/close and refused actions are logged with the real actor.
The wizard enforces the fields a step needs, offers the letter where a step sends it, and its
words name the buttons it has."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.procedures import cases
from shopguard.core.store import access, audit, settings
from shopguard.gui.case_wizard import CaseWizard, StepPage
from shopguard.gui.context import AppContext
from tests.procedures.conftest import AddTxn, add_txn, duplicate, make_alert  # noqa: F401

pytestmark = pytest.mark.gui
PIN = "246810"


@pytest.fixture
def staff_mode(db: Database) -> Database:
    settings.set_value(db, "staff", "王芳, 李娜")
    access.set_owner_pin(db, PIN)
    return db


def _shift(ctx: AppContext, qtbot: QtBot, name: str, pin: str = "") -> object:
    from shopguard.gui.shift import ShiftDialog

    dialog = ShiftDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.choose(name, pin)
    for _ in range(3):  # the owner's PIN is checked, and the shift recorded, in the background
        ctx.ops.wait()
        QApplication.processEvents()
    return dialog


def _settle(qtbot: QtBot, wizard: CaseWizard) -> None:
    qtbot.waitUntil(lambda: wizard.pending == 0, timeout=5000)


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def test_the_shift_sets_the_actor(ctx: AppContext, qtbot: QtBot, staff_mode: Database) -> None:
    dialog = _shift(ctx, qtbot, "李娜")
    assert ctx.actor == "李娜" and dialog.result() == dialog.DialogCode.Accepted  # type: ignore[attr-defined]
    names = [dialog.names.itemText(i) for i in range(dialog.names.count())]  # type: ignore[attr-defined]
    assert names[:2] == ["王芳", "李娜"] and names[-1] == "owner"
    entry = audit.entries(staff_mode)[-1]
    assert (entry["actor"], entry["action"]) == ("李娜", "shift.start")


def test_only_the_owner_with_the_pin_acts_as_owner(ctx: AppContext, qtbot: QtBot,
                                                   staff_mode: Database) -> None:
    _shift(ctx, qtbot, "王芳")
    dialog = _shift(ctx, qtbot, "owner", "0000")  # wrong PIN: still 王芳, refusal logged
    assert ctx.actor == "王芳" and dialog.result() != dialog.DialogCode.Accepted  # type: ignore[attr-defined]
    assert "wrong" in dialog.message.text()  # type: ignore[attr-defined]
    QApplication.processEvents()
    ctx.ops.wait()
    denied = [e for e in audit.entries(staff_mode) if e["action"] == "access.denied"]
    assert denied and denied[-1]["actor"] == "王芳"
    _shift(ctx, qtbot, "owner", PIN)
    assert ctx.actor == "owner"


def test_without_staff_mode_the_owner_acts(ctx: AppContext, qtbot: QtBot, db: Database) -> None:
    from shopguard.gui.shift import start_shift

    ctx.actor = "someone"
    assert start_shift(ctx, None) is None  # no dialog
    assert ctx.actor == "owner"


def test_done_by_follows_the_shift_and_the_previous_step(
        ctx: AppContext, qtbot: QtBot, staff_mode: Database, duplicate: list[int],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    warnings = _warnings(monkeypatch)
    _shift(ctx, qtbot, "李娜")
    case = cases.open_case(staff_mode, duplicate, actor=ctx.actor)
    wizard = CaseWizard(ctx, case.id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    first = wizard.currentPage()
    assert isinstance(first, StepPage)
    assert first.by.currentText() == "李娜"
    names = [first.by.itemText(i) for i in range(first.by.count())]
    assert "owner" not in names  # staff cannot pick the owner
    first.by.setCurrentText("owner")  # nor type it
    first.tick_button.click()
    assert "owner" in first.done_label.text() and not warnings
    assert first.step.key not in cases.get_case(staff_mode, case.id).steps_done
    first.by.setCurrentText("王芳")
    first.tick_button.click()
    _settle(qtbot, wizard)
    wizard.next()
    second = wizard.currentPage()
    assert isinstance(second, StepPage) and second.by.currentText() == "王芳"


def test_case_open_close_and_refusals_logged_with_the_real_actor(
        ctx: AppContext, qtbot: QtBot, staff_mode: Database, duplicate: list[int],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from shopguard.gui.screens.cases import CasesScreen

    _warnings(monkeypatch)
    _shift(ctx, qtbot, "李娜")
    make_alert(staff_mode, 1, duplicate)
    screen = CasesScreen(ctx)
    qtbot.addWidget(screen)
    screen.apply_filter({"alert_id": 1})
    qtbot.waitUntil(lambda: bool(screen.wizards), timeout=5000)
    wizard = screen.wizards[0]
    assert wizard.case is not None
    wizard.close_page.outcome.setCurrentIndex(
        wizard.close_page.outcome.findData("not_duplicate"))
    monkeypatch.setattr("shopguard.gui.owner_pin.ask_pin", lambda *a: "0000")
    assert wizard.finish() is False
    wizard.close_page.outcome.setCurrentIndex(wizard.close_page.outcome.findData("voided"))
    assert wizard.finish() is True
    qtbot.waitUntil(lambda: cases.get_case(staff_mode, wizard.case_id or 0).status == "closed",
                    timeout=5000)
    ctx.ops.wait()
    actors = {e["action"]: e["actor"] for e in audit.entries(staff_mode)}
    assert actors["case.open"] == "李娜"
    assert actors["case.close"] == "李娜"
    assert actors["access.denied"] == "李娜"


def test_required_fields_are_enforced_in_the_wizard(
        ctx: AppContext, qtbot: QtBot, db: Database, duplicate: list[int],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    warnings = _warnings(monkeypatch)
    case = cases.open_case(db, duplicate)  # a void on a traditional POS
    wizard = CaseWizard(ctx, case.id)
    qtbot.addWidget(wizard)
    page = next(p for p in wizard.step_pages if p.step.key == "void_on_terminal")
    assert "*" in wizard.field_label(page, "new_voucher_no")
    page.tick_button.click()
    assert "Voucher no. of the void/refund slip" in page.done_label.text() and not warnings
    assert "void_on_terminal" not in cases.get_case(db, case.id).steps_done
    page.inputs["new_voucher_no"].setText("000103")
    page.tick_button.click()
    _settle(qtbot, wizard)
    assert cases.get_case(db, case.id).steps_done["void_on_terminal"].values == {
        "new_voucher_no": "000103"}


def test_the_core_refuses_a_step_without_what_it_needs(db: Database,
                                                       duplicate: list[int]) -> None:  # noqa: F811
    case = cases.open_case(db, duplicate)
    with pytest.raises(cases.CaseError, match=r"Voucher no\. of the void/refund slip"):
        cases.tick_step(db, case.id, "void_on_terminal", "王芳", {"note": "done"})


def test_the_letter_step_has_a_letter_button_and_the_words_match_the_buttons(
        ctx: AppContext, qtbot: QtBot, db: Database, duplicate: list[int],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock.set_now(datetime(2026, 12, 1, 10, 0))  # long past the refund window
    case = cases.open_case(db, duplicate)
    assert case.path == "acquirer_adjustment"
    wizard = CaseWizard(ctx, case.id)
    qtbot.addWidget(wizard)
    pages = {p.step.key: p for p in wizard.step_pages}
    assert pages["send_letter"].letter_button is not None
    assert pages["gather_evidence"].letter_button is None
    opened: list[int] = []
    monkeypatch.setattr(wizard, "preview_letter", lambda: opened.append(1))
    pages["send_letter"].letter_button.click()
    assert opened == [1]
    info = wizard.close_page.info.text()
    finish = wizard.buttonText(wizard.WizardButton.FinishButton)
    later = wizard.buttonText(wizard.WizardButton.CustomButton1)
    assert finish == "Close case" and finish in info and later in info
    assert "Finish" not in info and "Cancel" not in info


def test_the_main_window_asks_at_start_and_shows_who_is_working(
        ctx: AppContext, qtbot: QtBot, staff_mode: Database) -> None:
    from shopguard.gui.main_window import MainWindow
    from shopguard.gui.shift import ShiftDialog

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: bool(win._summary), timeout=5000)
    assert win.switch_user_action in win.file_menu.actions()
    win.start_shift()
    dialog = win.findChild(ShiftDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.choose("王芳")
    ctx.ops.wait()
    QApplication.processEvents()
    assert ctx.actor == "王芳" and "王芳" in win.shift_label.text()
