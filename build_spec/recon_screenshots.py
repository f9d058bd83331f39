"""Screenshots of the Reconciliation screen (English and Chinese, 1600x1000 and 1024x700) and
of the month-end report's first PDF page (docs/screenshots/).

Run: QT_QPA_PLATFORM=offscreen python build_spec/recon_screenshots.py [OUT_DIR] [SAMPLES_DIR]

The month is the Allinpay shop of tests/data/reconcile (terminal statement + ICBC bank
statement) with its fee contract, one payout matched by hand and two differences explained.
The PDF page is rendered with pdftoppm (poppler-utils) when it is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from shopguard.core import reconcile  # noqa: E402
from shopguard.core.detection import run_scan  # noqa: E402
from shopguard.core.store import settings  # noqa: E402
from shopguard.core.workspace import connect, import_file  # noqa: E402
from shopguard.gui.app import make_app  # noqa: E402
from shopguard.gui.context import AppContext  # noqa: E402
from shopguard.gui.main_window import MainWindow  # noqa: E402
from shopguard.gui.recon.report_pdf import write_month_report_pdf  # noqa: E402
from shopguard.gui.screens.reconciliation import ReconciliationScreen  # noqa: E402

MONTH = "2026-09"
CONTRACT = {"fee_debit_rate": "0.5%", "fee_credit_rate": "0.6%", "fee_debit_cap": "20.00"}
SIZES = ((1600, 1000, ""), (1024, 700, "_1024"))


def prepare(db_path: Path, samples: Path) -> None:
    """The shop's month: statements imported, contract set, scanned, owner's decisions made."""
    db = connect(db_path)
    settings.set_value(db, "shop_name", "鲜果时光（广州天河店）", "owner")
    for key, value in CONTRACT.items():
        settings.set_value(db, key, value, "owner")
    for name in ("recon_allinpay.csv", "recon_allinpay_bank_icbc.csv"):
        import_file(db, samples / name)
    run_scan(db)
    rec = reconcile.reconcile_month(db, MONTH)
    missing = next(d for d in rec.deposits if d.status == "missing")
    adjustment = next(c for c in rec.unexplained_credits if c.reason == "unexplained")
    reconcile.manual_match(db, missing.payout_ids, adjustment.bank_line_key)
    reconcile.explain(db, missing.subject, "通联回复：9月9日款项并入差错调整，余款下月补付")
    short = next(d for d in rec.deposits if d.status == "short")
    reconcile.explain(db, short.subject, "Bank fee for the transfer; confirmed by phone")
    db.close()


def settle(app: QApplication, ctx: AppContext) -> None:
    for _ in range(3):
        ctx.ops.wait()
        for _ in range(30):
            app.processEvents()


def shoot(app: QApplication, out: Path, db_path: Path, tmp: Path, lang: str) -> None:
    qs = QSettings(str(tmp / f"ui-{lang}.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(db_path, qsettings=qs)
    ctx.translations.apply(lang)
    win = MainWindow(ctx)
    for width, height, suffix in SIZES:
        win.resize(width, height)
        win.show()
        settle(app, ctx)
        screen = win.show_screen("reconciliation")
        assert isinstance(screen, ReconciliationScreen)
        settle(app, ctx)
        rows = screen.model.rows
        pick = next((r for r, d in enumerate(rows) if d.manual), 0)
        screen.table.selectRow(pick)
        screen.table.scrollTo(screen.model.index(pick, 0))
        settle(app, ctx)
        path = out / f"reconcile_{lang}{suffix}.png"
        win.grab().save(str(path), "PNG")
        print(path)
    screen.tabs.setCurrentIndex(2)
    settle(app, ctx)
    path = out / f"reconcile_fees_{lang}.png"
    win.grab().save(str(path), "PNG")
    print(path)
    win.close()
    ctx.close()


def report_page(out: Path, db_path: Path, tmp: Path, lang: str) -> None:
    from shopguard.core.reconcile import report

    db = connect(db_path)
    data = report.month_report(db, MONTH)
    db.close()
    pdf = write_month_report_pdf(data, tmp / f"report_{lang}.pdf", lang)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: the report page is not rendered")
        return
    stem = out / f"reconcile_report_{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True)
    print(stem.with_suffix(".png"))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    samples = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests" / "data" / "reconcile"
    out.mkdir(parents=True, exist_ok=True)
    app = make_app([sys.argv[0]])
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        os.environ["SHOPGUARD_DATA_DIR"] = str(tmp / "data")
        db_path = tmp / "shop.db"
        prepare(db_path, samples)
        for lang in ("en", "zh_CN"):
            shoot(app, out, db_path, tmp, lang)
            report_page(out, db_path, tmp, lang)


if __name__ == "__main__":
    main()
