from pathlib import Path

from shopguard.core import importer
from tests.formats.contract import DATA, FormatContract


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
