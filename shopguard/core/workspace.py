"""The composition root of the core: the one module that knows every package.

Packages stay independent of each other (importing knows nothing of detection or procedures;
the store knows no capability), so what ties them together lives here: the full list of schema
migrations, and what must follow an import. The CLI and the GUI open databases and import
files through these functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from shopguard.core.detection.schema import migrations as detection_migrations
from shopguard.core.importing.importer import AfterStore, FileResult
from shopguard.core.importing.importer import import_file as _import_file
from shopguard.core.procedures.cases import link_resolutions
from shopguard.core.procedures.schema import migrations as procedures_migrations
from shopguard.core.store import database
from shopguard.core.store.schema import STORE_MIGRATION_SETS

# Order matters: later sets may reference tables of earlier ones (cases name alerts).
MIGRATION_SETS: list[Migrations] = [*STORE_MIGRATION_SETS, detection_migrations,
                                    procedures_migrations]


def connect(path: Path | str, *, create: bool = True) -> database.ShopDatabase:
    """Open and migrate the database at `path` with every package's schema; a missing file is
    created only when `create` (see `store.database.connect`)."""
    return database.connect(path, MIGRATION_SETS, create=create)


def pending_migrations(db: Database) -> list[str]:
    return database.pending_migrations(db, MIGRATION_SETS)


def _link_open_cases(db: Database, result: FileResult, actor: str) -> None:
    """New voids/refunds close the loop on open cases, in the import's transaction."""
    linked = link_resolutions(db, actor)
    if linked:
        result.notes.append("void/refund found for open case(s) "
                            + ", ".join(f"#{case_id}" for case_id in sorted(linked)))


AFTER_STORE: tuple[AfterStore, ...] = (_link_open_cases,)


def import_file(db: Database, path: Path | str, **options: Any) -> FileResult:
    """Import one statement file (see `importing.import_file`) with what follows an import."""
    return _import_file(db, path, after_store=AFTER_STORE, **options)


__all__ = ["MIGRATION_SETS", "connect", "import_file", "pending_migrations"]
