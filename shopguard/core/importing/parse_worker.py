"""Parsing a large statement in a second process while the importer stores what is ready.

Parsing is pure Python and holds the interpreter lock, so a thread would not overlap it with
SQLite's inserts; a process does. The worker is started with "spawn" (what Windows does
anyway, and safe next to Qt's threads), receives a picklable `ParseJob`, and sends back
`ParsedBatch`es through a bounded queue; their rows travel as one `marshal` blob (cheaper to
make than a pickle of the same tuples). Closing the iterator early (cancel, refusal) stops the
worker; so does the death of the importing process (`sandbox.exit_when_parent_dies`).
"""

from __future__ import annotations

import marshal
import multiprocessing
import queue
from collections.abc import Iterator
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from typing import Any

from shopguard.core.importing.parsing import (
    INTERNAL_ERROR,
    ParsedBatch,
    ParseJob,
    parse_batches,
)
from shopguard.core.importing.reading.sandbox import exit_when_parent_dies
from shopguard.core.importing.reading.table import UnreadableFile
from shopguard.core.pan import scrub_text


class WorkerFailed(RuntimeError):
    """The worker process died or hit an unexpected error; nothing of the file was stored."""


class WorkerUnavailable(WorkerFailed):
    """No worker could be started (or it died before its first batch): parse in-process."""


# Batches parsed ahead of the importer: enough to ride out a slow insert or the file hash,
# few enough to keep memory flat (a batch is about 1.5 MB).
AHEAD = 4


def _worker_main(job: ParseJob, out: Queue) -> None:
    exit_when_parent_dies()
    try:
        for batch in parse_batches(job):
            rows, batch.rows = batch.rows, []
            out.put((batch, marshal.dumps(rows)))
    except UnreadableFile as exc:
        out.put(("unreadable", str(exc)))
    except Exception as exc:  # noqa: BLE001 - reported to the importing process, not lost
        out.put(("failed", scrub_text(f"{type(exc).__name__}: {exc}")[0]))
    finally:
        out.close()
        out.join_thread()


def _receive(out: Queue, process: BaseProcess, received: int) -> Any:
    """The worker's next message; raises WorkerFailed/WorkerUnavailable if it died silently."""
    while True:
        try:
            return out.get(timeout=0.5)
        except queue.Empty:
            if process.is_alive():
                continue
        try:  # it may have put its last message just before exiting
            return out.get(timeout=0.5)
        except queue.Empty:
            if not received:  # e.g. a frozen app or a script without a __main__ guard
                raise WorkerUnavailable("the parsing process did not start") from None
            raise WorkerFailed("the parsing process stopped unexpectedly") from None


def batches_in_worker(job: ParseJob) -> Iterator[ParsedBatch]:
    """`parse_batches(job)`, computed in a worker process a few batches ahead of the caller."""
    context = multiprocessing.get_context("spawn")
    out = context.Queue(maxsize=AHEAD)
    process = context.Process(target=_worker_main, args=(job, out), daemon=True,
                              name="shopguard-parse")
    try:
        process.start()
    except OSError as exc:
        raise WorkerUnavailable(str(exc)) from None
    finished = False
    received = 0
    try:
        while True:
            message = _receive(out, process, received)
            received += 1
            if isinstance(message[0], str):
                kind, text = message
                if kind == "unreadable":
                    raise UnreadableFile(text)
                raise WorkerFailed(f"{INTERNAL_ERROR} in the parsing process ({text})")
            batch, blob = message
            batch.rows = marshal.loads(blob)
            yield batch
            if batch.last:
                finished = True
                return
    finally:
        if not finished and process.is_alive():
            process.terminate()
        process.join(timeout=10)
        out.close()
        out.cancel_join_thread()
