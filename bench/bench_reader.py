"""Reader benchmark: `Table.blocks()` against a bare csv.reader over the same file, same run.

Run: python bench/bench_reader.py [ROWS] [ROUNDS]   (default 200,000 rows, 5 rounds)

Two files in the Allinpay layout: the plain export (GBK, ids armoured with a leading backtick,
no quote anywhere: the str.split fast path) and the same rows with every cell quoted (UTF-8
with BOM, as a spreadsheet re-saves it: the csv path, armour inside the quotes). Each round
reads each file once with the baseline and once with the reader, alternating; the figure that
matters is the median ratio reader/baseline per file. Times are CPU seconds of this process
(time.process_time): on a shared machine wall-clock seconds move with the other processes.
"""

from __future__ import annotations

import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._allinpay_gen import generate  # noqa: E402
from shopguard.core.importing.reading.table import open_table  # noqa: E402


def all_quoted(src: Path, dst: Path) -> Path:
    """`src` (GBK) rewritten with every cell quoted, UTF-8 with BOM."""
    with open(src, encoding="gbk", newline="") as f_in, \
            open(dst, "w", encoding="utf-8-sig", newline="") as f_out:
        csv.writer(f_out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(
            csv.reader(f_in))
    return dst


def baseline(path: Path, encoding: str) -> tuple[float, int]:
    t0 = time.process_time()
    with open(path, encoding=encoding, newline="") as f:
        n = sum(1 for _ in csv.reader(f))
    return time.process_time() - t0, n


def reader(path: Path) -> tuple[float, int]:
    t0 = time.process_time()
    table = open_table(path)
    n = sum(len(block) for block in table.blocks())
    return time.process_time() - t0, n


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as tmp:
        plain = generate(Path(tmp) / "plain.csv", rows)
        quoted = all_quoted(plain, Path(tmp) / "quoted.csv")
        files = (("plain (backtick armour, no quotes)", plain, "gbk"),
                 ("all cells quoted (armour inside quotes)", quoted, "utf-8-sig"))
        print(f"{rows:,} rows; {rounds} rounds, baseline and reader alternating")
        for label, path, encoding in files:
            ratios, ours = [], []
            for _ in range(rounds):
                base_s, base_n = baseline(path, encoding)
                our_s, our_n = reader(path)
                assert our_n == base_n, (our_n, base_n)
                ratios.append(our_s / base_s)
                ours.append(our_s)
            print(f"{label}: reader {statistics.median(ours):.3f} s CPU;"
                  f" ratio reader/csv.reader median {statistics.median(ratios):.2f}x"
                  f" (rounds: {', '.join(f'{r:.2f}' for r in ratios)})", flush=True)


if __name__ == "__main__":
    main()
