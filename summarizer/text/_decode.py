"""The one byte-order-mark table: what a file's or a page's first bytes say about its encoding.

Both :func:`summarizer.text.decode_text` (files) and
:func:`summarizer.inputs._extract.decode_html` (pages) decide by :func:`decode_marked` first, so
a UTF-32 page and a UTF-32 file decode alike.
"""

from __future__ import annotations

import codecs

__all__ = ["bom_codec", "decode_marked"]

# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOM_CODECS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def bom_codec(data: bytes) -> tuple[str, int] | None:
    """The codec a byte-order mark announces, and the mark's length; None without a mark."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def decode_marked(data: bytes) -> str | None:
    """``data`` after its byte-order mark, decoded as the mark says (undecodable units become
    U+FFFD); None when it has no mark."""
    announced = bom_codec(data)
    if announced is None:
        return None
    codec, length = announced
    return data[length:].decode(codec, errors="replace")
