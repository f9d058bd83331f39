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
