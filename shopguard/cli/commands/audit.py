"""`shopguard audit [--verify] [--json]`: the hash-chained audit log, and checking it."""

from __future__ import annotations

import argparse
import json
from typing import Any

from shopguard.cli.output import print_json, print_table
from shopguard.core.store import audit


def _short(value: Any) -> str:
    text = "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 60 else text[:57] + "..."


def _run(args: argparse.Namespace, db: Any) -> int:
    if args.verify:
        problems = audit.verify(db)
        count = db.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
        if args.json:
            print_json({"ok": not problems, "entries": count,
                        "problems": [{"id": p.entry_id, "message": p.message}
                                     for p in problems]})
        elif problems:
            for p in problems:
                print(f"audit log entry {p.entry_id}: {p.message}")
            print(f"audit chain BROKEN: {len(problems)} problem(s) in {count} entries")
        else:
            print(f"audit chain intact: {count} entries")
        return 1 if problems else 0
    rows = audit.entries(db)
    if args.limit:
        rows = rows[-args.limit:]
    if args.json:
        print_json({"entries": rows})
    else:
        print_table([{**r, "before": _short(r["before"]), "after": _short(r["after"])}
                     for r in rows], ["id", "at", "actor", "action", "subject", "before",
                                      "after"])
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="show the audit log, or --verify its hash chain")
    p.add_argument("--verify", action="store_true",
                   help="check the chain; exit 1 and name the entry if one was changed")
    p.add_argument("--limit", type=int, help="only the last N entries")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_run)
