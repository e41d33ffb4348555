"""Read a PDF's text layer with pdfminer.six (MIT): lines with their place on the page, which
:mod:`summarizer.inputs._layout` turns into paragraphs in reading order.

Runs inside the reading subprocess (:mod:`summarizer.inputs._sandbox`), which bounds its time and
memory; here each kind of bad PDF gets its own error: encrypted, scanned (no text layer),
damaged or truncated.
"""

from __future__ import annotations

import io
import statistics
from typing import Any

from summarizer.errors import (
    CorruptDocumentError,
    DocumentError,
    EncryptedDocumentError,
    ScannedDocumentError,
)
from summarizer.inputs._document_text import DocumentText, usable_title
from summarizer.inputs._layout import Line, Page, first_heading, paragraphs

MIN_TEXT_CHARS = 20  # fewer visible characters on all pages read: no text layer
_EOF_WINDOW = 4096  # a complete PDF ends with %%EOF within its last bytes

ENCRYPTED = (
    "This PDF is protected with a password, so its text cannot be read. Open it with the "
    "password, save an unprotected copy (or copy its text), and try again."
)
SCANNED = (
    "This PDF is a scanned image; it has no text to translate. Run it through text recognition "
    "(OCR) first, or paste the text."
)
NO_TEXT = "This PDF has no text to translate (its pages are empty or drawn as shapes)."
TRUNCATED = (
    "This PDF is incomplete: the file ends before the document does (it may have been cut off "
    "while downloading). Download it again and retry."
)
CORRUPT = "This PDF is damaged and cannot be read. Open it in a PDF reader and save a new copy."
NOT_PDF = "This file is not a PDF, although its name or type says so."


def partial_warning(pages: int, read: int) -> str:
    return (
        f"This PDF has {pages} pages; only the first {read} were read (the page limit), so the "
        "text is partial."
    )


def read_pdf(data: bytes, max_pages: int) -> DocumentText:
    """The text of the first ``max_pages`` pages of the PDF in ``data``, cleaned for reading."""
    if b"%PDF-" not in data[:1024]:
        raise CorruptDocumentError(NOT_PDF)
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise CorruptDocumentError(TRUNCATED)
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        document = _open(data)
        pages, total, images = _read_pages(document, max_pages)
        metadata_title = _metadata_title(document)
    except PDFPasswordIncorrect:
        raise EncryptedDocumentError(ENCRYPTED) from None
    except (DocumentError, MemoryError, RecursionError):
        raise
    except Exception as error:  # pdfminer's own and Python's errors on malformed objects
        if "encrypt" in str(error).lower():
            raise EncryptedDocumentError(ENCRYPTED) from None
        raise CorruptDocumentError(CORRUPT) from None
    visible = sum(len(line.text.strip()) for page in pages for line in page.lines)
    if visible < MIN_TEXT_CHARS:
        raise ScannedDocumentError(SCANNED) if images else DocumentError(NO_TEXT)
    found = paragraphs(pages)
    warnings = (partial_warning(total, len(pages)),) if total > len(pages) else ()
    return DocumentText(
        kind="pdf",
        paragraphs=tuple(found),
        title=metadata_title or first_heading(pages),
        pages=total,
        pages_read=len(pages),
        warnings=warnings,
    )


def _open(data: bytes) -> Any:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    return PDFDocument(PDFParser(io.BytesIO(data)), password="")


def _read_pages(document: Any, max_pages: int) -> tuple[list[Page], int, int]:
    """(the first ``max_pages`` pages as lines, pages in all, images seen on the pages read)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager(caching=True)
    params = LAParams(char_margin=1.5, line_margin=0.5, boxes_flow=None, all_texts=True)
    device = PDFPageAggregator(manager, laparams=params)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[Page] = []
    total = images = 0
    for number, pdf_page in enumerate(PDFPage.create_pages(document)):
        total = number + 1
        if number >= max_pages:
            continue
        interpreter.process_page(pdf_page)
        layout = device.get_result()
        lines, found_images = _lines(layout)
        images += found_images
        pages.append(Page(float(layout.width), float(layout.height), tuple(lines)))
    return pages, total, images


def _lines(layout: Any) -> tuple[list[Line], int]:
    from pdfminer.layout import LTChar, LTFigure, LTImage, LTTextLineHorizontal

    lines: list[Line] = []
    images = 0
    height = float(layout.height)
    stack = list(layout)
    while stack:
        item = stack.pop()
        if isinstance(item, LTTextLineHorizontal):
            text = " ".join(item.get_text().split())
            chars = [char for char in item if isinstance(char, LTChar)]
            if not text or not chars:
                continue
            size = statistics.median(char.size for char in chars)
            bold, italic = _styled(chars, ("bold",)), _styled(chars, ("italic", "oblique"))
            top, bottom = height - float(item.y1), height - float(item.y0)
            place = (float(item.x0), float(item.x1), top, bottom)
            lines.append(Line(text, *place, size=size, bold=bold, italic=italic))
        elif isinstance(item, LTImage):
            images += 1
        elif isinstance(item, LTFigure) or hasattr(item, "__iter__"):  # boxes, figures
            stack.extend(item)
    return lines, images


def _styled(chars: list[Any], words: tuple[str, ...]) -> bool:
    """Whether most characters' font names say one of ``words`` ("Helvetica-BoldOblique")."""
    return sum(any(w in char.fontname.lower() for w in words) for char in chars) > len(chars) / 2


def _metadata_title(document: Any) -> str | None:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    for info in document.info or ():
        value = resolve1(info.get("Title")) if isinstance(info, dict) else None
        if isinstance(value, bytes):
            value = decode_text(value)
        title = usable_title(value if isinstance(value, str) else None)
        if title:
            return title
    return None
