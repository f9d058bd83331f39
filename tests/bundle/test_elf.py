"""The ELF reader the Linux build trims and strips with, checked on real Qt binaries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from build_spec import elf

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF is Linux")


def qt_plugin(name: str) -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / name


def test_reads_what_the_xcb_plugin_links() -> None:
    info = elf.read(qt_plugin("platforms/libqxcb.so"))
    # The libraries a bare machine lacks, and Qt's own, by soname.
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0",
            "libQt6XcbQpa.so.6", "libQt6Gui.so.6"} <= set(info.needed)
    assert any("$ORIGIN" in p for p in info.rpath)
    assert ".dynamic" in info.sections
    assert not info.has_debug_info  # Qt's wheels ship stripped


def test_library_links_qt_core_and_an_extension_module_links_its_library() -> None:
    import PySide6

    package = Path(PySide6.__file__).parent
    assert "libQt6Core.so.6" in elf.read(package / "Qt" / "lib" / "libQt6Gui.so.6").needed
    binding = next(package.glob("QtGui.*.so"))
    assert "libQt6Gui.so.6" in elf.read(binding).needed


def test_not_elf(tmp_path: Path) -> None:
    text = tmp_path / "x.so"
    text.write_text("not a library")
    assert not elf.is_elf(text)
    with pytest.raises(ValueError, match="not an ELF file"):
        elf.read(text)
