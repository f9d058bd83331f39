"""Screenshots of the case wizard and the case letter, in English and Chinese.

Run from the repository root:  QT_QPA_PLATFORM=offscreen python tools/shoot_cases.py
Writes docs/screenshots/case_wizard_*.png, case_letter_*.png and letter_preview_*.png (the
print preview dialog at 1024x700), from a temporary database.
The letters are the real PDFs rasterised with pdftoppm (poppler-utils).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def seed(db_path: Path) -> int:
    from shopguard.core import clock
    from shopguard.core.procedures import cases
    from shopguard.core.store import settings
    from shopguard.core.workspace import connect

    db = connect(db_path)
    db.conn.execute("INSERT INTO imports (file_name, file_path, sha256, format, imported_at)"
                    " VALUES ('allinpay.csv', 'allinpay.csv', 'x', 'allinpay', '2026-09-11')")
    for i, (at, ref, vou) in enumerate([("2026-09-10T12:30:05", "091012300501", "000101"),
                                        ("2026-09-10T12:30:52", "091012305202", "000102")]):
        db.conn.execute(
            "INSERT INTO transactions (occurred_at, merchant_id, terminal_id, card, type, status,"
            " amount_minor, currency, reference_no, voucher_no, batch_no, operator, import_id,"
            " source_line, natural_key) VALUES (?, '898310058120001', '10230001',"
            " '622848******0118', 'sale', 'success', 5800, 'CNY', ?, ?, '000001', '王芳', 1, ?, ?)",
            (at, ref, vou, i + 1, f"k{i}"))
    settings.set_value(db, "shop_name", "幸福小卖部")
    settings.set_value(db, "shop_contact", "王芳 138-0000-0000")
    settings.set_value(db, "acquirer", "拉卡拉")
    settings.set_value(db, "staff", "王芳, 李娜")
    clock.set_now(datetime(2026, 9, 10, 15, 0))
    case = cases.open_case(db, [1, 2], actor="王芳")
    cases.tick_step(db, case.id, "find_slip", "王芳")
    cases.tick_step(db, case.id, "check_time", "王芳")
    cases.tick_step(db, case.id, "void_on_terminal", "王芳",
                    {"new_voucher_no": "000103", "new_reference_no": "091015000003"})
    db.close()
    return case.id


def letter_png(db_path: Path, case_id: int, lang: str, out: Path) -> None:
    """The real PDF, rasterised by poppler's pdftoppm (apt-get install poppler-utils)."""
    from shopguard.core.procedures.letter import build_letter
    from shopguard.core.workspace import connect
    from shopguard.gui.letters import write_pdf

    db = connect(db_path)
    pdf = write_pdf(build_letter(db, case_id, lang=lang), out.with_suffix(".pdf"))
    db.close()
    subprocess.run(["pdftoppm", "-r", "90", "-png", "-singlefile", str(pdf),
                    str(out.with_suffix(""))], check=True)
    pdf.unlink()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from shopguard.gui.case_wizard import CaseWizard
    from shopguard.gui.context import AppContext
    from shopguard.gui.fonts import apply_app_font
    from shopguard.gui.letter_preview import preview_letter

    apply_app_font()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "shop.db"
        case_id = seed(db_path)
        for lang in ("en", "zh_CN"):
            ctx = AppContext(db_path, qsettings=QSettings(str(Path(tmp) / "ui.ini"),
                                                          QSettings.Format.IniFormat))
            ctx.set_language(lang)
            ctx.actor = "王芳"
            wizard = CaseWizard(ctx, case_id)
            wizard.resize(820, 640)
            wizard.show()
            app.processEvents()
            wizard.grab().save(str(OUT / f"case_wizard_summary_{lang}.png"))
            for _ in range(3):
                wizard.next()
            app.processEvents()
            wizard.grab().save(str(OUT / f"case_wizard_step_{lang}.png"))
            wizard.close()
            from shopguard.gui.screens.cases import CasesScreen

            screen = CasesScreen(ctx)
            screen.resize(900, 420)
            screen.show()
            app.processEvents()
            screen.grab().save(str(OUT / f"case_list_{lang}.png"))
            screen.table.selectRow(0)
            preview = preview_letter(screen, ctx, case_id, lang)
            preview.resize(1024, 700)
            for _ in range(5):
                app.processEvents()
            preview.grab().save(str(OUT / f"letter_preview_{lang}.png"))
            preview.close()
            screen.close()
            ctx.close()
            letter_png(db_path, case_id, lang, OUT / f"case_letter_{lang}.png")
    print("\n".join(str(p) for p in sorted([*OUT.glob("case_*.png"),
                                             *OUT.glob("letter_preview_*.png")])))


if __name__ == "__main__":
    main()
