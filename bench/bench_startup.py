"""Start-up time: launch to a painted main window on a 100,000-row database (not a test).

    python -m bench.bench_startup [--rounds N] [--bundle dist/ShopGuard/ShopGuard]

Each round launches, in turn, a bare PySide6 window (the baseline: interpreter + Qt + one
painted QMainWindow, nothing of ShopGuard), ShopGuard from source (`python -m shopguard`) and,
when it has been built, the bundle. ShopGuard reports through SHOPGUARD_STARTUP_PROBE
(gui/startup_probe.py) when its window was first painted ("painted") and when its first
screen had loaded its data ("ready"), then quits. Times are from just before the launch;
medians over the rounds. Runs under the current DISPLAY, or starts its own Xvfb.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "_work"
ROWS = 100_000

BARE_WINDOW = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QLabel("baseline")); window.resize(1180, 760)
class Probe(QObject):
    def eventFilter(self, obj, event):
        if obj is window and event.type() == QEvent.Type.Paint and not hasattr(self, "t"):
            self.t = 1
            QTimer.singleShot(0, self.done)
        return False
    def done(self):
        t = time.time()
        open(sys.argv[1], "w").write(json.dumps({"painted": t, "ready": t}))
        app.quit()
probe = Probe(); window.installEventFilter(probe); window.show(); app.exec()
"""


def database(rows: int = ROWS) -> Path:
    """A database with `rows` imported transactions (made once, kept in bench/_work)."""
    db = WORK / f"startup_{rows}.db"
    if db.exists():
        return db
    from bench._allinpay_gen import generate

    WORK.mkdir(parents=True, exist_ok=True)
    statement = generate(WORK / f"startup_{rows}.csv", rows)
    subprocess.run([sys.executable, "-m", "shopguard", "--db", str(db), "import", str(statement)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return db


def launch(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from launch to the probe's marks, and the CPU seconds the process used (user +
    system, to "ready"): on a machine shared with other work the wall times stretch, the CPU
    time much less."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "probe.json"
        run_env = {**env, "SHOPGUARD_STARTUP_PROBE": str(out), "SHOPGUARD_DATA_DIR": tmp}
        start = time.time()
        process = subprocess.Popen([*command, str(out)] if command[-1] == BARE_WINDOW else command,
                                   env=run_env, cwd=ROOT)
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise SystemExit(f"{command[0]} exited with {process.returncode}")
        marks = json.loads(out.read_text())
    result = {k: v - start for k, v in marks.items() if k in ("painted", "ready")}
    result["cpu"] = usage.ru_utime + usage.ru_stime
    return result


def with_display() -> tuple[dict[str, str], subprocess.Popen[bytes] | None]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    if env.get("DISPLAY"):
        return env, None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        sys.exit("no DISPLAY and no Xvfb")
    display = ":93"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    env["DISPLAY"] = display
    return env, server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "ShopGuard" / "ShopGuard")
    args = parser.parse_args()
    db = database()
    subjects = {
        "bare Qt window (baseline)": [sys.executable, "-c", BARE_WINDOW],
        "ShopGuard from source": [sys.executable, "-m", "shopguard", "--db", str(db)],
    }
    if args.bundle.exists():
        subjects["ShopGuard bundle"] = [str(args.bundle), "--db", str(db)]
    env, server = with_display()
    try:
        for command in subjects.values():  # warm the page cache once
            launch(command, env)
        results: dict[str, list[dict[str, float]]] = {name: [] for name in subjects}
        for _ in range(args.rounds):
            for name, command in subjects.items():
                results[name].append(launch(command, env))
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    base = statistics.median(r["painted"] for r in results["bare Qt window (baseline)"])
    load = os.getloadavg()[0]
    print(f"database: {db.name} ({ROWS:,} transactions); {args.rounds} rounds, medians; "
          f"load average {load:.1f} on {os.cpu_count()} CPUs")
    for name, runs in results.items():
        painted = statistics.median(r["painted"] for r in runs)
        ready = statistics.median(r["ready"] for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        print(f"  {name:28s} painted {painted:5.2f} s ({painted / base:4.1f}x baseline)"
              f"   first screen ready {ready:5.2f} s   CPU {cpu:5.2f} s")


if __name__ == "__main__":
    main()
