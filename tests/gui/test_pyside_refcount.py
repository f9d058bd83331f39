"""Guard against a PySide6 build that mis-counts references to None (6.12.0 on Python 3.11).

Such a build kills the app after a few thousand widget calls ("deallocating None"). This
test fails fast with a clear message instead of a random crash later.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    lost = before - sys.getrefcount(None)
    assert lost < 50, (f"PySide6 {PySide6.__version__} drops a reference to None on every void "
                       f"call ({lost} lost in 200 calls): use a version pyproject.toml allows")
