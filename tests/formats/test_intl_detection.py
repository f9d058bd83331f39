"""Cross-check: Square, Stripe, SumUp and Adyen claim (score 1.0) only their own samples."""

from __future__ import annotations

import json
from typing import Any

import pytest

from shopguard.core.importing.formats import registry
from shopguard.core.importing.reading import open_table
from tests.formats.contract import DATA

MINE = ("square", "stripe", "sumup", "adyen")
UNREADABLE = {"empty", "binary"}  # hostile files that are not tables at all


def _manifest(sample: str) -> dict[str, Any]:
    return json.loads((DATA / f"{sample}.truth.json").read_text(encoding="utf-8"))


SAMPLES = sorted(name for p in DATA.glob("*.truth.json")
                 if _manifest(name := p.name.removesuffix(".truth.json")).get("hostile")
                 not in UNREADABLE)


@pytest.mark.parametrize("sample", SAMPLES)
def test_intl_formats_score_full_only_on_their_own_sample(sample: str) -> None:
    manifest = _manifest(sample)
    head: list[list[str]] = []
    for raw in open_table(DATA / sample).rows():
        head.append(raw.cells)
        if len(head) >= 60:
            break
    assert head
    ext = sample.rsplit(".", 1)[-1]
    formats = [f for f in registry.all() if f.name in MINE]
    assert len(formats) == len(MINE)
    full = {f.name for f in formats if f.score(head, ext) == 1.0}
    expected = {manifest["format"]} & set(MINE) if not manifest.get("hostile") else set()
    assert full == expected
