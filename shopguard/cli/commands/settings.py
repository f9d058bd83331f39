"""`shopguard settings [--json]` and `shopguard settings set KEY VALUE`."""

from __future__ import annotations

import argparse
import os
from typing import Any

from shopguard.cli.errors import UserError
from shopguard.cli.output import print_json
from shopguard.core.store import access, settings


def _show(args: argparse.Namespace, db: Any) -> int:
    values = {k: settings.display(k, v) for k, v in settings.get_all(db).items()}
    if args.json:
        print_json(values)
    else:
        width = max(len(k) for k in values)
        for k, v in values.items():
            print(f"{k.ljust(width)}  {v}")
    return 0


def _set(args: argparse.Namespace, db: Any) -> int:
    try:
        if settings.spec(args.key).owner_only:
            access.require_owner(db, args.pin or os.environ.get("SHOPGUARD_OWNER_PIN"),
                                 f"change the setting {args.key}", args.by)
        value = settings.set_value(db, args.key, args.value, actor=args.by)
    except settings.SettingError as exc:
        raise UserError(f"settings: {args.key}: {exc}") from None
    except access.OwnerRequired as exc:
        raise UserError(f"refused: {exc}") from None
    shown = settings.display(args.key, value)
    if args.json:
        print_json({args.key: shown})
    else:
        print(f"{args.key} = {shown}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("settings", help="show or change the shop's settings")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_show)
    ssub = p.add_subparsers(dest="settings_command", metavar="set")
    s = ssub.add_parser("set", help="change one setting: settings set KEY VALUE")
    s.add_argument("key")
    s.add_argument("value")
    s.add_argument("--by", default="owner", help="who is making the change (audit log)")
    s.add_argument("--pin", help="owner PIN (or SHOPGUARD_OWNER_PIN) when staff mode is on")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=_set)
