"""The statement-format contract: a detection score from the first rows, and a row parser.

A format is a small class (Picard's registry idea, kept free of any GUI):

    class AllinpayFormat(StatementFormat):
        name = "allinpay"
        label = "Allinpay 通联 POS statement"
        header_markers = ("商户号", "终端号", "参考号", "交易金额", "交易日期")

        def bind(self, header, ctx):
            col = Columns(header, ctx)
            ...
            def parse(cells: list[str]) -> ParsedTxn | None: ...
            return parse

`bind` runs once per file: it looks the columns up by name (so reordered columns still work)
and returns a closure that turns one row of cells into a `ParsedTxn`, returns None for a row
that is not a transaction (totals, footers), or raises `RowError` naming the column.
"""

from __future__ import annotations

import functools
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar
from zoneinfo import ZoneInfo

from shopguard.core import notes
from shopguard.core.importing.reading.table import clean_cell
from shopguard.core.models import ParsedBankLine, ParsedTxn
from shopguard.core.money import MoneyError, parse_money

if TYPE_CHECKING:
    import sqlite3

# A row parser returns a transaction (statement formats) or a bank line (bank formats, see
# bank.py), or None for a row that is neither (totals, footers).
RowParser = Callable[[list[str]], ParsedTxn | ParsedBankLine | None]

HEADER_SCAN_ROWS = 60

# Notes several formats write (see shopguard.core.notes).
UNKNOWN_TYPE = notes.define(
    "import.unknown_type",
    "Some rows have {column} “{value}”, which is not a transaction type ShopGuard"
    " knows; they were imported as “other”.",
    "部分行的{column}为“{value}”，不是 ShopGuard 认识的交易类型，已按“其他”导入。")
# Rows with a date and no time of day are stored at midnight with `time_known` False (see
# `shopguard.core.models.TIME_KNOWN_SQL`); formats count them with `ctx.count(TIME_UNKNOWN)`.
TIME_UNKNOWN = notes.define(
    "import.time_unknown",
    "{n} transaction(s) in this statement have a date but no time of day. They were stored"
    " with the time unknown (not as midnight): checks that need a time (outside business"
    " hours, bursts of swipes, split sales, declines before a success) leave them out, and"
    " a duplicate among them needs the same card and amount on the same day on neighbouring"
    " lines of the statement.",
    "本对账单中有 {n} 笔交易只有日期、没有具体时间，已按“时间未知”保存（不当作午夜 0 点）："
    "需要时间的检查（非营业时间、短时间内多次刷卡、分单、多次失败后成功）不包括这些交易；"
    "只有同一张卡、同一金额、同一天且在对账单中相邻的两笔才会提示为重复扣款。")


class RowError(ValueError):
    """One cell of one row is wrong. The importer adds the file and line."""

    def __init__(self, column: str, value: str, message: str):
        super().__init__(message)
        self.column = column
        self.value = value
        self.message = message


class HeaderError(ValueError):
    """The header lacks a column this format needs."""


@dataclass
class ParseContext:
    """What a parser may need besides the row: the shop's settings and a place for notes."""

    file_name: str = ""
    currency: str = "CNY"
    timezone: str = ""  # IANA zone of the shop, '' = this computer's local zone
    notes: list[str] = field(default_factory=list)  # `shopguard.core.notes.Note`s
    counts: dict[str, int] = field(default_factory=dict)  # note code -> rows it is about
    left_out: dict[str, int] = field(default_factory=dict)  # reason -> rows read, not stored
    # The rows above the header (bank statements name their account there).
    preamble: list[list[str]] = field(default_factory=list)

    def note(self, code: str, **params: Any) -> None:
        """Add a note for the import result (once): a code registered with
        `shopguard.core.notes.define` and its parameters, rendered in either language."""
        item = notes.note(code, **params)
        if item not in self.notes:
            self.notes.append(item)

    def count(self, code: str) -> None:
        """One more row that note `code` (a template with ``{n}``) is about; the note is added
        with the total when the file has been read (`finish`)."""
        self.counts[code] = self.counts.get(code, 0) + 1

    def leave_out(self, reason: str, code: str) -> None:
        """A row read and deliberately not stored (e.g. a Stripe test-mode payment): the parser
        returns None for it; it is counted in the rows read, under `reason` in the result's
        `left_out`, and said in note `code` (with ``{n}``)."""
        self.left_out[reason] = self.left_out.get(reason, 0) + 1
        self.count(code)

    def finish(self) -> None:
        """The counted notes, with their totals (once the whole file has been parsed)."""
        for code, n in self.counts.items():
            self.note(code, n=n)

    def to_local(self, utc_naive: datetime) -> datetime:
        """Convert a UTC time to the shop's local wall-clock time (naive)."""
        aware = utc_naive.replace(tzinfo=UTC)
        local = aware.astimezone(ZoneInfo(self.timezone)) if self.timezone else aware.astimezone()
        return local.replace(tzinfo=None)


def normalize_header(cell: str) -> str:
    """Header text compared loosely: no armour, no spaces, ASCII brackets, lower case."""
    s = clean_cell(cell).replace("\ufeff", "")
    s = s.replace("（", "(").replace("）", ")").replace(" ", "").replace("\u3000", "")
    return s.lower()


class Columns:
    """Column lookup by header name for one file."""

    def __init__(self, header: Sequence[str]):
        self.header = [clean_cell(h).replace("\ufeff", "") for h in header]
        self._index: dict[str, int] = {}
        for i, h in enumerate(header):
            self._index.setdefault(normalize_header(h), i)

    def find(self, *names: str) -> int | None:
        for name in names:
            i = self._index.get(normalize_header(name))
            if i is not None:
                return i
        return None

    def need(self, *names: str) -> int:
        i = self.find(*names)
        if i is None:
            raise HeaderError(f"missing column {names[0]!r}")
        return i

    def name(self, index: int) -> str:
        return self.header[index] if 0 <= index < len(self.header) else f"column {index + 1}"


class StatementFormat(ABC):
    """Base class of every built-in statement layout."""

    name: ClassVar[str]
    label: ClassVar[str]
    # "statement" (a terminal/acquirer statement: transactions) or "bank" (a bank account
    # statement: bank lines, see bank.py).
    kind: ClassVar[str] = "statement"
    # A catch-all layout (found by column synonyms) ranks below any specific layout that
    # recognises the file (FormatRegistry.rank).
    fallback: ClassVar[bool] = False
    extensions: ClassVar[tuple[str, ...]] = ("csv", "txt")
    # Header cells that together identify the layout (compared with normalize_header).
    header_markers: ClassVar[tuple[str, ...]]
    # Cells every transaction row of this layout needs (for the "row too short" check).
    min_cells: ClassVar[int] = 0

    def header_score(self, row: Sequence[str]) -> float:
        cells = {normalize_header(c) for c in row}
        markers = [normalize_header(m) for m in self.header_markers]
        return sum(1 for m in markers if m in cells) / len(markers)

    def find_header(self, rows: Sequence[Sequence[str]]) -> int | None:
        """Index of the header row among the first rows (found by content, not position)."""
        for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
            if self.header_score(row) == 1.0:
                return i
        return None

    def score(self, rows: Sequence[Sequence[str]], extension: str) -> float:
        """0..1: how sure we are that `rows` (the file's first rows) are in this layout."""
        if extension and self.extensions and extension.lower() not in self.extensions:
            return 0.0
        best = max((self.header_score(r) for r in rows[:HEADER_SCAN_ROWS]), default=0.0)
        return best

    @abstractmethod
    def bind(self, header: Sequence[str], ctx: ParseContext) -> RowParser:
        """Return the row parser for a file whose header row is `header`."""

    def after_import(self, conn: sqlite3.Connection, import_id: int) -> None:
        """Run inside the import's transaction once its rows are stored (default: nothing).

        For what one row cannot know alone, e.g. linking a void to a sale that only the
        stored rows (of this file or an earlier one) can name.
        """
        return None


# -- helpers shared by format modules -------------------------------------------------------

def short_row(cells: list[str], columns: Columns) -> RowError:
    """The error for a row that ends before the columns the format needs (cut-off file)."""
    last = len(cells) - 1
    return RowError(columns.name(last), cells[last] if cells else "",
                    f"row ends after {len(cells)} of {len(columns.header)} columns"
                    " (file cut short or damaged?)")


_DT_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M",
               "%Y%m%d%H%M%S", "%Y-%m-%dT%H:%M:%S", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y, %H:%M",
               "%d.%m.%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%Y年%m月%d日 %H:%M:%S")


@functools.lru_cache(maxsize=8192)
def _valid_day(day: str) -> bool:
    """``YYYY-MM-DD`` naming a real calendar day (cached: a statement has few distinct days)."""
    if not (len(day) == 10 and day.isascii() and day[4] == "-" and day[7] == "-"):
        return False
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=1 << 17)  # every second of a day fits
def _valid_time(hms: str) -> bool:
    """``HH:MM:SS`` on a 24-hour clock."""
    return (len(hms) == 8 and hms[2] == ":" and hms[5] == ":" and hms.isascii()
            and (hms[:2] + hms[3:5] + hms[6:]).isdigit()
            and hms[:2] <= "23" and hms[3:5] <= "59" and hms[6:] <= "59")


def iso_datetime(text: str, column: str, formats: Sequence[str] = _DT_FORMATS) -> str:
    """Parse a date-time cell into ``YYYY-MM-DDTHH:MM:SS`` or raise RowError."""
    s = text.strip()
    # Fast path for the ISO shape most statements use; days and times are checked through
    # small caches, so a million rows cost a few thousand real validations.
    if len(s) == 19 and s[10] in " T" and _valid_day(s[:10]) and _valid_time(s[11:]):
        return f"{s[:10]}T{s[11:]}"
    for fmt in formats:
        try:
            return datetime.strptime(s, fmt).isoformat(timespec="seconds")
        except ValueError:
            continue
    raise RowError(column, text, "not a date and time")


def money(cells: list[str], index: int, column: str, *, decimal_comma: bool = False,
          places: int = 2) -> int:
    """Parse the money cell at `index` or raise RowError naming `column`."""
    text = cells[index]
    # Fast path for the usual ``1234.50`` / ``-0.16`` (parse_money handles everything else).
    if places == 2 and not decimal_comma and text[-3:-2] == "." and len(text) < 19:
        digits = text[:-3] + text[-2:]
        if digits.isdecimal():
            return int(digits)
        if digits[:1] == "-" and digits[1:].isdecimal():
            return int(digits)
    try:
        return parse_money(text, decimal_comma=decimal_comma, places=places)
    except MoneyError as exc:
        raise RowError(column, text, str(exc)) from None


def optional_money(cells: list[str], index: int | None, column: str, *,
                   decimal_comma: bool = False, places: int = 2) -> int | None:
    """`money`, or None for a missing or blank cell."""
    if index is None or index >= len(cells) or not cells[index].strip():
        return None
    return money(cells, index, column, decimal_comma=decimal_comma, places=places)


def cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def utc_to_local(ctx: ParseContext, iso: str) -> str:
    return ctx.to_local(datetime.fromisoformat(iso)).isoformat(timespec="seconds")


def add_days(iso_date: str, days: int) -> str:
    return (datetime.fromisoformat(iso_date) + timedelta(days=days)).date().isoformat()
