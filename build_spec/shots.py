"""What every screenshot script shares: a private data dir, and one run per UI language."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "zh_CN")

# shoot(app, out_dir, scratch_dir, lang): writes the screenshots of one language.
Shoot = Callable[[QApplication, Path, Path, str], None]


def shoot_both_languages(shoot: Shoot) -> None:
    """Run `shoot` in English and Chinese into argv[1] (default docs/screenshots), with the
    app's data in a temporary folder so the user's own settings and database are untouched."""
    from shopguard.gui.app import make_app

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = make_app([sys.argv[0]])
    with tempfile.TemporaryDirectory() as d:
        os.environ["SHOPGUARD_DATA_DIR"] = str(Path(d) / "data")
        for lang in LANGUAGES:
            shoot(app, out, Path(d), lang)
