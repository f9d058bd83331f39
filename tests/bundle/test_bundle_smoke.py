"""The built bundle, end to end (build_spec/smoke.py): only with SHOPGUARD_BUNDLE_TEST=1.

Building takes minutes and needs the `bundle` extra, Xvfb, xdotool, ImageMagick and
poppler-utils, so the regular suite skips it; the forge CI and a release check run it. The
parts that need no bundle are tested in the regular suite (tests/bundle/test_trim.py,
test_elf.py, tests/gui/test_platform_check.py, test_about.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

pytestmark = pytest.mark.skipif(os.environ.get("SHOPGUARD_BUNDLE_TEST") != "1",
                                reason="set SHOPGUARD_BUNDLE_TEST=1 to build and smoke-test the bundle")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke drives X11")
def test_build_and_smoke(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run([sys.executable, "-m", "build_spec.smoke", "--build", "--out", str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "smoke passed" in done.stdout
    for shot in ("1_welcome", "2_demo_overview", "3_import_result", "4_charts"):
        assert (tmp_path / f"{shot}.png").stat().st_size > 10_000
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
