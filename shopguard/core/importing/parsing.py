"""A statement's body turned into rows ready to store: the importer's CPU-heavy half.

Plain data in, plain data out, no database: `parse_batches` runs in the importing process for
small files and in a worker process for large ones (`parse_worker`), so that parsing one batch
overlaps storing the previous one. Either way the rows, keys and problems are the same.
"""

from __future__ import annotations

import hashlib
import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from shopguard.core.importing.formats.base import ParseContext, RowError, StatementFormat
from shopguard.core.importing.reading.errors import UnreadableFile
from shopguard.core.importing.reading.table import Table
from shopguard.core.models import (
    BANK_COLUMNS,
    HASHED_COLUMNS,
    TXN_COLUMNS,
    ParsedBankLine,
    ParsedTxn,
)
from shopguard.core.money import format_money, max_minor

# Rows per batch handed to the store: a batch closes at the end of the block that reaches it.
BATCH_ROWS = 5000
MAX_LISTED_ERRORS = 1000
# A file with more bad rows than this, and more bad rows than good ones, is not read to its
# end (a damaged or foreign file would otherwise be parsed for minutes to list its errors).
MAX_BAD_ROWS = 100_000
# What a refusal says when no check foresaw the cause (tests look for it: there must be none).
INTERNAL_ERROR = "could not be imported because of an internal error"

_values = operator.attrgetter(*TXN_COLUMNS)
_hashed = operator.attrgetter(*HASHED_COLUMNS)
_bank_values = operator.attrgetter(*BANK_COLUMNS)


@dataclass
class RowProblem:
    line: int
    column: str
    value: str
    message: str
    raw: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "value": self.value,
                "message": self.message}

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        col = f", column {self.column}" if self.column else ""
        val = f" ({self.value!r})" if self.value else ""
        return f"{where}{col}: {self.message}{val}"


class NaturalKeys:
    """Natural keys: stable across files, distinct for identical legitimate rows.

    Keys start with the date, so that a statement (in time order) adds to the unique index
    near its end instead of at random places: on large files that is the difference between
    the index staying in the page cache and not.
    """

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, t: ParsedTxn) -> str:
        if t.reference_no:
            return (f"{t.occurred_at[:10]}|r|{t.merchant_id}|{t.terminal_id}|{t.reference_no}"
                    f"|{t.type}|{t.status}")
        return self.content_key(t)

    def content_key(self, t: ParsedTxn) -> str:
        """The key of a row without a reference number: its content, and how many identical
        rows came before it in this file."""
        day = t.occurred_at[:10]
        content = "|".join(str(v) for v in _hashed(t))
        digest = hashlib.blake2b(content.encode("utf-8"), digest_size=12).hexdigest()
        n = self._seen.get(digest, 0)
        self._seen[digest] = n + 1
        return f"{day}|h|{digest}|{n}"


@dataclass
class ParseJob:
    """Everything needed to parse a file's body, in a form another process can receive."""

    table: Table
    fmt: StatementFormat
    header_line: int  # physical line of the header row; the body is what follows it
    header: list[str]
    ctx: ParseContext
    import_id: int
    batch_rows: int = BATCH_ROWS


@dataclass
class ParsedBatch:
    """Up to BATCH_ROWS rows for `transactions`: TXN_COLUMNS + import_id, line, and the natural
    key for rows without a reference number (None: the store builds it from the row)."""

    rows: list[tuple[Any, ...]]
    problems: list[RowProblem] = field(default_factory=list)  # listed ones, capped overall
    bad_rows: int = 0      # in this batch, listed or not
    rows_read: int = 0     # transactions so far in the file (not counting rows left out)
    bytes_read: int = 0
    masked_pans: int = 0   # so far in the file
    notes: list[str] = field(default_factory=list)  # the parser's notes, on the last batch
    counts: dict[str, int] = field(default_factory=dict)  # ParseContext.counts, on the last
    left_out: dict[str, int] = field(default_factory=dict)  # ParseContext.left_out, on the last
    last: bool = False


def parse_batches(job: ParseJob) -> Iterator[ParsedBatch]:
    """Parse the body of `job.table` batch by batch; the last batch has `last` set.

    Raises UnreadableFile when the file turns out unreadable part-way (bad bytes, broken
    quoting); a bad row is a `RowProblem`, not an exception.
    """
    if job.fmt.kind == "bank":
        yield from _parse_bank_batches(job)
        return
    parse = cast(Callable[[list[str]], ParsedTxn | None], job.fmt.bind(job.header, job.ctx))
    table, import_id, header_line = job.table, job.import_id, job.header_line
    content_key = NaturalKeys().content_key
    rows: list[tuple[Any, ...]] = []
    problems: list[RowProblem] = []
    bad = listed = rows_read = 0
    total_bad = counted = 0  # bad rows in the whole file; of `bad`, those already in total_bad
    limits: dict[str, int] = {}

    def batch(last: bool = False) -> ParsedBatch:
        if not last:
            return ParsedBatch(rows, problems, bad, rows_read, table.bytes_read,
                               table.masked_pans)
        job.ctx.finish()
        return ParsedBatch(rows, problems, bad, rows_read, table.bytes_read, table.masked_pans,
                           job.ctx.notes, job.ctx.counts, job.ctx.left_out, last=True)

    for block in table.blocks():
        for raw in block:
            line = raw.line
            if line <= header_line:
                continue
            try:
                txn = parse(raw.cells)
            except RowError as exc:
                bad += 1
                if listed < MAX_LISTED_ERRORS:
                    listed += 1
                    problems.append(RowProblem(line, exc.column, exc.value[:200], exc.message,
                                               raw.raw))
                continue
            if txn is None:
                continue
            limit = limits.get(txn.currency)
            if limit is None:
                limit = limits[txn.currency] = max_minor(txn.currency)
            if txn.amount_minor > limit or txn.refunded_minor > limit:
                bad += 1
                if listed < MAX_LISTED_ERRORS:
                    listed += 1
                    problems.append(RowProblem(
                        line, "amount", str(max(txn.amount_minor, txn.refunded_minor))[:200],
                        f"larger than any card payment can be (more than"
                        f" {format_money(limit, txn.currency)})", raw.raw))
                continue
            rows_read += 1
            rows.append((*_values(txn), import_id, line,
                         None if txn.reference_no else content_key(txn)))
        total_bad += bad - counted
        counted = bad
        if total_bad > MAX_BAD_ROWS and total_bad > rows_read:
            raise UnreadableFile(
                f"{total_bad:,} bad rows by line {block[-1].line if block else 0:,} and only"
                f" {rows_read:,} good"
                f" ones: stopped reading (is this really a {job.fmt.name} statement?)")
        if len(rows) >= job.batch_rows:
            counted = 0
            yield batch()
            rows, problems, bad = [], [], 0
    yield batch(last=True)


def bank_line_key(line: ParsedBankLine, seen: dict[str, int]) -> str:
    """A bank line's natural key: its content and how many identical lines came before it in
    the file (a bank line has no reference number to tell two identical ones apart)."""
    content = "|".join(str(v) for v in _bank_values(line))
    digest = hashlib.blake2b(content.encode("utf-8"), digest_size=12).hexdigest()
    n = seen.get(digest, 0)
    seen[digest] = n + 1
    return f"{line.booked_on}|b|{digest}|{n}"


def _parse_bank_batches(job: ParseJob) -> Iterator[ParsedBatch]:
    """`parse_batches` for a bank statement: rows for `bank_lines` (BANK_COLUMNS + import_id,
    line, natural key). Bank statements are small: one pass, no worker needed."""
    parse = cast(Callable[[list[str]], ParsedBankLine | None], job.fmt.bind(job.header, job.ctx))
    seen: dict[str, int] = {}
    rows: list[tuple[Any, ...]] = []
    problems: list[RowProblem] = []
    bad = rows_read = 0
    table = job.table
    for block in table.blocks():
        for raw in block:
            if raw.line <= job.header_line:
                continue
            try:
                line = parse(raw.cells)
            except RowError as exc:
                bad += 1
                if len(problems) < MAX_LISTED_ERRORS:
                    problems.append(RowProblem(raw.line, exc.column, exc.value[:200], exc.message,
                                               raw.raw))
                continue
            if line is None:
                continue
            rows_read += 1
            rows.append((*_bank_values(line), job.import_id, raw.line, bank_line_key(line, seen)))
        if len(rows) >= job.batch_rows:
            yield ParsedBatch(rows, problems, bad, rows_read, table.bytes_read, table.masked_pans)
            rows, problems, bad = [], [], 0
    yield ParsedBatch(rows, problems, bad, rows_read, table.bytes_read, table.masked_pans,
                      job.ctx.notes, last=True)
