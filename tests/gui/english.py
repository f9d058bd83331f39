"""Find English a user can see in a widget tree (for the Chinese-UI tests).

Every piece of text a widget shows is split into words; a word of two or more Latin letters
that is not a proper name (below) is English left untranslated. Words with a digit in them
are data (terminal ids, payer ids, references), not language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

# Proper names and codes that stay in Latin letters in a Chinese UI.
PROPER_NAMES = {
    "shopguard", "csv", "pdf", "xlsx", "xls", "png", "svg", "pin", "pos", "qr", "excel",
    "english", "visa", "mastercard", "amex", "jcb", "unionpay", "discover", "diners",
    "cny", "usd", "eur", "gbp", "hkd", "jpy", "sgd", "aud", "cad", "wechat", "alipay",
    "allinpay", "stripe", "square", "sumup", "adyen", "ctrl", "shift", "alt", "id", "ids",
    "rrn", "ok", "dp",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_'\-]*")
_TAG = re.compile(r"<[^>]+>")
_STRFTIME = re.compile(r"%[A-Za-z]")  # '%Y-%m-%d %H:%M' is a format, not words
# The user's own files (database, statements) are data: a path or a file name with its suffix.
_PATH = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][^\s'\"/\\，。]+){2,}"
                   r"|[\w.\-]+\.(?:db|csv|txt|tsv|xlsx|xls|pdf|png|svg)\b")
_ENTITY = re.compile(r"&[a-z]+;|&#\d+;")
ROWS_CHECKED = 60  # data views: the first rows are enough to see every kind of text


def english_words(text: str) -> list[str]:
    """The untranslated English words in `text` (rich text tags stripped)."""
    if "<" in text and ">" in text:
        text = _ENTITY.sub(" ", _TAG.sub(" ", text))
    words = []
    text = _PATH.sub(" ", _STRFTIME.sub(" ", text))
    for word in _WORD.findall(text.replace("&", "")):
        if any(ch.isdigit() for ch in word) or len(word.strip("'-_")) < 2:
            continue
        if word.lower().strip("'-_") in PROPER_NAMES:
            continue
        words.append(word)
    return words


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """Column count (QAbstractListModel hides columnCount from Python)."""
    try:
        return int(model.columnCount(parent))
    except TypeError:
        return 1


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts: list[str] = []
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model, QModelIndex()) if orientation == Qt.Orientation.Horizontal \
            else model.rowCount(QModelIndex())
        for section in range(min(count, ROWS_CHECKED)):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), ROWS_CHECKED)):
            for col in range(_columns(model, parent)):
                index = model.index(row, col, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
                if col == 0 and depth < 3 and model.rowCount(index) > 0:
                    walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    """What one widget shows (not its children)."""
    texts = [widget.toolTip()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
        texts.append(widget.currentText())
        line = widget.lineEdit()
        if line is not None:
            texts.append(line.placeholderText())
    elif isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QAbstractSpinBox):
        texts += [widget.text(), widget.specialValueText()]
    elif isinstance(widget, QTextEdit):
        texts += [widget.toPlainText(), widget.placeholderText()]
    elif isinstance(widget, QAbstractItemView):
        texts += _view_texts(widget)
    elif isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
        texts += [widget.tabToolTip(i) for i in range(widget.count())]
    elif isinstance(widget, QToolBar):
        texts += [t for a in widget.actions() for t in (a.text(), a.toolTip())]
    if isinstance(widget, QMainWindow):
        for menu_action in widget.menuBar().actions():
            texts.append(menu_action.text())
            menu = menu_action.menu()
            if menu is not None:
                texts += [a.text() for a in menu.actions()]
    return [t for t in texts if t]


def visible_english(root: QWidget) -> list[str]:
    """'objectName/Class: text' for every visible text under `root` with English in it."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QHeaderView):
            continue  # its texts are its view's headerData, read with the view
        for text in widget_texts(widget):
            words = english_words(text)
            if words:
                name = widget.objectName() or type(widget).__name__
                found.append(f"{name}: {text!r} ({', '.join(words)})")
    return found
