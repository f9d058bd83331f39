"""The month-end report as PDF (Qt printing, the bundled CJK font), read back with pypdf in
English and Chinese on the Allinpay shop of tests/data/reconcile."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from shopguard.core.money import format_money
from shopguard.core.reconcile import reconcile_month, report
from shopguard.gui.recon.report_pdf import write_month_report_pdf
from tests.reconcile.helpers import SHOPS, open_shop

pytestmark = pytest.mark.gui
MONTH = "2026-09"


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = open_shop(tmp_path_factory.mktemp("pdf") / "shop.db", SHOPS["allinpay_icbc"])
    rec = reconcile_month(db, MONTH)
    short = next(d for d in rec.deposits if d.status == "short")
    from shopguard.core import reconcile

    reconcile.explain(db, short.subject, "银行转账手续费 bank transfer fee", actor="owner")
    data = report.month_report(db, MONTH)
    db.close()
    return rec, data


def _text(path: Path) -> str:
    """The PDF's text without any whitespace (Qt's PDF gives spaces as tabs, and a wrapped
    cell breaks its words over lines); compare with `_squash`ed needles."""
    return _squash("".join(page.extract_text() for page in PdfReader(path).pages))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_pdf_holds_the_figures(month, tmp_path: Path, qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    rec, data = month
    out = write_month_report_pdf(data, tmp_path / "month.pdf", lang)
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == report.title(data, lang)
    text = _text(out)
    for minor in (rec.expected_minor, rec.received_minor, rec.difference_minor,
                  rec.fee_check.overcharge_minor):
        assert format_money(minor, "CNY") in text
    missing = next(d for d in rec.deposits if d.status == "missing")
    assert format_money(missing.expected_minor, "CNY") in text
    for sale in rec.fee_check.overcharged:
        assert sale.reference_no in text
    assert _squash("银行转账手续费 bank transfer fee") in text
    if lang == "zh_CN":
        for words in ("月末对账报告", "应到账金额", "未到账", "少到账", "已说明", "手续费核查",
                      "借记卡", "待处理的风险提示", "未结案件"):
            assert _squash(words) in text, words
        assert "Payouts" not in text and "missing" not in text
    else:
        for words in ("Month-end reconciliation", "Expected payouts", "missing", "short",
                      "explained", "Fee check", "debit", "Open alerts", "Open cases"):
            assert _squash(words) in text, words
        assert "未到账" not in text


def test_pdf_embeds_the_bundled_cjk_font(month, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    out = write_month_report_pdf(month[1], tmp_path / "month.pdf", "zh_CN")
    fonts = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoSansSC" in f for f in fonts), fonts


def test_an_unwritable_target_is_reported_and_nothing_is_left(month, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              qapp) -> None:
    from tests.fs_helpers import read_only

    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "month.pdf"
    target.write_bytes(b"last month's report")
    with read_only(folder), pytest.raises(report.ReportError, match=r"month\.pdf"):
        write_month_report_pdf(month[1], target, "en")
    assert target.read_bytes() == b"last month's report"
    assert sorted(p.name for p in folder.iterdir()) == ["month.pdf"]
    with pytest.raises(report.ReportError, match="does not exist"):
        write_month_report_pdf(month[1], tmp_path / "nowhere" / "m.pdf", "en")
