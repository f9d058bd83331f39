"""Issue 11 item 6: when the importing process is killed (Task Manager's End task, SIGKILL),
its parsing worker — and with it multiprocessing's resource tracker — exits too, instead of
waiting forever on its full queue with the statement file open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PARENT = r"""
import multiprocessing, sys, time
sys.path.insert(0, sys.argv[3])
from multiprocessing import resource_tracker
from shopguard.core.workspace import connect, import_file

said = []


def progress(rows, done, total):
    if not said:
        said.append(True)
        workers = [p.pid for p in multiprocessing.active_children()]
        print("READY", workers[0], resource_tracker._resource_tracker._pid, flush=True)
    time.sleep(3600)  # the importer stalls: the worker fills its queue and waits on it


if __name__ == "__main__":
    import_file(connect(sys.argv[2]), sys.argv[1], parse_in_worker=True, progress=progress)
"""


def _running(pid: int) -> bool:
    """True while `pid` runs (a zombie, exited but not yet reaped, counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def _gone(pid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not _running(pid):
            return True
        time.sleep(0.2)
    return not _running(pid)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and /proc: POSIX")
def test_the_worker_exits_when_the_importing_process_is_killed(tmp_path: Path) -> None:
    lines = (ROOT / "tests" / "data" / "allinpay.csv").read_bytes().split(b"\r\n")
    big = tmp_path / "big.csv"
    big.write_bytes(b"\r\n".join([lines[0], *[ln for ln in lines[1:] if ln] * 40]) + b"\r\n")
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(big), str(tmp_path / "shop.db"), str(ROOT)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    worker = tracker = 0
    try:
        line = parent.stdout.readline() if parent.stdout else ""
        assert line.startswith("READY"), line + (parent.stderr.read() if parent.stderr else "")
        worker, tracker = (int(x) for x in line.split()[1:3])
        time.sleep(1.0)  # the worker has parsed ahead and now waits on its full queue
        assert _running(worker) and _running(tracker)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=30)
        # Waiting (not timing): the watch thread ends the worker at once; allow a loaded
        # machine plenty of time before calling it stuck.
        assert _gone(worker, within=60), "the parsing worker outlived its parent"
        assert _gone(tracker, within=60), "the resource tracker outlived the worker"
    finally:
        for pid in (parent.pid, worker, tracker):
            if pid and _running(pid):
                os.kill(pid, signal.SIGKILL)
        if parent.stdout:
            parent.stdout.close()
        if parent.stderr:
            parent.stderr.close()
