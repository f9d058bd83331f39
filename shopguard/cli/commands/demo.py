"""`shopguard demo [--months N] [--seed N] [--json]`: fill an empty database with a demo shop."""

from __future__ import annotations

import argparse
from typing import Any

from shopguard.cli.errors import UserError
from shopguard.cli.output import print_json
from shopguard.core import workspace
from shopguard.core.importing import DemoError


def _months(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of months") from None
    if not 1 <= value <= 36:
        raise argparse.ArgumentTypeError("give between 1 and 36 months")
    return value


def _demo(args: argparse.Namespace, db: Any) -> int:
    try:
        rows = workspace.generate_demo(db, months=args.months, seed=args.seed, actor=args.by)
    except DemoError as exc:
        raise UserError(f"demo: {exc}") from None
    first, last = db.conn.execute(
        "SELECT min(occurred_at), max(occurred_at) FROM transactions").fetchone()
    if args.json:
        print_json({"transactions": rows, "first_at": first, "last_at": last,
                    "months": args.months, "seed": args.seed})
    else:
        print(f"demo data: {rows} transactions from {first[:10]} to {last[:10]}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="fill an empty database with a demo shop's transactions")
    p.add_argument("--months", type=_months, default=3, help="how many months (default 3)")
    p.add_argument("--seed", type=int, default=7, help="random seed (same seed, same data)")
    p.add_argument("--by", default="owner", help="who asked for it (audit log)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_demo)
