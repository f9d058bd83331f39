"""Rows whose statement gives no time of day (stored at midnight with `time_known` 0) are
never taken for midnight: no off-hours, burst, split-sale or decline-storm finding from them, and a duplicate
among them needs the same card, amount and day on neighbouring statement lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shopguard.core.detection.alerts import list_alerts
from shopguard.core.detection.scan import scan
from shopguard.core.store import settings
from shopguard.core.workspace import import_file
from tests.detection.helpers import add_import, alerts_of, sale

DATA = Path(__file__).parents[1] / "data"
CARD = "622848******1234"  # helpers.DEFAULTS


def untimed(day: str, amount: int, **kw: Any) -> dict[str, Any]:
    """A row of a statement that gives only the date."""
    return sale(f"{day}T00:00:00", amount, time_known=0, **kw)


def _lines(alert: Any, db: Any) -> set[int]:
    ids = [t.id for t in alert.transactions]
    return {r[0] for r in db.conn.execute(
        f"SELECT source_line FROM transactions WHERE id IN ({','.join('?' * len(ids))})", ids)}


def test_square_2018_export_is_scanned_without_inventing_times(db: Any) -> None:
    settings.set_value(db, "currency", "USD")
    settings.set_value(db, "per_txn_limit", "5000.00")
    settings.set_value(db, "daily_limit", "10000.00")
    result = import_file(db, DATA / "square_2018.csv")
    assert result.ok and result.time_unknown == result.rows_read == 24, result.message
    scan(db)
    alerts = list_alerts(db)
    # Read as midnight, each of these rows was "outside business hours 09:00-21:00", the
    # same-day pairs were "0 seconds apart" duplicates and the no-card pair a brand match.
    assert sorted(a.rule for a in alerts) == ["duplicate_swipe", "per_txn_limit"]
    (dup,) = alerts_of(db, "duplicate_swipe")
    assert _lines(dup, db) == {5, 6}  # Visa 4821, $36.50, 12/14/2018, neighbouring lines
    assert dup.severity == "medium"
    assert "no time of day" in dup.explanation("en")
    assert "没有具体时间" in dup.explanation("zh_CN")
    # Not flagged: the same amount on two cards (lines 7-8), the same card and amount with
    # another sale between (lines 9 and 11), the same amount twice without a card (18-19).
    # The refund (line 4) found its sale on the same card (line 15): no orphan.
    assert alerts_of(db, "refund_without_sale") == []
    (big,) = alerts_of(db, "per_txn_limit")
    assert _lines(big, db) == {25}


def test_no_burst_split_decline_or_off_hours_from_rows_without_time(db: Any) -> None:
    day = "2026-09-05"
    rows = [untimed(day, 1000 + i) for i in range(6)]  # a "burst" of six at midnight
    rows += [untimed(day, 4_800_000, card="622848******0222") for _ in range(3)]  # under
    # the limit each, above it together
    rows += [untimed(day, 2500, card="622848******0333", status="failed") for _ in range(3)]
    rows += [untimed(day, 2500, card="622848******0333")]
    add_import(db, rows)
    scan(db)
    assert [a.rule for a in list_alerts(db)
            if a.rule in ("burst", "split_sale", "decline_storm", "off_hours")] == []
    assert [a.rule for a in alerts_of(db, "daily_limit")] == ["daily_limit"]  # a day is known


def test_the_same_rows_with_times_are_found(db: Any) -> None:
    """The control: the rules above do fire on timed rows, off-hours on a real 02:00."""
    day = "2026-09-05T02:00:"
    timed = [sale(f"{day}{10 * i:02d}", 1000 + i) for i in range(6)]
    timed += [sale(f"{day}0{i}", 2500, card="622848******0333", status="failed")
              for i in range(3)] + [sale(f"{day}09", 2500, card="622848******0333")]
    add_import(db, timed)
    scan(db)
    rules = {a.rule for a in list_alerts(db)}
    assert {"burst", "decline_storm", "off_hours"} <= rules


def test_untimed_duplicate_needs_card_amount_day_and_neighbouring_lines(db: Any) -> None:
    day = "2026-09-07"
    add_import(db, [
        untimed(day, 3650, reference_no="", natural_key="a|0"),  # 1-2: yes
        untimed(day, 3650, reference_no="", natural_key="a|1"),
        untimed(day, 1200, card="622848******0444"), untimed(day, 1200),  # 3-4: other card
        untimed(day, 2400, card="622848******0555"), untimed(day, 990),  # 5-7: not neighbours
        untimed(day, 2400, card="622848******0555"),
        untimed(day, 5950, card="", card_brand="Visa"),  # 8-9: no card number, brand only
        untimed(day, 5950, card="", card_brand="Visa"),
    ])
    add_import(db, [untimed(day, 7000, card="622848******0666")])  # two statements: not
    add_import(db, [untimed(day, 7000, card="622848******0666")])
    scan(db)
    dups = alerts_of(db, "duplicate_swipe")
    assert [sorted(_lines(a, db)) for a in dups] == [[1, 2]]
    assert dups[0].transactions[0].card == CARD


def test_a_timed_row_just_after_midnight_is_no_partner_of_a_dateless_one(db: Any) -> None:
    add_import(db, [untimed("2026-09-08", 3650), sale("2026-09-08T00:00:30", 3650)])
    scan(db)
    assert alerts_of(db, "duplicate_swipe") == []
    assert len(alerts_of(db, "off_hours")) == 1  # 00:00:30 is a real time, outside hours


def test_a_dateless_refund_finds_a_sale_later_that_day(db: Any) -> None:
    add_import(db, [sale("2026-09-09T15:00:00", 8800),
                    untimed("2026-09-09", 8800, type="refund")])
    scan(db)
    assert alerts_of(db, "refund_without_sale") == []
