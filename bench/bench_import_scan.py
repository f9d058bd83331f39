"""Benchmark: what the scan after an import adds to it (not a test).

Run from the worktree root:  .venv/bin/python -m bench.bench_import_scan [ROWS] [ROUNDS]

`shopguard.core.workspace.import_file` scans the new days after every import (issue 13 item
5). Each round imports the same generated Allinpay statement into a fresh database twice,
alternating: with `scan=False` (the import alone: the baseline, measured in the same run) and
with the scan; prints both, the ratio, and the time of the import result's alert counts.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench._allinpay_gen import generate


def main() -> None:
    from shopguard.core import workspace
    from shopguard.core.detection.alerts import counts_for_import

    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        statement = generate(d / "statement.csv", rows)
        print(f"file: {rows:,} rows (Allinpay layout, GBK); {rounds} rounds, alternating")
        for i in range(rounds):
            times = {}
            for scan in (False, True):
                db = workspace.connect(d / f"r{i}-{scan}.db")
                t0 = time.perf_counter()
                result = workspace.import_file(db, statement, scan=scan)
                times[scan] = time.perf_counter() - t0
                if scan:
                    assert result.import_id is not None and result.scan is not None
                    t1 = time.perf_counter()
                    counts_for_import(db, result.import_id)
                    counts = time.perf_counter() - t1
                    found = sum(result.scan["by_rule"].values())
                db.close()
            ratio = times[True] / times[False]
            ratios.append(ratio)
            print(f"round {i + 1}: import alone {times[False]:.2f} s; import + scan "
                  f"{times[True]:.2f} s ({found:,} open alerts on the file; their count "
                  f"{counts * 1000:.1f} ms); ratio {ratio:.2f}x")
    print(f"import+scan / import alone: median {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
