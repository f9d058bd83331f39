"""Screenshots of Overview, Transactions and Alerts in a 1024×700 window, English and Chinese
(docs/screenshots/<screen>_1024_<lang>.png): demo data (the three months up to yesterday,
scanned) plus a USD statement, so the Transactions footer and the Overview totals show two
currencies.

Run: python build_spec/screenshots_1024.py [OUT_DIR]
(offscreen; the virtual screen is made 1600×1000 so the window is not clamped to the
offscreen platform's default 800×800).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_SCREEN = Path(tempfile.mkdtemp()) / "screen.json"
_SCREEN.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1600,
                                           "height": 1000, "logicalDpi": 96, "dpr": 1}]}))
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from shopguard.core.workspace import generate_demo, import_file  # noqa: E402
from shopguard.gui.context import AppContext  # noqa: E402
from shopguard.gui.main_window import MainWindow  # noqa: E402

SIZE = (1024, 700)


def settle(app: QApplication, ctx: AppContext) -> None:
    for _ in range(4):
        ctx.ops.wait()
        for _ in range(30):
            app.processEvents()


def shoot(app: QApplication, out: Path, tmp: Path, lang: str) -> None:
    ctx = AppContext(tmp / f"shop-{lang}.db",
                     qsettings=QSettings(str(tmp / f"ui-{lang}.ini"), QSettings.Format.IniFormat))
    ctx.translations.apply(lang)
    db = ctx.read_db()
    generate_demo(db, months=3, seed=20260901)
    import_file(db, ROOT / "tests" / "data" / "stripe.csv")
    win = MainWindow(ctx)
    win.resize(*SIZE)
    win.show()
    settle(app, ctx)
    for key in ("overview", "transactions", "alerts"):
        screen = win.show_screen(key)
        settle(app, ctx)
        if key == "transactions" and screen is not None:
            screen.table.selectRow(0)  # type: ignore[attr-defined]
            settle(app, ctx)
        path = out / f"{key}_1024_{lang}.png"
        win.grab().save(str(path), "PNG")
        print(path, win.width(), win.height())
    win.close()
    ctx.close()


def main() -> None:
    from build_spec.shots import shoot_both_languages

    shoot_both_languages(shoot)


if __name__ == "__main__":
    main()
