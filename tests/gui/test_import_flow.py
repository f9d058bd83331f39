"""The import flow through the real main window, controller and dialogs."""

from __future__ import annotations

import json
from pathlib import Path

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
