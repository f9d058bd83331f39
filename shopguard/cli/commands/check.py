"""`shopguard check [--pin PIN] [--json]`: is the database whole, consistent and clean?"""

from __future__ import annotations

import argparse
import os
from typing import Any

from shopguard.cli.errors import UserError
from shopguard.cli.output import print_json
from shopguard.core.store import access, check, cli_lang


def _run(args: argparse.Namespace, db: Any) -> int:
    pin = args.pin or os.environ.get("SHOPGUARD_OWNER_PIN") or None
    masters: dict[str, bytes] = {}
    if pin:
        masters, result = access.masters_for(db, pin, args.by)
        if not masters and not result.ok and result.reason != "no_pin":
            raise UserError("refused: " + access.OwnerRequired(
                "check", result.reason, result.lock, result.tries_left).text(cli_lang()))
    report = check.run(db, masters)
    if args.json:
        print_json(report.to_json())
        return 0 if report.ok else 1
    lang = cli_lang()
    zh = lang.startswith("zh")
    colon = "：" if zh else ": "
    for s in report.sections:
        title = s.zh if zh else s.en
        if s.ok:
            print(f"{title}{colon}{'正常' if zh else 'ok'}")
        else:
            print(f"{title}{colon}{len(s.problems)}{' 个问题' if zh else ' problem(s)'}")
        for p in s.problems:
            print(f"  - {p.text(lang)}")
        for n in s.notes:
            print(f"  {'注意' if zh else 'note'}{colon}{n.text(lang)}")
    count = sum(len(s.problems) for s in report.sections)
    if count:
        print(f"发现 {count} 个问题。" if zh else f"{count} problem(s) found.")
        return 1
    print("一切正常。" if zh else "Everything is in order.")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("check", help="check the database: file, audit log, amounts, card numbers")
    p.add_argument("--pin", help="owner PIN (or SHOPGUARD_OWNER_PIN): also check the owner seals")
    p.add_argument("--by", default="owner", help="who is checking (audit log)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_run)
