"""How long `shopguard check` takes, section by section, against SQLite's own integrity_check
on the same database in the same run (the baseline).

    python -m bench.bench_check [--rows 200000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._allinpay_gen import generate
from shopguard.core import workspace
from shopguard.core.store import check


def timed(fn, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shopguard-check-") as tmp:
        db = workspace.connect(Path(tmp) / "shop.db")
        workspace.import_file(db, generate(Path(tmp) / "big.csv", args.rows))
        _, base = timed(lambda: db.conn.execute("PRAGMA integrity_check").fetchall())
        total = 0.0
        for name, fn in (("integrity + foreign keys", check.integrity),
                         ("audit trail", lambda d: check.audit_trail(d, None)),
                         ("money and imports", check.money), ("card numbers", check.card_numbers),
                         ("file permissions", check.permissions)):
            _, seconds = timed(fn, db)
            total += seconds
            print(f"{name:26s} {seconds:6.2f} s  ({seconds / base:4.1f}x integrity_check)")
        print(f"{'whole check':26s} {total:6.2f} s  ({total / base:4.1f}x integrity_check,"
              f" {args.rows:,} rows; integrity_check alone {base:.2f} s)")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
