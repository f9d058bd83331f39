"""SumUp rows in detail: decimal comma, refund signs, payout date, unknown status."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.formats.intl_helpers import import_lines, sample_header, sample_line

HEADER = sample_header("sumup.csv")
PAYMENT = sample_line("sumup.csv", "T2OAF0UV8X")  # 7,00 fee 0,04
FAILED = sample_line("sumup.csv", "TKD9861STW")
REFUND = sample_line("sumup.csv", "TJDEJZLB72")  # -12,00 fee -0,07 returned


def test_payment_failed_and_refund_rows(db: Any, tmp_path: Path) -> None:
    result, rows = import_lines(db, tmp_path, "su.csv", [HEADER, PAYMENT, FAILED, REFUND])
    assert result.status == "imported", result.message
    pay, fail, ref = rows
    assert (pay["occurred_at"], pay["type"], pay["status"], pay["amount_minor"],
            pay["fee_minor"], pay["net_minor"], pay["settled_on"], pay["currency"]) == (
        "2026-09-01T09:06:00", "sale", "success", 700, 4, 696, "2026-09-02", "EUR")
    assert (pay["card"], pay["card_brand"], pay["operator"], pay["description"]) == (
        "****3180", "VISA", "kasse@lindenblatt.de", "Kuchen")
    assert (fail["status"], fail["amount_minor"], fail["settled_on"]) == ("failed", 700, None)
    assert (ref["type"], ref["amount_minor"], ref["fee_minor"], ref["net_minor"],
            ref["reference_no"]) == ("refund", 1200, -7, -1193, "TJDEJZLB72")


def test_thousands_dot_with_decimal_comma(db: Any, tmp_path: Path) -> None:
    big = PAYMENT.replace('"7,00"', '"1.234,56"', 1)
    _, rows = import_lines(db, tmp_path, "su.csv", [HEADER, big])
    assert rows[0]["amount_minor"] == 123456


def test_unknown_status_refuses_naming_line_and_column(db: Any, tmp_path: Path) -> None:
    odd = PAYMENT.replace("Erfolgreich", "Vielleicht")
    result, rows = import_lines(db, tmp_path, "su.csv", [HEADER, PAYMENT, odd])
    assert result.status == "refused" and rows == []
    assert [(e.line, e.column, e.value) for e in result.errors] == [(3, "Status", "Vielleicht")]


def test_bad_amount_names_the_column(db: Any, tmp_path: Path) -> None:
    bad = PAYMENT.replace('"7,00"', '"7,0x"', 1)
    result, _ = import_lines(db, tmp_path, "su.csv", [HEADER, bad])
    assert [(e.line, e.column) for e in result.errors] == [(2, "Betrag inkl. MwSt.")]
