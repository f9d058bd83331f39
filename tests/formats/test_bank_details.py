"""Bank statements beyond the samples: ICBC v1, identical lines, encodings, account masking,
the catch-all layout's synonyms, unreadable .xls, `formats --json` kinds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shopguard.cli import main
from shopguard.core.importing import importer
from shopguard.core.importing.formats.bank import mask_account
from shopguard.core.workspace import connect
from tests.formats.contract import DATA

ICBC_V1_HEADER = ("交易日期,摘要,交易场所,交易国家或地区简称,钞/汇,交易金额(收入),交易金额(支出),"
                  "交易币种,记账金额(收入),记账金额(支出),记账币种,余额,对方户名")


def _pad(cell: str) -> str:
    """An ICBC cell: space-padded and followed by a tab, quoted when it holds a comma."""
    padded = f"{cell:<20}\t"
    return f'"{padded}"' if "," in cell else padded


def icbc_v1(lines: list[list[str]], preamble: str = "卡号: 6222***********8545") -> str:
    rows = ["明细查询文件下载", preamble, "子账户类别: 活期", "", ICBC_V1_HEADER]
    rows += [",".join(_pad(c) if c else "" for c in line) for line in lines]
    rows.append('人民币合计,,,,,"1,234.56","100.00"')
    return "\r\n".join(rows) + "\r\n"


PAYOUT = ["2026-09-02", "清算资金", "", "CHN", "钞", "1,234.56", "", "人民币", "1,234.56", "",
          "人民币", "21,751.00", "通联支付网络服务股份有限公司"]
RENT = ["2026-09-05", "转账", "", "CHN", "钞", "", "100.00", "人民币", "", "100.00", "人民币",
        "21,651.00", "王建国"]


def _import(tmp_path: Path, name: str, text: str, encoding: str = "gb18030",
            **options: object) -> tuple[object, importer.FileResult]:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    db = connect(tmp_path / "bank.db")
    return db, importer.import_file(db, path, **options)  # type: ignore[arg-type]


def test_icbc_v1_header_padded_cells_and_thousands(tmp_path: Path) -> None:
    db, result = _import(tmp_path, "icbc_v1.csv", icbc_v1([PAYOUT, RENT]))
    assert result.status == "imported", result.message
    assert result.format == "bank_icbc"
    rows = db.conn.execute(  # type: ignore[attr-defined]
        "SELECT booked_on, amount_minor, balance_minor, description, counterparty, account"
        " FROM bank_lines ORDER BY source_line").fetchall()
    assert rows == [
        ("2026-09-02", 123456, 2175100, "清算资金", "通联支付网络服务股份有限公司",
         "6222***********8545"),
        ("2026-09-05", -10000, 2165100, "转账", "王建国", "6222***********8545"),
    ]


def test_identical_lines_are_kept_apart_and_reimport_adds_nothing(tmp_path: Path) -> None:
    text = "Date,Description,Amount\n09/02/2026,CASH DEPOSIT,100.00\n09/02/2026,CASH DEPOSIT,100.00\n"
    db, result = _import(tmp_path, "twins.csv", text, "utf-8", format_name="bank_generic")
    assert (result.status, result.imported) == ("imported", 2), result.message
    again = importer.import_file(db, tmp_path / "twins.csv",  # type: ignore[arg-type]
                                 format_name="bank_generic")
    assert (again.imported, again.already_present) == (0, 2)
    # a later export with a third identical line adds exactly that one
    (tmp_path / "three.csv").write_text(text + "09/02/2026,CASH DEPOSIT,100.00\n", "utf-8")
    third = importer.import_file(db, tmp_path / "three.csv",  # type: ignore[arg-type]
                                 format_name="bank_generic")
    assert (third.imported, third.already_present) == (1, 2)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16"])
def test_encodings_read_the_same_lines(tmp_path: Path, encoding: str) -> None:
    db, result = _import(tmp_path, "icbc.csv", icbc_v1([PAYOUT, RENT]), encoding)
    assert (result.status, result.format, result.imported) == ("imported", "bank_icbc", 2), \
        result.message
    amounts = [r[0] for r in db.conn.execute(  # type: ignore[attr-defined]
        "SELECT amount_minor FROM bank_lines ORDER BY source_line")]
    assert amounts == [123456, -10000]


def test_full_account_numbers_are_masked_as_banks_do(tmp_path: Path) -> None:
    assert mask_account("6222021234567898545") == "6222***********8545"
    assert mask_account("1202***********9854") == "1202***********9854"
    assert mask_account("") == ""
    header = ICBC_V1_HEADER + ",对方账户"
    text = icbc_v1([[*PAYOUT, "1202021234567899854"]], preamble="卡号: 6222021234567898545")
    text = text.replace(ICBC_V1_HEADER, header)
    path = tmp_path / "full.csv"
    db, result = _import(tmp_path, "full.csv", text)
    assert result.status == "imported", result.message
    row = db.conn.execute(  # type: ignore[attr-defined]
        "SELECT account, counterparty_account FROM bank_lines").fetchone()
    assert row == ("6222***********8545", "1202***********9854")
    db.close()  # type: ignore[attr-defined]
    blob = (tmp_path / "bank.db").read_bytes()
    assert b"6222021234567898545" not in blob and b"1202021234567899854" not in blob
    assert path.exists()


def test_generic_layout_reads_chinese_credit_debit_pairs(tmp_path: Path) -> None:
    text = ("银行账户明细\n"
            "交易日期,摘要,收入,支出,余额,对方户名\n"
            "2026/09/02,POS结算,\"1,000.50\",,\"5,000.50\",拉卡拉支付股份有限公司\n"
            "2026/09/03,房租,,\"2,000.00\",\"3,000.50\",房东\n")
    db, result = _import(tmp_path, "other_bank.csv", text)
    assert (result.status, result.format) == ("imported", "bank_generic"), result.message
    rows = db.conn.execute(  # type: ignore[attr-defined]
        "SELECT booked_on, amount_minor, balance_minor, counterparty FROM bank_lines"
        " ORDER BY source_line").fetchall()
    assert rows == [("2026-09-02", 100050, 500050, "拉卡拉支付股份有限公司"),
                    ("2026-09-03", -200000, 300050, "房东")]


def test_generic_layout_english_posting_date_debit_credit(tmp_path: Path) -> None:
    text = ("Posting Date,Payee,Memo,Debit,Credit,Balance\n"
            "2026-09-02,STRIPE,TRANSFER,,250.00,1250.00\n"
            "2026-09-03,CITY POWER,UTILITY,80.00,,1170.00\n")
    db, result = _import(tmp_path, "us.csv", text, "utf-8")
    assert (result.status, result.format) == ("imported", "bank_generic"), result.message
    amounts = [r[0] for r in db.conn.execute(  # type: ignore[attr-defined]
        "SELECT amount_minor FROM bank_lines ORDER BY source_line")]
    assert amounts == [25000, -8000]


def test_without_a_balance_column_the_generic_layout_waits_to_be_chosen(tmp_path: Path) -> None:
    text = "Date,Description,Amount\n09/02/2026,SQUARE INC DEPOSIT,100.00\n"
    db, result = _import(tmp_path, "plain.csv", text, "utf-8")
    assert result.status == "refused"
    assert any(c["format"] == "bank_generic" for c in result.candidates)
    chosen = importer.import_file(db, tmp_path / "plain.csv",  # type: ignore[arg-type]
                                  format_name="bank_generic")
    assert (chosen.status, chosen.imported) == ("imported", 1)


def test_a_bad_amount_names_line_and_column(tmp_path: Path) -> None:
    bad = [*RENT]
    bad[6] = bad[9] = "12,34.5x"
    db, result = _import(tmp_path, "bad.csv", icbc_v1([PAYOUT, bad]))
    assert result.status == "refused"
    assert [(e.line, e.column, e.value) for e in result.errors] == [(7, "记账金额(支出)",
                                                                      "12,34.5x")]
    assert db.conn.execute("SELECT count(*) FROM bank_lines").fetchone()[0] == 0  # type: ignore[attr-defined]


def test_unreadable_xls_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "broken.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    db = connect(tmp_path / "x.db")
    result = importer.import_file(db, path)
    assert result.status == "refused"
    assert "not a readable Excel .xls workbook" in result.message
    assert "Traceback" not in result.message


def test_xls_rows_keep_sheet_row_numbers() -> None:
    from shopguard.core.importing.reading import open_table

    table = open_table(DATA / "reconcile" / "recon_allinpay_bank_ccb.xls")
    assert table.kind == "xls"
    rows = list(table.rows())
    header = next(r for r in rows if r.cells[0].startswith("记账日"))
    assert header.line == 6
    assert rows[-1].cells[0].startswith("以上数据仅供参考")


def test_formats_json_shows_the_kind(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert main(["--db", str(db_path), "--create", "formats", "--json"]) == 0
    kinds = {f["name"]: f["kind"] for f in json.loads(capsys.readouterr().out)}
    assert kinds["allinpay"] == "statement"
    assert {n for n, k in kinds.items() if k == "bank"} == {"bank_icbc", "bank_cmb", "bank_ccb",
                                                           "bank_generic"}


def test_bank_mapping_saved_from_the_generic_layout_and_reused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "shop.db"
    first = tmp_path / "us.csv"
    first.write_text("Posting Date,Payee,Debit,Credit,Balance\n"
                     "2026-09-02,STRIPE,,250.00,1250.00\n", "utf-8")
    code = main(["--db", str(db_path), "--create", "import", str(first), "--save-mapping", "my bank",
                 "--json"])
    result = json.loads(capsys.readouterr().out)["files"][0]
    assert code == 0 and result["format"] == "bank_generic"
    assert result["mapping"]["kind"] == "bank"
    assert "The column mapping was saved as “my bank”." in result["notes"]
    # a later export whose header no synonym knows: the owner edits the saved mapping
    from shopguard.core.importing import BankMapping, load_bank_mapping, save_bank_mapping
    from shopguard.core.paths import mappings_dir

    mdir = mappings_dir(db_path)
    saved = load_bank_mapping(mdir, "my bank")
    assert saved.columns == {"booked_on": "Posting Date", "credit": "Credit", "debit": "Debit",
                             "balance": "Balance", "counterparty": "Payee"}
    save_bank_mapping(mdir, BankMapping("my bank", {**saved.columns, "booked_on": "Value Day",
                                                    "balance": "Saldo"}))
    odd = tmp_path / "odd.csv"
    odd.write_text("Value Day,Payee,Debit,Credit,Saldo\n2026-09-03,SQUARE INC,,99.50,1349.50\n",
                   "utf-8")
    code = main(["--db", str(db_path), "--create", "import", str(odd), "--mapping", "my bank", "--json"])
    result = json.loads(capsys.readouterr().out)["files"][0]
    assert (code, result["format"], result["imported"]) == (0, "bank_mapping:my bank", 1)
    db = connect(db_path)
    assert [r[0] for r in db.conn.execute(
        "SELECT amount_minor FROM bank_lines ORDER BY booked_on")] == [25000, 9950]
    assert undo_import_count(db, result["import_id"]) == 1


def undo_import_count(db: object, import_id: int) -> int:
    return importer.undo_import(db, import_id)  # type: ignore[arg-type]


def test_a_bank_mapping_without_a_date_or_money_is_refused() -> None:
    from shopguard.core.importing import BankMapping, MappingError

    with pytest.raises(MappingError, match="date"):
        BankMapping.from_json({"columns": {"amount": "Amount"}})
    with pytest.raises(MappingError, match="amount"):
        BankMapping.from_json({"columns": {"booked_on": "Date", "credit": "In"}})
    with pytest.raises(MappingError, match="unknown field"):
        BankMapping.from_json({"columns": {"booked_on": "Date", "amount": "A", "card": "C"}})


def test_a_bank_statement_is_not_scanned_for_duplicate_swipes(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bank = DATA / "reconcile" / "recon_allinpay_bank_icbc.csv"
    assert main(["--db", str(db_path), "--create", "import", str(bank), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)["files"][0]
    assert (result["format"], result["imported"], result["scan"]) == ("bank_icbc", 41, None)
    statement = DATA / "reconcile" / "recon_allinpay.csv"
    assert main(["--db", str(db_path), "--create", "import", str(statement), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["files"][0]["scan"]["status"] == "done"
