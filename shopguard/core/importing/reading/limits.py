"""What a statement file may not exceed, and the checks on archives (.zip deliveries, .xlsx).

A statement line is a few hundred bytes, a statement has a few dozen columns, and real
spreadsheets and zipped CSVs compress 5-20 to 1. A file far outside that is damaged or
crafted (a "zip bomb" expanding to gigabytes, a line with no end, an XML entity bomb): it is
refused early, with the line where the reader stopped, instead of being read for minutes
into gigabytes of memory. Every check here is linear in the file's size.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable

from shopguard.core.importing.reading.errors import UnreadableFile

# One line (or one quoted cell running over several lines) of a statement, in characters.
MAX_LINE_CHARS = 1 << 20
# Cells in one row: no statement layout has more than a few dozen columns.
MAX_CELLS = 1000
# Rows in one worksheet: Excel's own limit.
MAX_SHEET_ROWS = 1_048_576
# Uncompressed bytes of one archive member, and of all of an .xlsx's parts together.
MAX_MEMBER_BYTES = 2 << 30
# Uncompressed / compressed size of a member larger than RATIO_FLOOR: real statements stay
# far below; a zip bomb is near deflate's ~1000.
MAX_RATIO = 200
RATIO_FLOOR = 8 << 20
_MIB = 1 << 20

# What zipfile and zlib raise for a damaged archive while it is read.
READ_ERRORS: tuple[type[BaseException], ...] = (zipfile.BadZipFile, zlib.error, EOFError)
# ... and while it is opened: a name that is not valid text, an unknown compression method,
# an encrypted member (RuntimeError), a broken central directory.
OPEN_ERRORS: tuple[type[BaseException], ...] = (
    *READ_ERRORS, zipfile.LargeZipFile, UnicodeDecodeError, NotImplementedError, RuntimeError,
    ValueError, OSError)


def damaged_archive(exc: BaseException, where: str = "") -> UnreadableFile:
    """The plain refusal of an archive that zipfile or zlib could not read."""
    if isinstance(exc, UnicodeDecodeError):
        reason = "a file name inside it is not valid text"
    elif isinstance(exc, RuntimeError) and "encrypted" in str(exc):
        reason = "it is password-protected"
    elif isinstance(exc, NotImplementedError):
        reason = "it uses a compression method ShopGuard cannot read"
    else:
        reason = str(exc) or type(exc).__name__
    prefix = f"{where}: " if where else ""
    return UnreadableFile(f"{prefix}a damaged .zip archive ({reason}); ask for the file again")


def check_member(info: zipfile.ZipInfo) -> None:
    """Refuse a member that would expand beyond the caps (before reading a byte of it)."""
    if info.file_size > MAX_MEMBER_BYTES:
        raise UnreadableFile(
            f"{info.filename} inside the archive would expand to {info.file_size / _MIB:,.0f}"
            f" MB; no statement is larger than {MAX_MEMBER_BYTES / _MIB:,.0f} MB")
    if info.file_size > RATIO_FLOOR:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            raise UnreadableFile(
                f"{info.filename} inside the archive would expand {ratio:,.0f} times (to"
                f" {info.file_size / _MIB:,.0f} MB): a compressed bomb, not a statement")


def check_xlsx(archive: zipfile.ZipFile) -> None:
    """Sizes and ratios of every part, then each XML part streamed once: no document type
    declaration (entity bombs; spreadsheet programs never write one) and no run of text
    longer than about a megabyte between two tags (a cell that would fill the memory)."""
    parts = [i for i in archive.infolist() if not i.is_dir()]
    for info in parts:
        check_member(info)
    total = sum(i.file_size for i in parts)
    if total > MAX_MEMBER_BYTES:
        raise UnreadableFile(f"the workbook would expand to {total / _MIB:,.0f} MB; no"
                             f" statement is larger than {MAX_MEMBER_BYTES / _MIB:,.0f} MB")
    for info in parts:
        if info.filename.lower().endswith((".xml", ".rels")):
            _scan_xml(info.filename, _chunks(archive, info))


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterable[bytes]:
    with archive.open(info) as f:
        while chunk := f.read(_MIB):
            yield chunk


def _scan_xml(name: str, chunks: Iterable[bytes]) -> None:
    tail = b""
    for chunk in chunks:
        seam = tail + chunk[:16]  # a marker cut in two by the chunking
        if any(m in chunk or m in seam for m in (b"<!DOCTYPE", b"<!ENTITY")):
            raise UnreadableFile(
                f"{name} inside the workbook declares XML entities, which spreadsheet programs"
                " never write (a crafted file?)")
        if len(chunk) == _MIB and b"<" not in chunk:
            raise UnreadableFile(
                f"{name} inside the workbook holds a cell or tag of more than a megabyte;"
                " no statement cell is that long")
        tail = chunk[-16:]


__all__ = ["MAX_CELLS", "MAX_LINE_CHARS", "MAX_MEMBER_BYTES", "MAX_RATIO", "MAX_SHEET_ROWS",
           "OPEN_ERRORS", "READ_ERRORS", "check_member", "check_xlsx", "damaged_archive"]
