"""The components ShopGuard ships and their licenses (for Help > About; no Qt here).

`resources/licenses/components.toml` lists them. A component tied to a Python distribution
takes its version and license files from that distribution's installed metadata, which the
PyInstaller bundle copies (build_spec/shopguard.spec), so the list reads the same from source
and from the bundle; one whose distribution is not installed is not shipped and not listed.
"""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import sqlite3
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from shopguard.gui.resources import resources_dir


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    license: str
    texts: list[Path] = field(default_factory=list)
    name_zh: str = ""
    license_zh: str = ""

    def shown(self, chinese: bool) -> tuple[str, str]:
        """(name, license) in the UI's language."""
        if chinese:
            return self.name_zh or self.name, self.license_zh or self.license
        return self.name, self.license

    def license_text(self) -> str:
        """Every license file of the component, each under a line naming it."""
        parts = []
        for path in self.texts:
            try:
                body = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            parts.append(f"==== {path.name} ====\n\n{body.strip()}\n")
        return "\n".join(parts)


def components_file() -> Path:
    return resources_dir() / "licenses" / "components.toml"


def bundled_distributions(path: Path | None = None) -> list[str]:
    """The distributions whose metadata the bundle must carry (for the spec)."""
    entries = tomllib.loads((path or components_file()).read_text(encoding="utf-8"))["component"]
    return sorted({e["distribution"] for e in entries if "distribution" in e})


def _distribution_files(dist: metadata.Distribution) -> list[Path]:
    found = []
    for file in dist.files or []:
        if "licen" in file.name.lower() or file.name.upper().startswith("COPYING"):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append(path)
    return found


def _runtime_version(kind: str) -> str:
    if kind == "python":
        return platform.python_version()
    if kind == "sqlite":
        return sqlite3.sqlite_version
    return kind


def load_components(path: Path | None = None) -> list[Component]:
    """The shipped components in the file's order (those whose distribution is missing left out)."""
    path = path or components_file()
    out = []
    for entry in tomllib.loads(path.read_text(encoding="utf-8"))["component"]:
        texts = [(path.parent / name).resolve() for name in entry.get("files", [])]
        version = _runtime_version(entry.get("version", ""))
        if "distribution" in entry:
            try:
                dist = metadata.distribution(entry["distribution"])
            except metadata.PackageNotFoundError:
                continue
            version = dist.version
            texts += _distribution_files(dist)
        out.append(Component(entry["name"], version, entry["license"], texts,
                             entry.get("name_zh", ""), entry.get("license_zh", "")))
    return out
