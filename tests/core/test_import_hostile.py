"""Hostile and edge-case statement files: refused cleanly or imported correctly, never half."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shopguard.core.importing import importer
from shopguard.core.workspace import connect
from tests.formats.contract import DATA, database_bytes, pans_in_source, truth


def _count(db) -> int:  # type: ignore[no-untyped-def]
    return int(db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0])


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "shopguard", "--db", str(db_path), "--create", *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.mark.parametrize("name", ["hostile_empty.csv", "hostile_binary.csv",
                                  "hostile_truncated.csv", "hostile_bad_amount.csv"])
def test_refused_files_leave_the_database_unchanged(db, name: str) -> None:  # type: ignore[no-untyped-def]
    importer.import_file(db, DATA / "allinpay.csv")
    before = _count(db)
    imports_before = db.conn.execute("SELECT count(*) FROM imports").fetchone()[0]
    result = importer.import_file(db, DATA / name)
    assert truth(name)["expect"] == "refuse"
    assert result.status == "refused"
    assert result.message.startswith(name)
    assert result.errors
    assert _count(db) == before
    assert db.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == imports_before


@pytest.mark.parametrize("name", ["hostile_truncated.csv", "hostile_bad_amount.csv"])
def test_bad_row_is_named_by_line_and_column(db, name: str) -> None:  # type: ignore[no-untyped-def]
    result = importer.import_file(db, DATA / name)
    bad_line = truth(name)["bad_line"]
    assert [e.line for e in result.errors] == [bad_line]
    assert result.errors[0].column
    if name == "hostile_bad_amount.csv":
        assert result.errors[0].column == "交易金额"
        assert result.errors[0].value == "12,34.5x"


def test_skip_bad_rows_keeps_the_bad_row_verbatim(db) -> None:  # type: ignore[no-untyped-def]
    manifest = truth("hostile_bad_amount.csv")
    result = importer.import_file(db, DATA / "hostile_bad_amount.csv", skip_bad_rows=True)
    assert result.status == "imported"
    assert result.imported == manifest["rows"] - 1
    line, column, raw = db.conn.execute(
        "SELECT line, column_name, raw FROM import_errors").fetchone()
    assert (line, column) == (manifest["bad_line"], "交易金额")
    assert "12,34.5x" in raw


def test_header_only_imports_zero_rows_and_says_so(db_path: Path) -> None:
    proc = _cli(db_path, "import", str(DATA / "hostile_header_only.csv"), "--json")
    assert proc.returncode == 0, proc.stderr
    file = json.loads(proc.stdout)["files"][0]
    assert (file["status"], file["rows_read"], file["imported"]) == ("imported", 0, 0)
    assert "no transactions" in file["message"]


def test_utf16_statement_imports(db) -> None:  # type: ignore[no-untyped-def]
    manifest = truth("hostile_utf16.csv")
    result = importer.import_file(db, DATA / "hostile_utf16.csv")
    assert result.status == "imported", result.message
    assert result.encoding.startswith("utf-16")
    assert result.imported == manifest["rows"]
    total = db.conn.execute(
        "SELECT sum(amount_minor) FROM transactions WHERE type = 'sale'").fetchone()[0]
    assert total == manifest["sum_minor_success_by_type"]["sale"]


def test_full_pans_are_masked_and_never_reach_the_file(db_path: Path) -> None:
    manifest = truth("hostile_full_pan.csv")
    source_pans = pans_in_source(DATA / "hostile_full_pan.csv")
    assert len(source_pans) == 3  # the check below is not vacuous
    db = connect(db_path)
    result = importer.import_file(db, DATA / "hostile_full_pan.csv")
    assert result.masked_pans == 3
    cards = dict(db.conn.execute(
        "SELECT reference_no, card FROM transactions WHERE reference_no IN (?, ?, ?)",
        manifest["full_pan_refs"]).fetchall())
    for pan in source_pans:
        assert f"{pan[:6]}******{pan[-4:]}" in cards.values()
    db.close()
    blob = database_bytes(db_path)
    assert not [p for p in source_pans if p.encode() in blob]


def test_formula_cells_are_kept_as_text(db) -> None:  # type: ignore[no-untyped-def]
    manifest = truth("hostile_formula.csv")
    importer.import_file(db, DATA / "hostile_formula.csv")
    notes = [r[0] for r in db.conn.execute(
        "SELECT description FROM transactions WHERE reference_no IN (?, ?, ?, ?)",
        manifest["formula_refs"])]
    assert len(notes) == 4
    assert any(n.startswith("=HYPERLINK(") for n in notes)
    assert any(n.startswith("@SUM") for n in notes)


def test_overlapping_statements_yield_the_union(db) -> None:  # type: ignore[no-untyped-def]
    a = importer.import_file(db, DATA / "hostile_overlap_a.csv")
    b = importer.import_file(db, DATA / "hostile_overlap_b.csv")
    union = truth("hostile_overlap_b.csv")["union_rows"]
    assert _count(db) == union
    assert a.imported + b.imported == union
    assert b.already_present == a.imported + b.rows_read - union


def test_undo_import_removes_exactly_its_rows(db) -> None:  # type: ignore[no-untyped-def]
    a = importer.import_file(db, DATA / "hostile_overlap_a.csv")
    b = importer.import_file(db, DATA / "hostile_overlap_b.csv")
    assert b.import_id is not None
    removed = importer.undo_import(db, b.import_id)
    assert removed == b.imported
    assert _count(db) == a.imported
    with pytest.raises(LookupError):
        importer.undo_import(db, b.import_id)


def test_cancel_stores_nothing(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(importer.ImportCancelled):
        importer.import_file(db, DATA / "allinpay.csv", cancel=lambda: True)
    assert _count(db) == 0
    assert db.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0


def test_progress_reports_rows_and_bytes(db) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int, int]] = []
    importer.import_file(db, DATA / "allinpay.csv", progress=lambda *a: seen.append(a))
    assert seen[-1][0] == truth("allinpay.csv")["rows"]
    assert seen[-1][1] == seen[-1][2] == (DATA / "allinpay.csv").stat().st_size


def test_import_is_audited(db) -> None:  # type: ignore[no-untyped-def]
    from shopguard.core.store import audit

    importer.import_file(db, DATA / "allinpay.csv")
    actions = [e["action"] for e in audit.entries(db)]
    assert actions == ["import.file"]
    assert audit.verify(db) == []


def test_cli_exit_codes(db_path: Path) -> None:
    ok = _cli(db_path, "import", str(DATA / "allinpay.csv"))
    assert ok.returncode == 0 and "1401 imported" in ok.stdout
    refused = _cli(db_path, "import", str(DATA / "hostile_bad_amount.csv"))
    assert refused.returncode == 1
    assert "line 41" in refused.stderr and "交易金额" in refused.stderr
    assert "Traceback" not in refused.stderr
    usage = _cli(db_path, "import", "--format", "nosuch", str(DATA / "allinpay.csv"))
    assert usage.returncode == 2


def test_zipped_alipay_delivery_imports_the_detail_file(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Alipay delivers 业务明细.csv and 业务明细(汇总).csv in one zip."""
    import zipfile

    archive = tmp_path / "20881466928522440156_20261002_业务明细.csv.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(DATA / "alipay_merchant.csv", "20881466928522440156_业务明细.csv")
        z.writestr("20881466928522440156_业务明细(汇总).csv", "#汇总\n门店编号,门店名称,交易订单总笔数\n")
    result = importer.import_file(db, archive)
    assert result.status == "imported", result.message
    assert result.format == "alipay_merchant"
    assert result.imported == truth("alipay_merchant.csv")["rows"]


def test_bulk_load_rebuilds_every_index_and_a_refusal_restores_them(
        db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def index_sql() -> list[str]:
        return sorted(r[0] for r in db.conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transactions'"
            " AND sql IS NOT NULL"))

    before = index_sql()
    assert len(before) >= 6
    monkeypatch.setattr(importer, "BULK_LOAD_MIN_ROWS", 10)  # make the samples count as bulk
    refused = importer.import_file(db, DATA / "hostile_bad_amount.csv")
    assert refused.status == "refused"
    assert index_sql() == before
    ok = importer.import_file(db, DATA / "allinpay.csv")
    assert ok.imported == truth("allinpay.csv")["rows"]
    assert index_sql() == before
    plan = db.conn.execute("EXPLAIN QUERY PLAN SELECT * FROM transactions WHERE card = ?"
                           " ORDER BY occurred_at", ("x",)).fetchall()
    assert any("idx_transactions_card_time" in str(row) for row in plan)


def test_a_fresh_import_reports_no_refund_updates(db) -> None:  # type: ignore[no-untyped-def]
    """Only rows already present whose refund grew count as updated, nothing else written."""
    result = importer.import_file(db, DATA / "allinpay.csv")
    assert result.ok
    assert not [n for n in result.notes if "refund added" in n]
    again = importer.import_file(db, DATA / "allinpay.csv")
    assert again.imported == 0
    assert not [n for n in again.notes if "refund added" in n]
