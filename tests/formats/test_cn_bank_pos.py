from pathlib import Path

import pytest

from shopguard.core.importing import importer
from shopguard.core.importing.formats.base import RowError
from shopguard.core.importing.formats.cn_bank_pos import with_year
from tests.formats.contract import DATA, FormatContract

HEADER = ("商户编号,终端编号,清算日期,交易日期时间,交易卡号,检索参考号,系统跟踪号,交易金额,"
          "清算手续费,清算入账金额,原交易日期时间,原系统跟踪号,交易类型,交易状态")


class TestCnBankPos(FormatContract):
    sample = "cn_bank_pos.csv"
    format_name = "cn_bank_pos"


def write_statement(path: Path, rows: list[str]) -> Path:
    text = "商户名称：测试店\r\n对账日期：20261201-20270105\r\n\r\n" + HEADER + "\r\n"
    text += "".join(r + "\r\n" for r in rows) + f"合计,共{len(rows)}笔,,,,,,,,,,,,\r\n"
    path.write_bytes(text.encode("gb18030"))
    return path


def test_year_comes_from_the_settlement_date_across_new_year(db, tmp_path: Path) -> None:
    path = write_statement(tmp_path / "pos.csv", [
        "898708858127431,55456141,20270102,1231235958,622848******0118,100000000001,000101,"
        "88.00,0.53,87.47,,,消费,成功",
        "898708858127431,55456141,20270102,0101000512,622848******0118,100000000002,000102,"
        "88.00,-0.53,-87.47,1231235958,000101,退货,成功",
    ])
    result = importer.import_file(db, path)
    assert result.ok, result.message
    rows = db.conn.execute("SELECT occurred_at, settled_on, type, original_reference_no, net_minor"
                           " FROM transactions ORDER BY occurred_at").fetchall()
    assert rows == [
        ("2026-12-31T23:59:58", "2027-01-02", "sale", "", 8747),
        ("2027-01-01T00:05:12", "2027-01-02", "refund", "100000000001", -8747),
    ]


def test_a_bad_time_names_the_column(db, tmp_path: Path) -> None:
    path = write_statement(tmp_path / "bad.csv", [
        "898708858127431,55456141,20260902,0931103000,622848******0118,100000000003,000103,"
        "10.00,0.06,9.94,,,消费,成功",
    ])
    result = importer.import_file(db, path)
    assert result.status == "refused"
    problems = [(e.line, e.column, e.value) for e in result.errors]
    assert problems == [(5, "交易日期时间", "0931103000")]
    assert db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0


def test_february_29_falls_back_to_a_leap_year() -> None:
    from datetime import date

    assert with_year("0229120000", date(2029, 3, 1), "t").isoformat() == "2028-02-29T12:00:00"
    with pytest.raises(RowError):
        with_year("1301120000", date(2026, 3, 1), "t")


def test_voids_and_refunds_link_to_their_sale(db) -> None:
    importer.import_file(db, DATA / "cn_bank_pos.csv")
    linked = db.conn.execute(
        "SELECT t.type, count(*) FROM transactions t JOIN transactions s"
        " ON s.reference_no = t.original_reference_no AND s.type = 'sale'"
        " AND s.card = t.card AND s.terminal_id = t.terminal_id AND s.occurred_at < t.occurred_at"
        " WHERE t.type IN ('void', 'refund') GROUP BY t.type").fetchall()
    assert dict(linked) == {"void": 14, "refund": 21}
    # the one refund whose sale predates the file keeps the original's time and trace number
    unlinked = db.conn.execute(
        "SELECT reference_no, description FROM transactions"
        " WHERE type = 'refund' AND original_reference_no = ''").fetchall()
    assert [r[0] for r in unlinked] == ["912310532832"]
    assert unlinked[0][1].startswith("原交易 2026-08-27 ")


def test_failed_rows_settle_nothing(db) -> None:
    importer.import_file(db, DATA / "cn_bank_pos.csv")
    assert db.conn.execute(
        "SELECT count(*), count(settled_on), sum(fee_minor), sum(net_minor) FROM transactions"
        " WHERE status = 'failed'").fetchone() == (17, 0, 0, 0)
    assert db.conn.execute("SELECT count(*) FROM transactions WHERE status = 'success'"
                           " AND settled_on IS NULL").fetchone()[0] == 0


@pytest.mark.parametrize("order", ["earlier first", "later first"])
def test_refunds_link_to_sales_from_another_statement(db, tmp_path: Path, order: str) -> None:
    lines = (DATA / "cn_bank_pos.csv").read_bytes().decode("gb18030").split("\r\n")
    header_at = next(i for i, line in enumerate(lines) if line.startswith("商户编号"))
    body = [line for line in lines[header_at + 1:] if line and not line.startswith("合计")]
    early = [line for line in body if line.split(",")[2] <= "20260915"]
    late = [line for line in body if line.split(",")[2] > "20260915"]
    files = [write_statement(tmp_path / "early.csv", early),
             write_statement(tmp_path / "late.csv", late)]
    for path in files if order == "earlier first" else files[::-1]:
        assert importer.import_file(db, path).ok
    linked = db.conn.execute(
        "SELECT count(*), count(s.id) FROM transactions t LEFT JOIN transactions s"
        " ON s.reference_no = t.original_reference_no AND s.type = 'sale' AND s.card = t.card"
        " WHERE t.type IN ('void', 'refund')").fetchone()
    crossing = db.conn.execute(
        "SELECT count(*) FROM transactions t JOIN transactions s"
        " ON s.reference_no = t.original_reference_no AND s.import_id != t.import_id").fetchone()[0]
    assert linked == (36, 35) and crossing > 0


def test_a_header_without_the_card_column_reads_by_reference() -> None:
    """The reference identifies the row: a statement without 交易卡号 still reads."""
    from shopguard.core.importing.formats.base import ParseContext
    from shopguard.core.importing.formats.cn_bank_pos import CnBankPosFormat

    header = ["商户编号", "终端编号", "清算日期", "交易日期时间", "检索参考号", "系统跟踪号",
              "交易金额", "交易类型", "交易状态"]
    row = ["102440153990012", "50180021", "20260902", "0901093000", "260901123456",
           "000123", "58.00", "消费", "成功"]
    txn = CnBankPosFormat().bind(header, ParseContext())(row)
    assert txn is not None
    assert (txn.card, txn.reference_no, txn.amount_minor, txn.occurred_at) == (
        "", "260901123456", 5800, "2026-09-01T09:30:00")
