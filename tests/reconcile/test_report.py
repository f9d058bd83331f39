"""The month-end report (core): its content and the XLSX read back with openpyxl, in English
and Chinese, on real shops of tests/data/reconcile; files are written whole or not at all.

The PDF (Qt printing) is tested in tests/gui/test_reconciliation_report_pdf.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlite_utils import Database

from shopguard.core.detection import alerts as core_alerts
from shopguard.core.detection import run_scan
from shopguard.core.money import format_money
from shopguard.core.procedures import cases
from shopguard.core.reconcile import reconcile_month, report
from tests.reconcile.helpers import SHOPS, Shop, open_shop

MONTH = "2026-09"


@pytest.fixture(scope="module", params=["allinpay_icbc", "square_us_bank"])
def shop(request: pytest.FixtureRequest,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Shop, Database]]:
    spec = SHOPS[request.param]
    db = open_shop(tmp_path_factory.mktemp(request.param) / "shop.db", spec)
    run_scan(db)
    alert = core_alerts.list_alerts(db, status="open")[0]
    cases.open_from_alert(db, alert.id, actor="owner")
    yield spec, db
    db.close()


def _major(minor: int) -> Decimal:
    return Decimal(minor).scaleb(-2)


def _sheet_rows(path: Path, title: str) -> list[list[Any]]:
    """A sheet's values; numbers as exact Decimals (openpyxl reads them back as floats)."""
    wb = openpyxl.load_workbook(path)
    return [[Decimal(str(c.value)) if isinstance(c.value, float) else c.value for c in row]
            for row in wb[title].iter_rows()]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_xlsx_holds_the_months_figures(shop: tuple[Shop, Database], tmp_path: Path,
                                       lang: str) -> None:
    spec, db = shop
    truth = spec.bank_truth["summary"]
    over = spec.statement_truth["fee_overcharge"]
    data = report.month_report(db, MONTH)
    out = report.write_month_report_xlsx(data, tmp_path / "month.xlsx", lang)

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [report.t("sheet_summary", lang), report.t("payouts", lang),
                             report.t("credits", lang), report.t("fee_check", lang),
                             report.t("per_day", lang), report.t("alerts", lang),
                             report.t("cases", lang)]
    summary = {row[0]: row[1] for row in _sheet_rows(out, report.t("sheet_summary", lang))}
    assert summary[report.t("expected", lang)] == _major(truth["expected_minor"])
    assert summary[report.t("received", lang)] == _major(truth["received_for_period_minor"])
    assert summary[report.t("difference", lang)] == _major(truth["difference_minor"])
    rec = reconcile_month(db, MONTH)
    assert summary[report.t("overcharge", lang)] == _major(rec.fee_check.overcharge_minor)
    if spec.currency == "CNY":  # Allinpay states each card's kind: the truth's figure exactly
        assert rec.fee_check.overcharge_minor == over["overcharge_minor"]
    assert summary[report.t("payouts_count", lang)] == len(spec.bank_truth["deposits"])
    assert summary[report.t("currency", lang)] == spec.currency

    payouts = _sheet_rows(out, report.t("payouts", lang))
    assert len(payouts) == 1 + len(spec.bank_truth["deposits"])
    [missing] = spec.bank_truth["planted"]["missing_deposit"]
    [row] = [r for r in payouts if r[1] == missing["settle_date"]]
    assert row[3] == _major(missing["expected_minor"])
    assert row[5] == -_major(missing["expected_minor"])
    assert row[6] == ("未到账" if lang == "zh_CN" else "missing")

    [unexplained] = spec.bank_truth["planted"]["unexplained_credit"]
    credits = _sheet_rows(out, report.t("credits", lang))
    assert [unexplained["date"], _major(unexplained["amount_minor"])] in [r[:2] for r in credits]

    fees = _sheet_rows(out, report.t("fee_check", lang))
    assert fees[0][0] == report.contract_text(data, lang) + " " + report.t(
        "fee_intro", lang).format(**{k: format_money(v, spec.currency) for k, v in (
            ("charged", rec.fee_check.charged_minor), ("contract", rec.fee_check.contract_minor),
            ("over", rec.fee_check.overcharge_minor))})
    assert {r[0] for r in fees[2:]} == {s.reference_no for s in rec.fee_check.overcharged}
    if spec.currency == "CNY":
        assert {r[0] for r in fees[2:]} == set(over["cap_ignored"]) | set(over["rate_day"]["refs"])
    assert sum(r[6] for r in fees[2:]) == _major(rec.fee_check.overcharge_minor)

    alerts = _sheet_rows(out, report.t("alerts", lang))
    assert len(alerts) == 1 + len(core_alerts.list_alerts(db, status="open"))
    case_rows = _sheet_rows(out, report.t("cases", lang))
    assert len(case_rows) == 2 and case_rows[1][0] == cases.list_cases(db)[0].id


def test_report_follows_the_owners_decisions(tmp_path: Path) -> None:
    from shopguard.core import reconcile

    db = open_shop(tmp_path / "shop.db", SHOPS["allinpay_icbc"])
    rec = reconcile_month(db, MONTH)
    short = next(d for d in rec.deposits if d.status == "short")
    reconcile.explain(db, short.subject, "银行手续费 =1+1", actor="owner")
    data = report.month_report(db, MONTH)
    [row] = [r for r in report.sections(data, "zh_CN")[0].rows if r[1] == short.settle_dates[0]]
    assert row[6] == "少到账 · 已说明"
    assert row[7] == "银行手续费 =1+1"
    summary = dict(report.summary_rows(data, "en"))
    assert summary["Payouts to look at"] == 1  # the missing one; the short one is explained
    out = report.write_month_report_xlsx(data, tmp_path / "r.xlsx", "zh_CN")
    cells = [r[7] for r in _sheet_rows(out, report.t("payouts", "zh_CN"))[1:] if r[7]]
    assert cells == ["银行手续费 =1+1"]
    db.close()


def test_formula_like_text_is_neutralised(tmp_path: Path) -> None:
    data = report.MonthReport(MONTH, "CNY", "=HYPERLINK(\"x\")", "2026-10-01 09:00", {
        "deposits": [], "unexplained_credits": [{
            "date": "2026-09-03", "amount_minor": 100, "description": "+cmd|' /C calc'!A0",
            "reason": "unexplained", "explanation": "@SUM(1)"}]})
    out = report.write_month_report_xlsx(data, tmp_path / "r.xlsx", "en")
    shop_name = _sheet_rows(out, "Summary")[1][1]
    assert shop_name == "'=HYPERLINK(\"x\")"
    credit = _sheet_rows(out, report.t("credits", "en"))[1]
    assert credit[2] == "'+cmd|' /C calc'!A0" and credit[4] == "'@SUM(1)"


def test_a_failed_write_leaves_the_old_file_and_no_part_file(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    data = report.MonthReport(MONTH, "CNY", "", "2026-10-01 09:00", {})
    target = tmp_path / "month.xlsx"
    target.write_bytes(b"the report from last time")

    def full_disk(self: Any, filename: Any) -> None:
        Path(filename).write_bytes(b"half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full_disk)
    with pytest.raises(report.ReportError, match=r"month\.xlsx: the disk is full"):
        report.write_month_report_xlsx(data, target, "en")
    assert target.read_bytes() == b"the report from last time"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["month.xlsx"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    data = report.MonthReport(MONTH, "CNY", "", "2026-10-01 09:00", {})
    with pytest.raises(report.ReportError, match="does not exist"):
        report.write_month_report_xlsx(data, tmp_path / "nowhere" / "m.xlsx", "en")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_report_records_the_audit_head(shop: tuple[Shop, Database], tmp_path: Path,
                                           lang: str) -> None:
    """Issue 11 item 10: the audit chain's head is kept outside the database, in the report."""
    from shopguard.core.store import audit

    _spec, db = shop
    head = audit.head(db)
    data = report.month_report(db, MONTH)
    assert data.audit_head == head.to_json() and head.count > 0
    out = report.write_month_report_xlsx(data, tmp_path / "month.xlsx", lang)
    summary = {row[0]: row[1] for row in _sheet_rows(out, report.t("sheet_summary", lang))}
    assert head.short() in summary[report.t("audit_head", lang)]
    assert f"{head.count}" in summary[report.t("audit_head", lang)]
