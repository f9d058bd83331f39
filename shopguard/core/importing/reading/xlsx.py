"""XLSX rows as text cells (openpyxl in read-only, streaming mode).

Numbers become their shortest decimal text (``26.5``, never a float reaching money code);
dates and times become ISO text; text cells (ids with leading zeros) are kept as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shopguard.core.importing.reading.errors import UnreadableFile


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds")
    return str(value)


def iter_xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Yield (row number, cells) from the first worksheet."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise UnreadableFile(f"not a readable .xlsx workbook ({exc.__class__.__name__})") from None
    try:
        ws = wb.worksheets[0]
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            yield number, [cell_text(v) for v in row]
    finally:
        wb.close()
