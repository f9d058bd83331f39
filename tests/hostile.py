"""Hostile statement files built on the fly: the kinds issue 11's fuzzing found harmful.

Each builder writes one file into a folder and returns its path. Shared by the regression
tests, the fuzz test (tests/core/test_fuzz_import.py) and the long fuzz run
(bench/fuzz_import.py).
"""

from __future__ import annotations

import io
import shutil
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).parent / "data"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets>{sheets}</sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
_SHEET_START = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetData>')
_SHEET_END = "</sheetData></worksheet>"


def _xlsx(path: Path, sheet_xml: str | bytes | None, *, sheets: bool = True) -> Path:
    """A minimal workbook whose first sheet is `sheet_xml` (None: no sheet part at all)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        entry = '<sheet name="Sheet1" sheetId="1" r:id="rId1"/>' if sheets else ""
        z.writestr("xl/workbook.xml", _WORKBOOK.format(sheets=entry))
        if sheets:
            z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        if sheet_xml is not None:
            z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def xlsx_not_xml(folder: Path) -> Path:
    return _xlsx(folder / "not_xml.xlsx", b"<worksheet><sheetData><row><c t=\"inlineStr\">"
                 b"<is><t>unclosed</row>\x00\xff garbage")


def xlsx_broken_late(folder: Path) -> Path:
    """A sheet whose XML breaks after 30 good rows (openpyxl fails while streaming)."""
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>x{n}</t></is></c></row>'
                   for n in range(1, 31))
    start = _SHEET_START.replace("<sheetData>", '<dimension ref="A1:A31"/><sheetData>')
    return _xlsx(folder / "broken_late.xlsx", start + rows + '<row r="31"><c><is>'
                 "&bogus;</row>" + _SHEET_END)


def xlsx_long_cell(folder: Path, mib: int = 4) -> Path:
    """A cell of `mib` MiB of random text (an ordinary compression ratio)."""
    import os

    text = os.urandom(mib << 19).hex()
    return _xlsx(folder / "long_cell.xlsx", _SHEET_START + '<row r="1"><c r="A1" t="inlineStr">'
                 f"<is><t>{text}</t></is></c></row>" + _SHEET_END)


def xlsx_huge_dimension(folder: Path) -> Path:
    """A one-row sheet that claims to span A1:XFD1048576 (openpyxl would pad every row)."""
    sheet = _SHEET_START.replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>')
    return _xlsx(folder / "huge_dimension.xlsx", sheet + '<row r="1"><c r="A1" t="inlineStr">'
                 "<is><t>Merchant Account</t></is></c></row>" + _SHEET_END)


def xlsx_entity_bomb(folder: Path) -> Path:
    """The "billion laughs": nested entities that expand exponentially (expat stops it)."""
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    sheet = ('<?xml version="1.0"?><!DOCTYPE worksheet [' + entities + "]>"
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a9;</t></is></c></row>'
             "</sheetData></worksheet>")
    return _xlsx(folder / "entity_bomb.xlsx", sheet)


def xlsx_no_sheet(folder: Path) -> Path:
    return _xlsx(folder / "no_sheet.xlsx", None, sheets=False)


def xlsx_huge_cell(folder: Path, mib: int = 256) -> Path:
    """One inline-string cell of `mib` MiB (compresses to a few hundred KB)."""
    path = folder / "huge_cell.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK.format(
            sheets='<sheet name="Sheet1" sheetId="1" r:id="rId1"/>'))
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write((_SHEET_START + '<row r="1"><c r="A1" t="inlineStr"><is><t>').encode())
            block = b"A" * (1 << 20)
            for _ in range(mib):
                f.write(block)
            f.write(("</t></is></c></row>" + _SHEET_END).encode())
    return path


def adyen_cut_before_batch(folder: Path) -> Path:
    """An Adyen file whose last row ends before Batch Number (the file was cut short)."""
    lines = (DATA / "adyen.csv").read_text(encoding="utf-8").splitlines()
    row = lines[1].split(",")
    path = folder / "adyen_cut.csv"
    path.write_text("\n".join([lines[0], lines[1], ",".join(row[:-1])]) + "\n", encoding="utf-8")
    return path


def allinpay_amount(folder: Path, amount: str, name: str) -> Path:
    """The Allinpay sample with the first row's 交易金额 replaced by `amount`."""
    raw = (DATA / "allinpay.csv").read_bytes().decode("gbk").splitlines()
    cells = raw[1].split(",")
    cells[12] = amount
    raw[1] = ",".join(cells)
    path = folder / name
    path.write_bytes(("\r\n".join(raw) + "\r\n").encode("gbk"))
    return path


def amount_1e20(folder: Path) -> Path:
    return allinpay_amount(folder, "100000000000000000000.00", "amount_1e20.csv")


def amount_5000_digits(folder: Path) -> Path:
    return allinpay_amount(folder, "9" * 5000 + ".00", "amount_5000_digits.csv")


def _zipped_csv(path: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(member, data)
    return path


def zip_corrupt_deflate(folder: Path) -> Path:
    """A zipped CSV whose compressed bytes are damaged mid-stream (zlib error)."""
    path = _zipped_csv(folder / "corrupt_deflate.csv.zip", "detail.csv",
                       (DATA / "alipay_merchant.csv").read_bytes() * 4)
    data = bytearray(path.read_bytes())
    start = 30 + len("detail.csv")
    for i in range(start + 200, start + 400):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def zip_bad_crc(folder: Path) -> Path:
    """A zipped CSV whose stored CRC does not match (BadZipFile at the end of the member)."""
    path = _zipped_csv(folder / "bad_crc.csv.zip", "detail.csv",
                       (DATA / "alipay_merchant.csv").read_bytes())
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    for offset in (14, central + 16):  # CRC in the local header and the central directory
        data[offset:offset + 4] = struct.pack("<I", 0xDEADBEEF)
    path.write_bytes(bytes(data))
    return path


def zip_undecodable_name(folder: Path) -> Path:
    """A zipped CSV whose member name is flagged UTF-8 but is not (UnicodeDecodeError)."""
    path = _zipped_csv(folder / "bad_name.csv.zip", "detail.csv",
                       (DATA / "alipay_merchant.csv").read_bytes())
    data = bytearray(path.read_bytes())
    bad = b"\xff\xfe\xfa\xfbil.csv"
    for header in (0, data.rfind(b"PK\x01\x02")):
        flag_at = header + (6 if header == 0 else 8)
        flags = struct.unpack_from("<H", data, flag_at)[0] | 0x800
        struct.pack_into("<H", data, flag_at, flags)
        name_at = header + (30 if header == 0 else 46)
        data[name_at:name_at + len(bad)] = bad
    path.write_bytes(bytes(data))
    return path


def _deflated_zip(path: Path, member: str, piece: bytes, total: int) -> Path:
    """A zip whose `member` is `piece` repeated to `total` bytes, streamed (never in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, \
            z.open(member, "w", force_zip64=True) as f:
        block = piece * max(1, (1 << 20) // len(piece))
        written = 0
        while written < total:
            chunk = block[:total - written]
            f.write(chunk)
            written += len(chunk)
    return path


def zip_bomb_no_newline(folder: Path, mib: int = 512) -> Path:
    """A zipped CSV that expands to `mib` MiB without a single line break."""
    return _deflated_zip(folder / "bomb.csv.zip", "detail.csv", b"A", mib << 20)


def zip_bomb_lines(folder: Path, mib: int = 512) -> Path:
    """A zipped CSV that expands to `mib` MiB of short identical lines after a real header."""
    header = (DATA / "alipay_merchant.csv").read_bytes().split(b"\n")[:6]
    path = folder / "bomb_lines.csv.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, \
            z.open("detail.csv", "w", force_zip64=True) as f:
        f.write(b"\n".join(header) + b"\n")
        block = b"a,b,c\n" * ((1 << 20) // 6)
        for _ in range(mib):
            f.write(block)
    return path


def long_line(folder: Path, mib: int = 64) -> Path:
    """A plain CSV: a real header, then one line of `mib` MiB."""
    path = folder / "long_line.csv"
    shutil.copy(DATA / "adyen.csv", path)
    with open(path, "ab") as f:
        block = b"9" * (1 << 20)
        for _ in range(mib):
            f.write(block)
        f.write(b"\n")
    return path


def open_quote(folder: Path, mib: int = 64) -> Path:
    """A plain CSV whose first data row opens a quote that never closes, then `mib` MiB."""
    path = folder / "open_quote.csv"
    lines = (DATA / "adyen.csv").read_bytes().split(b"\n")
    with open(path, "wb") as f:
        f.write(lines[0] + b"\n" + b'x,"' + lines[1] + b"\n")
        block = lines[2] + b"\n"
        block = block * ((1 << 20) // len(block))
        for _ in range(mib):
            f.write(block)
    return path


def zip_long_line(folder: Path, mib: int = 24) -> Path:
    """A zipped CSV (ordinary ratio: random hex) whose second line never ends."""
    import os

    header = (DATA / "alipay_merchant.csv").read_bytes().split(b"\n")[:6]
    path = folder / "long_line.csv.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, \
            z.open("detail.csv", "w", force_zip64=True) as f:
        f.write(b"\n".join(header) + b"\n")
        for _ in range(mib):
            f.write(os.urandom(1 << 19).hex().encode())
    return path


def deflate_raw(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


# The item-1 cases: each must be refused in the result shape, nothing stored.
REFUSED_CASES: dict[str, Callable[[Path], Path]] = {
    "xlsx_not_xml": xlsx_not_xml,
    "xlsx_entity_bomb": xlsx_entity_bomb,
    "xlsx_no_sheet": xlsx_no_sheet,
    "xlsx_broken_late": xlsx_broken_late,
    "adyen_cut_before_batch": adyen_cut_before_batch,
    "amount_1e20": amount_1e20,
    "amount_5000_digits": amount_5000_digits,
    "zip_corrupt_deflate": zip_corrupt_deflate,
    "zip_bad_crc": zip_bad_crc,
    "zip_undecodable_name": zip_undecodable_name,
}

# The item-2 cases: resource exhaustion (large once expanded).
EXHAUSTING_CASES: dict[str, Callable[[Path], Path]] = {
    "zip_bomb_no_newline": zip_bomb_no_newline,
    "zip_bomb_lines": zip_bomb_lines,
    "xlsx_huge_cell": xlsx_huge_cell,
    "xlsx_huge_dimension": xlsx_huge_dimension,
    "xlsx_long_cell": xlsx_long_cell,
    "long_line": long_line,
    "zip_long_line": zip_long_line,
    "open_quote": open_quote,
}


def in_memory_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()
