"""The case letter as PDF (QTextDocument + QPdfWriter), checked by text extraction in both
languages. The CJK font is the bundled one (resources/fonts), never a system font."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.procedures import cases
from shopguard.core.procedures.letter import build_letter
from shopguard.core.store import settings
from shopguard.gui.letters import letter_html, write_pdf
from tests.procedures.conftest import AddTxn, add_txn, duplicate  # noqa: F401 (fixtures)

pytestmark = pytest.mark.gui


def norm(text: str) -> str:
    """NFKC (CJK radicals → ideographs, full-width brackets → ASCII), no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return norm("".join(page.extract_text() for page in reader.pages))


def pdf_fonts(path: Path) -> set[str]:
    fonts = set()
    for page in pypdf.PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            fonts.add(str(ref.get_object()["/BaseFont"]))
    return fonts


@pytest.fixture
def worked_case(db: Database, duplicate: list[int]) -> int:  # noqa: F811
    settings.set_value(db, "shop_name", "幸福小卖部")
    settings.set_value(db, "shop_contact", "王芳 138-0000-0000")
    settings.set_value(db, "acquirer", "拉卡拉")
    case = cases.open_case(db, duplicate, actor="王芳")
    cases.tick_step(db, case.id, "find_slip", "王芳")
    cases.tick_step(db, case.id, "void_on_terminal", "王芳", {"new_voucher_no": "000103"})
    return case.id


def test_english_letter_pdf(qapp: object, db: Database, worked_case: int,
                            tmp_path: Path) -> None:
    out = write_pdf(build_letter(db, worked_case, lang="en"), tmp_path / "en.pdf")
    text = pdf_text(out)
    for expected in ("Casereport", "幸福小卖部", "Terminal:10230001", "622848******0118",
                     "¥58.00", "Sale(extracharge)", "47secondsapart", "Stepstaken",
                     "Voidontheoriginalterminal", "000103", "Evidence", "王芳138-0000-0000"):
        assert norm(expected) in text, expected


def test_chinese_letter_pdf_uses_the_bundled_font(qapp: object, db: Database,
                                                  worked_case: int, tmp_path: Path) -> None:
    out = write_pdf(build_letter(db, worked_case, lang="zh_CN"), tmp_path / "zh.pdf")
    text = pdf_text(out)
    for expected in ("案件报告", "商户:幸福小卖部", "终端号:10230001", "收单机构:拉卡拉",
                     "涉及的交易", "消费（多扣）", "622848******0118", "事情经过",
                     "相隔47秒", "已采取的措施", "在原终端上做消费撤销", "000103", "证据清单",
                     "撤销签购单", "联系方式"):
        assert norm(expected) in text, expected
    assert any("NotoSansSC" in f for f in pdf_fonts(out)), pdf_fonts(out)


def test_adjustment_request_and_chargeback_letters(qapp: object, db: Database,
                                                   add_txn: AddTxn, tmp_path: Path) -> None:  # noqa: F811
    clock.set_now(datetime(2026, 12, 1, 10, 0))
    old = cases.open_case(db, [add_txn("2026-09-01T12:00:00", reference_no="090112000001")])
    assert old.path == "acquirer_adjustment"
    zh = pdf_text(write_pdf(build_letter(db, old.id, lang="zh_CN"), tmp_path / "a.pdf"))
    assert "调账申请函" in zh and "我方请求" in zh and "090112000001" in zh
    en = pdf_text(write_pdf(build_letter(db, old.id, lang="en", kind="chargeback_response"),
                            tmp_path / "c.pdf"))
    assert "Responsetoacardholderdispute" in en and "12.6.1" in en and "4834" in en


def test_html_escapes_user_text(db: Database, worked_case: int) -> None:
    settings.set_value(db, "shop_name", "<b>Tom & Jerry</b>")
    html = letter_html(build_letter(db, worked_case, lang="en"))
    assert "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;" in html


def test_cli_case_letter_writes_the_pdf(qapp: object, db: Database, db_path: Path,
                                        worked_case: int, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from shopguard.cli import main

    out = tmp_path / "letter.pdf"
    code = main(["--db", str(db_path), "case", "letter", str(worked_case), "--out", str(out),
                 "--lang", "zh_CN"])
    assert code == 0, capsys.readouterr().err
    assert "案件报告" in pdf_text(out)
