"""The application icon (resources/icons/, made from shopguard.svg by build_spec/icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from shopguard.gui.resources import resources_dir

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_file(size: int) -> str:
    return str(resources_dir() / "icons" / f"shopguard-{size}.png")


def app_icon() -> QIcon:
    """Every rendered size, so each place (title bar, task bar, Alt+Tab) gets a sharp one."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(icon_file(size))
    return icon
