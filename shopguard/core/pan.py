"""Card-number hygiene: full PANs never reach disk, logs or screens.

A PAN is masked to first 6 + last 4 (PCI DSS 3.4.1 / 3.5.1 truncation) the moment it is
read. Detection is Luhn *and* scheme prefix/length, so that long numeric ids (Allinpay's
18-digit 交易单号 starting with a date) are not mistaken for cards and mangled.
"""

from __future__ import annotations

import re

# 13–19 digits, optionally grouped by single spaces or dashes, not glued to other digits.
_CANDIDATE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
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
    if d[0] == "4":
        return n in (13, 16, 19)
    p2, p4 = int(d[:2]), int(d[:4])
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if p2 == 62 or p2 == 81:  # UnionPay (81 = UnionPay 8-series BINs)
        return 16 <= n <= 19
    if p2 == 60 or p2 == 65 or 644 <= int(d[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:
        return 16 <= n <= 19
    if p2 in (36, 38) or 300 <= int(d[:3]) <= 305:
        return 14 <= n <= 16
    return False


def is_pan(text: str) -> bool:
    """True if `text` (digits, possibly grouped) is a full, valid-looking card number."""
    digits = text.replace(" ", "").replace("-", "")
    return 13 <= len(digits) <= 19 and digits.isdigit() and _scheme_plausible(digits) and luhn_ok(
        digits
    )


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


def normalize_card(text: str) -> str:
    """A card cell as stored: ``622848******0118``; a bare last-4 becomes ``****0118``.

    Anything else (a payer id such as a WeChat openid) is returned stripped.
    """
    s = text.strip()
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
