"""Card-number hygiene: full PANs never reach disk, logs or screens.

A PAN is masked to first 6 + last 4 (PCI DSS 3.4.1 / 3.5.1 truncation) the moment it is
read. Detection is Luhn *and* scheme prefix/length, so that long numeric ids (Allinpay's
18-digit 交易单号 starting with a date) are not mistaken for cards and mangled.
"""

from __future__ import annotations

import re
import unicodedata

# Separators people and programs put between digit groups: space, tab, dash, dot, slash,
# underscore (after NFKC, which turns full-width forms, no-break and ideographic spaces into
# these). A run of up to three of them may sit between two groups.
_SEP = r"[ \t\-./_]"
# A run of digit groups: the candidates for a card number once the text is normalized.
_RUN = re.compile(rf"(?<![0-9])[0-9]+(?:{_SEP}{{1,3}}[0-9]+)*(?![0-9])")
_GROUP = re.compile(r"[0-9]+")
_TRACK = re.compile(r"%B\d{12,19}\^|;\d{12,19}=\d{4,}")
_MASKED = re.compile(r"^(\d{6})?[*xX•]{2,}(\d{4})$")
# Cheap necessary condition, on the text as it is: 13 digits with at most three separators
# between any two, or the start of track data; the exact test follows on the normalized text.
# Digits: any script's (\d) and the superscript, subscript and circled ones NFKC turns into
# one digit (circled numbers from 10 up, two digits in one character, are not looked for).
# Separators: _SEP and every character NFKC turns into one (no-break, ideographic and other
# spaces, full-width and small forms, leaders). A test checks both classes against NFKC.
_UNI_DIGIT = (r"[\d\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
              r"\u2488-\u2490\u24ea]")
_UNI_SEP = (r"[ \t\-./_\u00a0\u2000-\u200a\u202f\u205f\u3000\u2024-\u2026\ufe33\ufe34"
            r"\ufe19\ufe30\ufe4d-\ufe4f\ufe52\ufe63\uff0d\uff0e\uff0f\uff3f]")
# Written out twelve times and possessive: sre runs that twice as fast as a repeated group.
_PAN_HINT = re.compile(_UNI_DIGIT + f"{_UNI_SEP}{{0,3}}+{_UNI_DIGIT}" * 12 + r"|%B|;\d")
_PAN_HINT_ASCII = re.compile("[0-9]" + f"{_SEP}{{0,3}}+[0-9]" * 12 + r"|%B|;[0-9]")


def _hinted(text: str) -> bool:
    """The cheap necessary condition (ASCII text, the commonest, has a simpler pattern)."""
    return (_PAN_HINT_ASCII if text.isascii() else _PAN_HINT).search(text) is not None
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a decimal digit of another script (Arabic-Indic ...)


def _normalize(text: str) -> str:
    """NFKC (full-width digits and separators, no-break spaces ...) and every script's decimal
    digits as ASCII digits: the form card numbers are looked for in."""
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)


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


def _digits(text: str) -> str:
    """The digits of a number written with separators (any form: normalized first)."""
    if not text.isascii():
        text = _normalize(text)
    return re.sub(_SEP, "", text)


def is_pan(text: str) -> bool:
    """True if `text` (digits, possibly grouped) is a full, valid-looking card number."""
    digits = _digits(text)
    return (13 <= len(digits) <= 19 and digits.isascii() and digits.isdigit()
            and _scheme_plausible(digits) and luhn_ok(digits))


def mask_pan(digits: str) -> str:
    """First 6 + asterisks + last 4 of a full card number."""
    d = _digits(digits)
    return f"{d[:6]}{'*' * (len(d) - 10)}{d[-4:]}"


def _pan_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every card number in `text` (normalized): within each run of
    digit groups, the longest window of whole groups holding 13-19 digits that is a PAN,
    leftmost first (4-4-4-4, Amex 4-6-5, 6-10, a card followed by other numbers ...)."""
    spans = []
    for run in _RUN.finditer(text):
        groups = [(m.start() + run.start(), m.end() + run.start(), m.group())
                  for m in _GROUP.finditer(run.group())]
        if sum(len(g[2]) for g in groups) < 13:
            continue
        i = 0
        while i < len(groups):
            found = None
            total = 0
            for j in range(i, len(groups)):
                total += len(groups[j][2])
                if total > 19:
                    break
                if total >= 13:
                    digits = "".join(g[2] for g in groups[i:j + 1])
                    if _scheme_plausible(digits) and luhn_ok(digits):
                        found = (j, digits)  # keep looking: the longest window wins
            if found is None:
                i += 1
                continue
            j, digits = found
            spans.append((groups[i][0], groups[j][1], digits))
            i = j + 1
    return spans


def scrub_text(text: str) -> tuple[str, int]:
    """Mask every PAN and drop every track-data run in `text`; return (clean text, count masked).

    Cheap on clean text: one regex search. Card numbers are found in any form — full-width
    digits, groups split by spaces, no-break spaces, dots, slashes or dashes — on the NFKC
    form of the text; when one is masked, the text comes back in that form.
    Used on raw lines before they are parsed, so that not even a bad-row record kept
    verbatim can hold a full card number.
    """
    if not _hinted(text):
        return text, 0
    work = text if text.isascii() else _normalize(text)
    count = 0
    if _TRACK.search(work):
        work, count = _TRACK.subn("[track data removed]", work)
    spans = _pan_spans(work)
    if not spans:
        return (work, count) if count else (text, 0)
    pieces = []
    at = 0
    for start, end, digits in spans:
        pieces.append(work[at:start])
        pieces.append(mask_pan(digits))
        at = end
    pieces.append(work[at:])
    return "".join(pieces), count + len(spans)


def _digits_hold_pan(value: str) -> bool:
    return len(value) <= 19 and value.isascii() and _scheme_plausible(value) and luhn_ok(value)


def _cell_holds_pan(value: str) -> bool:
    if value.isdigit() and value.isascii():  # the common case: an id or a card number
        return _digits_hold_pan(value)
    if value[1:].isdigit() and value[1:].isascii():  # one-letter-prefixed ids: P20260901001058
        return _digits_hold_pan(value[1:])
    if not _hinted(value):
        return False
    work = value if value.isascii() else _normalize(value)
    if ("%" in work or "=" in work) and _TRACK.search(work):
        return True
    return bool(_pan_spans(work))


def _suspect(value: str) -> bool:
    """Exactly `_cell_holds_pan`, for a cell of 13+ characters, with the usual cases first.

    Statement rows are full of long ids and masked card numbers: an all-digit (or one-letter
    prefixed) id is settled by its scheme prefix and length, a masked card
    (``622848******0118``) by counting what is not an asterisk — both without a regex.
    """
    digits = value if value.isdigit() else value[1:] if value[1:].isdigit() else None
    if digits is not None and digits.isascii():
        return (digits[0], len(digits)) in _SCHEME_HEADS and _digits_hold_pan(digits)
    if len(value) - value.count("*") < 13:
        return False  # too few characters left for 13 digits (or for track data)
    if len(value) <= 25 and value[13:14] == ":" and value[16:17] == ":" and value[4] in "-/.":
        # A date and time ("2026-09-01 12:30:45", most rows have one): the separator at 4 and
        # the colon at 13 leave at most 12 digits in one run, and 8 after the next colon.
        return False
    return _hinted(value) and _cell_holds_pan(value)


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
                if (value[0], len(value)) not in _SCHEME_HEADS and value.isascii():
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
    if not s.isascii():
        s = _normalize(s)  # full-width digits and spaces
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
