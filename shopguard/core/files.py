"""Writing a file whole or not at all: every file ShopGuard writes goes through here.

The content goes to a temporary file beside the target; when the writer is done the file is
flushed to disk, checked (it exists, is not empty, and passes the caller's check) and renamed
over the target in one step. Any failure — a full disk, a read-only or missing folder, a
writer that silently produced nothing — removes the temporary file, leaves the target as it
was, and raises `FileWriteError` with a plain message in English and Chinese.

    with write_atomically(out) as tmp:        # a path: for QPdfWriter, openpyxl, savefig ...
        writer = QPdfWriter(str(tmp)); ...
    with open_atomically(out, "w", encoding="utf-8") as fh:   # a file object
        fh.write(text)
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

Check = Callable[[Path], "str | None"]  # returns what is wrong with the written file, or None


class FileWriteError(OSError):
    """A file could not be written; `str()` is the English message, `zh` the Chinese one."""

    def __init__(self, path: Path, en: str, zh: str, err: int | None = None):
        super().__init__(err or 0, f"{path}: {en}")
        self.path = path
        self.en = f"{path}: {en}"
        self.zh = f"{path}：{zh}"

    def __str__(self) -> str:
        return self.en

    def text(self, lang: str = "en") -> str:
        return self.zh if lang.startswith("zh") else self.en


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def explain_os_error(path: Path, exc: OSError, *, replacing: bool = False) -> FileWriteError:
    """`exc` (raised while writing `path`) as a plain FileWriteError."""
    code = exc.errno
    folder = path.parent
    if code in _FULL:
        return FileWriteError(path, "the disk is full; nothing was written (free some space and"
                              " try again)", "磁盘已满，未写入任何内容（请释放空间后重试）", code)
    if code == errno.EROFS:
        return FileWriteError(path, "the disk is read-only; nothing was written",
                              "磁盘为只读，未写入任何内容", code)
    if code == errno.ENOENT:
        return FileWriteError(path, f"the folder {folder} does not exist; nothing was written",
                              f"文件夹 {folder} 不存在，未写入任何内容", code)
    if code == errno.ENOTDIR:
        return FileWriteError(path, f"{folder} is not a folder; nothing was written",
                              f"{folder} 不是文件夹，未写入任何内容", code)
    if code == errno.EISDIR:
        return FileWriteError(path, "is a folder; choose a file name",
                              "这是一个文件夹，请选择文件名", code)
    if code in (errno.EACCES, errno.EPERM):
        if replacing:
            return FileWriteError(
                path, "cannot be replaced (is it open in another program, or read-only?);"
                " nothing was written", "无法替换（文件是否在其他程序中打开或为只读？），未写入任何内容",
                code)
        return FileWriteError(path, f"no permission to write in {folder} (a read-only"
                              " folder?); nothing was written",
                              f"没有在 {folder} 中写入的权限（只读文件夹？），未写入任何内容", code)
    if code == errno.ENAMETOOLONG:
        return FileWriteError(path, "the file name is too long", "文件名过长", code)
    reason = exc.strerror or str(exc)
    return FileWriteError(path, f"could not be written ({reason}); nothing was written",
                          f"无法写入（{reason}），未写入任何内容", code)


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")


def _flush_to_disk(tmp: Path) -> None:
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some file systems refuse fsync on a folder
            os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def write_atomically(path: Path | str, *, check: Check | None = None,
                     allow_empty: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on a clean exit make it `path`, durably.

    The temporary file is created at once, so a missing or read-only folder is reported
    before any work. An exception inside the block removes it and propagates (OSError as
    FileWriteError). A file that is missing or empty afterwards (unless `allow_empty`), or that
    `check` finds wrong, is refused with FileWriteError; the target is never touched then.
    """
    target = Path(path)
    if target.is_dir():
        raise FileWriteError(target, "is a folder; choose a file name",
                             "这是一个文件夹，请选择文件名", errno.EISDIR)
    tmp = _temp_path(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        os.close(fd)
    except OSError as exc:
        raise explain_os_error(target, exc) from None
    try:
        try:
            yield tmp
        except OSError as exc:
            if isinstance(exc, FileWriteError):
                raise
            raise explain_os_error(target, exc) from exc
        _finish(target, tmp, check, allow_empty)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _finish(target: Path, tmp: Path, check: Check | None, allow_empty: bool) -> None:
    try:
        size = tmp.stat().st_size
    except FileNotFoundError:
        raise FileWriteError(target, "the file was not written (nothing came out); nothing was"
                             " written", "文件未能生成，未写入任何内容") from None
    if size == 0 and not allow_empty:
        raise FileWriteError(target, "the file came out empty (is the disk full?); nothing was"
                             " written", "生成的文件为空（磁盘是否已满？），未写入任何内容")
    try:
        _flush_to_disk(tmp)
    except OSError as exc:
        raise explain_os_error(target, exc) from None
    problem = check(tmp) if check is not None else None
    if problem:
        raise FileWriteError(target, f"the file came out incomplete ({problem}); nothing was"
                             " written", f"生成的文件不完整（{problem}），未写入任何内容")
    try:
        os.replace(tmp, target)
    except OSError as exc:
        raise explain_os_error(target, exc, replacing=True) from None
    with contextlib.suppress(OSError):
        _sync_folder(target.parent)


@contextlib.contextmanager
def open_atomically(path: Path | str, mode: str = "w", *, check: Check | None = None,
                    allow_empty: bool = False, **open_kwargs: Any) -> Iterator[IO[Any]]:
    """`open(path, mode)` for writing, through `write_atomically` (the file appears whole on a
    clean exit; `mode` is "w" or "wb"; other keywords go to `open`)."""
    if mode not in ("w", "wb", "wt"):
        raise ValueError(f"open_atomically writes a new file; mode {mode!r} is not supported")
    with (write_atomically(path, check=check, allow_empty=allow_empty) as tmp,
          open(tmp, mode, **open_kwargs) as fh):
        yield fh


def pdf_complete(path: Path) -> str | None:
    """A `check` for PDF files: the file ends with the PDF end-of-file marker."""
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        fh.seek(max(0, fh.tell() - 1024))
        tail = fh.read()
    return None if b"%%EOF" in tail else "no PDF end marker"


__all__ = ["FileWriteError", "explain_os_error", "open_atomically", "pdf_complete",
           "write_atomically"]
