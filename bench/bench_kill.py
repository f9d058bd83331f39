"""Kill bench: SIGKILL `shopguard` at random points of imports, undos, scans, backups and
restores, many times, and check the database after each (tests/security/kill_harness.py).

    python -m bench.bench_kill [--kills 70] [--rows 60000] [--seed N]

Prints each kill and the totals: kills survived (database whole, rows all-or-nothing, audit
trail verified with the owner PIN) out of kills made, and how many landed mid-operation.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.security import kill_harness  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=70)
    parser.add_argument("--rows", type=int, default=60_000)
    parser.add_argument("--seed", type=int, default=random.randrange(1 << 30))
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="shopguard-kill-") as tmp:
        bench = kill_harness.prepare(Path(tmp), args.rows, ROOT / "tests/data/sumup.csv")
        print(f"seed {args.seed}; {args.rows} rows; start-up {bench.startup:.1f}s; one"
              " uninterrupted run of each operation: "
              + ", ".join(f"{k} {v:.1f}s" for k, v in bench.durations.items()), flush=True)

        def report(i: int, o: kill_harness.Outcome) -> None:
            state = "mid-operation" if o.killed else "after it ended"
            verdict = "ok" if not o.problems else "FAILED: " + "; ".join(o.problems)
            print(f"{i + 1:3d} {o.operation:8s} killed at {o.delay:5.2f}s ({state}): {verdict}",
                  flush=True)

        outcomes = kill_harness.run(bench, args.kills, args.seed, report)
    survived = sum(not o.problems for o in outcomes)
    mid = sum(o.killed for o in outcomes)
    by_op = {op: sum(o.killed for o in outcomes if o.operation == op)
             for op in kill_harness.OPERATIONS}
    print(f"kills survived: {survived}/{len(outcomes)} ({mid} landed mid-operation: "
          + ", ".join(f"{k} {v}" for k, v in by_op.items())
          + f"); {time.perf_counter() - started:.0f} s")
    return 0 if survived == len(outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
