"""Make the app icon's PNG, ICO and ICNS files from its SVG source: `python -m build_spec.icons`.

resources/icons/shopguard.svg is the source; the outputs are committed beside it (the window
and the Linux menu use the PNGs, Windows the .ico, macOS the .icns). Qt renders the SVG;
Pillow writes the multi-size ICO and ICNS.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")
    return out


def build(icons: Path = ICONS) -> list[Path]:
    """Write shopguard-<size>.png for every size, shopguard.ico and shopguard.icns."""
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = icons / "shopguard.svg"
    pngs = [render_png(svg, size, icons / f"shopguard-{size}.png") for size in PNG_SIZES]
    ico = icons / "shopguard.ico"
    Image.open(icons / "shopguard-256.png").save(ico, sizes=[(s, s) for s in ICO_SIZES])
    icns = icons / "shopguard.icns"
    with tempfile.TemporaryDirectory() as tmp:  # ICNS wants a 1024 px source (512 @2x)
        Image.open(render_png(svg, 1024, Path(tmp) / "icon-1024.png")).save(icns)
    return [*pngs, ico, icns]


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(ICONS.parents[1]), path.stat().st_size)
