"""One writer at a time, across ShopGuard windows and commands, and saying who it is.

Every write transaction (`db.atomic()`) starts with ``BEGIN IMMEDIATE``: it takes SQLite's
write lock at once, so SQLite's busy wait applies (a deferred transaction that reads first
and writes later fails at once when another writer got in between). When the lock is held
the transaction waits, in slices, up to `ShopDatabase.write_wait` seconds, telling
`on_wait` (the CLI prints it, the GUI shows it as progress) who is writing; after that it
raises `DatabaseBusy` naming them.

Who is writing: while a transaction is open, a small file beside the database
(``<db>-writer``, JSON: program, activity, pid, host, since) says so; it is removed at the
end. A file left by a killed process is recognised by its dead pid and ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from shopguard.core.store.failures import DatabaseBusy, explain, is_busy

# The connection's busy timeout for plain statements, and the slice one BEGIN IMMEDIATE
# waits before the waiting is reported (and the next slice starts).
BUSY_TIMEOUT_MS = 5000
WAIT_SLICE_MS = 1500
# How long a write waits for another writer in all: long enough for a large import.
WRITE_WAIT_SECONDS = 180.0

_program = "ShopGuard"


def set_program(label: str) -> None:
    """Name this process for other ShopGuard processes: 'the `shopguard import` command'."""
    global _program
    _program = label


@dataclass(frozen=True)
class Waiting:
    """What a waiting writer is told: who holds the lock, and for how long it has waited."""

    holder_en: str
    holder_zh: str
    waited: float

    def text(self, lang: str = "en") -> str:
        if lang.startswith("zh"):
            return f"正在等待 {self.holder_zh} 完成写入（已等待 {self.waited:.0f} 秒）…"
        return f"waiting for {self.holder_en} to finish writing ({self.waited:.0f} s so far)…"


WaitHook = Callable[[Waiting], None]


def writer_file(path: Path | str) -> Path:
    return Path(f"{path}-writer")


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap check: report it as "if still running"
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def describe_writer(path: Path | str) -> tuple[str, str]:
    """(English, Chinese) description of who is writing to the database at `path`."""
    generic = ("another ShopGuard window or command", "另一个 ShopGuard 窗口或命令")
    try:
        info = json.loads(writer_file(path).read_text(encoding="utf-8"))
        pid, host = int(info["pid"]), str(info.get("host", ""))
        program, activity = str(info.get("program", "ShopGuard")), str(info.get("activity", ""))
        since = str(info.get("since", ""))[11:19]
    except (OSError, ValueError, KeyError, TypeError):
        return generic
    if host == socket.gethostname() and not _alive(pid):
        return generic  # left behind by a process that was killed
    what_en = f" ({activity})" if activity else ""
    what_zh = f"（{activity}）" if activity else ""
    where = "" if host == socket.gethostname() else f" on {host}"
    return (f"{program}{what_en}, process {pid}{where}, writing since {since}",
            f"{program}{what_zh}，进程 {pid}{where}，自 {since} 起正在写入")


class ShopDatabase(Database):
    """sqlite_utils' Database whose outermost `atomic()` is a BEGIN IMMEDIATE write
    transaction that waits for other writers (see the module docstring)."""

    path: str = ""
    activity: str = ""  # what the next transactions are doing, for other processes to see
    write_wait: float = WRITE_WAIT_SECONDS
    on_wait: WaitHook | None = None

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:  # nested: a savepoint inside the open transaction
            with super().atomic():
                yield self
            return
        self._begin_immediate()
        marker = self._mark_writer()
        try:
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise
        except sqlite3.Error as exc:
            plain = explain(exc, self.path)
            if plain is None:
                raise
            raise plain from exc
        finally:
            if marker is not None:
                with contextlib.suppress(OSError):
                    marker.unlink()

    def _begin_immediate(self) -> None:
        conn = self.conn
        started = time.monotonic()
        conn.execute(f"PRAGMA busy_timeout = {WAIT_SLICE_MS}")
        try:
            while True:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if not is_busy(exc):
                        plain = explain(exc, self.path)
                        raise (plain or exc) from exc
                    waited = time.monotonic() - started
                    holder_en, holder_zh = describe_writer(self.path)
                    if waited >= self.write_wait:
                        raise DatabaseBusy(
                            f"{self.path}: {holder_en} is writing to this database; waited"
                            f" {waited:.0f} s, nothing was changed (try again when it has"
                            " finished)",
                            f"{self.path}：{holder_zh} 正在写入此数据库；已等待 {waited:.0f} 秒，"
                            "未做任何更改（请等它完成后重试）") from None
                    if self.on_wait is not None:
                        self.on_wait(Waiting(holder_en, holder_zh, waited))
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _mark_writer(self) -> Path | None:
        if not self.path or self.path == ":memory:":
            return None
        marker = writer_file(self.path)
        info = {"pid": os.getpid(), "host": socket.gethostname(), "program": _program,
                "activity": self.activity, "since": datetime.now().isoformat(timespec="seconds")}
        try:
            marker.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
        except OSError:
            return None  # best effort: a read-only folder or a full disk must not stop a write
        return marker


@contextlib.contextmanager
def doing(db: Database, activity: str) -> Iterator[None]:
    """Name what `db`'s transactions are doing inside the block (other processes see it)."""
    if not isinstance(db, ShopDatabase):
        yield
        return
    before = db.activity
    db.activity = activity
    try:
        yield
    finally:
        db.activity = before


__all__ = ["BUSY_TIMEOUT_MS", "ShopDatabase", "Waiting", "describe_writer", "doing",
           "set_program", "writer_file"]
