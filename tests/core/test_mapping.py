"""Unknown layouts import through column mappings: guessed, saved, reused."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from shopguard.core.importing import importer
from shopguard.core.importing.formats.mapping import (
    ColumnMapping,
    guess_mapping,
    list_mappings,
    load_mapping,
    save_mapping,
)
from shopguard.core.importing.reading import open_table

LAKALA_LIKE = (
    "拉卡拉商户对账单\n"
    "商户名称：小店\n"
    "\n"
    "商户编号|交易日期|交易时间|终端号|拉卡拉流水号|交易金额(分)|手续费(分)|结算金额(分)|结算日期|结算状态\n"
    "822100012345678|20260901|093000|T0001|LKL0000001|5800|35|5765|20260902|已结算\n"
    "822100012345678|20260901|093047|T0001|LKL0000002|5800|35|5765|20260902|已结算\n"
    "822100012345678|20260901|101500|T0002|LKL0000003|12000|72|11928|20260902|已结算\n"
)

UNKNOWN = (
    "Datum;Kasse;Summe;Beleg;Karte\n"
    "2026-09-01 10:00:00;K1;12,50;B1;****1234\n"
    "2026-09-01 10:05:00;K1;7,00;B2;****9876\n"
)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "shopguard", "--db", str(db_path), "--create", *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_guess_finds_header_by_content_and_units(tmp_path: Path) -> None:
    path = _write(tmp_path, "lakala.txt", LAKALA_LIKE, "gb18030")
    table = open_table(path)
    assert table.delimiter == "|"
    rows = [r.cells for r in table.rows()]
    guess = guess_mapping(rows)
    assert guess.header_index == 2  # blank line skipped by the reader; found by content
    assert guess.complete
    assert guess.mapping is not None
    cols = guess.mapping.columns
    assert cols["date"] == "交易日期" and cols["time"] == "交易时间"
    assert cols["reference_no"] == "拉卡拉流水号"
    assert guess.mapping.amounts_in_minor_units


def test_complete_guess_imports_without_questions(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "lakala.txt", LAKALA_LIKE, "gb18030")
    result = importer.import_file(db, path)
    assert result.status == "imported", result.message
    assert result.imported == 3
    assert result.mapping is not None and result.mapping["columns"]["amount"] == "交易金额(分)"
    assert any("mapped by their names" in n for n in result.notes)
    rows = db.conn.execute(
        "SELECT occurred_at, amount_minor, fee_minor, settled_on, terminal_id FROM transactions"
        " ORDER BY id").fetchall()
    assert rows[0] == ("2026-09-01T09:30:00", 5800, 35, "2026-09-02", "T0001")


def test_unknown_layout_is_refused_naming_the_columns(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "kasse.csv", UNKNOWN)
    result = importer.import_file(db, path)
    assert result.status == "refused"
    assert "Kasse" in result.message and "Summe" in result.message
    assert "mapping" in result.message.lower()
    assert db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0


def test_saved_mapping_is_reused_by_name(db, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "kasse.csv", UNKNOWN)
    mapping = ColumnMapping(name="kasse", columns={"datetime": "Datum", "terminal_id": "Kasse",
                                                   "amount": "Summe", "reference_no": "Beleg",
                                                   "card": "Karte"},
                            datetime_format="%Y-%m-%d %H:%M:%S", decimal_comma=True, currency="EUR")
    mdir = tmp_path / "mappings"
    save_mapping(mdir, mapping)
    assert list_mappings(mdir) == ["kasse"]
    assert json.loads((mdir / "kasse.json").read_text(encoding="utf-8"))["columns"]["amount"] == "Summe"
    loaded = load_mapping(mdir, "kasse")
    result = importer.import_file(db, path, mapping=loaded)
    assert result.status == "imported", result.message
    amounts = [r[0] for r in db.conn.execute("SELECT amount_minor FROM transactions ORDER BY id")]
    assert amounts == [1250, 700]
    assert {r[0] for r in db.conn.execute("SELECT currency FROM transactions")} == {"EUR"}


def test_cli_save_then_use_mapping(tmp_path: Path) -> None:
    db_path = tmp_path / "shop.db"
    first = _write(tmp_path, "sept.txt", LAKALA_LIKE, "gb18030")
    proc = _cli(db_path, "import", str(first), "--save-mapping", "lakala", "--json")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "mappings" / "lakala.json").exists()
    second = _write(tmp_path, "oct.txt", LAKALA_LIKE.replace("20260901", "20261001"), "gb18030")
    proc = _cli(db_path, "import", str(second), "--mapping", "lakala", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)["files"][0]
    assert (out["format"], out["imported"]) == ("mapping:lakala", 3)
    missing = _cli(db_path, "import", str(second), "--mapping", "nosuch")
    assert missing.returncode == 1 and "lakala" in missing.stderr


def test_a_date_without_a_time_column_is_stored_as_time_unknown(tmp_path: Path) -> None:
    """A mapped statement with a date column and no time: the rows keep their date with the
    time marked unknown (never midnight), and the result says so."""
    from shopguard.core.workspace import connect

    path = _write(tmp_path, "dates.csv", "Date,Amount,Reference,Card\n"
                  "09/01/2026,12.50,R1,****1234\n09/02/2026,7.00,R2,****9876\n")
    db = connect(tmp_path / "m.db")
    result = importer.import_file(db, path)
    assert result.ok and result.format == "mapping", result.message
    rows = db.conn.execute("SELECT occurred_at, time_known FROM transactions"
                           " ORDER BY occurred_at").fetchall()
    assert rows == [("2026-09-01T00:00:00", 0), ("2026-09-02T00:00:00", 0)]
    assert result.time_unknown == 2
    assert any(n.startswith("2 transaction(s)") for n in result.notes)
    db.close()
