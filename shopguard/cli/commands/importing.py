"""`import`, `formats`, `imports` and `undo-import`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from shopguard.cli.errors import UsageError, UserError
from shopguard.cli.output import print_json, print_table
from shopguard.core import workspace
from shopguard.core.importing import FileResult, list_imports, registry, undo_import
from shopguard.core.paths import default_db_path, mappings_dir
from shopguard.core.store import access


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db or default_db_path())


def _import(args: argparse.Namespace, db: Any) -> int:
    if args.format and args.mapping:
        raise UsageError("import: give --format or --mapping, not both")
    if args.format and registry.get(args.format) is None:
        raise UsageError(f"import: unknown format {args.format!r}; see `shopguard formats`")
    mapping = None
    mdir = mappings_dir(_db_path(args))
    if args.mapping:
        from shopguard.core.importing import MappingError, load_mapping

        try:
            mapping = load_mapping(mdir, args.mapping)
        except MappingError as exc:
            raise UserError(f"import: {exc}") from None
    results = []
    for name in args.files:
        result = workspace.import_file(db, Path(name), format_name=args.format, mapping=mapping,
                                      skip_bad_rows=args.skip_bad_rows)
        if result.ok and args.save_mapping and result.mapping is not None:
            from shopguard.core.importing import ColumnMapping, MappingError, save_mapping

            saved = ColumnMapping.from_json({**result.mapping, "name": args.save_mapping})
            try:
                save_mapping(mdir, saved)
                result.notes.append(f"mapping saved as {args.save_mapping!r}")
            except (OSError, MappingError) as exc:  # the import stands; say what did not
                result.notes.append(f"mapping not saved: {exc}")
        results.append(result)
        if not args.json:
            _print_human(result)
    if args.json:
        print_json({"files": [r.to_json() for r in results]})
    return 0 if all(r.ok for r in results) else 1


def _print_human(r: FileResult) -> None:
    stream = sys.stdout if r.ok else sys.stderr
    print(r.message, file=stream)
    if r.ok and r.masked_pans:
        print(f"  {r.masked_pans} full card number(s) masked to first 6 + last 4", file=stream)
    for note in r.notes:
        print(f"  note: {note}", file=stream)
    shown = r.errors[:20]
    for e in shown:
        if e.line or e.column:
            print(f"  {Path(r.path).name}: {e}", file=stream)
    if len(r.errors) > len(shown):
        print(f"  ... and {len(r.errors) - len(shown)} more (use --json for all)", file=stream)


def _formats(args: argparse.Namespace, db: Any) -> int:
    rows = [{"name": f.name, "label": f.label, "extensions": ",".join(f.extensions)}
            for f in registry.all()]
    if args.json:
        print_json([{**r, "extensions": r["extensions"].split(",")} for r in rows])
    else:
        print_table(rows, ["name", "label", "extensions"])
    return 0


def _imports(args: argparse.Namespace, db: Any) -> int:
    rows = list_imports(db)
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["id", "file_name", "format", "imported_at", "imported",
                           "already_present", "bad_rows", "undone_at"])
    return 0


def _undo(args: argparse.Namespace, db: Any) -> int:
    pin = args.pin or os.environ.get("SHOPGUARD_OWNER_PIN")
    try:
        removed = undo_import(db, args.id, actor=args.by, pin=pin)
    except LookupError as exc:
        raise UserError(f"undo-import: {exc.args[0]}") from None
    except access.OwnerRequired as exc:
        raise UserError(f"undo-import: {exc}") from None
    print(f"import {args.id} undone: {removed} transaction(s) removed")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="import statement files (CSV, XLSX)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", help="skip detection and use this format (see `formats`)")
    p.add_argument("--mapping", help="use a saved column mapping by name")
    p.add_argument("--save-mapping", metavar="NAME",
                   help="save the column mapping that was guessed for this file")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows; keep the bad ones in the import-errors table")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_import)

    f = sub.add_parser("formats", help="list the statement formats ShopGuard reads")
    f.add_argument("--json", action="store_true")
    f.set_defaults(handler=_formats)

    i = sub.add_parser("imports", help="list past imports")
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=_imports)

    u = sub.add_parser("undo-import", help="remove everything one import added")
    u.add_argument("id", type=int)
    u.add_argument("--by", default="owner", help="who is undoing it (audit log)")
    u.add_argument("--pin", help="owner PIN (staff mode); or set SHOPGUARD_OWNER_PIN")
    u.set_defaults(handler=_undo)
