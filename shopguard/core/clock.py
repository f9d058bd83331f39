"""The current time, fixable for tests and scripting (the CLI's global ``--now``)."""

from __future__ import annotations

from datetime import datetime

_fixed: datetime | None = None


def now() -> datetime:
    """Local naive time (shop time); the fixed time when one was set."""
    return _fixed if _fixed is not None else datetime.now().replace(microsecond=0)


def set_now(value: datetime | None) -> None:
    """Fix the clock (None returns to the real one)."""
    global _fixed
    _fixed = value.replace(tzinfo=None) if value is not None else None


def now_iso() -> str:
    return now().isoformat(timespec="seconds")
