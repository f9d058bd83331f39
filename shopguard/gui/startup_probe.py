"""Start-up timing for bench/bench_startup.py: when was the main window first painted, and when
had its first screen loaded its data? Active only with SHOPGUARD_STARTUP_PROBE=<file>: the
times (seconds since the epoch, comparable with the launcher's clock) go to that file as JSON
and the app quits."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from shopguard.gui.ops import OpRunner

ENV = "SHOPGUARD_STARTUP_PROBE"


class StartupProbe(QObject):
    def __init__(self, window: QMainWindow, ops: OpRunner, out: Path):
        super().__init__(window)
        self.window, self.ops, self.out = window, ops, out
        self.times: dict[str, float] = {}
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.times:
            self.times["paint_event"] = time.time()
            QTimer.singleShot(0, self._painted)  # after this paint event has been handled
        return False

    def _painted(self) -> None:
        self.times["painted"] = time.time()
        self._wait_ready()

    def _wait_ready(self) -> None:
        if self.ops.running:
            QTimer.singleShot(10, self._wait_ready)
            return
        self.times["ready"] = time.time()
        self.out.write_text(json.dumps(self.times), encoding="utf-8")
        QApplication.quit()
