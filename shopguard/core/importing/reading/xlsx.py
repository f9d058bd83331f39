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
from shopguard.core.importing.reading.limits import (
    MAX_CELLS,
    MAX_SHEET_ROWS,
    OPEN_ERRORS,
    check_xlsx,
    damaged_archive,
)


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
    """Yield (row number, cells) from the first worksheet; rows without any cell are skipped.

    Every failure is an UnreadableFile naming the row: the archive's sizes and XML are checked
    first (`limits.check_xlsx`), then openpyxl streams the sheet. The sheet's own dimension is
    not trusted for padding (a crafted one claims 16,384 columns and a million rows): rows are
    padded to its width only up to MAX_CELLS, and no more than MAX_SHEET_ROWS are read.
    """
    import zipfile

    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            check_xlsx(archive)
    except UnreadableFile:
        raise
    except OPEN_ERRORS as exc:
        raise damaged_archive(exc) from None
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise UnreadableFile(f"not a readable .xlsx workbook ({exc.__class__.__name__})") from None
    try:
        if not wb.worksheets:
            raise UnreadableFile("the workbook has no worksheet")
        ws = wb.worksheets[0]
        width = min(ws.max_column or 0, MAX_CELLS)
        ws.reset_dimensions()
        yield from _rows(ws.iter_rows(values_only=True), width)
    finally:
        wb.close()


def _rows(rows: Iterator[tuple[Any, ...]], width: int) -> Iterator[tuple[int, list[str]]]:
    number = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - XML errors, bad values: the sheet is damaged
            raise UnreadableFile(f"row {number + 1}: the worksheet is damaged"
                                 f" ({exc.__class__.__name__}: {str(exc)[:120]})") from None
        number += 1
        if number > MAX_SHEET_ROWS:
            raise UnreadableFile(f"the worksheet has more than {MAX_SHEET_ROWS:,} rows, more"
                                 " than Excel itself allows (a damaged or crafted file)")
        if not row:
            continue
        if len(row) > MAX_CELLS:
            raise UnreadableFile(f"row {number} has a cell in column {len(row):,}; no statement"
                                 f" has more than {MAX_CELLS:,} columns")
        cells = [cell_text(v) for v in row]
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        yield number, cells
