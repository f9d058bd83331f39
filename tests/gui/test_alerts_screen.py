"""Alerts screen under pytest-qt: grouping, evidence, dismiss/confirm, persistence across a
re-scan, keyboard review, Start procedure, and Scan now."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from shopguard.core.changes import Changes
from shopguard.core.detection import alerts as core_alerts
from shopguard.core.detection.scan import scan
from shopguard.core.store import audit
from shopguard.gui.screens.alerts import STATUS_FILTERS, AlertsScreen
from tests.detection.helpers import add_import, sale

pytestmark = pytest.mark.gui

ROWS = [
    sale("2026-09-12T12:13:24", 28800, reference_no="A1", operator="王芳"),
    sale("2026-09-12T12:13:59", 28800, reference_no="A2", operator="王芳"),
    sale("2026-09-13T03:10:00", 5000, reference_no="N1", card="621700******0001"),
    sale("2026-09-14T12:00:00", 1500, reference_no="B1", card="436742******0002"),
    sale("2026-09-14T12:01:00", 1500, reference_no="B2", card="436742******0002"),
]


def _idle(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ctx.ops.running, timeout=10_000)


@pytest.fixture
def screen(ctx, qtbot):  # type: ignore[no-untyped-def]
    db = ctx.read_db()
    add_import(db, ROWS)
    scan(db)
    s = AlertsScreen(ctx)
    qtbot.addWidget(s)
    s.resize(1200, 700)
    s.show()
    qtbot.waitUntil(lambda: s.current is not None, timeout=10_000)
    _idle(ctx, qtbot)
    return s


def _groups(s: AlertsScreen) -> list[str]:
    return [s.tree.topLevelItem(i).text(0) for i in range(s.tree.topLevelItemCount())]


def test_groups_with_counts_and_evidence_side_by_side(screen) -> None:  # type: ignore[no-untyped-def]
    assert _groups(screen) == ["Duplicate swipe · high (2)",
                               "Sale outside business hours · medium (1)"]
    assert screen.summary.text() == "3 alerts"
    a = screen.current
    assert a is not None and a.rule == "duplicate_swipe"
    assert "operator 王芳" in screen.explanation.text()
    assert screen.evidence.columnCount() == 2
    gap = screen.evidence.item(2, 1)
    assert gap.text() == "+35 seconds"
    assert gap.background().color().name() == "#ffe08a"  # highlighted
    assert screen.evidence.item(8, 0).text() == "A1"


def test_dismiss_with_reason_persists_across_rescan(screen, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = screen.current
    screen.reason.setCurrentText("two separate purchases")
    screen.review("dismiss")
    _idle(ctx, qtbot)
    screen.on_changes(Changes.ALERTS)
    _idle(ctx, qtbot)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.id != first.id,
                    timeout=5000)
    assert first.id not in [a.id for a in screen.alerts]  # left the Open list
    db = ctx.read_db()
    scan(db)
    scan(db, days=["2026-09-12"])
    assert core_alerts.get_alert(db, first.id).status == "dismissed"
    [entry] = [e for e in audit.entries(db) if e["action"] == "alert.dismiss"]
    assert entry["after"]["reason"] == "two separate purchases"
    screen.status_filter.setCurrentIndex(STATUS_FILTERS.index("dismissed"))
    qtbot.waitUntil(lambda: [a.id for a in screen.alerts] == [first.id], timeout=5000)
    _idle(ctx, qtbot)
    assert screen.reopen_button.isEnabled() and not screen.dismiss_button.isEnabled()
    qtbot.waitUntil(lambda: "two separate purchases" in screen.history.text(), timeout=5000)


def test_confirm_and_keyboard_review(screen, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = [a.id for a in screen.alerts]
    assert screen.current.id == ids[0]
    qtbot.keyClick(screen.tree, "n")
    assert screen.current.id == ids[1]
    qtbot.keyClick(screen.tree, "k")
    assert screen.current.id == ids[0]
    screen.go(1)
    target = screen.current.id
    screen.review("confirm")
    _idle(ctx, qtbot)
    screen.on_changes(Changes.ALERTS)
    _idle(ctx, qtbot)
    db = ctx.read_db()
    scan(db)
    assert core_alerts.get_alert(db, target).status == "confirmed"
    assert core_alerts.reviews(db, target)[-1]["actor"] == "owner"


def test_start_procedure_asks_to_navigate(screen, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as sig:
        screen.start_procedure()
    key, filters = sig.args
    assert key == "cases" and filters["alert_id"] == screen.current.id
    assert len(filters["ids"]) == 2


def test_scan_now_scans_what_is_pending_in_background(screen, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_import(ctx.read_db(), [sale("2026-09-20T12:00:00", 990, reference_no="C1",
                                    card="625807******0003"),
                               sale("2026-09-20T12:00:20", 990, reference_no="C2",
                                    card="625807******0003")])
    before = len(screen.alerts)
    screen.scan_button.click()
    _idle(ctx, qtbot)
    screen.on_changes(Changes.ALERTS)  # the main window forwards the scan's own change
    qtbot.waitUntil(lambda: len(screen.alerts) == before + 1, timeout=5000)


def test_chinese_texts(screen, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx.set_language("zh_CN")
    screen.retranslate()
    assert screen.dismiss_button.text() == "忽略"
    assert _groups(screen)[0] == "重复刷卡 · 高 (2)"
    assert "同一张卡 ****1234" in screen.explanation.text()


def test_overview_shows_the_risk_summary(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    db = ctx.read_db()
    add_import(db, ROWS)
    scan(db)
    from shopguard.gui.screens.overview import OverviewScreen

    s = OverviewScreen(ctx)
    qtbot.addWidget(s)
    panel = s.risk_area.findChild(QWidget, "riskSummaryPanel")
    assert panel is not None
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    assert panel.heading.text() == "Risk in 2026-09 (compared with 2026-08): medium"
    assert panel.table.item(0, 0).text() == "10230001"
    assert "Duplicate swipe" in panel.table.item(0, 5).text()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_risk_summary_over_unscanned_rows_says_so(ctx, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    add_import(ctx.read_db(), ROWS)  # imported without a scan
    ctx.set_language(lang)
    from shopguard.gui.screens.overview import OverviewScreen

    s = OverviewScreen(ctx)
    qtbot.addWidget(s)
    panel = s.risk_area.findChild(QWidget, "riskSummaryPanel")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    heading = panel.heading.text()
    assert heading.endswith("not checked yet" if lang == "en" else "尚未检查"), heading
    assert panel.table.item(0, 2).text() == ("not checked yet" if lang == "en" else "尚未检查")
    why = panel.table.item(0, 5).text()
    assert ("not checked yet" if lang == "en" else "尚未检查") in why
    assert "low" not in heading and "低" not in heading


def test_staff_mode_dismiss_asks_for_the_owner_pin(screen, ctx, qtbot,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from shopguard.core.store import access
    from shopguard.gui import owner_pin

    db = ctx.read_db()
    access.set_owner_pin(db, "2468")
    first = screen.current
    screen.reason.setCurrentText("two separate purchases")
    asked: list[str] = []
    monkeypatch.setattr(owner_pin, "ask_pin", lambda _parent, action: asked.append(action))
    screen.review("dismiss")  # the user cancels the PIN dialog: nothing happens
    _idle(ctx, qtbot)
    assert asked == ["Dismissing an alert"]
    assert core_alerts.get_alert(db, first.id).status == "open"
    monkeypatch.setattr(owner_pin, "ask_pin", lambda _parent, _action: "2468")
    screen.review("dismiss")
    _idle(ctx, qtbot)
    assert core_alerts.get_alert(db, first.id).status == "dismissed"


def test_start_procedure_still_works_after_a_wrong_pin(screen, ctx, qtbot,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13 item 4: a dismiss refused for a wrong PIN left the screen without a current
    alert, so "Start procedure" did nothing until another alert was selected."""
    from shopguard.core.store import access
    from shopguard.gui import owner_pin

    db = ctx.read_db()
    access.set_owner_pin(db, "2468")
    first = screen.current
    screen.reason.setCurrentText("two separate purchases")
    monkeypatch.setattr(owner_pin, "ask_pin", lambda _parent, _action: "0000")
    screen.dismiss_button.click()
    _idle(ctx, qtbot)
    qtbot.waitUntil(lambda: "PIN" in screen.message.text(), timeout=5000)
    assert core_alerts.get_alert(db, first.id).status == "open"
    assert screen.procedure_button.isEnabled()
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as sig:
        screen.procedure_button.click()
    key, filters = sig.args
    assert key == "cases" and filters["alert_id"] == first.id


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_alert_shows_its_case_and_outcome(screen, ctx, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    from shopguard.core.procedures import cases

    db = ctx.read_db()
    alert = screen.current
    case = cases.open_from_alert(db, alert.id)
    screen.on_changes(Changes.CASES)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.case is not None,
                    timeout=5000)
    ctx.set_language(lang)
    screen.retranslate()
    assert f"#{case.id}" in screen.case_label.text()
    assert screen.procedure_button.isEnabled()  # it opens that case again
    cases.close(db, case.id, "voided", "owner")
    screen.status_filter.setCurrentIndex(STATUS_FILTERS.index(""))
    screen.on_changes(Changes.CASES | Changes.ALERTS)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.id == alert.id
                    and screen.current.status == "resolved", timeout=5000)
    text = screen.case_label.text()
    assert f"#{case.id}" in text
    assert ("已撤销" if lang == "zh_CN" else "Voided") in text
    assert ("已解决" if lang == "zh_CN" else "resolved") in screen.title_label.text()
    assert not screen.procedure_button.isEnabled()  # no second case for a closed one
