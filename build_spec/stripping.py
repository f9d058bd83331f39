"""Strip debug sections from the Linux bundle's binaries where that is safe (see trim.py).

PyInstaller's own `strip=True` strips every file, which breaks auditwheel-patched libraries
(numpy's OpenBLAS: "ELF load command address/offset not page-aligned"); this strips only the
files `trim.strip_candidate` allows, into copies under the build folder.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from build_spec import elf, trim


def stripped(entries: list[trim.Entry], out_dir: Path) -> list[trim.Entry]:
    """The TOC with each strippable binary's source replaced by a stripped copy."""
    tool = shutil.which("strip")
    if tool is None:
        print("strip: no `strip` tool (binutils); binaries left as they are")
        return entries
    result: list[trim.Entry] = []
    saved = 0
    for dest, src, kind in entries:
        source = Path(src)
        if kind in ("BINARY", "EXTENSION") and elf.is_elf(source):
            info = elf.read(source)
            if trim.strip_candidate(dest, info.rpath, info.has_debug_info):
                target = out_dir / dest
                target.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run([tool, "--strip-unneeded", "-o", str(target), str(source)],
                               check=True)
                saved += source.stat().st_size - target.stat().st_size
                src = str(target)
        result.append((dest, src, kind))
    print(f"strip: {saved / 1e6:.1f} MB of debug sections removed")
    return result
