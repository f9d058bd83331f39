"""Fill unfinished translations of Qt Linguist files from a {source: translation} dict.

    python build_spec/fill_ts.py DICT_MODULE.py resources/i18n/*_zh_CN.ts

DICT_MODULE.py defines ``ZH = {...}``. Existing finished translations are kept; run
`python -m shopguard.gui.i18n` afterwards to rebuild the .qm files. (Qt Linguist,
`pyside6-linguist`, edits the same files by hand.)
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts: Path, table: dict[str, str]) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        unfinished = translation.get("type") == "unfinished"
        if unfinished or not (translation.text or ""):
            if source in table:
                translation.text = table[source]
                translation.attrib.pop("type", None)
            elif translation.get("type") != "vanished":
                missing.append(source)
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


if __name__ == "__main__":
    table = runpy.run_path(sys.argv[1])["ZH"]
    for name in sys.argv[2:]:
        for source in fill(Path(name), table):
            print(f"{name}: untranslated: {source!r}")
