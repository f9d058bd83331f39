"""Import benchmark: ShopGuard's importer vs a bare csv.reader + executemany baseline.

Run: python bench/bench_import.py [ROWS] [ROUNDS]   (default 1,000,000 rows, 3 rounds)

Both run in fresh subprocesses (so peak RSS is each one's own) on the same generated file in the
same run; the figure that matters is the median ratio, not the seconds (machines here are noisy:
the baseline alone moves by 40 % between consecutive runs).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BASELINE = r"""
import csv, json, resource, sqlite3, sys, time
src, db = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
con = sqlite3.connect(db, isolation_level=None)
cols = ["c%d" % i for i in range(24)]
con.execute("CREATE TABLE t (%s)" % ", ".join(cols))
con.execute("BEGIN")
with open(src, encoding="gbk", newline="") as f:
    r = csv.reader(f)
    next(r)
    # the same number of columns ShopGuard stores (21 data + import id, line, key)
    con.executemany("INSERT INTO t VALUES (%s)" % ", ".join("?" * 24), (row[:24] for row in r))
con.execute("COMMIT")
n = con.execute("SELECT count(*) FROM t").fetchone()[0]
print(json.dumps({"seconds": time.perf_counter() - t0, "rows": n,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

SHOPGUARD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from shopguard.core.workspace import connect
from shopguard.core.importing.importer import import_file
src, db = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
con = connect(db)
result = import_file(con, src)
assert result.ok, result.message
con.close()
print(json.dumps({"seconds": time.perf_counter() - t0, "rows": result.imported,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "timings": result.timings}))
"""


def run(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    from bench._allinpay_gen import generate

    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        src = generate(Path(tmp) / "big.csv", rows)
        print(f"file: {rows:,} rows, {src.stat().st_size / 1e6:.0f} MB (Allinpay layout, GBK);"
              f" {rounds} rounds, baseline and ShopGuard alternating")
        for n in range(1, rounds + 1):
            for name in ("base.db", "shopguard.db"):
                for leftover in Path(tmp).glob(name + "*"):
                    leftover.unlink()
            base = run(BASELINE, str(src), str(Path(tmp) / "base.db"))
            ours = run(SHOPGUARD, str(src), str(Path(tmp) / "shopguard.db"), str(ROOT))
            ratios.append(ours["seconds"] / base["seconds"])
            phases = ", ".join(f"{name} {sec:.1f}" for name, sec in ours["timings"].items())
            rest = ours["seconds"] - sum(ours["timings"].values())
            print(f"round {n}: baseline {base['seconds']:.2f} s; shopguard {ours['seconds']:.2f} s"
                  f" ({ours['rows']:,} rows; phases {phases}, outside the transaction incl."
                  f" commit {rest:.1f}); peak {ours['peak_mb']:.0f} MB + parsing worker"
                  f" {ours['worker_peak_mb']:.0f} MB; ratio {ratios[-1]:.2f}x", flush=True)
    print(f"ratio shopguard/baseline: median {statistics.median(ratios):.2f}x"
          f" (rounds: {', '.join(f'{r:.2f}' for r in ratios)}; target <= 1.5x);"
          f" peak memory {ours['peak_mb']:.0f} MB (target < 300 MB)")


if __name__ == "__main__":
    main()
