"""Stripe rows in detail: folded refunds, UTC conversion, test mode, the Title Case header."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.formats.intl_helpers import import_lines, sample_header, sample_line

HEADER = sample_header("stripe.csv")
PARTLY_REFUNDED = sample_line("stripe.csv", "ch_3PccTVzeSiR2ruPNIGqejWeU")  # 97.50, 46.00 back
PAID = sample_line("stripe.csv", "ch_3xJvAFfcUargf5eOulS6evL6")  # 3.00, 2026-10-02 00:50 UTC
FAILED = sample_line("stripe.csv", "ch_3m3cnNOEPIWCP2Q9VRZaqhZU")  # 7.00 declined
NEW_YORK = {"timezone": "America/New_York"}


def test_refund_is_folded_into_the_charge_row(db: Any, tmp_path: Path) -> None:
    result, rows = import_lines(db, tmp_path, "st.csv", [HEADER, PARTLY_REFUNDED], NEW_YORK)
    assert result.status == "imported", result.message
    (row,) = rows
    assert (row["type"], row["status"], row["amount_minor"], row["fee_minor"]) == (
        "sale", "success", 9750, 59)
    assert row["net_minor"] == 9750 - 4600 - 59
    assert row["description"].endswith("[refunded 46.00]")
    assert row["reference_no"] == "ch_3PccTVzeSiR2ruPNIGqejWeU"
    assert (row["card"], row["card_brand"], row["card_type"], row["currency"]) == (
        "****2299", "Visa", "credit", "USD")


def test_created_utc_becomes_shop_time_across_midnight(db: Any, tmp_path: Path) -> None:
    _, rows = import_lines(db, tmp_path, "st.csv", [HEADER, PAID], NEW_YORK)
    assert rows[0]["occurred_at"] == "2026-10-01T20:50:00"  # EDT = UTC-4


def test_winter_time_uses_the_winter_offset(db: Any, tmp_path: Path) -> None:
    winter = PAID.replace("2026-10-02 00:50", "2026-12-02 00:50")
    _, rows = import_lines(db, tmp_path, "st.csv", [HEADER, winter], NEW_YORK)
    assert rows[0]["occurred_at"] == "2026-12-01T19:50:00"  # EST = UTC-5


def test_no_shop_zone_is_noted(db: Any, tmp_path: Path) -> None:
    result, _ = import_lines(db, tmp_path, "st.csv", [HEADER, PAID])
    assert any("UTC" in n and "time zone" in n for n in result.notes)


def test_failed_charge_moved_no_money(db: Any, tmp_path: Path) -> None:
    _, rows = import_lines(db, tmp_path, "st.csv", [HEADER, FAILED], NEW_YORK)
    assert (rows[0]["status"], rows[0]["amount_minor"], rows[0]["net_minor"]) == (
        "failed", 700, 0)


def test_test_mode_rows_are_skipped_and_noted(db: Any, tmp_path: Path) -> None:
    test_row = PAID.replace(",Live,", ",Test,").replace("ch_3xJv", "ch_9xJv")
    result, rows = import_lines(db, tmp_path, "st.csv", [HEADER, test_row, FAILED], NEW_YORK)
    assert result.rows_read == 1 and [r["reference_no"] for r in rows] == [
        "ch_3m3cnNOEPIWCP2Q9VRZaqhZU"]
    assert any("test-mode" in n for n in result.notes)


def test_unknown_status_refuses_naming_the_column(db: Any, tmp_path: Path) -> None:
    odd = PAID.replace(",Paid,", ",Wobbly,")
    result, rows = import_lines(db, tmp_path, "st.csv", [HEADER, odd], NEW_YORK)
    assert result.status == "refused" and rows == []
    assert [(e.line, e.column, e.value) for e in result.errors] == [(2, "status", "Wobbly")]


def test_title_case_header_reads_the_same(db: Any, tmp_path: Path) -> None:
    title = ("id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,"
             "Converted Amount,Converted Amount Refunded,Fee,Tax,Converted Currency,Mode,"
             "Status,Statement Descriptor,Card Last4,Card Brand,Card Funding")
    row = ("ch_1Title,Latte,Payment complete.,2026-09-05 16:07,12.40,2.40,usd,12.40,2.40,0.36,"
           "0.00,usd,Live,Paid,HARBOR BOOKS,4242,Visa,debit")
    result, rows = import_lines(db, tmp_path, "old.csv", [title, row], NEW_YORK)
    assert result.format == "stripe", result.message
    assert (rows[0]["occurred_at"], rows[0]["amount_minor"], rows[0]["net_minor"],
            rows[0]["card"]) == ("2026-09-05T12:07:00", 1240, 1240 - 240 - 36, "****4242")
