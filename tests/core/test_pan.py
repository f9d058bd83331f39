from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopguard.core.pan import (
    _cell_holds_pan,
    _suspect,
    is_pan,
    last4,
    luhn_ok,
    mask_pan,
    normalize_card,
    scrub_cells,
    scrub_text,
)

VISA = "4111111111111111"
UNIONPAY_19 = "6228480012345678901"


def _luhn_fix(prefix: str, length: int) -> str:
    body = prefix.ljust(length - 1, "0")
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def test_luhn_and_schemes() -> None:
    assert is_pan(VISA)
    assert is_pan(_luhn_fix("622848", 19))
    assert is_pan("4111 1111 1111 1111")
    assert not is_pan("4111111111111112")  # Luhn fails
    # Allinpay's 18-digit 交易单号 (yymmdd + 参考号) is an id, not a card, even when Luhn-valid
    assert not is_pan(_luhn_fix("260901", 18))
    assert not is_pan(_luhn_fix("898990", 15))  # merchant number


def test_mask_keeps_first_six_and_last_four() -> None:
    assert mask_pan(VISA) == "411111******1111"
    assert mask_pan("4111-1111-1111-1111") == "411111******1111"


def test_scrub_text_masks_and_counts() -> None:
    text, n = scrub_text(f"card {VISA}, order 260901971657652086, also 4111 1111 1111 1111")
    assert n == 2
    assert VISA not in text and "4111 1111 1111 1111" not in text
    assert "260901971657652086" in text


def test_track_data_is_dropped() -> None:
    text, n = scrub_text(f"%B{VISA}^DOE/JOHN^2512101")
    assert VISA not in text and n == 1


def test_scrub_cells_in_place() -> None:
    cells = ["x", VISA, "P20260901001058", "`" + VISA]
    assert scrub_cells(cells) == 2
    assert cells[1] == "411111******1111"
    assert cells[2] == "P20260901001058"
    assert VISA not in cells[3]


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("622848******0118", "622848******0118"),
        (VISA, "411111******1111"),
        ("0118", "****0118"),
        ("****0118", "****0118"),
        ("oSXbWMiHcw5ZBcu1ZgAAK2GVlWGv", "oSXbWMiHcw5ZBcu1ZgAAK2GVlWGv"),
        ("", ""),
    ],
)
def test_normalize_card(raw: str, stored: str) -> None:
    assert normalize_card(raw) == stored


def test_last4() -> None:
    assert last4("622848******0118") == "0118"
    assert last4("oSXbWMiHcw5Z") == ""


def test_letter_prefixed_ids_and_embedded_pans() -> None:
    cells = ["P20260901001058", "P" + VISA, "note: paid with " + VISA + " thanks"]
    assert scrub_cells(cells) == 2
    assert cells[0] == "P20260901001058"
    assert cells[1] == "P411111******1111"
    assert VISA not in cells[2]


_PAN_ALPHABET = "0123456789 -*%B^;=P卡号xX"


@given(st.text(alphabet=_PAN_ALPHABET, min_size=13, max_size=40)
       | st.builds(lambda pan, pre, post: pre + pan + post,
                   st.sampled_from([VISA, UNIONPAY_19, "4111 1111 1111 1111", "378282246310005"]),
                   st.text(alphabet=_PAN_ALPHABET, max_size=8),
                   st.text(alphabet=_PAN_ALPHABET, max_size=8)))
@settings(max_examples=400, deadline=None)
def test_the_fast_row_check_never_misses_what_the_full_check_finds(value: str) -> None:
    """scrub_cells skips a row on a cheap check; it must agree with the exact one."""
    assert _suspect(value) == _cell_holds_pan(value)


def test_scheme_heads_cover_every_plausible_prefix_and_length() -> None:
    """The one-lookup rejection in scrub_cells may not drop a number the full check accepts."""
    from shopguard.core.pan import _SCHEME_HEADS, _scheme_plausible

    for prefix in range(10_000):
        for length in range(13, 20):
            digits = f"{prefix:04d}".ljust(length, "0")
            if _scheme_plausible(digits):
                assert (digits[0], length) in _SCHEME_HEADS, digits


@given(st.lists(st.text(alphabet=_PAN_ALPHABET, max_size=24)
                | st.sampled_from([VISA, UNIONPAY_19, "622848******0118", "P20260901001058",
                                   "260901698368662130", "898990258124666", "P" + VISA]),
                max_size=8))
@settings(max_examples=400, deadline=None)
def test_scrub_cells_masks_exactly_what_the_full_check_finds(cells: list[str]) -> None:
    expected = [scrub_text(c)[0] if len(c) > 12 and _cell_holds_pan(c) else c for c in cells]
    got = list(cells)
    scrub_cells(got)
    assert got == expected
