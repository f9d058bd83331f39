"""`shopguard gui` (and `shopguard` with no sub-command): open the desktop app."""

from __future__ import annotations

import argparse
from typing import Any


def run_gui(args: argparse.Namespace) -> int:
    # Before anything loads QtGui: where Qt cannot open a window it aborts the process, so the
    # missing system libraries are named first (shopguard/gui/platform_check.py).
    from shopguard.gui import platform_check

    problem = platform_check.check()
    if problem is not None:
        platform_check.report(problem)
        return 1
    from shopguard.gui.app import run

    return run(db_path=args.db, create=bool(getattr(args, "create", False)))


def _handler(args: argparse.Namespace, _db: Any) -> int:
    return run_gui(args)


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open the desktop app (the default)")
    p.set_defaults(handler=_handler, needs_db=False)
