"""Insert synthetic transactions (and their imports row) into a real ShopGuard database."""

from __future__ import annotations

import itertools
from typing import Any

from sqlite_utils import Database

from shopguard.core.detection.alerts import Alert, list_alerts

_ref = itertools.count(100_000_000_001)

DEFAULTS: dict[str, Any] = {
    "settled_on": None, "merchant_id": "898990258124666", "terminal_id": "10230001",
    "card": "622848******1234", "card_brand": "UnionPay", "card_type": "debit",
    "type": "sale", "status": "success", "fee_minor": None, "net_minor": None,
    "currency": "CNY", "voucher_no": "", "batch_no": "", "auth_code": "",
    "original_reference_no": "", "operator": "", "order_no": "", "description": "",
}


def add_import(db: Database, rows: list[dict[str, Any]]) -> int:
    """One imports row plus `rows` (each needs occurred_at and amount_minor); returns its id."""
    with db.atomic():
        cur = db.conn.execute(
            "INSERT INTO imports (file_name, file_path, sha256, format, imported_at)"
            " VALUES ('test.csv', '/tmp/test.csv', 'x', 'test', '2026-09-30T00:00:00')")
        import_id = int(cur.lastrowid or 0)
        for line, r in enumerate(rows, 1):
            row = {**DEFAULTS, **r}
            row.setdefault("reference_no", f"{next(_ref):012d}")
            row["import_id"], row["source_line"] = import_id, line
            key = f"test:{row['reference_no']}:{row['type']}:{row['status']}"
            row.setdefault("natural_key", key)
            cols = ", ".join(row)
            db.conn.execute(f"INSERT INTO transactions ({cols}) VALUES"
                            f" ({', '.join('?' * len(row))})", list(row.values()))
    return import_id


def sale(at: str, amount: int, **kw: Any) -> dict[str, Any]:
    return {"occurred_at": at, "amount_minor": amount, **kw}


def alerts_of(db: Database, rule: str) -> list[Alert]:
    return list_alerts(db, rule=rule)


def refs(alert: Alert) -> set[str]:
    return {t.reference_no for t in alert.transactions}
