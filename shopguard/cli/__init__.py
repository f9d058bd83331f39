"""The `shopguard` command line: global options, sub-command discovery, error handling.

Every module in `shopguard.cli.commands` defines ``register(subparsers)``; a sub-command sets
``handler=fn`` with ``fn(args, db) -> int``. With no sub-command the desktop app opens.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from shopguard import __version__
from shopguard.cli.errors import UsageError, UserError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


class _QuietParser(_Parser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)  # the full parser reports it


def _global_parser(parser_class: type[_Parser] = _Parser) -> argparse.ArgumentParser:
    parser = parser_class(prog="shopguard", description="ShopGuard: card-terminal statements, "
                     "duplicate swipes and what to do about them.")
    parser.add_argument("--version", action="version", version=f"shopguard {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: in the user data dir)")
    parser.add_argument("--create", action="store_true",
                        help="create a new database at --db if there is none there")
    parser.add_argument("--now", help="fix the current time (ISO 8601), for scripting and tests")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def _desktop_start(args_list: list[str]) -> argparse.Namespace | None:
    """The global options when no command is given (the desktop app opens), parsed without
    importing every command module: start-up time counts there (bench/bench_startup.py)."""
    if any(a in ("-h", "--help") for a in args_list):
        return None
    try:
        args, rest = _global_parser(_QuietParser).parse_known_args(args_list)
    except UsageError:
        return None
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    parser = _global_parser()
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    from shopguard.cli import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def _parse_now(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--now: {text!r} is not an ISO 8601 time like 2026-09-01T14:30") from None


def _record_audit_head(db: object) -> None:
    """Keep the audit head file beside the database up to date (docs/SECURITY.md)."""
    import contextlib
    import sqlite3

    from shopguard.core.store import audit_head

    # A damaged or locked database: the command has said what it could.
    with contextlib.suppress(sqlite3.Error):
        audit_head.record(db)  # type: ignore[arg-type]


def _lang() -> str:
    import os

    return "zh_CN" if os.environ.get("SHOPGUARD_LANG", "").startswith("zh") else "en"


def _plain(exc: BaseException) -> str | None:
    """The user-facing text of an error about a file or the database, or None."""
    from shopguard.core.files import FileWriteError
    from shopguard.core.store import explain

    if isinstance(exc, FileWriteError):
        return exc.text(_lang())
    plain = explain(exc)
    return plain.text(_lang()) if plain is not None else None


def _report(message: str, exit_code: int, as_json: bool) -> int:
    """Print an error: a plain line on stderr and, for --json callers, JSON on stdout."""
    print(message, file=sys.stderr)
    if as_json:
        json.dump({"error": {"message": message, "exit_code": exit_code}}, sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return exit_code


def open_database(args: argparse.Namespace) -> Any:
    """The database of `--db` (default: the user data dir). A new one is made only at the
    default path (first start) or with --create, and the user is told."""
    from shopguard.core import workspace
    from shopguard.core.paths import default_db_path

    path = Path(args.db) if args.db else default_db_path()
    new = not path.exists()
    db = workspace.connect(path, create=bool(args.create or args.db is None))
    if new:
        print(f"created a new ShopGuard database at {path}", file=sys.stderr)
    db.on_wait = _waiting_printer()
    return db


def _waiting_printer() -> Any:
    """Say on stderr that a write waits for another ShopGuard: once, then every half minute."""
    said = [-1.0]

    def show(waiting: Any) -> None:
        if said[0] < 0 or waiting.waited - said[0] >= 30:
            said[0] = waiting.waited
            print(waiting.text(_lang()), file=sys.stderr, flush=True)

    return show


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy (and looks for pandas) when it is imported, only to recognise
    their types in inserts, which ShopGuard never makes; that import is about a third of a
    command's start-up (measured: 0.8-1.0 s -> 0.4-0.7 s for `import sqlite_utils` on a busy
    machine). Import it with both hidden; they import normally afterwards (matplotlib)."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "not installed"
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]


def main(argv: Sequence[str] | None = None) -> int:
    _import_sqlite_utils_without_numpy()
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    as_json = "--json" in args_list
    try:
        args = _desktop_start(args_list) or build_parser().parse_args(args_list)
        as_json = bool(getattr(args, "json", False))
        from shopguard.core import clock

        clock.set_now(_parse_now(args.now) if args.now else None)
        handler = getattr(args, "handler", None)
        if handler is None:
            from shopguard.cli.commands.gui import run_gui

            return run_gui(args)
        from shopguard.core.store import locking

        locking.set_program(f"the `shopguard {args.command}` command",
                            f"命令 shopguard {args.command}")
        if getattr(args, "needs_db", True):
            db = open_database(args)
            try:
                return int(handler(args, db))
            finally:
                _record_audit_head(db)
                db.close()
        return int(handler(args, None))
    except UserError as exc:
        if debug:
            raise
        return _report(str(exc), exc.exit_code, as_json)
    except BrokenPipeError:
        # `shopguard transactions | head`: the reader went away; that is not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if debug:
            raise
        plain = _plain(exc)
        if plain is not None:
            return _report(plain, 1, as_json)
        return _report(f"shopguard: unexpected error: {exc.__class__.__name__}: {exc}"
                       " (run again with --debug for details)", 1, as_json)
