"""Reading transactions back out (CLI listing, exports, the GUI's table uses its own pager)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

PUBLIC_COLUMNS: tuple[str, ...] = (
    "id", "occurred_at", "settled_on", "merchant_id", "terminal_id", "card", "type", "status",
    "amount_minor", "fee_minor", "net_minor", "currency", "reference_no", "voucher_no",
    "batch_no", "auth_code", "original_reference_no", "operator", "import_id", "time_known",
)


def iter_transactions(db: Database, date_from: str | None = None, date_to: str | None = None,
                      columns: tuple[str, ...] = PUBLIC_COLUMNS) -> Iterator[dict[str, Any]]:
    """Transactions in time order; `date_to` is inclusive (a whole day)."""
    where, params = [], []
    if date_from:
        where.append("occurred_at >= ?")
        params.append(date_from)
    if date_to:
        where.append("occurred_at < ?")
        params.append(date_to + "T99")  # after every time of that day
    sql = f"SELECT {', '.join(columns)} FROM transactions"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY occurred_at, id"
    for row in db.conn.execute(sql, params):
        yield dict(zip(columns, row, strict=True))
