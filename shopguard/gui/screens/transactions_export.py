"""Copying and exporting the Transactions table: the rows as shown, in the table's order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from shopguard.core.store import export
from shopguard.gui.ops import OpContext
from shopguard.gui.screens.transactions_model import COLUMNS, TransactionsModel, cell_text, header_text

COPY_MAX = 100_000  # more than this: export instead of copying


def rows_as_tsv(model: TransactionsModel, rows: list[int]) -> str:
    """Tab-separated text with a header (pastes into Excel)."""
    lines = ["\t".join(header_text(h) for _, h in COLUMNS)]
    for r in rows:
        row = model.row(r)
        if row is not None:
            lines.append("\t".join(cell_text(row, c) for c, _ in COLUMNS))
    return "\n".join(lines) + "\n"


def export_job(model: TransactionsModel, path: Path,
               kind: str) -> Callable[[Database, OpContext], int]:
    """The background work that writes the model's filtered rows, sorted as shown, to `path`."""
    f, sort, desc = model.filter, model.sort_column, model.descending
    writer: Any = export.export_csv if kind == "csv" else export.export_xlsx

    def run(db: Database, op: OpContext) -> int:
        return int(writer(db, f, path, sort=sort, descending=desc,
                          progress=lambda done, total: op.progress(done, total),
                          cancel=op.cancelled))

    return run
