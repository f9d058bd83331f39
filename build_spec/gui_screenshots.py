"""Screenshots of the app shell's screens and dialogs in English and Chinese (docs/screenshots/).

Run: QT_QPA_PLATFORM=offscreen python build_spec/gui_screenshots.py [OUT_DIR]

To prove the bundled font alone renders Chinese, hide the system's CJK fonts first, e.g.
FONTCONFIG_FILE pointing to a fonts.conf that lists only /usr/share/fonts/truetype/dejavu.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from shopguard.core.importing.importer import import_file  # noqa: E402
from shopguard.core.store import settings  # noqa: E402
from shopguard.gui.context import AppContext  # noqa: E402
from shopguard.gui.main_window import MainWindow  # noqa: E402

UNKNOWN = ("门店导出\n收款时刻,实收,小票号,收银台\n2026-09-01 10:00:00,12.50,T-1,A\n"
           "2026-09-01 10:05:00,8.00,T-2,A\n2026-09-01 11:30:00,99.90,T-3,B\n")


def settle(app: QApplication, ctx: AppContext) -> None:
    for _ in range(3):
        ctx.ops.wait()
        for _ in range(30):
            app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path), "PNG")
    print(path)


def shoot(app: QApplication, out: Path, tmp: Path, lang: str) -> None:
    qs = QSettings(str(tmp / f"ui-{lang}.ini"), QSettings.Format.IniFormat)
    # welcome page on an empty database
    ctx = AppContext(tmp / f"empty-{lang}.db", qsettings=qs)
    ctx.translations.apply(lang)
    win = MainWindow(ctx)
    win.resize(1100, 700)
    win.show()
    settle(app, ctx)
    save(win, out / f"welcome_{lang}.png")
    win.close()
    ctx.close()

    db_path = tmp / f"shop-{lang}.db"
    ctx = AppContext(db_path, qsettings=qs)
    ctx.translations.apply(lang)
    db = ctx.read_db()
    settings.set_value(db, "shop_name", "鲜果时光（广州天河店）")
    import_file(db, ROOT / "tests" / "data" / "allinpay.csv")
    win = MainWindow(ctx)
    win.resize(1100, 700)
    win.show()
    settle(app, ctx)
    for key in ("overview", "imports", "settings"):
        win.show_screen(key)
        settle(app, ctx)
        save(win, out / f"{key}_{lang}.png")

    # import_result_* (and the other import/review flows): tools/shoot_flows.py

    unknown = tmp / "门店导出.csv"
    unknown.write_text(UNKNOWN, encoding="utf-8")
    win.importer.import_files([unknown])
    settle(app, ctx)
    mapping = next(w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "mappingDialog" and w.isVisible())
    fields = {"收款时刻": "datetime", "实收": "amount", "小票号": "reference_no",
              "收银台": "terminal_id"}
    for col, head in enumerate(mapping.header()):  # type: ignore[attr-defined]
        combo = mapping.combos[col]  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData(fields[head]))
    mapping.datetime_format.setCurrentText("%Y-%m-%d %H:%M:%S")  # type: ignore[attr-defined]
    settle(app, ctx)
    save(mapping, out / f"mapping_{lang}.png")
    mapping.close()
    win.close()
    ctx.close()


def main() -> None:
    from build_spec.shots import shoot_both_languages

    shoot_both_languages(shoot)


if __name__ == "__main__":
    main()
