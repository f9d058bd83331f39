"""A statement file as a stream of rows: CSV/TSV in any encoding, or XLSX.

Rows come with their 1-based physical line number (the row number in a spreadsheet) so that
every error can name it. Full card numbers are masked on the raw text *before* the CSV parser
sees it, so no later copy (not even a bad row kept verbatim) can hold one. Excel armour is
stripped: a leading backtick, a trailing tab, ``="..."``.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from shopguard.core.pan import scrub_text
from shopguard.core.reading.encoding import NotText, detect_encoding

SAMPLE_BYTES = 64 * 1024
_PAN_PREFILTER = re.compile(r"\d{13}|\d{4}[ -]\d{4}[ -]\d{4}|%B|;\d{12}")
_ARMOUR = re.compile(r'^="(.*)"$', re.S)
csv.field_size_limit(1 << 24)


class UnreadableFile(ValueError):
    """The file cannot be read as a statement at all; the message says why, in plain words."""


@dataclass(slots=True)
class RawRow:
    line: int
    cells: list[str]
    raw: str = ""


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
    _handle: IO[str] | None = field(default=None, repr=False)

    def rows(self) -> Iterator[RawRow]:
        if self.kind == "xlsx":
            yield from self._xlsx_rows()
        else:
            yield from self._text_rows()

    # -- text -----------------------------------------------------------------
    def _text_rows(self) -> Iterator[RawRow]:
        raw_file = open(self.path, "rb")  # noqa: SIM115 - closed in finally
        text = io.TextIOWrapper(raw_file, encoding=self.encoding, errors="strict", newline="")
        line_no = 0
        last_line = ""

        def lines() -> Iterator[str]:
            nonlocal line_no, last_line
            for line in text:
                line_no += 1
                if _PAN_PREFILTER.search(line):
                    line, n = scrub_text(line)
                    self.masked_pans += n
                # Excel armour on ids: `123 and 123<TAB> (cheap on the raw line).
                if "`" in line:
                    line = line.replace(",`", ",").removeprefix("`")
                if "\t" in line and self.delimiter != "\t":
                    line = line.replace("\t,", ",").replace("\t\r\n", "\r\n").replace("\t\n", "\n")
                last_line = line
                yield line

        try:
            reader = csv.reader(lines(), delimiter=self.delimiter)
            prev_end = 0
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except UnicodeDecodeError as exc:
                    raise UnreadableFile(
                        f"line {line_no + 1}: bytes that are not valid {self.encoding} ({exc.reason})"
                    ) from None
                except csv.Error as exc:
                    raise UnreadableFile(f"line {line_no}: {exc}") from None
                start = prev_end + 1
                prev_end = reader.line_num
                if line_no % 256 == 0:
                    self.bytes_read = raw_file.tell()
                if not cells or (len(cells) == 1 and not cells[0].strip()):
                    continue
                yield RawRow(start, cells, last_line if start == prev_end else "")
        finally:
            self.bytes_read = self.size
            text.close()

    # -- xlsx -----------------------------------------------------------------
    def _xlsx_rows(self) -> Iterator[RawRow]:
        from shopguard.core.reading.xlsx import iter_xlsx_rows

        for line, cells in iter_xlsx_rows(self.path):
            joined = "\x1f".join(cells)
            if _PAN_PREFILTER.search(joined):
                joined, n = scrub_text(joined)
                self.masked_pans += n
                cells = joined.split("\x1f")
            cells = [clean_cell(c) for c in cells]
            if not any(cells):
                continue
            yield RawRow(line, cells, ",".join(cells))
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
        return Table(path, "xlsx", "n/a", "", size)
    if sample.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            "old Excel .xls format: open it in Excel/WPS and save as .xlsx or .csv first"
        )
    try:
        encoding = detect_encoding(sample)
    except NotText as exc:
        raise UnreadableFile(f"not a statement file: {exc}") from None
    decoded = sample.decode(encoding, errors="ignore")
    if not decoded.strip():
        raise UnreadableFile("the file holds only blank lines")
    return Table(path, "csv", encoding, _sniff_delimiter(decoded), size)
