from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopguard.core.money import MoneyError, format_major, format_money, parse_major, parse_money


@pytest.mark.parametrize(
    ("text", "kwargs", "minor"),
    [
        ("26.00", {}, 2600),
        ("-0.16", {}, -16),
        ("15", {}, 1500),
        ("¥1,234.50", {}, 123450),
        ("￥1,234.50", {}, 123450),
        ("$22.50", {}, 2250),
        ("-$0.95", {}, -95),
        ("($33.62)", {}, -3362),
        ('"$1,149.00 "', {}, None),  # quotes are the CSV parser's job, not ours
        ("$1,149.00 ", {}, 114900),
        ("12,50", {"decimal_comma": True}, 1250),
        ("1.234,56", {"decimal_comma": True}, 123456),
        ("１２３.４５", {}, 12345),
        ("26.00\t", {}, 2600),
        ("0.13000", {}, 13),
        ("-0.65000", {}, -65),
        ("26.00 元", {}, 2600),
    ],
)
def test_parse_money(text: str, kwargs: dict[str, bool], minor: int | None) -> None:
    if minor is None:
        with pytest.raises(MoneyError):
            parse_money(text, **kwargs)
    else:
        assert parse_money(text, **kwargs) == minor


@pytest.mark.parametrize("bad", ["12,34.5x", "", "abc", "1.2.3", "0.135", "--5", "$", "1,23"])
def test_bad_amounts_are_refused(bad: str) -> None:
    with pytest.raises(MoneyError):
        parse_money(bad)


def test_minor_units_without_decimals() -> None:
    assert parse_money("2600", places=0) == 2600


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_format_then_parse_round_trips(minor: int) -> None:
    assert parse_money(format_money(minor, "CNY")) == minor
    assert parse_money(format_money(minor, "USD")) == minor
    assert parse_major(format_major(minor, "CNY")) == minor


def test_format_money() -> None:
    assert format_money(123450, "CNY") == "¥1,234.50"
    assert format_money(-95, "USD") == "-$0.95"
    assert format_money(100, "EUR") == "€1.00"
    assert format_major(5_000_000, "CNY") == "50000.00"


@pytest.mark.parametrize("text", ["9" * 5000 + ".00", "1" * 5000, "100000000000000000000.00",
                                  "1e20", "1" * 16 + ".00", "-" + "9" * 40, "1,000," * 900 + "000"])
def test_amounts_too_large_to_be_money_are_refused_before_conversion(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_money(text)


def test_the_largest_whole_part_still_parses() -> None:
    assert parse_money("9" * 15 + ".99") == int("9" * 15 + "99")
    assert parse_money("0" * 40 + "12.50") == 1250  # leading zeros are not size


def test_max_minor_is_per_currency() -> None:
    from shopguard.core.money import max_minor

    assert max_minor("CNY") == 10**9 * 100
    assert max_minor("jpy") == 10**12  # a unit worth little, no decimals
    assert max_minor("KWD") == 10**9 * 1000
    assert max(max_minor(c) for c in ("VND", "IDR", "EUR", "BHD")) < 2**63
