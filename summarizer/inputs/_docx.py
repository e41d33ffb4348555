"""Read a Word (.docx) file with python-docx (MIT): body paragraphs and tables in document order.

Runs inside the reading subprocess (:mod:`summarizer.inputs._sandbox`). Before python-docx sees
the file, the zip itself is checked: a zip bomb (parts that unpack to far more than a document
holds) and XML with a document type declaration (entity expansion) are refused. References to
outside files (a remote template, linked images or objects) are never fetched: the text is read
and a warning says so. Running headers and footers live in their own parts and are not read.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from summarizer.errors import CorruptDocumentError, DocumentError, DocumentTooComplexError
from summarizer.inputs._document_text import DocumentText, usable_title

MAX_UNZIPPED_BYTES = 100_000_000  # all parts together, unpacked
MAX_PART_RATIO = 100  # a part over 1 MB unpacked may be at most this many times its packed size
MAX_PARTS = 5_000
_RATIO_FLOOR = 1_000_000
_EXTERNAL = re.compile(rb"<Relationship\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb'(\w+)\s*=\s*"([^"]*)"')

CORRUPT = (
    "This Word file is damaged or is not a .docx file (Word 2007 or later). Open it in a word "
    "processor and save it again as .docx."
)
ZIP_BOMB = (
    "This Word file unpacks to far more data than a document holds (a zip bomb), so it was not "
    "read."
)
ENTITIES = (
    "This Word file contains XML declarations that Word never writes (they can make a reader "
    "expand it without end), so it was not read."
)
NO_TEXT = "This Word file has no text to translate."


def external_warning(kinds: list[str]) -> str:
    return (
        f"This Word file refers to outside files ({', '.join(kinds)}); they were not fetched, "
        "only the text in the file itself was read."
    )


def read_docx(data: bytes) -> DocumentText:
    """The paragraphs of the .docx in ``data`` (see the module docstring)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        external = _check_archive(archive)
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [text for text in _body_texts(document) if text]
        title = usable_title(document.core_properties.title) or _first_heading(document)
        pages = _page_count(archive)
    except (DocumentError, MemoryError, RecursionError):
        raise
    except Exception:  # zipfile's, lxml's and python-docx's errors on malformed files
        raise CorruptDocumentError(CORRUPT) from None
    if not paragraphs:
        raise DocumentError(NO_TEXT)
    warnings = (external_warning(external),) if external else ()
    return DocumentText(
        kind="docx", paragraphs=tuple(paragraphs), title=title, pages=pages, warnings=warnings
    )


def _check_archive(archive: zipfile.ZipFile) -> list[str]:
    """Refuse zip bombs and entity declarations; the kinds of outside references found."""
    members = archive.infolist()
    if len(members) > MAX_PARTS or "word/document.xml" not in archive.namelist():
        raise CorruptDocumentError(CORRUPT)
    if sum(member.file_size for member in members) > MAX_UNZIPPED_BYTES:
        raise DocumentTooComplexError(ZIP_BOMB)
    for member in members:
        packed = max(1, member.compress_size)
        if member.file_size > _RATIO_FLOOR and member.file_size / packed > MAX_PART_RATIO:
            raise DocumentTooComplexError(ZIP_BOMB)
    external: list[str] = []
    for member in members:
        if not member.filename.endswith((".xml", ".rels")):
            continue
        body = archive.read(member)  # bounded: sizes checked above, and zipfile stops at them
        if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
            raise DocumentTooComplexError(ENTITIES)
        if member.filename.endswith(".rels"):
            external.extend(_external_kinds(body))
    return sorted(set(external))


def _external_kinds(rels: bytes) -> Iterator[str]:
    """The relationship types (last part) that point outside the file, hyperlinks aside."""
    for element in _EXTERNAL.findall(rels):
        attributes = {
            k.decode().lower(): v.decode(errors="replace") for k, v in _ATTRIBUTE.findall(element)
        }
        if attributes.get("targetmode", "").lower() != "external":
            continue
        kind = attributes.get("type", "").rsplit("/", 1)[-1] or "unknown"
        if kind != "hyperlink":
            yield kind


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _body_texts(document: Any) -> Iterator[str]:
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(element: Any) -> Iterator[str]:
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                yield _clean(Paragraph(child, document).text)
            elif child.tag == qn("w:tbl"):
                yield from _table_rows(Table(child, document))
            elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
                yield from walk(child)

    yield from walk(document.element.body)


def _table_rows(table: Any) -> Iterator[str]:
    """Each row as one line: its cells' text once each (a merged cell spans several)."""
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_clean(cell.text))
        yield " ".join(cell for cell in cells if cell)


def _first_heading(document: Any) -> str | None:
    for paragraph in document.paragraphs[:20]:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style.startswith(("Title", "Heading")) and paragraph.text.strip():
            return usable_title(paragraph.text)
    return None


def _page_count(archive: zipfile.ZipFile) -> int | None:
    try:
        app = archive.read("docProps/app.xml")
    except KeyError:
        return None
    found = re.search(rb"<Pages>(\d{1,6})</Pages>", app)
    return int(found.group(1)) if found and int(found.group(1)) > 0 else None
