"""`shopguard backup [--out FILE]`, `shopguard backup --list` and `shopguard restore FILE`."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from shopguard.cli.errors import UsageError, UserError
from shopguard.cli.output import print_json, print_table
from shopguard.core import workspace
from shopguard.core.files import FileWriteError
from shopguard.core.paths import default_db_path
from shopguard.core.store import DatabaseError, access, backup, cli_lang, restore, settings


def _backup(args: argparse.Namespace, db: Any) -> int:
    if args.list:
        return _list(args, db)
    try:
        if args.out:
            out = Path(args.out)
            meta = backup.make_backup(db, out, actor=args.by)
        else:
            out, meta = backup.backup_now(db, actor=args.by)
    except FileWriteError as exc:
        raise UserError(f"backup: {exc.text(cli_lang())}") from None
    if args.json:
        print_json({"path": str(out), **meta.to_json()})
    else:
        head = meta.head.short() if meta.head else "-"
        print(f"backup written to {out} (audit log head {head})")
    return 0


def _list(args: argparse.Namespace, db: Any) -> int:
    where = backup.folder(db)
    rows = []
    for path in reversed(backup.auto_backups(where, Path(backup.db_file(db) or "x").stem)):
        meta = backup.read_meta(path)
        rows.append({"file": path.name, "made": meta.created_at if meta else "",
                     "kind": meta.kind if meta else "",
                     "audit_head": meta.head.short() if meta and meta.head else "",
                     "bytes": path.stat().st_size})
    if args.json:
        print_json({"folder": str(where), "keep": settings.get(db, "backup_keep"), "backups": rows,
                    "last": backup.last_backup(db)})
    else:
        print(f"backups in {where}:")
        print_table(rows, ["file", "made", "kind", "audit_head", "bytes"])
    return 0


def _restore(args: argparse.Namespace, _db: Any) -> int:
    db_path = args.db or default_db_path()
    pin = args.pin or os.environ.get("SHOPGUARD_OWNER_PIN") or None
    lang = cli_lang()
    if not Path(args.file).exists():
        raise UsageError(f"restore: {args.file}: no such file")
    try:
        result = restore.restore(db_path, args.file, workspace.MIGRATION_SETS, pin=pin,
                                 backup_pin=args.backup_pin, actor=args.by)
    except restore.RestoreError as exc:
        raise UserError(f"restore: {exc.text(lang)}") from None
    except access.OwnerRequired as exc:
        raise UserError(f"refused: {exc.text(lang)}") from None
    except (DatabaseError, FileWriteError) as exc:
        raise UserError(f"restore: {exc}") from None
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"restored {result.path} into {db_path}")
    print(f"the database as it was is kept at {result.aside}")
    for p in result.problems:
        print(f"warning: the backup's audit log: {p.text(lang)}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="copy the database to a file (consistent while the app runs)")
    p.add_argument("--out", help="the backup file (default: the backups folder beside the database,"
                   " keeping the newest `backup_keep`)")
    p.add_argument("--list", action="store_true", help="list the automatic backups")
    p.add_argument("--by", default="owner", help="who is making it (audit log)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_backup)

    r = sub.add_parser("restore", help="replace the database with a backup (the current one is kept"
                       " aside)")
    r.add_argument("file")
    r.add_argument("--pin", help="owner PIN (or SHOPGUARD_OWNER_PIN) when staff mode is on")
    r.add_argument("--backup-pin", help="the owner PIN in use when the backup was made, if it"
                   " was another")
    r.add_argument("--by", default="owner", help="who is restoring (audit log)")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=_restore, needs_db=False)
