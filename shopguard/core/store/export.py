"""Exporting filtered transactions to CSV or XLSX (streamed; safe to open in Excel).

Amounts are written in major units (``58.00``; XLSX cells are exact decimals with a number
format). Text cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``) are
prefixed with an apostrophe. The file is written beside the target and renamed at the end, so
a cancelled or failed export never leaves half a file under the chosen name. `write_csv` is the
one CSV path: the GUI's export and `shopguard transactions --csv` both go through it.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database

from shopguard.core.files import open_atomically, write_atomically
from shopguard.core.money import exponent
from shopguard.core.pan import is_pan, mask_pan
from shopguard.core.store import query

EXPORT_COLUMNS: tuple[str, ...] = (
    "id", "occurred_at", "merchant_id", "terminal_id", "card", "card_brand", "type", "status",
    "amount", "fee", "net", "currency", "reference_no", "voucher_no", "batch_no", "auth_code",
    "original_reference_no", "operator", "order_no", "description", "settled_on",
)
_MONEY = {"amount": "amount_minor", "fee": "fee_minor", "net": "net_minor"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled; nothing was written under the target name."""


def _major(minor: int | None, currency: str) -> Decimal | None:
    if minor is None:
        return None
    return Decimal(minor).scaleb(-exponent(currency))


def safe_text(value: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection) in a text cell."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def export_rows(db: Database, f: query.TxnFilter, sort: str = "occurred_at",
                descending: bool = False) -> Any:
    """Rows as dicts of `EXPORT_COLUMNS` (money as Decimal, cards masked, text made safe)."""
    idx = query.COLUMN_INDEX
    for row in query.iter_rows(db, f, sort, descending):
        currency = row[idx["currency"]]
        out: dict[str, Any] = {}
        for col in EXPORT_COLUMNS:
            if col in _MONEY:
                out[col] = _major(row[idx[_MONEY[col]]], currency)
                continue
            value = row[idx[col]]
            if col == "occurred_at" and not row[idx["time_known"]]:
                value = value[:10]  # the statement gave no time of day: the date alone
            if col == "card" and value and is_pan(value):
                value = mask_pan(value)  # stored cards are masked already; never trust it
            out[col] = safe_text(value) if isinstance(value, str) else value
        yield out


def _count(db: Database, f: query.TxnFilter) -> int:
    return query.count(db, f)


def write_csv(db: Database, f: query.TxnFilter, out: IO[str], *, sort: str = "occurred_at",
              descending: bool = False, total: int = 0, progress: Progress | None = None,
              cancel: Cancel | None = None) -> int:
    """The filtered rows as CSV into `out` (a file, or the CLI's stdout): the one CSV path."""
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    n = 0
    for row in export_rows(db, f, sort, descending):
        writer.writerow(["" if v is None else str(v) for v in row.values()])
        n += 1
        if n % 5000 == 0:
            _tick(n, total, progress, cancel)
    _tick(n, total, progress, cancel)
    return n


def export_csv(db: Database, f: query.TxnFilter, path: Path | str, *, sort: str = "occurred_at",
               descending: bool = False, progress: Progress | None = None,
               cancel: Cancel | None = None) -> int:
    """Write the filtered rows as UTF-8 CSV with a BOM (Excel reads Chinese correctly).

    The file appears whole or not at all (`core.files`); FileWriteError says why not.
    """
    total = _count(db, f)
    with open_atomically(path, "w", encoding="utf-8-sig", newline="") as fh:
        return write_csv(db, f, fh, sort=sort, descending=descending, total=total,
                         progress=progress, cancel=cancel)


def export_xlsx(db: Database, f: query.TxnFilter, path: Path | str, *,
                sort: str = "occurred_at", descending: bool = False,
                progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """Write the filtered rows to an XLSX sheet with openpyxl's streaming write-only mode."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    total = _count(db, f)
    if total > 1_048_575:
        raise ValueError(f"{total:,} rows do not fit in one Excel sheet (1,048,575 at most); "
                         "narrow the filter or export CSV")
    with write_atomically(path) as tmp:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("transactions")
        ws.append(list(EXPORT_COLUMNS))
        n = 0
        try:
            for row in export_rows(db, f, sort, descending):
                cells: list[Any] = []
                for col, value in row.items():
                    if col in _MONEY and value is not None:
                        cell = WriteOnlyCell(ws, value=value)
                        places = max(0, -int(value.as_tuple().exponent))
                        cell.number_format = "#,##0" + ("." + "0" * places if places else "")
                        cells.append(cell)
                    else:
                        cells.append(value)
                ws.append(cells)
                n += 1
                if n % 5000 == 0:
                    _tick(n, total, progress, cancel)
            _tick(n, total, progress, cancel)
            wb.save(tmp)
        except BaseException:
            with contextlib.suppress(Exception):  # release openpyxl's half-written temp sheet
                ws.close()
            raise
    return n


def _tick(n: int, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
    if progress is not None:
        progress(n, total)
    if cancel is not None and cancel():
        raise ExportCancelled()
