"""Parse speed (read, mask card numbers, parse; no database) of two source trees, alternating.

Run: python bench/bench_parse.py BEFORE_TREE [ROWS] [ROUNDS]
     (BEFORE_TREE: e.g. `git archive <commit> | tar -x -C /tmp/before`; this tree is "after")

Each round parses the same generated Allinpay file (GBK) in a fresh subprocess per tree, in
process (no worker), twice: as generated, and with a 商户备注 (remark) cell of mixed Chinese text,
a date-time and numbers on every row — the cells the card-number scan has to look into. The
figure that matters is the median ratio of CPU seconds after/before within the same run (wall
time on a machine shared with others moves by ±20% even between identical trees).
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

PARSE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
from shopguard.core.importing.formats.base import ParseContext
from shopguard.core.importing.formats import registry
from shopguard.core.importing.parsing import ParseJob, parse_batches
from shopguard.core.importing.reading.table import open_table
t0, c0 = time.perf_counter(), time.process_time()
table = open_table(sys.argv[1])
head = []
for row in table.rows():
    head.append(row)
    break
fmt = registry.get("allinpay")
job = ParseJob(table, fmt, head[0].line, head[0].cells, ParseContext(), 1)
rows = masked = 0
for batch in parse_batches(job):
    rows = batch.rows_read
    masked = batch.masked_pans
print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                  "rows": rows, "masked": masked}))
"""

REMARK = "订单 2026-09-01 12:30:45 收银员 王芳 桌号 12 / 备注 3 人"


def with_remarks(src: Path, dst: Path) -> Path:
    with open(src, encoding="gbk", newline="") as fin, open(dst, "w", encoding="gbk",
                                                                 newline="") as fout:
        fout.write(fin.readline())
        for line in fin:
            cells = line.split(",")
            cells[17] = REMARK
            fout.write(",".join(cells))
    return dst


def run(tree: Path, src: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", PARSE, str(src), str(tree)], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    before = Path(sys.argv[1])
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    from bench._allinpay_gen import generate

    with tempfile.TemporaryDirectory() as tmp:
        plain = generate(Path(tmp) / "plain.csv", rows)
        remarks = with_remarks(plain, Path(tmp) / "remarks.csv")
        for name, src in (("as generated", plain), ("with remarks", remarks)):
            ratios = []
            for n in range(1, rounds + 1):
                if n % 2:  # alternate which tree runs first (the second often runs warmer)
                    b, a = run(before, src), run(ROOT, src)
                else:
                    a, b = run(ROOT, src), run(before, src)
                assert a["rows"] == b["rows"] == rows, (a, b)
                ratios.append(a["cpu"] / b["cpu"])
                print(f"{name} round {n}: CPU before {b['cpu']:.2f} s, after {a['cpu']:.2f} s"
                      f" (wall {b['seconds']:.1f} / {a['seconds']:.1f} s; {rows:,} rows, masked"
                      f" {b['masked']}/{a['masked']}); ratio {ratios[-1]:.3f}", flush=True)
            print(f"{name}: CPU after/before median {statistics.median(ratios):.3f}"
                  f" (rounds {', '.join(f'{r:.3f}' for r in ratios)})", flush=True)


if __name__ == "__main__":
    main()
