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
    locking,
    query,
    restore,
    settings,
    trail,
    transactions,
)
from shopguard.core.store.database import Database
from shopguard.core.store.failures import (
    DamagedDatabase,
    DatabaseBusy,
    DatabaseError,
    DiskFull,
    NewerDatabase,
    NoDatabase,
    ReadOnlyDatabase,
    explain,
)
from shopguard.core.store.findings import Finding, cli_lang
from shopguard.core.store.settings import SPECS, TERMINAL_KINDS, SettingError
from shopguard.core.store.transactions import PUBLIC_COLUMNS, iter_transactions

__all__ = [
    "PUBLIC_COLUMNS",
    "SPECS",
    "TERMINAL_KINDS",
    "DamagedDatabase",
    "Database",
    "DatabaseBusy",
    "DatabaseError",
    "DiskFull",
    "Finding",
    "NewerDatabase",
    "NoDatabase",
    "ReadOnlyDatabase",
    "SettingError",
    "access",
    "audit",
    "audit_head",
    "backup",
    "check",
    "cli_lang",
    "explain",
    "export",
    "iter_transactions",
    "locking",
    "query",
    "restore",
    "settings",
    "trail",
    "transactions",
]
