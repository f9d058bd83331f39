"""The store: the database file, its schema, and the one face every package reads and writes through.

Opening a database with every package's migrations is `shopguard.core.workspace.connect`;
this package knows no capability package (importing, detection, procedures, insights,
reconcile).
"""

from shopguard.core.store import (
    access,
    audit,
    audit_head,
    backup,
    check,
    export,
    query,
    restore,
    settings,
    trail,
    transactions,
)
from shopguard.core.store.database import Database, DatabaseError
from shopguard.core.store.findings import Finding, cli_lang
from shopguard.core.store.settings import SPECS, TERMINAL_KINDS, SettingError
from shopguard.core.store.transactions import PUBLIC_COLUMNS, iter_transactions

__all__ = [
    "PUBLIC_COLUMNS",
    "SPECS",
    "TERMINAL_KINDS",
    "Database",
    "DatabaseError",
    "Finding",
    "SettingError",
    "access",
    "audit",
    "audit_head",
    "backup",
    "check",
    "cli_lang",
    "export",
    "iter_transactions",
    "query",
    "restore",
    "settings",
    "trail",
    "transactions",
]
