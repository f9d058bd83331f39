"""Small pieces shared by the international processor formats (Square, Stripe, SumUp, Adyen).

- `AliasedMarkersMixin`: detection by header groups where each group may have several spellings
  (Stripe's snake_case and Title Case exports name the same columns differently).
- Time-zone helpers: the files state their own zone (a Square zone name, an Adyen zone code, or
  UTC in Stripe); times are stored in the shop's local wall-clock time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone, tzinfo
from typing import ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from shopguard.core import notes
from shopguard.core.importing.formats.base import (
    ParseContext,
    RowError,
    iso_datetime,
    normalize_header,
)

UNKNOWN_ZONE = notes.define(
    "import.unknown_zone",
    "The time zone “{zone}” is not known; those times were kept as written.",
    "时区“{zone}”无法识别，这些时间按原样保存。")


class AliasedMarkersMixin:
    """Header detection where every marker is a group of accepted spellings."""

    # Each inner tuple: the spellings of one column; all groups must be present for 1.0.
    marker_groups: ClassVar[tuple[tuple[str, ...], ...]]

    def header_score(self, row: Sequence[str]) -> float:
        cells = {normalize_header(c) for c in row}
        hits = sum(1 for group in self.marker_groups
                   if any(normalize_header(name) in cells for name in group))
        return hits / len(self.marker_groups)


# Zone names as Square (Rails/ActiveSupport style) writes them; IANA names work as well.
SQUARE_ZONES = {
    "pacific time (us & canada)": "America/Los_Angeles",
    "mountain time (us & canada)": "America/Denver",
    "central time (us & canada)": "America/Chicago",
    "eastern time (us & canada)": "America/New_York",
    "atlantic time (canada)": "America/Halifax",
    "newfoundland": "America/St_Johns",
    "arizona": "America/Phoenix",
    "alaska": "America/Juneau",
    "hawaii": "Pacific/Honolulu",
    "london": "Europe/London",
    "edinburgh": "Europe/London",
    "dublin": "Europe/Dublin",
    "paris": "Europe/Paris",
    "madrid": "Europe/Madrid",
    "tokyo": "Asia/Tokyo",
    "osaka": "Asia/Tokyo",
    "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane",
    "adelaide": "Australia/Adelaide",
    "perth": "Australia/Perth",
}

# Zone abbreviations as Adyen writes them beside `Creation Date`: fixed UTC offsets in hours.
ZONE_CODES = {
    "UTC": 0, "GMT": 0, "WET": 0, "WEST": 1, "BST": 1, "IST": 1, "CET": 1, "CEST": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7, "AEST": 10, "AEDT": 11, "SGT": 8, "HKT": 8, "JST": 9,
}


def zone_by_name(name: str) -> tzinfo | None:
    """The zone a file names (Square zone name, IANA name or zone code), None if unknown."""
    s = name.strip()
    if not s:
        return None
    iana = SQUARE_ZONES.get(s.lower())
    if iana is not None:
        return ZoneInfo(iana)
    hours = ZONE_CODES.get(s.upper())
    if hours is not None:
        return timezone(timedelta(hours=hours), s.upper())
    try:
        return ZoneInfo(s)
    except (ZoneInfoNotFoundError, ValueError):
        return None


class ShopClock:
    """Turns a file's wall-clock times in zone X into the shop's wall-clock time.

    When the shop has no time zone set, times are kept as the file writes them (the file's
    zone is the account's, which is the shop's in every statement seen); when it has one
    and the file states a different zone, the time is converted.
    """

    def __init__(self, ctx: ParseContext):
        self.ctx = ctx
        self.shop: ZoneInfo | None = ZoneInfo(ctx.timezone) if ctx.timezone else None
        self._zones: dict[str, tzinfo | None] = {}

    def local(self, iso: str, zone_name: str) -> str:
        """`iso` (``YYYY-MM-DDTHH:MM:SS`` in `zone_name`) as the shop's wall-clock time."""
        if self.shop is None or not zone_name:
            return iso
        if zone_name not in self._zones:
            zone = zone_by_name(zone_name)
            self._zones[zone_name] = zone
            if zone is None:
                self.ctx.note(UNKNOWN_ZONE, zone=zone_name)
        zone = self._zones[zone_name]
        if zone is None or (isinstance(zone, ZoneInfo) and zone.key == self.shop.key):
            return iso
        aware = datetime.fromisoformat(iso).replace(tzinfo=zone)
        return aware.astimezone(self.shop).replace(tzinfo=None).isoformat(timespec="seconds")


# The date-time shapes these exports use, read without strptime (which costs ~70 µs a try).
_YMD_HMS = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")
_DMY_HMS = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}),? (\d{2}):(\d{2})(?::(\d{2}))?")
_MDY_HMS = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?")


def fast_datetime(text: str, column: str) -> str:
    """``YYYY-MM-DD HH:MM[:SS]``, ``DD.MM.YYYY, HH:MM[:SS]`` or ``MM/DD/YYYY HH:MM[:SS]``
    as ``YYYY-MM-DDTHH:MM:SS``; other shapes go to the general parser. Raises RowError."""
    s = text.strip()
    if m := _YMD_HMS.fullmatch(s):
        y, mo, d, h, mi, sec = m.groups()
    elif m := _DMY_HMS.fullmatch(s):
        d, mo, y, h, mi, sec = m.groups()
    elif m := _MDY_HMS.fullmatch(s):
        mo, d, y, h, mi, sec = m.groups()
    else:
        return iso_datetime(s, column)
    try:
        value = datetime(int(y), int(mo), int(d), int(h), int(mi), int(sec or 0))
    except ValueError:
        raise RowError(column, text, "not a date and time") from None
    return value.isoformat(timespec="seconds")


_YMD = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")


def iso_date(text: str, column: str) -> str | None:
    """A settlement/payout date cell (``2026-09-02``, ``02.09.2026``, ``09/02/2026``) or None."""
    s = text.strip()
    if not s:
        return None
    if (m := _YMD.fullmatch(s)) or (m := _DMY.fullmatch(s)):
        y, mo, d = m.groups() if len(m.group(1)) == 4 else reversed(m.groups())
        try:
            return datetime(int(y), int(mo), int(d)).date().isoformat()
        except ValueError:
            raise RowError(column, text, "not a date") from None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    raise RowError(column, text, "not a date")
