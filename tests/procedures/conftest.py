"""Fixtures for the procedures tests: transactions written straight into a real database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from sqlite_utils import Database

from shopguard.core import clock

AddTxn = Callable[..., int]


@pytest.fixture
def add_txn(db: Database) -> AddTxn:
    """Insert one transaction row (with its import row on first use); return its id."""
    state: dict[str, Any] = {"import_id": None, "n": 0}

    def add(occurred_at: str, *, amount_minor: int = 5800, type: str = "sale",
            status: str = "success", card: str = "622848******0118", terminal_id: str = "10230001",
            reference_no: str = "", voucher_no: str = "", settled_on: str | None = None,
            original_reference_no: str = "", currency: str = "CNY", batch_no: str = "000001",
            operator: str = "王芳") -> int:
        if state["import_id"] is None:
            cur = db.conn.execute(
                "INSERT INTO imports (file_name, file_path, sha256, format, imported_at)"
                " VALUES ('t.csv', '/tmp/t.csv', 'x', 'test', '2026-09-01T00:00:00')")
            state["import_id"] = cur.lastrowid
        state["n"] += 1
        n = state["n"]
        cur = db.conn.execute(
            "INSERT INTO transactions (occurred_at, settled_on, merchant_id, terminal_id, card,"
            " type, status, amount_minor, currency, reference_no, voucher_no, batch_no,"
            " original_reference_no, operator, import_id, source_line, natural_key)"
            " VALUES (?, ?, '898310058120001', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (occurred_at, settled_on, terminal_id, card, type, status, amount_minor, currency,
             reference_no or f"R{n:011d}", voucher_no or f"{n:06d}", batch_no,
             original_reference_no, operator, state["import_id"], n, f"k{n}"))
        return int(cur.lastrowid or 0)

    return add


@pytest.fixture
def duplicate(add_txn: AddTxn) -> list[int]:
    """Two identical sales 47 seconds apart on 2026-09-10 (the second is the extra one).

    Fixes the clock at 15:00 that day (before the cut-off); tests needing another time set it.
    """
    clock.set_now(datetime(2026, 9, 10, 15, 0))
    first = add_txn("2026-09-10T12:30:05", reference_no="091012300501", voucher_no="000101")
    second = add_txn("2026-09-10T12:30:52", reference_no="091012305202", voucher_no="000102")
    return [first, second]


def make_alert(db: Database, alert_id: int, transaction_ids: list[int],
               status: str = "open") -> int:
    """An alert over these transactions, in the detection subsystem's tables.

    Until branch `detect` lands, those tables are created here with the columns cases use
    (alerts.id/status, alert_transactions); with the real schema, its required columns are
    filled with a duplicate_swipe alert.
    """
    if "alerts" not in db.table_names():
        db.execute("CREATE TABLE alerts (id INTEGER PRIMARY KEY, status TEXT)")
        db.execute("CREATE TABLE alert_transactions (alert_id INTEGER, transaction_id INTEGER)")
    cols = {c.name for c in db["alerts"].columns}
    row: dict[str, object] = {"id": alert_id, "status": status}
    full = {"rule": "duplicate_swipe", "fingerprint": f"test-{alert_id}", "severity": "high",
            "score": 90, "explanation_en": "same card, same amount", "explanation_zh": "同卡同额",
            "first_at": "2026-09-10T12:30:05", "last_at": "2026-09-10T12:30:52",
            "created_at": "2026-09-10T13:00:00", "updated_at": "2026-09-10T13:00:00"}
    row.update({k: v for k, v in full.items() if k in cols})
    db.conn.execute(f"INSERT INTO alerts ({', '.join(row)}) VALUES "
                    f"({', '.join('?' * len(row))})", list(row.values()))
    db.conn.executemany("INSERT INTO alert_transactions (alert_id, transaction_id) VALUES (?, ?)",
                        [(alert_id, t) for t in transaction_ids])
    return alert_id
