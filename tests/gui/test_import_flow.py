"""The import flow through the real main window, controller and dialogs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from shopguard.core.importing.formats.mapping import list_mappings
from shopguard.core.paths import mappings_dir
from shopguard.gui.dialogs.import_result import ImportResultDialog
from shopguard.gui.dialogs.mapping import MappingDialog

DATA = Path(__file__).parent.parent / "data"


def _import(window, qtbot, path: Path):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.importer.dialog_opened, timeout=20_000) as opened:
        window.import_files([path])
    return opened.args[0]


def test_allinpay_imports_through_the_dialog(window, qtbot, sample, ctx) -> None:  # type: ignore[no-untyped-def]
    path = sample("allinpay.csv")
    truth = json.loads((DATA / "allinpay.csv.truth.json").read_text(encoding="utf-8"))
    dialog = _import(window, qtbot, path)
    assert isinstance(dialog, ImportResultDialog)
    assert dialog.values["format"].text() == "allinpay"
    count = ctx.read_db().conn.execute("SELECT count(*) FROM transactions").fetchone()[0]
    assert count == truth["rows"]
    assert dialog.values["imported"].text() == f"{count:,}"
    # the status bar follows the `changed` signal
    qtbot.waitUntil(lambda: f"{count:,} transactions" in window.counts_label.text())
    dialog.close()
    # importing again: everything already present
    again = _import(window, qtbot, path)
    assert again.values["imported"].text() == "0"
    assert again.values["already_present"].text() == f"{count:,}"
    again.close()


def test_refused_file_shows_errors_with_line_and_column(window, qtbot, sample) -> None:  # type: ignore[no-untyped-def]
    dialog = _import(window, qtbot, sample("hostile_bad_amount.csv"))
    assert isinstance(dialog, ImportResultDialog)
    assert not dialog.file_result.ok
    table = dialog.errors
    assert table.rowCount() >= 1
    assert table.item(0, 0).text().isdigit()   # line
    assert table.item(0, 1).text()             # column
    dialog.close()


UNKNOWN = (
    "Shop export\n"
    "When,Sum,Ticket,Till\n"
    "2026-09-01 10:00:00,12.50,T-1,A\n"
    "2026-09-01 10:05:00,8.00,T-2,A\n"
    "2026-09-01 11:30:00,99.90,T-3,B\n"
)


def test_mapping_dialog_saves_and_reuses_a_mapping(window, qtbot, tmp_path, ctx) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "till_export.csv"
    first.write_text(UNKNOWN, encoding="utf-8")
    dialog = _import(window, qtbot, first)
    assert isinstance(dialog, MappingDialog)
    assert dialog.header() == ["When", "Sum", "Ticket", "Till"]
    assert not dialog.import_button.isEnabled()  # nothing guessed for these names
    choices = {"When": "datetime", "Sum": "amount", "Ticket": "reference_no",
               "Till": "terminal_id"}
    for col, head in enumerate(dialog.header()):
        combo = dialog.combos[col]
        combo.setCurrentIndex(combo.findData(choices[head]))
    dialog.datetime_format.setCurrentText("%Y-%m-%d %H:%M:%S")
    dialog.name_edit.setText("till")
    assert dialog.import_button.isEnabled(), dialog.check_label.text()
    with qtbot.waitSignal(window.importer.dialog_opened, timeout=20_000) as opened:
        dialog.import_button.click()
    result_dialog = opened.args[0]
    assert isinstance(result_dialog, ImportResultDialog)
    assert result_dialog.values["imported"].text() == "3"
    assert result_dialog.values["format"].text() == "mapping:till"
    assert list_mappings(mappings_dir(ctx.db_path)) == ["till"]
    result_dialog.close()

    # a second file of the same kind: the saved mapping is found and preselected
    second = tmp_path / "till_export_october.csv"
    second.write_text(UNKNOWN.replace("2026-09-01", "2026-10-01"), encoding="utf-8")
    dialog2 = _import(window, qtbot, second)
    assert isinstance(dialog2, MappingDialog)
    assert "till" in dialog2.fit_label.text()
    assert dialog2.import_button.isEnabled()
    assert dialog2.combos[1].currentData() == "amount"
    with qtbot.waitSignal(window.importer.dialog_opened, timeout=20_000) as opened:
        dialog2.import_button.click()
    assert opened.args[0].values["imported"].text() == "3"
    rows = ctx.read_db().conn.execute(
        "SELECT count(*), sum(amount_minor) FROM transactions").fetchone()
    assert rows == (6, 2 * (1250 + 800 + 9990))


def test_drop_of_files_on_the_window_imports_them(window, qtbot, sample) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    path = sample("allinpay.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer.dialog_opened, timeout=20_000) as opened:
        window.dropEvent(event)
    assert opened.args[0].values["format"].text() == "allinpay"
    opened.args[0].close()


def test_file_import_action_uses_the_file_dialog(window, qtbot, sample, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    path = sample("allinpay.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(path)], "")))
    with qtbot.waitSignal(window.importer.dialog_opened, timeout=20_000) as opened:
        window.import_action.trigger()
    assert opened.args[0].file_result.ok
    assert window.ctx.qsettings().value("import/dir") == str(path.parent)
    opened.args[0].close()


def test_progress_bar_and_cancel_button_show_while_importing(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench._allinpay_gen import generate

    big = generate(tmp_path / "big_allinpay.csv", 60_000)
    cancelled: list[str] = []
    window.importer.cancelled.connect(cancelled.append)
    window.import_files([big])
    qtbot.waitUntil(lambda: window.op_box.isVisible() and window.progress.value() > 0,
                    timeout=20_000)
    assert window.cancel_button.isVisible()
    assert "big_allinpay.csv" in window.op_label.text()
    with qtbot.waitSignal(window.importer.all_done, timeout=20_000):
        window.cancel_button.click()
    assert cancelled
    assert not window.op_box.isVisible()
    conn = window.ctx.read_db().conn
    assert conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0


# -- issue 13: the result worded for a shop owner, duplicates, bad rows ----------------------

ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
INTERNAL = ("merchant_id", "settled_on", "reference_no", "terminal_id", "skip-bad-rows",
            "occurred_at", "_id=")


def _texts(dialog) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisible())


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_result_says_duplicates_were_found_and_leads_to_the_alerts(  # type: ignore[no-untyped-def]
        window, qtbot, sample, ctx, lang) -> None:
    ctx.set_language(lang)
    dialog = _import(window, qtbot, sample("allinpay.csv"))
    truth = json.loads((DATA / "allinpay.csv.truth.json").read_text(encoding="utf-8"))
    dups = dialog.file_result.scan["by_rule"]["duplicate_swipe"]
    assert dups >= len(truth["planted"]["duplicate_swipe"])
    assert dialog.findings.isVisible()
    found = dialog.findings.text()
    assert str(dups) in found
    assert ("重复刷卡" if lang == "zh_CN" else "duplicate swipe") in found
    text = _texts(dialog)
    assert not ISO_TIME.search(text), text
    assert not [word for word in INTERNAL if word in text], text
    assert ("2026年9月1日" if lang == "zh_CN" else "1 Sep 2026") in dialog.values["period"].text()
    assert dialog.alerts_button.isVisible()
    dialog.alerts_button.click()
    alerts = window.screen_widget("alerts")
    assert window.stack.currentWidget() is alerts
    qtbot.waitUntil(lambda: sum(a.rule == "duplicate_swipe" for a in alerts.alerts) == dups,
                    timeout=10_000)


LAKALA_LIKE = (
    "商户编号|交易日期|交易时间|终端号|拉卡拉流水号|交易金额(分)|结算日期\n"
    "822100012345678|20260901|093000|T0001|LKL0000001|5800|20260902\n"
    "822100012345678|20260901|101500|T0001|LKL0000002|9900|20260902\n"
)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_core_notes_show_in_the_users_language_without_field_names(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path, ctx, lang) -> None:
    ctx.set_language(lang)
    path = tmp_path / "lakala.txt"
    path.write_text(LAKALA_LIKE, encoding="gb18030")
    dialog = _import(window, qtbot, path)
    assert dialog.file_result.ok
    [note] = [n.text() for n in dialog.note_labels if "←" in n.text()]
    assert ("商户号 ← 商户编号" if lang == "zh_CN" else "Merchant ID ← 商户编号") in note
    text = _texts(dialog)
    assert not [word for word in INTERNAL if word in text], text
    assert "nothing found" in text or "没有发现" in text


def test_a_file_refused_for_bad_rows_can_import_its_good_rows(  # type: ignore[no-untyped-def]
        window, qtbot, sample, ctx) -> None:
    truth = json.loads((DATA / "hostile_bad_amount.csv.truth.json").read_text(encoding="utf-8"))
    dialog = _import(window, qtbot, sample("hostile_bad_amount.csv"))
    assert not dialog.file_result.ok and dialog.file_result.bad_rows == 1
    assert "skip-bad-rows" not in _texts(dialog)
    assert dialog.good_rows_button.isVisible()
    assert dialog.errors.isVisible() and dialog.errors.rowCount() == 1
    with qtbot.waitSignal(window.importer.dialog_opened, timeout=20_000) as opened:
        dialog.good_rows_button.click()
    second = opened.args[0]
    assert second.file_result.ok
    assert second.file_result.imported == truth["rows"] - 1
    assert second.values["skipped"].text() == "1"
    assert second.kept_button.isVisible()
    second.kept_button.click()
    imports = window.screen_widget("imports")
    assert window.stack.currentWidget() is imports
    qtbot.waitUntil(lambda: imports.errors.rowCount() == 1, timeout=10_000)
    selected = imports.selected_import()
    assert selected is not None and selected["id"] == second.file_result.import_id
    shown = [imports.errors.item(0, c).text() for c in range(imports.errors.columnCount())]
    assert str(truth["bad_line"]) in shown
    assert any("12,34.5x" in cell for cell in shown)
