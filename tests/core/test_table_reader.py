"""The statement reader's fast paths give exactly what the csv module gives."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopguard.core.importing.reading import table as table_module
from shopguard.core.importing.reading.table import Table, UnreadableFile, open_table


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    return [(r.line, r.cells) for r in open_table(path).rows()]


def _csv_rows(text: str) -> list[list[str]]:
    return [r for r in csv.reader(io.StringIO(text, newline="")) if r and (len(r) > 1 or r[0].strip())]


def test_quoted_cells_across_chunk_ends_and_unusual_line_breaks(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_module, "CHUNK_CHARS", 64)  # many chunks, cut mid-cell
    lines = ["时间,金额,备注"]
    for i in range(40):
        note = (f'"第{i}笔\n换行, 含逗号"' if i % 7 == 0 else
                f"备注{i}\u2028分隔" if i % 11 == 0 else f"普通{i}")
        lines.append(f"2026-09-01 10:{i:02d}:00,{i}.50,{note}")
    text = "\r\n".join(lines) + "\r\n"
    path = tmp_path / "quoted.csv"
    path.write_bytes(text.encode("gb18030"))
    got = _rows(path)
    assert [cells for _, cells in got] == _csv_rows(text)
    assert any("\n" in cells[2] for _, cells in got)
    assert any("\u2028" in cells[2] for _, cells in got)
    # physical line numbers: the quoted cell spans two lines
    assert got[1][0] == 2 and got[2][0] == 4


@given(st.lists(st.lists(st.text(alphabet='ab,"\n\r` 收款\t', max_size=6), min_size=1, max_size=4),
                min_size=1, max_size=12),
       st.sampled_from(["utf-8", "gb18030", "utf-16"]), st.sampled_from([16, 1 << 20]))
@settings(max_examples=200, deadline=None)
def test_any_text_reads_as_csv_reads_it(rows: list[list[str]], encoding: str, chunk: int) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    text = buffer.getvalue()
    if "`" in text or "\t" in text:  # armour is stripped on purpose; compared elsewhere
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.csv"
        path.write_bytes(text.encode(encoding))
        table = Table(path, "csv", encoding, ",", path.stat().st_size)
        with patch.object(table_module, "CHUNK_CHARS", chunk):
            got = [r.cells for r in table.rows()]
    assert got == _csv_rows(text)


def test_excel_armour_is_stripped_with_any_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "armour.csv"
    path.write_bytes("`商户号;`终端号;金额\t\r\n`898990258124666;`20947782\t;28.00\t\r\n"
                     .encode("gb18030"))
    assert _rows(path) == [(1, ["商户号", "终端号", "金额"]),
                           (2, ["898990258124666", "20947782", "28.00"])]


def test_bad_bytes_are_reported_with_their_line(tmp_path: Path) -> None:
    # past the 64 KB the encoding is detected from
    good = "时间,金额\r\n" + "".join(f"2026-09-01 10:00:{i % 60:02d},1.00\r\n" for i in range(3000))
    path = tmp_path / "bad.csv"
    path.write_bytes(good.encode("gb18030") + b"2026-09-01 11:00:00,\xff\xfe\r\n")
    with pytest.raises(UnreadableFile, match="line 3002"):
        _rows(path)


def test_full_card_numbers_are_masked_and_counted_once(tmp_path: Path) -> None:
    path = tmp_path / "pan.csv"
    path.write_text("时间,卡号,金额\n2026-09-01 10:00:00,4111111111111111,1.00\n", "utf-8")
    table = open_table(path)
    assert [r.cells[1] for r in table.rows()] == ["卡号", "411111******1111"]
    assert [r.cells[1] for r in table.rows()] == ["卡号", "411111******1111"]
    assert table.masked_pans == 1  # a second pass counts afresh, it does not add up
