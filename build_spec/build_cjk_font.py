"""Build the bundled CJK font: Noto Sans CJK SC subset to GB2312 + common symbols (one-off).

Needs fontTools (`pip install fonttools`) and Debian's fonts-noto-cjk
(`apt-get install -y fonts-noto-cjk`). Run from the repo root:

    python build_spec/build_cjk_font.py

Writes resources/fonts/NotoSansSC-GB2312.otf (~3 MB, ~14,600 glyphs). The family is renamed
"Noto Sans SC Subset" so that it never shadows a full Noto install. License: SIL OFL 1.1
(resources/fonts/OFL.txt); Noto has no Reserved Font Name.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCES = {
    "NotoSansSC-GB2312.otf": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Regular"),
}
# Only Regular is bundled (3 MB); Qt and matplotlib embolden it for bold text. To add a real
# bold weight (+3 MB), add "NotoSansSC-GB2312-Bold.otf": (".../NotoSansCJK-Bold.ttc", "Bold").
FAMILY = "Noto Sans SC Subset"
SC_INDEX_NAME = "Noto Sans CJK SC"


def gb2312_chars() -> set[int]:
    chars: set[int] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(ord(bytes([hi, lo]).decode("gb2312")))
    return chars


def wanted() -> set[int]:
    chars = gb2312_chars()
    ranges = [
        (0x20, 0x7E), (0xA0, 0x17F),      # ASCII, Latin-1, Latin Extended-A
        (0x2000, 0x206F),                 # general punctuation (– — … ‘ ’ “ ”)
        (0x20A0, 0x20CF),                 # currency signs (€ ₹ ...)
        (0x2100, 0x218F),                 # letterlike, number forms (№ ™ Ⅰ)
        (0x2190, 0x21FF), (0x2200, 0x22FF),  # arrows, math operators
        (0x2460, 0x24FF), (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x26FF),
        (0x3000, 0x303F),                 # CJK symbols and punctuation
        (0xFF00, 0xFFEF),                 # fullwidth forms (￥ ，：)
    ]
    for lo, hi in ranges:
        chars.update(range(lo, hi + 1))
    chars.update(ord(c) for c in "¥￥·•✓✔✕✗⚠€£")
    return chars


def rename(font: object, style: str) -> None:
    name = font["name"]  # type: ignore[index]
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    ps = f"NotoSansSCSubset-{style}"
    for rec in list(name.names):
        if rec.nameID in (1, 16):
            rec.string = FAMILY
        elif rec.nameID in (2, 17):
            rec.string = style
        elif rec.nameID == 4:
            rec.string = full
        elif rec.nameID == 6:
            rec.string = ps
        elif rec.nameID == 3:
            rec.string = f"{ps};subset-for-shopguard"
    if "CFF " in font:  # type: ignore[operator]
        cff = font["CFF "].cff  # type: ignore[index]
        cff.fontNames = [ps]
        top = cff.topDictIndex[0]
        top.FullName = full
        top.FamilyName = FAMILY


def build(out_dir: Path) -> None:
    unicodes = wanted()
    for out_name, (src, style) in SOURCES.items():
        collection = TTCollection(src)
        font = next(f for f in collection.fonts if f["name"].getDebugName(1) == SC_INDEX_NAME)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False
        options.desubroutinize = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        rename(font, style)
        target = out_dir / out_name
        font.save(str(target))
        print(f"{target}: {target.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/fonts"))
