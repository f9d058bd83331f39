"""Money as integer minor units (fen, cents). Never float.

`parse_money` accepts what statement files actually contain: ``¥1,234.50``, ``$22.50``,
``-$0.95``, ``($33.62)``, ``12,50`` (decimal comma when the format says so), full-width
digits, stray spaces and tabs.
"""

from __future__ import annotations

import re

# Minor-unit exponent per ISO 4217 currency; anything not listed has 2 decimals.
_EXPONENTS = {"JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "HUF": 2, "BHD": 3, "KWD": 3}
# The largest amount one transaction may carry, in major units: a billion, or a trillion in
# currencies whose unit is worth little. Anything larger in a statement is damage, not money.
_MAX_MAJOR = 10**9
_MAX_MAJOR_HIGH_NOMINAL = 10**12
_HIGH_NOMINAL = {"JPY", "KRW", "VND", "IDR", "CLP", "COP", "HUF", "ISK", "IRR", "LAK", "MMK",
                 "PYG", "UGX", "UZS", "KHR", "MNT", "TZS", "LBP", "SLL", "GNF"}
# Whole-part digits any amount may have before it is even converted (int() of thousands of
# digits is slow and raises; SQLite holds 18): the largest maximum above fits.
MAX_WHOLE_DIGITS = 15
_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "¥"}

_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．，－＋（）", "0123456789.,-+()"
)
_CURRENCY_NOISE = re.compile(r"[¥￥$€£\s\u00a0]|(?:HK|US|RMB|CNY|USD|EUR|元)", re.IGNORECASE)
_PLAIN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_GROUPED = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_GROUPED_COMMA_DECIMAL = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?")


class MoneyError(ValueError):
    """A cell that should hold an amount does not."""


def exponent(currency: str) -> int:
    """Number of minor-unit decimals for `currency` (2 unless ISO 4217 says otherwise)."""
    return _EXPONENTS.get(currency.upper(), 2)


def max_minor(currency: str) -> int:
    """The largest sane amount of one transaction in `currency`, in minor units."""
    code = currency.upper()
    major = _MAX_MAJOR_HIGH_NOMINAL if code in _HIGH_NOMINAL else _MAX_MAJOR
    return major * 10 ** exponent(code)


def parse_money(text: str, *, decimal_comma: bool = False, places: int = 2) -> int:
    """Parse an amount into integer minor units with `places` decimals.

    Raises MoneyError with a short reason when the text is not an amount. Extra decimals
    beyond `places` are accepted only if they are zeros (``0.13000`` in WeChat fees) —
    otherwise rounding would silently change money. More than MAX_WHOLE_DIGITS digits
    before the decimal point is refused before any conversion.
    """
    s = text.strip()
    # Fastest path: "26.00" with exactly `places` decimals (most statement cells).
    if places == 2 and 3 < len(s) <= MAX_WHOLE_DIGITS + 3 and s[-3] == "." and s.isascii():
        digits = s[:-3] + s[-2:]
        if digits.isdigit():
            return int(digits)
        if digits[0] == "-" and digits[1:].isdigit():
            return int(digits)
    # Fast path: "-0.16" / "15" / "0.5".
    if _PLAIN.fullmatch(s):
        return _to_minor(s, places, text)
    s = s.translate(_FULLWIDTH)
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    s = _CURRENCY_NOISE.sub("", s)
    if s.startswith("+"):
        s = s[1:]
    if s.startswith("-"):
        negative, s = not negative, s[1:]
    if s.endswith("-"):  # trailing minus, seen in some bank exports
        negative, s = not negative, s[:-1]
    if not s:
        raise MoneyError("not an amount")
    if decimal_comma:
        if _GROUPED_COMMA_DECIMAL.fullmatch(s):
            s = s.replace(".", "")
        s = s.replace(",", ".")
    elif _GROUPED.fullmatch(s):
        s = s.replace(",", "")
    if not _PLAIN.fullmatch(s) or s.startswith("-"):
        raise MoneyError("not an amount")
    value = _to_minor(s, places, text)
    return -value if negative else value


def _to_minor(s: str, places: int, original: str) -> int:
    whole, _, frac = s.partition(".")
    negative = whole.startswith("-")
    if negative:
        whole = whole[1:]
    if len(whole) > MAX_WHOLE_DIGITS and len(whole.lstrip("0")) > MAX_WHOLE_DIGITS:
        raise MoneyError(f"too large to be an amount ({len(whole.lstrip('0'))} digits)")
    if len(frac) > places:
        if frac[places:].strip("0"):
            raise MoneyError(f"more than {places} decimals")
        frac = frac[:places]
    value = int(whole or "0") * 10**places + int(frac.ljust(places, "0") or "0")
    return -value if negative else value


def parse_major(text: str, currency: str = "CNY") -> int:
    """Parse a user-typed amount in major units (``50000.00``) into minor units."""
    return parse_money(text, places=exponent(currency))


def format_money(minor: int, currency: str, *, symbol: bool = True, grouping: bool = True) -> str:
    """Format minor units for display: ``¥1,234.50``, ``-$0.95``."""
    places = exponent(currency)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**places)
    whole_text = f"{whole:,}" if grouping else str(whole)
    body = f"{whole_text}.{frac:0{places}d}" if places else whole_text
    prefix = _SYMBOLS.get(currency.upper(), currency.upper() + " ") if symbol else ""
    return f"{sign}{prefix}{body}"


def format_major(minor: int, currency: str) -> str:
    """Plain major-unit text without symbol or grouping (``50000.00``), for settings and CSV."""
    return format_money(minor, currency, symbol=False, grouping=False)
