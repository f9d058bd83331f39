"""Adyen rows in detail: refund ids, fees, payout and other batch rows, zone codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.formats.intl_helpers import import_lines, sample_header, sample_line

HEADER = sample_header("adyen.csv")
SETTLED = sample_line("adyen.csv", "FITF6LDHOHMGLQCE,P20260901004920")  # 103.02, fee 0.62
REFUNDED = sample_line("adyen.csv", "FITF6LDHOHMGLQCE,R20260901004922")
PAYOUT = sample_line("adyen.csv", "MerchantPayout")


def test_settled_and_refunded_rows_link_by_psp_reference(db: Any, tmp_path: Path) -> None:
    result, rows = import_lines(db, tmp_path, "ad.csv", [HEADER, SETTLED, REFUNDED, PAYOUT])
    assert result.status == "imported", result.message
    assert result.rows_read == 2  # the MerchantPayout row is not a transaction
    sale, refund = rows
    assert (sale["type"], sale["amount_minor"], sale["fee_minor"], sale["net_minor"],
            sale["reference_no"], sale["original_reference_no"]) == (
        "sale", 10302, 62, 10240, "FITF6LDHOHMGLQCE", "")
    assert (refund["type"], refund["amount_minor"], refund["fee_minor"], refund["net_minor"],
            refund["reference_no"], refund["original_reference_no"]) == (
        "refund", 10302, 62, -10364, "5N2TH7KD5FC3MTJL", "FITF6LDHOHMGLQCE")
    assert (sale["merchant_id"], sale["card_brand"], sale["batch_no"], sale["order_no"],
            sale["currency"], sale["card"], sale["occurred_at"]) == (
        "CafeLindenblattPOS", "visa", "307", "P20260901004920", "EUR", "",
        "2026-09-01T20:00:28")


def test_all_fee_columns_add_up(db: Any, tmp_path: Path) -> None:
    cells = SETTLED.split(",")
    cells[17:20] = ["0.05", "0.10", "0.20"]  # Markup, Scheme Fees, Interchange
    _, rows = import_lines(db, tmp_path, "ad.csv", [HEADER, ",".join(cells)])
    assert rows[0]["fee_minor"] == 62 + 5 + 10 + 20


def test_batch_rows_are_skipped_and_chargebacks_kept_as_other(db: Any, tmp_path: Path) -> None:
    fee_row = PAYOUT.replace("MerchantPayout", "Fee")
    chargeback = REFUNDED.replace(",Refunded,", ",Chargeback,")
    result, rows = import_lines(db, tmp_path, "ad.csv", [HEADER, SETTLED, fee_row, chargeback])
    assert result.status == "imported", result.message
    assert [(r["type"], r["description"]) for r in rows] == [("sale", ""),
                                                             ("other", "Chargeback")]
    assert any("Fee rows" in n for n in result.notes)


def test_zone_code_converts_to_a_shop_elsewhere(db: Any, tmp_path: Path) -> None:
    _, rows = import_lines(db, tmp_path, "ad.csv", [HEADER, SETTLED],
                           shop={"timezone": "Europe/London"})
    assert rows[0]["occurred_at"] == "2026-09-01T19:00:28"  # CEST 20:00 = BST 19:00


def test_winter_code_in_the_same_zone_is_kept(db: Any, tmp_path: Path) -> None:
    winter = SETTLED.replace("2026-09-01 20:00:28,CEST", "2026-12-01 20:00:28,CET")
    _, rows = import_lines(db, tmp_path, "ad.csv", [HEADER, winter],
                           shop={"timezone": "Europe/Berlin"})
    assert rows[0]["occurred_at"] == "2026-12-01T20:00:28"


def test_missing_gross_amount_refuses(db: Any, tmp_path: Path) -> None:
    cells = SETTLED.split(",")
    cells[11] = ""
    result, _ = import_lines(db, tmp_path, "ad.csv", [HEADER, ",".join(cells)])
    assert result.status == "refused"
    assert [(e.line, e.column) for e in result.errors] == [(2, "Gross Credit (GC)")]
