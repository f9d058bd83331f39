"""Edge files in each international layout: header only, and a file cut inside a row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from shopguard.core.importing import importer
from tests.formats.contract import DATA

SAMPLES = ("square.csv", "stripe.csv", "sumup.csv", "adyen.csv")


def _lines(sample: str, n: int) -> list[str]:
    with open(DATA / sample, encoding="utf-8", newline="") as f:
        return [f.readline() for _ in range(n)]


@pytest.mark.parametrize("sample", SAMPLES)
def test_header_only_imports_nothing_and_says_so(db: Any, tmp_path: Path, sample: str) -> None:
    path = tmp_path / sample
    path.write_text(_lines(sample, 1)[0], encoding="utf-8")
    result = importer.import_file(db, path)
    assert (result.status, result.format, result.rows_read) == ("imported",
                                                                sample.removesuffix(".csv"), 0)
    assert "no transactions" in result.message


@pytest.mark.parametrize("sample", SAMPLES)
def test_file_cut_inside_a_row_is_refused_at_that_line(db: Any, tmp_path: Path,
                                                       sample: str) -> None:
    head = _lines(sample, 4)
    path = tmp_path / sample
    path.write_text("".join(head[:3]) + head[3][: len(head[3]) // 3], encoding="utf-8")
    result = importer.import_file(db, path)
    assert result.status == "refused"
    assert [e.line for e in result.errors] == [4], result.errors
    assert db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0
