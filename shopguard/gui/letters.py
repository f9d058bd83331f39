"""Rendering a case letter (built in core by ``shopguard.core.procedures.letter``) with Qt's
printing: HTML → QTextDocument → QPdfWriter, or a QPrinter for print preview.

Works headless (QT_QPA_PLATFORM=offscreen). Chinese needs a CJK font: the bundled one
(``resources/fonts/``, via ``shopguard.gui.fonts``) is registered with Qt and put first in the
document's font families, so the PDF never depends on what the system happens to have.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from shopguard.core.files import pdf_complete, write_atomically
from shopguard.core.procedures import Letter
from shopguard.gui.fonts import register_fonts

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
NOWRAP = ' style="white-space:nowrap"'
_loaded: dict[Path, list[str]] = {}


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a headless one (for the CLI's `case letter`)."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([])
    assert isinstance(app, QGuiApplication)
    return app


def load_fonts(extra_dirs: Iterable[Path] = ()) -> list[str]:
    """The bundled CJK font (``shopguard.gui.fonts``) plus any fonts in `extra_dirs`;
    returns their family names, bundled first."""
    families = register_fonts()
    for d in extra_dirs:
        for f in sorted(d.iterdir()) if d.is_dir() else []:
            if f.suffix.lower() not in FONT_SUFFIXES:
                continue
            if f not in _loaded:
                font_id = QFontDatabase.addApplicationFont(str(f))
                _loaded[f] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            families += [x for x in _loaded[f] if x not in families]
    return families


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def letter_html(letter: Letter) -> str:
    lab = letter.labels
    head = (f"<p><b>{_e(lab['shop'])}:</b> {_e(letter.shop_name)}<br>"
            f"<b>{_e(lab['merchant_id'])}:</b> {_e(letter.merchant_id or '-')} &nbsp; "
            f"<b>{_e(lab['terminal'])}:</b> {_e(letter.terminal_id or '-')}<br>"
            f"<b>{_e(lab['acquirer'])}:</b> {_e(letter.acquirer or '-')}<br>"
            f"<b>{_e(lab['case'])}:</b> {letter.case_id} &nbsp; "
            f"<b>{_e(lab['date'])}:</b> {_e(letter.date)}</p>")
    if letter.kind != "case_report":
        head = f"<p><b>{_e(lab['to'])}:</b> {_e(letter.addressee)}</p>" + head
    cols = ["col_time", "col_type", "col_amount", "col_card", "col_ref", "col_voucher",
            "col_status"]
    # Numbers never wrap (a reference no. split over two lines is misread); the type may.
    rows = "".join(
        "<tr>" + "".join(f"<td{'' if i == 1 else NOWRAP}>{_e(v)}</td>" for i, v in enumerate(
            (r.time, r.type, r.amount, r.card, r.reference_no, r.voucher_no, r.status)))
        + "</tr>"
        for r in letter.rows)
    table = ('<table border="1" cellspacing="0" cellpadding="3" width="100%"'
             ' style="font-size:8.5pt">'
             "<tr>" + "".join(f"<th{NOWRAP}>{_e(lab[c])}</th>" for c in cols) + "</tr>"
             f"{rows}</table>")

    def section(title: str, items: list[str], empty: str = "", ordered: bool = False) -> str:
        if not items and not empty:
            return ""
        tag = "ol" if ordered else "ul"
        body = (f"<{tag}>" + "".join(f"<li>{_e(i)}</li>" for i in items) + f"</{tag}>"
                if items else f"<p>{_e(empty)}</p>")
        return f"<h3>{_e(title)}</h3>{body}"

    happened = "".join(f"<p>{_e(p)}</p>" for p in letter.happened)
    outcome = (f"<p><b>{_e(lab['outcome'])}:</b> {_e(letter.outcome)}</p>"
               if letter.outcome else "")
    request = (f"<h3>{_e(lab['request'])}</h3>" + "".join(f"<p>{_e(p)}</p>"
                                                          for p in letter.request)
               if letter.request else "")
    return (f"<html><body><h1>{_e(letter.title)}</h1>{head}"
            f"<h3>{_e(lab['transactions'])}</h3>{table}"
            f"<h3>{_e(lab['what_happened'])}</h3>{happened}{outcome}"
            + section(lab["steps_taken"], letter.steps, lab["no_steps"], ordered=True)
            + section(lab["evidence"], letter.evidence, lab["no_evidence"])
            + request
            + f"<h3>{_e(lab['contact'])}</h3><p>{_e(letter.contact)}</p>"
            f"<p><br><br>{_e(lab['signature'])}: ____________________</p>"
            "</body></html>")


def letter_document(letter: Letter, font_dirs: Iterable[Path] = ()) -> QTextDocument:
    """The letter as a QTextDocument (for print preview, printing or PDF)."""
    ensure_gui_app()
    families = load_fonts(font_dirs)
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(families or ["Noto Sans CJK SC", "sans-serif"])
    font.setPointSizeF(10.5)
    # Noto CJK's 'locl' swaps digits in Latin runs for glyphs Qt's PDF writer cannot map
    # back to text (the PDF would print fine but copy/search as garbage), so turn it off.
    font.setFeature(QFont.Tag("locl"), 0)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(letter_html(letter))
    return doc


def print_to(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    doc.print_(device)


def write_pdf(letter: Letter, out: Path, font_dirs: Iterable[Path] = ()) -> Path:
    """Write the letter as an A4 PDF at `out`, whole or not at all.

    QPdfWriter reports no error (a full disk or a missing folder give a short or no file), so
    the PDF goes to a temporary file that must end with the PDF end marker before it takes
    the name `out` (`core.files`); FileWriteError says what went wrong.
    """
    doc = letter_document(letter, font_dirs)
    with write_atomically(out, check=pdf_complete) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        # print_() lays the document out on the page with its own 2 cm margins.
        writer.setResolution(300)
        writer.setTitle(letter.title)
        writer.setCreator("ShopGuard")
        print_to(doc, writer)
        del writer  # the PDF is finished and its file closed when the writer goes
    return out
