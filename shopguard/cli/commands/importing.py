"""`import`, `formats`, `imports` and `undo-import`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from shopguard.cli.errors import UsageError, UserError
from shopguard.cli.output import print_json, print_table
from shopguard.core import notes, workspace
from shopguard.core.detection import texts
from shopguard.core.importing import FileResult, list_imports, registry, undo_import
from shopguard.core.paths import default_db_path, mappings_dir
from shopguard.core.store import access

MAPPING_SAVED = notes.define("import.mapping_saved", "The column mapping was saved as “{name}”.",
                             "列对应关系已保存为“{name}”。")
MAPPING_NOT_SAVED = notes.define("import.mapping_not_saved",
                                 "The column mapping was not saved: {reason}",
                                 "列对应关系未能保存：{reason}")


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db or default_db_path())


def _import(args: argparse.Namespace, db: Any) -> int:
    if args.format and args.mapping:
        raise UsageError("import: give --format or --mapping, not both")
    if args.format and registry.get(args.format) is None:
        raise UsageError(f"import: unknown format {args.format!r}; see `shopguard formats`")
    mapping: Any = None
    mdir = mappings_dir(_db_path(args))
    if args.mapping:
        from shopguard.core.importing import MappingError, load_bank_mapping, load_mapping

        try:
            mapping = load_mapping(mdir, args.mapping)
        except MappingError as exc:
            try:  # a bank statement's mapping of that name, then
                mapping = load_bank_mapping(mdir, args.mapping)
            except MappingError:
                raise UserError(f"import: {exc}") from None
    results = []
    for name in args.files:
        result = workspace.import_file(db, Path(name), format_name=args.format, mapping=mapping,
                                      skip_bad_rows=args.skip_bad_rows)
        if result.ok and args.save_mapping and result.mapping is not None:
            from shopguard.core.importing import (
                BankMapping,
                ColumnMapping,
                MappingError,
                save_bank_mapping,
                save_mapping,
            )

            named = {**result.mapping, "name": args.save_mapping}
            try:
                if named.get("kind") == "bank":
                    save_bank_mapping(mdir, BankMapping.from_json(named))
                else:
                    save_mapping(mdir, ColumnMapping.from_json(named))
                result.notes.append(notes.note(MAPPING_SAVED, name=args.save_mapping))
            except (OSError, MappingError) as exc:  # the import stands; say what did not
                result.notes.append(notes.note(MAPPING_NOT_SAVED, reason=str(exc)))
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
    lang = texts.current_lang()
    for note in r.notes:
        print(f"  {'注意' if lang == 'zh_CN' else 'note'}: {notes.text_of(note, lang)}",
              file=stream)
    if r.scan is not None:
        print(f"  {_scan_line(r.scan, lang)}", file=stream)
    shown = r.errors[:20]
    for e in shown:
        if e.line or e.column:
            print(f"  {Path(r.path).name}: {e}", file=stream)
    if len(r.errors) > len(shown):
        print(f"  ... and {len(r.errors) - len(shown)} more (use --json for all)", file=stream)


def _scan_line(scan: dict[str, Any], lang: str) -> str:
    """What the scan after the import found, in one line."""
    zh = lang == "zh_CN"
    if scan["status"] != "done":
        return ("重复刷卡检查被中止；请运行 `shopguard scan`" if zh else
                "the check for duplicate swipes was stopped; run `shopguard scan`")
    by_rule: dict[str, int] = scan["by_rule"]
    dups = by_rule.get("duplicate_swipe", 0)
    others = sum(n for rule, n in by_rule.items() if rule != "duplicate_swipe")
    if not dups and not others:
        return "已检查：没有发现重复刷卡或其他风险" if zh else \
            "checked: no duplicate swipes or other risks found"
    parts = []
    if dups:
        parts.append(f"发现 {dups} 处重复刷卡" if zh else f"{dups} duplicate swipe(s) found")
    if others:
        parts.append(f"另有 {others} 条其他提醒" if zh else f"{others} other alert(s)")
    see = "（查看：`shopguard alerts`）" if zh else " (see `shopguard alerts`)"
    return ("，" if zh else ", ").join(parts) + see


def _formats(args: argparse.Namespace, db: Any) -> int:
    rows = [{"name": f.name, "kind": f.kind, "label": f.label,
             "extensions": ",".join(f.extensions)} for f in registry.all()]
    if args.json:
        print_json([{**r, "extensions": r["extensions"].split(",")} for r in rows])
    else:
        print_table(rows, ["name", "kind", "label", "extensions"])
    return 0


def _imports(args: argparse.Namespace, db: Any) -> int:
    rows = list_imports(db)
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["id", "file_name", "format", "imported_at", "imported",
                           "already_present", "left_out", "bad_rows", "undone_at"])
    return 0


def _undo(args: argparse.Namespace, db: Any) -> int:
    pin = args.pin or os.environ.get("SHOPGUARD_OWNER_PIN")
    try:
        removed = undo_import(db, args.id, actor=args.by, pin=pin)
    except LookupError as exc:
        raise UserError(f"undo-import: {exc.args[0]}") from None
    except access.OwnerRequired as exc:
        raise UserError(f"undo-import: {exc}") from None
    print(f"import {args.id} undone: {removed} row(s) removed")
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
