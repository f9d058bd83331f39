"""Import benchmark: ShopGuard's importer vs a bare csv.reader + executemany baseline.

Run: python bench/bench_import.py [ROWS]   (default 1,000,000)

Both run in fresh subprocesses (so peak RSS is each one's own) on the same generated file in the
same run; the figure that matters is the ratio, not the seconds (machines here are noisy).
"""

from __future__ import annotations

import json
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
from shopguard.core.db import connect
from shopguard.core.importer import import_file
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
    from bench._allinpay_gen import generate

    with tempfile.TemporaryDirectory() as tmp:
        src = generate(Path(tmp) / "big.csv", rows)
        size_mb = src.stat().st_size / 1e6
        base = run(BASELINE, str(src), str(Path(tmp) / "base.db"))
        ours = run(SHOPGUARD, str(src), str(Path(tmp) / "shopguard.db"), str(ROOT))
    print(f"file: {rows:,} rows, {size_mb:.0f} MB (Allinpay layout, GBK)")
    print(f"baseline csv.reader+executemany: {base['seconds']:.2f} s, peak {base['peak_mb']:.0f} MB")
    print(f"shopguard import_file:           {ours['seconds']:.2f} s, peak {ours['peak_mb']:.0f} MB"
          f", {ours['rows']:,} rows")
    phases = ", ".join(f"{name} {sec:.1f} s" for name, sec in ours["timings"].items())
    rest = ours["seconds"] - sum(ours["timings"].values())
    print(f"  phases: {phases}, before/after the transaction (incl. commit) {rest:.1f} s")
    if ours["worker_peak_mb"]:
        print(f"  parsing worker process: peak {ours['worker_peak_mb']:.0f} MB")
    print(f"ratio shopguard/baseline: {ours['seconds'] / base['seconds']:.2f}x (target <= 1.5x);"
          f" peak memory {ours['peak_mb']:.0f} MB (target < 300 MB)")


if __name__ == "__main__":
    main()
