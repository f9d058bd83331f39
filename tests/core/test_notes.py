"""Bilingual notes in import results: one mechanism (`shopguard.core.notes`) for every writer."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from shopguard.core import notes
from shopguard.core.importing.formats.mapping import FIELD_NAMES, SYNONYMS
from shopguard.core.workspace import connect, import_file

LAKALA_LIKE = (
    "商户编号|交易日期|交易时间|终端号|拉卡拉流水号|交易金额(分)|结算日期\n"
    "822100012345678|20260901|093000|T0001|LKL0000001|5800|20260902\n"
    "822100012345678|20260901|093047|T0001|LKL0000002|5800|20260902\n"
)

SAMPLE = notes.define("test.sample", "{n} row(s) in {name}", "{name} 中有 {n} 行")


def test_a_note_is_its_english_text_and_renders_chinese() -> None:
    n = notes.note(SAMPLE, n=3, name="a.csv")
    assert n == "3 row(s) in a.csv"
    assert "row(s)" in n
    assert n.text("zh_CN") == "a.csv 中有 3 行"
    assert n.to_json() == {"code": "test.sample", "params": {"n": 3, "name": "a.csv"},
                           "en": "3 row(s) in a.csv", "zh_CN": "a.csv 中有 3 行"}


def test_a_note_survives_pickling_to_and_from_the_parsing_worker() -> None:
    n = notes.note(SAMPLE, n=2, name="b.csv")
    back = pickle.loads(pickle.dumps(n))
    assert isinstance(back, notes.Note)
    assert back.text("zh_CN") == "b.csv 中有 2 行"


def test_a_code_cannot_be_defined_twice_with_other_texts() -> None:
    assert notes.define("test.sample", "{n} row(s) in {name}", "{name} 中有 {n} 行")
    with pytest.raises(ValueError):
        notes.define("test.sample", "other", "其他")


def test_every_mapped_field_has_a_name_for_the_shop_owner() -> None:
    assert set(SYNONYMS) <= set(FIELD_NAMES)


def test_import_notes_are_bilingual(tmp_path: Path) -> None:
    """Every note an import of a mapped file writes has a Chinese text with no internal
    field names (the mapping note used to say `merchant_id=商户号`)."""
    db = connect(tmp_path / "t.db")
    path = tmp_path / "lakala.txt"
    path.write_text(LAKALA_LIKE, encoding="gb18030")
    result = import_file(db, path)
    assert result.ok, result.message
    assert result.notes
    for n in result.notes:
        assert isinstance(n, notes.Note), n
        zh = n.text("zh_CN")
        assert zh != str(n)
        assert "_id" not in zh and "settled_on" not in zh and "_id" not in n
    assert any("商户号 ← 商户编号" in n.text("zh_CN") for n in result.notes)
