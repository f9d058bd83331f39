"""The contract every statement format passes (Picard-style shared test base).

A format's test module is a few lines:

    class TestAllinpay(FormatContract):
        sample = "allinpay.csv"
        format_name = "allinpay"

The nested-class trick keeps pytest from collecting the base on its own.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any, ClassVar

import pytest

from shopguard.core.importing import importer
from shopguard.core.importing.formats import registry
from shopguard.core.importing.reading import open_table
from shopguard.core.pan import is_pan
from shopguard.core.workspace import connect

DATA = Path(__file__).parents[1] / "data"


def truth(sample: str) -> dict[str, Any]:
    return json.loads((DATA / f"{sample}.truth.json").read_text(encoding="utf-8"))


def pans_in_source(path: Path) -> set[str]:
    """Full card numbers in the statement file as delivered (digits bounded by non-digits)."""
    text = path.read_bytes().decode("latin-1")
    return {m for m in re.findall(r"(?<!\d)\d{13,19}(?!\d)", text) if is_pan(m)}


def database_bytes(path: Path) -> bytes:
    blob = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            blob += extra.read_bytes()
    return blob


class FormatContract:
    sample: ClassVar[str]
    format_name: ClassVar[str]
    # Settings the shop would have for this file (e.g. the Stripe shop's time zone).
    shop_settings: ClassVar[dict[str, str]] = {}

    @pytest.fixture
    def manifest(self) -> dict[str, Any]:
        return truth(self.sample)

    @pytest.fixture
    def imported(self, tmp_path: Path) -> tuple[Any, importer.FileResult]:
        from shopguard.core.store import settings

        db = connect(tmp_path / "contract.db")
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

    def test_detected_as_this_format_and_no_other(self) -> None:
        ext = Path(self.sample).suffix.lstrip(".")
        ranked = registry.rank(self._head(), ext)
        assert ranked and ranked[0].format.name == self.format_name
        assert ranked[0].score == 1.0
        assert all(c.score < 1.0 for c in ranked[1:]), [(c.format.name, c.score) for c in ranked]

    def test_imports_every_row(self, imported: Any, manifest: dict[str, Any]) -> None:
        """Every row read is counted; rows left out on purpose (Stripe test mode) are counted
        apart; rows without a time of day are counted too."""
        _, result = imported
        assert result.status == "imported", result.message
        assert result.format == self.format_name
        assert result.errors == []
        left_out = manifest.get("left_out", {})
        assert result.rows_read == manifest["rows"] + sum(left_out.values())
        assert result.imported == manifest["rows"]
        assert result.left_out == left_out
        assert result.time_unknown == manifest.get("time_unknown", 0)
        assert result.to_json()["left_out"] == left_out
        assert result.to_json()["time_unknown"] == manifest.get("time_unknown", 0)

    def test_counts_by_type_and_status(self, imported: Any, manifest: dict[str, Any]) -> None:
        db, _ = imported
        by_type = Counter(dict(db.conn.execute(
            "SELECT type, count(*) FROM transactions GROUP BY type").fetchall()))
        expected = {k: v for k, v in manifest["count_by_type"].items() if v}
        assert dict(by_type) == expected
        by_status = dict(db.conn.execute(
            "SELECT status, count(*) FROM transactions GROUP BY status").fetchall())
        assert by_status == {k: v for k, v in manifest["count_by_status"].items() if v}

    def test_sums_and_fees(self, imported: Any, manifest: dict[str, Any]) -> None:
        db, _ = imported
        sums = dict(db.conn.execute(
            "SELECT type, sum(amount_minor) FROM transactions WHERE status = 'success'"
            " GROUP BY type").fetchall())
        assert sums == {k: v for k, v in manifest["sum_minor_success_by_type"].items() if v}
        fees = db.conn.execute(
            "SELECT sum(abs(fee_minor)) FROM transactions WHERE status = 'success'").fetchone()[0]
        assert fees == manifest["fee_minor_success"]

    def test_period_and_currency(self, imported: Any, manifest: dict[str, Any]) -> None:
        db, _ = imported
        first, last, currencies = db.conn.execute(
            "SELECT min(substr(occurred_at, 1, 10)), max(substr(occurred_at, 1, 10)),"
            " group_concat(DISTINCT currency) FROM transactions").fetchone()
        assert [first, last] == manifest["period"]
        assert currencies == manifest["currency"]

    def test_planted_ids_are_reference_numbers(self, imported: Any,
                                               manifest: dict[str, Any]) -> None:
        db, _ = imported
        if manifest["id_column"] is None:
            pytest.skip("the rows of this layout carry no id (keyed by their content)")
        refs = {r[0] for r in db.conn.execute("SELECT reference_no FROM transactions")}
        planted = {i for groups in manifest["planted"].values() for g in groups for i in g}
        assert planted and planted <= refs, sorted(planted - refs)[:5]

    def test_reimport_adds_nothing(self, imported: Any, manifest: dict[str, Any]) -> None:
        db, _ = imported
        again = importer.import_file(db, DATA / self.sample)
        assert again.status == "imported"
        assert again.imported == 0
        assert again.already_present == manifest["rows"]
        assert again.rows_read == manifest["rows"] + sum(manifest.get("left_out", {}).values())
        total = db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0]
        assert total == manifest["rows"]

    def test_no_full_card_number_in_the_database_file(self, tmp_path: Path) -> None:
        path = tmp_path / "pan.db"
        db = connect(path)
        importer.import_file(db, DATA / self.sample)
        db.close()
        blob = database_bytes(path)
        assert [p for p in pans_in_source(DATA / self.sample) if p.encode() in blob] == []
        # and the stored rows really are there (the check is not vacuous)
        con = sqlite3.connect(path)
        assert con.execute("SELECT count(*) FROM transactions").fetchone()[0] > 0
        con.close()
