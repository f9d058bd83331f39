"""Just enough of the ELF format to read a shared library's dynamic section and section names.

The build trims and strips the Linux bundle with these facts (no `readelf` needed): which
libraries a file links (DT_NEEDED), its RPATH/RUNPATH (an auditwheel-patched file has one with
`$ORIGIN`, and `strip` breaks those), and whether it still carries debug sections.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

_DT_NEEDED, _DT_STRTAB, _DT_RPATH, _DT_RUNPATH = 1, 5, 15, 29
_PT_LOAD, _PT_DYNAMIC = 1, 2


@dataclass
class ElfInfo:
    needed: list[str] = field(default_factory=list)
    rpath: list[str] = field(default_factory=list)  # RPATH and RUNPATH entries
    sections: list[str] = field(default_factory=list)

    @property
    def has_debug_info(self) -> bool:
        return any(s.startswith(".debug_") for s in self.sections)


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def read(path: Path) -> ElfInfo:
    """The dynamic-section facts and section names of an ELF file (ValueError if it is not one)."""
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF":
        raise ValueError(f"{path}: not an ELF file")
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        phoff, shoff = struct.unpack_from(end + "QQ", data, 0x20)
        phentsize, phnum, shentsize, shnum, shstrndx = struct.unpack_from(end + "HHHHH", data, 0x36)
    else:
        phoff, shoff = struct.unpack_from(end + "II", data, 0x1C)
        phentsize, phnum, shentsize, shnum, shstrndx = struct.unpack_from(end + "HHHHH", data, 0x2A)
    loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
    dynamic: tuple[int, int] | None = None  # (offset, size)
    for i in range(phnum):
        at = phoff + i * phentsize
        if is64:
            p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(end + "IIQQQQ", data, at)
        else:
            p_type, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(end + "IIIII", data, at)
        if p_type == _PT_LOAD:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == _PT_DYNAMIC:
            dynamic = (p_offset, p_filesz)
    info = ElfInfo(sections=_section_names(data, end, is64, shoff, shentsize, shnum, shstrndx))
    if dynamic is None:
        return info
    entry = struct.Struct(end + ("qQ" if is64 else "iI"))
    tags: list[tuple[int, int]] = []
    for at in range(dynamic[0], dynamic[0] + dynamic[1], entry.size):
        tag, value = entry.unpack_from(data, at)
        if tag == 0:
            break
        tags.append((tag, value))
    strtab_addr = next((v for t, v in tags if t == _DT_STRTAB), None)
    if strtab_addr is None:
        return info
    strtab = _vaddr_to_offset(loads, strtab_addr)
    for tag, value in tags:
        if tag == _DT_NEEDED:
            info.needed.append(_cstr(data, strtab + value))
        elif tag in (_DT_RPATH, _DT_RUNPATH):
            info.rpath.extend(p for p in _cstr(data, strtab + value).split(":") if p)
    return info


def _vaddr_to_offset(loads: list[tuple[int, int, int]], vaddr: int) -> int:
    for start, offset, size in loads:
        if start <= vaddr < start + size:
            return vaddr - start + offset
    return vaddr  # not in a loaded segment: prelinked files use file offsets


def _section_names(data: bytes, end: str, is64: bool, shoff: int, shentsize: int, shnum: int,
                   shstrndx: int) -> list[str]:
    if not shoff or shstrndx >= shnum:
        return []
    fmt = end + ("IIQQQQ" if is64 else "IIIIII")

    def header(i: int) -> tuple[int, ...]:
        return struct.unpack_from(fmt, data, shoff + i * shentsize)

    names_offset = header(shstrndx)[4]
    return [_cstr(data, names_offset + header(i)[0]) for i in range(shnum)]


def _cstr(data: bytes, at: int) -> str:
    return data[at:data.index(b"\0", at)].decode("utf-8", "replace")
