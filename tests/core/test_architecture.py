"""The core never imports Qt (it must run headless and stay testable without a display)."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).parents[2] / "shopguard" / "core"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "matplotlib.backends.backend_qtagg"}


def _imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_modules_exist() -> None:
    assert len(list(CORE.rglob("*.py"))) > 5


def test_core_never_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(CORE)} imports {name}"
        for path in CORE.rglob("*.py")
        for name in _imported_modules(path)
        if name.split(".")[0] in QT_ROOTS or name in QT_ROOTS
    ]
    assert offenders == []


def test_the_scan_catches_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imported_modules(bad)
