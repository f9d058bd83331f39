from pathlib import Path

from shopguard.core.importing import importer
from tests.formats.contract import DATA, FormatContract, truth


class TestWechatMerchant(FormatContract):
    sample = "wechat_merchant.csv"
    format_name = "wechat_merchant"


def test_voids_and_refunds_carry_own_id_and_link_to_the_sale(db) -> None:
    importer.import_file(db, DATA / "wechat_merchant.csv")
    rows = db.conn.execute(
        "SELECT t.type, count(*), count(s.id), sum(t.reference_no LIKE '5030%'),"
        " sum(t.net_minor = -t.amount_minor - t.fee_minor), sum(t.fee_minor < 0)"
        " FROM transactions t LEFT JOIN transactions s"
        " ON s.reference_no = t.original_reference_no AND s.type = 'sale' AND s.card = t.card"
        " WHERE t.type IN ('void', 'refund') GROUP BY t.type").fetchall()
    # one refund's sale predates the file (the manifest's refund_without_sale)
    assert rows == [("refund", 19, 18, 19, 19, 19), ("void", 25, 25, 25, 25, 25)]
    payers = db.conn.execute("SELECT count(*) FROM transactions WHERE card LIKE 'o%'"
                             " AND length(card) = 28").fetchone()[0]
    assert payers == 1343


def _edit(tmp_path: Path, old: str, new: str) -> Path:
    text = (DATA / "wechat_merchant.csv").read_text(encoding="utf-8-sig")
    assert old in text
    path = tmp_path / "wechat.csv"
    path.write_text(text.replace(old, new, 1), encoding="utf-8-sig")
    return path


def test_a_fee_with_a_fraction_of_a_fen_is_refused_not_rounded(db, tmp_path: Path) -> None:
    path = _edit(tmp_path, "`0.13000,", "`0.13500,")
    result = importer.import_file(db, path)
    assert result.status == "refused"
    assert [(e.line, e.column, e.value) for e in result.errors] == [(2, "手续费", "0.13500")]
    assert "more than 2 decimals" in result.errors[0].message


def test_a_failed_refund_is_kept_as_failed(db, tmp_path: Path) -> None:
    path = _edit(tmp_path, "`ORIGINAL,`SUCCESS,`文具", "`ORIGINAL,`FAIL,`文具")
    result = importer.import_file(db, path)
    assert result.ok, result.message
    failed = db.conn.execute("SELECT type, amount_minor, net_minor FROM transactions"
                             " WHERE status = 'failed'").fetchall()
    assert failed == [("void", 4600, 0)]


def test_the_older_24_column_bill_imports_the_same(db, tmp_path: Path) -> None:
    """子商户号/总金额/代金券或立减优惠金额 naming, without the last three columns."""
    lines = (DATA / "wechat_merchant.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    header = lines[0].replace("特约商户号", "子商户号").replace("应结订单金额", "总金额")
    header = header.replace("代金券金额", "代金券或立减优惠金额")
    header = header.replace("充值券退款金额", "代金券或立减优惠退款金额")
    old = [",".join(header.split(",")[:24])]
    for line in lines[1:]:
        cells = line.split(",")
        old.append(",".join(cells[:24]) if len(cells) == 27 else line)
    path = tmp_path / "old.csv"
    path.write_bytes("\r\n".join(old).encode("utf-8-sig"))
    result = importer.import_file(db, path)
    manifest = truth("wechat_merchant.csv")
    assert (result.format, result.imported, result.errors) == ("wechat_merchant",
                                                               manifest["rows"], [])
    sums = dict(db.conn.execute("SELECT type, sum(amount_minor) FROM transactions GROUP BY type"))
    assert sums == manifest["sum_minor_success_by_type"]
