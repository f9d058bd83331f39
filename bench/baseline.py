"""The bare import every benchmark compares with, measured in the same run.

Python's csv.reader feeding one executemany into an unindexed SQLite table, in one
transaction: the least any importer can do with the same file.
"""

from __future__ import annotations

import csv
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path


def bare_import(csv_path: Path, db_path: Path, columns: Sequence[str],
                encoding: str = "utf-8") -> float:
    """Seconds to load `csv_path` (header skipped) into a fresh table with `columns`."""
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"CREATE TABLE baseline ({', '.join(columns)})")
    t0 = time.perf_counter()
    with csv_path.open(newline="", encoding=encoding) as f:
        reader = csv.reader(f)
        next(reader)
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO baseline VALUES ({', '.join('?' * len(columns))})",
                         (row[:len(columns)] for row in reader))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed
