"""The month-end reconciliation report: its content (no Qt) and its XLSX rendering.

`month_report(db, month)` gathers the facts once, language-neutral: the month's
reconciliation (`reconcile_month(...).to_json()`: summary, payouts, unexplained credits, fee
check) plus the month's open alerts and cases. `summary_rows` and `sections` lay it out in
English or Simplified Chinese as plain rows of cells; the XLSX writer here and the PDF writer
in `shopguard.gui` (Qt printing) both render those rows, so the two files always agree.

Files are written beside the target and renamed into place (flushed and synced first), so a
failed export never leaves half a report under the chosen name.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.money import exponent, format_money
from shopguard.core.reconcile import texts
from shopguard.core.reconcile.manual import ReconcileError
from shopguard.core.store import settings
from shopguard.core.store.export import safe_text

LANGS = ("en", "zh_CN")


class ReportError(ReconcileError):
    """A report could not be written; the message names the file and the reason."""


@dataclass(frozen=True)
class Amount:
    """Money in a cell: integer minor units and their currency."""

    minor: int
    currency: str

    def text(self) -> str:
        return format_money(self.minor, self.currency)

    def major(self) -> Decimal:
        return Decimal(self.minor).scaleb(-exponent(self.currency))


@dataclass(frozen=True)
class Rate:
    """A fee rate as a fraction (0.0058 = 0.58 %); None when there were no sales."""

    value: float | None

    def text(self) -> str:
        return "-" if self.value is None else f"{self.value * 100:.2f}%"


Cell = str | int | Amount | Rate | None


@dataclass
class Section:
    """One table of the report: a title, column headings and rows (or a line when empty)."""

    key: str
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    empty: str = ""
    intro: str = ""
    widths: list[int] = field(default_factory=list)  # share of the page per column, percent


@dataclass
class MonthReport:
    """Everything the report shows, in no particular language."""

    month: str
    currency: str
    shop_name: str
    generated_at: str
    reconciliation: dict[str, Any]
    alerts: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)


_T: dict[str, tuple[str, str]] = {
    "title": ("Month-end reconciliation {month}", "月末对账报告 {month}"),
    "shop": ("Merchant", "商户"),
    "no_shop": ("(shop name not set)", "（未填写商户名称）"),
    "generated": ("Prepared", "生成时间"),
    "currency": ("Currency", "币种"),
    "summary": ("Summary", "汇总"),
    "expected": ("Expected payouts", "应到账金额"),
    "received": ("Received", "实际到账"),
    "difference": ("Difference", "差额"),
    "fees": ("Fees (net of fees returned)", "手续费（扣除退回）"),
    "effective_rate": ("Effective fee rate", "实际费率"),
    "contract_fees": ("Fees per contract", "按合同应收手续费"),
    "overcharge": ("Overcharged", "多收手续费"),
    "payouts_count": ("Payouts", "结算笔数"),
    "problems": ("Payouts to look at", "需要核查的结算"),
    "unexplained_count": ("Unexplained credits", "无法解释的入账"),
    "payouts": ("Payouts", "结算到账明细"),
    "col_sales_dates": ("Sales of", "交易日期"),
    "col_due": ("Due on", "应到账日期"),
    "col_credit_date": ("Credited on", "到账日期"),
    "col_expected": ("Expected", "应到账"),
    "col_received": ("Received", "实到账"),
    "col_difference": ("Difference", "差额"),
    "col_status": ("Status", "状态"),
    "col_note": ("Note", "备注"),
    "no_payouts": ("No card sales this month.", "本月没有刷卡交易。"),
    "credits": ("Unexplained credits", "无法解释的入账"),
    "col_date": ("Date", "日期"),
    "col_amount": ("Amount", "金额"),
    "col_description": ("Description", "摘要"),
    "col_reason": ("Reason", "原因"),
    "no_credits": ("Every acquirer credit is explained.", "收单机构的每笔入账都已核对。"),
    "fee_check": ("Fee check", "手续费核查"),
    "fee_intro": ("Fees charged {charged}; per contract {contract}; overcharged {over}.",
                  "实收手续费 {charged}；按合同应为 {contract}；多收 {over}。"),
    "contract": ("Contract: debit cards {debit}{cap}, credit cards {credit}{fixed}.",
                 "合同费率：借记卡 {debit}{cap}，贷记卡 {credit}{fixed}。"),
    "contract_cap": (" capped at {cap}", "，封顶 {cap}"),
    "contract_fixed": (", plus {fixed} a sale", "，另加每笔 {fixed}"),
    "no_contract": ("No fee contract is set in Settings, so fees were not checked.",
                    "设置中尚未填写手续费合同费率，未核查手续费。"),
    "notes": ("Notes", "说明"),
    "col_reference": ("Reference no.", "参考号"),
    "col_time": ("Time", "交易时间"),
    "col_card": ("Card", "卡类别"),
    "col_charged": ("Fee charged", "实收手续费"),
    "col_contract": ("Fee per contract", "合同手续费"),
    "col_over": ("Over", "多收"),
    "no_overcharge": ("No sale was charged more than the contract.",
                      "没有交易的手续费高于合同费率。"),
    "per_day": ("Effective fee rate per day", "每日实际费率"),
    "col_sales": ("Sales", "交易金额"),
    "col_fees": ("Fees", "手续费"),
    "col_rate": ("Rate", "费率"),
    "alerts": ("Open alerts", "待处理的风险提示"),
    "col_rule": ("Alert", "提示"),
    "col_explanation": ("What ShopGuard saw", "说明"),
    "no_alerts": ("No open alert for this month.", "本月没有待处理的风险提示。"),
    "cases": ("Open cases", "未结案件"),
    "col_case": ("Case", "案件"),
    "col_procedure": ("Procedure", "处理流程"),
    "col_deadline": ("Deadline", "截止时间"),
    "no_cases": ("No open case for this month.", "本月没有未结案件。"),
    "explained": ("explained", "已说明"),
    "by_hand": ("by hand", "手工核对"),
    "case_open": ("open", "处理中"),
    "case_paused": ("paused", "已暂停"),
    "path_void": ("Void", "撤销"),
    "path_refund": ("Refund", "退货"),
    "path_adjustment": ("Adjustment request", "调账申请"),
    "path_chargeback": ("Chargeback response", "退单应答"),
    "sheet_summary": ("Summary", "汇总"),
}

SHEETS = ("payouts", "credits", "fee_check", "per_day", "alerts", "cases")


def t(key: str, lang: str) -> str:
    """The text for `key` in `lang` ('zh_CN' or 'en')."""
    en, zh = _T[key]
    return zh if lang.startswith("zh") else en


# -- gathering -----------------------------------------------------------------------------


def _month_bounds(month: str) -> tuple[str, str]:
    """('YYYY-MM-01T00:00:00', first instant of the next month) for `month`."""
    year, mon = (int(p) for p in month.split("-"))
    nxt = f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"
    return f"{month}-01T00:00:00", f"{nxt}-01T00:00:00"


def open_alerts(db: Database, month: str) -> list[dict[str, Any]]:
    """Open alerts whose evidence starts in `month`, in both languages."""
    from shopguard.core.detection import alerts as core_alerts

    start, end = _month_bounds(month)
    found = []
    for a in core_alerts.list_alerts(db, status="open"):
        if not start <= a.first_at < end:
            continue
        amount = max((e.amount_minor for e in a.transactions), default=0)
        found.append({"id": a.id, "rule": a.rule, "first_at": a.first_at,
                      "amount_minor": amount, "currency": a.currency,
                      "explanation": {"en": a.explanation_en, "zh_CN": a.explanation_zh}})
    return found


def open_cases(db: Database, month: str) -> list[dict[str, Any]]:
    """Cases not closed that concern a transaction of `month` (or were opened in it)."""
    from shopguard.core.procedures import cases as core_cases

    start, end = _month_bounds(month)
    found = []
    for c in core_cases.list_cases(db):
        if c.status == "closed":
            continue
        times = [tx.occurred_at for tx in c.transactions] + [c.opened_at]
        if not any(start <= when < end for when in times):
            continue
        found.append({"id": c.id, "path": c.path, "status": c.status, "deadline": c.deadline,
                      "reason": dict(c.reason)})
    return found


def month_report(db: Database, month: str) -> MonthReport:
    """Gather the report for `month` ('YYYY-MM'): reconciliation, open alerts and cases."""
    from shopguard.core.reconcile import reconcile_month

    data = reconcile_month(db, month).to_json()
    return MonthReport(
        month=month, currency=str(data.get("currency") or settings.get(db, "currency")),
        shop_name=str(settings.get(db, "shop_name")),
        generated_at=clock.now().strftime("%Y-%m-%d %H:%M"), reconciliation=data,
        alerts=open_alerts(db, month), cases=open_cases(db, month))


# -- layout (shared by the XLSX and PDF writers) --------------------------------------------


def title(report: MonthReport, lang: str) -> str:
    return t("title", lang).format(month=report.month)


def header_rows(report: MonthReport, lang: str) -> list[tuple[str, str]]:
    return [(t("shop", lang), report.shop_name or t("no_shop", lang)),
            (t("generated", lang), report.generated_at),
            (t("currency", lang), report.currency)]


def summary_rows(report: MonthReport, lang: str) -> list[tuple[str, Cell]]:
    """The summary block: money figures, the effective rate and counts."""
    rec, cur = report.reconciliation, report.currency
    fees = rec.get("fee_check") or {}
    deposits = rec.get("deposits") or []
    problems = sum(1 for d in deposits
                   if d.get("status") in ("short", "missing") and not d.get("explanation"))

    def money(value: Any) -> Amount:
        return Amount(int(value or 0), cur)

    return [
        (t("expected", lang), money(rec.get("expected_minor"))),
        (t("received", lang), money(rec.get("received_minor"))),
        (t("difference", lang), money(rec.get("difference_minor"))),
        (t("fees", lang), money(rec.get("fees_minor"))),
        (t("effective_rate", lang), Rate(_rate(rec.get("effective_rate")))),
        (t("contract_fees", lang), money(fees.get("contract_minor"))),
        (t("overcharge", lang), money(fees.get("overcharge_minor"))),
        (t("payouts_count", lang), len(deposits)),
        (t("problems", lang), problems),
        (t("unexplained_count", lang), sum(1 for c in rec.get("unexplained_credits") or []
                                           if c.get("reason") != "previous_period")),
    ]


def notes(report: MonthReport, lang: str) -> list[str]:
    """The reconciliation's remarks (e.g. no bank statement covers the month), in `lang`."""
    key = "zh_CN" if lang.startswith("zh") else "en"
    return [str(n.get(key) or n.get("en") or "") for n in report.reconciliation.get("notes") or []]


def contract_text(report: MonthReport, lang: str) -> str:
    """The fee contract the check used, in words (or that none is set)."""
    contract = (report.reconciliation.get("fee_check") or {}).get("contract") or {}
    if not contract.get("configured"):
        return t("no_contract", lang)
    cur = report.currency
    cap = int(contract.get("debit_cap_minor") or 0)
    fixed = int(contract.get("fixed_minor") or 0)
    return t("contract", lang).format(
        debit=_percent(contract.get("debit_rate_ppm")),
        credit=_percent(contract.get("credit_rate_ppm")),
        cap=t("contract_cap", lang).format(cap=format_money(cap, cur)) if cap else "",
        fixed=t("contract_fixed", lang).format(fixed=format_money(fixed, cur)) if fixed else "")


def _percent(ppm: Any) -> str:
    """Parts per million as the contract states it: 0.5%, 0.55%, 2.6%."""
    text = f"{int(ppm or 0) / 10_000:.4f}".rstrip("0").rstrip(".")
    return f"{text}%"


def _rate(value: Any) -> float | None:
    return None if value is None else float(value)


def _dates(values: Any) -> str:
    items = [str(v) for v in values or []]
    if len(items) > 2:
        return f"{items[0]} … {items[-1]}"
    return ", ".join(items)


def payout_status(deposit: dict[str, Any], lang: str) -> str:
    """The status as shown: 'short', 'short · explained', 'matched · by hand'."""
    text = texts.status_name(str(deposit.get("status", "")), lang)
    if deposit.get("explanation"):
        text += " · " + t("explained", lang)
    if deposit.get("manual"):
        text += " · " + t("by_hand", lang)
    return text


def sections(report: MonthReport, lang: str) -> list[Section]:
    """The report's tables after the summary, in order."""
    out = [_payouts(report, lang), _credits(report, lang), _fee_check(report, lang)]
    if (report.reconciliation.get("fee_check") or {}).get("days"):
        out.append(_per_day(report, lang))
    return [*out, _alerts(report, lang), _cases(report, lang)]


def _money(value: Any, currency: str) -> Amount | None:
    """Money for a cell; None (an empty cell) when there is no value."""
    return None if value is None else Amount(int(value), currency)


def _payouts(report: MonthReport, lang: str) -> Section:
    cur = report.currency
    columns = ["col_sales_dates", "col_due", "col_credit_date", "col_expected", "col_received",
               "col_difference", "col_status", "col_note"]
    rows: list[list[Cell]] = [
        [_dates(d.get("trade_dates") or d.get("settle_dates")), _dates(d.get("settle_dates")),
         d.get("credit_date") or "-", _money(d.get("expected_minor"), cur),
         _money(d.get("received_minor"), cur), _money(d.get("difference_minor") or None, cur),
         payout_status(d, lang), str(d.get("explanation") or "")]
        for d in report.reconciliation.get("deposits") or []]
    return Section("payouts", t("payouts", lang), [t(c, lang) for c in columns], rows,
                   t("no_payouts", lang), widths=[10, 10, 10, 11, 11, 10, 16, 22])


def _credits(report: MonthReport, lang: str) -> Section:
    cur = report.currency
    columns = ["col_date", "col_amount", "col_description", "col_reason", "col_note"]
    rows: list[list[Cell]] = [
        [c.get("date"), _money(c.get("amount_minor"), cur), str(c.get("description") or ""),
         texts.reason_name(str(c.get("reason") or ""), lang), str(c.get("explanation") or "")]
        for c in report.reconciliation.get("unexplained_credits") or []]
    return Section("credits", t("credits", lang), [t(c, lang) for c in columns], rows,
                   t("no_credits", lang), widths=[11, 11, 40, 14, 24])


def _fee_check(report: MonthReport, lang: str) -> Section:
    cur = report.currency
    fees = report.reconciliation.get("fee_check") or {}
    columns = ["col_reference", "col_time", "col_card", "col_amount", "col_charged",
               "col_contract", "col_over"]
    rows: list[list[Cell]] = [
        [str(o.get("reference_no") or ""), str(o.get("occurred_at") or "").replace("T", " "),
         texts.card_kind_name(str(o.get("card_kind") or "unknown"), lang),
         _money(o.get("amount_minor"), cur), _money(o.get("charged_minor"), cur),
         _money(o.get("contract_minor"), cur),
         _money(int(o.get("charged_minor") or 0) - int(o.get("contract_minor") or 0), cur)]
        for o in fees.get("overcharged") or []]
    intro = contract_text(report, lang) + " " + t("fee_intro", lang).format(
        charged=format_money(int(fees.get("charged_minor") or 0), cur),
        contract=format_money(int(fees.get("contract_minor") or 0), cur),
        over=format_money(int(fees.get("overcharge_minor") or 0), cur))
    return Section("fee_check", t("fee_check", lang), [t(c, lang) for c in columns], rows,
                   t("no_overcharge", lang), intro=intro,
                   widths=[16, 20, 9, 14, 13, 15, 13])


def _per_day(report: MonthReport, lang: str) -> Section:
    cur = report.currency
    columns = ["col_date", "col_sales", "col_fees", "col_rate", "col_over"]
    rows: list[list[Cell]] = [
        [d.get("date"), _money(d.get("sales_minor"), cur), _money(d.get("fees_minor"), cur),
         Rate(_rate(d.get("effective_rate"))), _money(d.get("overcharge_minor") or None, cur)]
        for d in (report.reconciliation.get("fee_check") or {}).get("days") or []]
    return Section("per_day", t("per_day", lang), [t(c, lang) for c in columns], rows,
                   widths=[20, 22, 20, 16, 22])


def _alerts(report: MonthReport, lang: str) -> Section:
    key = "zh_CN" if lang.startswith("zh") else "en"
    columns = ["col_time", "col_rule", "col_amount", "col_explanation"]
    rows: list[list[Cell]] = [
        [a["first_at"].replace("T", " "), _rule_name(a["rule"], lang),
         Amount(a["amount_minor"], a["currency"] or report.currency), a["explanation"][key]]
        for a in report.alerts]
    return Section("alerts", t("alerts", lang), [t(c, lang) for c in columns], rows,
                   t("no_alerts", lang), widths=[17, 17, 12, 54])


def _cases(report: MonthReport, lang: str) -> Section:
    key = "zh_CN" if lang.startswith("zh") else "en"
    columns = ["col_case", "col_procedure", "col_status", "col_deadline", "col_reason"]
    rows: list[list[Cell]] = [
        [c["id"], _path_name(c["path"], lang), _case_status(c["status"], lang),
         (c["deadline"] or "-").replace("T", " "), c["reason"].get(key, "")]
        for c in report.cases]
    return Section("cases", t("cases", lang), [t(c, lang) for c in columns], rows,
                   t("no_cases", lang), widths=[7, 16, 10, 17, 50])


def _rule_name(rule: str, lang: str) -> str:
    from shopguard.core.detection.texts import RULE_NAMES

    en, zh = RULE_NAMES.get(rule, (rule, rule))
    return zh if lang.startswith("zh") else en


def _path_name(path: str, lang: str) -> str:
    key = f"path_{path}"
    return t(key, lang) if key in _T else path


def _case_status(status: str, lang: str) -> str:
    key = f"case_{status}"
    return t(key, lang) if key in _T else status


def cell_text(cell: Cell) -> str:
    """A cell as printed text (the PDF, the screen)."""
    if cell is None:
        return ""
    if isinstance(cell, (Amount, Rate)):
        return cell.text()
    return str(cell)


# -- files -----------------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_target(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it is synced and renamed to `path`.

    Any failure leaves the target as it was and raises `ReportError` naming the file.
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.part")
    try:
        if not target.parent.is_dir():
            raise ReportError(f"{target}: the folder {target.parent} does not exist")
        yield tmp
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise ReportError(f"{target}: could not be written ({exc.strerror or exc})") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def write_month_report_xlsx(report: MonthReport, path: Path | str, lang: str) -> Path:
    """Write the report as an XLSX workbook: a summary sheet and one sheet per table.

    Money cells are exact decimals with a number format, rates are percentages, text that a
    spreadsheet would run as a formula is neutralised.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = t("sheet_summary", lang)
    bold = Font(bold=True)
    ws.append([title(report, lang)])
    ws["A1"].font = Font(bold=True, size=14)
    for label, text in header_rows(report, lang):
        ws.append([label, safe_text(text)])
    ws.append([])
    for label, figure in summary_rows(report, lang):
        ws.append([label, None])
        _put(ws.cell(row=ws.max_row, column=2), figure)
    for line in notes(report, lang):
        ws.append([safe_text(line)])
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 22
    for section in sections(report, lang):
        sheet = wb.create_sheet(_sheet_name(section.title))
        if section.intro:
            sheet.append([section.intro])
        sheet.append(section.columns)
        for c in sheet[sheet.max_row]:
            c.font = bold
        for row in section.rows:
            sheet.append([None] * len(row))
            for i, cell in enumerate(row, start=1):
                _put(sheet.cell(row=sheet.max_row, column=i), cell)
        if not section.rows:
            sheet.append([section.empty])
        for i, _col in enumerate(section.columns):
            letter = sheet.cell(row=1, column=i + 1).column_letter
            sheet.column_dimensions[letter].width = 18 if i < len(section.columns) - 1 else 48
    with atomic_target(path) as tmp:
        wb.save(tmp)
    return Path(path)


def _put(cell: Any, value: Cell) -> None:
    if isinstance(value, Amount):
        major = value.major()
        places = max(0, -int(major.as_tuple().exponent))
        cell.value = major
        cell.number_format = "#,##0" + ("." + "0" * places if places else "")
    elif isinstance(value, Rate):
        cell.value = value.value
        cell.number_format = "0.00%"
    elif isinstance(value, str):
        cell.value = safe_text(value)
    else:
        cell.value = value


def _sheet_name(text: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return text[:31]
