"""Issue 11 item 8: one CSV/XLSX export path for the GUI and `shopguard transactions --csv`,
and no exported text cell that a spreadsheet would run as a formula — in any column."""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopguard.cli import main
from shopguard.core.store import export, query
from shopguard.core.workspace import connect
from tests.formats.contract import DATA

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MONEY = {"amount", "fee", "net"}
TEXT_COLUMNS = [c for c in export.EXPORT_COLUMNS if c not in MONEY | {"id"}]
# Allinpay columns that land in a stored text column (what a hostile statement controls).
ALLINPAY_TEXT = {0: "商户号", 2: "终端号", 5: "交易批次号", 6: "凭证号", 7: "参考号", 8: "卡号",
                 9: "卡类别", 16: "订单号", 17: "商户备注", 25: "原交易单"}
PAYLOADS = ('=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)",
            "=1+1", "\t=2+2")


def _hostile_statement(folder: Path) -> Path:
    """The Allinpay sample with a formula opening every text cell of its first 12 rows."""
    lines = (DATA / "allinpay.csv").read_bytes().decode("gbk").splitlines()
    payloads = itertools.cycle(PAYLOADS)
    for n in range(1, 13):
        cells = lines[n].split(",")
        for index in ALLINPAY_TEXT:
            cells[index] = next(payloads).replace(",", ";") + cells[index].lstrip("`")
        lines[n] = ",".join(cells)
    path = folder / "formulas.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def _plant_in_every_column(db_path: Path) -> None:
    """Formulas in every exported text column of one stored row (whatever a format stores)."""
    db = connect(db_path)
    with db.atomic():
        for column, payload in zip(TEXT_COLUMNS, itertools.cycle(PAYLOADS), strict=False):
            if column in ("occurred_at", "type", "status", "currency", "settled_on"):
                continue  # checked values; shown by the other rows
            db.conn.execute(f"UPDATE transactions SET {column} = ? WHERE id = 1", (payload,))
    db.close()


# Every exported text column a statement or a stored row can fill with text.
PLANTED = {"merchant_id", "terminal_id", "card", "card_brand", "reference_no", "voucher_no",
           "batch_no", "auth_code", "original_reference_no", "operator", "order_no",
           "description"}


def _neutralised_columns(rows: list[dict[str, str]]) -> set[str]:
    """Columns holding a neutralised formula; fails on any cell that is still a formula."""
    seen = set()
    for row in rows:
        for column in TEXT_COLUMNS:
            value = row[column] or ""
            assert not value.startswith(FORMULA_STARTS), (column, value)
            if value.startswith("'"):
                seen.add(column)
    return seen


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    db_path = tmp_path / "shop.db"
    assert main(["--db", str(db_path), "--create", "import",
                 str(_hostile_statement(tmp_path))]) == 0
    _plant_in_every_column(db_path)
    return db_path


def test_cli_csv_neutralises_formulas_in_every_column(
        hostile_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(hostile_db), "transactions", "--csv"]) == 0
    out = capsys.readouterr().out
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames or ()) == export.EXPORT_COLUMNS
    rows = list(reader)
    assert _neutralised_columns(rows) == PLANTED
    # The statement's own formulas, imported (not only the row planted in SQL).
    assert _neutralised_columns(rows[1:]) >= {"merchant_id", "terminal_id", "card",
                                               "reference_no", "voucher_no", "batch_no",
                                               "order_no", "description"}


def test_cli_csv_is_the_gui_export(hostile_db: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(hostile_db), "transactions", "--csv", "--from", "2026-09-02",
                 "--to", "2026-09-03"]) == 0
    cli = capsys.readouterr().out
    db = connect(hostile_db)
    out = tmp_path / "gui.csv"
    export.export_csv(db, query.TxnFilter(date_from="2026-09-02", date_to="2026-09-04"), out)
    db.close()
    gui = out.read_text(encoding="utf-8-sig")
    assert cli.splitlines() == gui.splitlines() and len(gui.splitlines()) > 2


def test_xlsx_export_holds_no_formula(hostile_db: Path, tmp_path: Path) -> None:
    db = connect(hostile_db)
    out = tmp_path / "gui.xlsx"
    export.export_xlsx(db, query.TxnFilter(), out)
    db.close()
    sheet = load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    rows = []
    for cells in sheet.iter_rows(min_row=2):
        assert all(c.data_type != "f" for c in cells), [c.value for c in cells]
        rows.append({h: "" if c.value is None else str(c.value) for h, c in zip(header, cells,
                                                                                strict=True)})
    assert _neutralised_columns(rows) == PLANTED


def test_a_failed_export_leaves_nothing_behind(hostile_db: Path, tmp_path: Path) -> None:
    from shopguard.core.files import FileWriteError

    db = connect(hostile_db)
    with pytest.raises(FileWriteError, match="does not exist"):
        export.export_csv(db, query.TxnFilter(), tmp_path / "gone" / "x.csv")
    with pytest.raises(export.ExportCancelled):
        export.export_csv(db, query.TxnFilter(), tmp_path / "x.csv", cancel=lambda: True)
    db.close()
    assert not (tmp_path / "x.csv").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
