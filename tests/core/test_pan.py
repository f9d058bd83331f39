from __future__ import annotations

import pytest

from shopguard.core.pan import is_pan, last4, luhn_ok, mask_pan, normalize_card, scrub_cells, scrub_text

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
