"""Text encoding detection for statement files.

Order: byte-order marks; a NUL-byte check (UTF-16 without BOM, or binary); strict UTF-8;
strict GB18030 (a superset of GBK, what Chinese acquirers export); then charset-normalizer for
anything else (cp1252 PayPal exports, Big5 ...). A sample with many control bytes is binary.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {0x09, 0x0A, 0x0D, 0x0C}


class NotText(ValueError):
    """The bytes are not text in any encoding we accept."""


def _decodes(sample: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        decoder.decode(sample, final=False)  # a multibyte char cut at the sample end is fine
    except UnicodeDecodeError:
        return False
    return True


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 0x20 and b not in _ALLOWED_CONTROLS)
    return controls / len(sample)


def detect_encoding(sample: bytes) -> str:
    """Return a Python codec name for `sample` (the file's first bytes) or raise NotText."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    if b"\x00" in sample:
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
            return "utf-16-le"
        if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
            return "utf-16-be"
        raise NotText("contains NUL bytes: not a text statement")
    if _control_ratio(sample) > 0.01:
        raise NotText("contains binary data: not a text statement")
    if _decodes(sample, "utf-8"):
        return "utf-8"
    if _decodes(sample, "gb18030"):
        return "gb18030"
    best = from_bytes(sample).best()
    if best is None:
        raise NotText("not text in any known encoding")
    return str(best.encoding)
