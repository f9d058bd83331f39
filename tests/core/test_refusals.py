"""Issue 11 items 1-2: every damaged or crafted file is a refusal in the result shape, the
other files of the command are still reported, `--json` always prints JSON, and files that
would exhaust memory or time are refused at the line where reading stopped."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from shopguard.cli import main
from shopguard.core.importing import importer
from shopguard.core.importing.parsing import INTERNAL_ERROR
from shopguard.core.workspace import connect
from tests import hostile
from tests.formats.contract import DATA

RESULT_KEYS = {"path", "format", "status", "rows_read", "imported", "already_present",
               "masked_pans", "errors"}


def _import_json(capsys: pytest.CaptureFixture[str], db_path: Path,
                 *files: Path) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["--db", str(db_path), "--create", "import", *map(str, files), "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def _state(db_path: Path) -> tuple[int, list[str], list[str]]:
    """Transactions stored, the files of the imports table, the subjects of the audit log."""
    db = connect(db_path)
    try:
        count = db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0]
        files = [r[0] for r in db.conn.execute("SELECT file_name FROM imports ORDER BY id")]
        audited = [r[0] for r in db.conn.execute(
            "SELECT subject FROM audit_log WHERE action LIKE 'import.%' ORDER BY id")]
        return count, files, audited
    finally:
        db.close()


@pytest.mark.parametrize("case", sorted(hostile.REFUSED_CASES))
def test_each_damaged_file_is_a_refusal_in_the_result_shape(
        case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = hostile.REFUSED_CASES[case](tmp_path)
    good = tmp_path / "allinpay.csv"
    shutil.copy(DATA / "allinpay.csv", good)
    db_path = tmp_path / "shop.db"
    code, out = _import_json(capsys, db_path, good, bad, good)
    assert code == 1
    first, refused, again = out["files"]
    assert first["status"] == "imported" and first["imported"] > 0
    assert again["status"] == "imported" and again["imported"] == 0  # reported, not lost
    assert set(refused) >= RESULT_KEYS and refused["status"] == "refused"
    assert refused["errors"], refused
    for error in refused["errors"]:
        assert set(error) == {"line", "column", "value", "message"}
        assert error["message"]
    assert INTERNAL_ERROR not in refused["message"], refused["message"]
    assert refused["message"].startswith(bad.name)
    # Nothing of the refused file was stored: only the good file's imports and audit entries.
    transactions, imports, audited = _state(db_path)
    assert imports == audited == ["allinpay.csv", "allinpay.csv"]
    assert transactions == first["imported"]


def test_bad_rows_name_line_column_and_value(tmp_path: Path) -> None:
    db = connect(tmp_path / "shop.db")
    cut = importer.import_file(db, hostile.adyen_cut_before_batch(tmp_path))
    assert [(e.line, e.column) for e in cut.errors] == [(3, "Interchange (NC)")]
    assert "row ends after" in cut.errors[0].message
    huge = importer.import_file(db, hostile.amount_5000_digits(tmp_path))
    assert [(e.line, e.column) for e in huge.errors] == [(2, "交易金额")]
    assert "too large" in huge.errors[0].message
    big = importer.import_file(db, hostile.amount_1e20(tmp_path))
    assert [e.line for e in big.errors] == [2] and "too large" in big.errors[0].message
    db.close()


def test_an_amount_above_the_currency_maximum_is_a_bad_row(tmp_path: Path) -> None:
    db = connect(tmp_path / "shop.db")
    path = hostile.allinpay_amount(tmp_path, "2000000000.00", "two_billion.csv")
    result = importer.import_file(db, path)
    assert result.status == "refused"
    assert [(e.line, e.column) for e in result.errors] == [(2, "amount")]
    assert "larger than any card payment can be" in result.errors[0].message
    assert "¥1,000,000,000.00" in result.errors[0].message
    skipped = importer.import_file(db, path, skip_bad_rows=True)
    assert skipped.status == "imported" and skipped.skipped_bad_rows == 1
    db.close()


EXHAUSTING: list[tuple[Callable[[Path], Path], str]] = [
    (lambda d: hostile.zip_bomb_no_newline(d, mib=16), "expand 1,0"),
    (lambda d: hostile.zip_bomb_lines(d, mib=16), "a compressed bomb"),
    (lambda d: hostile.zip_long_line(d, mib=3), "line 7: longer than 1,048,576 characters"),
    (lambda d: hostile.long_line(d, mib=3), "line 1412: longer than 1,048,576 characters"),
    (lambda d: hostile.open_quote(d, mib=3), "line 2: a cell longer than 1,048,576"),
    (lambda d: hostile.xlsx_huge_cell(d, mib=16), "a compressed bomb"),
    (lambda d: hostile.xlsx_long_cell(d, mib=2), "a cell or tag of more than a megabyte"),
    (hostile.xlsx_entity_bomb, "declares XML entities"),
    (hostile.xlsx_broken_late, "row 31: the worksheet is damaged"),
]


@pytest.mark.parametrize(("build", "says"), EXHAUSTING,
                         ids=["zip_bomb", "zip_bomb_lines", "zip_long_line", "long_line",
                              "open_quote", "xlsx_bomb", "xlsx_long_cell", "entity_bomb",
                              "xlsx_broken"])
def test_exhausting_files_are_refused_where_reading_stopped(
        build: Callable[[Path], Path], says: str, tmp_path: Path) -> None:
    db = connect(tmp_path / "shop.db")
    for in_worker in (False, True):
        result = importer.import_file(db, build(tmp_path), parse_in_worker=in_worker)
        assert result.status == "refused"
        assert says in result.message, result.message
        assert INTERNAL_ERROR not in result.message
    assert db.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    db.close()


def test_a_sheet_claiming_a_huge_size_is_read_as_it_is(tmp_path: Path) -> None:
    """A dimension of A1:XFD1048576 on a one-row sheet: one row, padded to at most 1000."""
    from shopguard.core.importing import open_table

    rows = list(open_table(hostile.xlsx_huge_dimension(tmp_path)).rows())
    assert [(r.line, r.cells[0], len(r.cells)) for r in rows] == [(1, "Merchant Account", 1000)]


def test_too_many_columns_in_the_first_rows_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("a,b\n" + "," * 5000 + "\n", encoding="utf-8")
    db = connect(tmp_path / "shop.db")
    result = importer.import_file(db, path)
    assert result.status == "refused"
    assert "line 2 has 5,001 cells" in result.message
    db.close()


def test_a_file_of_mostly_bad_rows_is_not_read_to_its_end(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from shopguard.core.importing import parsing

    monkeypatch.setattr(parsing, "MAX_BAD_ROWS", 50)
    lines = (DATA / "adyen.csv").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "damaged.csv"
    path.write_text("\n".join(lines[:3] + ["x,y"] * 5000) + "\n", encoding="utf-8")
    db = connect(tmp_path / "shop.db")
    result = importer.import_file(db, path, skip_bad_rows=True, parse_in_worker=False)
    assert result.status == "refused"
    assert "bad rows by line" in result.message and "stopped reading" in result.message
    db.close()


def test_json_is_printed_even_when_the_database_cannot_be_opened(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(tmp_path / "missing" / "shop.db"), "import",
                 str(DATA / "allinpay.csv"), "--json"])
    captured = capsys.readouterr()
    assert code == 1
    error = json.loads(captured.out)["error"]
    assert "no ShopGuard database" in error["message"] and error["exit_code"] == 1
    assert "no ShopGuard database" in captured.err


def test_an_unforeseen_error_is_still_a_refusal_of_that_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The safety net: a bug in one format refuses that file, the others still import."""
    from shopguard.core.importing.formats.adyen import AdyenFormat

    def broken(self, header, ctx):  # type: ignore[no-untyped-def]
        raise KeyError("a bug")

    monkeypatch.setattr(AdyenFormat, "bind", broken)
    code, out = _import_json(capsys, tmp_path / "shop.db", DATA / "adyen.csv",
                             DATA / "allinpay.csv")
    assert code == 1
    adyen, allinpay = out["files"]
    assert adyen["status"] == "refused" and INTERNAL_ERROR in adyen["message"]
    assert adyen["errors"][0]["message"]
    assert allinpay["status"] == "imported"


def test_what_the_long_fuzz_run_found_is_a_bad_row() -> None:
    """bench/fuzz_import.py, seed 11, file 271: a 300,000-digit SumUp amount reached int()
    through the format's own fast path; superscript digits pass str.isdigit() but not int()."""
    from datetime import date

    from shopguard.core.importing.formats.base import RowError
    from shopguard.core.importing.formats.cn_bank_pos import with_year
    from shopguard.core.importing.formats.sumup import comma_money

    for text in ("7" * 300_000 + ",00", "²²,00"):
        with pytest.raises(RowError):
            comma_money([text], 0, "Netto")
    with pytest.raises(RowError):
        with_year("0901²²3045", date(2026, 9, 1), "交易日期时间")
    assert comma_money(["-1.234,56"], 0, "Netto") == -123456
