"""The Settings screen's Reconciliation group: the fee contract, the payout rules and the
per-acquirer tables, saved through the screen's own Save (audited), in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from shopguard.core.store import audit, settings
from shopguard.gui.recon.recon_settings import GROUP, KEYS, AcquirerTable, ReconSettingsBox
from shopguard.gui.screens.settings import SettingsScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(ctx, qtbot) -> SettingsScreen:  # type: ignore[no-untyped-def]
    s = SettingsScreen(ctx)
    qtbot.addWidget(s)
    s.resize(1024, 700)
    s.show()
    qtbot.waitUntil(lambda: bool(s.values), timeout=5000)
    return s


def _box(s: SettingsScreen) -> ReconSettingsBox:
    box = s.boxes[GROUP]
    assert isinstance(box, ReconSettingsBox)
    return box


def _table(s: SettingsScreen, kind: str) -> AcquirerTable:
    return next(t for t in _box(s).tables if t.kind == kind)


def test_the_group_has_every_reconciliation_setting(screen: SettingsScreen) -> None:
    box = _box(screen)
    assert box.title() == "Reconciliation"
    for key in KEYS:
        assert key in settings.SPECS and key in screen.editors
        assert screen.row_labels[key].text() != key
    assert screen.editors["fee_debit_rate"].text() == "0%"
    assert screen.editors["payout_delay_days"].text() == "1"
    names = _table(screen, "names")
    assert not names.editor.isVisible() and names.table.isVisible()
    rows = {names.table.item(r, 0).text(): names.table.item(r, 1).text()
            for r in range(names.table.rowCount())}
    assert rows["allinpay"] == "通联支付, Allinpay"
    assert rows["square"].startswith("SQUARE INC")


def test_contract_and_tables_are_saved_and_audited(screen: SettingsScreen, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen.editors["fee_debit_rate"].setText("0.55%")
    screen.editors["fee_debit_cap"].setText("25")
    days = screen.editors["payout_days"]
    assert isinstance(days, QComboBox)
    days.setCurrentIndex(days.findData("weekdays"))
    names = _table(screen, "names")
    names.add_row()
    r = names.table.rowCount() - 1
    names.table.setItem(r, 0, QTableWidgetItem("我的银行"))
    names.table.setItem(r, 1, QTableWidgetItem("XX银行收单，POS清算"))
    payouts = _table(screen, "payouts")
    payouts.add_row()
    payouts.table.setItem(0, 0, QTableWidgetItem("square"))
    rule = payouts.table.cellWidget(0, 1)
    assert isinstance(rule, QComboBox)
    rule.setCurrentIndex(rule.findData("weekdays"))
    payouts.table.setItem(0, 2, QTableWidgetItem("2"))
    with qtbot.waitSignal(ctx.changed, timeout=20_000):
        screen.save()
    db = ctx.read_db()
    assert settings.get(db, "fee_debit_rate") == 5500
    assert settings.get(db, "fee_debit_cap") == 2500
    assert settings.get(db, "payout_days") == "weekdays"
    assert settings.get(db, "acquirer_names")["我的银行"] == ["XX银行收单", "POS清算"]
    assert settings.get(db, "acquirer_names")["allinpay"] == ["通联支付", "Allinpay"]
    assert settings.get(db, "acquirer_payouts") == {
        "square": {"payout_days": "weekdays", "payout_delay_days": 2}}
    changed = {e["subject"] for e in audit.entries(db) if e["action"] == "setting.change"}
    assert {"fee_debit_rate", "fee_debit_cap", "payout_days", "acquirer_names",
            "acquirer_payouts"} <= changed

    # Revert shows what is stored; removing a row and saving drops it.
    qtbot.waitUntil(lambda: screen.values.get("fee_debit_rate") == 5500, timeout=5000)
    payouts = _table(screen, "payouts")
    assert payouts.table.rowCount() == 1
    # (selectRow() would toggle while an earlier test's Ctrl is still down)
    payouts.table.selectionModel().select(
        payouts.table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    payouts.remove_row()
    with qtbot.waitSignal(ctx.changed, timeout=20_000):
        screen.save()
    assert settings.get(db, "acquirer_payouts") == {}


def test_a_refused_rate_is_not_saved(screen: SettingsScreen, ctx) -> None:  # type: ignore[no-untyped-def]
    screen.editors["fee_credit_rate"].setText("12%")
    screen.check("fee_credit_rate")
    assert "above 10%" in screen.errors["fee_credit_rate"].text()
    screen.save()
    assert "Not saved" in screen.status.text()
    assert settings.get(ctx.read_db(), "fee_credit_rate") == 0


def test_chinese_labels(screen: SettingsScreen, ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.set_language("zh_CN")
    screen.retranslate()
    try:
        box = _box(screen)
        assert box.title() == "对账"
        assert screen.row_labels["fee_debit_cap"].text() == "借记卡每笔手续费封顶（0 = 不封顶）"
        days = screen.editors["payout_days"]
        assert isinstance(days, QComboBox)
        assert [days.itemText(i) for i in range(days.count())] == ["每天", "工作日（周末顺延）"]
        names = _table(screen, "names")
        assert names.add_button.text() == "添加收单机构"
        headers = [names.table.horizontalHeaderItem(c).text()
                   for c in range(names.table.columnCount())]
        assert headers == ["收单机构", "银行流水中的名称（用逗号分隔）"]
    finally:
        ctx.set_language("en")
