"""SIGKILL a real `shopguard` process at a random point of a write, then check the database.

Used by tests/security/test_kill.py (a handful of kills) and bench/bench_kill.py (many). After
each kill: SQLite's integrity_check is ok, the audit trail verifies (with the owner PIN: every
entry's seal, the key state), every import holds exactly the rows it recorded, and the
operation's rows are all there or none are (the state equals the one before or the one a
complete run leaves).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from shopguard.core import workspace
from shopguard.core.store import check, trail

PIN = "246813"
NOW = "2026-12-20T10:00:00"
OPERATIONS = ("import", "undo", "scan", "backup", "restore")


def _digest(con: sqlite3.Connection, sql: str) -> str:
    h = hashlib.sha256()
    for row in con.execute(sql):
        h.update(repr(row).encode())
    return h.hexdigest()


def state(db_path: Path) -> dict[str, str]:
    """What an operation may change, as digests (compared before / after / killed)."""
    con = sqlite3.connect(str(db_path))
    try:
        return {
            "transactions": _digest(con, "SELECT id, natural_key, import_id FROM transactions"
                                         " ORDER BY id"),
            "imports": _digest(con, "SELECT id, sha256, imported, undone_at IS NULL FROM imports"
                                    " ORDER BY id"),
            "alerts": _digest(con, "SELECT fingerprint, status FROM alerts ORDER BY fingerprint"),
        }
    finally:
        con.close()


def copy_db(src: Path, dst: Path) -> Path:
    """A consistent copy (SQLite backup API) with its audit head file."""
    for stale in dst.parent.glob(dst.name + "*"):
        stale.unlink()
    a, b = sqlite3.connect(str(src)), sqlite3.connect(str(dst))
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()
    head = src.with_name(src.name + ".audit-head")
    if head.exists():
        shutil.copyfile(head, dst.with_name(dst.name + ".audit-head"))
    return dst


@dataclass
class Outcome:
    operation: str
    killed: bool            # the process was still running when the SIGKILL came
    delay: float
    problems: list[str] = field(default_factory=list)


@dataclass
class Bench:
    """The prepared databases and files one kill run needs (see `prepare`)."""

    work: Path
    statement: Path          # a large statement, not yet imported in `fresh`
    fresh: Path              # a database with the owner PIN set and a small import
    loaded: Path             # `fresh` plus `statement` imported (for undo, scan, backup)
    backup_file: Path        # a backup of `fresh` (restored into `loaded`)
    durations: dict[str, float] = field(default_factory=dict)
    startup: float = 0.0     # starting Python and opening the database, before any write
    after: dict[str, dict[str, str]] = field(default_factory=dict)
    # What `check` finds after a complete run (the synthetic statement's refunds carry a
    # positive net): a kill may leave those, never others.
    after_problems: dict[str, set[str]] = field(default_factory=dict)


def command(bench: Bench, operation: str, db_path: Path) -> list[str]:
    base = [sys.executable, "-m", "shopguard", "--db", str(db_path), "--now", NOW]
    return base + {
        "import": ["import", str(bench.statement)],
        "undo": ["undo-import", "2", "--pin", PIN],
        "scan": ["scan"],
        "backup": ["backup", "--out", str(db_path.with_name("killed-backup.db"))],
        "restore": ["restore", str(bench.backup_file), "--pin", PIN],
    }[operation]


def _run(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    return time.perf_counter() - started


def prepare(work: Path, rows: int, sample: Path) -> Bench:
    """Build the databases, time each operation once, and record the state it leaves."""
    sys.path.insert(0, str(Path(__file__).parents[2]))
    from bench._allinpay_gen import generate

    work.mkdir(parents=True, exist_ok=True)
    statement = generate(work / "big.csv", rows)
    fresh = work / "fresh.db"
    db = workspace.connect(fresh)
    workspace.import_file(db, sample)
    from shopguard.core.store import access, backup

    access.set_owner_pin(db, PIN)
    backup.make_backup(db, work / "fresh-backup.db")
    db.close()
    bench = Bench(work, statement, fresh, work / "loaded.db", work / "fresh-backup.db")
    copy_db(fresh, bench.loaded)
    bench.startup = _run([sys.executable, "-m", "shopguard", "--db", str(bench.loaded), "formats"])
    bench.durations["import"] = _run(command(bench, "import", bench.loaded))
    for operation in ("undo", "scan", "backup", "restore"):
        target = copy_db(bench.loaded, work / f"measure-{operation}.db")
        bench.durations[operation] = _run(command(bench, operation, target))
        bench.after[operation] = state(target)
        bench.after_problems[operation] = _known_problems(target)
    target = copy_db(fresh, work / "measure-import.db")
    _run(command(bench, "import", target))
    bench.after["import"] = state(target)
    bench.after_problems["import"] = _known_problems(target)
    return bench


def _known_problems(db_path: Path) -> set[str]:
    """The codes of the problems `check` finds in a database."""
    db = workspace.connect(db_path)
    try:
        return {p.code for s in (check.integrity(db), check.money(db)) for p in s.problems}
    finally:
        db.close()


def _verify(bench: Bench, operation: str, db_path: Path, before: dict[str, str],
            known: set[str]) -> list[str]:
    problems = []
    con = sqlite3.connect(str(db_path))
    try:
        result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            return [f"integrity_check: {result[:3]}"]
    finally:
        con.close()
    db = workspace.connect(db_path)
    try:
        for section in (check.integrity(db), check.money(db)):
            problems += [f"{section.name}: {p.en}" for p in section.problems
                         if p.code not in known]
        report = trail.verify_with_pin(db, PIN, "kill-test")
        problems += [f"audit: {p.en}" for p in report.problems]
        if report.authenticated != report.keyed:
            problems.append(f"audit: {report.keyed - report.authenticated} seals not checked")
    finally:
        db.close()
    now, after = state(db_path), bench.after[operation]
    # Each write is one transaction; an import is followed by a scan of its days (a second
    # one), so each group must be as before or as after, not necessarily both together.
    for group in (("transactions", "imports"), ("alerts",)):
        seen = tuple(now[k] for k in group)
        if seen not in (tuple(before[k] for k in group), tuple(after[k] for k in group)):
            problems.append(f"{operation} left {' and '.join(group)} half-written")
    if operation == "backup":
        out = db_path.with_name("killed-backup.db")
        if out.exists() and check_backup(out):
            problems.append(f"backup file present but not whole: {check_backup(out)}")
    return problems


def check_backup(path: Path) -> str | None:
    from shopguard.core.store import restore

    try:
        restore.validate(path, workspace.MIGRATION_SETS)
    except restore.RestoreError as exc:
        return str(exc)
    return None


def kill_once(bench: Bench, operation: str, rnd: random.Random, slot: Path) -> Outcome:
    """One kill of `operation` at a random point; the checks' findings in `problems`."""
    source = bench.fresh if operation == "import" else bench.loaded
    db_path = copy_db(source, slot)
    for stale in slot.parent.glob("killed-backup*"):
        stale.unlink()
    before = state(db_path)
    known = _known_problems(db_path) | bench.after_problems[operation]
    # From the moment the first write can start to the end of an uninterrupted run.
    start = min(bench.startup * 0.8, bench.durations[operation] * 0.5)
    delay = rnd.uniform(start, max(start + 0.05, bench.durations[operation]))
    proc = subprocess.Popen(command(bench, operation, db_path), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)  # the process and any worker it started
    proc.wait()
    return Outcome(operation, killed, delay, _verify(bench, operation, db_path, before, known))


def run(bench: Bench, kills: int, seed: int,
        report: Callable[[int, Outcome], None] | None = None) -> list[Outcome]:
    rnd = random.Random(seed)
    outcomes = []
    for i in range(kills):
        operation = OPERATIONS[i % len(OPERATIONS)]
        outcome = kill_once(bench, operation, rnd, bench.work / "slot.db")
        outcomes.append(outcome)
        if report is not None:
            report(i, outcome)
    return outcomes
