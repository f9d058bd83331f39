"""Shops of `tests/data/reconcile/`: a terminal statement and its bank statement imported into a
real database, with the fee contract the manifest states."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from shopguard.core import workspace
from shopguard.core.store import settings
from shopguard.core.store.settings import format_percent

DATA = Path(__file__).parents[1] / "data" / "reconcile"


def manifest(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Shop:
    bank: str                      # the bank statement file
    currency: str = "CNY"

    @property
    def bank_truth(self) -> dict[str, Any]:
        return manifest(self.bank)

    @property
    def statement(self) -> str:
        return str(self.bank_truth["statement"])

    @property
    def statement_truth(self) -> dict[str, Any]:
        return manifest(self.statement)


SHOPS = {
    "allinpay_icbc": Shop("recon_allinpay_bank_icbc.csv"),
    "allinpay_ccb": Shop("recon_allinpay_bank_ccb.xls"),
    "cn_bank_pos_cmb": Shop("recon_cn_bank_pos_bank_cmb.csv"),
    "square_us_bank": Shop("recon_square_bank_bank_en.csv", "USD"),
}


def set_contract(db: Database, schedule: dict[str, Any]) -> None:
    """The manifest's fee schedule as the owner would type it in Settings."""
    settings.set_value(db, "fee_debit_rate", format_percent(
        round(schedule["debit_rate_percent"] * 10_000)))
    settings.set_value(db, "fee_credit_rate", format_percent(
        round(schedule["credit_rate_percent"] * 10_000)))
    settings.set_value(db, "fee_debit_cap", f"{schedule['debit_cap_minor'] / 100:.2f}")
    settings.set_value(db, "fee_fixed", f"{schedule['fixed_minor'] / 100:.2f}")


def open_shop(path: Path, shop: Shop, *, contract: bool = True) -> Database:
    db = workspace.connect(path)
    settings.set_value(db, "currency", shop.currency)
    if contract:
        set_contract(db, shop.statement_truth["fee_schedule"])
    for name in (shop.statement, shop.bank):
        result = workspace.import_file(db, DATA / name)
        assert result.ok, result.message
    return db


# -- synthetic shops -------------------------------------------------------------------------

def add_statement(db: Database, fmt: str, rows: list[dict[str, Any]]) -> int:
    """An import of layout `fmt` holding `rows` (occurred_at, amount_minor and whatever else);
    sales by default, net = the signed amount minus the fee (a returned fee is negative)."""
    with db.atomic():
        import_id = int(db.conn.execute(
            "INSERT INTO imports (file_name, file_path, sha256, format, imported_at)"
            " VALUES ('s.csv', '/tmp/s.csv', 'x', ?, '2026-10-05T00:00:00')", (fmt,)).lastrowid
            or 0)
        for line, r in enumerate(rows, 1):
            row: dict[str, Any] = {"merchant_id": "898206058129854", "terminal_id": "T1",
                                   "type": "sale", "status": "success", "currency": "CNY",
                                   "fee_minor": 0, "card_type": "", **r}
            sign = -1 if row["type"] in ("void", "refund") else 1
            row.setdefault("net_minor", sign * row["amount_minor"] - (row["fee_minor"] or 0))
            row.setdefault("reference_no", f"R{import_id}-{line}")
            row.update(import_id=import_id, source_line=line,
                       natural_key=f"{fmt}:{import_id}:{line}")
            db.conn.execute(f"INSERT INTO transactions ({', '.join(row)}) VALUES"
                            f" ({', '.join('?' * len(row))})", list(row.values()))
    return import_id


def import_bank(db: Database, tmp: Path, lines: list[tuple[str, str, str]],
                name: str = "bank.csv") -> Any:
    """A bank statement (date, description, amount) imported through the real importer."""
    path = tmp / name
    path.write_text("记账日期,摘要,交易金额,余额\n" + "".join(
        f"{day},{text},{amount},0.00\n" for day, text, amount in lines), encoding="utf-8")
    result = workspace.import_file(db, path)
    assert result.ok and result.format == "bank_generic", result.message
    return result
