"""Making files and folders read-only in tests, also when the tests run as root.

Root ignores permission bits, so there `chattr +i` (an immutable inode, ext2/3/4) is used; a
test is skipped only where neither way makes the path refuse writes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _refuses_writes(path: Path) -> bool:
    probe = path / ".probe" if path.is_dir() else path
    try:
        if path.is_dir():
            probe.write_bytes(b"x")
            probe.unlink()
        else:
            with open(path, "ab"):
                pass
    except OSError:
        return True
    return False


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """`path` (a file or folder) refuses writes inside the block; restored afterwards."""
    mode = path.stat().st_mode
    path.chmod(stat.S_IMODE(mode) & ~0o222)
    immutable = False
    try:
        if not _refuses_writes(path):
            chattr = shutil.which("chattr")
            if chattr and subprocess.run([chattr, "+i", str(path)],
                                         capture_output=True).returncode == 0:
                immutable = True
            if not _refuses_writes(path):
                pytest.skip("cannot make a path read-only here (root without chattr)")
        yield path
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        path.chmod(stat.S_IMODE(mode))


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0
