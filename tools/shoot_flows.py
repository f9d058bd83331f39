"""Screenshots of the import and review flows, in English and Chinese, at 1024x700.

Run from the repository root:  QT_QPA_PLATFORM=offscreen python tools/shoot_flows.py [OUT_DIR]

Writes (a temporary database each run): import_result_* (a first import: duplicates found),
import_result_bad_rows_* (a file refused for a bad row, offering to import the good rows),
imports_kept_rows_* (the Imports screen showing the rows kept for review), undo_confirm_*,
welcome_cancelled_* (an import cancelled on an empty database) and alerts_* (an alert whose
case was closed as voided: resolved, with the case and its outcome).
"""

from __future__ import annotations

import os
import sys
import threading
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from shopguard.core import clock  # noqa: E402
from shopguard.core.detection import alerts as core_alerts  # noqa: E402
from shopguard.core.procedures import cases  # noqa: E402
from shopguard.core.store import settings  # noqa: E402
from shopguard.gui.context import AppContext  # noqa: E402
from shopguard.gui.main_window import MainWindow  # noqa: E402

DATA = ROOT / "tests" / "data"
SIZE = (1024, 700)


def settle(app: QApplication, ctx: AppContext) -> None:
    for _ in range(4):
        ctx.ops.wait()
        for _ in range(30):
            app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path), "PNG")
    print(path)


def window(app: QApplication, db_path: Path, qs: QSettings, lang: str) -> MainWindow:
    ctx = AppContext(db_path, qsettings=qs)
    ctx.translations.apply(lang)
    win = MainWindow(ctx)
    win.resize(*SIZE)
    win.show()
    settle(app, ctx)
    return win


def result_dialog() -> QWidget:
    return next(w for w in QApplication.topLevelWidgets()
                if w.objectName() == "importResultDialog" and w.isVisible())


def shoot(app: QApplication, out: Path, tmp: Path, lang: str) -> None:
    qs = QSettings(str(tmp / f"ui-{lang}.ini"), QSettings.Format.IniFormat)

    # An import cancelled on an empty database: the welcome page says so.
    win = window(app, tmp / f"cancel-{lang}.db", qs, lang)
    ctx = win.ctx
    gate = threading.Event()
    ctx.ops.run(lambda _db, _op: gate.wait(20), write=True)  # the import waits behind it
    win.import_files([DATA / "allinpay.csv"])
    app.processEvents()
    win.cancel_button.click()
    gate.set()
    settle(app, ctx)
    save(win, out / f"welcome_cancelled_{lang}.png")
    win.close()
    ctx.close()

    # The first import: the result names what was found; then the Alerts.
    db_path = tmp / f"shop-{lang}.db"
    win = window(app, db_path, qs, lang)
    ctx = win.ctx
    settings.set_value(ctx.read_db(), "shop_name", "鲜果时光（广州天河店）")
    win.import_files([DATA / "allinpay.csv"])
    settle(app, ctx)
    dialog = result_dialog()
    save(dialog, out / f"import_result_{lang}.png")
    dialog.close()

    # A file refused for a bad row, then its good rows, then the rows kept for review.
    bad = tmp / "hostile_bad_amount.csv"
    bad.write_bytes((DATA / "hostile_bad_amount.csv").read_bytes())
    win.import_files([bad])
    settle(app, ctx)
    dialog = result_dialog()
    save(dialog, out / f"import_result_bad_rows_{lang}.png")
    dialog.good_rows_button.click()  # type: ignore[attr-defined]
    settle(app, ctx)
    dialog = result_dialog()
    dialog.kept_button.click()  # type: ignore[attr-defined]
    settle(app, ctx)
    save(win, out / f"imports_kept_rows_{lang}.png")

    # Undo asks first, naming the file and the rows.
    imports = win.screen_widget("imports")

    def grab_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            save(box, out / f"undo_confirm_{lang}.png")
            box.reject()
        else:
            QTimer.singleShot(50, grab_box)

    QTimer.singleShot(0, grab_box)
    imports.undo_button.click()  # type: ignore[union-attr]
    settle(app, ctx)

    # An alert whose case was closed as voided.
    db = ctx.read_db()
    clock.set_now(datetime(2026, 9, 20, 15, 0))
    dup = next(a for a in core_alerts.list_alerts(db, rule="duplicate_swipe")
               if a.status == "open")
    case = cases.open_from_alert(db, dup.id, actor="王芳")
    cases.close(db, case.id, "voided", "王芳")
    clock.set_now(None)
    alerts = win.show_screen("alerts", {"alert_id": dup.id})
    settle(app, ctx)
    assert alerts is not None
    save(win, out / f"alerts_{lang}.png")
    win.close()
    ctx.close()


def main() -> None:
    from build_spec.shots import shoot_both_languages

    shoot_both_languages(shoot)


if __name__ == "__main__":
    main()
