"""What the bundle keeps and leaves out (build_spec/trim.py), on the paths PyInstaller uses."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from build_spec import trim

ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",                 # the Linux desktop
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",           # headless letters/charts
    "PySide6/plugins/platforms/qwindows.dll",                  # Windows wheel layout
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",  # printing letters
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",  # Pinyin input
    "PySide6/Qt/plugins/imageformats/libqsvg.so",              # matplotlib toolbar icons
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",                 # Qt's own dialogs in Chinese
    "PySide6/Qt/lib/libicudata.so.73",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
    "matplotlib/mpl-data/fonts/ttf/LICENSE_DEJAVU",
    "matplotlib/mpl-data/matplotlibrc",
    "matplotlib/mpl-data/images/home.svg",
    "resources/i18n/main_window_zh_CN.qm",
    "libxcb-cursor.so.0",                                      # what a bare machine lacks
])
def test_keeps_what_the_app_uses(dest: str) -> None:
    assert trim.keep(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/plugins/imageformats/qwebp.dll",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_zh_CN.qm",
    "PySide6\\translations\\qtbase_fr.qm",
    "matplotlib/mpl-data/sample_data/goog.npz",
    "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",
    "matplotlib/mpl-data/fonts/ttf/cmr10.ttf",
    "matplotlib/mpl-data/fonts/afm/pagd8a.afm",
    "libcups.so.2",
])
def test_leaves_out_what_it_does_not(dest: str) -> None:
    assert not trim.keep(dest)


def _fake_needed(graph: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    return lambda src: graph.get(src, [])


def test_prune_keeps_what_kept_files_link_and_drops_the_rest() -> None:
    entries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libfontconfig.so.1", "/s/fontconfig", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/qxcb", "BINARY"),
        ("libxcb-icccm.so.4", "/s/icccm", "BINARY"),
        ("libgtk-3.so.0", "/s/gtk", "BINARY"),        # only a dropped theme plugin linked it
        ("libcairo.so.2", "/s/cairo", "BINARY"),      # only gtk linked it
        ("libpython3.11.so.1.0", "/s/libpython", "BINARY"),
        ("libz.so.1", "/s/z", "BINARY"),
    ]
    graph = {
        "/s/QtGui": ["libQt6Gui.so.6"],
        "/s/libQt6Gui": ["libfontconfig.so.1"],
        "/s/qxcb": ["libxcb-icccm.so.4", "libQt6Gui.so.6"],
        "/s/gtk": ["libcairo.so.2"],
        "/s/libpython": ["libz.so.1"],
    }
    kept, dropped = trim.prune(entries, _fake_needed(graph))
    assert [e[0] for e in dropped] == ["libgtk-3.so.0", "libcairo.so.2"]
    assert len(kept) + len(dropped) == len(entries)
    assert ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK") in kept


def test_strip_only_files_with_debug_sections_that_auditwheel_did_not_patch() -> None:
    assert trim.strip_candidate("libpython3.11.so.1.0", ["/opt/python/lib"], True)
    assert trim.strip_candidate("kiwisolver/_cext.so", [], True)
    assert not trim.strip_candidate("kiwisolver/_cext.so", [], False)
    assert not trim.strip_candidate("PIL/_imaging.so", ["$ORIGIN/../pillow.libs"], True)
    assert not trim.strip_candidate("numpy.libs/libscipy_openblas64_.so", [], True)


def test_no_shopguard_module_imports_an_excluded_module() -> None:
    """Excluding a module the app imports would break only the bundle: catch it here."""
    found = []
    for path in (ROOT / "shopguard").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if isinstance(node, ast.ImportFrom) and node.module:
                names += [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if any(name == m or name.startswith(m + ".") for m in trim.EXCLUDED_MODULES):
                    found.append(f"{path.relative_to(ROOT)}: {name}")
    assert found == []
