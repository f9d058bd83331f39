from shopguard.core.importing import importer
from tests.formats.contract import DATA, FormatContract


class TestAlipayMerchant(FormatContract):
    sample = "alipay_merchant.csv"
    format_name = "alipay_merchant"


def test_refunds_take_their_own_id_and_completion_time(db) -> None:
    importer.import_file(db, DATA / "alipay_merchant.csv")
    # the refund on line 51 repeats its sale's 创建时间 2026-09-02 10:49:30; it happened at 11:15:41
    row = db.conn.execute(
        "SELECT occurred_at, reference_no, original_reference_no, amount_minor, fee_minor,"
        " net_minor, operator, terminal_id FROM transactions WHERE source_line = 51").fetchone()
    assert row == ("2026-09-02T11:15:41", "R20260902003837", "2026090222007999162216546988",
                   3300, -20, -3280, "黄丽", "97903189")
    linked = db.conn.execute(
        "SELECT count(*), count(s.id) FROM transactions t LEFT JOIN transactions s"
        " ON s.reference_no = t.original_reference_no AND s.type = 'sale' AND s.card = t.card"
        " AND s.occurred_at < t.occurred_at WHERE t.type = 'refund'").fetchone()
    assert linked == (33, 32)  # one refund's sale predates the file


def test_ids_are_clean_and_payers_masked(db) -> None:
    importer.import_file(db, DATA / "alipay_merchant.csv")
    dirty = db.conn.execute(
        "SELECT count(*) FROM transactions WHERE reference_no GLOB '*[^0-9A-Z]*'"
        " OR terminal_id GLOB '*[^0-9]*' OR order_no LIKE '%' || char(9) || '%'").fetchone()[0]
    assert dirty == 0
    unmasked = db.conn.execute("SELECT count(*) FROM transactions WHERE card NOT LIKE '%*%'"
                               ).fetchone()[0]
    assert unmasked == 0
    fees = db.conn.execute("SELECT type, min(fee_minor) > 0, max(fee_minor) < 0 FROM transactions"
                           " GROUP BY type ORDER BY type").fetchall()
    assert fees == [("refund", 0, 1), ("sale", 1, 0)]
