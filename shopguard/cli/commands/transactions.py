"""`shopguard transactions [--from DATE] [--to DATE] [--json|--csv]`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from typing import Any

from shopguard.cli.errors import UsageError
from shopguard.core.detection import texts
from shopguard.core.models import shown_time
from shopguard.core.money import format_money
from shopguard.core.store import export, iter_transactions, query


def _date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-09-01") from None


def _filter(args: argparse.Namespace) -> query.TxnFilter:
    """The --from/--to days as a filter (`--to` is inclusive, the filter's end exclusive)."""
    end = None
    if args.date_to:
        end = (date.fromisoformat(args.date_to) + timedelta(days=1)).isoformat()
    return query.TxnFilter(date_from=args.date_from, date_to=end)


def _list(args: argparse.Namespace, db: Any) -> int:
    if args.json and args.csv:
        raise UsageError("transactions: give --json or --csv, not both")
    out = sys.stdout
    if args.csv:
        # The GUI's export path: same columns, amounts in major units, formulas neutralised.
        export.write_csv(db, _filter(args), out)
        return 0
    rows = iter_transactions(db, args.date_from, args.date_to)
    if args.json:
        out.write("[")
        for i, row in enumerate(rows):
            out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(row, ensure_ascii=False))
        out.write("\n]\n")
    else:
        for r in rows:
            when = shown_time(r["occurred_at"], r["time_known"], texts.current_lang())
            print(f"{when:<19}  {r['terminal_id']:>10}  {r['card']:<20} {r['type']:<8}"
                  f" {r['status']:<7} {format_money(r['amount_minor'], r['currency']):>14}"
                  f"  {r['reference_no']}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("transactions", help="list transactions (all, or a date range)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="inclusive")
    p.add_argument("--json", action="store_true")
    p.add_argument("--csv", action="store_true")
    p.set_defaults(handler=_list)
