"""One test (or a few) per rule on synthetic rows in a real database, with controls."""

from __future__ import annotations

from shopguard.core.detection.scan import scan
from shopguard.core.store import settings
from tests.detection.helpers import add_import, alerts_of, refs, sale


def test_burst(db) -> None:
    add_import(db, [sale(f"2026-09-19T17:3{i}:0{i}", 1000 + i, reference_no=f"B{i}")
                    for i in range(6)])
    add_import(db, [sale(f"2026-09-19T1{i}:00:00", 1000, card="621700******0001")
                    for i in range(6)])  # control: six swipes, hours apart
    scan(db)
    [a] = alerts_of(db, "burst")
    assert refs(a) == {f"B{i}" for i in range(6)}
    assert "swiped 6 times within 5 minutes 5 seconds" in a.explanation("en")


def test_burst_threshold_setting(db) -> None:
    add_import(db, [sale(f"2026-09-19T17:3{i}:00", 1000 + i) for i in range(3)])
    scan(db)
    assert alerts_of(db, "burst") == []
    settings.set_value(db, "burst_count", "3")
    scan(db)
    assert len(alerts_of(db, "burst")) == 1


def test_per_txn_limit(db) -> None:
    settings.set_value(db, "per_txn_limit", "50000.00")
    add_import(db, [sale("2026-09-17T17:37:31", 6_699_685, reference_no="BIG"),
                    sale("2026-09-17T17:40:00", 5_000_000)])  # exactly at the limit: fine
    scan(db)
    [a] = alerts_of(db, "per_txn_limit")
    assert refs(a) == {"BIG"}
    assert "above the per-transaction limit of ¥50,000.00" in a.explanation("en")


def test_daily_limit_and_split_sale(db) -> None:
    settings.set_value(db, "per_txn_limit", "50000.00")
    settings.set_value(db, "daily_limit", "100000.00")
    add_import(db, [
        sale("2026-09-14T13:21:32", 4_567_082, reference_no="P1"),
        sale("2026-09-14T13:30:41", 4_692_441, reference_no="P2"),
        sale("2026-09-14T13:33:57", 4_656_133, reference_no="P3"),
        # control: big but far below the limit, and another card
        sale("2026-09-14T13:35:00", 2_000_000, card="621700******0001"),
        sale("2026-09-14T13:36:00", 2_000_000, card="621700******0001"),
    ])
    scan(db)
    [daily] = alerts_of(db, "daily_limit")
    assert refs(daily) == {"P1", "P2", "P3"}
    assert "¥139,156.56 in total" in daily.explanation("en")
    [split] = alerts_of(db, "split_sale")
    assert refs(split) == {"P1", "P2", "P3"}


def test_split_needs_the_total_above_the_limit(db) -> None:
    settings.set_value(db, "per_txn_limit", "50000.00")
    add_import(db, [sale("2026-09-14T13:21:32", 4_600_000),
                    sale("2026-09-14T15:21:32", 4_600_000)])  # 2 h apart: outside 30 min
    scan(db)
    assert alerts_of(db, "split_sale") == []


def test_off_hours_with_grace(db) -> None:
    add_import(db, [
        sale("2026-09-04T03:27:56", 5123, reference_no="NIGHT"),
        sale("2026-09-04T08:50:00", 1000, reference_no="EARLY"),  # within 15 min grace
        sale("2026-09-04T21:10:00", 1000, reference_no="LATE"),  # within grace
        sale("2026-09-04T21:20:00", 1000, reference_no="AFTER"),
        sale("2026-09-04T02:00:00", 1000, status="failed"),  # not a successful sale
    ])
    scan(db)
    assert {r for a in alerts_of(db, "off_hours") for r in refs(a)} == {"NIGHT", "AFTER"}


def test_off_hours_night_shop(db) -> None:
    settings.set_value(db, "business_hours", "18:00-02:00")
    add_import(db, [sale("2026-09-04T01:30:00", 1000, reference_no="OPEN"),
                    sale("2026-09-04T12:00:00", 1000, reference_no="NOON")])
    scan(db)
    assert {r for a in alerts_of(db, "off_hours") for r in refs(a)} == {"NOON"}


def test_refund_without_sale(db) -> None:
    add_import(db, [
        sale("2026-09-07T17:19:21", 17400, type="refund", reference_no="F1",
             original_reference_no="704872479451"),
        sale("2026-09-07T10:00:00", 5000, reference_no="S9"),
        sale("2026-09-08T10:00:00", 5000, type="refund", original_reference_no="S9"),
    ])
    scan(db)
    [a] = alerts_of(db, "refund_without_sale")
    assert refs(a) == {"F1"}
    assert "points to sale 704872479451" in a.explanation("en")


def test_refund_linked_by_voucher_number(db) -> None:
    """Bank POS files name the sale by its trace number (原系统跟踪号)."""
    add_import(db, [
        sale("2026-09-05T18:53:21", 1600, reference_no="579141886627", voucher_no="205198"),
        sale("2026-09-08T19:18:18", 2900, type="refund", original_reference_no="205198"),
    ])
    scan(db)
    assert alerts_of(db, "refund_without_sale") == []
    [a] = alerts_of(db, "refund_exceeds_sale")
    assert "579141886627" in refs(a)


def test_refund_exceeds_sale_single_and_several(db) -> None:
    add_import(db, [
        sale("2026-09-14T14:13:59", 25743, reference_no="S1"),
        sale("2026-09-16T15:52:16", 46143, type="refund", reference_no="F1",
             original_reference_no="S1"),
        sale("2026-09-14T15:00:00", 10000, reference_no="S2"),
        sale("2026-09-15T15:00:00", 6000, type="refund", reference_no="F2",
             original_reference_no="S2"),
        sale("2026-09-16T15:00:00", 6000, type="refund", reference_no="F3",
             original_reference_no="S2"),
        # control: two partial refunds within the sale
        sale("2026-09-14T16:00:00", 10000, reference_no="S3"),
        sale("2026-09-15T16:00:00", 5000, type="refund", original_reference_no="S3"),
        sale("2026-09-16T16:00:00", 5000, type="refund", original_reference_no="S3"),
    ])
    scan(db)
    found = {frozenset(refs(a)) for a in alerts_of(db, "refund_exceeds_sale")}
    assert found == {frozenset({"S1", "F1"}), frozenset({"S2", "F2", "F3"})}


def test_decline_storm(db) -> None:
    add_import(db, [
        sale("2026-09-16T12:49:35", 18635, status="failed", reference_no="D1"),
        sale("2026-09-16T12:50:02", 18635, status="failed", reference_no="D2"),
        sale("2026-09-16T12:50:16", 18635, status="failed", reference_no="D3"),
        sale("2026-09-16T12:51:20", 18635, reference_no="OK"),
        # control: one decline then a retry
        sale("2026-09-17T12:00:00", 500, status="failed", card="621700******0001"),
        sale("2026-09-17T12:00:45", 500, card="621700******0001"),
    ])
    scan(db)
    [a] = alerts_of(db, "decline_storm")
    assert refs(a) == {"D1", "D2", "D3", "OK"}
    assert "declined 3 times" in a.explanation("en")
    assert alerts_of(db, "duplicate_swipe") == []


def test_round_amount_is_a_low_red_flag(db) -> None:
    add_import(db, [
        sale("2026-09-02T17:17:31", 2_000_000, reference_no="R1"),
        sale("2026-09-09T17:30:50", 3_000_000, reference_no="R2"),
        sale("2026-09-29T10:15:10", 2_000_000, reference_no="R3"),
        # controls: round but small; large but not round; only two days
        *[sale(f"2026-09-0{d}T12:00:00", 5_000, card="621700******0001") for d in (1, 2, 3)],
        *[sale(f"2026-09-0{d}T12:00:00", 2_000_050, card="621700******0002")
          for d in (1, 2, 3)],
        *[sale(f"2026-09-0{d}T12:00:00", 2_000_000, card="621700******0003") for d in (1, 2)],
    ])
    scan(db)
    [a] = alerts_of(db, "round_amount")
    assert refs(a) == {"R1", "R2", "R3"}
    assert a.severity == "low"
    assert a.explanation("en").startswith("Red flag, not proof")
