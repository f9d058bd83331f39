"""GUI import of a 1,000,000-row Allinpay statement: does the window stay responsive?

Run: QT_QPA_PLATFORM=offscreen python bench/gui_import_1m.py [ROWS]   (default 1,000,000)

Drives the real MainWindow: `import_files` (what File > Import, the toolbar and drag-and-drop
call), the status-bar progress bar and its Cancel button. A 10 ms QTimer heartbeat on the UI
thread measures how long the event loop was ever blocked (max gap) while the import runs in
the op runner's worker thread. Run 1 imports the whole file; run 2 (fresh database) presses
Cancel at ~30 % and checks that nothing was stored.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import PySide6  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench._allinpay_gen import generate  # noqa: E402
from shopguard.gui.app import make_app  # noqa: E402
from shopguard.gui.context import AppContext  # noqa: E402
from shopguard.gui.main_window import MainWindow  # noqa: E402


class Heartbeat:
    """Counts event-loop gaps: a timer that should fire every `interval_ms`."""

    def __init__(self, interval_ms: int = 10):
        self.clock = QElapsedTimer()
        self.gaps: list[int] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _beat(self) -> None:
        self.gaps.append(self.clock.restart())

    def summary(self) -> dict[str, float]:
        g = sorted(self.gaps) or [0]
        return {"beats": len(self.gaps), "max_gap_ms": g[-1],
                "p99_gap_ms": g[min(len(g) - 1, int(len(g) * 0.99))],
                "median_gap_ms": g[len(g) // 2]}


def run_import(app: QApplication, db: Path, statement: Path, cancel_at: float | None,
               tmp: Path) -> dict[str, object]:
    ctx = AppContext(db, qsettings=QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    window.importer.show_dialogs = False
    window.show()
    beat = Heartbeat()
    progress: list[int] = []
    state: dict[str, float] = {}

    def on_progress() -> None:
        if window.op_box.isVisible() and window.progress.maximum() > 0:
            value = window.progress.value()
            if not progress or progress[-1] != value:
                progress.append(value)
            if cancel_at is not None and value >= cancel_at * 1000 and "cancel" not in state:
                state["cancel"] = time.perf_counter()
                window.cancel_button.click()   # the real status-bar button

    watcher = QTimer()
    watcher.setInterval(20)
    watcher.timeout.connect(on_progress)
    loop = QEventLoop()  # the app's own event loop stands in for app.exec()
    window.importer.all_done.connect(loop.quit)
    beat.start()
    watcher.start()
    t0 = time.perf_counter()
    window.import_files([statement])
    loop.exec()
    elapsed = time.perf_counter() - t0
    watcher.stop()
    beat.stop()
    conn = ctx.read_db().conn
    stored = conn.execute("SELECT count(*) FROM transactions").fetchone()[0]
    imports = conn.execute("SELECT count(*) FROM imports").fetchone()[0]
    result = window.importer.results[-1] if window.importer.results else None
    out: dict[str, object] = {
        "seconds": round(elapsed, 1),
        "rows_per_second": round(stored / elapsed) if stored else 0,
        "transactions_stored": stored, "imports_rows": imports,
        "progress_updates": len(progress),
        "progress_monotonic": progress == sorted(progress),
        "last_progress_permille": progress[-1] if progress else None,
        **beat.summary(),
    }
    if result is not None:
        out["result"] = {"imported": result.imported, "status": result.status}
    if "cancel" in state:
        out["cancel_to_stopped_s"] = round(time.perf_counter() - state["cancel"], 2)
        out["cancelled_at_permille"] = cancel_at and int(cancel_at * 1000)
    window.close()
    ctx.close()
    return out


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    app = make_app([sys.argv[0]])
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        os.environ["SHOPGUARD_DATA_DIR"] = str(tmp / "data")
        t0 = time.perf_counter()
        statement = generate(tmp / "allinpay_big.csv", rows)
        print(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}")
        print(f"generated {rows:,} rows ({statement.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - t0:.1f}s", flush=True)
        full = run_import(app, tmp / "full.db", statement, None, tmp)
        print("full import:", json.dumps(full, ensure_ascii=False), flush=True)
        cancelled = run_import(app, tmp / "cancel.db", statement, 0.3, tmp)
        print("cancel at 30%:", json.dumps(cancelled, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
