"""The date and zone helpers the international formats share."""

from __future__ import annotations

import pytest

from shopguard.core.importing.formats.base import ParseContext, RowError
from shopguard.core.importing.formats.intl_support import ShopClock, fast_datetime, iso_date, zone_by_name


@pytest.mark.parametrize(("text", "iso"), [
    ("2026-10-02 00:50", "2026-10-02T00:50:00"),  # Stripe, to the minute
    ("01.09.2026, 09:06", "2026-09-01T09:06:00"),  # SumUp
    ("24.03.2023 12:32:05", "2023-03-24T12:32:05"),
    ("12/27/2018 9:05:07", "2018-12-27T09:05:07"),  # 2018 Square
    ("2026年09月01日 09:06:00", "2026-09-01T09:06:00"),  # falls back to the general parser
])
def test_fast_datetime_shapes(text: str, iso: str) -> None:
    assert fast_datetime(text, "Datum") == iso


@pytest.mark.parametrize("text", ["31.02.2026, 09:06", "2026-13-01 10:00", "01.09.2026, 25:00",
                                  "gestern"])
def test_fast_datetime_rejects_impossible_times(text: str) -> None:
    with pytest.raises(RowError) as err:
        fast_datetime(text, "Datum")
    assert (err.value.column, err.value.value) == ("Datum", text)


def test_iso_date_shapes_and_errors() -> None:
    assert iso_date("02.09.2026", "Auszahlungsdatum") == "2026-09-02"
    assert iso_date("2026-09-02", "Deposit Date") == "2026-09-02"
    assert iso_date("09/02/2026", "Deposit Date") == "2026-09-02"
    assert iso_date("  ", "Deposit Date") is None
    with pytest.raises(RowError):
        iso_date("30.02.2026", "Auszahlungsdatum")


def test_zone_names_and_codes() -> None:
    assert str(zone_by_name("Pacific Time (US & Canada)")) == "America/Los_Angeles"
    assert str(zone_by_name("Europe/Berlin")) == "Europe/Berlin"
    cest = zone_by_name("CEST")
    assert cest is not None and cest.utcoffset(None).total_seconds() == 7200  # type: ignore[union-attr]
    assert zone_by_name("Mars Standard Time") is None


def test_shop_clock_keeps_times_without_a_shop_zone_and_notes_unknown_zones() -> None:
    assert ShopClock(ParseContext()).local("2026-09-01T20:00:00", "CEST") == "2026-09-01T20:00:00"
    ctx = ParseContext(timezone="Asia/Shanghai")
    clock = ShopClock(ctx)
    assert clock.local("2026-09-01T20:00:00", "CEST") == "2026-09-02T02:00:00"
    assert clock.local("2026-09-01T20:00:00", "Nowhere") == "2026-09-01T20:00:00"
    assert any("Nowhere" in n for n in ctx.notes)
