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

Text = tuple[str, str]  # (English, Chinese)
_program: Text = ("ShopGuard", "ShopGuard")


def set_program(en: str, zh: str = "") -> None:
    """Name this process for other ShopGuard processes, in both languages:
    ('the `shopguard import` command', '命令 shopguard import')."""
    global _program
    _program = (en, zh or en)


@dataclass(frozen=True)
class Writer:
    """Who holds the write lock, as its writer file says (see the module docstring)."""

    program: Text
    activity: Text  # ('', '') when it did not say
    pid: int
    host: str
    since: str  # HH:MM:SS

    def who(self, lang: str = "en") -> str:
        """'the `shopguard import` command (importing x.csv)' / '命令 shopguard import（导入 x.csv）'."""
        zh = lang.startswith("zh")
        program, activity = self.program[zh], self.activity[zh]
        if not activity:
            return program
        return f"{program}（{activity}）" if zh else f"{program} ({activity})"

    def details(self, lang: str = "en") -> str:
        """The process and since when: for the message after waiting in vain."""
        if lang.startswith("zh"):
            where = f"，在 {self.host} 上" if self.host != socket.gethostname() else ""
            return f"进程 {self.pid}{where}，自 {self.since} 起"
        where = f" on {self.host}" if self.host != socket.gethostname() else ""
        return f"process {self.pid}{where}, writing since {self.since}"


UNKNOWN_WRITER = ("another ShopGuard window or command", "另一个 ShopGuard 窗口或命令")


@dataclass(frozen=True)
class Waiting:
    """What a waiting writer is told: who holds the lock, and for how long it has waited."""

    writer: Writer | None
    waited: float

    def text(self, lang: str = "en", brief: bool = False) -> str:
        """`brief` leaves out what the writer is doing (a status bar has no room for it)."""
        zh = lang.startswith("zh")
        if self.writer is None:
            who = UNKNOWN_WRITER[zh]
        else:
            who = self.writer.program[zh] if brief else self.writer.who(lang)
        if zh:
            return f"正在等待{who}写完…（{self.waited:.0f} 秒）"
        return f"Waiting for {who} to finish writing… ({self.waited:.0f} s)"


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


def _pair(value: object) -> Text:
    if isinstance(value, list) and len(value) == 2:
        return (str(value[0]), str(value[1]))
    return (str(value or ""), str(value or ""))


def current_writer(path: Path | str) -> Writer | None:
    """Who is writing to the database at `path`, if a live ShopGuard process said so."""
    try:
        info = json.loads(writer_file(path).read_text(encoding="utf-8"))
        writer = Writer(_pair(info.get("program")), _pair(info.get("activity")),
                        int(info["pid"]), str(info.get("host", "")),
                        str(info.get("since", ""))[11:19])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if writer.host == socket.gethostname() and not _alive(writer.pid):
        return None  # left behind by a process that was killed
    return writer


def busy_error(path: str, writer: Writer | None, waited: float) -> DatabaseBusy:
    """The plain refusal after waiting `waited` seconds for `writer` in vain."""
    if writer is None:
        en_who, zh_who = UNKNOWN_WRITER
        en_since = zh_since = ""
    else:
        en_who, zh_who = writer.who("en"), writer.who("zh_CN")
        en_since, zh_since = f" ({writer.details('en')})", f"（{writer.details('zh_CN')}）"
    return DatabaseBusy(
        f"{path}: {en_who} is writing to this database{en_since}; waited {waited:.0f} s and"
        " changed nothing (try again when it has finished)",
        f"{path}：{zh_who}正在写入此数据库{zh_since}；已等待 {waited:.0f} 秒，未做任何更改"
        "（请等它完成后重试）")


class ShopDatabase(Database):
    """sqlite_utils' Database whose outermost `atomic()` is a BEGIN IMMEDIATE write
    transaction that waits for other writers (see the module docstring)."""

    path: str = ""
    activity: Text = ("", "")  # what the next transactions do, for other processes to see
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
                    writer = current_writer(self.path)
                    if waited >= self.write_wait:
                        raise busy_error(self.path, writer, waited) from None
                    if self.on_wait is not None:
                        self.on_wait(Waiting(writer, waited))
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _mark_writer(self) -> Path | None:
        if not self.path or self.path == ":memory:":
            return None
        marker = writer_file(self.path)
        info = {"pid": os.getpid(), "host": socket.gethostname(), "program": list(_program),
                "activity": list(self.activity),
                "since": datetime.now().isoformat(timespec="seconds")}
        try:
            marker.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
        except OSError:
            return None  # best effort: a read-only folder or a full disk must not stop a write
        return marker


@contextlib.contextmanager
def doing(db: Database, en: str, zh: str = "") -> Iterator[None]:
    """Name what `db`'s transactions do inside the block, in both languages ('importing x.csv',
    '导入 x.csv'), for other ShopGuard processes that have to wait."""
    if not isinstance(db, ShopDatabase):
        yield
        return
    before = db.activity
    db.activity = (en, zh or en)
    try:
        yield
    finally:
        db.activity = before


__all__ = ["BUSY_TIMEOUT_MS", "ShopDatabase", "Waiting", "Writer", "busy_error",
           "current_writer", "doing", "set_program", "writer_file"]
