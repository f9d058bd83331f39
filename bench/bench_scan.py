"""Benchmark: full and incremental scan of a 1,000,000-row database (not a test).

Run from the worktree root:  /work/venv/bin/python -m bench.bench_scan [--rows N] [--keep DIR]

Measures in the same run:
- baseline: Python csv.reader + executemany of the same columns into a plain SQLite table,
  one transaction, from a generated CSV (the bare cost of importing the rows);
- full scan: `shopguard.core.detection.scan.scan(db)` over the whole database;
- incremental: one more day imported, then `scan(db, days=[that day])`.
Targets: full / baseline < 0.5, incremental < 1 s.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.baseline import bare_import
from bench.gen import COLUMNS, Gen, rows
from shopguard.core.detection.scan import scan
from shopguard.core.workspace import connect

START = date(2025, 1, 1)
DAYS = 365
INSERT = (f"INSERT INTO transactions ({', '.join(COLUMNS)})"
          f" VALUES ({', '.join('?' * len(COLUMNS))})")


def baseline(csv_path: Path, db_path: Path) -> float:
    """The bare import (bench/baseline.py) over this benchmark's generated columns."""
    return bare_import(csv_path, db_path, COLUMNS)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, help="directory to keep the files in")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="shopguard-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    csv_path, db_path = work / "rows.csv", work / "shop.db"
    for p in (csv_path, db_path, work / "baseline.db"):
        p.unlink(missing_ok=True)

    t0 = time.perf_counter()
    with csv_path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(rows(args.rows, START, DAYS))
    print(f"generated CSV           {time.perf_counter() - t0:7.2f} s")

    base = baseline(csv_path, work / "baseline.db")
    print(f"baseline import         {base:7.2f} s  (csv.reader + executemany, plain table)")

    db = connect(db_path)
    t0 = time.perf_counter()
    with db.atomic():
        db.conn.execute("INSERT INTO imports (id, file_name, file_path, sha256, format,"
                        " imported_at) VALUES (1, 'bench', 'bench', '', 'bench', ?)",
                        (START.isoformat(),))
        with csv_path.open(newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            next(reader)
            db.conn.executemany(INSERT, ([None if v == "" and i in (1, 10, 11) else v
                                          for i, v in enumerate(r)] for r in reader))
    n = db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0]
    print(f"loaded ShopGuard db     {time.perf_counter() - t0:7.2f} s  ({n:,} rows, all indexes)")
    db.conn.execute("ANALYZE")

    t0 = time.perf_counter()
    full = scan(db)
    full_s = time.perf_counter() - t0
    print(f"full scan               {full_s:7.2f} s  ({full.created:,} alerts: {full.by_rule})")

    t0 = time.perf_counter()
    rescan = scan(db)
    print(f"full re-scan            {time.perf_counter() - t0:7.2f} s  "
          f"({rescan.created} new, {rescan.updated:,} updated)")

    day = START + timedelta(days=DAYS)
    g = Gen(seed=99)
    g.ref = 900_000_000_000
    with db.atomic():
        db.conn.execute("INSERT INTO imports (id, file_name, file_path, sha256, format,"
                        " imported_at) VALUES (2, 'day', 'day', '', 'bench', ?)",
                        (day.isoformat(),))
        new = [(*r[:21], 2, *r[22:]) for r in g.day(day, args.rows // DAYS)]
        db.conn.executemany(INSERT, new)
    t0 = time.perf_counter()
    inc = scan(db, days=[day.isoformat()])
    inc_s = time.perf_counter() - t0
    print(f"incremental scan        {inc_s:7.2f} s  ({len(new):,} new rows, "
          f"{inc.created} new alerts)")
    print()
    print(f"full scan / baseline    {full_s / base:7.2f}   (target < 0.5)")
    print(f"incremental             {inc_s:7.2f} s (target < 1 s)")
    db.close()


if __name__ == "__main__":
    main()
