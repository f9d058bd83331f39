"""A statement file as a stream of rows: CSV/TSV in any encoding, or XLSX.

Rows come with their 1-based physical line number (the row number in a spreadsheet) so that
every error can name it. Full card numbers are masked in each row's cells as soon as the row is
parsed, before any format, error record or log sees it. Excel armour is stripped from every
cell, bare or quoted: a leading backtick and a trailing tab (on the raw text, in ~1 MB chunks),
``="..."`` (after csv has read a chunk that holds one; `clean_cell` for XLSX and headers).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zipfile
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, AnyStr

from shopguard.core.importing.reading.encoding import NotText, detect_encoding
from shopguard.core.importing.reading.errors import UnreadableFile
from shopguard.core.importing.reading.limits import (
    MAX_LINE_CHARS,
    OPEN_ERRORS,
    READ_ERRORS,
    check_member,
    damaged_archive,
)
from shopguard.core.importing.reading.xls import iter_xls_rows
from shopguard.core.importing.reading.xlsx import iter_xlsx_rows
from shopguard.core.pan import scrub_cells

SAMPLE_BYTES = 64 * 1024
CHUNK_CHARS = 1 << 20
# A chunk that ends inside a quoted cell is joined with the next, up to this size.
MAX_QUOTED_CARRY = 16 << 20
XLSX_BLOCK_ROWS = 2000
_ARMOUR = re.compile(r'^="(.*)"$', re.S)
csv.field_size_limit(MAX_LINE_CHARS)


# Encodings in which a byte below 0x80 is always that ASCII character (never part of a
# multibyte one): their files can be cut at b"\n" and de-armoured before decoding.
_ASCII_SAFE_CODECS = {"utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "big5", "ascii",
                      "cp1252", "latin-1", "iso8859-1", "iso8859-15"}


_ARMOUR_TEXT = ("`", "\n", "\t", "\r\n", '"')
_ARMOUR_BYTES = (b"`", b"\n", b"\t", b"\r\n", b'"')


def _strip_armour(data: AnyStr, delimiter: AnyStr, marks: tuple[AnyStr, ...]) -> AnyStr:
    """Excel's protection of ids in whole lines: a backtick opening a cell, a tab closing one,
    whether the cell is bare or quoted (``"`123"``, ``"123\t"``: a file re-saved by a
    spreadsheet, or exported with every cell quoted).

    `data` starts at a line start and ends at a line end; `marks` are backtick, newline, tab,
    CRLF and the quote as `str` or `bytes`, like `data`. In well-formed CSV a quote right after
    a delimiter or line start opens a cell, and one right before them closes it (a quote inside
    a cell is doubled), so these replacements touch only cell edges.
    """
    tick, newline, tab, crlf, quote = marks
    if tick in data:
        data = data.replace(delimiter + tick, delimiter).replace(newline + tick, newline)
        if data.startswith(tick):
            data = data[1:]
        if quote in data and quote + tick in data:  # (a lone byte is found at memchr speed)
            data = (data.replace(delimiter + quote + tick, delimiter + quote)
                    .replace(newline + quote + tick, newline + quote))
            if data.startswith(quote + tick):
                data = quote + data[2:]
    if delimiter != tab and tab in data:
        data = (data.replace(tab + delimiter, delimiter).replace(tab + crlf, crlf)
                .replace(tab + newline, newline))
        if quote in data and tab + quote in data:
            data = (data.replace(tab + quote + delimiter, quote + delimiter)
                    .replace(tab + quote + crlf, quote + crlf)
                    .replace(tab + quote + newline, quote + newline))
    return data


def _unwrap_formulas(block: list[RawRow]) -> None:
    """Excel's ``="123456789012"`` (bare, or quoted with its quotes doubled) as the text
    inside, in place. Only chunks with a ``="`` in them come here: they all went through csv,
    which leaves both forms as ``="..."``."""
    for row in block:
        cells = row.cells
        for i, c in enumerate(cells):
            if c[:2] == '="' and c[-1:] == '"' and len(c) >= 3:
                cells[i] = c[2:-1]


def _split_lines(text: str) -> Iterable[str]:
    """`text` (ending at a line end) as lines with their ends, split where csv would split.

    str.splitlines also breaks at \\u2028, \\x1c and the like, which csv keeps inside a cell;
    when the count shows such a character, a StringIO splits at \\n / \\r only.
    """
    lines = text.splitlines(keepends=True)
    return lines if _breaks_as_csv(text, lines) else io.StringIO(text, newline="")


def _breaks_as_csv(text: str, lines: list[str]) -> bool:
    """True if `lines` (text.splitlines) broke `text` only where csv breaks it, at newlines."""
    return len(lines) == text.count("\n") + (not text.endswith("\n"))


def _unfinished_line(data: AnyStr, lines_before: int) -> AnyStr:
    """`data` (a line still without its end) if it is not too long to be a statement line."""
    if len(data) > MAX_LINE_CHARS:
        raise UnreadableFile(f"line {lines_before + 1}: longer than {MAX_LINE_CHARS:,}"
                             " characters without a line break; not a statement line")
    return data


@dataclass(slots=True)
class RawRow:
    line: int
    cells: list[str]

    @property
    def raw(self) -> str:
        """The row as text (cells re-joined; PANs already masked)."""
        return ",".join(self.cells)


def clean_cell(value: str) -> str:
    """Strip whitespace and Excel protection (leading backtick, trailing tab, ``="..."``)."""
    s = value.strip().lstrip("`").strip()
    if s.startswith('="'):
        m = _ARMOUR.match(s)
        if m:
            s = m.group(1)
    return s


@dataclass
class Table:
    """An opened statement file; iterate `rows()` once."""

    path: Path
    kind: str  # "csv" | "xlsx" | "xls"
    encoding: str
    delimiter: str
    size: int
    masked_pans: int = 0
    bytes_read: int = 0
    member: str = ""  # the statement inside a .zip delivery (Alipay's 业务明细.csv.zip)

    def rows(self) -> Generator[RawRow, None, None]:
        for block in self.blocks():
            yield from block

    def blocks(self) -> Generator[list[RawRow], None, None]:
        """The rows in blocks (about a megabyte of text each): what the importer iterates."""
        self.masked_pans = 0  # counted afresh on every pass over the file
        if self.kind in ("xlsx", "xls"):
            block: list[RawRow] = []
            for row in self._xlsx_rows():
                block.append(row)
                if len(block) >= XLSX_BLOCK_ROWS:
                    yield block
                    block = []
            if block:
                yield block
        elif self.member:
            yield from _damaged_archive_refused(self._text_blocks())
        else:
            yield from self._text_blocks()

    # -- text -----------------------------------------------------------------
    def _text_chunks(self, raw_file: IO[bytes]) -> Iterator[str]:
        """Decoded text in ~1 MB chunks that end at a line end (the last one may not), Excel
        armour stripped with C-speed replace."""
        if codecs.lookup(self.encoding).name in _ASCII_SAFE_CODECS:
            return self._chunks_from_bytes(raw_file)
        return self._chunks_from_text(raw_file)

    def _chunks_from_bytes(self, raw_file: IO[bytes]) -> Iterator[str]:
        """For encodings where ``\n``, the delimiter and the backtick are never part of a
        multibyte character: cut and de-armour the raw bytes, then decode each chunk whole."""
        delimiter = self.delimiter.encode("ascii")
        rest = b""
        lines_so_far = 0
        while True:
            data = raw_file.read(CHUNK_CHARS)
            if not data:
                if not rest:
                    return
                data, rest = rest, b""  # the last line, without a line end
            else:
                data = rest + data
                cut = data.rfind(b"\n") + 1
                if cut == 0:
                    rest = _unfinished_line(data, lines_so_far)
                    continue
                data, rest = data[:cut], data[cut:]
            data = _strip_armour(data, delimiter, _ARMOUR_BYTES)
            try:
                text = data.decode(self.encoding)
            except UnicodeDecodeError as exc:
                line = lines_so_far + data.count(b"\n", 0, exc.start) + 1
                raise UnreadableFile(
                    f"line {line}: bytes that are not valid {self.encoding} ({exc.reason})"
                ) from None
            lines_so_far += data.count(b"\n")
            self.bytes_read = raw_file.tell()
            yield text

    def _chunks_from_text(self, raw_file: IO[bytes]) -> Iterator[str]:
        text = io.TextIOWrapper(raw_file, encoding=self.encoding, errors="strict", newline="")
        rest = ""
        lines_so_far = 0
        delimiter = self.delimiter
        while True:
            try:
                chunk = text.read(CHUNK_CHARS)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(
                    f"near line {lines_so_far + 1}: bytes that are not valid {self.encoding}"
                    f" ({exc.reason})") from None
            if not chunk:
                if rest:
                    yield rest
                return
            chunk = rest + chunk
            cut = chunk.rfind("\n") + 1
            if cut == 0:
                rest = _unfinished_line(chunk, lines_so_far)
                continue
            chunk, rest = chunk[:cut], chunk[cut:]
            chunk = _strip_armour(chunk, delimiter, _ARMOUR_TEXT)
            lines_so_far += chunk.count("\n")
            self.bytes_read = raw_file.tell()
            yield chunk

    def _open_raw(self) -> IO[bytes]:
        if not self.member:
            return open(self.path, "rb")
        try:
            with zipfile.ZipFile(self.path) as archive:  # the member keeps the file open
                return archive.open(self.member)
        except OPEN_ERRORS as exc:
            raise damaged_archive(exc) from None

    def _text_blocks(self) -> Iterator[list[RawRow]]:
        """Rows chunk by chunk. A chunk without a quote character is split with str.split
        (several times faster than csv and the same result); any other goes through csv,
        joined with the next chunk while it ends inside a quoted cell."""
        with self._open_raw() as raw_file:
            lines_before = 0
            carry = ""
            for text in self._text_chunks(raw_file):
                if carry:
                    text, carry = carry + text, ""
                if '"' in text and text.count('"') % 2 and len(text) < MAX_QUOTED_CARRY:
                    carry = text  # the chunk ends inside a quoted cell: read on
                    continue
                block, line_count = self._block(text, lines_before)
                lines_before += line_count
                yield block
            if carry:
                yield self._block(carry, lines_before)[0]
        self.bytes_read = self.size

    def _block(self, text: str, lines_before: int) -> tuple[list[RawRow], int]:
        """The rows of `text` (whole lines), card numbers masked, and how many lines it had."""
        lines = None if '"' in text else text.splitlines()
        if lines is not None and _breaks_as_csv(text, lines):
            block = [RawRow(i, line.split(self.delimiter))
                     for i, line in enumerate(lines, lines_before + 1) if line.strip()]
            line_count = len(lines)
        else:  # quotes, or a line break csv would not make (\u2028, lone \r ...)
            block, line_count = self._csv_block(text, lines_before)
            if '="' in text:
                _unwrap_formulas(block)
        masked = 0
        for row in block:
            masked += scrub_cells(row.cells)
        self.masked_pans += masked
        return block, line_count

    def _csv_block(self, text: str, lines_before: int) -> tuple[list[RawRow], int]:
        reader = csv.reader(_split_lines(text), delimiter=self.delimiter)
        block: list[RawRow] = []
        prev_end = 0
        try:
            for cells in reader:
                start = prev_end + 1
                prev_end = reader.line_num
                if not cells or (len(cells) == 1 and not cells[0].strip()):
                    continue
                block.append(RawRow(lines_before + start, cells))
        except csv.Error as exc:
            reason = str(exc)
            if "field larger than field limit" in reason:
                reason = (f"a cell longer than {MAX_LINE_CHARS:,} characters (a quote that never"
                          " closes?)")
            raise UnreadableFile(f"line {lines_before + prev_end + 1}: {reason}") from None
        return block, reader.line_num

    # -- xlsx -----------------------------------------------------------------
    def _xlsx_rows(self) -> Iterator[RawRow]:
        source = iter_xls_rows if self.kind == "xls" else iter_xlsx_rows
        for line, cells in source(self.path):
            if cells and max(map(len, cells)) >= 13:
                self.masked_pans += scrub_cells(cells)
            cells = [clean_cell(c) for c in cells]
            if not any(cells):
                continue
            yield RawRow(line, cells)
        self.bytes_read = self.size


_TAB_ENDING_CELL = re.compile(r'\t"?(?:,|\r?\n|$)')


def _tabs_close_cells(text: str) -> bool:
    """Nearly every tab ends a comma-separated cell (``"1,234.56   \t",`` in ICBC exports):
    the tabs are Excel armour, however many a line has."""
    tabs = text.count("\t")
    return tabs > 0 and len(_TAB_ENDING_CELL.findall(text)) >= tabs * 0.9


def _sniff_delimiter(text: str) -> str:
    """Pick the delimiter that splits the sample's lines most consistently into >1 fields."""
    lines = [ln for ln in text.splitlines()[:60] if ln.strip()]
    best, best_score = ",", -1.0
    for delim in (",", "\t", ";", "|"):
        counts = [ln.count(delim) for ln in lines]
        nonzero = [c for c in counts if c > 0]
        if not nonzero:
            continue
        mode = max(set(nonzero), key=nonzero.count)
        # lines agreeing with the modal field count, weighted by that count
        score = nonzero.count(mode) * (1 + min(mode, 50) / 50)
        if delim == "\t" and "," in text and (mode <= 2 or _tabs_close_cells(text)):
            score /= 4  # trailing-tab armour, not a TSV
        if score > best_score:
            best, best_score = delim, score
    return best


def open_table(path: Path | str) -> Table:
    """Open `path` and work out its container, encoding and delimiter (or raise UnreadableFile)."""
    path = Path(path)
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            sample = f.read(SAMPLE_BYTES)
    except FileNotFoundError:
        raise UnreadableFile("file not found") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder, not a file") from None
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise UnreadableFile("the file is empty (0 bytes)")
    if sample.startswith(b"PK\x03\x04") and zipfile.is_zipfile(path):
        return _open_zip(path, size)
    if sample.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: an old binary .xls workbook
        return Table(path, "xls", "n/a", "", size)
    return _text_table(path, sample, size)


def _text_table(path: Path, sample: bytes, size: int, member: str = "") -> Table:
    try:
        encoding = detect_encoding(sample)
    except NotText as exc:
        raise UnreadableFile(f"not a statement file: {exc}") from None
    decoded = sample.decode(encoding, errors="ignore")
    if not decoded.strip():
        raise UnreadableFile("the file holds only blank lines")
    return Table(path, "csv", encoding, _sniff_delimiter(decoded), size, member=member)


def _open_zip(path: Path, size: int) -> Table:
    """An .xlsx workbook, or a zipped CSV delivery: take the detail file, not the summary."""
    try:
        return _open_zip_unchecked(path, size)
    except UnreadableFile:
        raise
    except OPEN_ERRORS as exc:
        raise damaged_archive(exc) from None


def _damaged_archive_refused(blocks: Iterator[list[RawRow]]) -> Iterator[list[RawRow]]:
    """`blocks` of a zipped CSV, with zipfile's and zlib's errors as a plain refusal."""
    last_line = 0
    try:
        for block in blocks:
            if block:
                last_line = block[-1].line
            yield block
    except READ_ERRORS as exc:
        raise damaged_archive(exc, f"after line {last_line}" if last_line else "") from None


def _open_zip_unchecked(path: Path, size: int) -> Table:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if "xl/workbook.xml" in names:
            return Table(path, "xlsx", "n/a", "", size)
        csvs = [i for i in archive.infolist()
                if i.filename.lower().endswith((".csv", ".txt")) and not i.is_dir()]
        if not csvs:
            raise UnreadableFile("a .zip archive with no statement (.csv/.txt/.xlsx) inside")
        details = [i for i in csvs if "汇总" not in i.filename and "summary" not in
                   i.filename.lower()] or csvs
        chosen = max(details, key=lambda i: i.file_size)
        check_member(chosen)
        with archive.open(chosen) as f:
            sample = f.read(SAMPLE_BYTES)
    if not sample:
        raise UnreadableFile(f"{chosen.filename} inside the archive is empty")
    return _text_table(path, sample, chosen.file_size, member=chosen.filename)
