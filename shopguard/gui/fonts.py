"""The bundled CJK font (a GB2312 subset of Noto Sans SC, OFL) for the UI, charts and letters.

A fresh Linux machine often has no Chinese font at all; registering the bundled file with
QFontDatabase and listing it as a fallback family makes Chinese render everywhere.
"""

from __future__ import annotations

import logging
from pathlib import Path

from shopguard.gui.resources import resources_dir

log = logging.getLogger(__name__)

FONT_FILE = "NotoSansSC-GB2312.otf"
BOLD_FONT_FILE = "NotoSansSC-GB2312-Bold.otf"
_registered: list[str] = []


def cjk_font_path(bold: bool = False) -> Path | None:
    """The bundled CJK font file (for matplotlib's font_manager and PDF letters), if present."""
    path = resources_dir() / "fonts" / (BOLD_FONT_FILE if bold else FONT_FILE)
    if bold and not path.exists():
        path = resources_dir() / "fonts" / FONT_FILE
    return path if path.exists() else None


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database; returns their family names. Idempotent."""
    from PySide6.QtGui import QFontDatabase

    if _registered:
        return list(_registered)
    for bold in (False, True):
        path = cjk_font_path(bold)
        if path is None:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)


def apply_app_font() -> str | None:
    """Keep the platform's UI font and add the bundled CJK family as its fallback."""
    from PySide6.QtWidgets import QApplication

    families = register_fonts()
    if not families:
        return None
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    font = app.font()
    current = [f for f in font.families() if f not in families] or [font.family()]
    font.setFamilies([*current, *families])
    app.setFont(font)
    return families[0]


def use_in_matplotlib() -> str | None:
    """Register the bundled font with matplotlib as the fallback for glyphs Latin fonts lack.

    Returns the family name (None without any CJK font). The registration itself is shared
    with the CLI's charts (`shopguard.charts.fonts`), which must not import Qt.
    """
    from shopguard.charts.fonts import register_cjk_font

    return register_cjk_font(cjk_font_path())
