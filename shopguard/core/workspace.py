"""The composition root of the core: the one module that knows every package.

Packages stay independent of each other (importing knows nothing of detection or procedures;
the store knows no capability), so what ties them together lives here: the full list of schema
migrations, and what must follow an import. The CLI and the GUI open databases and import
files through these functions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from shopguard.core import notes
from shopguard.core.detection.alerts import counts_for_import
from shopguard.core.detection.scan import ScanCancelled, scan_pending
from shopguard.core.detection.schema import migrations as detection_migrations
from shopguard.core.importing.demo import generate_demo as _generate_demo
from shopguard.core.importing.importer import AfterStore, FileResult
from shopguard.core.importing.importer import import_file as _import_file
from shopguard.core.procedures.cases import link_resolutions
from shopguard.core.procedures.schema import migrations as procedures_migrations
from shopguard.core.reconcile.schema import migrations as reconcile_migrations
from shopguard.core.store import database
from shopguard.core.store.schema import STORE_MIGRATION_SETS

ScanProgress = Callable[[int, int], None]  # rules done, rules in all

# Order matters: later sets may reference tables of earlier ones (cases name alerts).
MIGRATION_SETS: list[Migrations] = [*STORE_MIGRATION_SETS, detection_migrations,
                                    procedures_migrations, reconcile_migrations]


def connect(path: Path | str, *, create: bool = True) -> database.ShopDatabase:
    """Open and migrate the database at `path` with every package's schema; a missing file is
    created only when `create` (see `store.database.connect`)."""
    return database.connect(path, MIGRATION_SETS, create=create)


def pending_migrations(db: Database) -> list[str]:
    return database.pending_migrations(db, MIGRATION_SETS)


CASES_LINKED = notes.define(
    "import.cases_linked",
    "A void or refund in this file belongs to open case(s) {cases}; it was added to the case.",
    "此文件中的撤销或退款属于未结案件 {cases}，已加入案件。")


def _link_open_cases(db: Database, result: FileResult, actor: str) -> None:
    """New voids/refunds close the loop on open cases, in the import's transaction."""
    linked = link_resolutions(db, actor)
    if linked:
        result.notes.append(notes.note(
            CASES_LINKED, cases=", ".join(f"#{case_id}" for case_id in sorted(linked))))


AFTER_STORE: tuple[AfterStore, ...] = (_link_open_cases,)


def import_file(db: Database, path: Path | str, *, scan: bool = True,
                scan_progress: ScanProgress | None = None, **options: Any) -> FileResult:
    """Import one statement file (see `importing.import_file`) with what follows an import:
    open cases get their new voids/refunds (in the import's transaction), then the days the
    file touched are scanned for duplicates (`detection.scan_pending`, its own transaction).

    The import's `cancel` also stops the scan: the import stays, `result.scan["status"]` is
    "cancelled", and the next scan catches up (the risk summary says what is not checked).
    `scan=False` leaves the scan to the caller (benchmarks of the import alone).
    """
    result = _import_file(db, path, after_store=AFTER_STORE, **options)
    # A bank statement (format names bank_...) adds bank lines, no transactions to scan.
    if scan and result.ok and not result.format.startswith("bank_"):
        scan_after_import(db, result, progress=scan_progress, cancel=options.get("cancel"),
                          actor=str(options.get("actor", "owner")))
    return result


def generate_demo(db: Database, *, scan: bool = True, **options: Any) -> int:
    """Demo data (see `importing.generate_demo`), scanned like any import; returns the rows."""
    rows = _generate_demo(db, **options)
    if scan:
        scan_pending(db, actor=str(options.get("actor", "owner")))
    return rows


def scan_after_import(db: Database, result: FileResult, *,
                      progress: ScanProgress | None = None,
                      cancel: Callable[[], bool] | None = None, actor: str = "owner") -> None:
    """Scan what arrived since the last scan and put what it found into `result.scan`."""
    try:
        found = scan_pending(db, progress=progress, cancel=cancel, actor=actor)
    except ScanCancelled:
        result.scan = {"status": "cancelled", "created": 0, "by_rule": {}}
        return
    by_rule = counts_for_import(db, result.import_id) if result.import_id else {}
    result.scan = {"status": "done", "created": found.created, "by_rule": by_rule}


__all__ = ["MIGRATION_SETS", "connect", "generate_demo", "import_file", "pending_migrations",
           "scan_after_import"]
