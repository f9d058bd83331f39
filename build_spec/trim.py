"""What the bundle leaves out of what PyInstaller collects, and why (one rule per line).

PyInstaller collects every Qt plugin group a used Qt module may need, every Qt translation,
all of matplotlib's data and the system libraries those plugins link. ShopGuard is a widgets
app on X11 (XWayland on Wayland desktops), Windows or macOS that shows charts, prints letters
and writes PDFs: `keep(dest)` says which collected files it needs; `prune(...)` then drops the
shared libraries nothing kept still links (Linux); `strip_candidates(...)` names the files
whose debug sections can go.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Python modules never imported at run time (or whose only user is excluded here).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter",          # no Tk anywhere
    "PySide6.QtNetwork",             # no network use at all (nothing is sent anywhere)
    "PySide6.QtDBus",                # Python binding only; libQt6DBus stays (QtGui links it)
    "PySide6.QtOpenGL", "PySide6.QtQml", "PySide6.QtQuick",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",  # charts write PNG/SVG/PDF
    "PIL._imagingtk", "PIL.ImageTk",
    "numpy.f2py", "numpy.testing", "pydoc", "doctest",
]

# Qt plugin groups that serve nothing this app does.
DROP_PLUGIN_GROUPS = {
    "egldeviceintegrations", "generic",       # eglfs / evdev: kiosk devices without a desktop
    "networkinformation", "tls",              # QtNetwork is not used
    "platformthemes",                         # GTK / portal themes (drag in GTK, cairo, pango)
    "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-shell-integration",              # X11 through XWayland instead (see platforms)
    "multimedia", "sceneparsers", "geometryloaders", "renderers", "renderplugins",
    "sqldrivers", "qmltooling", "position", "sensors", "texttospeech", "canbus",
}
# Platform plugins: the desktop (xcb, windows, cocoa) and the headless ones for scripts.
KEEP_PLATFORMS = {"xcb", "windows", "cocoa", "offscreen", "minimal"}
# Image formats: PNG is built in; SVG for matplotlib's toolbar icons, ICO for Windows, JPEG
# for a logo a user might put into a letter.
KEEP_IMAGE_FORMATS = {"svg", "ico", "jpeg"}
# Qt's own translations: only the one Chinese catalogue the app loads (qtbase_zh_CN.qm).
KEEP_QT_TRANSLATIONS = {"qtbase_zh_CN.qm"}

# Data files not needed (globs on the bundle path).
DROP_DATA = [
    "matplotlib/mpl-data/sample_data/*",
    "matplotlib/mpl-data/fonts/afm/*",          # Adobe core fonts: only with pdf.use14corefonts
    "matplotlib/mpl-data/fonts/pdfcorefonts/*",
    "matplotlib/mpl-data/fonts/ttf/cm*",        # TeX Computer Modern: mathtext fontset "cm" only
    "matplotlib/mpl-data/fonts/ttf/STIX*",      # mathtext fontset "stix" only
    "matplotlib/mpl-data/fonts/ttf/LICENSE_STIX",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSerif*",    # charts use sans-serif only
    "matplotlib/mpl-data/fonts/ttf/DejaVuSansMono*",
    "matplotlib/mpl-data/images/*.pdf",         # toolbar icons: PNG/SVG are used
]

# System libraries that make sense only with the system's own service: printing needs a CUPS
# installation anyway, so the CUPS client library comes from the system (without it the print
# dialog offers PDF only).
DROP_LIBRARIES = ["libcups.so*"]


def _parts(dest: str) -> list[str]:
    return PurePosixPath(dest.replace("\\", "/")).parts  # type: ignore[return-value]


def _plugin_stem(filename: str) -> str:
    """'libqxcb.so' / 'qwindows.dll' / 'libqcocoa.dylib' -> 'xcb' / 'windows' / 'cocoa'."""
    stem = filename.split(".")[0]
    stem = stem.removeprefix("lib")
    return stem.removeprefix("q")


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) goes into the bundle."""
    parts = list(_parts(dest))
    name = parts[-1]
    if parts and parts[0] == "PySide6":
        if "translations" in parts[:-1]:
            return name in KEEP_QT_TRANSLATIONS
        if "plugins" in parts[:-1]:
            group = parts[parts.index("plugins") + 1]
            if group in DROP_PLUGIN_GROUPS:
                return False
            if group == "platforms":
                return _plugin_stem(name) in KEEP_PLATFORMS
            if group == "imageformats":
                return _plugin_stem(name) in KEEP_IMAGE_FORMATS
            return True
    path = "/".join(parts)
    if any(fnmatch.fnmatch(path, pattern) for pattern in DROP_DATA):
        return False
    return not (len(parts) == 1 and any(fnmatch.fnmatch(name, p) for p in DROP_LIBRARIES))


Entry = tuple[str, str, str]  # PyInstaller TOC entry: (dest, source, typecode)


def prune(entries: Iterable[Entry], needed: Callable[[str], list[str]]) -> tuple[list[Entry], list[Entry]]:
    """Split binaries into (kept, dropped): a shared library is kept when something kept links it.

    Roots are Python extension modules, Qt plugins and libpython; `needed(source)` gives the
    sonames a file links. Symlinks follow their target. Returns both lists in input order.
    """
    entries = list(entries)
    by_name: dict[str, list[Entry]] = {}
    by_dest = {e[0]: e for e in entries}
    for e in entries:
        by_name.setdefault(_parts(e[0])[-1], []).append(e)

    def is_root(e: Entry) -> bool:
        parts = _parts(e[0])
        return e[2] == "EXTENSION" or "plugins" in parts[:-1] or parts[-1].startswith("libpython")

    reached: set[str] = set()
    todo = [e for e in entries if is_root(e)]
    while todo:
        e = todo.pop()
        if e[0] in reached:
            continue
        reached.add(e[0])
        if e[2] == "SYMLINK":
            if e[1] in by_dest:
                todo.append(by_dest[e[1]])
            continue
        for soname in needed(e[1]):
            todo.extend(by_name.get(PurePosixPath(soname).name, []))
    kept = [e for e in entries if e[0] in reached]
    dropped = [e for e in entries if e[0] not in reached]
    return kept, dropped


def strip_candidate(dest: str, rpath: list[str], has_debug_info: bool) -> bool:
    """Strip debug sections only where it is safe: not auditwheel-patched files (an `$ORIGIN`
    RPATH, or vendored into a `*.libs` folder), whose segments `strip` misaligns."""
    if not has_debug_info:
        return False
    if any(part.endswith(".libs") for part in _parts(dest)[:-1]):
        return False
    return not any("$ORIGIN" in p for p in rpath)
