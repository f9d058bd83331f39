from tests.formats.contract import FormatContract


class TestAllinpay(FormatContract):
    sample = "allinpay.csv"
    format_name = "allinpay"


def test_a_missing_optional_column_reads_as_empty_not_as_its_neighbour() -> None:
    """Headers without 商户备注/原交易单/订单号/卡类别 still parse, and those fields stay empty
    even when a row carries more cells than the header names."""
    from shopguard.core.importing.formats.allinpay import AllinpayFormat
    from shopguard.core.importing.formats.base import ParseContext

    header = ["商户号", "终端号", "交易时间", "交易类型", "交易批次号", "凭证号", "参考号", "卡号",
              "交易金额", "手续费", "交易日期", "结算金额"]
    parse = AllinpayFormat().bind(header, ParseContext())
    row = ["898990258124666", "20947782", "09:09:19", "消费", "000605", "192107",
           "698368662130", "625807******2867", "28.00", "0.17", "2026-09-01", "27.83",
           "extra-1", "extra-2", "extra-3"]
    txn = parse(row)
    assert txn is not None
    assert (txn.card_type, txn.order_no, txn.description, txn.original_reference_no) == \
        ("", "", "", "")
    assert (txn.amount_minor, txn.fee_minor, txn.net_minor) == (2800, 17, 2783)


def test_impossible_dates_and_times_are_bad_rows() -> None:
    import pytest

    from shopguard.core.importing.formats.base import RowError, iso_datetime

    assert iso_datetime("2026-02-28 23:59:59", "交易日期") == "2026-02-28T23:59:59"
    assert iso_datetime("2028-02-29T00:00:00", "交易日期") == "2028-02-29T00:00:00"
    for bad in ("2026-02-31 10:00:00", "2026-13-01 10:00:00", "2026-01-01 24:00:00",
                "2026-01-01 10:60:00", "2026-W01-1 10:00:00"):
        with pytest.raises(RowError):
            iso_datetime(bad, "交易日期")


def test_a_header_without_the_card_column_reads_by_reference() -> None:
    """The reference identifies the row: a statement without 卡号 still reads (card unknown)."""
    from shopguard.core.importing.formats.allinpay import AllinpayFormat
    from shopguard.core.importing.formats.base import ParseContext

    header = ["商户号", "终端号", "交易时间", "交易类型", "交易批次号", "凭证号", "参考号",
              "交易金额", "手续费", "交易日期", "结算金额"]
    row = ["898990258124666", "20947782", "09:09:19", "消费", "000605", "192107",
           "698368662130", "28.00", "0.17", "2026-09-01", "27.83"]
    txn = AllinpayFormat().bind(header, ParseContext())(row)
    assert txn is not None
    assert (txn.card, txn.reference_no, txn.amount_minor) == ("", "698368662130", 2800)
