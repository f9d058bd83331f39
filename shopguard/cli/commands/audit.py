"""`shopguard audit [--verify [--pin PIN] [--expect-head N:HASH]] [--json]`: the audit log, and
checking it (chain, owner seals, heads kept outside the database, the owner PIN's history)."""

from __future__ import annotations

import argparse
import json
import os
import re
from typing import Any

from shopguard.cli.errors import UsageError, UserError
from shopguard.cli.output import print_json, print_table
from shopguard.core.store import access, audit, cli_lang, trail

_HEAD = re.compile(r"^(\d+):([0-9a-f]{16,64})$")


def _short(value: Any) -> str:
    text = "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_head(text: str) -> audit.Head:
    """``COUNT:HASH`` as printed in a month-end report or by `audit --verify`."""
    m = _HEAD.match(text.strip().lower())
    if not m:
        raise UsageError(f"--expect-head: {text!r} is not COUNT:HASH like 1234:9f86d081884c7d65")
    return audit.Head(int(m.group(1)), 0, m.group(2), "")


def _verify(args: argparse.Namespace, db: Any) -> int:
    pin = args.pin or os.environ.get("SHOPGUARD_OWNER_PIN") or None
    expect = [parse_head(h) for h in args.expect_head or []]
    try:
        report = trail.verify_with_pin(db, pin, args.by, expect)
    except access.OwnerRequired as exc:
        raise UserError(f"refused: {exc.text(cli_lang())}") from None
    if args.json:
        print_json(report.to_json())
        return 0 if report.ok else 1
    lang = cli_lang()
    head = report.head.short() if report.head else "-"
    print(f"audit log: {report.entries} entries, {report.keyed} sealed with the owner's key,"
          f" {report.authenticated} seals checked; head {head}")
    for p in report.problems:
        print(f"problem: {p.text(lang)}")
    for n in report.notes:
        print(f"note: {n.text(lang)}")
    if report.problems:
        print(f"audit chain BROKEN: {len(report.problems)} problem(s) in {report.entries} entries")
        return 1
    print(f"audit chain intact: {report.entries} entries")
    return 0


def _acknowledge(args: argparse.Namespace, db: Any) -> int:
    pin = args.pin or os.environ.get("SHOPGUARD_OWNER_PIN") or None
    try:
        entry = trail.acknowledge(db, pin, args.by)
    except access.OwnerRequired as exc:
        raise UserError(f"refused: {exc.text(cli_lang())}") from None
    print(f"audit problems recorded so far acknowledged (entry {entry})")
    return 0


def _run(args: argparse.Namespace, db: Any) -> int:
    if args.acknowledge:
        return _acknowledge(args, db)
    if args.verify:
        return _verify(args, db)
    rows = audit.entries(db)
    if args.limit:
        rows = rows[-args.limit:]
    if args.json:
        print_json({"entries": rows, "head": audit.head(db).to_json()})
    else:
        print_table([{**r, "before": _short(r["before"]), "after": _short(r["after"])}
                     for r in rows], ["id", "at", "actor", "action", "subject", "before",
                                      "after"])
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="show the audit log, or --verify it")
    p.add_argument("--verify", action="store_true",
                   help="check the chain, the owner seals and the heads kept outside the"
                        " database; exit 1 and say what is wrong")
    p.add_argument("--pin", help="owner PIN (or SHOPGUARD_OWNER_PIN): also check every owner seal")
    p.add_argument("--expect-head", action="append", metavar="N:HASH",
                   help="a head printed earlier (month-end report, backup): the log must hold it")
    p.add_argument("--acknowledge", action="store_true",
                   help="the owner has looked into the problems recorded so far (owner PIN)")
    p.add_argument("--by", default="owner", help="who is checking (audit log)")
    p.add_argument("--limit", type=int, help="only the last N entries")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_run)
