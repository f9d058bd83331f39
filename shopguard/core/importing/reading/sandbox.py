"""Running a reader that may crash the process in a child process, and children that never
outlive their parent.

A native reader given a crafted file can do what no Python `except` catches: calamine (the
.xls reader, Rust) aborts the whole process when an allocation of gigabytes fails. In a child
(spawned; memory capped where the OS allows) such a file only ends the child, and the import
refuses it in plain words.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from shopguard.core.importing.reading.errors import UnreadableFile

# Address space a sandboxed reader may use (POSIX; Windows has no per-process rlimit): a
# real .xls statement needs a few hundred MB at most.
CHILD_MEMORY_BYTES = 1536 << 20


def exit_when_parent_dies() -> None:
    """End this (child) process as soon as its parent is gone (killed, End task ...).

    `multiprocessing.parent_process()` carries a sentinel that becomes ready when the parent
    exits, on every OS (a pipe on POSIX, the process handle on Windows); a daemon thread
    waits on it. Without this a child waiting on a full queue would live on, holding memory
    and the statement file open.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # returns when the parent process has exited
        os._exit(1)

    threading.Thread(target=watch, name="shopguard-parent-watch", daemon=True).start()


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    with contextlib.suppress(ValueError, OSError):  # a lower hard limit is already in place
        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))


def _quiet() -> None:
    """A native crash prints a backtrace on stderr: not for the user's console or log."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)


def _child(fn: Callable[..., Any], args: tuple[Any, ...], conn: Connection) -> None:
    exit_when_parent_dies()
    _limit_memory()
    _quiet()
    try:
        conn.send(("ok", fn(*args)))
    except UnreadableFile as exc:
        conn.send(("unreadable", str(exc)))
    except MemoryError:
        conn.send(("unreadable", "it would need more memory than any statement does"))
    except Exception as exc:  # noqa: BLE001 - reported to the parent as a refusal
        conn.send(("unreadable", f"{type(exc).__name__}: {str(exc)[:200]}"))
    finally:
        conn.close()


def run_sandboxed(fn: Callable[..., Any], *args: Any, what: str, timeout: float) -> Any:
    """`fn(*args)` computed in a spawned child; its result (picklable) is returned.

    Raises UnreadableFile naming `what` when the child refuses the file, dies (a native
    crash) or takes longer than `timeout` seconds.
    """
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(fn, args, send), daemon=True,
                              name="shopguard-reader")
    try:
        process.start()
    except OSError as exc:
        raise UnreadableFile(f"{what}: no process to read it in ({exc})") from None
    send.close()
    try:
        if not receive.poll(timeout):
            raise UnreadableFile(f"{what}: reading it took more than {timeout:.0f} s; a damaged"
                                 " or crafted file?")
        try:
            kind, value = receive.recv()
        except (EOFError, OSError):
            raise UnreadableFile(f"{what}: the reader stopped on this file (it is damaged, or"
                                 " not what its name says)") from None
        if kind != "ok":
            raise UnreadableFile(f"{what}: {value}")
        return value
    finally:
        receive.close()
        if process.is_alive():
            process.terminate()
        process.join(timeout=10)


__all__ = ["CHILD_MEMORY_BYTES", "exit_when_parent_dies", "run_sandboxed"]
