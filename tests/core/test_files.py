"""Every file ShopGuard writes appears whole or not at all, and failures say why."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from shopguard.core.files import FileWriteError, open_atomically, pdf_complete, write_atomically
from tests.fs_helpers import read_only


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_written_whole_and_renamed(tmp_path: Path) -> None:
    out = tmp_path / "letter.txt"
    with open_atomically(out, "w", encoding="utf-8") as fh:
        fh.write("hello")
        assert not out.exists()  # nothing under the target name until the end
    assert out.read_text(encoding="utf-8") == "hello"
    assert _leftovers(tmp_path) == []


def test_an_existing_file_is_replaced_only_on_success(tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    out.write_text("old")
    with pytest.raises(RuntimeError), open_atomically(out, "w") as fh:
        fh.write("half")
        raise RuntimeError("writer failed")
    assert out.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_missing_folder_is_reported_before_any_work(tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "letter.pdf"
    with pytest.raises(FileWriteError) as err, write_atomically(out):
        pytest.fail("the block must not run")
    assert "does not exist" in str(err.value) and "不存在" in err.value.zh
    assert not out.parent.exists()


def test_read_only_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    with (read_only(folder), pytest.raises(FileWriteError) as err,
          write_atomically(folder / "letter.pdf") as tmp):
        tmp.write_bytes(b"x")
    assert "permission" in str(err.value) or "read-only" in str(err.value)
    assert list(folder.iterdir()) == []


def test_full_disk_while_writing_is_reported(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "export.csv"

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)  # the kernel reports a full disk at the flush
    with pytest.raises(FileWriteError) as err, open_atomically(out, "w") as fh:
        fh.write("a,b\n")
    assert "disk is full" in str(err.value) and "磁盘已满" in err.value.zh
    assert not out.exists() and _leftovers(tmp_path) == []


def test_full_disk_on_write_is_reported(tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    with pytest.raises(FileWriteError) as err, write_atomically(out):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert "disk is full" in str(err.value)
    assert not out.exists()


def test_a_writer_that_produced_nothing_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    with pytest.raises(FileWriteError) as err, write_atomically(out):
        pass  # e.g. QPdfWriter that could not write: no error, no bytes
    assert "empty" in str(err.value)
    assert not out.exists()


def test_check_refuses_an_incomplete_file(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    with pytest.raises(FileWriteError) as err, write_atomically(out, check=pdf_complete) as tmp:
        tmp.write_bytes(b"%PDF-1.4\n1 0 obj")  # cut short
    assert "incomplete" in str(err.value)
    assert not out.exists()
    with write_atomically(out, check=pdf_complete) as tmp:
        tmp.write_bytes(b"%PDF-1.4\n1 0 obj\n%%EOF\n")
    assert out.exists()


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError) as err, write_atomically(tmp_path):
        pass
    assert "is a folder" in str(err.value)


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("unshare") is None,
                    reason="needs Linux user namespaces for a private tmpfs")
def test_a_really_full_disk(tmp_path: Path) -> None:
    """On a 64 KiB tmpfs (private mount namespace): a 1 MB file fails in plain words."""
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from pathlib import Path
        from shopguard.core.files import FileWriteError, open_atomically
        out = Path(sys.argv[1]) / "big.csv"
        try:
            with open_atomically(out, "wb") as fh:
                fh.write(b"x" * 1_000_000)
        except FileWriteError as exc:
            print("REFUSED", exc, sorted(p.name for p in out.parent.iterdir()))
        else:
            print("WRITTEN")
    """)
    mount = tmp_path / "small"
    mount.mkdir()
    run = subprocess.run(
        ["unshare", "-rm", "sh", "-c",
         f'mount -t tmpfs -o size=64k tmpfs "$1" && exec "{sys.executable}" -c "$2" "$1"',
         "sh", str(mount), script], capture_output=True, text=True, timeout=60)
    if "mount" in run.stderr or (run.returncode != 0 and not run.stdout):
        pytest.skip(f"no private tmpfs here: {run.stderr.strip()[:200]}")
    assert run.stdout.startswith("REFUSED"), run.stdout + run.stderr
    assert "disk is full" in run.stdout and run.stdout.rstrip().endswith("[]")
