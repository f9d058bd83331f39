"""Where ShopGuard keeps its files (platformdirs picks the per-OS user data dir)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "ShopGuard"


def data_dir() -> Path:
    """The user data dir; ``SHOPGUARD_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("SHOPGUARD_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "shopguard.db"


def mappings_dir(db_path: Path) -> Path:
    """Saved column mappings live beside the database they were made for, as JSON files."""
    path = db_path.resolve().parent / "mappings"
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """`resources/` beside the package (source checkout, editable install) or in a frozen bundle."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
