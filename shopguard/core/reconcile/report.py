"""The month-end reconciliation report: its content and layout (no Qt).

`month_report(db, month)` gathers the facts once, language-neutral: the month's
reconciliation (`reconcile_month(...).to_json()`: summary, payouts, unexplained credits, fee
check) plus the month's open alerts and cases. `summary_rows` and `sections` lay it out in
English or Simplified Chinese as plain rows of cells; the XLSX writer (`report_xlsx`) and the
PDF writer in `shopguard.gui` (Qt printing) both render those rows, so the files always agree.

Files are written beside the target and renamed into place (flushed and synced first), so a
failed export never leaves half a report under the chosen name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from shopguard.core import clock
from shopguard.core.files import FileWriteError, write_atomically
from shopguard.core.money import exponent, format_money
from shopguard.core.reconcile import texts
from shopguard.core.reconcile.manual import ReconcileError
from shopguard.core.reconcile.report_texts import t, t_or
from shopguard.core.store import audit, settings


class ReportError(ReconcileError):
    """A report could not be written; the message names the file and the reason (`text(lang)`
    gives it in Chinese too)."""

    def __init__(self, en: str, zh: str = ""):
        super().__init__(en)
        self.zh = zh or en

    def text(self, lang: str = "en") -> str:
        return self.zh if lang.startswith("zh") else str(self)


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
    # The audit chain's head when the report was made: kept on paper, it shows later whether
    # entries were removed (docs/SECURITY.md).
    audit_head: dict[str, Any] = field(default_factory=dict)


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
        alerts=open_alerts(db, month), cases=open_cases(db, month),
        audit_head=audit.head(db).to_json())


# -- layout (shared by the XLSX and PDF writers) --------------------------------------------


def title(report: MonthReport, lang: str) -> str:
    return t("title", lang).format(month=report.month)


def header_rows(report: MonthReport, lang: str) -> list[tuple[str, str]]:
    rows = [(t("shop", lang), report.shop_name or t("no_shop", lang)),
            (t("generated", lang), report.generated_at),
            (t("currency", lang), report.currency)]
    head = audit.Head.from_json(report.audit_head) if report.audit_head else None
    if head is not None:
        rows.append((t("audit_head", lang), t("audit_head_value", lang).format(
            count=head.count, head=head.hash[:16], short=head.short())))
    return rows


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
    return t_or(f"path_{path}", lang, path)


def _case_status(status: str, lang: str) -> str:
    return t_or(f"case_{status}", lang, status)


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
    """Yield a temporary path beside `path`; on success it is checked, synced and renamed to
    `path` (`core.files.write_atomically`, the one way ShopGuard writes a file).

    Any failure (a missing or read-only folder, a full disk, a writer that produced nothing)
    leaves the target as it was and raises `ReportError` naming the file, in plain words.
    """
    try:
        with write_atomically(path) as tmp:
            yield tmp
    except FileWriteError as exc:
        raise ReportError(exc.en, exc.zh) from exc


def write_month_report_xlsx(report: MonthReport, path: Path | str, lang: str) -> Path:
    """Write the report as an XLSX workbook (see `report_xlsx`); `ReportError` on failure."""
    from shopguard.core.reconcile.report_xlsx import write_xlsx

    return write_xlsx(report, path, lang)
