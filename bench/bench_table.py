"""Benchmark the Transactions table on a 1,000,000-row database.

Builds the database once (demo data for 36 months, copied across shops in SQL until it holds
ROWS rows), then times: the first page, several filters answering (count + first page),
scrolling to the end (offset page from the far end, and keyset page after page), the totals,
and the Qt table model's first paint and jump to the last row.

    python bench/bench_table.py [--rows 1000000] [--db /tmp/bench_table.db]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopguard.core.importing.demo import generate_demo
from shopguard.core.store import query
from shopguard.core.workspace import connect

COPY_COLS = (
    "occurred_at, settled_on, merchant_id, card, card_brand, card_type, type, status,"
    " amount_minor, fee_minor, net_minor, currency, voucher_no, batch_no, auth_code, operator,"
    " order_no, description, source_line"
)


def build(path: Path, rows: int) -> float:
    t0 = time.perf_counter()
    db = connect(path)
    base = generate_demo(db, months=36, seed=7, end=date(2026, 10, 31))
    copies = -(-rows // base)
    with db.atomic():
        for k in range(1, copies):
            need = min(base, rows - base * k)
            if need <= 0:
                break
            db.conn.execute(
                f"INSERT INTO transactions ({COPY_COLS}, terminal_id, reference_no,"
                " original_reference_no, import_id, natural_key)"
                f" SELECT {COPY_COLS}, terminal_id || '-' || ?, reference_no || '-' || ?,"
                " CASE original_reference_no WHEN '' THEN '' ELSE original_reference_no"
                " || '-' || ? END, import_id, natural_key || '|copy' || ?"
                " FROM transactions WHERE import_id = 1 AND natural_key NOT LIKE '%|copy%'"
                " ORDER BY id LIMIT ?",
                (k, k, k, k, need))
    db.conn.execute("ANALYZE")
    db.close()
    return time.perf_counter() - t0


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/bench_table.db"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--no-gui", action="store_true", help="skip the Qt model figures")
    args = ap.parse_args()
    if args.rebuild or not args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
        print(f"building {args.rows:,} rows in {args.db} ... ", end="", flush=True)
        print(f"{build(args.db, args.rows):.1f} s")
    db = connect(args.db)
    n = query.count(db, query.TxnFilter())
    print(f"database: {n:,} transactions")
    lines: list[tuple[str, float, str]] = []

    t, total = timed(lambda: query.count(db, query.TxnFilter()))
    t2, _ = timed(lambda: query.page(db, query.TxnFilter(), offset=0, limit=200, total=total))
    lines.append(("first page (count + 200 rows, by time)", t + t2, f"{total:,} rows"))

    day = db.conn.execute("SELECT substr(occurred_at, 1, 10) FROM transactions"
                          " ORDER BY occurred_at LIMIT 1 OFFSET ?", (n // 2,)).fetchone()[0]
    last4 = db.conn.execute("SELECT substr(card, -4) FROM transactions WHERE id = ?",
                            (n // 4,)).fetchone()[0]
    ref = db.conn.execute("SELECT reference_no FROM transactions WHERE id = ?",
                          (n // 3,)).fetchone()[0]
    filters: list[tuple[str, query.TxnFilter, str]] = [
        ("one day", query.TxnFilter(date_from=day, date_to=day + "T99"), "occurred_at"),
        ("terminal 10230002, one month", query.TxnFilter(
            terminal_id="10230002", date_from=day[:8] + "01", date_to=day[:8] + "28"),
         "occurred_at"),
        ("status failed", query.TxnFilter(status="failed"), "occurred_at"),
        ("type refund, by amount desc", query.TxnFilter(type="refund"), "amount_minor"),
        ("search reference (exact 12 digits)", query.TxnFilter(search=ref[:12]), "occurred_at"),
        (f"search card last 4 '{last4}' (also matches amount)", query.TxnFilter(search=last4),
         "occurred_at"),
        ("search amount '88.00'", query.TxnFilter(search="88.00"), "occurred_at"),
        (f"card last 4 filter '{last4}'", query.TxnFilter(card_last4=last4), "occurred_at"),
        ("operator 王芳, sorted by amount", query.TxnFilter(operator="王芳"), "amount_minor"),
    ]
    for label, f, sort in filters:
        def answer(f: query.TxnFilter = f, sort: str = sort) -> int:
            c = query.count(db, f)
            query.page(db, f, sort, sort == "amount_minor", 0, 200, total=c)
            return c
        t, c = timed(answer)
        lines.append((f"filter: {label} (count + first page)", t, f"{c:,} rows"))

    for sort in ("occurred_at", "amount_minor"):
        t, rows = timed(lambda sort=sort: query.page(db, query.TxnFilter(), sort, False,
                                                     total - 200, 200, total=total))
        lines.append((f"jump to the last page (sorted by {sort})", t, f"{len(rows)} rows"))
        t, rows = timed(lambda sort=sort: query.page(db, query.TxnFilter(), sort, False,
                                                     total // 2, 200, total=total))
        lines.append((f"jump to the middle page (sorted by {sort})", t, f"{len(rows)} rows"))

    def scroll_keyset(pages: int = 50) -> int:
        rows = query.page(db, query.TxnFilter(), "occurred_at", False, total // 2, 200,
                          total=total)
        for _ in range(pages):
            rows = query.page_after(db, query.TxnFilter(), "occurred_at", False, rows[-1], 200)
        return pages

    t, pages = timed(scroll_keyset, repeat=1)
    lines.append((f"scroll on by keyset, {pages} pages of 200 from the middle", t,
                  f"{t / pages * 1000:.2f} ms/page"))
    t, _ = timed(lambda: query.totals(db, query.TxnFilter()), repeat=1)
    lines.append(("totals over all rows", t, ""))
    t, _ = timed(lambda: query.totals(db, query.TxnFilter(date_from=day[:8] + "01",
                                                           date_to=day[:8] + "28")))
    lines.append(("totals for one month", t, ""))

    if not args.no_gui:
        lines.extend(bench_model(args.db, total))

    print()
    width = max(len(label) for label, _, _ in lines)
    for label, secs, note in lines:
        print(f"{label.ljust(width)}  {secs * 1000:9.1f} ms  {note}")
    return 0


def bench_model(db_path: Path, total: int) -> list[tuple[str, float, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from shopguard.gui.screens.transactions_model import TransactionsModel

    app = QApplication.instance() or QApplication([])
    db = connect(db_path)
    out: list[tuple[str, float, str]] = []
    t0 = time.perf_counter()
    model = TransactionsModel(db)
    model.set_filter(query.TxnFilter())
    model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole)
    out.append(("Qt model: set filter + first cell", time.perf_counter() - t0,
                f"{model.rowCount():,} rows"))
    t0 = time.perf_counter()
    model.data(model.index(total - 1, 1), Qt.ItemDataRole.DisplayRole)
    out.append(("Qt model: last row's cell", time.perf_counter() - t0, ""))
    t0 = time.perf_counter()
    model.sort(7, Qt.SortOrder.DescendingOrder)  # net: no index, so one full sort to an id list
    model.data(model.index(0, 7), Qt.ItemDataRole.DisplayRole)
    out.append(("Qt model: sort by net (unindexed, id list) + first cell",
                time.perf_counter() - t0, model.mode))
    t0 = time.perf_counter()
    model.sort(5, Qt.SortOrder.DescendingOrder)  # amount: indexed, paged by offset/key
    model.data(model.index(0, 5), Qt.ItemDataRole.DisplayRole)
    out.append(("Qt model: sort by amount + first cell", time.perf_counter() - t0, model.mode))
    t0 = time.perf_counter()
    for r in range(total // 2, total // 2 + 20_000, 25):  # a long scroll through 20,000 rows
        model.data(model.index(r, 1), Qt.ItemDataRole.DisplayRole)
    out.append(("Qt model: scroll 20,000 rows (sorted by amount)", time.perf_counter() - t0, ""))
    QCoreApplication.processEvents()
    del app
    return out


if __name__ == "__main__":
    raise SystemExit(main())
