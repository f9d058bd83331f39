"""The contract every bank-statement format passes (FormatContract adapted for bank lines).

    class TestIcbc(BankFormatContract):
        sample = "reconcile/recon_allinpay_bank_icbc.csv"
        format_name = "bank_icbc"

Checked against the sample's `.truth.json` (kind "bank"): detection, every line imported,
credits and debits counted and summed, the period, the opening/closing balance, the account
masked as the bank prints it, idempotent re-import, undo, and no full account or card number
in the database file.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any, ClassVar

import pytest

from shopguard.core.importing import importer
from shopguard.core.importing.formats import registry
from shopguard.core.importing.reading import open_table
from shopguard.core.workspace import connect
from tests.formats.contract import DATA, database_bytes, pans_in_source, truth


class BankFormatContract:
    sample: ClassVar[str]
    format_name: ClassVar[str]
    shop_settings: ClassVar[dict[str, str]] = {}
    # Whether the file names its own account (in the preamble); a plain export may not.
    names_account: ClassVar[bool] = True

    @pytest.fixture
    def manifest(self) -> dict[str, Any]:
        data = truth(self.sample)
        assert data["kind"] == "bank"
        return data

    @pytest.fixture
    def imported(self, tmp_path: Path) -> Any:
        from shopguard.core.store import settings

        db = connect(tmp_path / "bank.db")
        for key, value in self.shop_settings.items():
            settings.set_value(db, key, value)
        result = importer.import_file(db, DATA / self.sample)
        yield db, result
        db.close()

    def _head(self) -> list[list[str]]:
        rows = []
        for raw in open_table(DATA / self.sample).rows():
            rows.append(raw.cells)
            if len(rows) >= 60:
                break
        return rows

    def test_detected_as_this_bank_format_and_no_other(self) -> None:
        ext = Path(self.sample).suffix.lstrip(".")
        ranked = registry.rank(self._head(), ext)
        assert ranked and ranked[0].format.name == self.format_name
        assert ranked[0].format.kind == "bank"
        assert ranked[0].score == 1.0
        assert all(c.score < 1.0 for c in ranked[1:]), [(c.format.name, c.score) for c in ranked]

    def test_imports_every_line_as_a_bank_line(self, imported: Any,
                                               manifest: dict[str, Any]) -> None:
        db, result = imported
        assert result.status == "imported", result.message
        assert (result.format, result.errors) == (self.format_name, [])
        assert result.rows_read == result.imported == manifest["rows"]
        assert db.conn.execute("SELECT count(*) FROM bank_lines").fetchone()[0] == manifest["rows"]
        assert db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0

    def test_credits_debits_and_sums(self, imported: Any, manifest: dict[str, Any]) -> None:
        db, _ = imported
        credits, debits, money_in, money_out = db.conn.execute(
            "SELECT sum(amount_minor > 0), sum(amount_minor < 0),"
            " sum(max(amount_minor, 0)), -sum(min(amount_minor, 0)) FROM bank_lines").fetchone()
        assert (credits, debits) == (manifest["credits"], manifest["debits"])
        assert (money_in, money_out) == (manifest["sum_credits_minor"],
                                         manifest["sum_debits_minor"])

    def test_period_currency_and_balances(self, imported: Any, manifest: dict[str, Any]) -> None:
        db, result = imported
        first, last, currencies = db.conn.execute(
            "SELECT min(booked_on), max(booked_on), group_concat(DISTINCT currency)"
            " FROM bank_lines").fetchone()
        assert [first, last] == manifest["period"]
        assert [result.first_at, result.last_at] == manifest["period"]
        assert currencies == manifest["currency"]
        rows = db.conn.execute(
            "SELECT amount_minor, balance_minor FROM bank_lines ORDER BY source_line").fetchall()
        assert rows[0][1] - rows[0][0] == manifest["opening_balance_minor"]
        assert rows[-1][1] == manifest["closing_balance_minor"]

    def test_acquirer_credits_carry_its_name(self, imported: Any,
                                             manifest: dict[str, Any]) -> None:
        db, _ = imported
        name = manifest["acquirer"]["counterparty"]
        count = db.conn.execute(
            "SELECT count(*) FROM bank_lines WHERE amount_minor > 0"
            " AND (counterparty LIKE '%' || ? || '%' OR description LIKE '%' || ? || '%')",
            (name, name)).fetchone()[0]
        assert count == manifest["acquirer"]["credits"]

    def test_account_kept_as_the_bank_masks_it(self, imported: Any,
                                               manifest: dict[str, Any]) -> None:
        db, _ = imported
        accounts = {r[0] for r in db.conn.execute("SELECT DISTINCT account FROM bank_lines")}
        assert accounts == ({manifest["account_masked"]} if self.names_account else {""})

    def test_reimport_adds_nothing(self, imported: Any, manifest: dict[str, Any]) -> None:
        db, _ = imported
        again = importer.import_file(db, DATA / self.sample)
        assert again.status == "imported", again.message
        assert (again.imported, again.already_present) == (0, manifest["rows"])
        assert db.conn.execute("SELECT count(*) FROM bank_lines").fetchone()[0] == manifest["rows"]

    def test_undo_removes_the_lines(self, imported: Any, manifest: dict[str, Any]) -> None:
        db, result = imported
        assert importer.undo_import(db, result.import_id) == manifest["rows"]
        assert db.conn.execute("SELECT count(*) FROM bank_lines").fetchone()[0] == 0
        again = importer.import_file(db, DATA / self.sample)
        assert again.imported == manifest["rows"]

    def test_no_full_account_or_card_number_in_the_database_file(self, tmp_path: Path,
                                                                 manifest: dict[str, Any]) -> None:
        path = tmp_path / "pan.db"
        db = connect(path)
        importer.import_file(db, DATA / self.sample)
        accounts = {r[0] for r in db.conn.execute(
            "SELECT account FROM bank_lines UNION SELECT counterparty_account FROM bank_lines")}
        db.close()
        blob = database_bytes(path)
        assert [p for p in pans_in_source(DATA / self.sample) if p.encode() in blob] == []
        # every stored account number is masked as the bank prints it
        for account in accounts - {""}:
            assert "*" in account and not re.search(r"\d{9,}", account), account
        con = sqlite3.connect(path)
        assert con.execute("SELECT count(*) FROM bank_lines").fetchone()[0] == manifest["rows"]
        con.close()
