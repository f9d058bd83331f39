"""Letter preview/print (QPrintPreviewDialog) and PDF export for a case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from shopguard.core.procedures import build_letter
from shopguard.gui.context import AppContext
from shopguard.gui.letters import letter_document, write_pdf


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def make_preview(parent: QWidget, ctx: AppContext, case_id: int,
                 lang: str) -> QPrintPreviewDialog:
    """The preview dialog (not yet shown), rendering the letter on every paint request."""
    doc = letter_document(build_letter(ctx.read_db(), case_id, lang=lang))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("letterPreview")
    dialog.setWindowTitle(tr("Letter for case {id}").format(id=case_id))
    dialog.paintRequested.connect(doc.print_)
    dialog._doc = doc  # type: ignore[attr-defined]  # keep the document alive with the dialog
    return dialog


def preview_letter(parent: QWidget, ctx: AppContext, case_id: int, lang: str) -> None:
    make_preview(parent, ctx, case_id, lang).exec()


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
