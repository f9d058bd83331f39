"""Printing helpers shared by CLI commands."""

from __future__ import annotations

import json
import sys
import unicodedata
from typing import Any


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def display_width(text: str) -> int:
    """Terminal columns `text` takes: CJK characters are two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    """A plain aligned text table for humans (CJK-aware widths)."""
    if not rows:
        print("(none)")
        return
    cells = [{c: "" if r.get(c) is None else str(r.get(c)) for c in columns} for r in rows]
    widths = {c: max(display_width(c), *(display_width(r[c]) for r in cells)) for c in columns}
    print("  ".join(pad(c, widths[c]) for c in columns).rstrip())
    for r in cells:
        print("  ".join(pad(r[c], widths[c]) for c in columns).rstrip())
