"""The layering of the code base, stated once and checked on every module (imports inside
functions count too).

- Nothing in `shopguard/core/` imports Qt: the core runs headless.
- `core/importing` knows nothing of detection, procedures or reconciliation.
- `core/store` imports no capability package: it is the one face of the database.
- The shared top-level core modules import no package; only `core/workspace.py`, the
  composition root, may import them all.
- `cli/`, `gui/` and `charts/` reach the core only through a package's public names (its
  `__all__`) or the shared modules, never `shopguard.core.<package>.<module>` directly.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1] / "shopguard"
CORE = ROOT / "core"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "matplotlib.backends.backend_qtagg"}
CAPABILITIES = {"importing", "detection", "procedures", "insights", "reconcile"}
PACKAGES = CAPABILITIES | {"store"}
SHARED = {"models", "clock", "paths", "changes", "money", "pan", "files", "notes",
          "workspace"}
FORBIDDEN = {
    "importing": {"detection", "procedures", "reconcile"},
    "store": CAPABILITIES,
}


def imports(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(module, names) for every import statement in `path`; `import a.b` gives ('a.b', [])."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, [alias.name for alias in node.names]


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def core_package(module: str) -> str | None:
    """'shopguard.core.store.audit' -> 'store'; None outside the core."""
    parts = module.split(".")
    return parts[2] if parts[:2] == ["shopguard", "core"] and len(parts) > 2 else None


def qt_violations(paths: list[Path]) -> list[str]:
    return [f"{_rel(p)} imports {name}" for p in paths for name, _ in imports(p)
            if name.split(".")[0] in QT_ROOTS or name in QT_ROOTS]


def package_violations(package: str, paths: list[Path]) -> list[str]:
    banned = FORBIDDEN.get(package, set())
    return [f"{_rel(p)} imports {name}" for p in paths for name, _ in imports(p)
            if core_package(name) in banned]


def shared_violations(paths: list[Path]) -> list[str]:
    return [f"{_rel(p)} imports {name}" for p in paths for name, _ in imports(p)
            if core_package(name) in PACKAGES]


def public_names(package: str) -> set[str]:
    return set(importlib.import_module(f"shopguard.core.{package}").__all__)


def front_end_violations(paths: list[Path]) -> list[str]:
    found = []
    for p in paths:
        for name, names in imports(p):
            package = core_package(name)
            if package is None:
                continue
            where = f"{_rel(p)}: {name}"
            depth = len(name.split("."))
            if package in SHARED and depth == 3:
                continue
            if package in PACKAGES and depth == 3 and names:
                private = sorted(set(names) - public_names(package))
                if private:
                    found.append(f"{where} imports {', '.join(private)} (not in its __all__)")
                continue
            found.append(f"{where} reaches past the package's public names")
    return found


def py_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_core_never_imports_qt() -> None:
    assert len(py_files(CORE)) > 5
    assert qt_violations(py_files(CORE)) == []


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_what_it_must_not_know(package: str) -> None:
    assert package_violations(package, py_files(CORE / package)) == []


def test_shared_modules_import_no_package() -> None:
    shared = [CORE / f"{name}.py" for name in sorted(SHARED - {"workspace"})]
    assert all(p.exists() for p in shared)
    assert shared_violations(shared) == []


def test_every_package_states_its_public_names() -> None:
    for package in sorted(PACKAGES):
        names = public_names(package)
        module = importlib.import_module(f"shopguard.core.{package}")
        assert all(hasattr(module, n) for n in names), package


def test_front_ends_use_public_names_only() -> None:
    paths = py_files(ROOT / "cli") + py_files(ROOT / "gui") + py_files(ROOT / "charts")
    assert len(paths) > 20
    assert front_end_violations(paths) == []


# -- each rule catches what it is for -------------------------------------------------------

@pytest.fixture
def probe(tmp_path: Path) -> Callable[[str], list[Path]]:
    """Write a throw-away module and return it, ready for a rule."""
    def write(text: str) -> list[Path]:
        path = tmp_path / f"probe_{len(list(tmp_path.iterdir()))}.py"
        path.write_text(text, encoding="utf-8")
        return [path]

    return write


def test_the_rules_catch_violations(probe: Callable[[str], list[Path]]) -> None:
    assert qt_violations(probe("from PySide6.QtCore import QObject\n"))
    assert package_violations("importing", probe(
        "def f():\n    from shopguard.core.procedures.cases import link_resolutions\n"))
    assert package_violations("store", probe("import shopguard.core.detection.schema\n"))
    assert shared_violations(probe("from shopguard.core.store import settings\n"))
    assert front_end_violations(probe("from shopguard.core.detection.scan import scan\n"))
    assert front_end_violations(probe("from shopguard.core.store import _private\n"))
    assert not front_end_violations(probe("from shopguard.core.store import settings\n"
                                          "from shopguard.core.money import format_money\n"))
