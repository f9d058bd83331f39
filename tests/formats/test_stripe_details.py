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


def test_test_mode_rows_are_left_out_counted_and_said_in_both_languages(
        db: Any, tmp_path: Path) -> None:
    test_row = PAID.replace(",Live,", ",Test,").replace("ch_3xJv", "ch_9xJv")
    other_test = test_row.replace("ch_9xJv", "ch_8xJv")
    result, rows = import_lines(db, tmp_path, "st.csv", [HEADER, test_row, FAILED, other_test],
                                NEW_YORK)
    assert [r["reference_no"] for r in rows] == ["ch_3m3cnNOEPIWCP2Q9VRZaqhZU"]
    # every row read is counted; the two test payments are neither imported nor "present"
    assert (result.rows_read, result.imported, result.already_present) == (3, 1, 0)
    assert result.left_out == {"test_mode": 2}
    (note,) = [n for n in result.notes if "test-mode" in n]
    assert note.startswith("2 Stripe test-mode payment(s)")
    assert note.text("zh_CN").startswith("已略过 2 笔 Stripe 测试模式的付款")
    as_json = result.to_json()
    assert as_json["left_out"] == {"test_mode": 2}
    (detail,) = [d for d in as_json["note_details"] if d["code"].endswith("test_mode_left_out")]
    assert (detail["params"], detail["zh_CN"][:3]) == ({"n": 2}, "已略过")
    listed = db.conn.execute("SELECT rows_read, imported, already_present, left_out"
                             " FROM imports").fetchone()
    assert tuple(listed) == (3, 1, 0, 2)
    again = import_lines(db, tmp_path, "st.csv", [HEADER, test_row, FAILED, other_test],
                         NEW_YORK)[0]
    assert (again.rows_read, again.imported, again.already_present, again.left_out) == (
        3, 0, 1, {"test_mode": 2})


def test_default_payments_export_reads_without_card_columns(db: Any, tmp_path: Path) -> None:
    """Stripe's default export: no card_last4/card_brand/mode; the charge id is the reference,
    the card is unknown (card_id is a payment-method id, not a card)."""
    header = ('"id","description","seller_message","created","amount","amount_refunded",'
              '"currency","converted_amount","converted_amount_refunded","fee","tax",'
              '"converted_currency","status","statement_descriptor","customer_id",'
              '"customer_description","customer_email","captured","card_id","invoice_id",'
              '"transfer"')
    row = ('ch_1Default,"Entry ID: 7, Product: Fair",Payment complete.,2026-09-03 13:12,25.00,'
           '0.00,cad,25.00,0.00,1.03,0.00,cad,Paid,,,,,true,pm_1Xyz,,')
    result, rows = import_lines(db, tmp_path, "payments.csv", [header, row], NEW_YORK)
    assert (result.status, result.format) == ("imported", "stripe"), result.message
    (got,) = rows
    assert (got["reference_no"], got["card"], got["card_brand"], got["amount_minor"],
            got["fee_minor"], got["currency"], got["occurred_at"]) == (
        "ch_1Default", "", "", 2500, 103, "CAD", "2026-09-03T09:12:00")


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


def test_cli_json_carries_the_test_mode_count_and_both_languages(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from tests.formats.contract import DATA

    run = subprocess.run([sys.executable, "-m", "shopguard", "--db", str(tmp_path / "c.db"), "--create",
                          "import", str(DATA / "stripe_mixed_mode.csv"), "--json"],
                         capture_output=True, text=True, check=True, timeout=120)
    (got,) = json.loads(run.stdout)["files"]
    assert (got["rows_read"], got["imported"], got["already_present"], got["left_out"]) == (
        21, 15, 0, {"test_mode": 6})
    (detail,) = [d for d in got["note_details"] if d["code"].endswith("test_mode_left_out")]
    assert detail["params"] == {"n": 6}
    assert detail["en"].startswith("6 Stripe test-mode payment(s)")
    assert detail["zh_CN"].startswith("已略过 6 笔 Stripe 测试模式的付款")
    listed = subprocess.run([sys.executable, "-m", "shopguard", "--db", str(tmp_path / "c.db"), "--create",
                             "imports"], capture_output=True, text=True, check=True,
                            timeout=120).stdout
    assert "left_out" in listed.splitlines()[0]
