"""Letter preview/print (QPrintPreviewDialog) and PDF export for a case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from shopguard.core.procedures import build_letter
from shopguard.gui.context import AppContext
from shopguard.gui.letters import letter_document, write_pdf


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class LetterPreview(QPrintPreviewDialog):
    """Print preview of a case letter. The dialog owns its printer and document: Qt keeps
    only a pointer to the printer it previews onto, so a printer that Python freed when the
    function that made it returned was a use-after-free (a segfault on the first paint)."""

    def __init__(self, doc: QTextDocument, parent: QWidget):
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self._printer, parent)
        self._doc = doc
        doc.setParent(self)  # and Qt deletes the document with the dialog
        self.setObjectName("letterPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        self._doc.print_(printer)


def make_preview(parent: QWidget, ctx: AppContext, case_id: int, lang: str) -> LetterPreview:
    """The preview dialog (not yet shown), rendering the letter on every paint request."""
    doc = letter_document(build_letter(ctx.read_db(), case_id, lang=lang))
    dialog = LetterPreview(doc, parent)
    dialog.setWindowTitle(tr("Letter for case {id}").format(id=case_id))
    return dialog


def preview_letter(parent: QWidget, ctx: AppContext, case_id: int, lang: str) -> LetterPreview:
    """Open the preview (window-modal, not blocking); it is deleted when closed."""
    dialog = make_preview(parent, ctx, case_id, lang)
    dialog.open()
    return dialog


def export_pdf(parent: QWidget, ctx: AppContext, case_id: int, lang: str,
               target: Path | None = None) -> Path | None:
    """Ask where (unless `target` is given) and write the letter as PDF."""
    if target is None:
        name, _ = QFileDialog.getSaveFileName(parent, tr("Export the letter as PDF"),
                                              str(Path.home() / f"case-{case_id}.pdf"),
                                              tr("PDF (*.pdf)"))
        if not name:
            return None
        target = Path(name)
    try:
        return write_pdf(build_letter(ctx.read_db(), case_id, lang=lang), target)
    except OSError as exc:
        text = getattr(exc, "text", None)  # FileWriteError: plain words, in the UI's language
        QMessageBox.warning(parent, tr("Not saved"), text(QLocale().name()) if callable(text)
                            else f"{target}: {exc.strerror or exc}")
        return None
