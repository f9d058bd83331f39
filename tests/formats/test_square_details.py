"""Square rows in detail: signs, failed attempts, zones, bad cells."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.formats.intl_helpers import import_lines, sample_header, sample_line

HEADER = sample_header("square.csv")
PAYMENT = sample_line("square.csv", "D5kDtUlAA4vMOL0VOUTiq9")  # $24.18, fee -$0.15
REFUND = sample_line("square.csv", "zz4dApOE9vMZwQdVHsVlkd")  # -$17.00, fee +$0.10 returned
FAILED = sample_line("square.csv", "iTKRfCbxyKPCEskaquuBn1")  # $21.00 attempted, Failed


def test_payment_refund_and_failed_rows_are_normalized(db: Any, tmp_path: Path) -> None:
    result, rows = import_lines(db, tmp_path, "sq.csv", [HEADER, PAYMENT, REFUND, FAILED])
    assert result.status == "imported", result.message
    pay, ref, fail = rows
    assert [r["time_known"] for r in rows] == [1, 1, 1] and result.time_unknown == 0
    assert (pay["type"], pay["status"], pay["amount_minor"], pay["fee_minor"],
            pay["net_minor"]) == ("sale", "success", 2418, 15, 2403)
    assert (pay["card"], pay["card_brand"], pay["terminal_id"], pay["operator"],
            pay["merchant_id"], pay["settled_on"], pay["currency"]) == (
        "****7144", "MasterCard", "Square Terminal 2", "Sam Patel", "Harbor Books",
        "2026-09-02", "USD")
    assert pay["occurred_at"] == "2026-09-01T09:01:59"
    assert (ref["type"], ref["amount_minor"], ref["fee_minor"], ref["net_minor"]) == (
        "refund", 1700, -10, -1690)
    assert ref["reference_no"] == "zz4dApOE9vMZwQdVHsVlkd"
    assert (fail["status"], fail["amount_minor"], fail["fee_minor"], fail["net_minor"]) == (
        "failed", 2100, 0, 0)


def test_shop_in_another_zone_gets_its_own_wall_clock(db: Any, tmp_path: Path) -> None:
    _, rows = import_lines(db, tmp_path, "sq.csv", [HEADER, PAYMENT],
                           shop={"timezone": "America/New_York"})
    assert rows[0]["occurred_at"] == "2026-09-01T12:01:59"  # Pacific 09:01 = Eastern 12:01


def test_bad_money_cell_refuses_the_file_naming_line_and_column(db: Any,
                                                                tmp_path: Path) -> None:
    bad = PAYMENT.replace("-$0.15", "-$0.1x", 1)
    result, rows = import_lines(db, tmp_path, "sq.csv", [HEADER, PAYMENT, bad])
    assert result.status == "refused" and rows == []
    assert [(e.line, e.column, e.value) for e in result.errors] == [(3, "Fees", "-$0.1x")]


def test_row_cut_short_is_reported(db: Any, tmp_path: Path) -> None:
    result, _ = import_lines(db, tmp_path, "sq.csv", [HEADER, PAYMENT, PAYMENT[:120]])
    assert result.status == "refused"
    assert result.errors[0].line == 3 and "cut short" in result.errors[0].message


def test_pound_symbol_gives_gbp(db: Any, tmp_path: Path) -> None:
    _, rows = import_lines(db, tmp_path, "sq.csv", [HEADER, PAYMENT.replace("$", "£")])
    assert (rows[0]["currency"], rows[0]["amount_minor"]) == ("GBP", 2418)


OLD_HEADER = sample_header("square_2018.csv")
OLD_BIG = sample_line("square_2018.csv", '12/27/2018')  # "$1,149.00 ", ($33.62), no ids
OLD_REFUND = sample_line("square_2018.csv", "Returned goods")  # ($45.00), fee $1.60 back
OLD_TWICE = sample_line("square_2018.csv", "12/14/2018,,,$36.50")  # Visa 4821


def test_2018_export_without_times_is_stored_with_the_date_only(db: Any,
                                                                 tmp_path: Path) -> None:
    result, rows = import_lines(db, tmp_path, "sq2018.csv",
                                [OLD_HEADER, OLD_BIG, OLD_REFUND, OLD_TWICE, OLD_TWICE],
                                {"timezone": "America/New_York"})
    assert (result.status, result.format) == ("imported", "square"), result.message
    big, refund, once, twice = rows
    # the date, at midnight, with the time marked unknown (and no zone conversion)
    assert (big["occurred_at"], big["time_known"], big["type"], big["amount_minor"],
            big["fee_minor"], big["net_minor"], big["reference_no"], big["card"],
            big["currency"]) == ("2018-12-27T00:00:00", 0, "sale", 114900, 3362, 111538, "",
                                 "", "USD")
    assert (refund["occurred_at"], refund["type"], refund["amount_minor"],
            refund["fee_minor"], refund["net_minor"], refund["card"]) == (
        "2018-12-21T00:00:00", "refund", 4500, -160, -4340, "****6630")
    # the same row twice (no id): both kept, told apart by the occurrence counter
    assert (once["occurred_at"], once["card"], once["amount_minor"]) == (
        twice["occurred_at"], twice["card"], twice["amount_minor"]) == (
        "2018-12-14T00:00:00", "****4821", 3650)
    assert once["natural_key"] != twice["natural_key"]
    assert result.time_unknown == 4 and result.to_json()["time_unknown"] == 4
    (note,) = [n for n in result.notes if n.startswith("4 transaction(s)")]
    assert "not as midnight" in note
    assert note.text("zh_CN").startswith("本对账单中有 4 笔交易只有日期、没有具体时间")
    again, _ = import_lines(db, tmp_path, "sq2018.csv",
                            [OLD_HEADER, OLD_BIG, OLD_REFUND, OLD_TWICE, OLD_TWICE])
    assert (again.imported, again.already_present) == (0, 4)


def test_a_row_with_neither_date_nor_time_is_refused_naming_the_date(db: Any,
                                                                     tmp_path: Path) -> None:
    result, rows = import_lines(db, tmp_path, "sq2018.csv",
                                [OLD_HEADER, OLD_BIG.replace("12/27/2018", "", 1)])
    assert result.status == "refused" and rows == []
    assert [(e.line, e.column, e.message) for e in result.errors] == [(2, "Date", "no date")]
