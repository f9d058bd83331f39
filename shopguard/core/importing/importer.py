"""Importing statement files: detect, parse, mask, deduplicate, store — one transaction per file.

A file lands whole or not at all. Bad rows refuse the file (each listed with line, column,
value and reason) unless `skip_bad_rows`, in which case they are kept verbatim in
`import_errors`. Re-importing the same or an overlapping statement adds nothing twice: each row
gets a natural key (reference number + merchant + terminal + type + date where the row has a
reference; otherwise a content hash plus an occurrence counter, so that two identical
legitimate rows in one file — the very double swipes we look for — both stay).
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import operator
import os
import sqlite3
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock, notes
from shopguard.core.importing.formats import StatementFormat, registry
from shopguard.core.importing.formats.bank_generic import GenericBankFormat
from shopguard.core.importing.formats.base import (
    HEADER_SCAN_ROWS,
    TIME_UNKNOWN,
    HeaderError,
    ParseContext,
)
from shopguard.core.importing.parse_worker import WorkerFailed, WorkerUnavailable, batches_in_worker
from shopguard.core.importing.parsing import (
    INTERNAL_ERROR,
    MAX_LISTED_ERRORS,
    ParsedBatch,
    ParseJob,
    RowProblem,
    parse_batches,
)
from shopguard.core.importing.reading.limits import MAX_CELLS
from shopguard.core.importing.reading.table import RawRow, Table, UnreadableFile, open_table
from shopguard.core.models import BANK_COLUMNS, TXN_COLUMNS
from shopguard.core.pan import scrub_text
from shopguard.core.store import DatabaseError, audit, explain, locking, settings

__all__ = ["FileResult", "ImportCancelled", "RowProblem", "import_file", "list_imports",
           "undo_import"]
# SQLite page cache while importing, so index upkeep stays in memory.
IMPORT_CACHE_KB = 64 * 1024
# Statements estimated at this many rows or more (and at least half what is stored already)
# are loaded with the secondary indexes dropped and rebuilt once at the end.
BULK_LOAD_MIN_ROWS = 50_000
# Statements estimated at this many rows or more are parsed in a worker process (starting one
# and receiving its first rows costs ~0.2 s). SHOPGUARD_PARSE_WORKER=0 turns the worker off,
# =1 forces it.
WORKER_MIN_ROWS = 50_000

MAPPED_BY_NAMES = notes.define(
    "import.mapped_by_names",
    "No built-in statement layout matched; the columns were mapped by their names: "
    "{columns_en}.",
    "没有匹配的内置对账单格式，已按列名识别各列：{columns_zh}。")
REFUND_GREW = notes.define(
    "import.refund_grew",
    "{n} transaction(s) already present had a refund added since the earlier statement; their"
    " refunded amount was updated.",
    "{n} 笔已有交易在之前的对账单之后又有退款，已更新其退款金额。")

Progress = Callable[[int, int, int], None]  # rows_done, bytes_done, bytes_total
Cancel = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled; nothing of the file was stored."""


@dataclass
class FileResult:
    path: str
    format: str = ""
    status: str = "refused"  # "imported" | "refused"
    rows_read: int = 0
    imported: int = 0
    already_present: int = 0
    masked_pans: int = 0
    errors: list[RowProblem] = field(default_factory=list)
    skipped_bad_rows: int = 0
    bad_rows: int = 0  # rows that could not be read (the file is refused unless skipped)
    # Rows read and deliberately not stored, by reason (Stripe test-mode payments:
    # {"test_mode": 3}); counted in rows_read, never in already_present. Said in `notes`.
    left_out: dict[str, int] = field(default_factory=dict)
    time_unknown: int = 0  # rows stored with a date and no time of day (said in `notes`)
    message: str = ""
    import_id: int | None = None
    encoding: str = ""
    mapping: dict[str, Any] | None = None
    first_at: str | None = None  # the date alone when that row's time of day is unknown
    last_at: str | None = None
    notes: list[str] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)
    # What the scan after the import found (filled by core.workspace; None: not scanned):
    # {"status": "done"|"cancelled", "created": n, "by_rule": {rule: alerts on these rows}}
    scan: dict[str, Any] | None = None
    # Seconds per phase of the import (for benchmarks): waiting for parsed rows, storing them,
    # rebuilding indexes, the rest inside the transaction.
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "imported"

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "status": self.status,
            "rows_read": self.rows_read,
            "imported": self.imported,
            "already_present": self.already_present,
            "masked_pans": self.masked_pans,
            "errors": [e.to_json() for e in self.errors],
            "skipped_bad_rows": self.skipped_bad_rows,
            "bad_rows": self.bad_rows,
            "left_out": self.left_out,
            "time_unknown": self.time_unknown,
            "message": self.message,
            "import_id": self.import_id,
            "encoding": self.encoding,
            "mapping": self.mapping,
            "first_at": self.first_at,
            "last_at": self.last_at,
            "notes": self.notes,
            "note_details": [n.to_json() if isinstance(n, notes.Note) else {"code": "", "en": n}
                             for n in self.notes],
            "candidates": self.candidates,
            "scan": self.scan,
        }


# Called inside the import's transaction after its new rows are stored: (db, result, actor).
AfterStore = Callable[[Database, FileResult, str], None]


class _Refused(Exception):
    def __init__(self, message: str, errors: list[RowProblem] | None = None):
        super().__init__(message)
        self.message = message
        self.errors = errors or []


def _param(column: str) -> str:
    return f"?{TXN_COLUMNS.index(column) + 1}"


# The natural key of a row with a reference number is built here, by SQLite, from the row's
# own values (the same text `NaturalKeys` makes: date|r|merchant|terminal|reference|type|status);
# the parser sends the key only for rows keyed by a content hash.
_N = len(TXN_COLUMNS)
_REFERENCE_KEY = " || '|' || ".join(
    [f"substr({_param('occurred_at')}, 1, 10) || '|r'"]
    + [_param(c) for c in ("merchant_id", "terminal_id", "reference_no", "type", "status")])
# A row already present is left alone, except that a refund folded into a charge row (Stripe)
# may have grown since the earlier export: then its refunded amount and net are brought up to date.
_INSERT_SQL = (
    f"INSERT INTO transactions ({', '.join(TXN_COLUMNS)}, import_id, source_line,"
    f" natural_key) VALUES ({', '.join(f'?{i}' for i in range(1, _N + 3))},"
    f" coalesce(?{_N + 3}, {_REFERENCE_KEY}))"
    " ON CONFLICT(natural_key) DO UPDATE SET refunded_minor = excluded.refunded_minor,"
    " net_minor = excluded.net_minor WHERE excluded.refunded_minor > transactions.refunded_minor"
)
# Bank statements (formats of kind "bank") go to `bank_lines` (created by the reconcile
# package's migrations); a line already present is left alone.
_BANK_INSERT_SQL = (
    f"INSERT INTO bank_lines ({', '.join(BANK_COLUMNS)}, import_id, source_line, natural_key)"
    f" VALUES ({', '.join('?' * (len(BANK_COLUMNS) + 3))}) ON CONFLICT(natural_key) DO NOTHING"
)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _choose_format(head: list[RawRow], extension: str, format_name: str | None,
                   mapping: Any, result: FileResult) -> tuple[StatementFormat, int]:
    """Pick the format (given, mapped, detected or guessed) and the header row's index."""
    rows = [r.cells for r in head]
    if mapping is not None:
        from shopguard.core.importing.formats.bank_mapping import BankMapping, MappedBankFormat
        from shopguard.core.importing.formats.mapping import MappedFormat

        fmt: StatementFormat = (MappedBankFormat(mapping) if isinstance(mapping, BankMapping)
                                else MappedFormat(mapping))
    elif format_name:
        found = registry.get(format_name)
        if found is None:
            raise _Refused(f"unknown format {format_name!r}; known: {', '.join(registry.names())}")
        fmt = found
    else:
        detected = registry.detect(rows, extension)
        if detected is None:
            detected = _guess_mapped_format(rows, result)
        fmt = detected
    header_index = fmt.find_header(rows)
    if header_index is None:
        raise _Refused(f"no header row of the {fmt.name} layout in the first "
                       f"{HEADER_SCAN_ROWS} rows")
    return fmt, header_index


def _guess_mapped_format(rows: list[list[str]], result: FileResult) -> StatementFormat:
    from shopguard.core.importing.formats.mapping import MappedFormat, guess_mapping

    guess = guess_mapping(rows)
    if guess.complete and guess.mapping is not None:
        result.mapping = guess.mapping.to_json()
        result.notes.append(notes.note(MAPPED_BY_NAMES, columns_en=guess.describe("en"),
                                       columns_zh=guess.describe("zh_CN")))
        return MappedFormat(guess.mapping)
    ranked = registry.rank(rows, "")
    result.candidates = [{"format": c.format.name, "score": round(c.score, 2)} for c in ranked[:3]]
    closest = ", ".join(f"{c.format.name} ({c.score:.0%})" for c in ranked[:3]) or "none"
    raise _Refused(
        "no known statement layout recognised (closest: " + closest + "). "
        + guess.problem_text()
        + " Map the columns once (in the app, or with --mapping NAME after saving one)."
    )


def estimate_rows(table: Table, head: list[RawRow]) -> int:
    """Rows in the file, guessed from its size and the length of its first rows."""
    sample_chars = sum(len(",".join(r.cells)) + 2 for r in head) or 1
    return table.size * len(head) // sample_chars


def _use_worker(estimated_rows: int, requested: bool | None) -> bool:
    if requested is not None:
        return requested
    forced = os.environ.get("SHOPGUARD_PARSE_WORKER", "")
    if forced in ("0", "1"):
        return forced == "1"
    return estimated_rows >= WORKER_MIN_ROWS


def _parsed_batches(job: ParseJob, in_worker: bool) -> Generator[ParsedBatch, None, None]:
    """The file's batches, from a worker process when asked and possible, else from here."""
    if in_worker:
        try:
            yield from batches_in_worker(job)
            return
        except WorkerUnavailable:
            pass  # nothing was yielded yet: parse in this process instead
    yield from parse_batches(job)


_OCCURRED_AT = operator.itemgetter(TXN_COLUMNS.index("occurred_at"))
_TERMINAL_MERCHANT = operator.itemgetter(TXN_COLUMNS.index("terminal_id"),
                                         TXN_COLUMNS.index("merchant_id"))


class _RowsSummary:
    """Period and terminals of the rows stored, gathered per batch at C speed (while a worker
    parses the next batch) instead of by querying a million rows again at the end."""

    def __init__(self) -> None:
        self.first_at: str | None = None
        self.last_at: str | None = None
        self.terminals: set[tuple[str, str]] = set()

    def add(self, rows: list[tuple[Any, ...]]) -> None:
        times = list(map(_OCCURRED_AT, rows))
        low, high = min(times), max(times)
        if self.first_at is None or low < self.first_at:
            self.first_at = low
        if self.last_at is None or high > self.last_at:
            self.last_at = high
        self.terminals.update(map(_TERMINAL_MERCHANT, rows))


def _drop_secondary_indexes_for_bulk_load(conn: Any, estimated_rows: int) -> list[str]:
    """For a statement large against what is stored, drop the non-unique indexes for the load.

    Building an index once by sorting is several times faster than keeping ten B-trees up to
    date row by row with random keys. The drop and the rebuild happen inside the import's
    transaction, so a refused or cancelled import leaves every index as it was. The UNIQUE
    natural-key index stays: it is what makes re-imports idempotent. Returns the statements
    that re-create the dropped indexes.
    """
    if estimated_rows < BULK_LOAD_MIN_ROWS:
        return []
    stored = conn.execute("SELECT max(id) FROM transactions").fetchone()[0] or 0
    if estimated_rows < stored // 2:
        return []
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transactions'"
        " AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'").fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in indexes]


def import_file(
    db: Database,
    path: Path | str,
    *,
    format_name: str | None = None,
    mapping: Any = None,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    actor: str = "owner",
    parse_in_worker: bool | None = None,
    after_store: Sequence[AfterStore] = (),
) -> FileResult:
    """Import one statement file. Never raises for bad input: the result says what happened.

    Raises ImportCancelled if `cancel()` turned true (nothing stored). `parse_in_worker`
    None lets the file's size decide whether a worker process parses it (see WORKER_MIN_ROWS).
    `after_store` hooks run inside the import's transaction once its rows are stored (other
    packages react to new rows there without the importer knowing them: see core.workspace).
    """
    path = Path(path)
    shown = scrub_text(path.name)[0]  # a card number in the file name stays out of sight
    result = FileResult(path=scrub_text(str(path))[0])
    # A statement is millions of short-lived, acyclic objects: the cyclic GC would walk them
    # over and over for nothing. Pause it for the import (restored even on error).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        with locking.doing(db, f"importing {shown}", f"导入 {shown}"):
            table = open_table(path)
            result.encoding = table.encoding
            _import_table(db, table, result, format_name, mapping, skip_bad_rows, progress,
                          cancel, actor, parse_in_worker, after_store)
    except UnreadableFile as exc:
        _refuse(result, f"{shown}: {exc}", [RowProblem(0, "", "", str(exc))])
    except _Refused as exc:
        _refuse(result, f"{shown}: {exc.message}",
                exc.errors or [RowProblem(0, "", "", exc.message)])
    except ImportCancelled:
        raise
    except (DatabaseError, sqlite3.Error) as exc:
        plain = explain(exc, db_path(db))
        if plain is None:
            _refuse_internal(result, shown, exc)
        else:
            _refuse(result, f"{shown}: {plain}", [RowProblem(0, "", "", str(plain))])
    except Exception as exc:  # noqa: BLE001 - a file must never end the whole command
        _refuse_internal(result, shown, exc)
    finally:
        if gc_was_enabled:
            gc.enable()
    return result


def _refuse(result: FileResult, message: str, errors: list[RowProblem]) -> None:
    result.status = "refused"
    result.message = message
    result.errors = errors
    result.imported = 0
    result.already_present = 0
    result.import_id = None


def _refuse_internal(result: FileResult, shown: str, exc: BaseException) -> None:
    """An error no check foresaw: still a refusal of this file in the result shape (the fuzz
    tests fail on this message: each cause deserves its own plain one)."""
    detail = scrub_text(f"{type(exc).__name__}: {exc}")[0][:300]
    message = f"{INTERNAL_ERROR} ({detail}); nothing was stored"
    _refuse(result, f"{shown}: {message}", [RowProblem(0, "", "", message)])


def db_path(db: Database) -> str | None:
    return getattr(db, "path", None) or None


def _import_table(db: Database, table: Table, result: FileResult, format_name: str | None,
                  mapping: Any, skip_bad_rows: bool, progress: Progress | None,
                  cancel: Cancel | None, actor: str, parse_in_worker: bool | None,
                  after_store: Sequence[AfterStore]) -> None:
    name = scrub_text(table.path.name)[0]
    rows = table.rows()
    head: list[RawRow] = []
    for row in rows:
        head.append(row)
        if len(head) >= HEADER_SCAN_ROWS:
            break
    rows.close()  # the body is read again from the start by `parse_batches`
    if not head:
        raise _Refused("the file holds no rows")
    for row in head:
        if len(row.cells) > MAX_CELLS:
            raise _Refused(f"line {row.line} has {len(row.cells):,} cells; no statement has"
                           f" more than {MAX_CELLS:,} columns (not a statement file?)")
    extension = Path(table.member or table.path.name).suffix.lstrip(".").lower()
    fmt, header_index = _choose_format(head, extension, format_name, mapping, result)
    result.format = fmt.name
    ctx = ParseContext(
        file_name=name,
        currency=str(settings.get(db, "currency")),
        timezone=str(settings.get(db, "timezone")),
        preamble=[r.cells for r in head[:header_index]],
    )
    bank = fmt.kind == "bank"
    table_name, insert_sql = ("bank_lines", _BANK_INSERT_SQL) if bank else ("transactions",
                                                                           _INSERT_SQL)
    try:
        fmt.bind(head[header_index].cells, ctx)  # refuse a bad header before storing anything
    except HeaderError as exc:
        raise _Refused(f"line {head[header_index].line}: {exc}") from None
    if isinstance(fmt, GenericBankFormat):  # the columns found, for --save-mapping
        found = fmt.mapping_for(head[header_index].cells)
        result.mapping = None if found is None else found.to_json()

    mapping_json = None if result.mapping is None else json.dumps(result.mapping, ensure_ascii=False)
    errors: list[RowProblem] = []
    bad_count = 0
    estimated_rows = estimate_rows(table, head)
    db.conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KB}")
    with db.atomic():
        conn = db.conn
        cur = conn.execute(
            "INSERT INTO imports (file_name, file_path, sha256, format, mapping, encoding,"
            " imported_at) VALUES (?, ?, '', ?, ?, ?, ?)",
            (name, scrub_text(str(table.path.resolve()))[0], fmt.name, mapping_json,
             table.encoding, clock.now_iso()),
        )
        import_id = int(cur.lastrowid or 0)
        in_worker = _use_worker(estimated_rows, parse_in_worker)
        rebuild = [] if bank else _drop_secondary_indexes_for_bulk_load(conn, estimated_rows)
        rows_read = 0  # rows parsed (rows left out are added at the end)
        left_out: dict[str, int] = {}
        counts: dict[str, int] = {}
        masked_pans = 0
        summary = _RowsSummary()
        changes_before = conn.total_changes
        job = ParseJob(table, fmt, head[header_index].line, head[header_index].cells, ctx,
                       import_id)
        batches = _parsed_batches(job, in_worker)
        waited = stored = 0.0
        try:
            mark = time.perf_counter()
            first = next(batches)
            sha = file_sha256(table.path)  # a worker (if any) parses the next batch meanwhile
            for batch in itertools.chain([first], batches):
                now = time.perf_counter()
                waited += now - mark
                if batch.rows:
                    conn.executemany(insert_sql, batch.rows)
                    if not bank:
                        summary.add(batch.rows)
                mark = time.perf_counter()
                stored += mark - now
                bad_count += batch.bad_rows
                errors.extend(batch.problems[:MAX_LISTED_ERRORS - len(errors)])
                rows_read, masked_pans = batch.rows_read, batch.masked_pans
                if batch.last:
                    ctx.notes[:] = batch.notes
                    left_out, counts = batch.left_out, batch.counts
                if progress is not None:
                    progress(rows_read, batch.bytes_read, table.size)
                if cancel is not None and cancel():
                    raise ImportCancelled()
        except WorkerFailed as exc:
            raise _Refused(str(exc)) from None
        finally:
            batches.close()
        stored_changes = conn.total_changes - changes_before  # rows inserted or updated
        conn.execute("UPDATE imports SET sha256 = ? WHERE id = ?", (sha, import_id))
        result.timings.update(parse_wait=waited, store=stored)
        started = time.perf_counter()
        if rebuild:
            # Let SQLite's sorter use helper threads: the parsing worker is done by now.
            conn.execute(f"PRAGMA threads = {min(os.cpu_count() or 1, 4)}")
        for create_sql in rebuild:
            conn.execute(create_sql)
        if rebuild:
            conn.execute("PRAGMA threads = 0")
        result.timings["index"] = time.perf_counter() - started
        started = time.perf_counter()
        # Inserted rows carry this import's id; other changes were refunds brought up to date.
        inserted = conn.execute(f"SELECT count(*) FROM {table_name} WHERE import_id = ?",
                                (import_id,)).fetchone()[0]
        updated = stored_changes - inserted
        if updated:
            ctx.note(REFUND_GREW, n=updated)
        result.masked_pans = masked_pans
        result.notes.extend(ctx.notes)
        result.bad_rows = bad_count
        if bad_count and not skip_bad_rows:
            raise _Refused(
                f"{bad_count} bad row(s); nothing was imported (fix the file, or import the"
                " good rows with --skip-bad-rows)", errors)
        if bad_count:
            conn.executemany(
                "INSERT INTO import_errors (import_id, line, column_name, value, message, raw)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(import_id, e.line, e.column, e.value, e.message, e.raw) for e in errors],
            )
        fmt.after_import(conn, import_id)
        if inserted:
            for hook in after_store:
                hook(db, result, actor)
        if inserted == rows_read and not bank:  # every row parsed was stored: summary is exact
            first_at, last_at = summary.first_at, summary.last_at
        else:
            when = "booked_on" if bank else "occurred_at"
            first_at, last_at = conn.execute(
                f"SELECT min({when}), max({when}) FROM {table_name}"
                " WHERE import_id = ?", (import_id,)).fetchone()
        if counts.get(TIME_UNKNOWN):  # an end of the period without a time: its date alone
            first_at, last_at = (_date_if_untimed(conn, import_id, at)
                                 for at in (first_at, last_at))
        already_present = rows_read - inserted
        left_out_total = sum(left_out.values())
        rows_read += left_out_total  # every row read, including those left out on purpose
        conn.execute(
            "UPDATE imports SET rows_read = ?, imported = ?, already_present = ?,"
            " masked_pans = ?, bad_rows = ?, first_at = ?, last_at = ?, left_out = ?"
            " WHERE id = ?",
            (rows_read, inserted, already_present, masked_pans, bad_count, first_at,
             last_at, left_out_total, import_id),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO terminals (terminal_id, merchant_id) VALUES (?, ?)",
            sorted(pair for pair in summary.terminals if pair[0]))
        result.timings["finish"] = time.perf_counter() - started
        audit.append(db, actor, "import.file", name, None, {
            "import_id": import_id, "format": fmt.name, "sha256": sha, "rows_read": rows_read,
            "imported": inserted, "already_present": already_present,
            "masked_pans": masked_pans, "bad_rows": bad_count, "left_out": left_out_total,
        })
    result.status = "imported"
    result.import_id = import_id
    result.rows_read = rows_read
    result.imported = inserted
    result.already_present = already_present
    result.left_out = dict(left_out)
    result.time_unknown = counts.get(TIME_UNKNOWN, 0)
    result.errors = errors
    result.skipped_bad_rows = bad_count
    result.first_at, result.last_at = first_at, last_at
    if rows_read == 0:
        result.message = f"{name}: header found, no transactions in the file"
    else:
        what = " bank line(s)" if bank else ""
        tail = f", {left_out_total} left out (see the notes)" if left_out_total else ""
        result.message = (f"{name}: {inserted}{what} imported, {already_present}"
                          f" already present{tail} ({fmt.name})")


def _date_if_untimed(conn: Any, import_id: int, at: str | None) -> str | None:
    """`at` (an end of the import's period), or only its date when the row there has no time
    of day (a statement that gives dates only: its first row is not "at 00:00")."""
    if at is None:
        return None
    row = conn.execute("SELECT min(time_known) FROM transactions WHERE import_id = ?"
                       " AND occurred_at = ?", (import_id, at)).fetchone()
    return at[:10] if row and row[0] == 0 else at


def undo_import(db: Database, import_id: int, actor: str = "owner", pin: str | None = None) -> int:
    """Remove every transaction an import added; the import stays listed as undone.

    Deleting data is owner-only: in staff mode it needs the owner PIN (access.OwnerRequired).
    """
    from shopguard.core.store import access

    access.require_owner(db, pin, f"undo import {import_id}", actor)
    row = db.conn.execute("SELECT file_name, undone_at, format FROM imports WHERE id = ?",
                          (import_id,)).fetchone()
    if row is None:
        raise LookupError(f"no import with id {import_id}")
    if row[1] is not None:
        raise LookupError(f"import {import_id} was already undone at {row[1]}")
    table_name = "bank_lines" if str(row[2]).startswith("bank_") else "transactions"
    with db.atomic():
        removed = db.conn.execute(f"DELETE FROM {table_name} WHERE import_id = ?",
                                  (import_id,)).rowcount
        db.conn.execute("DELETE FROM import_errors WHERE import_id = ?", (import_id,))
        db.conn.execute("UPDATE imports SET undone_at = ? WHERE id = ?",
                        (clock.now_iso(), import_id))
        audit.append(db, actor, "import.undo", row[0], {"import_id": import_id},
                     {"removed": removed})
    return int(removed)


def list_imports(db: Database) -> list[dict[str, Any]]:
    cols = ["id", "file_name", "format", "imported_at", "rows_read", "imported",
            "already_present", "left_out", "masked_pans", "bad_rows", "first_at", "last_at",
            "undone_at", "sha256", "encoding"]
    sql = f"SELECT {', '.join(cols)} FROM imports ORDER BY id"
    return [dict(zip(cols, r, strict=True)) for r in db.conn.execute(sql)]
