"""Indexes the Transactions screen's search and sorts need (migration set `shopguard.query`).

Search ORs reference, voucher and order number prefixes, card last 4 and the amount; SQLite
answers such an OR from indexes (a union of rowid lookups) only when every arm has one, and
sorting a million rows by amount without an index takes seconds per deep page.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("shopguard.query")


@migrations()
def m001_search_and_sort_indexes(db: Database) -> None:
    for name, expr in {
        "amount": "amount_minor",
        "voucher": "voucher_no",
        "order": "order_no",
        "card_last4": "substr(card, -4)",
    }.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_transactions_{name} ON transactions ({expr})")
