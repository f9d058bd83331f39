"""Help > About: the version written once, the data promise, and every shipped license."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from shopguard import __version__
from shopguard.gui.about import AboutDialog
from shopguard.gui.licenses import bundled_distributions, load_components

ROOT = Path(__file__).parents[2]


def rows(dialog: AboutDialog) -> dict[str, int]:
    return {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}


def test_version_is_written_once_and_shown_by_the_cli() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "shopguard.__version__"}
    assert importlib.metadata.version("shopguard") == __version__
    done = subprocess.run([sys.executable, "-m", "shopguard", "--version"], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == f"shopguard {__version__}"


def test_about_shows_version_data_promise_and_database(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(tmp_path / "shop.db")
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == f"ShopGuard {__version__}"
    text = dialog.text.text()
    assert "sends nothing anywhere" in text
    assert str(tmp_path / "shop.db") in text


@pytest.mark.parametrize(("component", "phrase"), [
    ("Qt 6 / PySide6", "GNU LESSER GENERAL PUBLIC LICENSE"),
    ("Noto Sans SC (subset)", "SIL OPEN FONT LICENSE"),
    ("matplotlib (with the DejaVu fonts)", "Bitstream Vera"),
    ("NumPy (with OpenBLAS, LAPACK, GCC runtime)", "OpenBLAS"),
    ("Python", "PYTHON SOFTWARE FOUNDATION LICENSE"),
    ("SQLite", "public domain"),
])
def test_each_license_text_is_shown(qtbot, component: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(rows(dialog)[component])
    assert phrase.lower() in dialog.license_text.toPlainText().lower()


def test_every_listed_component_has_a_license_text_and_version() -> None:
    components = load_components()
    assert len(components) >= 20
    for c in components:
        assert c.version, c.name
        assert len(c.license_text()) > 200, c.name


def test_bundle_copies_the_metadata_of_every_distribution_listed() -> None:
    assert {"PySide6-Essentials", "matplotlib", "numpy", "pillow"} <= set(bundled_distributions())


def test_about_in_chinese(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.translations.apply("zh_CN")
    dialog = AboutDialog(ctx.db_path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "关于 ShopGuard"
    assert "不向任何地方发送数据" in dialog.text.text()
    assert dialog.table.horizontalHeaderItem(2).text() == "许可证"
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Noto Sans SC（子集）" in names and "Noto Sans SC (subset)" not in names
    assert "公有领域" in [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]


def test_help_menu_opens_it(window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window.about_action.trigger()
    assert len(opened) == 1 and opened[0].heading.text().endswith(__version__)
