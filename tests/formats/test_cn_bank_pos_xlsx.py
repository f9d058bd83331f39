from pathlib import Path

from shopguard.core.importing import importer
from shopguard.core.workspace import connect
from tests.formats.contract import DATA, FormatContract


class TestCnBankPosXlsx(FormatContract):
    sample = "cn_bank_pos.xlsx"
    format_name = "cn_bank_pos_xlsx"


def test_xlsx_and_csv_give_the_same_transactions(tmp_path: Path) -> None:
    cols = ("occurred_at, settled_on, merchant_id, terminal_id, card, type, status, amount_minor,"
            " fee_minor, net_minor, reference_no, voucher_no, original_reference_no, description")
    tables = []
    for name in ("cn_bank_pos.csv", "cn_bank_pos.xlsx"):
        db = connect(tmp_path / f"{name}.db")
        assert importer.import_file(db, DATA / name).ok
        tables.append(db.conn.execute(f"SELECT {cols} FROM transactions ORDER BY source_line")
                      .fetchall())
        db.close()
    assert len(tables[0]) == 1443
    assert tables[0] == tables[1]


def test_the_same_statement_as_csv_after_xlsx_adds_nothing(db) -> None:
    first = importer.import_file(db, DATA / "cn_bank_pos.xlsx")
    second = importer.import_file(db, DATA / "cn_bank_pos.csv")
    assert (first.format, second.format) == ("cn_bank_pos_xlsx", "cn_bank_pos")
    assert second.imported == 0 and second.already_present == first.imported > 0
