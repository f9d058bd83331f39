"""The Transactions screen's detail pane: every field of one transaction and its related rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTextBrowser, QWidget
from sqlite_utils import Database

from shopguard.core.store import query
from shopguard.gui.screens.transactions_model import COLUMNS, MONEY_COLUMNS, cell_text

_IDX = query.COLUMN_INDEX
RELATED_COLUMNS = ("occurred_at", "type", "status", "amount_minor", "reference_no")


def related_rows(db: Database, row: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """The original sale of a void/refund, and the voids/refunds of a sale."""
    ref, original = row[_IDX["reference_no"]], row[_IDX["original_reference_no"]]
    clauses, params = [], []
    if ref:
        clauses.append("(original_reference_no = ? AND original_reference_no != '')")
        params.append(ref)
    if original:
        clauses.append("reference_no = ?")
        params.append(original)
    if not clauses:
        return []
    sql = (f"SELECT {', '.join(query.COLUMNS)} FROM transactions"
           f" WHERE ({' OR '.join(clauses)}) AND id != ? ORDER BY occurred_at LIMIT 20")
    return list(db.conn.execute(sql, [*params, row[_IDX["id"]]]))


class TransactionDetail(QTextBrowser):
    """Read-only HTML view of one transaction (or a hint when none is selected)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detail")
        self.setOpenLinks(False)

    def show_row(self, row: tuple[Any, ...] | None, related: list[tuple[Any, ...]]) -> None:
        if row is None:
            hint = self.tr("Select a transaction to see all its details.")
            self.setHtml(f"<p style='color:gray'>{esc(hint)}</p>")
            return
        labels = [
            ("occurred_at", self.tr("Time")), ("type", self.tr("Type")),
            ("status", self.tr("Status")), ("amount_minor", self.tr("Amount")),
            ("fee_minor", self.tr("Fee")), ("net_minor", self.tr("Net")),
            ("card", self.tr("Card")), ("terminal_id", self.tr("Terminal")),
            ("merchant_id", self.tr("Merchant")), ("reference_no", self.tr("Reference")),
            ("voucher_no", self.tr("Voucher")), ("batch_no", self.tr("Batch")),
            ("auth_code", self.tr("Auth code")),
            ("original_reference_no", self.tr("Original reference")),
            ("operator", self.tr("Operator")), ("order_no", self.tr("Order")),
            ("settled_on", self.tr("Settled on")), ("description", self.tr("Description")),
        ]
        # Values never wrap mid-value (a date or a reference broken over two lines reads as
        # two values): a narrow pane scrolls sideways instead. Only the description wraps.
        html = ["<table cellspacing='2'>"]
        for column, label in labels:
            text = cell_text(row, column) if column in dict(COLUMNS) or column in MONEY_COLUMNS \
                else str(row[_IDX[column]] or "")
            if text:
                wrap = "normal" if column == "description" else "nowrap"
                html.append(f"<tr><td style='color:gray; white-space:nowrap'>{esc(label)}</td>"
                            f"<td style='white-space:{wrap}'>{esc(text)}</td></tr>")
        html.append("</table>")
        if related:
            heading = self.tr("Related transactions")
            html.append(f"<p><b>{esc(heading)}</b></p><table cellspacing='2'>")
            for r in related:
                html.append("<tr>" + "".join(
                    f"<td style='white-space:nowrap'>{esc(cell_text(r, c))}</td>"
                    for c in RELATED_COLUMNS) + "</tr>")
            html.append("</table>")
        self.setHtml("".join(html))


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
