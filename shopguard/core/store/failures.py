"""What went wrong with the database file, in plain words (English and Chinese).

SQLite reports a full disk, a read-only file, a lock held by another program or a damaged
file as `sqlite3.OperationalError` & co. with terse texts ("database or disk is full");
`explain` turns them into `DatabaseError`s a shop owner can act on. Constraint errors
(IntegrityError) are program logic, not the file's state, and are left alone.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

# SQLite primary result codes (the low byte of the extended code Python reports).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
# Free space below which a disk I/O error on the database is taken for a full disk.
FULL_BELOW_BYTES = 1 << 20


class DatabaseError(RuntimeError):
    """The database file cannot be opened, read or written; the message is for the user.

    `str()` is English; `zh` the Chinese text; `text(lang)` picks one.
    """

    def __init__(self, en: str, zh: str = ""):
        super().__init__(en)
        self.en = en
        self.zh = zh or en

    def text(self, lang: str = "en") -> str:
        return self.zh if lang.startswith("zh") else self.en


class DiskFull(DatabaseError):
    """The disk holding the database has no room left."""


class ReadOnlyDatabase(DatabaseError):
    """The database file (or its folder) cannot be written."""


class DatabaseBusy(DatabaseError):
    """Another ShopGuard window or command is writing and did not finish in time."""


class DamagedDatabase(DatabaseError):
    """The file is not an SQLite database, or it is damaged."""


class NewerDatabase(DatabaseError):
    """The database was made by a newer ShopGuard (schema changes this version does not know)."""


class NoDatabase(DatabaseError):
    """There is no database at the path, and creating one was not asked for."""


def primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()  # errors raised without a code (older drivers, wrappers)
    for needle, guess in (("database is locked", SQLITE_BUSY), ("disk is full", SQLITE_FULL),
                          ("readonly database", SQLITE_READONLY),
                          ("not a database", SQLITE_NOTADB), ("malformed", SQLITE_CORRUPT),
                          ("unable to open", SQLITE_CANTOPEN), ("disk i/o error", SQLITE_IOERR)):
        if needle in text:
            return guess
    return None


def is_busy(exc: BaseException) -> bool:
    return primary_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED)


def _disk_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


def explain(exc: BaseException, path: Path | str | None = None,
            holder: str = "") -> DatabaseError | None:
    """`exc` as a plain DatabaseError, or None when it is not about the file's state.

    `holder` names who is writing, for a busy database (see `store.locking`).
    """
    if isinstance(exc, DatabaseError):
        return exc
    if not isinstance(exc, sqlite3.Error) or isinstance(exc, sqlite3.IntegrityError):
        return None
    code = primary_code(exc)
    where = f"{path}: " if path else ""
    file_en = f"the database file {path}" if path else "the database file"
    file_zh = f"数据库文件 {path}" if path else "数据库文件"
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN) and path and _disk_nearly_full(Path(path)):
        code = SQLITE_FULL  # SQLite says "disk I/O error" when the WAL index cannot grow
    if code == SQLITE_FULL:
        return DiskFull(f"{where}the disk is full; nothing was changed (free some space on the"
                        " disk that holds the database, then try again)",
                        f"{where}磁盘已满，未做任何更改（请释放数据库所在磁盘的空间后重试）")
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return ReadOnlyDatabase(
            f"{file_en} is read-only; nothing was changed (check the file's and its folder's"
            " permissions, or copy it to a folder you can write to)",
            f"{file_zh} 是只读的，未做任何更改（请检查该文件及其文件夹的权限，或将其复制到可写的文件夹）")
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        who_en = holder or "another ShopGuard window or command"
        who_zh = holder or "另一个 ShopGuard 窗口或命令"
        return DatabaseBusy(
            f"{where}{who_en} is writing to this database; nothing was changed (try again when"
            " it has finished)",
            f"{where}{who_zh} 正在写入此数据库，未做任何更改（请等它完成后重试）")
    if code in (SQLITE_NOTADB, SQLITE_CORRUPT):
        return DamagedDatabase(
            f"{where}not a ShopGuard database, or a damaged one ({exc}); nothing was changed"
            " (restore a backup if it is your database)",
            f"{where}不是 ShopGuard 数据库，或数据库已损坏（{exc}），未做任何更改"
            "（如果这是您的数据库，请恢复备份）")
    if code == SQLITE_CANTOPEN:
        return ReadOnlyDatabase(
            f"{file_en} cannot be opened (does its folder exist, and may you write to it?)",
            f"无法打开{file_zh}（文件夹是否存在，是否有写入权限？）")
    if code == SQLITE_IOERR:
        return DatabaseError(
            f"{where}the disk could not be read or written ({exc}); nothing was changed (is the"
            " disk full, removed, or failing?)",
            f"{where}磁盘读写失败（{exc}），未做任何更改（磁盘是否已满、已移除或出现故障？）")
    return None


__all__ = ["DamagedDatabase", "DatabaseBusy", "DatabaseError", "DiskFull", "NewerDatabase",
           "NoDatabase", "ReadOnlyDatabase", "explain", "is_busy", "primary_code"]
