"""Damaged Chinese statements are refused with the line and column named, nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from shopguard.core.importing import importer
from shopguard.core.importing.formats.cn_bank_pos import settle_date
from tests.formats.contract import DATA

ENCODINGS = {"cn_bank_pos.csv": "gb18030", "wechat_merchant.csv": "utf-8-sig",
             "alipay_merchant.csv": "gbk"}


@pytest.mark.parametrize("sample", sorted(ENCODINGS))
def test_a_file_cut_inside_a_row_is_refused(db, tmp_path: Path, sample: str) -> None:
    lines = (DATA / sample).read_bytes().decode(ENCODINGS[sample]).splitlines(keepends=True)
    keep = len(lines) // 2
    cut = lines[keep][: len(lines[keep]) // 3]  # a third of a row: well inside its columns
    path = tmp_path / sample
    path.write_bytes("".join([*lines[:keep], cut]).encode(ENCODINGS[sample]))
    result = importer.import_file(db, path)
    assert result.status == "refused"
    assert [e.line for e in result.errors] == [keep + 1]
    assert result.errors[0].column and "cut short" in result.errors[0].message
    assert db.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0


def test_unknown_status_names_the_column(db, tmp_path: Path) -> None:
    text = (DATA / "cn_bank_pos.csv").read_bytes().decode("gb18030")
    path = tmp_path / "pos.csv"
    path.write_bytes(text.replace(",消费,成功\r\n", ",消费,处理中\r\n", 1).encode("gb18030"))
    result = importer.import_file(db, path)
    assert result.status == "refused"
    assert [(e.line, e.column, e.value) for e in result.errors] == [(5, "交易状态", "处理中")]


def test_settlement_date_written_by_excel_as_a_date() -> None:
    assert settle_date("2026-09-02 00:00:00", "清算日期").isoformat() == "2026-09-02"
    assert settle_date("20260902", "清算日期").isoformat() == "2026-09-02"
