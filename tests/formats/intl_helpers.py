"""Helpers for the detail tests of the international formats: small files built from a
sample's real header, imported into a real SQLite database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shopguard.core.importing import importer
from shopguard.core.store import settings
from tests.formats.contract import DATA


def sample_header(sample: str) -> str:
    with open(DATA / sample, encoding="utf-8-sig", newline="") as f:
        return f.readline().rstrip("\r\n")


def sample_line(sample: str, needle: str) -> str:
    """The first line of `sample` containing `needle` (a real row to vary in a test)."""
    with open(DATA / sample, encoding="utf-8-sig", newline="") as f:
        for line in f:
            if needle in line:
                return line.rstrip("\r\n")
    raise LookupError(needle)


def import_lines(db: Any, tmp_path: Path, name: str, lines: list[str],
                 shop: dict[str, str] | None = None) -> tuple[importer.FileResult,
                                                              list[dict[str, Any]]]:
    for key, value in (shop or {}).items():
        settings.set_value(db, key, value)
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = importer.import_file(db, path)
    cur = db.conn.execute("SELECT * FROM transactions ORDER BY source_line")
    cols = [d[0] for d in cur.description]
    return result, [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
