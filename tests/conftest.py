"""Shared fixtures. Tests run offscreen (no display) and against real SQLite files."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data dir."""
    monkeypatch.setenv("SHOPGUARD_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture(autouse=True)
def _reset_clock() -> Iterator[None]:
    from shopguard.core import clock

    yield
    clock.set_now(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    from shopguard.core.workspace import connect

    database = connect(db_path)
    yield database
    database.close()


@pytest.fixture
def sample(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Copy a file from tests/data into tmp and return its path."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copy(DATA / name, target)
        return target

    return copy
