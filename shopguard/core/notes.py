"""Bilingual notes the core attaches to its results (an import's "what else you should know").

A note is a code and its parameters. The module that writes a note registers the code's two
templates once, at import time, next to the code that uses it:

    REFUND_GREW = notes.define("import.refund_grew",
                               "{n} transaction(s) already present had a refund added ...",
                               "{n} 笔已有交易在之后的对账单中增加了退款 ...")
    ...
    ctx.note(REFUND_GREW, n=updated)          # or result.notes.append(notes.note(...))

A `Note` *is* its English text (a `str` subclass), so code and tests that treat notes as plain
strings keep working; `note.text("zh_CN")` renders the Chinese one, `note.to_json()` gives the
code, the parameters and both texts. Parameters are plain values (numbers, short strings);
user-facing dates/money are formatted by the caller. Shared top-level module: imports nothing
of the core's packages.
"""

from __future__ import annotations

from typing import Any

LANGS = ("en", "zh_CN")

_TEXTS: dict[str, tuple[str, str]] = {}


def define(code: str, en: str, zh_CN: str) -> str:
    """Register the English and Chinese templates (`str.format` fields) of a note code."""
    known = _TEXTS.get(code)
    if known is not None and known != (en, zh_CN):
        raise ValueError(f"note code {code!r} is already defined with other texts")
    _TEXTS[code] = (en, zh_CN)
    return code


def defined(code: str) -> bool:
    return code in _TEXTS


def _render(code: str, params: dict[str, Any], lang: str) -> str:
    templates = _TEXTS.get(code)
    if templates is None:
        return code
    template = templates[1 if lang.startswith("zh") else 0]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class Note(str):
    """A note: its English text, with the code and parameters to render any language."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, params: dict[str, Any] | None = None) -> Note:
        values = dict(params or {})
        self = super().__new__(cls, _render(code, values, "en"))
        self.code = code
        self.params = values
        return self

    def __getnewargs__(self) -> tuple[str, dict[str, Any]]:  # type: ignore[override]
        return (self.code, self.params)  # pickled as code + params (the parsing worker)

    def text(self, lang: str = "en") -> str:
        return _render(self.code, self.params, lang)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": self.params,
                **{lang: self.text(lang) for lang in LANGS}}


def note(code: str, **params: Any) -> Note:
    """A note of a registered code (an unregistered one renders as its code)."""
    return Note(code, params)


def text_of(value: str, lang: str = "en") -> str:
    """A note in `lang`; a plain string (a note nobody registered) as it is."""
    return value.text(lang) if isinstance(value, Note) else str(value)


__all__ = ["LANGS", "Note", "define", "defined", "note", "text_of"]
