from __future__ import annotations

from shopguard.core.detection.scan import scan
from tests.detection.helpers import add_import, alerts_of, refs, sale

CARD_B = "621700******9999"


def test_double_swipe_is_found_and_explained(db) -> None:
    add_import(db, [
        sale("2026-09-12T12:13:24", 5800, reference_no="R1", operator="王芳"),
        sale("2026-09-12T12:14:11", 5800, reference_no="R2", operator="王芳"),
    ])
    scan(db)
    [a] = alerts_of(db, "duplicate_swipe")
    assert refs(a) == {"R1", "R2"}
    assert a.status == "open"
    assert a.explanation("en") == (
        "Same card ****1234, ¥58.00, charged 2 times 47 seconds apart on terminal 10230001,"
        " operator 王芳. If the customer paid once, void it today or refund it after"
        " settlement.")
    assert "相隔 47 秒" in a.explanation("zh_CN") and "王芳" in a.explanation("zh_CN")


def test_voided_extra_charge_is_resolved(db) -> None:
    add_import(db, [
        sale("2026-09-10T18:25:39", 6200, reference_no="S1"),
        sale("2026-09-10T18:25:44", 6200, reference_no="S2"),
        sale("2026-09-10T18:32:50", 6200, reference_no="V1", type="void",
             original_reference_no="S2"),
    ])
    scan(db)
    [a] = alerts_of(db, "duplicate_swipe")
    assert a.status == "resolved"
    assert refs(a) == {"S1", "S2", "V1"}


def test_refund_days_later_resolves(db) -> None:
    add_import(db, [
        sale("2026-09-01T13:38:04", 12000, reference_no="S1"),
        sale("2026-09-01T13:39:33", 12000, reference_no="S2"),
        sale("2026-09-06T13:59:09", 12000, reference_no="F1", type="refund",
             original_reference_no="S2"),
    ])
    scan(db)
    assert [a.status for a in alerts_of(db, "duplicate_swipe")] == ["resolved"]


def test_partial_refund_does_not_resolve(db) -> None:
    add_import(db, [
        sale("2026-09-01T13:38:04", 12000, reference_no="S1"),
        sale("2026-09-01T13:39:33", 12000, reference_no="S2"),
        sale("2026-09-02T10:00:00", 2000, type="refund", original_reference_no="S2"),
    ])
    scan(db)
    assert [a.status for a in alerts_of(db, "duplicate_swipe")] == ["open"]


def test_controls_are_not_duplicates(db) -> None:
    add_import(db, [
        # two coffees: different cards, same amount, seconds apart
        sale("2026-09-16T15:10:06", 18593, card="518212******0819"),
        sale("2026-09-16T15:10:51", 18593, card="625807******4885"),
        # the same customer coming back hours later
        sale("2026-09-28T12:18:01", 2750, card=CARD_B),
        sale("2026-09-28T18:41:12", 2750, card=CARD_B),
        # a decline and a successful retry 40 s later
        sale("2026-09-20T11:00:00", 4000, status="failed", card="436742******0001"),
        sale("2026-09-20T11:00:40", 4000, card="436742******0001"),
        # same card and amount on another terminal
        sale("2026-09-21T11:00:00", 3000, terminal_id="10230001"),
        sale("2026-09-21T11:01:00", 3000, terminal_id="10230002"),
    ])
    scan(db)
    assert alerts_of(db, "duplicate_swipe") == []


def test_same_reference_listed_twice_is_not_a_duplicate(db) -> None:
    add_import(db, [sale("2026-09-12T12:00:00", 5800, reference_no="X1")])
    add_import(db, [sale("2026-09-12T12:00:30", 5800, reference_no="X1", natural_key="other:X1")])
    scan(db)
    assert alerts_of(db, "duplicate_swipe") == []


def test_score_rises_with_a_decline_between(db) -> None:
    add_import(db, [
        sale("2026-09-12T12:00:00", 5800),
        sale("2026-09-12T12:00:20", 5800, status="failed"),
        sale("2026-09-12T12:08:00", 5800),
        sale("2026-09-13T12:00:00", 5800),
        sale("2026-09-13T12:08:00", 5800),
    ])
    scan(db)
    by_day = {a.first_at[:10]: a for a in alerts_of(db, "duplicate_swipe")}
    assert by_day["2026-09-12"].score > by_day["2026-09-13"].score
    assert "failed or reversed attempt" in by_day["2026-09-12"].explanation("en")


def test_window_setting_is_used(db) -> None:
    from shopguard.core.store import settings

    add_import(db, [sale("2026-09-12T12:00:00", 5800), sale("2026-09-12T12:20:00", 5800)])
    scan(db)
    assert alerts_of(db, "duplicate_swipe") == []
    settings.set_value(db, "duplicate_window_minutes", "30")
    scan(db)
    assert len(alerts_of(db, "duplicate_swipe")) == 1


def test_unknown_card_matches_by_brand_with_lower_score(db) -> None:
    add_import(db, [
        sale("2026-09-12T12:00:00", 760, card="", card_brand="visa", terminal_id=""),
        sale("2026-09-12T12:02:00", 760, card="", card_brand="visa", terminal_id=""),
        sale("2026-09-12T12:02:10", 760, card="", card_brand="mc", terminal_id=""),
    ])
    scan(db)
    [a] = alerts_of(db, "duplicate_swipe")
    assert len(a.transactions) == 2
    assert a.score < 70
    assert "no card number" in a.explanation("en")
