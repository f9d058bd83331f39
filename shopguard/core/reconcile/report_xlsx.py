"""The month-end report as an XLSX workbook (openpyxl): a summary sheet and one sheet per
table of `report.sections`, written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shopguard.core.reconcile.report import (
    Amount,
    Cell,
    MonthReport,
    Rate,
    atomic_target,
    header_rows,
    notes,
    sections,
    summary_rows,
    title,
)
from shopguard.core.reconcile.report_texts import t
from shopguard.core.store.export import safe_text


def write_xlsx(report: MonthReport, path: Path | str, lang: str) -> Path:
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
