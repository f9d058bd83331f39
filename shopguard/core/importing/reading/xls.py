"""Old binary Excel workbooks (.xls, BIFF8; CCB's account detail export), read with calamine.

python-calamine (Rust, no Excel needed) reads the first worksheet; cells become text the way
`xlsx.cell_text` makes them (numbers as their shortest decimal text, never a float reaching
money code). Row numbers are the sheet's own, so errors name the row Excel shows.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

from shopguard.core.importing.reading.errors import UnreadableFile
from shopguard.core.importing.reading.limits import MAX_CELLS, MAX_SHEET_ROWS
from shopguard.core.importing.reading.sandbox import run_sandboxed
from shopguard.core.importing.reading.xlsx import cell_text


def iter_xls_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Yield (row number, cells) from the first worksheet of an .xls (or other) workbook.

    calamine runs in a child process (`sandbox.run_sandboxed`): a crafted file can make it
    abort the whole process (a failed multi-gigabyte allocation in Rust), which no `except`
    catches. The rows are read once per file and kept for the importer's second pass.
    """
    stat = path.stat()
    for number, row in enumerate(_rows(str(path), stat.st_size, stat.st_mtime_ns), start=1):
        yield number, list(row)  # a copy: the reader masks card numbers in place


@functools.lru_cache(maxsize=2)
def _rows(path: str, size: int, mtime_ns: int) -> tuple[tuple[str, ...], ...]:
    """The sheet's rows (cached by path, size and modification time)."""
    rows: list[list[str]] = run_sandboxed(
        read_xls, path, what="the .xls workbook",
        timeout=SANDBOX_SECONDS + SANDBOX_SECONDS_PER_MB * size / (1 << 20))
    return tuple(tuple(r) for r in rows)


# How long the child may take: a real .xls statement reads in well under a second.
SANDBOX_SECONDS = 30.0
SANDBOX_SECONDS_PER_MB = 5.0


def read_xls(path: str) -> list[list[str]]:
    """The first worksheet's rows as text (runs in the sandbox child)."""
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(path)
        sheet = workbook.get_sheet_by_index(0)
        # to_python() builds every cell of the sheet's area: a crafted sheet with one cell at
        # XFD1048576 would ask for 17 billion (issue 11 item 2).
        if sheet.total_width > MAX_CELLS or sheet.total_height > MAX_SHEET_ROWS:
            raise UnreadableFile(
                f"the worksheet spans {sheet.total_height:,} rows and {sheet.total_width:,}"
                f" columns; no statement is larger than {MAX_SHEET_ROWS:,} rows of"
                f" {MAX_CELLS:,} columns")
        # skip_empty_area=False: rows count from A1 even above the first filled cell
        rows = sheet.to_python(skip_empty_area=False)
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001 - calamine raises several kinds for broken files
        raise UnreadableFile(
            f"not a readable Excel .xls workbook ({exc.__class__.__name__}); if it is"
            " password-protected, open it in Excel/WPS and save it without a password") from None
    return [[cell_text(v) for v in row] for row in rows]
