"""Crash handler, bundled font, translations files."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication, QMessageBox

from shopguard.core.paths import log_dir
from shopguard.gui.crash import CrashHandler, setup_logging
from shopguard.gui.fonts import apply_app_font, cjk_font_path, register_fonts
from shopguard.gui.i18n import i18n_dir, module_files, resolve_language


def test_crash_handler_writes_a_scrubbed_log_and_tells_where(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    handler = CrashHandler(log_dir())
    try:
        raise RuntimeError("card 6228480402564890018 exploded")
    except RuntimeError:
        handler.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert handler.last_log is not None and handler.last_log.parent == log_dir()
    text = handler.last_log.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "Traceback" in text
    assert "6228480402564890018" not in text
    box = handler.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert str(handler.last_log) in box.informativeText()
    assert "6228480402564890018" not in box.informativeText()
    box.close()


def test_log_file_never_holds_card_numbers(qapp) -> None:  # type: ignore[no-untyped-def]
    import logging

    path = setup_logging(log_dir())
    logging.getLogger("shopguard.test").warning("refund to 6228480402564890018 failed")
    for h in logging.getLogger().handlers:
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert "refund to" in text and "6228480402564890018" not in text


def test_install_sets_excepthook(qapp) -> None:  # type: ignore[no-untyped-def]
    handler = CrashHandler(log_dir(), show_dialog=False)
    handler.install()
    try:
        assert sys.excepthook == handler.handle
    finally:
        handler.uninstall()
    assert sys.excepthook != handler.handle


def test_bundled_cjk_font_is_registered_and_covers_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    path = cjk_font_path()
    assert path is not None and path.stat().st_size < 5_000_000
    families = register_fonts()
    assert families == ["Noto Sans SC Subset"]
    assert "Noto Sans SC Subset" in QFontDatabase.families()
    raw = QRawFont(str(path), 12)
    for ch in "导入对账单重复刷卡撤销退货￥，。":
        assert raw.supportsCharacter(ord(ch)), ch
    apply_app_font()
    assert "Noto Sans SC Subset" in QApplication.font().families()
    assert QFontMetrics(QApplication.font()).horizontalAdvance("对账单") > 0


def test_every_marked_module_has_a_translation_file() -> None:
    from pathlib import Path

    import shopguard.gui

    package = Path(shopguard.gui.__file__).parent
    for module in module_files(package):
        ts = i18n_dir() / f"{module.stem}_zh_CN.ts"
        assert ts.exists(), ts
        assert ts.with_suffix(".qm").exists(), ts
        assert 'type="unfinished"' not in ts.read_text(encoding="utf-8"), ts


def test_language_resolution() -> None:
    assert resolve_language("zh_CN") == "zh_CN"
    assert resolve_language("en", "zh_CN") == "en"
    assert resolve_language("system", "zh_CN") == "zh_CN"
    assert resolve_language("system", "de_DE") == "en"
    assert resolve_language(None, "zh_TW") == "zh_CN"


def test_matplotlib_draws_chinese_with_the_bundled_font(tmp_path) -> None:
    import warnings

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from shopguard.gui.fonts import use_in_matplotlib

    assert use_in_matplotlib() == "Noto Sans SC Subset"
    fig = Figure(figsize=(3, 2))
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    ax.set_title("每小时刷卡笔数")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font" would be a warning
        fig.savefig(tmp_path / "chart.png")
    assert (tmp_path / "chart.png").stat().st_size > 0
