"""Reading the facts a case needs: its transactions, the terminal's kind and acquirer, the
alert's transactions (the alerts table belongs to the detection subsystem)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from shopguard.core.procedures.data import processor_for
from shopguard.core.store import settings

TXN_FIELDS = ("id", "occurred_at", "settled_on", "merchant_id", "terminal_id", "card",
              "card_brand", "type", "status", "amount_minor", "currency", "reference_no",
              "voucher_no", "batch_no", "auth_code", "original_reference_no", "operator",
              "description", "time_known")


class CaseError(ValueError):
    """A case operation was refused; the message says why, for the user."""


@dataclass(frozen=True)
class Txn:
    id: int
    occurred_at: str
    settled_on: str | None
    merchant_id: str
    terminal_id: str
    card: str
    card_brand: str
    type: str
    status: str
    amount_minor: int
    currency: str
    reference_no: str
    voucher_no: str
    batch_no: str
    auth_code: str
    original_reference_no: str
    operator: str
    description: str
    time_known: int = 1  # 0: the statement gave only the date (occurred_at is midnight)


def load_txns(db: Database, ids: list[int]) -> list[Txn]:
    """The transactions with these ids, oldest first; unknown ids are an error."""
    if not ids:
        raise CaseError("no transactions given")
    marks = ",".join("?" * len(ids))
    rows = db.conn.execute(
        f"SELECT {', '.join(TXN_FIELDS)} FROM transactions WHERE id IN ({marks})"
        " ORDER BY occurred_at, id", list(ids)).fetchall()
    found = {r[0] for r in rows}
    missing = [i for i in ids if i not in found]
    if missing:
        raise CaseError(f"no transaction with id {', '.join(map(str, missing))}")
    return [Txn(*r) for r in rows]


def terminal_profile(db: Database, terminal_id: str) -> tuple[str, str, str]:
    """(terminal kind, acquirer, processor): the kind comes from Settings; the acquirer from
    Settings, else from the terminal's own row."""
    kind = str(settings.get(db, "terminal_kind"))
    acquirer = str(settings.get(db, "acquirer"))
    if not acquirer and terminal_id:
        row = db.conn.execute("SELECT acquirer FROM terminals WHERE terminal_id = ?",
                              (terminal_id,)).fetchone()
        acquirer = str(row[0]) if row and row[0] else ""
    return kind, acquirer, processor_for(acquirer)


def alert_transaction_ids(db: Database, alert_id: int) -> tuple[list[int], str]:
    """(transaction ids, alert status) of an alert.

    Assumes the detection subsystem's ``alerts`` table (``id``, ``status``) with an
    ``alert_transactions (alert_id, transaction_id)`` link table.
    """
    tables = set(db.table_names())
    if "alerts" not in tables:
        raise CaseError("there are no alerts yet: run a scan first, or open a case for a "
                        "transaction with `case new --txn ID`")
    cols = {c.name for c in db["alerts"].columns}
    status_col = "status" if "status" in cols else "''"
    row = db.conn.execute(f"SELECT id, {status_col} FROM alerts WHERE id = ?",
                          (alert_id,)).fetchone()
    if not row:
        raise CaseError(f"no alert with id {alert_id}")
    ids: list[int] = []
    if "alert_transactions" in tables:
        ids = [r[0] for r in db.conn.execute(
            "SELECT transaction_id FROM alert_transactions WHERE alert_id = ?"
            " ORDER BY transaction_id", (alert_id,))]
    if not ids:
        raise CaseError(f"alert {alert_id} has no transactions")
    return ids, str(row[1] or "")


def as_dict(t: Txn) -> dict[str, Any]:
    return {k: getattr(t, k) for k in TXN_FIELDS}


def placeholders(t: Txn, deadline: str | None) -> dict[str, str]:
    """The values a step's text may use ({amount}, {voucher_no}, ...) for one transaction."""
    from shopguard.core.money import format_money

    occurred = t.occurred_at
    return {"amount": format_money(t.amount_minor, t.currency), "date": occurred[:10],
            "time": occurred[11:16] if t.time_known else "", "terminal_id": t.terminal_id,
            "merchant_id": t.merchant_id, "voucher_no": t.voucher_no,
            "reference_no": t.reference_no, "batch_no": t.batch_no, "auth_code": t.auth_code,
            "card": t.card, "deadline": (deadline or "")[:16].replace("T", " ")}
