"""Every sample is claimed with certainty by its own format only (never by a neighbour)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shopguard.core.importing.formats import registry
from shopguard.core.importing.reading import open_table

DATA = Path(__file__).parents[1] / "data"
UNREADABLE = {"hostile_empty.csv", "hostile_binary.csv"}  # refused before detection; tested elsewhere
SAMPLES = sorted(p.name.removesuffix(".truth.json") for p in DATA.glob("*.truth.json")
                 if p.name.removesuffix(".truth.json") not in UNREADABLE)


def head(path: Path) -> list[list[str]]:
    rows: list[list[str]] = []
    for raw in open_table(path).rows():
        rows.append(raw.cells)
        if len(rows) >= 60:
            break
    return rows


@pytest.mark.parametrize("sample", SAMPLES)
def test_only_the_samples_own_format_is_certain(sample: str) -> None:
    manifest = json.loads((DATA / f"{sample}.truth.json").read_text(encoding="utf-8"))
    rows = head(DATA / sample)
    ext = Path(sample).suffix.lstrip(".")
    certain = [c.format.name for c in registry.rank(rows, ext) if c.score >= 1.0]
    if manifest["format"] in registry.names() and rows:
        assert certain == [manifest["format"]]
    else:
        assert certain == []
