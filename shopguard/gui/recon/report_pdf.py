"""The month-end reconciliation report as PDF: Qt printing (QTextDocument + QPdfWriter) with
the bundled CJK font, laid out from the same rows as the XLSX (`core.reconcile.report`).

Works headless: `ensure_gui_app` starts an offscreen QGuiApplication for the CLI.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from shopguard.core.reconcile import report as rpt
from shopguard.gui.letters import ensure_gui_app, load_fonts

NOWRAP = ' style="white-space:nowrap"'


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _numeric(cell: rpt.Cell) -> bool:
    return isinstance(cell, (rpt.Amount, rpt.Rate, int)) and not isinstance(cell, bool)


def _th(text: str, width: int) -> str:
    """A column heading; `width` is its share of the page in percent (0: Qt decides)."""
    return f'<th width="{width}%">{_e(text)}</th>' if width else f"<th>{_e(text)}</th>"


def _table(section: rpt.Section) -> str:
    if not section.rows:
        return f"<p>{_e(section.empty)}</p>"
    last = len(section.columns) - 1
    widths = section.widths if len(section.widths) == len(section.columns) else []
    head = "".join(_th(c, widths[i] if widths else 0) for i, c in enumerate(section.columns))
    body = []
    for row in section.rows:
        cells = []
        for i, cell in enumerate(row):
            # Without set widths, numbers and dates must not wrap; with them, Qt's layout
            # honours the widths only when no cell insists on its one-line width.
            attrs = ' align="right"' if _numeric(cell) else ""
            attrs += NOWRAP if i != last and not widths else ""
            cells.append(f"<td{attrs}>{_e(rpt.cell_text(cell))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="3" width="100%"'
            f' style="font-size:8pt"><tr>{head}</tr>{"".join(body)}</table>')


def report_html(report: rpt.MonthReport, lang: str) -> str:
    """The report as HTML for QTextDocument."""
    head = "<br>".join(f"<b>{_e(k)}:</b> {_e(v)}" for k, v in rpt.header_rows(report, lang))
    summary = "".join(
        f"<tr><td>{_e(label)}</td><td align=\"right\"{NOWRAP}>{_e(rpt.cell_text(value))}</td></tr>"
        for label, value in rpt.summary_rows(report, lang))
    parts = [f"<h1>{_e(rpt.title(report, lang))}</h1><p>{head}</p>",
             f"<h3>{_e(rpt.t('summary', lang))}</h3>",
             f'<table cellspacing="0" cellpadding="2">{summary}</table>']
    parts += [f"<p>{_e(line)}</p>" for line in rpt.notes(report, lang)]
    for section in rpt.sections(report, lang):
        parts.append(f"<h3>{_e(section.title)}</h3>")
        if section.intro:
            parts.append(f"<p>{_e(section.intro)}</p>")
        parts.append(_table(section))
    return "<html><body>" + "".join(parts) + "</body></html>"


def report_document(report: rpt.MonthReport, lang: str) -> QTextDocument:
    ensure_gui_app()
    families = load_fonts()
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(families or ["Noto Sans CJK SC", "sans-serif"])
    font.setPointSizeF(9.5)
    # As in letters: Noto CJK's 'locl' would make Latin digits unsearchable in the PDF.
    font.setFeature(QFont.Tag("locl"), 0)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(report_html(report, lang))
    return doc


def write_month_report_pdf(report: rpt.MonthReport, path: Path | str, lang: str) -> Path:
    """Write the report as an A4 PDF at `path` (atomically; `ReportError` on failure)."""
    doc = report_document(report, lang)
    with rpt.atomic_target(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        writer.setTitle(rpt.title(report, lang))
        writer.setCreator("ShopGuard")
        doc.print_(writer)
        del writer  # QPdfWriter finishes the file when it is destroyed
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise OSError(f"Qt wrote no PDF to {tmp}")
    return Path(path)
