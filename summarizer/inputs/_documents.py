"""PDF and Word documents: which bytes are one, and reading one under a time and memory budget.

Every way in (an uploaded or given file, a fetched link) reads a document here, so the same
document gives the same text everywhere:

* :func:`document_kind` tells a PDF or .docx by its first bytes (then by its name or content
  type, so that a damaged file still gets the message for its kind);
* :func:`read_document` reads it in a subprocess (:mod:`summarizer.inputs._sandbox`) limited to
  :data:`MEMORY_BYTES` of memory and :data:`TIME_FACTOR` x ``SUMMARIZER_FETCH_TIMEOUT`` seconds
  (a compression bomb, a zip bomb or an object graph built to exhaust the reader stops there and
  gets its own message), and gives a :class:`DocumentText`;
* :func:`document_source` is the provenance kept in results, exports and share links.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import summarizer.errors as errors
from summarizer.config import Settings, env_name
from summarizer.errors import DocumentError, DocumentTooComplexError, NotAnArticleError
from summarizer.inputs._document_text import DocumentText
from summarizer.limits import DOCUMENT_TYPES
from summarizer.result import DocumentInfo, SourceInfo

if TYPE_CHECKING:
    from summarizer.inputs._fetch import FetchedPage

MEMORY_BYTES = 1 << 30  # address space of the reading subprocess (Python and pdfminer included)
TIME_FACTOR = 2  # a document gets twice SUMMARIZER_FETCH_TIMEOUT to be read
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOCUMENT_CONTENT_TYPES = PDF_TYPES | {DOCX_TYPE}
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the directory holding ``summarizer``
_ERRORS: dict[str, type[DocumentError]] = {
    cls.__name__: cls
    for cls in (
        errors.DocumentError,
        errors.EncryptedDocumentError,
        errors.ScannedDocumentError,
        errors.CorruptDocumentError,
        errors.DocumentTooComplexError,
    )
}


def too_slow(seconds: float) -> DocumentTooComplexError:
    """The error for a document not read within ``seconds``; its operator message names the
    setting the time comes from, its visitor message does not."""
    setting = env_name("fetch_timeout")
    allowed = f"Reading this document took longer than the {seconds:g} s allowed"
    rest = (
        "so it was stopped: it is very complex or built to exhaust the reader. Save it again from "
        "the program that made it, or paste its text."
    )
    return DocumentTooComplexError(
        f"{allowed} ({TIME_FACTOR} x {setting}), {rest}",
        setting=setting,
        public=f"{allowed}, {rest}",
    )


TOO_BIG = (
    "Reading this document needed more memory than allowed (it unpacks to far more than its "
    "size: a compression bomb, or a file built to exhaust the reader), so it was stopped. Paste "
    "its text instead."
)


def document_kind(name: str | None, data: bytes, content_type: str | None = None) -> str | None:
    """ "pdf" or "docx" when ``data`` is (or its name or content type says it is) one, else None.

    The bytes decide first: a PDF starts with ``%PDF-`` (after at most 1 KB of junk), a .docx
    is a zip holding ``word/``. A file named .pdf/.docx, or served as one, that is not one is
    still that kind, so the reader's message says it is damaged.
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"word/" in data:
        return "docx"
    extension = PurePath(name or "").suffix.lower().removeprefix(".")
    if extension in DOCUMENT_TYPES:
        return extension
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in PDF_TYPES:
        return "pdf"
    return "docx" if mime == DOCX_TYPE else None


def read_document(kind: str, data: bytes, settings: Settings) -> DocumentText:
    """The text of the ``kind`` document in ``data``, read in a limited subprocess.

    Raises a :class:`DocumentError` subclass, each with its own message: encrypted, scanned (no
    text layer), damaged or truncated, or too costly to read (time or memory).
    """
    seconds = TIME_FACTOR * settings.fetch_timeout
    request = {
        "kind": kind,
        "max_pages": settings.max_pages,
        "memory_bytes": MEMORY_BYTES,
        "cpu_seconds": max(1, math.ceil(seconds)),
    }
    try:
        done = subprocess.run(
            [sys.executable, "-m", "summarizer.inputs._sandbox"],
            input=json.dumps(request).encode() + b"\n" + data,
            capture_output=True,
            timeout=seconds,
            env=_child_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired:  # run() has killed it
        raise too_slow(seconds) from None
    return _answer(done, seconds)


def _child_environment() -> dict[str, str]:
    env = dict(os.environ)
    paths = [str(_PACKAGE_ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _answer(done: subprocess.CompletedProcess[bytes], seconds: float) -> DocumentText:
    try:
        answer = json.loads(done.stdout or b"null")
    except ValueError:
        answer = None
    if not isinstance(answer, dict):  # killed by a limit (SIGXCPU, SIGKILL) or out of memory
        if done.returncode in (-9, -24, 152, 137):  # SIGKILL, SIGXCPU, and as shells report them
            raise too_slow(seconds)
        raise DocumentTooComplexError(TOO_BIG)
    if "document" in answer:
        return DocumentText.from_dict(answer["document"])
    name = str(answer.get("error"))
    if name in ("MemoryError", "RecursionError"):
        raise DocumentTooComplexError(TOO_BIG)
    raise _ERRORS.get(name, DocumentError)(str(answer.get("message") or "Unreadable document."))


def within_chars(document: DocumentText, settings: Settings) -> DocumentText:
    """``document`` cut after its last whole paragraph within ``settings.max_chars``, with a note
    saying so, when its text is longer (as pages over ``max_pages`` are left out, with a note)."""
    if len(document.text) <= settings.max_chars:
        return document
    kept: list[str] = []
    size = 0
    for paragraph in document.paragraphs:
        size += len(paragraph) + (2 if kept else 0)
        if size > settings.max_chars:
            break
        kept.append(paragraph)
    if not kept:  # one paragraph over the limit: the limit's own message refuses it
        return document
    note = (
        f"This document's text is longer than the limit of {settings.max_chars:,} characters; "
        f"only its first {len(kept)} of {len(document.paragraphs)} paragraphs were read, so the "
        "text is partial."
    )
    return replace(document, paragraphs=tuple(kept), warnings=(*document.warnings, note))


def file_name(name: str | None) -> str:
    """The last part of a file name or URL path, for provenance ("document" when there is none)."""
    path = urlsplit(name or "").path if "://" in (name or "") else name or ""
    return PurePath(unquote(path)).name or "document"


def document_source(document: DocumentText, name: str) -> SourceInfo:
    """Provenance of ``document`` read from the file (or link) ``name``: title and pages."""
    info = DocumentInfo(
        file_name=file_name(name),
        kind=document.kind,
        pages=document.pages,
        pages_read=document.pages_read,
    )
    return SourceInfo(title=document.title or info.file_name, document=info)


NOT_A_DOCUMENT = (
    "The link serves a file download that is not a PDF or Word (.docx) document, so it was not "
    "read. Copy the article text and paste it instead."
)


def fetched_document(page: FetchedPage, settings: Settings) -> dict[str, Any] | None:
    """A fetched PDF or Word file as the fields of an article (with its provenance in
    ``document``), or None for a web page. Its bytes or its content type say which; a generic
    download (``application/octet-stream``) that is neither is refused."""
    kind = document_kind(None, page.body, page.content_type)
    if kind is None:
        if page.content_type == "application/octet-stream":
            raise NotAnArticleError(NOT_A_DOCUMENT)
        return None
    document = within_chars(read_document(kind, page.body, settings), settings)
    source = document_source(document, page.final_url)
    hostname = (urlsplit(page.final_url).hostname or "").removeprefix("www.")
    return {
        "url": page.url,
        "final_url": page.final_url,
        "title": source.title,
        "site": hostname or None,
        "text": document.text,
        "paragraphs": document.paragraphs,
        "warnings": document.warnings,
        "document": source.document,
    }
