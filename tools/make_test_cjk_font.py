"""Build the small CJK test font in tests/data/fonts/ (a subset of Noto Sans CJK SC).

Tests must not rely on a system font, and the full CJK font is ~20 MB, so the tests carry a
subset covering every character the letters and procedures can print, plus the test data.
Re-run after adding Chinese text:  python tools/make_test_cjk_font.py [path/to/NotoSansCJK.ttc]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["resources/procedures/*.toml", "shopguard/core/procedures/*.py",
           "shopguard/gui/*.py", "shopguard/gui/**/*.py", "tests/procedures/*.py",
           "tests/gui/*.py"]
FAMILY = "ShopGuard Test CJK"
OUT = ROOT / "tests" / "data" / "fonts" / "ShopGuardTestCJK-Regular.otf"


def characters() -> str:
    chars = {chr(c) for c in range(0x20, 0x7F)} | set("¥€£…·—–“”‘’（）：；，。、？！《》【】")
    for pattern in SOURCES:
        for f in ROOT.glob(pattern):
            chars |= {ch for ch in f.read_text(encoding="utf-8") if ord(ch) > 0x7F}
    return "".join(sorted(chars))


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else
               "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    collection = TTCollection(str(src))
    font = next(f for f in collection.fonts
                if "Noto Sans CJK SC" in str(f["name"].getDebugName(1)))
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = ["ccmp", "locl", "kern", "palt", "halt"]
    sub = subset.Subsetter(opts)
    sub.populate(text=characters())
    sub.subset(font)
    # A family name of its own, so Qt can never confuse it with an installed Noto CJK.
    names = font["name"]
    for rec in list(names.names):
        if rec.nameID in (1, 3, 4, 6, 16, 17):
            names.removeNames(nameID=rec.nameID)
    for name_id, value in ((1, FAMILY), (4, FAMILY), (6, FAMILY.replace(" ", "") + "-Regular"),
                           (3, FAMILY + " subset"), (2, "Regular")):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [FAMILY.replace(" ", "") + "-Regular"]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(OUT))
    print(f"{OUT}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
