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


_PAN_ALPHABET = "0123456789 -*%B^;=P卡号xX./_\u00a0\u3000０１４８"


@given(st.text(alphabet=_PAN_ALPHABET, min_size=13, max_size=40)
       | st.builds(lambda pan, pre, post: pre + pan + post,
                   st.sampled_from([VISA, UNIONPAY_19, "4111 1111 1111 1111", "378282246310005",
                                    "4111.1111.1111.1111", "3782 822463 10005",
                                    "４１１１１１１１１１１１１１１１", "4111\u00a01111  1111/1111"]),
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


# -- card numbers in uncommon forms (issue 11 item 7) ----------------------------------------

_PREFIXES = ["4", "4", "51", "55", "2221", "2720", "34", "37", "6228", "6212", "62", "3528",
             "36", "300", "6011", "65", "81"]
_SEPARATORS = [" ", "-", ".", "/", "\u00a0", "  ", "\u3000", "\uff0d", " - ", "_", "\u2009",
               "\uff0e", "\uff0f", "\u202f"]
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_TEXT = st.text(alphabet="abcXYZ 卡号：备注,;*()#\u00a0", max_size=10)


def _valid_length(prefix: str, length: int) -> bool:
    return _scheme_plausible_for_test(prefix.ljust(length, "0"))


def _scheme_plausible_for_test(digits: str) -> bool:
    from shopguard.core.pan import _scheme_plausible

    return _scheme_plausible(digits)


@st.composite
def pans(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(_PREFIXES))
    length = draw(st.sampled_from([n for n in range(13, 20) if _valid_length(prefix, n)]))
    body = prefix + "".join(draw(st.lists(st.sampled_from("0123456789"),
                                          min_size=length - len(prefix) - 1,
                                          max_size=length - len(prefix) - 1)))
    return _luhn_fix(body, length)


@st.composite
def written(draw: st.DrawFn, pan: str) -> str:
    """`pan` as people and programs write it: grouped 4-4-4-4, Amex 4-6-5, 6-rest or at random,
    any separator runs, ASCII or full-width digits."""
    style = draw(st.sampled_from(["none", "fours", "amex", "six", "random"]))
    if style == "none":
        cuts: list[int] = []
    elif style == "fours":
        cuts = list(range(4, len(pan), 4))
    elif style == "amex":
        cuts = [4, 10]
    elif style == "six":
        cuts = [6]
    else:
        cuts = sorted(draw(st.sets(st.integers(1, len(pan) - 1), max_size=6)))
    same = draw(st.booleans())
    first = draw(st.sampled_from(_SEPARATORS))
    groups = [pan[a:b] for a, b in zip([0, *cuts], [*cuts, len(pan)], strict=True)]
    out = groups[0]
    for group in groups[1:]:
        out += (first if same else draw(st.sampled_from(_SEPARATORS))) + group
    if draw(st.booleans()):
        out = out.translate(_FULLWIDTH)
    return out


@st.composite
def cells_with_a_pan(draw: st.DrawFn) -> tuple[str, str]:
    pan = draw(pans())
    form = draw(written(pan))
    before = draw(_TEXT)
    after = draw(_TEXT | st.builds(lambda s, n: s + n, st.sampled_from([" ", "/", " ref "]),
                                   st.sampled_from(["12", "2026", "0001"])))
    return pan, before + form + after


def _visible_digits(text: str) -> str:
    import re
    import unicodedata

    return re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", text))


@given(cells_with_a_pan())
@settings(max_examples=1500, deadline=None)
def test_card_numbers_in_any_form_are_masked_in_any_cell(case: tuple[str, str]) -> None:
    pan, cell = case
    cells = ["P20260901001058", cell, "622848******0118"]
    assert scrub_cells(cells) >= 1
    assert pan not in _visible_digits(cells[1]), cells[1]
    assert pan[:6] + "*" in cells[1].replace(" ", "")  # masked to first 6 + last 4
    assert cells[0] == "P20260901001058" and cells[2] == "622848******0118"
    assert _suspect(cell) and _cell_holds_pan(cell)
    text, n = scrub_text(cell)
    assert n >= 1 and pan not in _visible_digits(text)


@given(cells_with_a_pan())
@settings(max_examples=300, deadline=None)
def test_a_card_cell_in_any_form_is_stored_masked(case: tuple[str, str]) -> None:
    pan, cell = case
    stored = normalize_card(_form_only(cell, pan))
    assert stored == mask_pan(pan)


def _form_only(cell: str, pan: str) -> str:
    """The card number part of a generated cell (a card column holds only the number)."""
    import re
    import unicodedata

    normal = unicodedata.normalize("NFKC", cell)
    for run in re.finditer(r"[0-9][0-9 \t\-./_]*[0-9]", normal):
        if re.sub(r"[^0-9]", "", run.group()).startswith(pan):
            digits_seen = 0
            for i, ch in enumerate(run.group()):
                digits_seen += ch.isdigit()
                if digits_seen == len(pan):
                    return run.group()[:i + 1]
    raise AssertionError((cell, pan))


def test_named_forms_from_the_issue() -> None:
    amex = "378282246310005"
    for cell in ("４１１１１１１１１１１１１１１１", "4111.1111.1111.1111", "4111/1111/1111/1111",
                 "4111\u00a01111\u00a01111\u00a01111", "4111  1111  1111  1111",
                 "note 3782 822463 10005 paid", "ＡＭＥＸ　３７８２　８２２４６３　１０００５"):
        cells = ["x", cell]
        assert scrub_cells(cells) == 1, cell
        assert VISA not in _visible_digits(cells[1]) and amex not in _visible_digits(cells[1])


@pytest.mark.parametrize("value", ["2026-09-01 12:30:45", "2026/09/01 12:30:45.123",
                                   "4111-111111111:11:1111111111", "4111.11111111:11:11 4111 1",
                                   "2026-09-01 12:30:45 4111111111111111",
                                   "4111 1111 1111 1111 12:30:45"])
def test_the_date_and_time_shortcut_agrees_with_the_full_check(value: str) -> None:
    assert _suspect(value) == _cell_holds_pan(value)


def test_long_ids_and_dates_are_left_alone() -> None:
    cells = ["260901971657652086", "2026-09-01 12:30:45", "2026/09/01 - 2026/09/30",
             "订单 2026-09-01 12:30:45 收银员 王芳 桌号 12", "898990258124666 40984694"]
    before = list(cells)
    assert scrub_cells(cells) == 0 and cells == before


def test_the_hint_classes_cover_what_nfkc_turns_into_digits_and_separators() -> None:
    """The cheap pre-check is a necessary condition only if every character NFKC maps to one
    digit or to separators is in its classes."""
    import re
    import unicodedata

    from shopguard.core import pan

    digit, separator = re.compile(pan._UNI_DIGIT), re.compile(pan._UNI_SEP)
    for cp in range(0x110000):
        normal = unicodedata.normalize("NFKC", chr(cp))
        if len(normal) == 1 and normal in "0123456789":
            assert digit.fullmatch(chr(cp)), hex(cp)
        if normal and normal.strip(" \t-./_") == "" and len(normal) <= 3:
            assert separator.fullmatch(chr(cp)), hex(cp)
