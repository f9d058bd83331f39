"""Open alerts as chart markers. Works before the detection subsystem exists (no markers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from shopguard.core.insights.stats import Filters, Period


@dataclass(frozen=True)
class AlertMark:
    alert_id: int
    rule: str
    at: datetime  # when the alert's first evidence happened
    last_at: datetime
    transaction_ids: tuple[int, ...]


def _has_table(db: Database, name: str) -> bool:
    row = db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
    return row is not None


def open_alert_marks(db: Database, period: Period, filters: Filters | None = None,
                     limit: int = 5000) -> list[AlertMark]:
    """Open alerts whose first evidence falls in the period (terminal/card filters applied)."""
    if not _has_table(db, "alerts"):
        return []
    filters = filters or Filters()
    where = ["status = 'open'", "first_at >= ?", "first_at < ?"]
    params: list[object] = [*period.bounds]
    if filters.terminal_id is not None:
        where.append("terminal_id = ?")
        params.append(filters.terminal_id)
    if filters.card_last4 is not None:
        where.append("substr(card, -4) = ?")
        params.append(filters.card_last4)
    if filters.currency is not None and "currency" in {
            r[1] for r in db.conn.execute("PRAGMA table_info(alerts)")}:
        where.append("currency = ?")
        params.append(filters.currency)
    rows = db.conn.execute(
        f"SELECT id, rule, first_at, last_at FROM alerts WHERE {' AND '.join(where)} "
        "ORDER BY first_at, id LIMIT ?", [*params, limit]).fetchall()
    ids: dict[int, list[int]] = {}
    if rows and _has_table(db, "alert_transactions"):
        marks = ",".join(str(int(r[0])) for r in rows)
        for alert_id, txn_id in db.conn.execute(
                "SELECT alert_id, transaction_id FROM alert_transactions "
                f"WHERE alert_id IN ({marks}) ORDER BY alert_id, position, transaction_id"):
            ids.setdefault(int(alert_id), []).append(int(txn_id))
    return [AlertMark(int(r[0]), str(r[1]), datetime.fromisoformat(r[2]),
                      datetime.fromisoformat(r[3]), tuple(ids.get(int(r[0]), ())))
            for r in rows]
