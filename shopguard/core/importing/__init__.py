"""Importing statements: reading files, the format registry, parsing, the worker, the importer.

One pipeline: `reading` (bytes → rows) → `formats` (rows → transactions) → `parsing` (batches,
in-process or in `parse_worker`) → `importer` (one transaction per file). It knows nothing of
detection, procedures or reconciliation: `shopguard.core.workspace` runs what follows an import.

Names are loaded on first use: the parsing worker process imports `parse_worker` through this
package and must not pay for the importer's database layer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shopguard.core.importing.demo import DemoError, generate_demo
    from shopguard.core.importing.formats import registry
    from shopguard.core.importing.formats.bank_mapping import (
        BankMapping,
        list_bank_mappings,
        load_bank_mapping,
        save_bank_mapping,
    )
    from shopguard.core.importing.formats.base import (
        HEADER_SCAN_ROWS,
        ParseContext,
        RowError,
        normalize_header,
    )
    from shopguard.core.importing.formats.mapping import (
        DATE_FORMATS,
        DATETIME_FORMATS,
        SYNONYMS,
        TIME_FORMATS,
        ColumnMapping,
        MappedFormat,
        MappingError,
        guess_mapping,
        list_mappings,
        load_mapping,
        save_mapping,
    )
    from shopguard.core.importing.importer import (
        FileResult,
        ImportCancelled,
        list_imports,
        undo_import,
    )
    from shopguard.core.importing.reading.errors import UnreadableFile
    from shopguard.core.importing.reading.table import open_table

_SOURCES = {
    "shopguard.core.importing.demo": ("DemoError", "generate_demo"),
    "shopguard.core.importing.formats": ("registry",),
    "shopguard.core.importing.formats.bank_mapping": ("BankMapping", "list_bank_mappings",
                                                      "load_bank_mapping", "save_bank_mapping"),
    "shopguard.core.importing.formats.base": ("HEADER_SCAN_ROWS", "ParseContext", "RowError",
                                              "normalize_header"),
    "shopguard.core.importing.formats.mapping": ("DATE_FORMATS", "DATETIME_FORMATS", "SYNONYMS",
                                                 "TIME_FORMATS", "ColumnMapping", "MappedFormat",
                                                 "MappingError", "guess_mapping", "list_mappings",
                                                 "load_mapping", "save_mapping"),
    "shopguard.core.importing.importer": ("FileResult", "ImportCancelled", "list_imports",
                                          "undo_import"),
    "shopguard.core.importing.reading.errors": ("UnreadableFile",),
    "shopguard.core.importing.reading.table": ("open_table",),
}
_MODULE_OF = {name: module for module, names in _SOURCES.items() for name in names}

__all__ = [
    "DATETIME_FORMATS",
    "DATE_FORMATS",
    "HEADER_SCAN_ROWS",
    "SYNONYMS",
    "TIME_FORMATS",
    "BankMapping",
    "ColumnMapping",
    "DemoError",
    "FileResult",
    "ImportCancelled",
    "MappedFormat",
    "MappingError",
    "ParseContext",
    "RowError",
    "UnreadableFile",
    "generate_demo",
    "guess_mapping",
    "list_bank_mappings",
    "list_imports",
    "list_mappings",
    "load_bank_mapping",
    "load_mapping",
    "normalize_header",
    "open_table",
    "registry",
    "save_bank_mapping",
    "save_mapping",
    "undo_import",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
