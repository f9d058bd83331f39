"""Issue 11 item 4: `case letter --out` never reports success for a letter that was not
written — a missing or read-only folder, a full disk — and never leaves half a PDF."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from shopguard.cli import main
from tests.fs_helpers import read_only
from tests.gui.test_letters import worked_case  # noqa: F401 (fixture)
from tests.procedures.conftest import add_txn, duplicate  # noqa: F401 (fixtures)

pytestmark = pytest.mark.gui


def _letter(db_path: Path, case_id: int, out: Path) -> int:
    return main(["--db", str(db_path), "case", "letter", str(case_id), "--out", str(out)])


def test_a_missing_folder_is_reported_not_created(
        qapp: object, db: Database, db_path: Path, worked_case: int,  # noqa: F811
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "Disputes" / "letter.pdf"
    assert _letter(db_path, worked_case, out) == 1
    captured = capsys.readouterr()
    assert "written to" not in captured.out
    assert f"the folder {out.parent} does not exist; nothing was written" in captured.err
    assert not out.parent.exists()


def test_a_read_only_folder_is_reported(
        qapp: object, db: Database, db_path: Path, worked_case: int,  # noqa: F811
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder):
        code = _letter(db_path, worked_case, folder / "letter.pdf")
    captured = capsys.readouterr()
    assert code == 1 and "written to" not in captured.out
    assert "nothing was written" in captured.err
    assert list(folder.iterdir()) == []


def test_a_full_disk_is_reported_and_the_old_letter_kept(
        qapp: object, db: Database, db_path: Path, worked_case: int,  # noqa: F811
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "letter.pdf"
    assert _letter(db_path, worked_case, out) == 0
    assert "written to" in capsys.readouterr().out
    before = out.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)  # where a full disk shows for buffered writes
    assert _letter(db_path, worked_case, out) == 1
    captured = capsys.readouterr()
    assert "written to" not in captured.out
    assert "the disk is full; nothing was written" in captured.err
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("unshare") is None,
                    reason="needs Linux user namespaces for a private tmpfs")
def test_a_really_full_disk(qapp: object, db: Database, db_path: Path,
                            worked_case: int, tmp_path: Path) -> None:  # noqa: F811
    """The letter into an 8 KiB tmpfs (a private mount): exit 1, no file, plain words."""
    db.close()
    mount = tmp_path / "small"
    mount.mkdir()
    root = Path(__file__).resolve().parents[2]
    command = (f'mount -t tmpfs -o size=8k tmpfs "$1" && cd "{root}" && exec "{sys.executable}"'
               f' -m shopguard --db "$2" case letter {worked_case} --out "$1/letter.pdf";'
               ' echo "files: $(ls -A "$1")"')
    run = subprocess.run(["unshare", "-rm", "sh", "-c", command, "sh", str(mount),
                          str(db_path)], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if "mount:" in run.stderr:
        pytest.skip(f"no private tmpfs here: {run.stderr.strip()[:200]}")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "written to" not in run.stdout
    assert "nothing was written" in run.stderr and "unexpected" not in run.stderr
