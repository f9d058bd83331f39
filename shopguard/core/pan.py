"""Card-number hygiene: full PANs never reach disk, logs or screens.

A PAN is masked to first 6 + last 4 (PCI DSS 3.4.1 / 3.5.1 truncation) the moment it is
read. Detection is Luhn *and* scheme prefix/length, so that long numeric ids (Allinpay's
18-digit 交易单号 starting with a date) are not mistaken for cards and mangled.
"""

from __future__ import annotations

import re

# 13–19 contiguous digits, or 4-digit groups split by single spaces/dashes, not glued to
# other digits. Two simple patterns: a nested quantifier here cost ~40 µs per statement line.
_CANDIDATE = re.compile(
    r"(?<![0-9])(?:[0-9]{13,19}|[0-9]{4}(?:[ -][0-9]{4}){2,3}(?:[ -][0-9]{1,3})?"
    r"|[0-9]{6}[ -][0-9]{7,13})(?![0-9])"
)
_TRACK = re.compile(r"%B\d{12,19}\^|;\d{12,19}=\d{4,}")
_MASKED = re.compile(r"^(\d{6})?[*xX•]{2,}(\d{4})$")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _scheme_plausible(d: str) -> bool:
    """Prefix and length of a real card scheme (Visa, Mastercard, UnionPay, Amex, JCB, ...)."""
    n = len(d)
    first = d[0]
    if first == "4":
        return n in (13, 16, 19)
    if first == "5":
        return n == 16 and "51" <= d[:2] <= "55"
    if first == "2":
        return n == 16 and "2221" <= d[:4] <= "2720"
    if first == "3":
        if d[:2] in ("34", "37"):
            return n == 15
        if "3528" <= d[:4] <= "3589":
            return 16 <= n <= 19
        return (d[:2] in ("36", "38") or "300" <= d[:3] <= "305") and 14 <= n <= 16
    if first == "6":
        return 16 <= n <= 19 and (d[:2] in ("60", "62", "65") or "644" <= d[:3] <= "649")
    if first == "8":
        return 16 <= n <= 19 and d[:2] == "81"  # UnionPay 8-series BINs
    return False


def is_pan(text: str) -> bool:
    """True if `text` (digits, possibly grouped) is a full, valid-looking card number."""
    digits = text.replace(" ", "").replace("-", "")
    return (13 <= len(digits) <= 19 and digits.isascii() and digits.isdigit()
            and _scheme_plausible(digits) and luhn_ok(digits))


def mask_pan(digits: str) -> str:
    """First 6 + asterisks + last 4 of a full card number."""
    d = digits.replace(" ", "").replace("-", "")
    return f"{d[:6]}{'*' * (len(d) - 10)}{d[-4:]}"


def scrub_text(text: str) -> tuple[str, int]:
    """Mask every PAN and drop every track-data run in `text`; return (clean text, count masked).

    Cheap on clean text: one regex search. Used on raw lines before they are parsed, so that
    not even a bad-row record kept verbatim can hold a full card number.
    """
    count = 0
    if _TRACK.search(text):
        text, n = _TRACK.subn("[track data removed]", text)
        count += n
    if not _CANDIDATE.search(text):
        return text, count

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        if is_pan(m.group(0)):
            count += 1
            return mask_pan(m.group(0))
        return m.group(0)

    return _CANDIDATE.sub(repl, text), count


def _digits_hold_pan(value: str) -> bool:
    return len(value) <= 19 and value.isascii() and _scheme_plausible(value) and luhn_ok(value)


def _cell_holds_pan(value: str) -> bool:
    if value.isdigit():  # the common case: an id or a card number, nothing else
        return _digits_hold_pan(value)
    if value[1:].isdigit():  # one-letter-prefixed ids: P20260901001058
        return _digits_hold_pan(value[1:])
    if ("%" in value or "=" in value) and _TRACK.search(value):
        return True
    return any(is_pan(m.group(0)) for m in _CANDIDATE.finditer(value))


# Cheap necessary condition for a PAN or track data inside mixed text (the exact test follows).
_PAN_HINT = re.compile(r"[0-9]{13}|[0-9]{4}[ -][0-9]{4}[ -][0-9]{4}|[0-9]{6}[ -][0-9]{7}|%B|;[0-9]")


def _suspect(value: str) -> bool:
    """Exactly `_cell_holds_pan`, for a cell of 13+ characters, with the usual cases first.

    Statement rows are full of long ids and masked card numbers: an all-digit (or one-letter
    prefixed) id is settled by its scheme prefix and length, a masked card
    (``622848******0118``) by counting what is not an asterisk — both without a regex.
    """
    digits = value if value.isdigit() else value[1:] if value[1:].isdigit() else None
    if digits is not None:
        return (digits[0], len(digits)) in _SCHEME_HEADS and _digits_hold_pan(digits)
    if len(value) - value.count("*") < 13:
        return False  # too few characters left for 13 digits (or for track data)
    return _PAN_HINT.search(value) is not None and _cell_holds_pan(value)


# (first digit, length) of every card scheme `_scheme_plausible` accepts: one set lookup
# rejects the long numeric ids statements are full of.
_SCHEME_HEADS = frozenset(
    [("4", 13), ("4", 16), ("4", 19), ("5", 16), ("2", 16)]
    + [(d, n) for d in "68" for n in range(16, 20)] + [("3", n) for n in range(14, 20)])


def scrub_cells(cells: list[str]) -> int:
    """Mask PANs / drop track data in place in a row's cells; return how many were masked.

    Runs on every row of every statement, so the common cases (long numeric ids, masked card
    numbers) are settled inline without a function call; only a row that may hold a card
    number goes through the exact check and is rewritten.
    """
    for value in cells:
        if len(value) > 12:
            # The two commonest long cells are rejected here, without a call: a numeric id
            # no card scheme uses, and a masked card number.
            if value.isdigit():
                if (value[0], len(value)) not in _SCHEME_HEADS:
                    continue
            elif "*" in value and len(value) - value.count("*") < 13:
                continue
            if _suspect(value):
                break
    else:
        return 0
    count = 0
    for i, value in enumerate(cells):
        if len(value) > 12 and _cell_holds_pan(value):
            cells[i], n = scrub_text(value)
            count += n
    return count


def normalize_card(text: str) -> str:
    """A card cell as stored: ``622848******0118``; a bare last-4 becomes ``****0118``.

    Anything else (a payer id such as a WeChat openid) is returned stripped.
    """
    s = text.strip()
    if len(s) == 16 and s[6:12] == "******" and s[:6].isdigit() and s[12:].isdigit():
        return s  # already masked the way we store it (most Chinese statements)
    if not s:
        return ""
    if is_pan(s):
        return mask_pan(s)
    m = _MASKED.match(s.replace(" ", ""))
    if m:
        first6, last4 = m.groups()
        return f"{first6}******{last4}" if first6 else f"****{last4}"
    if len(s) == 4 and s.isdigit():
        return f"****{s}"
    return s


def last4(card: str) -> str:
    """The last four digits of a stored card value, or '' for payer ids."""
    return card[-4:] if card[-4:].isdigit() and "*" in card else ""
