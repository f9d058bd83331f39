"""Saving a chart as PNG, SVG or PDF (the format follows the file's extension)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from shopguard.core.files import FileWriteError, write_atomically

EXPORT_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


class ExportError(ValueError):
    """The chart could not be saved; the message is for the user (`text(lang)`: in Chinese too)."""

    def __init__(self, en: str, zh: str = ""):
        super().__init__(en)
        self.zh = zh or en

    def text(self, lang: str = "en") -> str:
        return self.zh if lang.startswith("zh") else str(self)


def export_format(path: Path | str) -> str:
    suffix = Path(path).suffix.lower()
    try:
        return EXPORT_FORMATS[suffix]
    except KeyError:
        raise ExportError(f"{path}: cannot tell the format from {suffix or 'no extension'!r}; "
                          "use .png, .svg or .pdf") from None


def export_figure(figure: Figure, path: Path | str, dpi: int = 150) -> Path:
    """Write `figure` to `path` (PNG/SVG/PDF by extension); returns the path written."""
    target = Path(path)
    fmt = export_format(target)
    try:
        with write_atomically(target) as tmp:
            figure.savefig(tmp, format=fmt, dpi=dpi, facecolor="white")
    except FileWriteError as exc:
        raise ExportError(exc.en, exc.zh) from None
    return target


def new_figure(width_in: float = 11.0, height_in: float = 5.5) -> Figure:
    """A standalone figure on an Agg canvas (the CLI; no pyplot, no Qt)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(width_in, height_in), dpi=100)
    FigureCanvasAgg(figure)
    return figure
