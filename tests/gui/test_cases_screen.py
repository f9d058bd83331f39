"""The Cases screen: open/overdue/closed, overdue rows in red, opening a case from an alert,
letter preview and PDF export, training tab."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.changes import Changes
from shopguard.core.procedures import cases
from shopguard.gui.context import AppContext
from shopguard.gui.letter_preview import export_pdf, make_preview
from shopguard.gui.screens import discover_screens
from shopguard.gui.screens.cases import CasesScreen
from tests.procedures.conftest import (  # noqa: F401 (fixtures)
    AddTxn,
    add_txn,
    duplicate,
    make_alert,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def three_cases(db: Database, add_txn: AddTxn) -> list[int]:  # noqa: F811
    clock.set_now(datetime(2026, 9, 10, 15, 0))
    a = cases.open_case(db, [add_txn("2026-09-10T12:00:00")])  # void, due 23:00 today
    b = cases.open_case(db, [add_txn("2026-09-01T12:00:00")])  # refund, due 2026-10-01
    c = cases.open_case(db, [add_txn("2026-09-02T12:00:00")])  # refund, closed below
    cases.close(db, c.id, "refunded", "owner")
    return [a.id, b.id, c.id]


def ids_shown(screen: CasesScreen) -> list[int]:
    return [int(screen.table.item(r, 0).text()) for r in range(screen.table.rowCount())]


def test_the_screen_is_discovered_in_order() -> None:
    keys = [s.key for s in discover_screens()]
    assert "cases" in keys


def test_filters_and_overdue_in_red(qtbot: QtBot, ctx: AppContext,
                                    three_cases: list[int]) -> None:
    a, b, c = three_cases
    screen = CasesScreen(ctx)
    qtbot.addWidget(screen)
    assert ids_shown(screen) == [a, b]
    assert screen.counts.text() == "2 open · 0 overdue · 1 closed"
    clock.set_now(datetime(2026, 9, 11, 9, 0))
    screen.on_changes(Changes.CASES)
    screen.filter.setCurrentIndex(1)  # overdue
    assert ids_shown(screen) == [a]
    assert screen.table.item(0, 4).foreground().color() == QColor("#c62828")
    assert "OVERDUE" in screen.table.item(0, 4).text()
    screen.filter.setCurrentIndex(2)  # closed
    assert ids_shown(screen) == [c]
    assert screen.table.item(0, 7).text() == "Refunded"
    screen.filter.setCurrentIndex(3)
    assert sorted(ids_shown(screen)) == sorted(three_cases)


def test_start_procedure_from_an_alert_opens_the_wizard(
        qtbot: QtBot, ctx: AppContext, db: Database, duplicate: list[int]) -> None:  # noqa: F811
    make_alert(db, 3, duplicate)
    screen = CasesScreen(ctx)
    qtbot.addWidget(screen)
    screen.apply_filter({"alert_id": 3})
    qtbot.waitUntil(lambda: bool(screen.wizards), timeout=5000)
    wizard = screen.wizards[0]
    assert wizard.case is not None and wizard.case.alert_id == 3
    assert wizard.case.path == "void"
    assert ids_shown(screen) == [wizard.case.id]
    wizard.close()


def test_letter_preview_and_pdf_export(qtbot: QtBot, ctx: AppContext, db: Database,
                                       duplicate: list[int], tmp_path: Path) -> None:  # noqa: F811
    case = cases.open_case(db, duplicate)
    screen = CasesScreen(ctx)
    qtbot.addWidget(screen)
    dialog = make_preview(screen, ctx, case.id, "zh_CN")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Letter for case {case.id}"
    out = export_pdf(screen, ctx, case.id, "zh_CN", target=tmp_path / "letter.pdf")
    assert out is not None
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "案件报告" in text


def test_training_tab_lists_rehearsals(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    screen = CasesScreen(ctx)
    qtbot.addWidget(screen)
    screen.train_path.setCurrentIndex(screen.train_path.findData("refund"))
    wizard = screen.start_training()
    assert wizard.training and wizard.rehearsal is not None
    assert wizard.rehearsal.procedure.path == "refund"
    for page in wizard.step_pages:
        page.by.setCurrentText("李娜")
        for key in page.step.require:  # a rehearsal practises writing these down too
            page.inputs[key].setText("000001")
        page.tick()
    wizard.finish()
    qtbot.waitUntil(lambda: screen.train_table.rowCount() == 1 or (
        screen.on_changes(Changes.CASES) or False), timeout=5000)
    assert screen.train_table.item(0, 0).text() == "李娜"
    wizard.close()


def test_a_dispute_notice_switches_the_case_to_the_chargeback_response(
        qtbot: QtBot, ctx: AppContext, db: Database, duplicate: list[int]) -> None:  # noqa: F811
    from shopguard.gui.dispute_dialog import DisputeDialog

    clock.set_now(datetime(2026, 9, 20, 9, 0))
    case = cases.open_case(db, duplicate)
    assert case.path == "refund"
    screen = CasesScreen(ctx)
    qtbot.addWidget(screen)
    dialog = DisputeDialog(screen, duplicate[1])
    qtbot.addWidget(dialog)
    dialog.code.setCurrentText("Mastercard 4834")
    dialog.respond_by.setDate(dialog.received.date().addDays(10))
    assert dialog.values()["respond_by"] == "2026-09-30"
    screen.record_dispute(dialog.values())
    qtbot.waitUntil(lambda: bool(screen.wizards), timeout=5000)
    updated = cases.get_case(db, case.id)
    assert (updated.path, updated.deadline) == ("chargeback_response", "2026-09-30T23:59:59")
    assert "4834" in updated.reason["en"]
    wizard = screen.wizards[0]
    assert wizard.case is not None and wizard.case.id == case.id
    assert wizard.step_pages[0].step.key == "read_notice"
    wizard.close()
