"""Benchmark: `stats --by day` and redrawing the daily chart on 1,000,000 transactions,
against the bare import baseline measured in the same run.

Baseline: a generated CSV with the transactions' columns read with `csv.reader` and
`executemany`-inserted into a bare SQLite table (same columns, no indexes or constraints) in
one transaction. Targets: each chart timing below 0.2 × the baseline.

    python bench/bench_charts.py [--rows 1000000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.baseline import bare_import
from shopguard.charts.draw import ChartDrawer
from shopguard.charts.export import new_figure
from shopguard.charts.labels import ChartLabels
from shopguard.cli import main as cli_main
from shopguard.core.insights.chartspec import ChartRequest, load_chart_data
from shopguard.core.insights.stats import period_for, series
from shopguard.core.workspace import connect

COLUMNS = ("occurred_at", "settled_on", "merchant_id", "terminal_id", "card", "card_brand",
           "card_type", "type", "status", "amount_minor", "fee_minor", "net_minor", "currency",
           "reference_no", "voucher_no", "batch_no", "auth_code", "original_reference_no",
           "operator", "order_no", "description", "import_id", "source_line", "natural_key")
START = datetime(2023, 1, 1)
DAYS = 3 * 365


def generate(n: int, seed: int = 7) -> Iterator[tuple[object, ...]]:
    """`n` plausible rows in time order over three years (shop hours, a few night swipes)."""
    rnd = random.Random(seed)
    per_day = n / DAYS
    terminals = ["40984694", "97169021", "10230001"]
    operators = ["01", "02", "王芳", "李雷", ""]
    cards = [f"622848******{rnd.randrange(10_000):04d}" for _ in range(5000)]
    made = 0
    for day in range(DAYS):
        base = START + timedelta(days=day)
        count = min(n - made, int(per_day * (day + 1)) - made)
        seconds = sorted(rnd.randrange(9 * 3600, 21 * 3600) if rnd.random() < 0.97
                         else rnd.randrange(86_400) for _ in range(count))
        for s in seconds:
            made += 1
            r = rnd.random()
            kind = "sale" if r < 0.95 else ("void" if r < 0.975 else "refund")
            status = "failed" if rnd.random() < 0.02 else "success"
            amount = rnd.randrange(100, 500_000)
            fee = amount * 6 // 1000
            net = (amount - fee) if kind == "sale" else -amount
            at = (base + timedelta(seconds=s)).strftime("%Y-%m-%dT%H:%M:%S")
            yield (at, at[:10], "898990258124666", rnd.choice(terminals), rnd.choice(cards),
                   "UnionPay", "debit", kind, status, amount, fee, net, "CNY", f"R{made:012d}",
                   f"{made % 1_000_000:06d}", "000829", f"{made % 999_999:06d}", "",
                   rnd.choice(operators), "", "", 1, made, f"bench:{made}")
    while made < n:  # rounding remainder on the last day
        made += 1
        at = (START + timedelta(days=DAYS - 1, hours=12)).strftime("%Y-%m-%dT%H:%M:%S")
        yield (at, at[:10], "898990258124666", "40984694", cards[0], "UnionPay", "debit",
               "sale", "success", 1000, 6, 994, "CNY", f"R{made:012d}", "", "", "", "", "",
               "", "", 1, made, f"bench:{made}")


def build_shopguard_db(path: Path, n: int) -> float:
    db = connect(path)
    t0 = time.perf_counter()
    with db.atomic():
        db.conn.execute("INSERT INTO imports (id, file_name, file_path, sha256, format, "
                        "imported_at) VALUES (1, 'bench.csv', 'bench.csv', '', 'bench', ?)",
                        (START.isoformat(),))
        db.conn.executemany(
            f"INSERT INTO transactions ({', '.join(COLUMNS)}) VALUES "
            f"({', '.join('?' * len(COLUMNS))})", generate(n))
    elapsed = time.perf_counter() - t0
    db.conn.execute("ANALYZE")
    db.close()
    return elapsed


def write_csv(path: Path, n: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(generate(n))


def baseline_import(csv_path: Path, db_path: Path) -> float:
    """The bare import (bench/baseline.py) over this benchmark's generated columns."""
    return bare_import(csv_path, db_path, COLUMNS)


def best_of(runs: int, fn: object) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def _qt_redraw(data: object, labels: ChartLabels, runs: int = 3) -> float | None:
    """The GUI's path: the same drawer on a `backend_qtagg` canvas (None without PySide6)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    figure = Figure(figsize=(11, 5.5), dpi=100)
    canvas = FigureCanvasQTAgg(figure)
    canvas.resize(1100, 550)
    drawer = ChartDrawer(figure)
    drawer.draw(data, labels)  # type: ignore[arg-type]
    canvas.draw()

    def redraw() -> None:
        drawer.draw(data, labels)  # type: ignore[arg-type]
        canvas.draw()
        app.processEvents()

    return best_of(runs, redraw)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3, help="best of N for the chart timings")
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    parser.add_argument("--reuse", action="store_true",
                        help="reuse the ShopGuard database and CSV kept in --keep (the baseline "
                             "import is still measured in this run)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="shopguard-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    sg_db, csv_path, bare_db = folder / "bench.db", folder / "bench.csv", folder / "bare.db"
    reuse = args.reuse and sg_db.exists() and csv_path.exists()
    for p in (bare_db,) if reuse else (sg_db, bare_db, csv_path):
        for q in (p, p.with_name(p.name + "-wal"), p.with_name(p.name + "-shm")):
            q.unlink(missing_ok=True)

    print(f"rows: {args.rows:,}  folder: {folder}")
    if reuse:
        print("setup: reusing the generated database and CSV")
    else:
        fill = build_shopguard_db(sg_db, args.rows)
        print(f"setup: generated ShopGuard database in {fill:.2f} s (indexed table)")
        write_csv(csv_path, args.rows)
    baseline = baseline_import(csv_path, bare_db)
    print(f"baseline: bare import (csv.reader + executemany, 1 transaction) {baseline:.3f} s"
          f"  ({args.rows / baseline:,.0f} rows/s)")

    db = connect(sg_db)

    def stats_core() -> None:
        period = period_for(db)
        assert period is not None
        series(db, "day", period)

    def stats_cli() -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli_main(["--db", str(sg_db), "stats", "--by", "day", "--json"]) == 0

    figure = new_figure()
    drawer = ChartDrawer(figure)
    labels = ChartLabels("zh_CN")
    request = ChartRequest(by="day", kind="count")
    drawer.draw(load_chart_data(db, request), labels)
    figure.canvas.draw()  # first draw builds fonts and tick caches; redraws are what we time
    data = load_chart_data(db, request)

    def redraw_only() -> None:
        drawer.draw(data, labels)
        figure.canvas.draw()

    def redraw_with_query() -> None:
        drawer.draw(load_chart_data(db, request), labels)
        figure.canvas.draw()

    qt_redraw = _qt_redraw(data, labels)
    assert data.series is not None
    buckets = len(data.series.buckets)
    total = data.series.total_count
    assert total == args.rows, (total, args.rows)
    results = [
        ("stats --by day (core query, whole period)", best_of(args.runs, stats_core)),
        ("stats --by day --json (CLI, in-process)", best_of(args.runs, stats_cli)),
        ("redraw daily chart (artists + Agg render)", best_of(args.runs, redraw_only)),
        ("redraw daily chart incl. SQL aggregation", best_of(args.runs, redraw_with_query)),
    ]
    if qt_redraw is not None:
        results.append(("redraw daily chart on the Qt canvas (offscreen)", qt_redraw))
    db.close()
    print(f"daily chart: {buckets} buckets, {total:,} transactions")
    ok = True
    for name, seconds in results:
        ratio = seconds / baseline
        ok &= ratio < 0.2
        print(f"{name:<45} {seconds:8.3f} s   {ratio:5.3f} × baseline"
              f"   {'OK' if ratio < 0.2 else 'OVER'} (target < 0.2×)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
