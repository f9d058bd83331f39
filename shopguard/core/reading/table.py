"""A statement file as a stream of rows: CSV/TSV in any encoding, or XLSX.

Rows come with their 1-based physical line number (the row number in a spreadsheet) so that
every error can name it. Full card numbers are masked in each row's cells as soon as the row is
parsed, before any format, error record or log sees it. Excel armour is stripped: a leading
backtick, a trailing tab (on the raw text, in ~1 MB chunks), ``="..."`` (`clean_cell`).
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from shopguard.core.pan import scrub_cells
from shopguard.core.reading.encoding import NotText, detect_encoding

SAMPLE_BYTES = 64 * 1024
CHUNK_CHARS = 1 << 20
_ARMOUR = re.compile(r'^="(.*)"$', re.S)
csv.field_size_limit(1 << 24)


class UnreadableFile(ValueError):
    """The file cannot be read as a statement at all; the message says why, in plain words."""


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
    kind: str  # "csv" | "xlsx"
    encoding: str
    delimiter: str
    size: int
    masked_pans: int = 0
    bytes_read: int = 0
    member: str = ""  # the statement inside a .zip delivery (Alipay's 业务明细.csv.zip)

    def rows(self) -> Iterator[RawRow]:
        if self.kind == "xlsx":
            yield from self._xlsx_rows()
        else:
            yield from self._text_rows()

    # -- text -----------------------------------------------------------------
    def _text_lines(self, raw_file: IO[bytes]) -> Iterator[list[str]]:
        """Decoded lines in ~1 MB chunks, Excel armour stripped with C-speed str.replace."""
        text = io.TextIOWrapper(raw_file, encoding=self.encoding, errors="strict", newline="")
        rest = ""
        lines_so_far = 0
        tab_armour = self.delimiter != "\t"
        while True:
            try:
                chunk = text.read(CHUNK_CHARS)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(
                    f"near line {lines_so_far + 1}: bytes that are not valid {self.encoding}"
                    f" ({exc.reason})") from None
            if not chunk:
                if rest:
                    yield [rest]
                return
            chunk = rest + chunk
            cut = chunk.rfind("\n") + 1
            if cut == 0:
                rest = chunk
                continue
            chunk, rest = chunk[:cut], chunk[cut:]
            if "`" in chunk:
                chunk = chunk.replace(",`", ",").replace("\n`", "\n")
                if chunk.startswith("`"):
                    chunk = chunk[1:]
            if tab_armour and "\t" in chunk:
                chunk = chunk.replace("\t,", ",").replace("\t\r\n", "\r\n").replace("\t\n", "\n")
            lines = chunk.splitlines(keepends=True)
            lines_so_far += len(lines)
            self.bytes_read = raw_file.tell()
            yield lines

    def _open_raw(self) -> IO[bytes]:
        if not self.member:
            return open(self.path, "rb")
        archive = zipfile.ZipFile(self.path)
        return archive.open(self.member)

    def _text_rows(self) -> Iterator[RawRow]:
        with self._open_raw() as raw_file:
            reader = csv.reader(itertools.chain.from_iterable(self._text_lines(raw_file)),
                                delimiter=self.delimiter)
            prev_end = 0
            masked = 0
            try:
                for cells in reader:
                    start = prev_end + 1
                    prev_end = reader.line_num
                    if not cells or (len(cells) == 1 and not cells[0].strip()):
                        continue
                    if max(map(len, cells)) >= 13:
                        masked += scrub_cells(cells)
                        self.masked_pans = masked
                    yield RawRow(start, cells)
            except csv.Error as exc:
                raise UnreadableFile(f"line {prev_end + 1}: {exc}") from None
        self.bytes_read = self.size

    # -- xlsx -----------------------------------------------------------------
    def _xlsx_rows(self) -> Iterator[RawRow]:
        from shopguard.core.reading.xlsx import iter_xlsx_rows

        for line, cells in iter_xlsx_rows(self.path):
            if cells and max(map(len, cells)) >= 13:
                self.masked_pans += scrub_cells(cells)
            cells = [clean_cell(c) for c in cells]
            if not any(cells):
                continue
            yield RawRow(line, cells)
        self.bytes_read = self.size


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
        if delim == "\t" and "," in text and mode <= 2:
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
    if size == 0:
        raise UnreadableFile("the file is empty (0 bytes)")
    if sample.startswith(b"PK\x03\x04") and zipfile.is_zipfile(path):
        return _open_zip(path, size)
    if sample.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            "old Excel .xls format: open it in Excel/WPS and save as .xlsx or .csv first"
        )
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
        with archive.open(chosen) as f:
            sample = f.read(SAMPLE_BYTES)
    if not sample:
        raise UnreadableFile(f"{chosen.filename} inside the archive is empty")
    return _text_table(path, sample, chosen.file_size, member=chosen.filename)
