"""Make matplotlib draw Chinese: register the bundled CJK font as a fallback after Latin.

One function for the CLI and the GUI. The GUI passes the path the app shell found
(`shopguard.gui.fonts.cjk_font_path()`); the CLI, which must not import Qt, looks in the
same `resources/fonts/` folder itself, then falls back to a CJK font installed on the system.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib import font_manager, rcParams

FONT_SUFFIXES = (".otf", ".ttf", ".ttc", ".otc")
SYSTEM_CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
                       "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "SimHei",
                       "Heiti SC", "Arial Unicode MS")

_registered: str | None = None


def resource_font_dirs() -> list[Path]:
    """Where the bundled font is: `resources/fonts/` of the source tree or a frozen app."""
    from shopguard.core.paths import resources_dir

    return [resources_dir() / "fonts"]


def find_bundled_font() -> Path | None:
    for folder in resource_font_dirs():
        if folder.is_dir():
            fonts = [p for p in sorted(folder.iterdir()) if p.suffix.lower() in FONT_SUFFIXES]
            regular = [p for p in fonts if "bold" not in p.name.lower()]
            if regular or fonts:
                return (regular or fonts)[0]
    return None


def _system_family() -> str | None:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in SYSTEM_CJK_FAMILIES if name in installed), None)


def register_cjk_font(path: Path | str | None = None) -> str | None:
    """Register a CJK font with matplotlib (once) and put it after the Latin default in
    ``font.family`` so each glyph missing from the Latin font falls back to it. Returns
    its family name, or None when no CJK font exists anywhere (Chinese would draw as boxes)."""
    global _registered
    if _registered is not None:
        return _registered
    font_path = Path(path) if path else find_bundled_font()
    family: str | None = None
    if font_path is not None and font_path.is_file():
        font_manager.fontManager.addfont(str(font_path))
        family = font_manager.FontProperties(fname=str(font_path)).get_name()
    else:
        family = _system_family()
    if family is None:
        return None
    current = [f for f in rcParams["font.sans-serif"] if f != family]
    latin = current[:1] or ["DejaVu Sans"]
    rcParams["font.sans-serif"] = [*latin, family, *current[1:]]
    # matplotlib falls back glyph by glyph along `font.family` (not inside the generic
    # "sans-serif" alias), so name both families there.
    rcParams["font.family"] = [*latin, family]
    rcParams["axes.unicode_minus"] = False  # the CJK font may lack U+2212
    _registered = family
    return family
